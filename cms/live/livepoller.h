#pragma once

#include "api/cmsnode.h"
#include "live/livefeed.h"

#include <QHash>
#include <QList>
#include <QPointer>
#include <QTimer>
#include <QUrlQuery>

#include <functional>
#include <optional>

namespace cms {

class CmsReply;
class CollectionPager;
class Connection;

// Follows one call bridge's live state by polling, for servers without events (before 2.9) or
// when the socket keeps failing. Each poll:
//  - reads /system/status and the first page of /calls. The status's leg counters
//    (callLegsActive, callLegsCompleted) move whenever a participant joins or leaves the bridge;
//  - when someone joined or left (or the counters are unknown), lists the whole of /calls and the
//    bridge's /participants (its own participants; remote ones of a distributed call belong to
//    their own bridge), paged in parallel once the server's cap is known. When nobody did, the
//    participants are not listed again, nor the calls unless their first page changed (and every
//    tenth poll, for a call renamed further down);
//  - reads the details of participants it has not seen (GET /participants/<id> for the URI, lobby
//    and activator state; the call leg, found once with participantFilter, for mute), and reports a
//    participant only once they are in;
//  - reads the call legs of a few known participants again (those read longest ago first), so that
//    lobby state and mute are followed without reading everyone on every poll.
// It reports complete call lists every poll, and calls, rosters and participants when they changed
// (all of them again after a poll that failed, since the receiver then drops the bridge's calls).
class LivePoller : public LiveFeed
{
    Q_OBJECT
public:
    LivePoller(Connection &connection, int endpointIndex, QObject *parent = nullptr);
    ~LivePoller() override;

    void setIntervalMs(int ms) { m_intervalMs = qMax(10, ms); }
    // How many known participants have their call leg (lobby state, mute) read again per second of
    // the interval. A budget per second rather than per poll: polling more often is for seeing
    // joins and leaves sooner, it need not multiply these reads. 10 is what 20 per poll gave at the
    // default interval of 2 s.
    void setRefreshPerSecond(int participants) { m_refreshPerSecond = qMax(0, participants); }
    int intervalMs() const { return m_intervalMs; }
    void start();
    void stop();
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    // After each poll: ok false when the bridge could not be reached (nothing is reported then).
    void polled(bool ok);

private:
    // What /system/status says about the bridge's call legs: equal twice means nobody joined or
    // left in between (a restart resets the counters, hence the uptime).
    struct LegCounters
    {
        qint64 uptimeSeconds = 0;
        qint64 active = 0;
        qint64 completed = 0;
    };
    struct Call
    {
        QJsonObject elements;          // name, callCorrelator, participants
        QStringList roster;            // its participants, as last listed
        QStringList reportedRoster;    // as last reported
        bool changed = true;           // elements differ from what was reported
        bool reported = false;
    };
    struct Participant
    {
        QString callId;
        QString legId;                 // found with the first read
        QJsonObject elements;          // name, uri, state, deactivated, isActivator, canMove, mutes
        int reads = 0;                 // detail reads under way
        bool complete = false;         // its details were read: it can be reported
        bool changed = true;           // elements differ from what was reported
        bool reported = false;
        quint64 refreshedPoll = 0;
    };

    enum class Phase { Probe, Lists, Details };
    void poll();
    void onStatus(CmsReply *reply);
    void onFirstCallsPage(CmsReply *reply);
    bool firstCallsPageUnchanged() const;
    void startLists();
    void listPages(const QString &path, void (LivePoller::*then)(CollectionPager *));
    void onCallsListed(CollectionPager *pager);
    void onParticipantsListed(CollectionPager *pager);
    void reconcile();
    void takeCalls();
    void takeRosters();
    void readAbout(const QString &participantId, CmsReply *reply,
                   const std::function<void(Participant &, CmsReply *)> &handle);
    void readParticipant(const QString &participantId);
    void readLeg(const QString &participantId);
    void readLegDetails(const QString &participantId, const QString &legId);
    void refreshStalest();
    void setElement(Participant &p, const QString &key, const QJsonValue &value);
    void forget(const QString &participantId);
    void done();
    void finish(bool ok);
    void report();
    CmsReply *send(const QString &path, const QUrlQuery &query = {});
    bool current(quint64 generation) const { return generation == m_generation; }

    Connection &m_connection;
    int m_index;
    int m_intervalMs = 2000;
    int m_refreshPerSecond = 10;
    bool m_running = false;
    QTimer m_timer;
    quint64 m_generation = 0;      // changes on stop(): what a stopped poll sends is ignored
    quint64 m_pollNumber = 0;

    // This poll.
    int m_pending = 0;
    bool m_failed = false;
    Phase m_phase = Phase::Probe;
    std::optional<LegCounters> m_counters;   // read this poll, if the server says
    CmsCollection m_firstCalls;
    bool m_callsRead = false;
    bool m_rosterRead = false;
    bool m_rosterExact = false;              // the participants list matched the calls list
    QList<CmsNode> m_listedCalls;
    QList<CmsNode> m_listedParticipants;
    QList<QPointer<CmsReply>> m_inFlight;
    QList<QPointer<CollectionPager>> m_pagers;

    // Between polls.
    std::optional<LegCounters> m_rosterCounters;   // as of the last participants list read whole
    bool m_synced = false;                         // the receiver holds what was reported
    QStringList m_callOrder;
    QHash<QString, Call> m_calls;
    QHash<QString, Participant> m_participants;
};

} // namespace cms
