// libFuzzer target for cmsctl's command line: the words of an invocation, read by CtlCommandLine::parse,
// then what cmsctl does with them before anything is sent: each --url read as an address, the TYPE or
// PATH resolved against the schema, the KEY=VALUE pairs of create and update validated, the --filter of
// participants --all folded into terms. Any words give an invocation or a usage error, never a crash or a
// hang, and an accepted invocation holds what the command needs.
//
// Input: the words, separated by NUL bytes (as in argv, which cannot hold one). Leading words
// CMS_URL=… and CMS_USER=… are the environment, as in a shell's `CMS_URL=… cmsctl …`.
#include "api/cmsnode.h"
#include "api/endpoint.h"
#include "config/spacesearchindex.h"
#include "ctlinvocation.h"
#include "ctlparticipantfinder.h"
#include "schema/schema.h"

#include <QByteArray>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

const QStringList kCommands = {QStringLiteral("login"), QStringLiteral("status"), QStringLiteral("bridges"),
                               QStringLiteral("list"),  QStringLiteral("get"),    QStringLiteral("create"),
                               QStringLiteral("update"), QStringLiteral("delete"), QStringLiteral("calls"),
                               QStringLiteral("participants"), QStringLiteral("move"), QStringLiteral("dial"),
                               QStringLiteral("end"), QStringLiteral("mute"), QStringLiteral("watch")};

// A broken property stops the run with the property named, for whoever replays the input.
#define require(condition) \
    ((condition) ? void() : (std::fprintf(stderr, "%s:%d: %s\n", __FILE__, __LINE__, #condition), std::abort()))

// What CtlRunner checks before it sends anything.
void checkBeforeSending(const CtlInvocation &inv)
{
    for (const QString &text : inv.urls) {
        QString problem;
        const QUrl url = cms::Endpoint::parseAddress(text, &problem);
        require(url.isValid() == problem.isEmpty());
    }
    const QString &c = inv.command;
    const bool writes = c == QLatin1String("create") || c == QLatin1String("update");
    if (writes || c == QLatin1String("list") || c == QLatin1String("get") || c == QLatin1String("delete")) {
        const cms::ResolvedPath resolved = cms::Schema::resolvePath(inv.arguments.first());
        if (resolved.isValid()) {
            require(!resolved.apiPath().isEmpty());
            if (writes) {
                const auto mode = c == QLatin1String("create") ? cms::WriteMode::Create : cms::WriteMode::Update;
                for (const int version : {0, 209, 302}) {
                    for (const cms::ValidationIssue &issue : cms::Schema::validate(*resolved.type, inv.assignments, mode, version))
                        require(!issue.message.isEmpty());
                }
            }
        }
    }
    if (c == QLatin1String("participants") && inv.all) {
        const QStringList terms = cms::SpaceSearchIndex::terms(inv.filter);
        for (const QString &term : terms)
            require(!term.isEmpty());
        // Someone whose name is the very text searched for is found.
        cms::CmsNode participant;
        participant.name = QStringLiteral("participant");
        participant.children.append(cms::CmsNode{QStringLiteral("name"), inv.filter, {}, {}});
        require(CtlParticipantFinder::matches(participant, terms));
    }
}

void checkInvocation(const QStringList &words, const CtlInvocation &inv)
{
    require(inv.password.isEmpty());   // never from an argument
    if (inv.helpRequested || inv.versionRequested || !inv.error.isEmpty())
        return;
    require(kCommands.contains(inv.command));
    require(!inv.urls.isEmpty());
    require(!inv.user.isEmpty());
    require(inv.pins.size() <= inv.urls.size());
    for (const QByteArray &pin : inv.pins)
        require(pin.size() == 64);
    require(inv.timeoutSeconds >= 1);
    require(inv.max >= 0);
    const bool writes = inv.command == QLatin1String("create") || inv.command == QLatin1String("update");
    require(writes != inv.assignments.isEmpty());
    for (const auto &assignment : inv.assignments) {
        require(!assignment.first.isEmpty() && !assignment.first.contains(QLatin1Char('=')));
        require(words.contains(assignment.first + QLatin1Char('=') + assignment.second));
    }
    if (inv.command == QLatin1String("move")) {
        require(!inv.to.isEmpty() && !inv.arguments.isEmpty());
        require(QSet<QString>(inv.arguments.cbegin(), inv.arguments.cend()).size() == inv.arguments.size());
    }
    checkBeforeSending(inv);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    QList<QByteArray> parts = bytes.split('\0');
    qunsetenv("CMS_URL");
    qunsetenv("CMS_USER");
    while (!parts.isEmpty() && (parts.first().startsWith("CMS_URL=") || parts.first().startsWith("CMS_USER="))) {
        const QByteArray word = parts.takeFirst();
        const qsizetype eq = word.indexOf('=');
        qputenv(word.left(eq).constData(), word.mid(eq + 1));
    }
    QStringList words;
    for (const QByteArray &part : std::as_const(parts))
        words.append(QString::fromLocal8Bit(part));   // as QCoreApplication reads argv
    QStringList arguments{QStringLiteral("cmsctl")};
    arguments += words;
    checkInvocation(words, CtlCommandLine::parse(arguments));
    return 0;
}
