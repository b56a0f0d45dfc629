// cms-console: the desktop console for Cisco Meeting Server clusters.
#include "console.h"
#include "consolecommandline.h"
#include "languagemanager.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QIcon>
#include <QLocale>
#include <QSettings>
#include <QTimer>
#include <QTranslator>

#include <cstdio>
#include <memory>

namespace {

void nameApplication()
{
    QCoreApplication::setApplicationName(QStringLiteral("cms-console"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CMS_CONSOLE_VERSION));
    QCoreApplication::setOrganizationName(QStringLiteral("CMS Console"));
}

// --help and --version answer on the terminal without a display (a package's post-install check, a
// server without X): no QApplication, only the translated command-line text.
int answerOnTerminal(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    nameApplication();
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("cmsconsole"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&translator);
    const ConsoleLaunch launch = ConsoleCommandLine::parse(QCoreApplication::arguments());
    if (!launch.error.isEmpty()) {
        std::fprintf(stderr, "cms-console: %s\n", launch.error.toLocal8Bit().constData());
        return 2;
    }
    std::fprintf(stdout, "%s\n", launch.output.toLocal8Bit().constData());
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QElapsedTimer sinceStart;
    sinceStart.start();

    if (ConsoleCommandLine::answersOnTerminal(argc, argv))
        return answerOnTerminal(argc, argv);

    QApplication app(argc, argv);
    nameApplication();
    QApplication::setApplicationDisplayName(QStringLiteral("CMS Console"));
    QApplication::setDesktopFileName(QStringLiteral("org.cmsconsole.Console"));
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

    const std::unique_ptr<QSettings> settings = Console::openSettings(launch);

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
