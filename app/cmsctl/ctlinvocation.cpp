#include "ctlinvocation.h"

#include "api/endpoint.h"

#include <QCommandLineParser>
#include <QHash>

namespace {
const QStringList kCommands = {QStringLiteral("login"), QStringLiteral("status"), QStringLiteral("bridges"),
                               QStringLiteral("list"),  QStringLiteral("get"),    QStringLiteral("create"),
                               QStringLiteral("update"), QStringLiteral("delete"), QStringLiteral("calls"),
                               QStringLiteral("participants"), QStringLiteral("move"), QStringLiteral("dial"),
                               QStringLiteral("end"), QStringLiteral("mute"), QStringLiteral("watch"),
                               QStringLiteral("usage")};

// How many positional words each command takes (move: at least that many).
int positionalCount(const QString &command, bool all)
{
    if (command == QLatin1String("participants") && all)
        return 0;
    static const QHash<QString, int> counts = {
        {QStringLiteral("list"), 1},   {QStringLiteral("get"), 1},          {QStringLiteral("create"), 1},
        {QStringLiteral("update"), 2}, {QStringLiteral("delete"), 2},       {QStringLiteral("participants"), 1},
        {QStringLiteral("move"), 1},   {QStringLiteral("dial"), 2},         {QStringLiteral("end"), 1},
        {QStringLiteral("mute"), 1},   {QStringLiteral("usage"), 2}};
    return counts.value(command, 0);
}
}

QString CtlCommandLine::usage()
{
    return tr("Usage: cmsctl [--url https://host[:port]]… [--user USER] [--password-stdin] [--pin SHA256]… "
              "[--ca FILE] [--json] [--trace] [--timeout SECONDS] COMMAND …\n"
              "\n"
              "Commands:\n"
              "  login                      check the password and store it in the system keychain\n"
              "  status                     the call bridge's /system/status\n"
              "  bridges                    the cluster's call bridges, discovered through /callBridges\n"
              "  list TYPE [--filter TEXT] [--max N]   every object of a collection (all pages)\n"
              "  get PATH                   one object, e.g. coSpaces/ID\n"
              "  create TYPE KEY=VALUE…     create an object and print its id\n"
              "  update TYPE ID KEY=VALUE…  change only the given fields (KEY= unsets one)\n"
              "  delete TYPE ID             delete an object\n"
              "  calls                      every call of the cluster, one line each with its bridge\n"
              "  participants CALL          the participants of a call\n"
              "  participants --all [--filter TEXT]   every participant of the cluster, with its bridge; --filter keeps\n"
              "                             those with every word of TEXT in their name, address or user (any case or accents)\n"
              "  move PARTICIPANT… --to CALL  move participants to another call, each checked, then verified\n"
              "  dial CALL URI              dial out from a call\n"
              "  end CALL                   end a call for everyone\n"
              "  mute PARTICIPANT [--video] [--off]   mute (or unmute) a participant's audio or video\n"
              "  watch [--max N]            live changes of every call bridge as JSON lines, until interrupted\n"
              "  usage TYPE ID              where a profile is used (TYPE: callLegProfiles, callProfiles or\n"
              "                             dialInSecurityProfiles): global, tenants, spaces, access methods, members, templates\n"
              "\n"
              "TYPE is a collection name as in the API (coSpaces, callLegProfiles…; any case), or a nested one\n"
              "such as coSpaces/ID/accessMethods. The password comes from the keychain (after login), from\n"
              "--password-stdin or from the CMS_PASSWORD environment variable; never from an argument.\n"
              "--url and --user may also come from CMS_URL and CMS_USER. With --json, numbers and true/false\n"
              "are JSON numbers and booleans.\n"
              "Exit codes: 0 done, 1 the server refused (move: someone was not moved), 2 usage or invalid input, "
              "3 connection, TLS or authentication problem.");
}

CtlInvocation CtlCommandLine::parse(const QStringList &arguments)
{
    CtlInvocation inv;
    QCommandLineParser p;
    p.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption url(QStringLiteral("url"), {}, QStringLiteral("url"));
    const QCommandLineOption user(QStringLiteral("user"), {}, QStringLiteral("user"));
    const QCommandLineOption passwordStdin(QStringLiteral("password-stdin"));
    const QCommandLineOption password(QStringLiteral("password"), {}, QStringLiteral("password"));
    const QCommandLineOption pin(QStringLiteral("pin"), {}, QStringLiteral("sha256"));
    const QCommandLineOption ca(QStringLiteral("ca"), {}, QStringLiteral("file"));
    const QCommandLineOption json(QStringLiteral("json"));
    const QCommandLineOption trace(QStringLiteral("trace"));
    const QCommandLineOption timeout(QStringLiteral("timeout"), {}, QStringLiteral("seconds"));
    const QCommandLineOption filter(QStringLiteral("filter"), {}, QStringLiteral("text"));
    const QCommandLineOption all(QStringLiteral("all"));
    const QCommandLineOption max(QStringLiteral("max"), {}, QStringLiteral("n"));
    const QCommandLineOption to(QStringLiteral("to"), {}, QStringLiteral("call"));
    const QCommandLineOption video(QStringLiteral("video"));
    const QCommandLineOption off(QStringLiteral("off"));
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")});
    const QCommandLineOption version(QStringList{QStringLiteral("v"), QStringLiteral("version")});
    p.addOptions({url, user, passwordStdin, password, pin, ca, json, trace, timeout, filter, all, max, to, video, off,
                  help, version});

    if (!p.parse(arguments)) {
        inv.error = p.errorText();
        return inv;
    }
    if (p.isSet(help)) {
        inv.helpRequested = true;
        return inv;
    }
    if (p.isSet(version)) {
        inv.versionRequested = true;
        return inv;
    }
    if (p.isSet(password)) {
        inv.error = tr("A password is never taken from an argument (it would show in the process list and the "
                       "shell history). Use --password-stdin, CMS_PASSWORD or cmsctl login.");
        return inv;
    }
    inv.urls = p.values(url);
    if (inv.urls.isEmpty() && qEnvironmentVariableIsSet("CMS_URL"))
        inv.urls = qEnvironmentVariable("CMS_URL").split(QLatin1Char(','), Qt::SkipEmptyParts);
    inv.user = p.isSet(user) ? p.value(user) : qEnvironmentVariable("CMS_USER");
    inv.passwordFromStdin = p.isSet(passwordStdin);
    inv.caFile = p.value(ca);
    inv.json = p.isSet(json);
    inv.trace = p.isSet(trace);
    inv.filter = p.value(filter);
    inv.all = p.isSet(all);
    inv.to = p.value(to);
    inv.video = p.isSet(video);
    inv.off = p.isSet(off);

    const QStringList pins = p.values(pin);
    if (pins.size() > inv.urls.size()) {
        inv.error = tr("Give --pin once per --url, in the same order: %Ln pin(s) given for fewer addresses.", nullptr,
                       int(pins.size()));
        return inv;
    }
    for (const QString &text : pins) {
        const QByteArray hex = cms::Endpoint::normalizeFingerprint(text);
        if (hex.isEmpty()) {
            inv.error = tr("“%1” is not a SHA-256 fingerprint: give 64 hexadecimal digits, with or without colons.").arg(text);
            return inv;
        }
        inv.pins.append(hex);
    }
    if (p.isSet(timeout)) {
        bool ok = false;
        inv.timeoutSeconds = p.value(timeout).toInt(&ok);
        if (!ok || inv.timeoutSeconds < 1) {
            inv.error = tr("--timeout takes a whole number of seconds, at least 1.");
            return inv;
        }
    }
    if (p.isSet(max)) {
        bool ok = false;
        inv.max = p.value(max).toLongLong(&ok);
        if (!ok || inv.max < 1) {
            inv.error = tr("--max takes a whole number, at least 1.");
            return inv;
        }
    }

    QStringList words = p.positionalArguments();
    if (words.isEmpty()) {
        inv.error = tr("No command given.");
        return inv;
    }
    inv.command = words.takeFirst().toLower();
    if (!kCommands.contains(inv.command)) {
        inv.error = tr("Unknown command “%1”.").arg(inv.command);
        return inv;
    }
    if (inv.urls.isEmpty()) {
        inv.error = tr("No call bridge address: give --url https://host[:port] or set CMS_URL.");
        return inv;
    }
    if (inv.user.isEmpty()) {
        inv.error = tr("No API user: give --user or set CMS_USER.");
        return inv;
    }

    // The command's own words: positional ones, then key=value assignments for create and update.
    const bool writes = inv.command == QLatin1String("create") || inv.command == QLatin1String("update");
    if (inv.all && inv.command != QLatin1String("participants")) {
        inv.error = tr("--all goes with the participants command only.");
        return inv;
    }
    const bool several = inv.command == QLatin1String("move");
    const int positional = positionalCount(inv.command, inv.all);
    for (const QString &w : std::as_const(words)) {
        if (several && inv.arguments.contains(w))
            continue;   // moving someone twice would fail the second time
        if (writes && inv.arguments.size() >= positional) {
            const qsizetype eq = w.indexOf(QLatin1Char('='));
            if (eq <= 0) {
                inv.error = tr("“%1” is not a KEY=VALUE pair.").arg(w);
                return inv;
            }
            inv.assignments.append({w.left(eq), w.mid(eq + 1)});
        } else {
            inv.arguments.append(w);
        }
    }
    if (several ? inv.arguments.size() < positional : inv.arguments.size() != positional) {
        inv.error = tr("Wrong number of arguments for “%1”.").arg(inv.command);
        return inv;
    }
    if (inv.command == QLatin1String("move") && inv.to.isEmpty()) {
        inv.error = tr("move needs the target call: --to CALL.");
        return inv;
    }
    if (inv.command == QLatin1String("create") && inv.assignments.isEmpty()) {
        inv.error = tr("Nothing to create: give KEY=VALUE pairs.");
        return inv;
    }
    if (inv.command == QLatin1String("update") && inv.assignments.isEmpty()) {
        inv.error = tr("Nothing to change: give KEY=VALUE pairs.");
        return inv;
    }
    return inv;
}
