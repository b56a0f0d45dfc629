#pragma once

#include <QPointer>
#include <QString>
#include <QWidget>
#include <functional>

class QLabel;
class QMessageBox;
class QPushButton;
class QTableView;

namespace cms {
class ClusterSession;
}

namespace models {
class SpaceObjectListModel;
}

namespace views {

// A section of a space's details that lists one sub-collection of the space (access methods, members) in
// a table, with an add, an edit and a remove button under it. This class holds the table, the buttons and
// the deletion on the server; a subclass gives the texts (retranslateUi()), the dialog that adds or edits
// an object and the confirmation before one is removed. It holds no text of its own: every translated
// sentence stays with the section it belongs to.
class SpaceObjectsEditor : public QWidget
{
    Q_OBJECT
public:
    ~SpaceObjectsEditor() override;

    // Shows the objects of the space (read again from the server); an empty id clears the table.
    void setSpace(cms::ClusterSession *session, const QString &spaceId);

Q_SIGNALS:
    void changed(const QString &sentence);

protected:
    struct ObjectNames
    {
        QString view;
        QString status;
        QString addButton;
        QString editButton;
        QString removeButton;
    };
    // Takes ownership of model. The subclass's constructor calls retranslateUi() (a virtual call does not
    // reach it from here).
    SpaceObjectsEditor(models::SpaceObjectListModel *model, const ObjectNames &names, QWidget *parent);

    void changeEvent(QEvent *event) override;

    // Sets every text of the section; called again on a language change and when loading starts or ends.
    virtual void retranslateUi() = 0;
    // Opens the dialog that adds an object (empty id) or edits one; only called with a space shown.
    virtual void openDialog(const QString &id) = 0;
    // Asks whether to remove the object (the selected one) and, if so, calls removeAfterConfirmation().
    virtual void confirmRemoval(const QString &id) = 0;

    // When box is finished with confirmButton, deletes the object on the server. On success its row goes
    // and doneSentence is announced with changed(); on failure the status shows failed(error message).
    void removeAfterConfirmation(QMessageBox *box, QPushButton *confirmButton, const QString &id,
        const QString &doneSentence, const std::function<QString(const QString &)> &failed);
    // The status text while the objects are read (shown only then), for retranslateUi().
    void setLoadingText(const QString &text);

    models::SpaceObjectListModel *objectModel() const { return m_model; }
    cms::ClusterSession *session() const;
    QString spaceId() const { return m_spaceId; }
    QPushButton *addButton() const { return m_addButton; }
    QPushButton *editButton() const { return m_editButton; }
    QPushButton *removeButton() const { return m_removeButton; }
    QTableView *view() const { return m_view; }   // for its accessible name

private:
    void updateButtons();
    void editSelected();
    void removeSelected();
    QString selectedId() const;

    models::SpaceObjectListModel *m_model;
    QTableView *m_view;
    QLabel *m_statusLabel;
    QPushButton *m_addButton;
    QPushButton *m_editButton;
    QPushButton *m_removeButton;
    QPointer<cms::ClusterSession> m_session;
    QString m_spaceId;
};

} // namespace views
