#pragma once

#include "config/profileusage.h"
#include "profiles/profilecomparedialog.h"
#include "profiles/profilesmodel.h"

#include <QPointer>
#include <QWidget>

class QAction;
class QComboBox;
class QDialog;
class QLabel;
class QLineEdit;
class QPushButton;
class QScrollArea;
class QTabWidget;
class QTableView;

namespace cms {
class ClusterSession;
class ProfileLabels;
class ProfileUsageFinder;
} // namespace cms

namespace views {

class AccessMethodTemplatesEditor;
class ProfileUsageView;
class SchemaForm;
class TemplateUsersEditor;

// The Profiles page: call leg profiles, call profiles, dial-in security profiles (3.0) or space
// templates (2.9), chosen at the top (a kind the server lacks is disabled, with the reason), listed on
// one side; the chosen one's settings on the other, in a form built from the schema that saves only
// what changed, and where it is used. Before a save, the page says what the change reaches; a delete
// of a profile still in use is refused with the list, or its references are re-pointed to another
// profile first (ProfileRepointDialog). Two chosen together can be compared. Call
// profiles, which the API does not name, are named here (kept in the console's settings). A space
// template shows its access method templates and the users it is assigned to in tabs of their own;
// the profiles that apply globally are chosen in a dialog of their own.
class ProfilesPane : public QWidget
{
    Q_OBJECT
    Q_MOC_INCLUDE(<QDialog>)
public:
    explicit ProfilesPane(cms::ProfileLabels &labels, QWidget *parent = nullptr);
    ~ProfilesPane() override;

    void setSession(cms::ClusterSession *session);
    void showKind(models::ProfileKind kind);

    QList<QAction *> actions() const { return {m_newAction, m_deleteAction, m_compareAction, m_globalAction, m_schedulerAction}; }
    QAction *schedulerAction() const { return m_schedulerAction; }
    QAction *refreshAction() const { return m_refreshAction; }
    QTableView *listView() const { return m_list; }
    models::ProfilesModel *model() const { return m_model; }
    SchemaForm *form() const { return m_form; }
    ProfileUsageView *usageView() const { return m_usage; }
    QPushButton *saveButton() const { return m_save; }
    QTabWidget *tabs() const { return m_tabs; }
    AccessMethodTemplatesEditor *accessMethodTemplatesEditor() const { return m_methodTemplates; }
    TemplateUsersEditor *templateUsersEditor() const { return m_templateUsers; }

Q_SIGNALS:
    void dialogOpened(QDialog *dialog);
    // A save, create or delete ended (for tests): whether it succeeded.
    void changeFinished(bool ok);
    void usageFound();
    // A space was chosen in a where-used list: the Spaces section opens it.
    void openSpaceRequested(const QString &spaceId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateKinds();
    void rebuildForm();
    void currentChanged();
    void findUsage(const QString &id);
    void updateActions();
    void save();
    void sendSave();
    void revert();
    void confirmDelete();
    void openRepoint(const QString &id, cms::ProfileUsageFinder::Kind kind);
    void createNew();
    void compareSelected();
    void openSchedulerCheck();
    void updateTemplateTabs();
    void openGlobalProfiles();
    void openPlace(const cms::ProfileUsage::Place &place);
    void showObject(models::ProfileKind kind, const QString &id, QWidget *tab);
    void selectPendingObject();
    void openComparison(const QString &first, const QString &second,
                        const std::optional<ProfileCompareDialog::Inheritance> &inheritance);
    QString currentId() const;
    QString clusterId() const;

    cms::ProfileLabels &m_labels;
    QPointer<cms::ClusterSession> m_session;
    models::ProfilesModel *m_model;
    QComboBox *m_kind;
    QLabel *m_kindLabel;
    QTableView *m_list;
    QTabWidget *m_tabs;
    QLabel *m_nameLabel;
    QLineEdit *m_name;       // a call profile's name in the console
    QScrollArea *m_formArea;
    SchemaForm *m_form = nullptr;
    QPushButton *m_save;
    QPushButton *m_revert;
    QLabel *m_status;
    ProfileUsageView *m_usage;
    AccessMethodTemplatesEditor *m_methodTemplates;   // tabs shown for space templates only
    TemplateUsersEditor *m_templateUsers;
    QAction *m_newAction;
    QAction *m_deleteAction;
    QAction *m_compareAction;
    QAction *m_schedulerAction;   // "Scheduler Ready Check…" (CMS 3.3)
    QAction *m_refreshAction;
    QAction *m_globalAction;
    QPointer<cms::ProfileUsageFinder> m_finder;
    QString m_pendingId;               // to choose once the list is read (showObject)
    QPointer<QWidget> m_pendingTab;
    bool m_usageKnown = false;
    bool m_busy = false;
};

} // namespace views
