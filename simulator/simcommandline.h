#pragma once

#include "datasetseeder.h"
#include "simoptions.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace cmssim {

// A fault set from the command line for one bridge (or all, index -1).
struct StartFault
{
    int bridge = -1;
    QString kind;     // latency, errors, busy, down
    double value = 0;
};

// Everything `cms-sim` was asked to do, read from its command line.
struct SimLaunch
{
    ClusterOptions options;
    SeedSpec seed;
    double activityRate = 0;   // actions per second; 0 = no live activity
    QList<StartFault> faults;
    quint16 controlPort = 0;   // 0 = no control port
    bool readStdin = true;
    bool generatedPassword = false;
    QString error;             // set when the command line is wrong
    bool helpShown = false;
};

class SimCommandLine
{
public:
    // arguments[0] is the program name, as in QCoreApplication::arguments().
    static SimLaunch parse(const QStringList &arguments, QString *helpText = nullptr);
};

} // namespace cmssim
