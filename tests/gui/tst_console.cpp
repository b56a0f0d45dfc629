// The whole console on the offscreen platform against an in-process simulated cluster: adding a
// cluster through the main window (trust dialog, pin, bridges listed), a changed certificate
// refused with a warning, the settings file free of secrets, the sections' shortcuts and menus.
#include "bridges/bridgesmodel.h"
#include "cluster/certificatechangeddialog.h"
#include "cluster/clusterdialog.h"
#include "cluster/clusterregistry.h"
#include "cluster/clustersession.h"
#include "console.h"
#include "languagemanager.h"
#include "window/mainwindow.h"
#include "spaces/spacecreatedialog.h"
#include "credentials/memorycredentialstore.h"
#include "simbridge.h"
#include "simcluster.h"
#include "simtestclient.h"
#include "cluster/trustdialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QTableView>
#include <QHeaderView>
#include <QTemporaryDir>
#include <QTreeView>
#include <QtTest>

namespace {

QString hostPort(const QUrl &url)
{
    return url.host() + QLatin1Char(':') + QString::number(url.port());
}

} // namespace

class TestConsole : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        cmssim::ClusterOptions options;
        options.bridgeCount = 3;
        m_cluster = startTestCluster(options);
        QVERIFY(m_cluster);
    }

    void init()
    {
        QVERIFY(m_dir.isValid());
        m_settings = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("console.ini")), QSettings::IniFormat);
        m_settings->clear();
        auto store = std::make_unique<cms::MemoryCredentialStore>();
        m_store = store.get();
        m_console = std::make_unique<Console>(ConsoleLaunch{}, *m_settings, m_languages, std::move(store));
        m_console->start();
        QVERIFY(QTest::qWaitForWindowExposed(&m_console->mainWindow()));
    }

    void cleanup()
    {
        m_console.reset();
        m_settings.reset();
    }

    void addClusterTrustPinAndList()
    {
        views::MainWindow &window = m_console->mainWindow();
        auto *pages = window.findChild<QStackedWidget *>(QStringLiteral("pages"));
        QVERIFY(pages);
        QCOMPARE(pages->currentWidget()->objectName(), QStringLiteral("welcomePage"));

        views::ClusterDialog *dialog = openAddDialog();
        QVERIFY(dialog);
        views::TrustDialog *trust = nullptr;
        connect(dialog, &views::ClusterDialog::trustDialogOpened, this, [&trust](views::TrustDialog *d) { trust = d; });
        fill(dialog, QStringLiteral("Paris"), hostPort(m_cluster->bridge(0).baseUrl()), kTestUser, kTestPassword);
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("testButton")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(trust != nullptr, 10000);
        auto *trustButton = trust->findChild<QPushButton *>(QStringLiteral("trustButton"));
        QVERIFY(trustButton);
        QTest::mouseClick(trustButton, Qt::LeftButton);
        auto *result = dialog->findChild<QLabel *>(QStringLiteral("testResult"));
        QTRY_VERIFY_WITH_TIMEOUT(result->text().contains(QStringLiteral("3.")), 10000);   // the version

        dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttons"))->button(QDialogButtonBox::Ok)->click();
        cms::ClusterRegistry &registry = m_console->registry();
        QTRY_COMPARE_WITH_TIMEOUT(registry.count(), 1, 10000);
        const cms::ClusterProfile profile = registry.session(0)->profile();
        QCOMPARE(profile.endpoints.value(0).pinnedSha256,
                 cms::Endpoint::normalizeFingerprint(m_cluster->bridge(0).certificate().fingerprint()));
        QCOMPARE(m_store->storedKeys(profile.id).size(), 1);

        // The bridges pane replaces the welcome page and lists the cluster with its bridge, whose
        // version comes from /system/status.
        QCOMPARE(pages->currentWidget()->objectName(), QStringLiteral("bridgesPane"));
        models::BridgesModel *model = window.bridgesModel();
        const QModelIndex clusterRow = model->clusterIndex(registry.session(0));
        QVERIFY(clusterRow.isValid());
        QVERIFY(model->rowCount(clusterRow) >= 1);
        const QModelIndex version = model->bridgeIndex(registry.session(0), 0, int(models::BridgesModel::Column::Version));
        QTRY_VERIFY_WITH_TIMEOUT(!version.data().toString().isEmpty(), 10000);

        // The settings file holds the cluster, never its password.
        m_settings->sync();
        QFile file(m_settings->fileName());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray ini = file.readAll();
        QVERIFY(ini.contains(profile.id.toUtf8()));
        QVERIFY(!ini.contains(kTestPassword.toUtf8()));
    }

    void changedCertificateIsRefusedWithAWarning()
    {
        cms::ClusterProfile profile = cms::ClusterProfile::create(QStringLiteral("Seoul"), m_cluster->bridge(1).baseUrl(), kTestUser);
        profile.endpoints[0].pinnedSha256 = QByteArray(64, 'a');   // not what the bridge shows
        profile.healthCheckIntervalSeconds = cms::ClusterProfile::MinHealthCheckIntervalSeconds;
        QDialog *warning = nullptr;
        connect(&m_console->mainWindow(), &views::MainWindow::dialogOpened, this, [&warning](QDialog *d) {
            if (qobject_cast<views::CertificateChangedDialog *>(d))
                warning = d;
        });
        m_console->registry().saveCluster(profile, {{0, kTestPassword}});
        QTRY_VERIFY_WITH_TIMEOUT(warning != nullptr, 15000);
        QVERIFY(warning->isModal());
        cms::ClusterSession *session = m_console->registry().session(0);
        QCOMPARE(session->lastError(0).kind, cms::CmsError::Kind::CertificateChanged);
        QCOMPARE(session->endpointState(0), cms::EndpointState::Down);
        // The pin is kept: nothing replaced it behind the user's back.
        QCOMPARE(session->profile().endpoints[0].pinnedSha256, QByteArray(64, 'a'));
    }

    // The Bridges and Spaces sections keep their shortcuts: Ctrl+1 and Ctrl+2 show them, the Cluster
    // menu's Refresh (F5) is the shown section's, and the Spaces menu's New Space opens its dialog.
    // The columns of a section's table (hidden, moved) and its splitter come back at the next run.
    void sectionLayoutsAreKeptBetweenRuns()
    {
        const auto tableOf = [this](const char *tableName) {
            return m_console->mainWindow().findChild<QTableView *>(QLatin1String(tableName));
        };
        for (const char *paneName : {"spacesView", "placeholdersView"}) {
            QTableView *table = tableOf(paneName);
            QVERIFY2(table, paneName);
            QHeaderView *header = table->horizontalHeader();
            QVERIFY(header->count() >= 3);
            header->setSectionHidden(2, true);
            header->moveSection(1, header->count() - 1);
        }
        m_console.reset();   // saves, as closing the console does

        auto store = std::make_unique<cms::MemoryCredentialStore>();
        m_store = store.get();
        m_console = std::make_unique<Console>(ConsoleLaunch{}, *m_settings, m_languages, std::move(store));
        m_console->start();
        QVERIFY(QTest::qWaitForWindowExposed(&m_console->mainWindow()));
        for (const char *paneName : {"spacesView", "placeholdersView"}) {
            QHeaderView *header = tableOf(paneName)->horizontalHeader();
            QVERIFY2(header->isSectionHidden(2), paneName);
            QCOMPARE(header->visualIndex(1), header->count() - 1);
        }
    }

    void sectionsKeepTheirShortcuts()
    {
        cms::ClusterProfile profile = cms::ClusterProfile::create(QStringLiteral("Oslo"), m_cluster->bridge(0).baseUrl(), kTestUser);
        profile.endpoints[0].pinnedSha256 = cms::Endpoint::normalizeFingerprint(m_cluster->bridge(0).certificate().fingerprint());
        QSignalSpy saved(&m_console->registry(), &cms::ClusterRegistry::saveFinished);
        m_console->registry().saveCluster(profile, {{0, kTestPassword}});
        QVERIFY(saved.wait(10000));
        cms::ClusterSession *session = m_console->registry().session(0);
        QTRY_COMPARE_WITH_TIMEOUT(session->state(), cms::ClusterSession::State::Open, 10000);

        views::MainWindow &window = m_console->mainWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        auto *pages = window.findChild<QStackedWidget *>(QStringLiteral("pages"));
        QCOMPARE(pages->currentWidget()->objectName(), QStringLiteral("bridgesPane"));
        QCOMPARE(refreshInClusterMenu(), QStringLiteral("refreshAction"));

        QTest::keySequence(&window, QKeySequence(Qt::CTRL | Qt::Key_2));
        QCOMPARE(pages->currentWidget()->objectName(), QStringLiteral("spacesPane"));
        QCOMPARE(refreshInClusterMenu(), QStringLiteral("refreshSpacesAction"));
        QCOMPARE(window.currentCluster(), session);

        QDialog *opened = nullptr;
        connect(&window, &views::MainWindow::dialogOpened, this, [&opened](QDialog *d) { opened = d; });
        QAction *newSpace = window.findChild<QAction *>(QStringLiteral("newSpaceAction"));
        QVERIFY(newSpace);
        QVERIFY(menuOf(newSpace));   // the Spaces menu, in the menu bar
        newSpace->trigger();
        QVERIFY(qobject_cast<views::SpaceCreateDialog *>(opened));
        opened->reject();

        // A section chosen with the mouse leaves the focus in the Sections list: its shortcuts still
        // work (F5 refreshes the spaces, Ctrl+F goes to their search), and only the shown section's.
        auto *sectionList = window.findChild<QListWidget *>(QStringLiteral("sectionList"));
        QVERIFY(sectionList);
        sectionList->setFocus();
        QTRY_VERIFY(sectionList->hasFocus());
        QAction *refreshSpaces = window.findChild<QAction *>(QStringLiteral("refreshSpacesAction"));
        QAction *refreshBridges = window.findChild<QAction *>(QStringLiteral("refreshAction"));
        QVERIFY(refreshSpaces && refreshBridges);
        QSignalSpy spacesRefreshed(refreshSpaces, &QAction::triggered);
        QSignalSpy bridgesRefreshed(refreshBridges, &QAction::triggered);
        QTest::keyClick(sectionList, Qt::Key_F5);
        QCOMPARE(spacesRefreshed.size(), 1);
        QCOMPARE(bridgesRefreshed.size(), 0);
        auto *search = window.findChild<QLineEdit *>(QStringLiteral("spacesSearch"));
        QVERIFY(search);
        QTest::keySequence(sectionList, QKeySequence::Find);
        QTRY_VERIFY(search->hasFocus());

        QTest::keySequence(&window, QKeySequence(Qt::CTRL | Qt::Key_1));
        QCOMPARE(pages->currentWidget()->objectName(), QStringLiteral("bridgesPane"));
        QCOMPARE(refreshInClusterMenu(), QStringLiteral("refreshAction"));
        sectionList->setFocus();
        QTest::keyClick(sectionList, Qt::Key_F5);
        QCOMPARE(bridgesRefreshed.size(), 1);
        QCOMPARE(spacesRefreshed.size(), 1);
    }

private:
    QMenu *menuOf(QAction *action) const
    {
        for (QAction *menu : m_console->mainWindow().menuBar()->actions()) {
            if (menu->menu() && menu->menu()->actions().contains(action))
                return menu->menu();
        }
        return nullptr;
    }

    // The object name of the Refresh action the Cluster menu lists.
    QString refreshInClusterMenu() const
    {
        QStringList names;
        for (QAction *menu : m_console->mainWindow().menuBar()->actions()) {
            if (menu->text() != views::MainWindow::tr("&Cluster"))
                continue;
            for (QAction *action : menu->menu()->actions()) {
                if (action->shortcut() == QKeySequence(QKeySequence::Refresh))
                    names.append(action->objectName());
            }
        }
        return names.join(QLatin1Char(','));
    }

    views::ClusterDialog *openAddDialog()
    {
        views::ClusterDialog *dialog = nullptr;
        auto connection = connect(&m_console->mainWindow(), &views::MainWindow::dialogOpened, this, [&dialog](QDialog *d) {
            dialog = qobject_cast<views::ClusterDialog *>(d);
        });
        m_console->mainWindow().addClusterAction()->trigger();
        disconnect(connection);
        return dialog;
    }

    static void fill(QDialog *dialog, const QString &name, const QString &address, const QString &user, const QString &password)
    {
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit")), name);
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("addressEdit")), address);
        auto *userEdit = dialog->findChild<QLineEdit *>(QStringLiteral("userEdit"));
        userEdit->clear();
        QTest::keyClicks(userEdit, user);
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("passwordEdit")), password);
    }

    std::unique_ptr<cmssim::SimCluster> m_cluster;
    QTemporaryDir m_dir;
    LanguageManager m_languages{QStringLiteral(CMS_TRANSLATIONS_BINARY_DIR)};
    std::unique_ptr<QSettings> m_settings;
    cms::MemoryCredentialStore *m_store = nullptr;
    std::unique_ptr<Console> m_console;
};

QTEST_MAIN(TestConsole)
#include "tst_console.moc"
