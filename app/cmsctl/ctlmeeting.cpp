#include "ctlmeeting.h"

#include "meetings/meetingoperations.h"
#include "meetings/placeholderpoolreader.h"
#include "meetings/pooloperations.h"
#include "net/connection.h"

#include <QJsonArray>
#include <QJsonObject>

namespace {

QJsonArray toJson(const QStringList &lines)
{
    QJsonArray array;
    for (const QString &line : lines)
        array.append(line);
    return array;
}

QString outcomeName(const cms::OperationResult &result)
{
    using Outcome = cms::OperationResult::Outcome;
    switch (result.outcome) {
    case Outcome::Succeeded: return QStringLiteral("succeeded");
    case Outcome::Refused: return QStringLiteral("refused");
    case Outcome::RolledBack: return QStringLiteral("rolledBack");
    case Outcome::RollbackIncomplete: return QStringLiteral("rollbackIncomplete");
    case Outcome::Cancelled: return QStringLiteral("cancelled");
    }
    return {};
}

QString kindKey(cms::PlaceholderState::Kind kind)
{
    switch (kind) {
    case cms::PlaceholderState::Kind::Free: return QStringLiteral("free");
    case cms::PlaceholderState::Kind::InMeeting: return QStringLiteral("inMeeting");
    case cms::PlaceholderState::Kind::Inconsistent: return QStringLiteral("inconsistent");
    }
    return {};
}

QString rangesText(const cms::PlaceholderPool &pool)
{
    QStringList ranges;
    for (const cms::PlaceholderPool::Range &r : pool.ranges)
        ranges.append(QStringLiteral("%1–%2").arg(r.start).arg(r.end));
    return ranges.join(QStringLiteral(", "));
}

} // namespace

CtlMeeting::CtlMeeting(const CtlInvocation &invocation, cms::Connection &connection, CtlOutput &output, QObject *parent)
    : QObject(parent)
    , m_inv(invocation)
    , m_connection(connection)
    , m_output(output)
{
}

void CtlMeeting::run()
{
    const CtlMeetingArgs &m = m_inv.meeting;
    const QString &action = m.action;
    using Mode = cms::PoolAddRangeOperation::Mode;
    if (action == QLatin1String("pool-list")) {
        if (m.pool.nameMapping.isEmpty())
            listPools();
        else
            listPlaceholders();
    } else if (action == QLatin1String("pool-create") || action == QLatin1String("pool-grow")) {
        const bool create = action == QLatin1String("pool-create");
        auto *operation = new cms::PoolAddRangeOperation(m_connection, create ? Mode::Create : Mode::Grow, m.pool,
                                                         m.count, m.first, this);
        connect(operation, &cms::PoolBulkOperation::syncStatusChanged, this, [this](const QString &, const QString &sentence) {
            m_output.message(QStringLiteral("  ") + sentence);
        });
        carryOut(operation, {{QStringLiteral("action"), action}, {QStringLiteral("namePattern"), m.pool.nameMapping}});
    } else if (action == QLatin1String("pool-remove")) {
        auto *operation = new cms::PoolRemoveOperation(m_connection, m.pool.nameMapping, this);
        connect(operation, &cms::PoolBulkOperation::syncStatusChanged, this, [this](const QString &, const QString &sentence) {
            m_output.message(QStringLiteral("  ") + sentence);
        });
        carryOut(operation, {{QStringLiteral("action"), action}, {QStringLiteral("namePattern"), m.pool.nameMapping}});
    } else if (action == QLatin1String("start")) {
        auto *operation = new cms::MeetingStartOperation(m_connection, m.spaceId, m.settings, m.bridge, this);
        connect(operation, &cms::MeetingStartOperation::legProgress, this,
                [this](int, const QString &, const QString &, const QString &text) { m_output.message(QStringLiteral("  ") + text); });
        carryOut(operation, {{QStringLiteral("action"), action}, {QStringLiteral("spaceId"), m.spaceId}});
    } else if (action == QLatin1String("extend")) {
        carryOut(new cms::MeetingExtendOperation(m_connection, m.spaceId, m.settings, this),
                 {{QStringLiteral("action"), action}, {QStringLiteral("spaceId"), m.spaceId}});
    } else {
        carryOut(new cms::MeetingEndOperation(m_connection, m.spaceId, m.placeholderName, this),
                 {{QStringLiteral("action"), action}, {QStringLiteral("spaceId"), m.spaceId}});
    }
}

void CtlMeeting::listPools()
{
    auto *reader = new cms::PlaceholderPoolReader(m_connection, this);
    connect(reader, &cms::PlaceholderPoolReader::finished, this, [this, reader] {
        if (!reader->error().isOk()) {
            done(reader->error());
            return;
        }
        QJsonArray pools;
        for (const cms::PlaceholderPool &pool : reader->pools()) {
            //: %1: name pattern, %2: URI pattern, %3: number of placeholders, %4: the index ranges
            m_output.message(tr("%1  %2  %Ln placeholder(s): %3", nullptr, pool.size())
                                 .arg(pool.nameMapping, pool.uriMapping, rangesText(pool)));
            QJsonArray ranges;
            for (const cms::PlaceholderPool::Range &r : pool.ranges)
                ranges.append(QJsonObject{{QStringLiteral("start"), r.start}, {QStringLiteral("end"), r.end},
                                          {QStringLiteral("parameterSet"), r.parameterSetId}});
            pools.append(QJsonObject{{QStringLiteral("namePattern"), pool.nameMapping},
                                     {QStringLiteral("uriPattern"), pool.uriMapping},
                                     {QStringLiteral("callIdPattern"), pool.callIdMapping},
                                     {QStringLiteral("size"), pool.size()},
                                     {QStringLiteral("ranges"), ranges}});
        }
        if (reader->pools().isEmpty())
            m_output.message(tr("No placeholder pool: the cluster has no bulk parameter set."));
        m_output.jsonResult({{QStringLiteral("pools"), pools}});
        done();
    });
    reader->readPools();
}

void CtlMeeting::listPlaceholders()
{
    auto *reader = new cms::PlaceholderPoolReader(m_connection, this);
    reader->setDeepCheck(m_inv.meeting.deep);
    connect(reader, &cms::PlaceholderPoolReader::finished, this, [this, reader] {
        if (!reader->error().isOk()) {
            done(reader->error());
            return;
        }
        const QString wanted = m_inv.meeting.pool.nameMapping;
        const auto &pools = reader->pools();
        const auto pool = std::find_if(pools.cbegin(), pools.cend(),
                                       [&](const cms::PlaceholderPool &p) { return p.nameMapping == wanted; });
        if (pool == pools.cend()) {
            done(cms::CmsError::invalidInput({}, tr("No pool has the name pattern “%1”.").arg(wanted)));
            return;
        }
        auto *states = new cms::PlaceholderPoolReader(m_connection, this);
        states->setDeepCheck(m_inv.meeting.deep);
        connect(states, &cms::PlaceholderPoolReader::finished, this, [this, states] {
            if (!states->error().isOk()) {
                done(states->error());
                return;
            }
            QJsonArray rows;
            int counts[3] = {0, 0, 0};
            for (const cms::PlaceholderState &s : states->states()) {
                ++counts[int(s.kind)];
                QString line = QStringLiteral("%1  %2  %3  %4").arg(s.index).arg(s.spaceId.isEmpty() ? s.placeholderName : s.name,
                                                                                s.placeholderUri, cms::PlaceholderState::kindName(s.kind));
                if (s.inMeeting())
                    //: %n participants of a meeting, %1: the call bridge
                    line += QStringLiteral("  ") + tr("%n participant(s) on %1", nullptr, s.meeting.participants)
                                                       .arg(m_connection.endpoints().at(s.meeting.endpointIndex).key());
                for (const QString &problem : s.problems)
                    line += QStringLiteral("\n    ") + problem;
                m_output.message(line);
                QJsonObject row{{QStringLiteral("index"), s.index},
                                {QStringLiteral("spaceId"), s.spaceId},
                                {QStringLiteral("name"), s.name},
                                {QStringLiteral("uri"), s.placeholderUri},
                                {QStringLiteral("state"), kindKey(s.kind)},
                                {QStringLiteral("problems"), toJson(s.problems)}};
                if (s.inMeeting()) {
                    row.insert(QStringLiteral("callId"), s.meeting.callId);
                    row.insert(QStringLiteral("participants"), s.meeting.participants);
                    row.insert(QStringLiteral("bridge"), m_connection.endpoints().at(s.meeting.endpointIndex).key());
                }
                rows.append(row);
            }
            for (const QString &problem : states->bridgeProblems())
                m_output.message(problem);
            //: %1 free, %2 in a meeting, %3 inconsistent placeholders
            m_output.message(tr("Free: %1, in a meeting: %2, inconsistent: %3.").arg(counts[0]).arg(counts[1]).arg(counts[2]));
            m_output.jsonResult({{QStringLiteral("placeholders"), rows},
                                 {QStringLiteral("bridgeProblems"), toJson(states->bridgeProblems())}});
            done();
        });
        states->readStates(*pool);
    });
    reader->readPools();
}

void CtlMeeting::carryOut(cms::Operation *operation, const QJsonObject &what)
{
    connect(operation, &cms::Operation::stepStarted, this, [this](int index, const QString &description) {
        //: %1: step number, %2: the step
        m_output.message(tr("Step %1: %2").arg(index + 1).arg(description));
    });
    connect(operation, &cms::Operation::finished, this,
            [this, operation, what](const cms::OperationResult &result) { ended(operation, result, what); });
    connect(operation, &cms::Operation::planned, this, [this, operation, what] {
        const QStringList steps = operation->preview();
        m_output.message(tr("Plan:"));
        if (auto *meeting = qobject_cast<cms::MeetingOperation *>(operation)) {
            for (const QString &note : meeting->notes())
                m_output.message(QStringLiteral("  ") + note);
        }
        for (qsizetype i = 0; i < steps.size(); ++i)
            m_output.message(QStringLiteral("  %1. %2").arg(i + 1).arg(steps.at(i)));
        if (m_inv.yes) {
            operation->execute();
            return;
        }
        m_output.message(tr("Nothing was changed: run again with --yes to carry out these steps."));
        QJsonObject line = what;
        line.insert(QStringLiteral("plan"), toJson(steps));
        line.insert(QStringLiteral("applied"), false);
        m_output.jsonResult(line);
        done();
    });
    operation->plan();
}

void CtlMeeting::ended(cms::Operation *operation, const cms::OperationResult &result, const QJsonObject &what)
{
    if (m_finished)
        return;
    if (result.outcome == cms::OperationResult::Outcome::Refused) {
        done(result.error.isOk() ? cms::CmsError::invalidInput({}, result.message) : result.error);
        return;
    }
    QJsonObject line = what;
    line.insert(QStringLiteral("plan"), toJson(operation->preview()));
    line.insert(QStringLiteral("applied"), result.succeeded());
    line.insert(QStringLiteral("outcome"), outcomeName(result));
    line.insert(QStringLiteral("failedStep"), result.failedStep);
    line.insert(QStringLiteral("message"), result.message);
    line.insert(QStringLiteral("leftBehind"), toJson(result.undoProblems));
    if (auto *meeting = qobject_cast<cms::MeetingOperation *>(operation)) {
        line.insert(QStringLiteral("callId"), meeting->callId());
        line.insert(QStringLiteral("bridge"), meeting->endpointIndex() >= 0
                                                  ? m_connection.endpoints().at(meeting->endpointIndex()).key() : QString());
        line.insert(QStringLiteral("notes"), toJson(meeting->notes()));
    }
    if (auto *start = qobject_cast<cms::MeetingStartOperation *>(operation))
        line.insert(QStringLiteral("callLegs"), toJson(start->callLegIds()));
    if (auto *add = qobject_cast<cms::PoolAddRangeOperation *>(operation)) {
        line.insert(QStringLiteral("start"), add->range().start);
        line.insert(QStringLiteral("end"), add->range().end);
        line.insert(QStringLiteral("parameterSet"), add->parameterSetId());
    }
    m_output.jsonResult(line);
    if (result.succeeded()) {
        m_output.message(tr("Done."));
        done();
        return;
    }
    // The message says which step failed and what was undone; the exit code says refused.
    m_output.usageError(result.message);
    for (const QString &left : result.undoProblems)
        m_output.usageError(left);
    m_finished = true;
    Q_EMIT finishedWithCode(1);
}

void CtlMeeting::done(const cms::CmsError &error)
{
    if (m_finished)
        return;
    m_finished = true;
    Q_EMIT finished(error);
}
