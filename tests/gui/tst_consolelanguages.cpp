// The console in its four languages, switched at run time on one window as a user would: every
// screen retranslates, Arabic mirrors the whole layout, and a screenshot of the main window and of
// the trust dialog is written per language (CMS_SCREENSHOT_DIR) for people to look at.
#include "bridges/bridgesmodel.h"
#include "cluster/clusterregistry.h"
#include "cluster/clustersession.h"
#include "console.h"
#include "democluster.h"
#include "languagemanager.h"
#include "cluster/trustdialog.h"
#include "simcertificate.h"
#include "spaces/accessmethodseditor.h"
#include "spaces/accessmethodsmodel.h"
#include "spaces/spaceeditor.h"
#include "spaces/spacesmodel.h"
#include "window/mainwindow.h"
#include "window/section.h"

#include <QAction>
#include <QDir>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTableView>
#include <QTreeView>
#include <QtTest>

class TestConsoleLanguages : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(QDir().mkpath(QStringLiteral(CMS_SCREENSHOT_DIR)));
        m_settings = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("console.ini")), QSettings::IniFormat);
        ConsoleLaunch launch;
        launch.demo = true;
        launch.language = QStringLiteral("en");
        m_console = std::make_unique<Console>(launch, *m_settings, m_languages);
        QSignalSpy connected(m_console.get(), &Console::demoConnected);
        m_console->start();
        views::MainWindow &window = m_console->mainWindow();
        window.resize(1280, 800);
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(connected.wait(30000));

        // Wait until every demo bridge has answered twice, so that the table and the chart have
        // something to show.
        cms::ClusterSession *session = m_console->registry().session(0);
        QVERIFY(session);
        QSignalSpy statuses(session, &cms::ClusterSession::statusUpdated);
        QTRY_VERIFY_WITH_TIMEOUT(statuses.size() >= 2 * session->endpointCount(), 20000);
    }

    void cleanupTestCase()
    {
        m_console.reset();
    }

    void switchesAtRunTime_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("bridgesSection");   // the Bridges section's name, as translated
        QTest::addColumn<bool>("rightToLeft");
        QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("Bridges") << false;
        QTest::newRow("fr") << QStringLiteral("fr") << translated("fr") << false;
        QTest::newRow("ko") << QStringLiteral("ko") << translated("ko") << false;
        QTest::newRow("ar") << QStringLiteral("ar") << translated("ar") << true;
    }

    void switchesAtRunTime()
    {
        QFETCH(QString, language);
        QFETCH(QString, bridgesSection);
        QFETCH(bool, rightToLeft);
        QVERIFY(m_languages.setLanguage(language));
        // LanguageChange reaches every widget; then the layouts, the header sections and the chart's
        // scene settle on the new texts before the screenshot.
        QTest::qWait(300);

        views::MainWindow &window = m_console->mainWindow();
        auto *sections = window.findChild<QListWidget *>(QStringLiteral("sectionList"));
        QVERIFY(sections);
        QCOMPARE(sections->item(0)->text(), bridgesSection);
        if (language != QLatin1String("en"))
            QVERIFY(sections->item(0)->text() != QLatin1String("Bridges"));
        QCOMPARE(window.menuBar()->actions().first()->text().isEmpty(), false);

        // Right to left: the whole window mirrors; the navigation sits on the right of the pages.
        QCOMPARE(window.layoutDirection() == Qt::RightToLeft, rightToLeft);
        auto *navigation = window.findChild<QWidget *>(QStringLiteral("navigationPanel"));
        auto *pages = window.findChild<QStackedWidget *>(QStringLiteral("pages"));
        QVERIFY(navigation && pages);
        const int navigationX = navigation->mapTo(&window, QPoint(0, 0)).x();
        const int pagesX = pages->mapTo(&window, QPoint(0, 0)).x();
        QCOMPARE(navigationX > pagesX, rightToLeft);

        // Numbers follow the language's locale.
        QCOMPARE(QLocale().name().left(2), language);

        QVERIFY(window.grab().save(screenshot(QStringLiteral("mainwindow"), language)));

        // The Spaces section with one space's details, loaded from the demo cluster.
        views::Section *spacesSection = section(QStringLiteral("spacesSection"));
        QVERIFY(spacesSection);
        window.showSection(spacesSection);
        QCOMPARE(pages->currentWidget(), spacesSection->widget());
        auto *spaces = window.findChild<QTableView *>(QStringLiteral("spacesView"));
        QVERIFY(spaces);
        QTRY_VERIFY_WITH_TIMEOUT(spaces->model()->rowCount() > 10, 20000);
        auto *general = window.findChild<views::SpaceEditor *>(QStringLiteral("generalTab"));
        QVERIFY(general);
        QSignalSpy loaded(general, &views::SpaceEditor::spaceLoaded);
        // Another space in each language, so that its details are read in that language.
        const QModelIndex chosen = spaces->model()->index(3 + int(m_spacesShown++), 0);
        spaces->setCurrentIndex(chosen);
        const QString chosenId = chosen.data(models::SpacesModel::SpaceIdRole).toString();
        QVERIFY(!chosenId.isEmpty());
        // The details read the space, then its access methods, members and profiles.
        QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty() && loaded.last().at(0).toString() == chosenId, 20000);
        auto *methods = window.findChild<views::AccessMethodsEditor *>(QStringLiteral("accessMethodsTab"));
        QVERIFY(methods);
        QTRY_VERIFY_WITH_TIMEOUT(!methods->model()->isLoading(), 20000);
        QVERIFY(window.grab().save(screenshot(QStringLiteral("spaces"), language)));
        views::Section *bridges = section(QStringLiteral("bridgesSection"));
        QVERIFY(bridges);
        window.showSection(bridges);

        // The trust dialog, on the certificate of a freshly generated bridge.
        const QSslCertificate certificate = demoCertificate();
        QVERIFY(!certificate.isNull());
        views::TrustDialog trust(certificate, QStringLiteral("cms1.example.com:445"), &window);
        trust.open();
        QVERIFY(QTest::qWaitForWindowExposed(&trust));
        QCOMPARE(trust.layoutDirection() == Qt::RightToLeft, rightToLeft);
        QVERIFY(trust.grab().save(screenshot(QStringLiteral("trustdialog"), language)));
        trust.reject();
    }

private:
    qsizetype m_spacesShown = 0;

    static QString translated(const char *language)
    {
        QTranslator translator;
        if (!translator.load(QStringLiteral("cmsconsole_") + QLatin1String(language), QStringLiteral(CMS_TRANSLATIONS_BINARY_DIR)))
            return {};
        return translator.translate("views::BridgesPane", "Bridges");
    }

    views::Section *section(const QString &name) const
    {
        return m_console->mainWindow().findChild<views::Section *>(name);
    }

    static QString screenshot(const QString &what, const QString &language)
    {
        return QStringLiteral(CMS_SCREENSHOT_DIR "/%1_%2.png").arg(what, language);
    }

    QSslCertificate demoCertificate()
    {
        if (m_certificate.isNull())
            m_certificate = cmssim::SimCertificate::generate(QStringLiteral("cms1.example.com"), 1).certificate;
        return m_certificate;
    }

    QTemporaryDir m_dir;
    LanguageManager m_languages{QStringLiteral(CMS_TRANSLATIONS_BINARY_DIR)};
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<Console> m_console;
    QSslCertificate m_certificate;
};

QTEST_MAIN(TestConsoleLanguages)
#include "tst_consolelanguages.moc"
