#pragma once

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QString>
#include <QStringList>

#include <vector>

namespace cmssim {

// What kind of endpoint a participant is; it decides whether it can be moved.
enum class EndpointKind { Sip, WebApp, Lync };

struct MediaStats
{
    QString codec;
    int bitRate = 0;
    double packetLossPercentage = 0;
    int jitter = 0;   // milliseconds
};

// A participant hosted on one call bridge, with its single call leg (the simulator gives every
// participant one leg: numCallLegs is 1).
struct LiveParticipant
{
    QString id;
    QString callId;            // the call instance on the hosting bridge
    QString legId;
    QString name;
    QString remoteParty;       // the URI of the far end
    QString userJid;           // web app users signed in
    EndpointKind kind = EndpointKind::Sip;
    QString direction = QStringLiteral("incoming");
    QString state = QStringLiteral("connected");
    bool isActivator = true;
    bool deactivated = false;
    QString movedParticipant;
    QString movedParticipantCallBridge;
    int importance = 0;
    QString layout;
    bool rxAudioMute = false;  // the bridge does not take the participant's audio: muted
    bool rxVideoMute = false;
    bool txAudioMute = false;
    bool txVideoMute = false;
    bool presenter = false;
    bool activeSpeaker = false;
    QDateTime joined;
    QString accessMethodId;    // how the participant came in, for the effective profile
    QString memberUserId;
    QString callLegProfile;    // per-leg profile given at dial-out
    MediaStats rxAudio, txAudio, rxVideo, txVideo;
    int roundTripTime = 0;     // milliseconds; reported under status/txAudio and status/txVideo
    QStringList alarms;        // packetLoss, excessiveJitter, highRoundTripTime
    bool dualHomed = false;
};

// A call instance on one call bridge. A meeting spread over bridges has one instance per bridge,
// linked by the call correlator.
struct LiveCall
{
    QString id;
    QString name;
    QString coSpaceId;
    QString correlator;
    QString tenant;
    QString callType = QStringLiteral("coSpace");
    QDateTime started;
    bool locked = false;
    bool recording = false;
    bool streaming = false;
    bool distributedInstance = false;   // created to host participants placed on this bridge
    bool showcase = false;              // a demo meeting the live activity leaves as seeded
    QStringList participantIds;         // in joining order
};

// The live objects owned by one call bridge. Every change is announced, for the events sessions.
class LiveState : public QObject
{
    Q_OBJECT
public:
    explicit LiveState(QObject *parent = nullptr) : QObject(parent) {}

    LiveCall *call(const QString &id);
    const LiveCall *call(const QString &id) const;
    LiveCall *callByCorrelator(const QString &correlator);
    LiveCall *callForSpace(const QString &coSpaceId);
    const std::vector<QString> &callOrder() const { return m_callOrder; }

    LiveParticipant *participant(const QString &id);
    const LiveParticipant *participant(const QString &id) const;
    LiveParticipant *participantByLeg(const QString &legId);
    const std::vector<QString> &participantOrder() const { return m_participantOrder; }
    qsizetype legCount() const { return qsizetype(m_participantOrder.size()); }

    void addCall(const LiveCall &call);
    void removeCall(const QString &id);   // removes its participants first
    void addParticipant(const LiveParticipant &participant);
    void removeParticipant(const QString &id);
    void removeAll();

    // Announce changes made in place through call() or participant().
    void touchCall(const QString &id, const QStringList &elements) { Q_EMIT callChanged(id, elements); }
    void touchParticipant(const QString &id, const QStringList &elements);

    int maxLegsSeen() const { return m_maxLegs; }
    int legsCompleted() const { return m_legsCompleted; }

Q_SIGNALS:
    void callAdded(const QString &callId);
    void callChanged(const QString &callId, const QStringList &elements);
    void callRemoved(const QString &callId);
    void participantAdded(const QString &callId, const QString &participantId);
    void participantChanged(const QString &callId, const QString &participantId, const QStringList &elements);
    void participantRemoved(const QString &callId, const QString &participantId);

private:
    QHash<QString, LiveCall> m_calls;
    std::vector<QString> m_callOrder;
    QHash<QString, LiveParticipant> m_participants;
    std::vector<QString> m_participantOrder;
    QHash<QString, QString> m_legToParticipant;
    int m_maxLegs = 0;
    int m_legsCompleted = 0;
};

} // namespace cmssim
