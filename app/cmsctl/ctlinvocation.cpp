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
                               QStringLiteral("usage"), QStringLiteral("guesthost")};

// How many positional words each command takes (move: at least that many).
int positionalCount(const QString &command, bool all)
{
    if (command == QLatin1String("participants") && all)
        return 0;
    static const QHash<QString, int> counts = {
        {QStringLiteral("list"), 1},   {QStringLiteral("get"), 1},          {QStringLiteral("create"), 1},
        {QStringLiteral("update"), 2}, {QStringLiteral("delete"), 2},       {QStringLiteral("participants"), 1},
        {QStringLiteral("move"), 1},   {QStringLiteral("dial"), 2},         {QStringLiteral("end"), 1},
        {QStringLiteral("mute"), 1},   {QStringLiteral("usage"), 2},
        {QStringLiteral("guesthost"), 2}};
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
              "  guesthost apply SPACE --pattern N [options] [--yes]   separate guest and host access to a space:\n"
              "                             prints the plan; --yes runs it (undone entirely if a step fails).\n"
              "                             N: 1 different URIs, 2 one URI and two PINs, 3 one URI and no guest PIN,\n"
              "                             4 the host is a member. SPACE is a space's id, or with --create a new space's name.\n"
              "                             Options: --uri --call-id (the guests'), --host-uri --host-call-id,\n"
              "                             --passcode-mode required|timeout --passcode-timeout SECONDS,\n"
              "                             --host-jid USER, --deactivation-mode deactivate|disconnect|remainActivated\n"
              "                             PINs are never arguments: at a terminal cmsctl asks for them (twice, not\n"
              "                             shown); otherwise it reads stdin to its end, one line per PIN:\n"
              "                             guest-pin=DIGITS and host-pin=DIGITS (after the password line with\n"
              "                             --password-stdin). Give </dev/null when there are none.\n"
              "  guesthost check SPACE      which pattern the space follows and what keeps guests or hosts out, each\n"
              "                             problem with its fix\n"
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
    const QCommandLineOption yes(QStringLiteral("yes"));
    const QCommandLineOption create(QStringLiteral("create"));
    const QCommandLineOption pattern(QStringLiteral("pattern"), {}, QStringLiteral("n"));
    const QCommandLineOption uri(QStringLiteral("uri"), {}, QStringLiteral("uri"));
    const QCommandLineOption callId(QStringLiteral("call-id"), {}, QStringLiteral("digits"));
    const QCommandLineOption hostUri(QStringLiteral("host-uri"), {}, QStringLiteral("uri"));
    const QCommandLineOption hostCallId(QStringLiteral("host-call-id"), {}, QStringLiteral("digits"));
    const QCommandLineOption guestPin(QStringLiteral("guest-pin"), {}, QStringLiteral("digits"));
    const QCommandLineOption hostPin(QStringLiteral("host-pin"), {}, QStringLiteral("digits"));
    const QCommandLineOption passcodeMode(QStringLiteral("passcode-mode"), {}, QStringLiteral("mode"));
    const QCommandLineOption passcodeTimeout(QStringLiteral("passcode-timeout"), {}, QStringLiteral("seconds"));
    const QCommandLineOption hostJid(QStringLiteral("host-jid"), {}, QStringLiteral("user"));
    const QCommandLineOption deactivationMode(QStringLiteral("deactivation-mode"), {}, QStringLiteral("mode"));
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")});
    const QCommandLineOption version(QStringList{QStringLiteral("v"), QStringLiteral("version")});
    p.addOptions({url, user, passwordStdin, password, pin, ca, json, trace, timeout, filter, all, max, to, video, off,
                  yes, create, pattern, uri, callId, hostUri, hostCallId, guestPin, hostPin, passcodeMode, passcodeTimeout,
                  hostJid, deactivationMode, help, version});

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
    if (p.isSet(guestPin) || p.isSet(hostPin)) {
        inv.error = tr("A PIN is never taken from an argument (it would show in the process list and the shell "
                       "history). guesthost apply asks for the PINs at a terminal, or reads guest-pin=DIGITS and "
                       "host-pin=DIGITS lines from stdin.");
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
    inv.yes = p.isSet(yes);
    cms::GuestHostSettings &gh = inv.guestHost;
    gh.spaceUri = p.value(uri);
    gh.spaceCallId = p.value(callId);
    gh.hostUri = p.value(hostUri);
    gh.hostCallId = p.value(hostCallId);
    gh.passcodeMode = p.value(passcodeMode);
    gh.hostJid = p.value(hostJid);
    if (p.isSet(deactivationMode))
        gh.deactivationMode = p.value(deactivationMode);
    if (p.isSet(passcodeTimeout)) {
        bool ok = false;
        gh.passcodeTimeout = p.value(passcodeTimeout).toInt(&ok);
        if (!ok || gh.passcodeTimeout < 1) {
            inv.error = tr("--passcode-timeout takes a whole number of seconds, at least 1.");
            return inv;
        }
    }

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
    if (inv.command == QLatin1String("guesthost")) {
        const QString action = inv.arguments.first();
        if (action != QLatin1String("apply") && action != QLatin1String("check")) {
            inv.error = tr("guesthost takes apply or check, not “%1”.").arg(action);
            return inv;
        }
        if (action == QLatin1String("apply")) {
            bool ok = false;
            const int number = p.value(pattern).toInt(&ok);
            if (!ok || number < 1 || number > 4) {
                inv.error = tr("guesthost apply needs --pattern 1, 2, 3 or 4.");
                return inv;
            }
            gh.pattern = cms::GuestHostSettings::Pattern(number);
            if (p.isSet(create))
                gh.spaceName = inv.arguments.at(1);
            else
                gh.spaceId = inv.arguments.at(1);
            // The PINs are read after the command line (CtlPinInput); the command checks them then.
            QStringList reasons;
            for (const cms::GuestHostIssue &issue : cms::GuestHostInputs::check(gh)) {
                if (issue.field != cms::GuestHostField::guestPin && issue.field != cms::GuestHostField::hostPin)
                    reasons.append(issue.reason);
            }
            if (!reasons.isEmpty()) {
                inv.error = reasons.join(QLatin1Char('\n'));
                return inv;
            }
        }
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
