// cms-console: the desktop console for Cisco Meeting Server clusters.
#include "console.h"
#include "consolecommandline.h"
#include "languagemanager.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QIcon>
#include <QSettings>
#include <QTimer>

#include <cstdio>
#include <memory>

int main(int argc, char **argv)
{
    QElapsedTimer sinceStart;
    sinceStart.start();

    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("cms-console"));
    QApplication::setApplicationDisplayName(QStringLiteral("CMS Console"));
    QApplication::setApplicationVersion(QStringLiteral(CMS_CONSOLE_VERSION));
    QApplication::setOrganizationName(QStringLiteral("CMS Console"));
    QApplication::setDesktopFileName(QStringLiteral("cms-console"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/cms-console.svg")));

    // The command line's own messages follow the system's language.
    LanguageManager languages;
    languages.setLanguage(LanguageManager::systemLanguage());
    const ConsoleLaunch launch = ConsoleCommandLine::parse(QApplication::arguments());
    if (!launch.output.isEmpty()) {
        std::fprintf(stdout, "%s\n", launch.output.toLocal8Bit().constData());
        return 0;
    }
    if (!launch.error.isEmpty()) {
        std::fprintf(stderr, "cms-console: %s\n", launch.error.toLocal8Bit().constData());
        return 2;
    }

    std::unique_ptr<QSettings> settings = launch.settingsFile.isEmpty()
        ? std::make_unique<QSettings>()
        : std::make_unique<QSettings>(launch.settingsFile, QSettings::IniFormat);

    Console console(launch, *settings, languages);
    if (launch.startupBenchmark) {
        // Prints the figures tests/bench/bench_startup reads, then quits (in demo mode once the demo
        // cluster is connecting).
        const bool demo = launch.demo;
        QObject::connect(&console, &Console::firstPaint, &app, [&sinceStart, demo] {
            std::fprintf(stdout, "first paint after %lld ms\n", static_cast<long long>(sinceStart.elapsed()));
            std::fflush(stdout);
            if (!demo)
                QTimer::singleShot(0, qApp, &QCoreApplication::quit);
        });
        QObject::connect(&console, &Console::demoConnected, &app, [&sinceStart] {
            std::fprintf(stdout, "demo cluster connected after %lld ms\n", static_cast<long long>(sinceStart.elapsed()));
            std::fflush(stdout);
            QTimer::singleShot(0, qApp, &QCoreApplication::quit);
        });
    }
    console.start();
    return app.exec();
}
