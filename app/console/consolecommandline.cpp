#include "consolecommandline.h"

#include "languagemanager.h"

#include <QCommandLineParser>

bool ConsoleCommandLine::answersOnTerminal(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray argument(argv[i]);
        if (argument == "--help" || argument == "-h" || argument == "--help-all" || argument == "-?"
            || argument == "--version" || argument == "-v")
            return true;
    }
    return false;
}

ConsoleLaunch ConsoleCommandLine::parse(const QStringList &arguments)
{
    QCommandLineParser p;
    p.setApplicationDescription(tr("Console for Cisco Meeting Server clusters."));
    const QCommandLineOption help = p.addHelpOption();
    const QCommandLineOption version = p.addVersionOption();
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  tr("Start a simulated demo cluster inside the console and connect to it."));
    const QCommandLineOption lang(QStringLiteral("lang"), tr("Language of the console: en, fr, ko or ar."),
                                  //: placeholder of the --lang option's value
                                  tr("code"));
    const QCommandLineOption settings(QStringLiteral("settings"),
                                      tr("Keep the settings in this INI file instead of the usual place."),
                                      //: placeholder of the --settings option's value
                                      tr("file"));
    QCommandLineOption benchmark(QStringLiteral("startup-benchmark"),
                                 tr("Print the time to the first painted window, then quit."));
    p.addOption(demo);
    p.addOption(lang);
    p.addOption(settings);
    p.addOption(benchmark);

    ConsoleLaunch launch;
    if (!p.parse(arguments)) {
        launch.error = p.errorText();
        return launch;
    }
    if (p.isSet(help)) {
        launch.helpShown = true;
        launch.output = p.helpText();
        return launch;
    }
    if (p.isSet(version)) {
        launch.versionShown = true;
        launch.output = QCoreApplication::applicationName() + QLatin1Char(' ') + QCoreApplication::applicationVersion();
        return launch;
    }
    if (!p.positionalArguments().isEmpty()) {
        launch.error = tr("Unexpected argument: %1").arg(p.positionalArguments().constFirst());
        return launch;
    }
    launch.demo = p.isSet(demo);
    launch.startupBenchmark = p.isSet(benchmark);
    launch.settingsFile = p.value(settings);
    if (p.isSet(lang)) {
        launch.language = p.value(lang).toLower();
        if (!LanguageManager::isSupported(launch.language)) {
            launch.error = tr("Unknown language \"%1\": use en, fr, ko or ar.").arg(p.value(lang));
            return launch;
        }
    }
    return launch;
}
