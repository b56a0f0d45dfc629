// cms-console's command line and language choice.
#include "consolecommandline.h"
#include "languagemanager.h"

#include <QGuiApplication>
#include <QLocale>
#include <QtTest>

class TestConsoleCommandLine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parses()
    {
        const ConsoleLaunch launch = ConsoleCommandLine::parse(
            {QStringLiteral("cms-console"), QStringLiteral("--demo"), QStringLiteral("--lang"), QStringLiteral("AR"),
             QStringLiteral("--settings"), QStringLiteral("/tmp/x.ini")});
        QVERIFY2(launch.error.isEmpty(), qPrintable(launch.error));
        QVERIFY(launch.demo);
        QCOMPARE(launch.language, QStringLiteral("ar"));
        QCOMPARE(launch.settingsFile, QStringLiteral("/tmp/x.ini"));
        QVERIFY(!launch.startupBenchmark);
    }

    void refusesWhatItDoesNotKnow()
    {
        QVERIFY(!ConsoleCommandLine::parse({QStringLiteral("cms-console"), QStringLiteral("--lang"), QStringLiteral("de")})
                     .error.isEmpty());
        QVERIFY(!ConsoleCommandLine::parse({QStringLiteral("cms-console"), QStringLiteral("--colour")}).error.isEmpty());
        QVERIFY(!ConsoleCommandLine::parse({QStringLiteral("cms-console"), QStringLiteral("extra")}).error.isEmpty());
        const ConsoleLaunch help = ConsoleCommandLine::parse({QStringLiteral("cms-console"), QStringLiteral("--help")});
        QVERIFY(help.helpShown);
        QVERIFY(help.output.contains(QLatin1String("--demo")));
    }

    void switchesLanguageAndDirection()
    {
        LanguageManager languages(QStringLiteral(CMS_TRANSLATIONS_BINARY_DIR));
        QSignalSpy changed(&languages, &LanguageManager::languageChanged);
        QVERIFY(languages.setLanguage(QStringLiteral("ar")));
        QCOMPARE(QGuiApplication::layoutDirection(), Qt::RightToLeft);
        QCOMPARE(QLocale().language(), QLocale::Arabic);
        QVERIFY(languages.setLanguage(QStringLiteral("ko")));
        QCOMPARE(QGuiApplication::layoutDirection(), Qt::LeftToRight);
        QCOMPARE(QLocale().language(), QLocale::Korean);
        QVERIFY(!languages.setLanguage(QStringLiteral("de")));   // unknown: nothing changes
        QCOMPARE(languages.language(), QStringLiteral("ko"));
        QCOMPARE(changed.size(), 2);
        QVERIFY(languages.setLanguage(QStringLiteral("en")));
        QCOMPARE(QLocale().language(), QLocale::English);
    }
};

QTEST_MAIN(TestConsoleCommandLine)
#include "tst_consolecommandline.moc"
