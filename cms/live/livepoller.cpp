#include "live/livepoller.h"

#include "api/cmsreply.h"
#include "net/collectionpager.h"
#include "net/connection.h"

#include <QSet>

#include <algorithm>

namespace cms {

namespace {

const int kFirstPageLimit = 100;
const quint64 kWholeCallsListEvery = 10;   // polls

// A participant read after it left: cms-api.md section 2 (the reason is the simulator's choice;
// the documentation says 404 for unknown ids).
bool leftMeanwhile(const CmsError &error)
{
    return error.reason == QLatin1String("participantDoesNotExist") || error.status == 404;
}

bool isTrue(const QString &text)
{
    return text == QLatin1String("true");
}

} // namespace

LivePoller::LivePoller(Connection &connection, int endpointIndex, QObject *parent)
    : LiveFeed(parent)
    , m_connection(connection)
    , m_index(endpointIndex)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &LivePoller::poll);
}

LivePoller::~LivePoller()
{
    stop();
}

void LivePoller::start()
{
    stop();
    m_running = true;
    poll();
}

void LivePoller::stop()
{
    m_running = false;
    ++m_generation;
    m_timer.stop();
    const QList<QPointer<CollectionPager>> pagers = std::exchange(m_pagers, {});
    for (const QPointer<CollectionPager> &pager : pagers) {
        if (pager) {
            pager->disconnect(this);
            pager->cancel();
            pager->deleteLater();
        }
    }
    const QList<QPointer<CmsReply>> inFlight = std::exchange(m_inFlight, {});
    for (const QPointer<CmsReply> &r : inFlight) {
        if (r && !r->isFinished())
            r->cancel();
    }
    m_pending = 0;
    for (Participant &p : m_participants)
        p.reads = 0;
    // Whatever runs next starts from what the receiver may have dropped meanwhile.
    m_synced = false;
}

CmsReply *LivePoller::send(const QString &path, const QUrlQuery &query)
{
    CmsReply *reply = m_connection.send(m_index, CmsRequest::get(path, query));
    m_inFlight.append(reply);
    return reply;
}

void LivePoller::listPages(const QString &path, void (LivePoller::*then)(CollectionPager *))
{
    ++m_pending;
    auto *pager = new CollectionPager(m_connection, path, {}, this);
    pager->setEndpoint(m_index);
    m_pagers.append(pager);
    connect(pager, &CollectionPager::finished, this, [this, pager, then] {
        m_pagers.removeOne(pager);
        pager->deleteLater();
        --m_pending;
        (this->*then)(pager);
    });
    pager->start();
}

void LivePoller::poll()
{
    if (!m_running)
        return;
    ++m_pollNumber;
    m_phase = Phase::Probe;
    m_failed = false;
    m_counters.reset();
    m_firstCalls = {};
    m_callsRead = false;
    m_rosterRead = false;
    m_rosterExact = false;
    m_listedCalls.clear();
    m_listedParticipants.clear();
    m_pending = 2;
    const quint64 generation = m_generation;
    CmsReply *status = send(QStringLiteral("system/status"));
    connect(status, &CmsReply::finished, this, [this, status, generation] {
        m_inFlight.removeOne(status);
        if (current(generation))
            onStatus(status);
    });
    QUrlQuery firstPage;
    firstPage.addQueryItem(QStringLiteral("offset"), QStringLiteral("0"));
    firstPage.addQueryItem(QStringLiteral("limit"), QString::number(kFirstPageLimit));
    CmsReply *calls = send(QStringLiteral("calls"), firstPage);
    connect(calls, &CmsReply::finished, this, [this, calls, generation] {
        m_inFlight.removeOne(calls);
        if (current(generation))
            onFirstCallsPage(calls);
    });
}

void LivePoller::onStatus(CmsReply *reply)
{
    --m_pending;
    if (!reply->isOk() && reply->error().isConnectionProblem())
        m_failed = true;
    if (reply->isOk()) {
        const CmsNode status = reply->object();
        bool uptimeOk = false, activeOk = false, completedOk = false;
        LegCounters counters;
        counters.uptimeSeconds = status.value(u"uptimeSeconds").toLongLong(&uptimeOk);
        counters.active = status.value(u"callLegsActive").toLongLong(&activeOk);
        counters.completed = status.value(u"callLegsCompleted").toLongLong(&completedOk);
        if (uptimeOk && activeOk && completedOk)
            m_counters = counters;
    }
    done();
}

void LivePoller::onFirstCallsPage(CmsReply *reply)
{
    --m_pending;
    CmsError problem = reply->error();
    if (problem.isOk())
        m_firstCalls = reply->collection(&problem);
    if (!problem.isOk())
        m_failed = true;
    done();
}

// Whether the first page of /calls shows the calls held, in the same order with the same names and
// as many in all: then, when nobody joined or left either, the rest of the list is not read.
bool LivePoller::firstCallsPageUnchanged() const
{
    if (m_firstCalls.total != m_callOrder.size() || m_firstCalls.items.size() > m_callOrder.size())
        return false;
    for (qsizetype i = 0; i < m_firstCalls.items.size(); ++i) {
        const CmsNode &n = m_firstCalls.items.at(i);
        const QString &id = m_callOrder.at(i);
        if (n.id() != id)
            return false;
        const QJsonObject &held = m_calls.constFind(id)->elements;
        if (held.value(QLatin1String("name")).toString() != n.value(u"name")
            || held.value(QLatin1String("callCorrelator")).toString() != n.value(u"callCorrelator"))
            return false;
    }
    return true;
}

// The participants list is read after the status, never before: a join or leave after the status
// was read moves the counters away from what is kept, so that the next poll reads the list again.
void LivePoller::startLists()
{
    const bool nobodyCameOrLeft = m_synced && m_counters && m_rosterCounters
        && m_counters->active == m_rosterCounters->active && m_counters->completed == m_rosterCounters->completed
        && m_counters->uptimeSeconds >= m_rosterCounters->uptimeSeconds;
    m_rosterRead = !nobodyCameOrLeft;
    // The whole calls list now and then all the same: the first page would not show a call
    // renamed further down.
    m_callsRead = m_rosterRead || !firstCallsPageUnchanged() || m_pollNumber % kWholeCallsListEvery == 0;
    if (m_callsRead)
        listPages(QStringLiteral("calls"), &LivePoller::onCallsListed);
    if (m_rosterRead) {
        listPages(QStringLiteral("participants"), &LivePoller::onParticipantsListed);
    }
}

void LivePoller::onCallsListed(CollectionPager *pager)
{
    if (!pager->error().isOk())
        m_failed = true;
    else
        m_listedCalls = pager->items();
    done();
}

void LivePoller::onParticipantsListed(CollectionPager *pager)
{
    if (!pager->error().isOk()) {
        m_failed = true;
    } else {
        m_listedParticipants = pager->items();
        // A list that moved while it was read may hold someone who left or miss someone who
        // came: it is read again at the next poll.
        m_rosterExact = !pager->driftDetected();
    }
    done();
}

// The lists are in: the calls and rosters they describe replace the ones kept, and the details of
// whoever is new are read.
void LivePoller::reconcile()
{
    if (m_callsRead)
        takeCalls();
    if (m_rosterRead)
        takeRosters();
    // Whoever has no details yet (new, or a read that failed before) is read now.
    for (const QString &callId : std::as_const(m_callOrder)) {
        for (const QString &pid : std::as_const(m_calls[callId].roster)) {
            const Participant &p = m_participants[pid];
            if (!p.complete && p.reads == 0)
                readParticipant(pid);
        }
    }
    refreshStalest();
}

void LivePoller::takeCalls()
{
    QStringList order;
    QSet<QString> listed;
    for (const CmsNode &n : std::as_const(m_listedCalls)) {
        const QString id = n.id();
        if (listed.contains(id))
            continue;   // the list moved while it was read
        listed.insert(id);
        order.append(id);
        Call &call = m_calls[id];
        for (const QLatin1String key : {QLatin1String("name"), QLatin1String("callCorrelator")}) {
            const QString value = n.value(QString(key));
            if (call.elements.value(key).toString() != value || !call.elements.contains(key)) {
                call.elements.insert(key, value);
                call.changed = true;
            }
        }
    }
    for (auto it = m_calls.begin(); it != m_calls.end();) {
        if (listed.contains(it.key())) {
            ++it;
            continue;
        }
        for (const QString &pid : std::as_const(it->roster))
            forget(pid);
        it = m_calls.erase(it);
    }
    m_callOrder = order;
}

void LivePoller::takeRosters()
{
    QHash<QString, QStringList> rosters;
    QSet<QString> present;
    for (const CmsNode &n : std::as_const(m_listedParticipants)) {
        if (n.has(u"callBridge"))
            continue;   // hosted by another bridge of a distributed call
        const QString callId = n.value(u"call");
        if (!m_calls.contains(callId)) {
            m_rosterExact = false;   // its call started after the calls were listed
            continue;
        }
        const QString id = n.id();
        if (present.contains(id))
            continue;   // the list moved while it was read
        present.insert(id);
        rosters[callId].append(id);
        auto it = m_participants.find(id);
        if (it != m_participants.end() && it->callId != callId) {
            forget(id);
            it = m_participants.end();
        }
        if (it == m_participants.end()) {
            it = m_participants.insert(id, Participant());
            it->callId = callId;
        }
        setElement(*it, QStringLiteral("name"), n.value(u"name"));
    }
    for (auto it = m_calls.begin(); it != m_calls.end(); ++it)
        it->roster = rosters.value(it.key());
    for (auto it = m_participants.begin(); it != m_participants.end();)
        it = present.contains(it.key()) ? std::next(it) : m_participants.erase(it);
    m_rosterCounters = m_rosterExact ? m_counters : std::nullopt;
}

void LivePoller::setElement(Participant &p, const QString &key, const QJsonValue &value)
{
    const auto it = p.elements.constFind(key);
    if (it != p.elements.constEnd() && *it == value)
        return;
    p.elements.insert(key, value);
    p.changed = true;
}

void LivePoller::forget(const QString &participantId)
{
    m_participants.remove(participantId);
}

// One read about a participant: counted while it runs; `handle` gets the participant (unless it was
// forgotten meanwhile) and the reply, unless the poller moved on to another generation.
void LivePoller::readAbout(const QString &participantId, CmsReply *reply,
                           const std::function<void(Participant &, CmsReply *)> &handle)
{
    ++m_pending;
    ++m_participants[participantId].reads;
    const quint64 generation = m_generation;
    connect(reply, &CmsReply::finished, this, [this, reply, participantId, generation, handle] {
        m_inFlight.removeOne(reply);
        if (!current(generation))
            return;
        --m_pending;
        const auto it = m_participants.find(participantId);
        if (it != m_participants.end()) {
            --it->reads;
            handle(*it, reply);
        }
        done();
    });
}

// A new participant: its own details, and its call leg for mute.
void LivePoller::readParticipant(const QString &participantId)
{
    m_participants[participantId].refreshedPoll = m_pollNumber;
    readAbout(participantId, send(QStringLiteral("participants/") + participantId), [this](Participant &p, CmsReply *reply) {
        if (reply->isOk()) {
            const CmsNode n = reply->object();
            setElement(p, QStringLiteral("uri"), n.value(u"uri"));
            setElement(p, QStringLiteral("state"), n.value(u"status/state"));
            setElement(p, QStringLiteral("deactivated"), isTrue(n.value(u"status/deactivated")));
            setElement(p, QStringLiteral("isActivator"), isTrue(n.value(u"isActivator")));
            setElement(p, QStringLiteral("canMove"), isTrue(n.value(u"canMove")));
            p.complete = true;
        } else if (reply->error().isConnectionProblem()) {
            m_failed = true;
        } else if (!leftMeanwhile(reply->error())) {
            // The server will not say more: it is reported with what the list said.
            p.complete = true;
        }
        // One that left meanwhile is not reported; its leaving moved the counters, so the
        // next poll lists the participants again.
    });
    readLeg(participantId);
}

// Mute is a property of the participant's call leg: find the leg once, then read it.
void LivePoller::readLeg(const QString &participantId)
{
    const Participant &known = m_participants[participantId];
    if (!known.legId.isEmpty()) {
        readLegDetails(participantId, known.legId);
        return;
    }
    QUrlQuery filter;
    filter.addQueryItem(QStringLiteral("participantFilter"), participantId);
    readAbout(participantId, send(QStringLiteral("callLegs"), filter), [this, participantId](Participant &p, CmsReply *legs) {
        const QList<CmsNode> items = legs->isOk() ? legs->collection().items : QList<CmsNode>();
        if (!items.isEmpty()) {
            p.legId = items.first().id();
            readLegDetails(participantId, p.legId);
        } else if (!legs->isOk() && legs->error().isConnectionProblem()) {
            m_failed = true;
        }
    });
}

void LivePoller::readLegDetails(const QString &participantId, const QString &legId)
{
    readAbout(participantId, send(QStringLiteral("callLegs/") + legId), [this](Participant &p, CmsReply *leg) {
        if (leg->isOk()) {
            const CmsNode n = leg->object();
            setElement(p, QStringLiteral("audioMuted"), isTrue(n.value(u"configuration/rxAudioMute")));
            setElement(p, QStringLiteral("videoMuted"), isTrue(n.value(u"configuration/rxVideoMute")));
            // The leg also tells the participant's state and lobby state: a refresh needs
            // nothing else (the URI and whether it is an activator stay as they were read).
            if (n.has(u"status/state"))
                setElement(p, QStringLiteral("state"), n.value(u"status/state"));
            if (n.has(u"status/deactivated"))
                setElement(p, QStringLiteral("deactivated"), isTrue(n.value(u"status/deactivated")));
            if (n.has(u"canMove"))
                setElement(p, QStringLiteral("canMove"), isTrue(n.value(u"canMove")));
        } else if (leg->error().isConnectionProblem()) {
            m_failed = true;
        } else {
            p.legId.clear();   // gone or replaced: looked up again next time
        }
    });
}

// The known participants whose call leg was read longest ago are read again, as many as the budget
// per second allows at this interval (at least one per poll).
void LivePoller::refreshStalest()
{
    if (m_refreshPerSecond == 0)
        return;
    const int budget = qMax(1, int(qint64(m_refreshPerSecond) * m_intervalMs / 1000));
    QList<QPair<quint64, QString>> known;
    known.reserve(m_participants.size());
    for (auto it = m_participants.cbegin(); it != m_participants.cend(); ++it) {
        if (it->complete && it->reads == 0)
            known.append({it->refreshedPoll, it.key()});
    }
    const qsizetype count = qMin<qsizetype>(known.size(), budget);
    std::partial_sort(known.begin(), known.begin() + count, known.end());
    for (qsizetype i = 0; i < count; ++i) {
        Participant &p = m_participants[known.at(i).second];
        p.refreshedPoll = m_pollNumber;
        readLeg(known.at(i).second);
    }
}

void LivePoller::done()
{
    if (m_pending != 0)
        return;
    if (m_failed) {
        finish(false);
        return;
    }
    if (m_phase == Phase::Probe) {
        m_phase = Phase::Lists;
        startLists();
        if (m_pending != 0)
            return;
    }
    if (m_phase == Phase::Lists) {
        m_phase = Phase::Details;
        reconcile();
        if (m_pending != 0)
            return;
    }
    finish(true);
}

void LivePoller::finish(bool ok)
{
    if (ok) {
        report();
        m_synced = true;
    } else {
        // The receiver drops this bridge's calls: everything is reported again once it answers.
        m_synced = false;
        m_rosterCounters.reset();
    }
    Q_EMIT polled(ok);
    if (m_running)
        m_timer.start(m_intervalMs);
}

void LivePoller::report()
{
    if (!m_synced) {
        for (Call &c : m_calls)
            c.reported = false;
        for (Participant &p : m_participants)
            p.reported = false;
    }
    Q_EMIT callsListed(m_callOrder);
    for (const QString &callId : std::as_const(m_callOrder)) {
        Call &call = m_calls[callId];
        QStringList roster;
        roster.reserve(call.roster.size());
        for (const QString &pid : std::as_const(call.roster)) {
            const auto it = m_participants.constFind(pid);
            if (it != m_participants.constEnd() && it->complete)
                roster.append(pid);
        }
        const int count = int(roster.size());
        if (call.elements.value(QLatin1String("participants")).toInt(-1) != count) {
            call.elements.insert(QStringLiteral("participants"), count);
            call.changed = true;
        }
        if (call.changed || !call.reported) {
            Q_EMIT callUpdated(callId, call.elements);
            call.changed = false;
        }
        if (roster != call.reportedRoster || !call.reported) {
            Q_EMIT rosterListed(callId, roster);
            call.reportedRoster = roster;
        }
        call.reported = true;
        for (const QString &pid : std::as_const(roster)) {
            Participant &p = m_participants[pid];
            if (p.changed || !p.reported) {
                Q_EMIT participantUpdated(callId, pid, p.elements);
                p.changed = false;
                p.reported = true;
            }
        }
    }
}

} // namespace cms
