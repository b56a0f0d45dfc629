// cms-sim: a simulated CMS cluster on loopback, for demos, manual testing and benchmarks.
#include "activitygenerator.h"
#include "controlchannel.h"
#include "datasetseeder.h"
#include "simbridge.h"
#include "simcluster.h"
#include "simcommandline.h"

#include <QCoreApplication>
#include <QThread>

#include <cstdio>
#include <iostream>
#include <string>

namespace {

void print(const QString &text)
{
    std::fputs(text.toUtf8().constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

// Reads control commands from stdin without blocking the event loop (portable, unlike a socket
// notifier on the console handle).
class StdinReader : public QThread
{
    Q_OBJECT
public:
    using QThread::QThread;

Q_SIGNALS:
    void lineRead(const QString &line);

protected:
    void run() override
    {
        std::string line;
        while (std::getline(std::cin, line))
            Q_EMIT lineRead(QString::fromStdString(line));
    }
};

void applyStartFaults(cmssim::SimCluster &cluster, const QList<cmssim::StartFault> &faults)
{
    for (const cmssim::StartFault &f : faults) {
        for (int b = 0; b < cluster.bridgeCount(); ++b) {
            if (f.bridge >= 0 && f.bridge != b)
                continue;
            if (f.kind == QLatin1String("latency"))
                cluster.setLatency(b, int(f.value));
            else if (f.kind == QLatin1String("errors"))
                cluster.setErrorRate(b, f.value);
            else if (f.kind == QLatin1String("busy"))
                cluster.setBusy(b, true);
            else if (f.kind == QLatin1String("down"))
                cluster.setDown(b, true);
        }
    }
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("cms-sim"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CMS_CONSOLE_VERSION));
    QCoreApplication::setOrganizationName(QStringLiteral("CMS Console"));

    QString help;
    const cmssim::SimLaunch launch = cmssim::SimCommandLine::parse(app.arguments(), &help);
    if (launch.helpShown) {
        print(help);
        return 0;
    }
    if (!launch.error.isEmpty()) {
        std::fprintf(stderr, "cms-sim: %s\n", launch.error.toUtf8().constData());
        return 2;
    }

    cmssim::SimCluster cluster(launch.options);
    QString error;
    if (!cluster.start(&error)) {
        std::fprintf(stderr, "cms-sim: %s\n", error.toUtf8().constData());
        return 1;
    }
    const cmssim::SeedResult seeded = cmssim::DatasetSeeder(cluster).seed(launch.seed);
    applyStartFaults(cluster, launch.faults);

    cmssim::ActivityGenerator activity(cluster, launch.options.seed);
    if (launch.activityRate > 0)
        activity.start(launch.activityRate);

    const cmssim::ClusterOptions &o = cluster.options();
    print(QStringLiteral("CMS simulator: %1 call bridge(s) behaving as CMS %2, seed %3")
              .arg(cluster.bridgeCount())
              .arg(o.version.text)
              .arg(o.seed));
    for (int i = 0; i < cluster.bridgeCount(); ++i) {
        cmssim::SimBridge &b = cluster.bridge(i);
        QString line = QStringLiteral("  %1  %2  %3").arg(i + 1).arg(b.name(), -18).arg(b.baseUrl().toString());
        if (!o.plainHttp)
            line += QStringLiteral("  SHA-256 %1").arg(b.certificate().fingerprint());
        print(line);
    }
    for (auto it = o.users.constBegin(); it != o.users.constEnd(); ++it) {
        print(launch.generatedPassword ? QStringLiteral("API user: %1  password: %2 (generated for this run)").arg(it.key(), it.value())
                                       : QStringLiteral("API user: %1 (password as given)").arg(it.key()));
    }
    print(QStringLiteral("Dataset: %1 spaces, %2 users, %3 calls with %4 participants (seeded in %5 ms); live activity %6")
              .arg(seeded.spacesCreated)
              .arg(seeded.usersCreated)
              .arg(seeded.callsStarted)
              .arg(seeded.participantsJoined)
              .arg(seeded.milliseconds)
              .arg(launch.activityRate > 0 ? QStringLiteral("%1/s").arg(launch.activityRate) : QStringLiteral("off")));
    if (!seeded.demoMeetings.summary.isEmpty()) {
        print(QStringLiteral("Demo meetings (the live activity leaves them as they are):"));
        for (const QString &line : seeded.demoMeetings.summary)
            print(QStringLiteral("  ") + line);
    }
    const QString first = cluster.bridge(0).baseUrl().toString();
    const QString user = o.users.constBegin().key();
    print(QStringLiteral("Try:  curl -k -u %1:%2 \"%3/api/v1/coSpaces?limit=50\"")
              .arg(user, launch.generatedPassword ? o.users.constBegin().value() : QStringLiteral("PASSWORD"), first));

    cmssim::ControlChannel control(cluster, &activity);
    QObject::connect(&control, &cmssim::ControlChannel::quitRequested, &app, &QCoreApplication::quit);
    if (launch.controlPort != 0) {
        const quint16 port = control.listen(launch.controlPort);
        if (port == 0) {
            std::fprintf(stderr, "cms-sim: cannot listen on control port %u\n", unsigned(launch.controlPort));
            return 1;
        }
        print(QStringLiteral("Control commands on 127.0.0.1:%1 (one per line)").arg(port));
    }
    StdinReader reader;
    if (launch.readStdin) {
        QObject::connect(&reader, &StdinReader::lineRead, &control, [&control](const QString &line) {
            const QString reply = control.execute(line);
            if (!reply.isEmpty())
                print(reply);
        });
        reader.start();
        print(QStringLiteral("Type help for control commands, quit to stop."));
    }
    const int code = app.exec();
    if (reader.isRunning()) {
        reader.terminate();   // blocked in getline; nothing to clean up in it
        reader.wait();
    }
    return code;
}

#include "main.moc"
