#pragma once

#include <QPointer>
#include <QString>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace cms {
class ClusterSession;
}

namespace models {
class AccessMethodsModel;
}

namespace views {

class AccessMethodDialog;

// The "Access methods" section of a space's details: the space's access methods in a table, with
// Add…, Edit… and Delete… (which asks for confirmation). Every change made is announced with
// changed() as one translated sentence, for the activity log.
class AccessMethodsEditor : public QWidget
{
    Q_OBJECT
public:
    explicit AccessMethodsEditor(QWidget *parent = nullptr);
    ~AccessMethodsEditor() override;

    // Shows the access methods of the space (read again from the server); an empty id clears the table.
    void setSpace(cms::ClusterSession *session, const QString &spaceId);

    models::AccessMethodsModel *model() const { return m_model; }

Q_SIGNALS:
    void changed(const QString &sentence);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateButtons();
    void addAccessMethod();
    void editAccessMethod();
    void deleteAccessMethod();
    void openDialog(const QString &accessMethodId);
    QString selectedId() const;

    models::AccessMethodsModel *m_model;
    QTableView *m_view;
    QLabel *m_statusLabel;
    QPushButton *m_addButton;
    QPushButton *m_editButton;
    QPushButton *m_deleteButton;
    QPointer<cms::ClusterSession> m_session;
    QString m_spaceId;
};

} // namespace views
