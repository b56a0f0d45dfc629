#include "meetings/placeholderpoolreader.h"

#include "api/cmsreply.h"
#include "api/cmsrequest.h"
#include "net/collectionpager.h"
#include "net/connection.h"

#include <memory>

namespace cms {

namespace {

const QString kSets = QStringLiteral("cospaceBulkParameterSets");
constexpr int kParallelReads = 8;   // pages read at once: enough to be quick, not a flood

// Reads `paths` from the shared configuration, kParallelReads at a time; `done` gets the objects
// read (by path) or the first error.
void readEach(Connection &connection, QObject *context, const QStringList &paths,
              const std::function<void(qint64 done, qint64 total)> &progress,
              const std::function<void(const QHash<QString, CmsNode> &, const CmsError &)> &done)
{
    struct State
    {
        QStringList paths;
        qsizetype next = 0;
        qsizetype answered = 0;
        QHash<QString, CmsNode> objects;
        CmsError error;
        bool ended = false;
    };
    auto state = std::make_shared<State>();
    state->paths = paths;
    if (paths.isEmpty()) {
        done({}, {});
        return;
    }
    QPointer<Connection> weak(&connection);
    auto pump = std::make_shared<std::function<void()>>();
    *pump = [state, weak, context, progress, done, pump] {
        while (!state->ended && state->next < state->paths.size()
               && state->next - state->answered < kParallelReads) {
            if (!weak)
                return;
            const QString path = state->paths.at(state->next++);
            CmsReply *reply = weak->sendShared(CmsRequest::get(path));
            QObject::connect(reply, &CmsReply::finished, context, [state, reply, path, progress, done, pump] {
                reply->deleteLater();
                if (state->ended)
                    return;
                ++state->answered;
                CmsError problem;
                const CmsNode object = reply->isOk() ? reply->object(&problem) : CmsNode{};
                if (!reply->isOk() || problem) {
                    state->ended = true;
                    done({}, reply->isOk() ? problem : reply->error());
                    *pump = nullptr;   // breaks the cycle
                    return;
                }
                state->objects.insert(path, object);
                if (progress)
                    progress(state->answered, state->paths.size());
                if (state->answered == state->paths.size()) {
                    state->ended = true;
                    done(state->objects, {});
                    *pump = nullptr;
                    return;
                }
                (*pump)();
            }, Qt::SingleShotConnection);
        }
    };
    (*pump)();
}

} // namespace

PlaceholderPoolReader::PlaceholderPoolReader(Connection &connection, QObject *parent)
    : QObject(parent)
    , m_connection(&connection)
{
}

bool PlaceholderPoolReader::gone()
{
    if (m_connection && !m_connection->isClosed())
        return false;
    fail(Connection::closedError());
    return true;
}

void PlaceholderPoolReader::fail(const CmsError &error)
{
    if (!m_busy)
        return;
    m_busy = false;
    m_error = error;
    Q_EMIT finished();
}

void PlaceholderPoolReader::readPools()
{
    if (m_busy || gone())
        return;
    m_busy = true;
    m_error = {};
    m_pools.clear();
    auto *pager = new CollectionPager(*m_connection, kSets, {}, this);
    connect(pager, &CollectionPager::finished, this, [this, pager] {
        pager->deleteLater();
        if (gone())
            return;
        if (!pager->error().isOk()) {
            fail(pager->error());
            return;
        }
        // The list shows only the ranges: each set's page has its patterns.
        QStringList paths;
        for (const CmsNode &set : pager->items())
            paths.append(kSets + QLatin1Char('/') + set.id());
        readEach(*m_connection, this, paths, {}, [this, paths](const QHash<QString, CmsNode> &sets, const CmsError &error) {
            if (!error.isOk()) {
                fail(error);
                return;
            }
            QList<CmsNode> ordered;
            for (const QString &path : paths)
                ordered.append(sets.value(path));
            m_pools = PlaceholderPool::fromParameterSets(ordered);
            m_busy = false;
            Q_EMIT finished();
        });
    });
    pager->start();
}

void PlaceholderPoolReader::readStates(const PlaceholderPool &pool)
{
    if (m_busy || gone())
        return;
    m_busy = true;
    m_error = {};
    m_pool = pool;
    m_spaces.clear();
    m_indexOfSpace.clear();
    m_detailed.clear();
    m_states.clear();
    m_bridgeProblems.clear();
    readMeetings(*m_connection, this, [this](const Meetings &seen) {
        if (gone())
            return;
        m_meetings = seen.bySpace;
        m_bridgeProblems = seen.problems;
        readSpaces();
    });
}

void PlaceholderPoolReader::readMeetings(Connection &connection, QObject *context,
                                         const std::function<void(const Meetings &)> &done)
{
    struct State
    {
        int waiting = 0;
        Meetings seen;
        QList<std::pair<int, QString>> calls;   // bridge, id of each call that has a space
        QHash<QString, QString> spaceOfCall;
    };
    auto state = std::make_shared<State>();
    QPointer<Connection> weak(&connection);
    auto readCounts = [state, weak, context, done] {
        // Each call's page has its participant count.
        if (state->calls.isEmpty() || !weak) {
            done(state->seen);
            return;
        }
        state->waiting = int(state->calls.size());
        for (const auto &found : std::as_const(state->calls)) {
            // Named copies: clang 14 cannot capture a structured binding in a lambda.
            const int bridge = found.first;
            const QString callId = found.second;
            CmsReply *reply = weak->send(bridge, CmsRequest::get(QStringLiteral("calls/") + callId));
            QObject::connect(reply, &CmsReply::finished, context, [state, reply, bridge, callId, done] {
                reply->deleteLater();
                const CmsNode call = reply->isOk() ? reply->object() : CmsNode{};
                SpaceMeeting &m = state->seen.bySpace[state->spaceOfCall.value(callId)];
                if (m.callId.isEmpty()) {
                    m.callId = callId;
                    m.endpointIndex = bridge;
                }
                ++m.instances;
                m.participants += call.value(u"numParticipantsLocal").toInt();
                if (--state->waiting == 0)
                    done(state->seen);
            }, Qt::SingleShotConnection);
        }
    };
    state->waiting = connection.endpointCount();
    for (int bridge = 0; bridge < connection.endpointCount(); ++bridge) {
        auto *pager = new CollectionPager(connection, QStringLiteral("calls"), {}, context);
        pager->setEndpoint(bridge);
        QObject::connect(pager, &CollectionPager::finished, context, [state, pager, bridge, weak, readCounts] {
            pager->deleteLater();
            if (!pager->error().isOk()) {
                state->seen.silentBridges.append(bridge);
                //: %1: a call bridge, %2: why
                state->seen.problems.append(tr("The meetings of %1 could not be read: %2")
                                                .arg(weak ? weak->endpoints().at(bridge).key() : QString(),
                                                     pager->error().message()));
            } else {
                for (const CmsNode &call : pager->items()) {
                    const QString space = call.value(u"coSpace");
                    if (space.isEmpty())
                        continue;
                    state->calls.append({bridge, call.id()});
                    state->spaceOfCall.insert(call.id(), space);
                }
            }
            if (--state->waiting == 0)
                readCounts();
        });
        pager->start();
    }
}

void PlaceholderPoolReader::readSpaces()
{
    QUrlQuery filter;
    filter.addQueryItem(QStringLiteral("filter"), m_pool.uriFilter());
    auto *pager = new CollectionPager(*m_connection, QStringLiteral("coSpaces"), filter, this);
    connect(pager, &CollectionPager::progress, this, &PlaceholderPoolReader::progress);
    connect(pager, &CollectionPager::finished, this, [this, pager] {
        pager->deleteLater();
        if (gone())
            return;
        if (!pager->error().isOk()) {
            fail(pager->error());
            return;
        }
        m_pagesFetched = pager->pagesFetched();
        QList<QString> closer;
        for (const CmsNode &space : pager->items()) {
            const int index = m_pool.indexOfUri(space.value(u"uri"));
            if (index < 0 || !m_pool.containsIndex(index))
                continue;
            m_spaces.insert(index, space);
            m_indexOfSpace.insert(space.id(), index);
            if (m_deep || m_meetings.contains(space.id()) || space.value(u"name") != m_pool.nameFor(index))
                closer.append(space.id());
        }
        readDetails(closer);
    });
    pager->start();
}

void PlaceholderPoolReader::readDetails(QList<QString> spaceIds)
{
    QStringList paths;
    for (const QString &id : spaceIds)
        paths.append(QStringLiteral("coSpaces/") + id);
    readEach(*m_connection, this, paths, {}, [this](const QHash<QString, CmsNode> &spaces, const CmsError &error) {
        if (gone())
            return;
        if (!error.isOk()) {
            fail(error);
            return;
        }
        for (const CmsNode &space : spaces) {
            const int index = m_indexOfSpace.value(space.id(), -1);
            if (index < 0)
                continue;
            m_spaces.insert(index, space);
            m_detailed.insert(space.id(), true);
        }
        classifyAll();
    });
}

void PlaceholderPoolReader::classifyAll()
{
    m_states.reserve(m_pool.size());
    for (const PlaceholderPool::Range &range : std::as_const(m_pool.ranges)) {
        for (int index = range.start; index <= range.end; ++index) {
            const auto space = m_spaces.constFind(index);
            const bool found = space != m_spaces.cend();
            const QString id = found ? space->id() : QString();
            const auto meeting = m_meetings.constFind(id);
            m_states.append(PlaceholderState::classify(m_pool, index, found ? &*space : nullptr, m_detailed.value(id),
                                                       found && meeting != m_meetings.cend() ? &*meeting : nullptr));
        }
    }
    m_busy = false;
    Q_EMIT finished();
}

} // namespace cms
