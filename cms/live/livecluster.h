#pragma once

#include "live/livetypes.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QStringList>

namespace cms {

class Connection;
class LiveBridge;
class LiveDetailsReader;

// The live state of a whole cluster: the calls and participants of every call bridge merged into
// one view, each with its owning bridge, and distributed calls (instances sharing a correlator)
// grouped into meetings. Every change is a signal a model can turn into rows inserted, removed or
// changed; a call's participants are removed (each signalled) before the call itself.
//
// What the events and the poller do not carry (a call's space and start, a participant's user, call
// leg type and join time) can be read once per object as it appears (setReadDetails(); see
// LiveDetailsReader); it arrives as callChanged / participantChanged with those fields (coSpace,
// coSpaceName, coSpaceUri, startTime; userJid, type, joinTime).
class LiveCluster : public QObject
{
    Q_OBJECT
public:
    explicit LiveCluster(Connection &connection, QObject *parent = nullptr);
    ~LiveCluster() override;

    // Settings; take effect at the next start().
    void setPollIntervalMs(int ms) { m_pollIntervalMs = ms; }
    int pollIntervalMs() const { return m_pollIntervalMs; }
    void setPollingOnly(bool pollingOnly) { m_pollingOnly = pollingOnly; }
    void setRetryDelays(int firstMs, int maxMs);
    // How often events are tried again on a bridge that fell back to polling because its socket
    // kept failing.
    void setEventsRetryMs(int ms) { m_eventsRetryMs = ms; }
    // Whether the details of each new call and participant are read (LiveDetailsReader; off by
    // default, on in a cluster session, which shows them).
    void setReadDetails(bool read) { m_readDetails = read; }
    LiveDetailsReader &detailsReader() { return *m_details; }

    void start();
    void stop();

    int bridgeCount() const { return int(m_bridges.size()); }
    BridgeMode bridgeMode(int bridge) const;
    // Events tokens asked for by a bridge so far (one per connection attempt).
    int tokensRequested(int bridge) const;

    QStringList callIds() const { return m_callOrder; }
    const LiveCall *call(const QString &callId) const;
    QStringList participantIds(const QString &callId) const { return m_rosters.value(callId); }
    const LiveParticipant *participant(const QString &participantId) const;
    int participantCount() const { return int(m_participants.size()); }
    // Call instances of one meeting, by correlator.
    QStringList meetingCalls(const QString &correlator) const { return m_meetings.value(correlator); }
    QList<LiveMeeting> meetings() const;

Q_SIGNALS:
    void callAdded(const QString &callId);
    void callChanged(const QString &callId, const QStringList &fields);
    void callRemoved(const QString &callId);
    void participantAdded(const QString &callId, const QString &participantId);
    void participantChanged(const QString &callId, const QString &participantId, const QStringList &fields);
    void participantRemoved(const QString &callId, const QString &participantId);
    void bridgeModeChanged(int bridge, cms::BridgeMode mode);

private:
    void onCallsListed(int bridge, const QStringList &callIds);
    void onCallUpdated(int bridge, const QString &callId, const QJsonObject &elements);
    void onCallRemoved(int bridge, const QString &callId);
    void onRosterListed(int bridge, const QString &callId, const QStringList &participantIds);
    void onParticipantUpdated(int bridge, const QString &callId, const QString &participantId, const QJsonObject &elements);
    void onParticipantRemoved(int bridge, const QString &callId, const QString &participantId);
    void removeCall(const QString &callId);
    void setCorrelator(const QString &callId, const QString &from, const QString &to);
    void onCallRead(const QString &callId, const QJsonObject &elements);
    void onParticipantRead(const QString &participantId, const QJsonObject &elements);

    Connection &m_connection;
    int m_pollIntervalMs = 2000;
    bool m_pollingOnly = false;
    int m_firstRetryMs = 250;
    int m_maxRetryMs = 10000;
    int m_eventsRetryMs = 60000;
    bool m_readDetails = false;
    LiveDetailsReader *m_details = nullptr;   // child
    QList<LiveBridge *> m_bridges;
    QHash<QString, LiveCall> m_calls;
    QStringList m_callOrder;
    QHash<QString, LiveParticipant> m_participants;
    QHash<QString, QStringList> m_rosters;     // call id -> participant ids, in order of arrival
    QHash<QString, QStringList> m_meetings;    // correlator -> call ids
};

} // namespace cms
