#include "console.h"

#include <QApplication>

#include "diagnostics/activitylog.h"
#include "diagnostics/apitrace.h"
#include "cluster/clusterprofilestore.h"
#include "cluster/clusterregistry.h"
#include "democluster.h"
#include "credentials/keychaincredentialstore.h"
#include "languagemanager.h"
#include "window/mainwindow.h"
#include "common/consolestyle.h"
#include "bridges/bridgessection.h"
#include "live/livesection.h"
#include "meetings/meetingssection.h"
#include "profiles/profilessection.h"
#include "config/profilelabels.h"
#include "spaces/spacessection.h"
#include "credentials/memorycredentialstore.h"

#include <QEvent>
#include <QSettings>
#include <QTimer>

namespace {
const QString kLanguageKey = QStringLiteral("ui/language");
const QString kGeometryKey = QStringLiteral("ui/geometry");
const QString kWindowStateKey = QStringLiteral("ui/windowState");
// Followed by the section's object name: "ui/layout/spacesSection".
const QString kSectionLayoutKey = QStringLiteral("ui/layout/");

QList<QPair<QString, QString>> offeredLanguages()
{
    QList<QPair<QString, QString>> offered;
    for (const LanguageManager::Language &l : LanguageManager::languages())
        offered.append({l.code, l.nativeName});
    return offered;
}
} // namespace

Console::Console(const ConsoleLaunch &launch, QSettings &settings, LanguageManager &languages,
                 std::unique_ptr<cms::CredentialStore> credentials, QObject *parent)
    : QObject(parent)
    , m_launch(launch)
    , m_settings(settings)
    , m_languages(languages)
    , m_trace(std::make_unique<cms::ApiTrace>())
    , m_log(std::make_unique<cms::ActivityLog>())
    , m_profileLabels(std::make_unique<cms::ProfileLabels>(settings))
    , m_credentials(std::move(credentials))
{
    // The console's style: the platform's with the corrections every window needs (views/common).
    if (!qobject_cast<views::ConsoleStyle *>(QApplication::style()))
        QApplication::setStyle(new views::ConsoleStyle);   // the application takes ownership
    // The demo's passwords are generated for the run: they stay in memory, and the demo cluster is
    // not saved, so a demo never leaves anything in the keychain or the settings.
    if (!m_credentials && launch.demo)
        m_credentials = std::make_unique<cms::MemoryCredentialStore>();
    else if (!m_credentials)
        // The keychain's key index goes where every other setting goes (--settings included): a
        // second QSettings on the same file, which Qt keeps in step with the first one.
        m_credentials = std::make_unique<cms::KeychainCredentialStore>(
            cms::KeychainCredentialStore::defaultService(),
            std::make_unique<QSettings>(settings.fileName(), settings.format()));
    if (!launch.demo)
        m_profiles = std::make_unique<cms::ClusterProfileStore>(settings);
    m_registry = std::make_unique<cms::ClusterRegistry>(m_profiles.get(), *m_credentials, m_trace.get(), m_log.get());

    // --lang wins for this run without changing the saved choice; then the saved choice; then the system's.
    QString language = launch.language;
    if (language.isEmpty())
        language = settings.value(kLanguageKey).toString();
    if (!LanguageManager::isSupported(language))
        language = LanguageManager::systemLanguage();
    applyLanguage(language);

    m_window = std::make_unique<views::MainWindow>(*m_registry, *m_trace, *m_log);
    addSections();
    m_window->setLanguages(offeredLanguages(), m_languages.language());
    connect(m_window.get(), &views::MainWindow::languageRequested, this, [this](const QString &code) {
        applyLanguage(code);
        m_settings.setValue(kLanguageKey, code);
    });
    m_window->restoreGeometry(settings.value(kGeometryKey).toByteArray());
    m_window->restoreState(settings.value(kWindowStateKey).toByteArray());
    for (views::Section *section : m_window->sections())
        section->restoreLayout(settings.value(kSectionLayoutKey + section->objectName()).toByteArray());
    m_window->installEventFilter(this);
}

std::unique_ptr<QSettings> Console::openSettings(const ConsoleLaunch &launch)
{
    if (launch.settingsFile.isEmpty())
        return std::make_unique<QSettings>();
    return std::make_unique<QSettings>(launch.settingsFile, QSettings::IniFormat);
}

Console::~Console()
{
    saveWindowState();
    m_window.reset();     // the views go before the sessions they show
    m_registry.reset();
    m_demo.reset();       // the simulator last: the sessions talked to it
}

void Console::start()
{
    if (!m_launch.demo) {
        m_registry->loadSaved();
        m_registry->openAll();
    }
    m_window->show();
}

bool Console::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window.get() && event->type() == QEvent::Paint && !m_painted) {
        m_painted = true;
        // After this paint has been delivered, not inside it.
        QTimer::singleShot(0, this, [this] {
            Q_EMIT firstPaint();
            if (m_launch.demo)
                startDemo();
        });
    }
    return QObject::eventFilter(watched, event);
}

void Console::startDemo()
{
    m_demo = std::make_unique<DemoCluster>();
    connect(m_demo.get(), &DemoCluster::ready, this, [this] {
        m_log->info(m_demo->profile().name, tr("The demo cluster is running on this computer: %Ln simulated call bridge(s).",
                                               nullptr, int(m_demo->profile().endpoints.size())));
        const QString demoId = m_demo->profile().id;
        connect(m_registry.get(), &cms::ClusterRegistry::saveFinished, this,
                [this, demoId](const QString &clusterId, bool ok, const QString &message) {
                    if (clusterId != demoId)
                        return;
                    if (ok)
                        Q_EMIT demoConnected();
                    else
                        m_log->error(m_demo->profile().name, message);
                });
        m_registry->saveCluster(m_demo->profile(), {{0, m_demo->password()}});
    });
    connect(m_demo.get(), &DemoCluster::failed, this, [this](const QString &message) {
        m_log->error(QString(), message);
    });
    m_demo->start();
}

// The sections of the main window, in their order (Ctrl+1, Ctrl+2…). A new section is one more line here.
void Console::addSections()
{
    m_window->addSection(new views::BridgesSection(*m_registry, *m_window->bridgesModel()));
    auto *spaces = new views::SpacesSection(*m_log);
    spaces->setProfileLabels(m_profileLabels.get());
    auto *live = new views::LiveSection(*m_log);
    m_window->addSection(spaces);
    m_window->addSection(live);
    auto *profiles = new views::ProfilesSection(*m_profileLabels);
    m_window->addSection(profiles);
    m_window->addSection(new views::MeetingsSection(m_profileLabels.get(), &m_settings));
    // A space named where a profile is used opens in the Spaces section.
    connect(profiles, &views::ProfilesSection::openSpaceRequested, spaces, [this, spaces](const QString &spaceId) {
        m_window->showSection(spaces);
        spaces->showSpace(spaceId);
    });
    // A meeting started from a space is followed where meetings are: the Live section.
    connect(spaces, &views::SpacesSection::startMeetingRequested, live, [this, live](const QString &spaceId) {
        m_window->showSection(live);
        live->startMeetingOn(spaceId);
    });
}

void Console::applyLanguage(const QString &code)
{
    m_languages.setLanguage(code);
    if (m_window)
        m_window->setLanguages(offeredLanguages(), m_languages.language());
}

void Console::saveWindowState()
{
    if (!m_window)
        return;
    m_settings.setValue(kGeometryKey, m_window->saveGeometry());
    m_settings.setValue(kWindowStateKey, m_window->saveState());
    for (const views::Section *section : m_window->sections()) {
        const QByteArray layout = section->saveLayout();
        if (!layout.isEmpty())
            m_settings.setValue(kSectionLayoutKey + section->objectName(), layout);
    }
}
