#pragma once

#include <QPointer>
#include <QWidget>

class QCompleter;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace cms {
class ClusterSession;
} // namespace cms

namespace models {
class TemplateUsersModel;
} // namespace models

namespace views {

// The users the chosen space template is assigned to (userCoSpaceTemplates, CMS 2.9+), which lets
// them create spaces from it. Finding them means reading every user's assignments, so the list is
// read only once the editor is shown, with its progress. A user is assigned by JID (completed from
// the cluster's users) and unassigned from the list.
class TemplateUsersEditor : public QWidget
{
    Q_OBJECT
public:
    explicit TemplateUsersEditor(QWidget *parent = nullptr);
    ~TemplateUsersEditor() override;

    // An empty templateId shows nothing (no space template chosen).
    void setTemplate(cms::ClusterSession *session, const QString &templateId);

    models::TemplateUsersModel *model() const { return m_model; }
    QTableView *listView() const { return m_list; }
    QLineEdit *userEdit() const { return m_user; }
    QPushButton *assignButton() const { return m_assign; }
    QPushButton *unassignButton() const { return m_unassign; }

Q_SIGNALS:
    // An assignment or unassignment ended (for tests): whether it succeeded.
    void changeFinished(bool ok);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslateUi();
    void loadIfShown();
    void updateActions();
    void updateProgress();
    void assign();
    void sendAssignment(const QString &userId, const QString &jid, const QString &name);
    void unassign();
    void finish(bool ok, const QString &status);

    QPointer<cms::ClusterSession> m_session;
    QString m_templateId;
    models::TemplateUsersModel *m_model;
    QLabel *m_title;
    QTableView *m_list;
    QLabel *m_progress;
    QLabel *m_userLabel;
    QLineEdit *m_user;
    QPointer<QCompleter> m_completer;
    QPushButton *m_assign;
    QPushButton *m_unassign;
    QLabel *m_status;
    bool m_busy = false;
};

} // namespace views
