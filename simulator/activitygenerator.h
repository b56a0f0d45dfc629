#pragma once

#include <QList>
#include <QObject>
#include <QRandomGenerator>
#include <QTimer>

#include <optional>

namespace cmssim {

class SimBridge;
class SimCluster;
struct JoinSpec;
struct LiveCall;
struct LiveParticipant;

// How far the generated activity may go. Calls are counted as call instances on the up bridges.
struct ActivityLimits
{
    int maxCalls = 12;
    int minCalls = 2;                 // calls only end while there are more than this
    int maxParticipantsPerCall = 12;
};

// Live activity on a simulated cluster: calls starting in spaces, SIP endpoints, web app users,
// guests and hosts joining and leaving, muting, presenting, calls ending. Names come from French,
// Korean, Arabic and English speakers. Deterministic for a seed; off until started. The demo meetings
// (LiveCall::showcase) are left as they are.
class ActivityGenerator : public QObject
{
    Q_OBJECT
public:
    ActivityGenerator(SimCluster &cluster, quint32 seed, QObject *parent = nullptr);

    void setLimits(const ActivityLimits &limits) { m_limits = limits; }
    const ActivityLimits &limits() const { return m_limits; }

    void start(double actionsPerSecond);
    void stop();
    bool isRunning() const { return m_timer.isActive(); }
    // One action, chosen by the seeded generator; returns a short description of what it did.
    QString step();

Q_SIGNALS:
    // After each timed step, with its description.
    void acted(const QString &description);

private:
    enum class Action { StartCall, Join, Leave, ToggleMute, TogglePresenter, ActiveSpeaker, EndCall };
    struct CallRef
    {
        SimBridge *bridge = nullptr;
        LiveCall *call = nullptr;
    };
    struct ParticipantRef
    {
        SimBridge *bridge = nullptr;
        LiveParticipant *participant = nullptr;
    };

    QList<SimBridge *> upBridges() const;
    QList<CallRef> calls() const;
    QList<ParticipantRef> participants() const;
    QList<CallRef> callsWithRoom(const QList<CallRef> &all) const;
    std::optional<Action> choose(const QList<CallRef> &all, int participantCount);

    QString startCall();
    QString join(const QList<CallRef> &all);
    QString leave();
    QString toggleMute();
    QString togglePresenter();
    QString changeActiveSpeaker(const QList<CallRef> &all);
    QString endCall(const QList<CallRef> &all);
    JoinSpec newcomer(QString *role);
    QString callName(SimBridge &bridge, const QString &callId) const;

    SimCluster &m_cluster;
    QRandomGenerator m_rng;
    QTimer m_timer;
    ActivityLimits m_limits;
};

} // namespace cmssim
