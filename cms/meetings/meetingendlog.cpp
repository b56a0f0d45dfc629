#include "meetings/meetingendlog.h"

#include "live/livecluster.h"

namespace cms {

MeetingEndLog::MeetingEndLog(LiveCluster &live, QObject *parent)
    : QObject(parent)
    , m_live(&live)
{
    for (const QString &id : live.callIds())
        noteCall(id);
    connect(&live, &LiveCluster::callAdded, this, &MeetingEndLog::noteCall);
    // A call's space arrives with its details, after the call itself.
    connect(&live, &LiveCluster::callChanged, this, [this](const QString &callId, const QStringList &fields) {
        if (fields.contains(QStringLiteral("coSpace")))
            noteCall(callId);
    });
    connect(&live, &LiveCluster::callRemoved, this, &MeetingEndLog::callGone);
}

bool MeetingEndLog::isRunning(const QString &spaceId) const
{
    for (const Call &call : m_calls) {
        if (call.space == spaceId)
            return true;
    }
    return false;
}

void MeetingEndLog::noteCall(const QString &callId)
{
    const LiveCall *call = m_live ? m_live->call(callId) : nullptr;
    if (!call || call->coSpaceId.isEmpty())
        return;
    m_calls.insert(callId, {call->coSpaceId, call->bridge});
    m_ends.remove(call->coSpaceId);
}

void MeetingEndLog::callGone(const QString &callId)
{
    const Call call = m_calls.take(callId);
    if (call.space.isEmpty() || !m_live)
        return;
    // The live state stopping (no bridges left) or a bridge that cannot be reached drops calls that
    // may well go on.
    if (m_live->bridgeCount() == 0 || m_live->bridgeMode(call.bridge) == BridgeMode::Down)
        return;
    if (isRunning(call.space))
        return;   // another instance of the meeting is still there
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_ends.insert(call.space, now);
    Q_EMIT meetingEnded(call.space, now);
}

} // namespace cms
