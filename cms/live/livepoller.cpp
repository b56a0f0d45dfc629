#include "live/livepoller.h"

#include "api/cmsreply.h"
#include "net/connection.h"

#include <QSet>

#include <algorithm>

namespace cms {

namespace {
const int kPageLimit = 100;
}

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
    const QList<QPointer<CmsReply>> inFlight = std::exchange(m_inFlight, {});
    for (const QPointer<CmsReply> &r : inFlight) {
        if (r && !r->isFinished())
            r->cancel();
    }
    m_pending = 0;
}

CmsReply *LivePoller::send(const QString &path, const QUrlQuery &query)
{
    CmsReply *reply = m_connection.send(m_index, CmsRequest::get(path, query));
    m_inFlight.append(reply);
    return reply;
}

void LivePoller::list(const QString &path, qint64 offset, QList<CmsNode> items,
                      const std::function<void(bool, const QList<CmsNode> &)> &done)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("offset"), QString::number(offset));
    query.addQueryItem(QStringLiteral("limit"), QString::number(kPageLimit));
    CmsReply *reply = send(path, query);
    const quint64 generation = m_generation;
    connect(reply, &CmsReply::finished, this, [this, reply, path, offset, items, done, generation]() mutable {
        m_inFlight.removeOne(reply);
        if (generation != m_generation)
            return;
        CmsError problem;
        const CmsCollection page = reply->isOk() ? reply->collection(&problem) : CmsCollection();
        if (!reply->isOk() || !problem.isOk()) {
            done(false, {});
            return;
        }
        items.append(page.items);
        const qint64 next = offset + page.items.size();
        if (page.items.isEmpty() || next >= page.total) {
            done(true, items);
            return;
        }
        list(path, next, std::move(items), done);
    });
}

void LivePoller::poll()
{
    if (!m_running)
        return;
    m_failed = false;
    m_refreshDone = false;
    ++m_pollNumber;
    m_known.clear();
    m_callOrder.clear();
    m_calls.clear();
    m_pending = 1;
    list(QStringLiteral("calls"), 0, {}, [this](bool ok, const QList<CmsNode> &calls) { onCalls(ok, calls); });
}

void LivePoller::onCalls(bool ok, const QList<CmsNode> &calls)
{
    --m_pending;
    if (!ok) {
        m_failed = true;
        finishWhenDone();
        return;
    }
    for (const CmsNode &n : calls) {
        const QString id = n.id();
        if (m_calls.contains(id))
            continue;   // the list moved while it was read
        CallSeen &seen = m_calls[id];
        seen.elements.insert(QStringLiteral("name"), n.value(u"name"));
        seen.elements.insert(QStringLiteral("callCorrelator"), n.value(u"callCorrelator"));
        m_callOrder.append(id);
        ++m_pending;
        list(QStringLiteral("calls/%1/participants").arg(id), 0, {},
             [this, id](bool listed, const QList<CmsNode> &participants) { onParticipants(id, listed, participants); });
    }
    finishWhenDone();
}

void LivePoller::onParticipants(const QString &callId, bool ok, const QList<CmsNode> &participants)
{
    --m_pending;
    CallSeen &seen = m_calls[callId];
    // A call that ended between the two reads answers callDoesNotExist: it is simply gone.
    seen.listed = ok;
    if (ok) {
        for (const CmsNode &n : participants) {
            if (n.has(u"callBridge"))
                continue;   // hosted by another bridge of a distributed call
            const QString id = n.id();
            seen.participants.append(id);
            QJsonObject &details = m_details[id];
            details.insert(QStringLiteral("name"), n.value(u"name"));
            if (!details.contains(QStringLiteral("uri"))) {
                readDetails(id);
                readMute(id);
                m_lastRefreshed.insert(id, m_pollNumber);
            } else {
                m_known.append(id);
            }
        }
    }
    finishWhenDone();
}

void LivePoller::readDetails(const QString &participantId)
{
    ++m_pending;
    CmsReply *reply = send(QStringLiteral("participants/") + participantId);
    const quint64 generation = m_generation;
    connect(reply, &CmsReply::finished, this, [this, reply, participantId, generation] {
        m_inFlight.removeOne(reply);
        if (generation != m_generation)
            return;
        --m_pending;
        if (reply->isOk()) {
            const CmsNode n = reply->object();
            QJsonObject &details = m_details[participantId];
            details.insert(QStringLiteral("uri"), n.value(u"uri"));
            details.insert(QStringLiteral("state"), n.value(u"status/state"));
            details.insert(QStringLiteral("deactivated"), n.value(u"status/deactivated") == QLatin1String("true"));
            details.insert(QStringLiteral("isActivator"), n.value(u"isActivator") == QLatin1String("true"));
            details.insert(QStringLiteral("canMove"), n.value(u"canMove") == QLatin1String("true"));
        } else if (reply->error().isConnectionProblem()) {
            m_failed = true;
        }
        finishWhenDone();
    });
}

// Once the lists are in, the participants read longest ago are read again (at most
// refreshPerPoll of them), so that lobby state and mute are followed without reading everyone on
// every poll.
void LivePoller::refreshStalest()
{
    std::stable_sort(m_known.begin(), m_known.end(), [this](const QString &a, const QString &b) {
        return m_lastRefreshed.value(a) < m_lastRefreshed.value(b);
    });
    const qsizetype count = qMin<qsizetype>(m_known.size(), m_refreshPerPoll);
    for (qsizetype i = 0; i < count; ++i) {
        const QString &id = m_known.at(i);
        readDetails(id);
        readMute(id);
        m_lastRefreshed.insert(id, m_pollNumber);
    }
}

// Mute is a property of the participant's call leg: find the leg, then read its configuration.
void LivePoller::readMute(const QString &participantId)
{
    ++m_pending;
    QUrlQuery filter;
    filter.addQueryItem(QStringLiteral("participantFilter"), participantId);
    CmsReply *legs = send(QStringLiteral("callLegs"), filter);
    const quint64 generation = m_generation;
    connect(legs, &CmsReply::finished, this, [this, legs, participantId, generation] {
        m_inFlight.removeOne(legs);
        if (generation != m_generation)
            return;
        const QList<CmsNode> items = legs->isOk() ? legs->collection().items : QList<CmsNode>();
        if (items.isEmpty()) {
            --m_pending;
            finishWhenDone();
            return;
        }
        CmsReply *leg = send(QStringLiteral("callLegs/") + items.first().id());
        connect(leg, &CmsReply::finished, this, [this, leg, participantId, generation] {
            m_inFlight.removeOne(leg);
            if (generation != m_generation)
                return;
            --m_pending;
            if (leg->isOk()) {
                const CmsNode n = leg->object();
                QJsonObject &details = m_details[participantId];
                details.insert(QStringLiteral("audioMuted"), n.value(u"configuration/rxAudioMute") == QLatin1String("true"));
                details.insert(QStringLiteral("videoMuted"), n.value(u"configuration/rxVideoMute") == QLatin1String("true"));
            }
            finishWhenDone();
        });
    });
}

void LivePoller::finishWhenDone()
{
    if (m_pending != 0)
        return;
    if (!m_refreshDone && !m_failed) {
        m_refreshDone = true;
        refreshStalest();
        if (m_pending != 0)
            return;
    }
    finish(!m_failed);
}

void LivePoller::finish(bool ok)
{
    if (ok) {
        QSet<QString> present;
        QStringList calls;
        for (const QString &id : std::as_const(m_callOrder)) {
            if (m_calls.value(id).listed)
                calls.append(id);
        }
        Q_EMIT callsListed(calls);
        for (const QString &id : std::as_const(calls)) {
            const CallSeen &seen = m_calls[id];
            QJsonObject elements = seen.elements;
            elements.insert(QStringLiteral("participants"), int(seen.participants.size()));
            Q_EMIT callUpdated(id, elements);
            Q_EMIT rosterListed(id, seen.participants);
            for (const QString &pid : seen.participants) {
                present.insert(pid);
                Q_EMIT participantUpdated(id, pid, m_details.value(pid));
            }
        }
        // Forget the details of participants that left.
        for (auto it = m_details.begin(); it != m_details.end();)
            it = present.contains(it.key()) ? std::next(it) : m_details.erase(it);
        for (auto it = m_lastRefreshed.begin(); it != m_lastRefreshed.end();)
            it = present.contains(it.key()) ? std::next(it) : m_lastRefreshed.erase(it);
    }
    Q_EMIT polled(ok);
    if (m_running)
        m_timer.start(m_intervalMs);
}

} // namespace cms
