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
class MembersModel;
}

namespace views {

// The "Members" section of a space's details: the space's members (coSpaceUsers) in a table, with
// Add…, Edit… and Remove… (which asks for confirmation). Every change made is announced with
// changed() as one translated sentence, for the activity log.
class MembersEditor : public QWidget
{
    Q_OBJECT
public:
    explicit MembersEditor(QWidget *parent = nullptr);
    ~MembersEditor() override;

    // Shows the members of the space (read again from the server); an empty id clears the table.
    void setSpace(cms::ClusterSession *session, const QString &spaceId);

    models::MembersModel *model() const { return m_model; }

Q_SIGNALS:
    void changed(const QString &sentence);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateButtons();
    void addMember();
    void editMember();
    void removeMember();
    void openDialog(const QString &memberId);
    QString selectedId() const;

    models::MembersModel *m_model;
    QTableView *m_view;
    QLabel *m_statusLabel;
    QPushButton *m_addButton;
    QPushButton *m_editButton;
    QPushButton *m_removeButton;
    QPointer<cms::ClusterSession> m_session;
    QString m_spaceId;
};

} // namespace views
