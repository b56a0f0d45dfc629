// `cms-console --settings FILE` keeps everything in FILE: the console's wiring is run as main() runs
// it, with its default credential store (the system keychain, so this runs inside a secret service:
// scripts/dev.sh with_secret_service), while the user's usual settings folder points to an empty
// temporary folder (XDG_CONFIG_HOME, set before the application exists). A cluster saved with its
// password must leave its profile and the keychain's key index in FILE, and nothing anywhere else.
#include "cluster/clusterprofile.h"
#include "cluster/clusterregistry.h"
#include "console.h"
#include "consolecommandline.h"
#include "languagemanager.h"
#include "simbridge.h"
#include "simcluster.h"
#include "simtestclient.h"

#include <QApplication>
#include <QDirIterator>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

namespace {

// Every file under a folder, as paths relative to it.
QStringList filesUnder(const QString &folder)
{
    QStringList files;
    QDirIterator it(folder, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(QDir(folder).relativeFilePath(it.next()));
    files.sort();
    return files;
}

} // namespace

class TestConsoleSettings : public QObject
{
    Q_OBJECT

public:
    TestConsoleSettings(const QString &usualConfigHome)
        : m_usualConfigHome(usualConfigHome)
    {
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_settingsDir.isValid());
        // The usual place is the redirected one, and nothing is there yet.
        QVERIFY(QSettings().fileName().startsWith(m_usualConfigHome));
        QCOMPARE(filesUnder(m_usualConfigHome), QStringList());
        m_cluster = startTestCluster(cmssim::ClusterOptions{});
        QVERIFY(m_cluster);
    }

    void savedClusterStaysInTheGivenFile()
    {
        const QString file = m_settingsDir.filePath(QStringLiteral("tmp.ini"));
        const ConsoleLaunch launch
            = ConsoleCommandLine::parse({QStringLiteral("cms-console"), QStringLiteral("--settings"), file});
        QVERIFY2(launch.error.isEmpty(), qPrintable(launch.error));
        QCOMPARE(launch.settingsFile, file);

        LanguageManager languages;
        std::unique_ptr<QSettings> settings = Console::openSettings(launch);
        QCOMPARE(settings->fileName(), file);
        auto console = std::make_unique<Console>(launch, *settings, languages);
        console->start();

        cms::ClusterProfile profile = cms::ClusterProfile::create(QStringLiteral("Lyon"), m_cluster->bridge(0).baseUrl(), kTestUser);
        profile.endpoints[0].pinnedSha256 = cms::Endpoint::normalizeFingerprint(m_cluster->bridge(0).certificate().fingerprint());
        QSignalSpy saved(&console->registry(), &cms::ClusterRegistry::saveFinished);
        console->registry().saveCluster(profile, {{0, kTestPassword}});
        QVERIFY(saved.wait(20000));
        QVERIFY2(saved.constFirst().at(1).toBool(), qPrintable(saved.constFirst().at(2).toString()));

        settings->sync();
        QSettings written(file, QSettings::IniFormat);
        QVERIFY(written.childGroups().contains(QStringLiteral("clusters")));
        const QStringList keys = written.value(QStringLiteral("Credentials/keys")).toStringList();
        QVERIFY2(keys.size() == 1 && keys.constFirst().startsWith(profile.id),
                 qPrintable(keys.join(QLatin1Char(' '))));

        // Removing the cluster deletes its password from the keychain again, through the index.
        QSignalSpy removed(&console->registry(), &cms::ClusterRegistry::clusterRemoved);
        console->registry().removeCluster(profile.id);
        QCOMPARE(removed.size(), 1);
        console.reset();   // saves the window's geometry and state
        settings.reset();
        QVERIFY(QFile::exists(file));

        QCOMPARE(filesUnder(m_usualConfigHome), QStringList());
        QCOMPARE(filesUnder(m_settingsDir.path()), QStringList{QStringLiteral("tmp.ini")});
    }

private:
    const QString m_usualConfigHome;
    QTemporaryDir m_settingsDir;
    std::unique_ptr<cmssim::SimCluster> m_cluster;
};

int main(int argc, char **argv)
{
    // Before anything asks where the usual settings are: Qt computes that place once.
    QTemporaryDir usualConfigHome;
    if (!usualConfigHome.isValid())
        return 1;
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(usualConfigHome.path()));
    QApplication app(argc, argv);
    // As main.cpp names the console, so that a default QSettings would be its usual file.
    QCoreApplication::setApplicationName(QStringLiteral("cms-console"));
    QCoreApplication::setOrganizationName(QStringLiteral("CMS Console"));
    TestConsoleSettings test(usualConfigHome.path());
    return QTest::qExec(&test, argc, argv);
}

#include "tst_consolesettings.moc"
