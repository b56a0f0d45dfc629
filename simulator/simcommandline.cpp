#include "simcommandline.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QRandomGenerator>

namespace cmssim {

namespace {

QString randomPassword()
{
    static const char alphabet[] = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    QString out;
    for (int i = 0; i < 16; ++i)
        out.append(QLatin1Char(alphabet[QRandomGenerator::system()->bounded(int(sizeof(alphabet) - 1))]));
    return out;
}

// "50" applies to every bridge, "2:50" to bridge 2 only.
bool readFault(const QString &text, const QString &kind, QList<StartFault> *out)
{
    StartFault f;
    f.kind = kind;
    QString value = text;
    if (text.contains(QLatin1Char(':'))) {
        bool ok = false;
        f.bridge = text.section(QLatin1Char(':'), 0, 0).toInt(&ok) - 1;
        if (!ok || f.bridge < 0)
            return false;
        value = text.section(QLatin1Char(':'), 1);
    }
    bool ok = kind == QLatin1String("busy") || kind == QLatin1String("down");
    if (!ok)
        f.value = value.toDouble(&ok);
    else if (!text.contains(QLatin1Char(':'))) {
        bool isNumber = false;
        f.bridge = text.toInt(&isNumber) - 1;
        ok = isNumber && f.bridge >= 0;
    }
    if (ok)
        out->append(f);
    return ok;
}

int readInt(const QCommandLineParser &p, const QString &name, int fallback, bool *ok)
{
    if (!p.isSet(name))
        return fallback;
    bool good = false;
    const int v = p.value(name).toInt(&good);
    if (!good || v < 0)
        *ok = false;
    return v;
}

} // namespace

SimLaunch SimCommandLine::parse(const QStringList &arguments, QString *helpText)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "Simulated Cisco Meeting Server cluster: the CMS REST API and events WebSocket over HTTPS, one "
        "loopback port per call bridge. Reads control commands on stdin (type help)."));
    p.addHelpOption();
    p.addVersionOption();
    p.addOptions({
        {QStringLiteral("demo"), QStringLiteral("The demo cluster: 3 bridges on ports 9441-9443, a few hundred spaces, live activity.")},
        {QStringLiteral("bridges"), QStringLiteral("Number of call bridges (default 3)."), QStringLiteral("n")},
        {QStringLiteral("cms-version"), QStringLiteral("CMS software version to behave as (default 3.8.1)."), QStringLiteral("version")},
        {QStringLiteral("seed"), QStringLiteral("Seed of ids, data and activity (default 1)."), QStringLiteral("n")},
        {QStringLiteral("address"), QStringLiteral("Address to listen on (default 127.0.0.1)."), QStringLiteral("ip")},
        {QStringLiteral("port"), QStringLiteral("Port of the first bridge; the others follow (default: free ports)."), QStringLiteral("port")},
        {QStringLiteral("user"), QStringLiteral("API user as name:password (repeatable; default admin with a generated password)."), QStringLiteral("name:password")},
        {QStringLiteral("cert"), QStringLiteral("PEM certificate for every bridge (default: generated at start)."), QStringLiteral("file")},
        {QStringLiteral("key"), QStringLiteral("PEM private key for --cert."), QStringLiteral("file")},
        {QStringLiteral("plain-http"), QStringLiteral("Serve plain HTTP instead of HTTPS.")},
        {QStringLiteral("page-cap"), QStringLiteral("Largest page of configuration collections (default 20)."), QStringLiteral("n")},
        {QStringLiteral("live-page-cap"), QStringLiteral("Largest page of calls, call legs, participants (default 10)."), QStringLiteral("n")},
        {QStringLiteral("not-found-404"), QStringLiteral("Answer 404 rather than 400 for unknown ids.")},
        {QStringLiteral("spaced-xml-declaration"), QStringLiteral("Write <?xml version=\"1.0\" ?> as some versions do.")},
        {QStringLiteral("spaces"), QStringLiteral("Spaces to seed."), QStringLiteral("n")},
        {QStringLiteral("users"), QStringLiteral("Users to seed."), QStringLiteral("n")},
        {QStringLiteral("tenants"), QStringLiteral("Tenants to seed."), QStringLiteral("n")},
        {QStringLiteral("call-leg-profiles"), QStringLiteral("Call leg profiles to seed (beside Guest and Host), each set "
                                                              "on some spaces and tenants."), QStringLiteral("n")},
        {QStringLiteral("calls"), QStringLiteral("Live calls to start."), QStringLiteral("n")},
        {QStringLiteral("participants-per-call"), QStringLiteral("Participants in each seeded call."), QStringLiteral("n")},
        {QStringLiteral("guest-host-patterns"), QStringLiteral("Seed the four guest/host access patterns.")},
        {QStringLiteral("demo-meetings"), QStringLiteral("Start the demo meetings: one on several bridges, a lobby, "
                                                         "participants who cannot be moved, a leg with poor media.")},
        {QStringLiteral("activity"), QStringLiteral("Live activity, actions per second (default off)."), QStringLiteral("rate")},
        {QStringLiteral("latency"), QStringLiteral("Delay replies: MS for all bridges or B:MS (repeatable)."), QStringLiteral("[b:]ms")},
        {QStringLiteral("error-rate"), QStringLiteral("Answer a share of requests with 500: R or B:R (repeatable)."), QStringLiteral("[b:]rate")},
        {QStringLiteral("busy"), QStringLiteral("Start bridge B busy (503)."), QStringLiteral("b")},
        {QStringLiteral("down"), QStringLiteral("Start bridge B down."), QStringLiteral("b")},
        {QStringLiteral("control-port"), QStringLiteral("Also accept control commands on this loopback TCP port."), QStringLiteral("port")},
        {QStringLiteral("no-stdin"), QStringLiteral("Do not read control commands from stdin.")},
    });

    SimLaunch launch;
    if (!p.parse(arguments)) {
        launch.error = p.errorText();
        return launch;
    }
    if (helpText)
        *helpText = p.helpText();
    if (p.isSet(QStringLiteral("help"))) {
        launch.helpShown = true;
        return launch;
    }
    if (p.isSet(QStringLiteral("version"))) {
        launch.helpShown = true;
        if (helpText)
            *helpText = QCoreApplication::applicationName() + QLatin1Char(' ') + QCoreApplication::applicationVersion();
        return launch;
    }
    if (!p.positionalArguments().isEmpty()) {
        launch.error = QStringLiteral("unexpected argument: %1").arg(p.positionalArguments().first());
        return launch;
    }

    ClusterOptions &o = launch.options;
    SeedSpec &s = launch.seed;
    quint16 firstPort = 0;
    if (p.isSet(QStringLiteral("demo"))) {
        firstPort = 9441;
        s.tenants = 3;
        s.users = 200;
        s.spaces = 300;
        s.callLegProfiles = 4;
        s.callProfiles = 2;
        s.calls = 12;
        s.participantsPerCall = 4;
        s.guestHostPatterns = true;
        s.demoMeetings = true;
        launch.activityRate = 2;
    }
    bool ok = true;
    o.bridgeCount = readInt(p, QStringLiteral("bridges"), o.bridgeCount, &ok);
    o.seed = quint32(readInt(p, QStringLiteral("seed"), int(o.seed), &ok));
    firstPort = quint16(readInt(p, QStringLiteral("port"), firstPort, &ok));
    o.caps.configuration = readInt(p, QStringLiteral("page-cap"), o.caps.configuration, &ok);
    o.caps.live = readInt(p, QStringLiteral("live-page-cap"), o.caps.live, &ok);
    s.spaces = readInt(p, QStringLiteral("spaces"), s.spaces, &ok);
    s.users = readInt(p, QStringLiteral("users"), s.users, &ok);
    s.tenants = readInt(p, QStringLiteral("tenants"), s.tenants, &ok);
    s.callLegProfiles = readInt(p, QStringLiteral("call-leg-profiles"), s.callLegProfiles, &ok);
    s.calls = readInt(p, QStringLiteral("calls"), s.calls, &ok);
    s.participantsPerCall = readInt(p, QStringLiteral("participants-per-call"), s.participantsPerCall, &ok);
    launch.controlPort = quint16(readInt(p, QStringLiteral("control-port"), 0, &ok));
    if (!ok || o.bridgeCount < 1 || o.caps.configuration < 1 || o.caps.live < 1) {
        launch.error = QStringLiteral("a number option has a value that is not a positive whole number");
        return launch;
    }
    if (p.isSet(QStringLiteral("guest-host-patterns")))
        s.guestHostPatterns = true;
    if (p.isSet(QStringLiteral("demo-meetings")))
        s.demoMeetings = true;
    if (p.isSet(QStringLiteral("activity"))) {
        launch.activityRate = p.value(QStringLiteral("activity")).toDouble(&ok);
        if (!ok || launch.activityRate < 0) {
            launch.error = QStringLiteral("--activity takes a number of actions per second");
            return launch;
        }
    }
    if (p.isSet(QStringLiteral("cms-version"))) {
        o.version = SimVersion::parse(p.value(QStringLiteral("cms-version")));
        if (!o.version.isValid()) {
            launch.error = QStringLiteral("--cms-version takes a version such as 3.8 or 2.9.1");
            return launch;
        }
    }
    if (p.isSet(QStringLiteral("address")) && !o.address.setAddress(p.value(QStringLiteral("address")))) {
        launch.error = QStringLiteral("--address takes an IP address");
        return launch;
    }
    for (int i = 0; i < o.bridgeCount; ++i)
        o.ports.append(firstPort == 0 ? 0 : quint16(firstPort + i));
    for (const QString &user : p.values(QStringLiteral("user"))) {
        const qsizetype colon = user.indexOf(QLatin1Char(':'));
        if (colon <= 0 || colon == user.size() - 1) {
            launch.error = QStringLiteral("--user takes name:password");
            return launch;
        }
        o.users.insert(user.left(colon), user.mid(colon + 1));
    }
    if (o.users.isEmpty()) {
        o.users.insert(QStringLiteral("admin"), randomPassword());
        launch.generatedPassword = true;
    }
    o.certificateFile = p.value(QStringLiteral("cert"));
    o.keyFile = p.value(QStringLiteral("key"));
    if (o.certificateFile.isEmpty() != o.keyFile.isEmpty()) {
        launch.error = QStringLiteral("--cert and --key go together");
        return launch;
    }
    o.plainHttp = p.isSet(QStringLiteral("plain-http"));
    o.notFoundAs404 = p.isSet(QStringLiteral("not-found-404"));
    o.spacedXmlDeclaration = p.isSet(QStringLiteral("spaced-xml-declaration"));
    launch.readStdin = !p.isSet(QStringLiteral("no-stdin"));

    const QList<QPair<QString, QString>> faultOptions = {{QStringLiteral("latency"), QStringLiteral("latency")},
                                                         {QStringLiteral("error-rate"), QStringLiteral("errors")},
                                                         {QStringLiteral("busy"), QStringLiteral("busy")},
                                                         {QStringLiteral("down"), QStringLiteral("down")}};
    for (const auto &option : faultOptions) {
        for (const QString &value : p.values(option.first)) {
            if (!readFault(value, option.second, &launch.faults)) {
                launch.error = QStringLiteral("--%1 has an unreadable value: %2").arg(option.first, value);
                return launch;
            }
        }
    }
    for (const StartFault &f : std::as_const(launch.faults)) {
        if (f.bridge >= o.bridgeCount) {
            launch.error = QStringLiteral("there is no bridge %1").arg(f.bridge + 1);
            return launch;
        }
    }
    return launch;
}

} // namespace cmssim
