#include "livestate.h"

#include <algorithm>

namespace cmssim {

namespace {
void eraseValue(std::vector<QString> &v, const QString &value)
{
    const auto it = std::find(v.begin(), v.end(), value);
    if (it != v.end())
        v.erase(it);
}
} // namespace

LiveCall *LiveState::call(const QString &id)
{
    const auto it = m_calls.find(id);
    return it == m_calls.end() ? nullptr : &it.value();
}

const LiveCall *LiveState::call(const QString &id) const
{
    const auto it = m_calls.constFind(id);
    return it == m_calls.constEnd() ? nullptr : &it.value();
}

LiveCall *LiveState::callByCorrelator(const QString &correlator)
{
    for (auto &c : m_calls) {
        if (c.correlator == correlator)
            return &c;
    }
    return nullptr;
}

LiveCall *LiveState::callForSpace(const QString &coSpaceId)
{
    for (auto &c : m_calls) {
        if (!coSpaceId.isEmpty() && c.coSpaceId == coSpaceId)
            return &c;
    }
    return nullptr;
}

LiveParticipant *LiveState::participant(const QString &id)
{
    const auto it = m_participants.find(id);
    return it == m_participants.end() ? nullptr : &it.value();
}

const LiveParticipant *LiveState::participant(const QString &id) const
{
    const auto it = m_participants.constFind(id);
    return it == m_participants.constEnd() ? nullptr : &it.value();
}

LiveParticipant *LiveState::participantByLeg(const QString &legId)
{
    const auto it = m_legToParticipant.constFind(legId);
    return it == m_legToParticipant.constEnd() ? nullptr : participant(it.value());
}

void LiveState::addCall(const LiveCall &call)
{
    m_calls.insert(call.id, call);
    m_callOrder.push_back(call.id);
    Q_EMIT callAdded(call.id);
}

void LiveState::removeCall(const QString &callId)
{
    const QString id = callId;   // a copy: callers may pass a reference into the entry being erased
    LiveCall *c = call(id);
    if (!c)
        return;
    const QStringList participants = c->participantIds;
    for (const QString &p : participants)
        removeParticipant(p);
    m_calls.remove(id);
    eraseValue(m_callOrder, id);
    Q_EMIT callRemoved(id);
}

void LiveState::addParticipant(const LiveParticipant &participant)
{
    LiveCall *c = call(participant.callId);
    if (!c)
        return;
    c->participantIds.append(participant.id);
    m_participants.insert(participant.id, participant);
    m_participantOrder.push_back(participant.id);
    m_legToParticipant.insert(participant.legId, participant.id);
    m_maxLegs = qMax(m_maxLegs, int(m_participantOrder.size()));
    Q_EMIT participantAdded(participant.callId, participant.id);
    Q_EMIT callChanged(participant.callId, {QStringLiteral("participants")});
}

void LiveState::removeParticipant(const QString &participantId)
{
    const QString id = participantId;   // a copy: callers may pass a reference into the entry being erased
    const auto it = m_participants.find(id);
    if (it == m_participants.end())
        return;
    const QString callId = it->callId;
    m_legToParticipant.remove(it->legId);
    m_participants.erase(it);
    eraseValue(m_participantOrder, id);
    ++m_legsCompleted;
    if (LiveCall *c = call(callId))
        c->participantIds.removeOne(id);
    Q_EMIT participantRemoved(callId, id);
    Q_EMIT callChanged(callId, {QStringLiteral("participants")});
}

void LiveState::removeAll()
{
    const std::vector<QString> calls = m_callOrder;
    for (const QString &c : calls)
        removeCall(c);
}

void LiveState::touchParticipant(const QString &id, const QStringList &elements)
{
    if (const LiveParticipant *p = participant(id))
        Q_EMIT participantChanged(p->callId, id, elements);
}

} // namespace cmssim
