#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

// What cms-console was asked to do.
struct ConsoleLaunch
{
    bool demo = false;              // start the simulated demo cluster in-process and connect to it
    QString language;               // "en", "fr", "ko", "ar"; empty: settings, else the system's
    QString settingsFile;           // an INI file instead of the platform's settings (tests, benchmarks)
    bool startupBenchmark = false;  // print the time to the first painted window, then quit
    bool helpShown = false;
    bool versionShown = false;
    QString output;                 // help or version text
    QString error;                  // translated; set when the command line is wrong
};

class ConsoleCommandLine
{
    Q_DECLARE_TR_FUNCTIONS(ConsoleCommandLine)

public:
    // arguments[0] is the program name, as in QCoreApplication::arguments().
    static ConsoleLaunch parse(const QStringList &arguments);
    // True when the arguments ask for --help or --version only, which need no window (nor a display).
    static bool answersOnTerminal(int argc, char **argv);
};
