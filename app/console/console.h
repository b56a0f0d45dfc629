#pragma once

#include "consolecommandline.h"
#include "credentials/credentialstore.h"

#include <QObject>
#include <QPointer>

#include <memory>

class DemoCluster;
class LanguageManager;
class QSettings;

namespace cms {
class ActivityLog;
class ApiTrace;
class ClusterProfileStore;
class ProfileLabels;
class ClusterRegistry;
}

namespace views {
class MainWindow;
}

// The console's wiring: the API trace, the operations log, where passwords live (the system keychain;
// process memory in demo mode), the saved clusters, the main window, the language, and in demo mode
// the simulated cluster. It owns them and connects them; the work is theirs.
class Console : public QObject
{
    Q_OBJECT
public:
    // credentials: where passwords live; by default the system keychain (process memory in demo
    // mode). Tests pass an in-memory store.
    Console(const ConsoleLaunch &launch, QSettings &settings, LanguageManager &languages,
            std::unique_ptr<cms::CredentialStore> credentials = {}, QObject *parent = nullptr);
    ~Console() override;

    // Where the console keeps its settings: the INI file of --settings, else the platform's usual place.
    static std::unique_ptr<QSettings> openSettings(const ConsoleLaunch &launch);

    // Shows the main window; the demo cluster, when asked for, starts right after the first paint so
    // that it never delays the window.
    void start();

    views::MainWindow &mainWindow() const { return *m_window; }
    cms::ClusterRegistry &registry() const { return *m_registry; }
    cms::ApiTrace &trace() const { return *m_trace; }
    cms::ActivityLog &log() const { return *m_log; }
    DemoCluster *demo() const { return m_demo.get(); }

Q_SIGNALS:
    void firstPaint();
    void demoConnected();   // demo mode: the demo cluster is in the registry and connecting

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void addSections();
    void startDemo();
    void applyLanguage(const QString &code);
    void saveWindowState();

    ConsoleLaunch m_launch;
    QSettings &m_settings;
    LanguageManager &m_languages;
    std::unique_ptr<cms::ApiTrace> m_trace;
    std::unique_ptr<cms::ActivityLog> m_log;
    std::unique_ptr<cms::ProfileLabels> m_profileLabels;   // the names of call profiles
    std::unique_ptr<cms::CredentialStore> m_credentials;
    std::unique_ptr<cms::ClusterProfileStore> m_profiles;
    std::unique_ptr<cms::ClusterRegistry> m_registry;
    std::unique_ptr<DemoCluster> m_demo;
    std::unique_ptr<views::MainWindow> m_window;
    bool m_painted = false;
};
