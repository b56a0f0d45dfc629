#pragma once

#include <QPointer>
#include <QWidget>

class QAction;
class QDialog;
class QLabel;
class QPushButton;
class QScrollArea;
class QTableView;
class QToolButton;

namespace cms {
class ClusterSession;
} // namespace cms

namespace models {
class AccessMethodTemplatesModel;
} // namespace models

namespace views {

class SchemaForm;

// The access method templates of the space template chosen in the Profiles section (CMS 2.9+): listed
// at the top, the chosen one's settings below in a form built from the schema that sends only what
// changed. New ones are created in a dialog; one is deleted after a confirmation. Their URI pattern
// (uriGenerator) is checked as it is typed (cms::UriGeneratorCheck, through the schema): the reason
// shows at the field, and neither Save nor Create is possible while it is wrong.
class AccessMethodTemplatesEditor : public QWidget
{
    Q_OBJECT
    Q_MOC_INCLUDE(<QDialog>)
public:
    explicit AccessMethodTemplatesEditor(QWidget *parent = nullptr);
    ~AccessMethodTemplatesEditor() override;

    // An empty templateId shows nothing (no space template chosen).
    void setTemplate(cms::ClusterSession *session, const QString &templateId);

    models::AccessMethodTemplatesModel *model() const { return m_model; }
    QTableView *listView() const { return m_list; }
    SchemaForm *form() const { return m_form; }
    QPushButton *saveButton() const { return m_save; }
    QAction *newAction() const { return m_newAction; }
    QAction *deleteAction() const { return m_deleteAction; }

Q_SIGNALS:
    void dialogOpened(QDialog *dialog);
    // A save, create or delete ended (for tests): whether it succeeded.
    void changeFinished(bool ok);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void rebuildForm();
    void currentChanged();
    void updateActions();
    void save();
    void revert();
    void createNew();
    void confirmDelete();
    QString currentId() const;

    QPointer<cms::ClusterSession> m_session;
    models::AccessMethodTemplatesModel *m_model;
    QLabel *m_title;
    QTableView *m_list;
    QToolButton *m_newButton;
    QToolButton *m_deleteButton;
    QScrollArea *m_formArea;
    SchemaForm *m_form = nullptr;
    int m_formVersion = -1;   // the server version m_form was built for
    QPushButton *m_save;
    QPushButton *m_revert;
    QLabel *m_status;
    QAction *m_newAction;
    QAction *m_deleteAction;
    bool m_busy = false;
};

} // namespace views
