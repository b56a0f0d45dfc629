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
class BridgesPane;
class ClusterStatusBar;
class SpaceDetailsView;
class SpacesPane;

// The console's main window: navigation by cluster → call bridges and by section on one side, the
// current section in the middle (Bridges for now), the Activity dock (API trace and operations log)
// below and the status bar of the current cluster. Every action is in a menu with a shortcut.
// It presents and dispatches; the work is done by cms/ services and the dialogs it opens.
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
    BridgesPane *bridgesPane() const { return m_bridgesPane; }
    SpacesPane *spacesPane() const { return m_spacesPane; }
    SpaceDetailsView *spaceDetails() const { return m_spaceDetails; }
    // The sections of the navigation, in their order.
    enum class Section { Bridges, Spaces };
    void showSection(Section section);
    Section currentSection() const;
    ActivityDock *activityDock() const { return m_activityDock; }
    models::BridgesModel *bridgesModel() const { return m_model; }

    QAction *addClusterAction() const { return m_addCluster; }
    QAction *editClusterAction() const { return m_editCluster; }
    QAction *failoverSettingsAction() const { return m_failoverSettings; }
    QAction *removeClusterAction() const { return m_removeCluster; }
    QAction *preferencesAction() const { return m_preferences; }

    void showAddCluster();
    void showNewSpace();
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
    void updateActions();
    void updatePage();
    void onNavigationChanged();
    void createSpaces();
    void onCurrentSpaceChanged(cms::ClusterSession *session, const QString &spaceId);
    void watchSession(cms::ClusterSession *session);
    void onCertificateProblem(cms::ClusterSession *session, int endpointIndex, const cms::CmsError &error);
    void openDialog(QDialog *dialog);
    void showAbout();

    cms::ClusterRegistry &m_registry;
    cms::ApiTrace &m_trace;
    cms::ActivityLog &m_log;
    models::BridgesModel *m_model = nullptr;

    QListWidget *m_sections = nullptr;
    QTreeView *m_navigation = nullptr;
    QLabel *m_sectionsTitle = nullptr;
    QLabel *m_clustersTitle = nullptr;
    QStackedWidget *m_pages = nullptr;
    QWidget *m_welcome = nullptr;
    QLabel *m_welcomeTitle = nullptr;
    QLabel *m_welcomeText = nullptr;
    QPushButton *m_welcomeAdd = nullptr;
    BridgesPane *m_bridgesPane = nullptr;
    SpacesPane *m_spacesPane = nullptr;
    SpaceDetailsView *m_spaceDetails = nullptr;
    ActivityDock *m_activityDock = nullptr;
    ClusterStatusBar *m_statusBar = nullptr;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_clusterMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_spacesMenu = nullptr;
    QMenu *m_toolsMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_addCluster = nullptr;
    QAction *m_editCluster = nullptr;
    QAction *m_failoverSettings = nullptr;
    QAction *m_removeCluster = nullptr;
    QAction *m_quit = nullptr;
    QAction *m_showBridges = nullptr;
    QAction *m_showSpaces = nullptr;
    QAction *m_preferences = nullptr;
    QAction *m_about = nullptr;
    QAction *m_aboutQt = nullptr;

    QList<QPair<QString, QString>> m_languages;
    QString m_language;
    // One certificate warning at a time per bridge ("<cluster id>/<endpoint index>").
    QHash<QString, QPointer<QDialog>> m_certificateDialogs;
};

} // namespace views
