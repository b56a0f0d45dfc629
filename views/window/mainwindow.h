#pragma once

#include <QHash>
#include <QList>
#include <QMainWindow>
#include <QPair>
#include <QPointer>

class QAction;
class QLabel;
class QListWidget;
class QMenu;
class QPushButton;
class QStackedWidget;
class QTreeView;

namespace cms {
class ActivityLog;
class ApiTrace;
class ClusterRegistry;
class ClusterSession;
class CmsError;
}

namespace models {
class BridgesModel;
}

namespace views {

class ActivityDock;
class ClusterStatusBar;
class Section;

// The console's main window: navigation by cluster → call bridges and by section on one side, the
// current section in the middle, the Activity dock (API trace and operations log) below and the
// status bar of the current cluster. Every action is in a menu with a shortcut.
// It presents and dispatches; the work is done by cms/ services, its sections and the dialogs it opens.
// The sections (Bridges, Spaces…) are given to it (addSection); it knows them only as Sections.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(cms::ClusterRegistry &registry, cms::ApiTrace &trace, cms::ActivityLog &log, QWidget *parent = nullptr);
    ~MainWindow() override;

    // The languages offered in Preferences: code and the language's own name.
    void setLanguages(const QList<QPair<QString, QString>> &languages, const QString &current);

    cms::ClusterSession *currentCluster() const;
    void setCurrentCluster(cms::ClusterSession *session);

    // Adds a section after those already there: listed under Sections and in the View menu with its
    // shortcut, its menu in the menu bar, its page in the middle. The window becomes its parent.
    void addSection(Section *section);
    QList<Section *> sections() const { return m_sections; }
    void showSection(Section *section);   // and gives it the focus
    Section *currentSection() const;      // nullptr while there is none
    ActivityDock *activityDock() const { return m_activityDock; }
    // The clusters and their call bridges: the navigation's model, for sections to share.
    models::BridgesModel *bridgesModel() const { return m_model; }

    QAction *addClusterAction() const { return m_addCluster; }
    QAction *editClusterAction() const { return m_editCluster; }
    QAction *failoverSettingsAction() const { return m_failoverSettings; }
    QAction *removeClusterAction() const { return m_removeCluster; }
    QAction *preferencesAction() const { return m_preferences; }

    void showAddCluster();
    void showEditCluster();
    void showFailoverSettings();
    void confirmRemoveCluster();
    void showPreferences();

Q_SIGNALS:
    void languageRequested(const QString &code);
    // Test seam: every dialog the window opens, once it is shown.
    void dialogOpened(QDialog *dialog);

protected:
    void changeEvent(QEvent *event) override;

private:
    void createActions();
    void createMenus();
    QWidget *createNavigation();
    QWidget *createWelcomePage();
    void retranslateUi();
    void fitSectionList();
    void updateActions();
    void updatePage();
    void showRefreshOf(Section *section);
    void onNavigationChanged();
    void watchSession(cms::ClusterSession *session);
    void onCertificateProblem(cms::ClusterSession *session, int endpointIndex, const cms::CmsError &error);
    void openDialog(QDialog *dialog);
    void showAbout();

    cms::ClusterRegistry &m_registry;
    cms::ApiTrace &m_trace;
    cms::ActivityLog &m_log;
    models::BridgesModel *m_model = nullptr;

    QListWidget *m_sectionList = nullptr;
    QTreeView *m_navigation = nullptr;
    QLabel *m_sectionsTitle = nullptr;
    QLabel *m_clustersTitle = nullptr;
    QStackedWidget *m_pages = nullptr;
    QWidget *m_welcome = nullptr;
    QLabel *m_welcomeTitle = nullptr;
    QLabel *m_welcomeText = nullptr;
    QPushButton *m_welcomeAdd = nullptr;
    ActivityDock *m_activityDock = nullptr;
    ClusterStatusBar *m_statusBar = nullptr;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_clusterMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_toolsMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_addCluster = nullptr;
    QAction *m_editCluster = nullptr;
    QAction *m_failoverSettings = nullptr;
    QAction *m_removeCluster = nullptr;
    QAction *m_quit = nullptr;
    QAction *m_refreshPlace = nullptr;     // the separator after the current section's Refresh, in the Cluster menu
    QAction *m_shownRefresh = nullptr;     // the Refresh listed there
    QAction *m_sectionsEnd = nullptr;      // the View menu's separator after the sections
    QAction *m_preferences = nullptr;
    QAction *m_about = nullptr;
    QAction *m_aboutQt = nullptr;

    QPointer<cms::ClusterSession> m_current;
    // Each section with its View menu action and its own menu (nullptr when it has none), in order.
    QList<Section *> m_sections;
    QList<QAction *> m_showSectionActions;
    QList<QMenu *> m_sectionMenus;

    QList<QPair<QString, QString>> m_languages;
    QString m_language;
    // One certificate warning at a time per bridge ("<cluster id>/<endpoint index>").
    QHash<QString, QPointer<QDialog>> m_certificateDialogs;
};

} // namespace views
