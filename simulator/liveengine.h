#pragma once

#include "apimessage.h"
#include "livestate.h"

#include <QObject>
#include <QString>

#include <optional>
#include <variant>

namespace cmssim {

class SimBridge;
class SimCluster;

// Who is joining a call, and how.
struct JoinSpec
{
    QString name;
    QString remoteParty;
    QString userJid;
    EndpointKind kind = EndpointKind::Sip;
    QString direction = QStringLiteral("incoming");
    QString accessMethodId;        // joined through this access method of the space
    QString memberUserId;          // joined as this member of the space
    QString callLegProfile;        // a profile for this leg only
    std::optional<bool> needsActivation;   // explicit override (a move sends false)
    bool dualHomed = false;
    bool poorMedia = false;                // on a bad network: heavy packet loss, jitter and delay,
                                           // which raise every call leg alarm
    QString presetId;                      // the id a move announced before the participant arrives
    QString movedParticipant;
    QString movedParticipantCallBridge;
};

// The call leg profile values that really apply to one participant, walked from the most specific
// level (the leg) to the least (the system profile).
struct EffectiveLegSettings
{
    bool needsActivation = false;
    QString deactivationMode = QStringLiteral("deactivate");
    int deactivationModeTime = 0;
    QString defaultLayout;
    bool rxAudioMute = false;
    bool rxVideoMute = false;
    bool txAudioMute = false;
    bool txVideoMute = false;
};

// A participant found somewhere in the cluster.
struct Located
{
    SimBridge *bridge = nullptr;
    LiveParticipant *participant = nullptr;
    explicit operator bool() const { return participant != nullptr; }
};

// Live behaviour that spans call bridges: starting calls, joining and leaving, the lobby, moves
// (possibly placed on a third bridge), distributed calls, and what a bridge failure ends.
class LiveEngine : public QObject
{
    Q_OBJECT
public:
    explicit LiveEngine(SimCluster &cluster);

    // Start a call for a space on a bridge (or return the one it already has there).
    std::variant<QString, Failure> startCall(SimBridge &bridge, const QString &coSpaceId, const QString &name);
    // Add a participant to a call instance of `bridge`. Returns the participant id.
    QString join(SimBridge &bridge, const QString &callId, const JoinSpec &spec);
    // Join a meeting by load balancing: the participant may be placed on another bridge, which
    // then gets a distributed instance of the call.
    QString joinBalanced(SimBridge &target, const QString &callId, const JoinSpec &spec);
    // Join the meeting of call `callId` hosted on `host`, placing the participant on `placed`, which
    // gets a distributed instance of the call if it has none: load balancing with a chosen result.
    QString joinOn(SimBridge &placed, SimBridge &host, const QString &callId, const JoinSpec &spec);
    void leave(const QString &participantId);
    std::variant<QString, Failure> move(SimBridge &target, const QString &targetCallId,
                                        const QString &participantId, std::optional<bool> needsActivation);
    void endCall(SimBridge &bridge, const QString &callId);   // ends the meeting on every bridge
    void admit(const QString &participantId);
    void bridgeWentDown(SimBridge &bridge);

    Located find(const QString &participantId);
    bool canMove(const LiveParticipant &participant) const;
    EffectiveLegSettings effectiveSettings(const LiveParticipant &participant, const LiveCall &call) const;

    // Which bridge takes a new participant of a call hosted on `preferred`: the preferred one unless
    // another up bridge carries fewer legs by more than the slack. A test may force the choice.
    SimBridge &placeOn(SimBridge &preferred);
    int loadBalanceSlack = 5;
    int forcedPlacement = -1;

private:
    LiveCall &instanceOn(SimBridge &bridge, const LiveCall &model);
    void updateLobby(const QString &correlator);
    void applyDeactivation(const QString &correlator, const QString &participantId);
    bool meetingHasActivator(const QString &correlator) const;
    void dropEmptyInstance(SimBridge &bridge, const QString &callId);

    SimCluster &m_cluster;
};

} // namespace cmssim
