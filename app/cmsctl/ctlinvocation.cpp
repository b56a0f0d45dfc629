#include "ctlinvocation.h"

#include "api/endpoint.h"

#include <QCommandLineParser>
#include <QFile>
#include <QHash>

#include <tuple>

namespace {
const QStringList kCommands = {QStringLiteral("login"), QStringLiteral("status"), QStringLiteral("bridges"),
                               QStringLiteral("list"),  QStringLiteral("get"),    QStringLiteral("create"),
                               QStringLiteral("update"), QStringLiteral("delete"), QStringLiteral("calls"),
                               QStringLiteral("participants"), QStringLiteral("move"), QStringLiteral("dial"),
                               QStringLiteral("end"), QStringLiteral("mute"), QStringLiteral("watch"),
                               QStringLiteral("usage"), QStringLiteral("guesthost"),
                               QStringLiteral("meeting")};

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
              "                             problem with its fix; --pattern N: the pattern it is meant to follow\n"
              "\n"
              "TYPE is a collection name as in the API (coSpaces, callLegProfiles…; any case), or a nested one\n"
              "such as coSpaces/ID/accessMethods. The password comes from the keychain (after login), from\n"
              "--password-stdin or from the CMS_PASSWORD environment variable; never from an argument.\n"
              "--url and --user may also come from CMS_URL and CMS_USER. With --json, numbers and true/false\n"
              "are JSON numbers and booleans.\n"
              "Exit codes: 0 done, 1 the server refused (move: someone was not moved), 2 usage or invalid input, "
              "3 connection, TLS or authentication problem.")
        + QStringLiteral("\n\n")
        + tr("Meeting commands (placeholder pools and scheduled meetings):\n"
              "  meeting pool create --name-pattern P --uri-pattern P [--call-id-pattern P] --count N [--first N]\n"
              "                             [--call-profile ID] [--call-leg-profile ID] [--tenant ID] [--yes]\n"
              "                             placeholder spaces made by one bulk sync (each pattern holds $index$ once)\n"
              "  meeting pool grow NAME-PATTERN --count N [--yes]   a new range after the pool's last index\n"
              "  meeting pool remove NAME-PATTERN [--yes]   every placeholder of the pool, then its parameter sets\n"
              "  meeting pool list [NAME-PATTERN] [--deep]   the pools; with a pool, each placeholder: free, in a\n"
              "                             meeting (participants, bridge) or inconsistent (why); --deep reads every space\n"
              "  meeting start SPACE --name TEXT [--passcode-stdin] [--dial URI]… [--dial-file FILE] [--bridge N] [--yes]\n"
              "                             fill in the space, a new secret, start its call (on --url number N) and dial out\n"
              "  meeting extend SPACE [--name TEXT] [--passcode-stdin] [--yes]   put the meeting's values again\n"
              "  meeting end SPACE [--placeholder-name TEXT] [--yes]   put the placeholder back (new secret), end the call\n"
              "                             Meeting commands print the plan and change nothing without --yes. A passcode\n"
              "                             is never an argument: --passcode-stdin asks for it without echo on a terminal,\n"
              "                             else reads the next line of stdin (after the password with --password-stdin).");
}

QString CtlCommandLine::parseMeeting(const QStringList &words, CtlInvocation &inv)
{
    CtlMeetingArgs &m = inv.meeting;
    const QString verb = words.value(0);
    QStringList rest = words.mid(1);
    if (verb == QLatin1String("pool")) {
        const QString action = rest.isEmpty() ? QString() : rest.takeFirst();
        if (action != QLatin1String("create") && action != QLatin1String("grow") && action != QLatin1String("remove")
            && action != QLatin1String("list"))
            return tr("meeting pool takes create, grow, remove or list, not “%1”.").arg(action);
        m.action = QStringLiteral("pool-") + action;
        if (action == QLatin1String("create")) {
            if (!rest.isEmpty())
                return tr("Wrong number of arguments for “%1”.").arg(QStringLiteral("meeting pool create"));
            if (m.count < 1)
                return tr("meeting pool create needs --count N.");
            const QStringList problems = m.pool.problems({{}, m.first, m.first + m.count - 1});
            return problems.join(QLatin1Char('\n'));
        }
        if (action == QLatin1String("list") && rest.isEmpty())
            return {};
        if (rest.size() != 1)
            return tr("Wrong number of arguments for “%1”.").arg(QStringLiteral("meeting pool ") + action);
        m.pool.nameMapping = rest.first();
        if (action == QLatin1String("grow") && m.count < 1)
            return tr("meeting pool grow needs --count N.");
        return {};
    }
    if (verb != QLatin1String("start") && verb != QLatin1String("extend") && verb != QLatin1String("end"))
        return tr("meeting takes pool, start, extend or end, not “%1”.").arg(verb);
    m.action = verb;
    if (rest.size() != 1)
        return tr("Wrong number of arguments for “%1”.").arg(QStringLiteral("meeting ") + verb);
    m.spaceId = rest.first();
    if (verb == QLatin1String("start") && m.settings.name.trimmed().isEmpty())
        return tr("meeting start needs the meeting's name: --name TEXT.");
    if (verb == QLatin1String("end") && m.passcodeFromStdin)
        return tr("meeting end takes no passcode: it removes the meeting's.");
    return {};
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
    const QCommandLineOption namePattern(QStringLiteral("name-pattern"), {}, QStringLiteral("pattern"));
    const QCommandLineOption uriPattern(QStringLiteral("uri-pattern"), {}, QStringLiteral("pattern"));
    const QCommandLineOption callIdPattern(QStringLiteral("call-id-pattern"), {}, QStringLiteral("pattern"));
    const QCommandLineOption count(QStringLiteral("count"), {}, QStringLiteral("n"));
    const QCommandLineOption first(QStringLiteral("first"), {}, QStringLiteral("n"));
    const QCommandLineOption callProfile(QStringLiteral("call-profile"), {}, QStringLiteral("id"));
    const QCommandLineOption callLegProfile(QStringLiteral("call-leg-profile"), {}, QStringLiteral("id"));
    const QCommandLineOption tenant(QStringLiteral("tenant"), {}, QStringLiteral("id"));
    const QCommandLineOption deep(QStringLiteral("deep"));
    const QCommandLineOption name(QStringLiteral("name"), {}, QStringLiteral("text"));
    const QCommandLineOption passcodeStdin(QStringLiteral("passcode-stdin"));
    const QCommandLineOption passcode(QStringLiteral("passcode"), {}, QStringLiteral("passcode"));
    const QCommandLineOption dial(QStringLiteral("dial"), {}, QStringLiteral("uri"));
    const QCommandLineOption dialFile(QStringLiteral("dial-file"), {}, QStringLiteral("file"));
    const QCommandLineOption bridge(QStringLiteral("bridge"), {}, QStringLiteral("n"));
    const QCommandLineOption placeholderName(QStringLiteral("placeholder-name"), {}, QStringLiteral("text"));
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")});
    const QCommandLineOption version(QStringList{QStringLiteral("v"), QStringLiteral("version")});
    p.addOptions({url, user, passwordStdin, password, pin, ca, json, trace, timeout, filter, all, max, to, video, off,
                  yes, create, pattern, uri, callId, hostUri, hostCallId, guestPin, hostPin, passcodeMode, passcodeTimeout,
                  hostJid, deactivationMode, namePattern, uriPattern, callIdPattern, count, first, callProfile,
                  callLegProfile, tenant, deep, name, passcodeStdin, passcode, dial, dialFile, bridge, placeholderName,
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
    if (p.isSet(guestPin) || p.isSet(hostPin)) {
        inv.error = tr("A PIN is never taken from an argument (it would show in the process list and the shell "
                       "history). guesthost apply asks for the PINs at a terminal, or reads guest-pin=DIGITS and "
                       "host-pin=DIGITS lines from stdin.");
        return inv;
    }
    if (p.isSet(passcode)) {
        inv.error = tr("A passcode is never taken from an argument (it would show in the process list and the "
                       "shell history). Use --passcode-stdin.");
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
    CtlMeetingArgs &m = inv.meeting;
    m.pool.nameMapping = p.value(namePattern);
    m.pool.uriMapping = p.value(uriPattern);
    m.pool.callIdMapping = p.value(callIdPattern);
    m.pool.callProfile = p.value(callProfile);
    m.pool.callLegProfile = p.value(callLegProfile);
    m.pool.tenant = p.value(tenant);
    m.deep = p.isSet(deep);
    m.settings.name = p.value(name);
    m.settings.addresses = p.values(dial);
    m.passcodeFromStdin = p.isSet(passcodeStdin);
    m.placeholderName = p.value(placeholderName);
    for (const auto &[option, target, minimum] : {std::tuple{&count, &m.count, 1}, std::tuple{&first, &m.first, 0},
                                                  std::tuple{&bridge, &m.bridge, 1}}) {
        if (!p.isSet(*option))
            continue;
        bool ok = false;
        *target = p.value(*option).toInt(&ok);
        if (!ok || *target < minimum) {
            //: %1: the option, %2: its smallest value
            inv.error = tr("--%1 takes a whole number, at least %2.").arg(option->names().first()).arg(minimum);
            return inv;
        }
    }
    if (p.isSet(bridge))
        m.bridge -= 1;   // --bridge counts from 1, as the --url options are given
    if (p.isSet(dialFile)) {
        QFile file(p.value(dialFile));
        if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
            inv.error = tr("The list of addresses “%1” cannot be read: %2").arg(file.fileName(), file.errorString());
            return inv;
        }
        // One address a line; blank lines and lines starting with # are skipped.
        for (const QString &line : QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'))) {
            const QString address = line.trimmed();
            if (!address.isEmpty() && !address.startsWith(QLatin1Char('#')))
                m.settings.addresses.append(address);
        }
    }
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
    if (inv.command == QLatin1String("meeting")) {
        inv.error = parseMeeting(words, inv);
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
        if (action == QLatin1String("check") && p.isSet(pattern)) {
            bool ok = false;
            inv.intendedPattern = p.value(pattern).toInt(&ok);
            if (!ok || inv.intendedPattern < 1 || inv.intendedPattern > 4) {
                inv.error = tr("guesthost check takes --pattern 1, 2, 3 or 4, or no --pattern.");
                return inv;
            }
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
