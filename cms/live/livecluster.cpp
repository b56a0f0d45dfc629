#include "live/livecluster.h"

#include "net/connection.h"
#include "live/livebridge.h"
#include "live/livedetailsreader.h"

#include <QSet>

namespace cms {

LiveCluster::LiveCluster(Connection &connection, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_details(new LiveDetailsReader(connection, this))
{
    connect(m_details, &LiveDetailsReader::callRead, this, &LiveCluster::onCallRead);
    connect(m_details, &LiveDetailsReader::participantRead, this, &LiveCluster::onParticipantRead);
}

LiveCluster::~LiveCluster()
{
    stop();
}

void LiveCluster::setRetryDelays(int firstMs, int maxMs)
{
    m_firstRetryMs = firstMs;
    m_maxRetryMs = maxMs;
}

void LiveCluster::start()
{
    stop();
    for (int i = 0; i < m_connection.endpointCount(); ++i) {
        auto *bridge = new LiveBridge(m_connection, i, this);
        bridge->setPollIntervalMs(m_pollIntervalMs);
        bridge->setPollingOnly(m_pollingOnly);
        bridge->setRetryDelays(m_firstRetryMs, m_maxRetryMs);
        bridge->setEventsRetryMs(m_eventsRetryMs);
        m_bridges.append(bridge);
        connect(bridge, &LiveBridge::modeChanged, this, [this, i](BridgeMode mode) { Q_EMIT bridgeModeChanged(i, mode); });
        connect(bridge, &LiveFeed::callsListed, this, [this, i](const QStringList &ids) { onCallsListed(i, ids); });
        connect(bridge, &LiveFeed::callUpdated, this,
                [this, i](const QString &call, const QJsonObject &e) { onCallUpdated(i, call, e); });
        connect(bridge, &LiveFeed::callRemoved, this, [this, i](const QString &call) { onCallRemoved(i, call); });
        connect(bridge, &LiveFeed::rosterListed, this,
                [this, i](const QString &call, const QStringList &ids) { onRosterListed(i, call, ids); });
        connect(bridge, &LiveFeed::participantUpdated, this,
                [this, i](const QString &call, const QString &p, const QJsonObject &e) { onParticipantUpdated(i, call, p, e); });
        connect(bridge, &LiveFeed::participantRemoved, this,
                [this, i](const QString &call, const QString &p) { onParticipantRemoved(i, call, p); });
    }
    for (LiveBridge *bridge : std::as_const(m_bridges))
        bridge->start();
}

void LiveCluster::stop()
{
    qDeleteAll(std::exchange(m_bridges, {}));
    m_details->clear();
    const QStringList calls = m_callOrder;
    for (const QString &id : calls)
        removeCall(id);
}

BridgeMode LiveCluster::bridgeMode(int bridge) const
{
    return bridge >= 0 && bridge < m_bridges.size() ? m_bridges.at(bridge)->mode() : BridgeMode::Down;
}

int LiveCluster::tokensRequested(int bridge) const
{
    return bridge >= 0 && bridge < m_bridges.size() ? m_bridges.at(bridge)->tokensRequested() : 0;
}

const LiveCall *LiveCluster::call(const QString &callId) const
{
    const auto it = m_calls.constFind(callId);
    return it == m_calls.constEnd() ? nullptr : &*it;
}

const LiveParticipant *LiveCluster::participant(const QString &participantId) const
{
    const auto it = m_participants.constFind(participantId);
    return it == m_participants.constEnd() ? nullptr : &*it;
}

QList<LiveMeeting> LiveCluster::meetings() const
{
    QList<LiveMeeting> out;
    QSet<QString> done;
    for (const QString &id : m_callOrder) {
        const LiveCall &c = m_calls[id];
        if (c.correlator.isEmpty()) {
            out.append({QString(), {id}});
        } else if (!done.contains(c.correlator)) {
            done.insert(c.correlator);
            out.append({c.correlator, m_meetings.value(c.correlator)});
        }
    }
    return out;
}

void LiveCluster::onCallsListed(int bridge, const QStringList &callIds)
{
    const QSet<QString> keep(callIds.cbegin(), callIds.cend());
    const QStringList calls = m_callOrder;
    for (const QString &id : calls) {
        if (m_calls.value(id).bridge == bridge && !keep.contains(id))
            removeCall(id);
    }
}

void LiveCluster::onCallUpdated(int bridge, const QString &callId, const QJsonObject &elements)
{
    auto it = m_calls.find(callId);
    if (it == m_calls.end()) {
        LiveCall c;
        c.id = callId;
        c.bridge = bridge;
        c.apply(elements);
        m_calls.insert(callId, c);
        m_callOrder.append(callId);
        m_rosters.insert(callId, {});
        setCorrelator(callId, {}, c.correlator);
        if (m_readDetails)
            m_details->readCall(bridge, callId);
        Q_EMIT callAdded(callId);
        return;
    }
    if (it->bridge != bridge)
        return;
    const QString correlator = it->correlator;
    const QStringList changed = it->apply(elements);
    if (changed.isEmpty())
        return;
    if (it->correlator != correlator)
        setCorrelator(callId, correlator, it->correlator);
    Q_EMIT callChanged(callId, changed);
}

void LiveCluster::onCallRemoved(int bridge, const QString &callId)
{
    if (m_calls.value(callId).bridge == bridge)
        removeCall(callId);
}

void LiveCluster::removeCall(const QString &callId)
{
    const auto it = m_calls.constFind(callId);
    if (it == m_calls.constEnd())
        return;
    const QStringList roster = m_rosters.take(callId);
    for (const QString &pid : roster) {
        m_participants.remove(pid);
        m_details->forget(pid);
        Q_EMIT participantRemoved(callId, pid);
    }
    m_details->forget(callId);
    setCorrelator(callId, it->correlator, {});
    m_calls.erase(it);
    m_callOrder.removeOne(callId);
    Q_EMIT callRemoved(callId);
}

void LiveCluster::setCorrelator(const QString &callId, const QString &from, const QString &to)
{
    if (!from.isEmpty()) {
        QStringList &group = m_meetings[from];
        group.removeOne(callId);
        if (group.isEmpty())
            m_meetings.remove(from);
    }
    if (!to.isEmpty())
        m_meetings[to].append(callId);
}

void LiveCluster::onRosterListed(int bridge, const QString &callId, const QStringList &participantIds)
{
    if (m_calls.value(callId).bridge != bridge)
        return;
    const QSet<QString> keep(participantIds.cbegin(), participantIds.cend());
    const QStringList roster = m_rosters.value(callId);
    for (const QString &pid : roster) {
        if (!keep.contains(pid))
            onParticipantRemoved(bridge, callId, pid);
    }
}

void LiveCluster::onParticipantUpdated(int bridge, const QString &callId, const QString &participantId,
                                       const QJsonObject &elements)
{
    if (m_calls.value(callId).bridge != bridge || !m_calls.contains(callId))
        return;
    auto it = m_participants.find(participantId);
    if (it == m_participants.end()) {
        LiveParticipant p;
        p.id = participantId;
        p.callId = callId;
        p.bridge = bridge;
        p.apply(elements);
        m_participants.insert(participantId, p);
        m_rosters[callId].append(participantId);
        if (m_readDetails)
            m_details->readParticipant(bridge, participantId);
        Q_EMIT participantAdded(callId, participantId);
        return;
    }
    if (it->callId != callId)
        return;
    const QStringList changed = it->apply(elements);
    if (!changed.isEmpty())
        Q_EMIT participantChanged(callId, participantId, changed);
}

void LiveCluster::onParticipantRemoved(int bridge, const QString &callId, const QString &participantId)
{
    const auto it = m_participants.constFind(participantId);
    if (it == m_participants.constEnd() || it->callId != callId || it->bridge != bridge)
        return;
    m_participants.erase(it);
    m_rosters[callId].removeOne(participantId);
    m_details->forget(participantId);
    Q_EMIT participantRemoved(callId, participantId);
}

void LiveCluster::onCallRead(const QString &callId, const QJsonObject &elements)
{
    const auto it = m_calls.find(callId);
    if (it == m_calls.end())
        return;
    const QStringList changed = it->apply(elements);
    if (!changed.isEmpty())
        Q_EMIT callChanged(callId, changed);
}

void LiveCluster::onParticipantRead(const QString &participantId, const QJsonObject &elements)
{
    const auto it = m_participants.find(participantId);
    if (it == m_participants.end())
        return;
    const QString callId = it->callId;
    const QStringList changed = it->apply(elements);
    if (!changed.isEmpty())
        Q_EMIT participantChanged(callId, participantId, changed);
}

} // namespace cms
