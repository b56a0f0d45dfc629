#include "meetings/pooloperations.h"

#include "api/bidi.h"
#include "api/cmsreply.h"
#include "api/cmsrequest.h"
#include "meetings/bulksyncstatus.h"
#include "meetings/placeholderpoolreader.h"
#include "net/connection.h"

#include <QTimer>

namespace cms {

namespace {

const QString kSets = QStringLiteral("cospaceBulkParameterSets");
const QString kSyncs = QStringLiteral("cospaceBulkSyncs");

StepOutcome replyOutcome(const CmsReply &reply)
{
    return StepOutcome{reply.error(), {}};
}

} // namespace

void PoolBulkOperation::setPollIntervals(int firstMs, int maxMs)
{
    m_firstPollMs = qMax(1, firstMs);
    m_maxPollMs = qMax(m_firstPollMs, maxMs);
}

void PoolBulkOperation::readPools(const Completion &done, const std::function<void(const QList<PlaceholderPool> &)> &found)
{
    auto *reader = new PlaceholderPoolReader(connection(), this);
    connect(reader, &PlaceholderPoolReader::finished, this, [this, reader, done, found] {
        reader->deleteLater();
        if (isFinished() || finishIfClosed())
            return;
        if (!reader->error().isOk()) {
            done(StepOutcome{reader->error(), {}});
            return;
        }
        found(reader->pools());
    });
    reader->readPools();
}

void PoolBulkOperation::addCreateSetStep(const PlaceholderPool::Range &range, const SetId &setId)
{
    // The patterns are isolated for right-to-left languages: "$index$" and dots would otherwise move.
    const QString callIds = m_pool.callIdMapping.isEmpty() ? tr("none") : Bidi::inSentence(m_pool.callIdMapping);
    //: %1–%2: index range, %3: name pattern, %4: URI pattern, %5: call ID pattern
    OperationStep *step = addStep(tr("Create the bulk parameter set of the placeholders %1 to %2: names “%3”, URIs “%4”, "
                                     "call IDs “%5”, non-members not allowed (POST /cospaceBulkParameterSets)")
                                      .arg(range.start).arg(range.end).arg(Bidi::inSentence(m_pool.nameMapping), Bidi::inSentence(m_pool.uriMapping), callIds));
    const auto params = m_pool.parameterSetParams(range);
    step->setExecute([this, step, params, setId](const Completion &finished) {
        step->await(send(-1, CmsRequest::post(kSets, params)), finished, [setId](const CmsReply &reply) {
            if (!reply.isOk())
                return replyOutcome(reply);
            *setId = reply.createdId();
            if (setId->isEmpty())
                return StepOutcome{{}, tr("The server accepted the request but did not say what it created.")};
            return StepOutcome{};
        });
    });
    step->setVerify([this, step, params, setId](const Completion &finished) {
        step->await(send(-1, CmsRequest::get(kSets + QLatin1Char('/') + *setId)), finished, [params](const CmsReply &reply) {
            CmsError problem;
            const CmsNode set = reply.isOk() ? reply.object(&problem) : CmsNode{};
            if (!reply.isOk() || problem)
                return StepOutcome{reply.isOk() ? problem : reply.error(), {}};
            for (const auto &param : params) {
                if (set.value(param.first) != param.second)
                    //: %1: a field, %2: the value read back, %3: the value sent
                    return StepOutcome{{}, tr("The server accepted the request, but %1 reads back as “%2” instead of “%3”.")
                                               .arg(param.first, set.value(param.first), param.second)};
            }
            return StepOutcome{};
        });
    });
    step->setUndo([this, step, setId](const Completion &finished) {
        const QString path = kSets + QLatin1Char('/') + *setId;
        step->await(send(-1, CmsRequest::del(path)), finished, [path](const CmsReply &reply) {
            if (reply.isOk())
                return StepOutcome{};
            //: %1: the API path of an object that was created and could not be deleted, %2: why
            return StepOutcome{reply.error(), tr("Left on the cluster: /%1, created by this run (deleting it failed: %2).")
                                                  .arg(path, reply.error().message())};
        });
    });
}

void PoolBulkOperation::addDeleteSetStep(const PlaceholderPool::Range &range, const SetId &setId)
{
    OperationStep *step = addStep(tr("Delete the bulk parameter set of the placeholders %1 to %2 "
                                     "(DELETE /cospaceBulkParameterSets/%3)")
                                      .arg(range.start).arg(range.end).arg(*setId));
    const auto params = m_pool.parameterSetParams(range);
    step->setExecute([this, step, setId](const Completion &finished) {
        step->await(send(-1, CmsRequest::del(kSets + QLatin1Char('/') + *setId)), finished);
    });
    step->setUndo([this, step, params, setId, range](const Completion &finished) {
        // The set comes back with a new id; the undo of the sync before uses it.
        step->await(send(-1, CmsRequest::post(kSets, params)), finished, [setId, range](const CmsReply &reply) {
            if (reply.isOk()) {
                *setId = reply.createdId();
                return StepOutcome{};
            }
            return StepOutcome{reply.error(), tr("The bulk parameter set of the placeholders %1 to %2 could not be made "
                                                 "again: %3").arg(range.start).arg(range.end).arg(reply.error().message())};
        });
    });
}

void PoolBulkOperation::addSyncStep(const PlaceholderPool::Range &range, const SetId &setId, bool removeAll)
{
    OperationStep *step = addStep(removeAll
        ? tr("Remove the %n placeholder space(s) of the range %1–%2 with a bulk sync, followed to its end "
             "(POST /cospaceBulkSyncs removeAll=true)", nullptr, range.size()).arg(range.start).arg(range.end)
        : tr("Make the %n placeholder space(s) of the range %1–%2 with a bulk sync, followed to its end "
             "(POST /cospaceBulkSyncs)", nullptr, range.size()).arg(range.start).arg(range.end));
    auto syncId = std::make_shared<QString>();
    step->setExecute([this, step, setId, syncId, removeAll](const Completion &finished) {
        QList<QPair<QString, QString>> params = {{QStringLiteral("cospaceBulkParameterSet"), *setId}};
        if (removeAll)
            params.append({QStringLiteral("removeAll"), QStringLiteral("true")});
        step->await(send(-1, CmsRequest::post(kSyncs, params)), finished, [syncId](const CmsReply &reply) {
            if (reply.isOk())
                *syncId = reply.createdId();
            return replyOutcome(reply);
        });
    });
    // Following the sync is the read-back: a failed status fails the step, and its undo runs, since
    // the server may have changed some spaces before it stopped.
    step->setVerify([this, step, range, syncId](const Completion &finished) {
        follow(step, range, *syncId, m_firstPollMs, {}, finished);
    });
    step->setUndo([this, step, range, setId, removeAll](const Completion &finished) {
        runSync(step, range, *setId, !removeAll, [range, removeAll, finished](const StepOutcome &outcome) {
            if (!outcome.failed()) {
                finished({});
                return;
            }
            finished(StepOutcome{outcome.error,
                                 removeAll ? tr("The placeholders %1 to %2 could not be made again: %3")
                                                 .arg(range.start).arg(range.end).arg(outcome.message())
                                           : tr("Left on the cluster: the placeholders %1 to %2 this run may have made "
                                                "(removing them failed: %3).")
                                                 .arg(range.start).arg(range.end).arg(outcome.message())});
        });
    });
}

void PoolBulkOperation::runSync(OperationStep *step, const PlaceholderPool::Range &range, const QString &setId,
                                bool removeAll, const Completion &done)
{
    QList<QPair<QString, QString>> params = {{QStringLiteral("cospaceBulkParameterSet"), setId}};
    if (removeAll)
        params.append({QStringLiteral("removeAll"), QStringLiteral("true")});
    read(-1, CmsRequest::post(kSyncs, params), [this, step, range, done](const CmsReply &reply) {
        if (!reply.isOk()) {
            done(replyOutcome(reply));
            return;
        }
        follow(step, range, reply.createdId(), m_firstPollMs, {}, done);
    });
}

void PoolBulkOperation::follow(OperationStep *step, const PlaceholderPool::Range &range, const QString &syncId,
                               int delayMs, const QString &lastStatus, const Completion &done)
{
    QTimer::singleShot(delayMs, this, [this, step, range, syncId, delayMs, lastStatus, done] {
        if (isFinished() || finishIfClosed())
            return;
        read(-1, CmsRequest::get(kSyncs + QLatin1Char('/') + syncId), [this, step, range, syncId, delayMs, lastStatus, done](const CmsReply &reply) {
            CmsError problem;
            const CmsNode sync = reply.isOk() ? reply.object(&problem) : CmsNode{};
            if (!reply.isOk() || problem) {
                done(StepOutcome{reply.isOk() ? problem : reply.error(), {}});
                return;
            }
            const QString status = sync.value(u"status");
            const QString sentence = BulkSyncStatus::describe(status, range.start, range.end, m_pool.uriMapping,
                                                              m_pool.callIdMapping);
            if (status != lastStatus)
                Q_EMIT syncStatusChanged(status, sentence);
            if (!BulkSyncStatus::isFinal(status)) {
                follow(step, range, syncId, qMin(delayMs * 2, m_maxPollMs), status, done);
                return;
            }
            done(BulkSyncStatus::isSuccess(status) ? StepOutcome{} : StepOutcome{{}, sentence});
        });
    });
}

// --- Create or grow

PoolAddRangeOperation::PoolAddRangeOperation(Connection &connection, Mode mode, PlaceholderPool pool, int count,
                                             int firstIndex, QObject *parent)
    : PoolBulkOperation(connection, parent)
    , m_mode(mode)
    , m_count(count)
{
    m_pool = std::move(pool);
    m_pool.ranges.clear();
    m_range.start = firstIndex;
    m_range.end = firstIndex + count - 1;
}

void PoolAddRangeOperation::buildPlan(const Completion &done)
{
    readPools(done, [this, done](const QList<PlaceholderPool> &pools) {
        const auto existing = std::find_if(pools.cbegin(), pools.cend(), [this](const PlaceholderPool &p) {
            return p.nameMapping == m_pool.nameMapping;
        });
        if (m_mode == Mode::Create && existing != pools.cend()) {
            done(StepOutcome{{}, tr("A pool with the name pattern “%1” exists already: grow it instead.").arg(Bidi::inSentence(m_pool.nameMapping))});
            return;
        }
        if (m_mode == Mode::Grow) {
            if (existing == pools.cend()) {
                done(StepOutcome{{}, tr("No pool has the name pattern “%1”.").arg(Bidi::inSentence(m_pool.nameMapping))});
                return;
            }
            m_pool = *existing;
            m_range.start = m_pool.lastIndex() + 1;
            m_range.end = m_range.start + m_count - 1;
        }
        if (m_count < 1) {
            done(StepOutcome{{}, tr("A pool grows by one placeholder at least.")});
            return;
        }
        const QStringList problems = m_pool.problems(m_range);
        if (!problems.isEmpty()) {
            done(StepOutcome{CmsError::invalidInput({}, problems.join(QLatin1Char('\n'))), {}});
            return;
        }
        addCreateSetStep(m_range, m_setId);
        addSyncStep(m_range, m_setId, false);
        done({});
    });
}

// --- Remove

PoolRemoveOperation::PoolRemoveOperation(Connection &connection, QString nameMapping, QObject *parent)
    : PoolBulkOperation(connection, parent)
    , m_nameMapping(std::move(nameMapping))
{
}

void PoolRemoveOperation::buildPlan(const Completion &done)
{
    readPools(done, [this, done](const QList<PlaceholderPool> &pools) {
        const auto existing = std::find_if(pools.cbegin(), pools.cend(), [this](const PlaceholderPool &p) {
            return p.nameMapping == m_nameMapping;
        });
        if (existing == pools.cend()) {
            done(StepOutcome{{}, tr("No pool has the name pattern “%1”.").arg(Bidi::inSentence(m_nameMapping))});
            return;
        }
        m_pool = *existing;
        // A placeholder holding a meeting is not removed from under it.
        auto *reader = new PlaceholderPoolReader(connection(), this);
        connect(reader, &PlaceholderPoolReader::finished, this, [this, reader, done] {
            reader->deleteLater();
            if (isFinished() || finishIfClosed())
                return;
            if (!reader->error().isOk()) {
                done(StepOutcome{reader->error(), {}});
                return;
            }
            if (!reader->bridgeProblems().isEmpty()) {
                done(StepOutcome{{}, tr("The pool is not removed while a call bridge's meetings cannot be read:\n%1")
                                         .arg(reader->bridgeProblems().join(QLatin1Char('\n')))});
                return;
            }
            int busy = 0;
            for (const PlaceholderState &s : reader->states())
                busy += s.inMeeting() ? 1 : 0;
            if (busy > 0) {
                done(StepOutcome{{}, tr("%n placeholder(s) of the pool hold a meeting: end those meetings first.",
                                        nullptr, busy)});
                return;
            }
            for (const PlaceholderPool::Range &range : std::as_const(m_pool.ranges)) {
                auto setId = std::make_shared<QString>(range.parameterSetId);
                addSyncStep(range, setId, true);
                addDeleteSetStep(range, setId);
            }
            done({});
        });
        reader->readStates(m_pool);
    });
}

} // namespace cms
