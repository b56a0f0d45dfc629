#pragma once

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>

#include <functional>

namespace cms {

class CmsReply;
class Connection;
struct CmsRequest;

// Reads, once per live object, what neither the events nor the poller carry, from the call bridge
// that hosts it:
//  - a call: its space and since when it runs (GET /calls/<id>: coSpace, durationSeconds), then the
//    space's name and URI (GET /coSpaces/<space>, shared configuration, read once per space);
//  - a participant: the user it signed in as (GET /participants/<id>: userJid), then its call leg's
//    type and time in the call (GET /callLegs?participantFilter=<id>, GET /callLegs/<leg>:
//    type, status/durationSeconds).
// Each answer is one signal with the fields in the element names LiveCall::apply() and
// LiveParticipant::apply() take ("coSpace", "coSpaceName", "coSpaceUri", "startTime"; "userJid",
// "type", "joinTime"; times in milliseconds since the epoch, worked out from the durations).
//
// Cost: one to two requests per call (the space is read once per space), three per participant.
// At most maxInFlight() objects are read at a time per bridge, so that thousands of participants
// arriving at once do not flood a bridge; the others wait their turn in arrival order. An object
// that leaves first is dropped from the queue (forget()), or its read cancelled. A read that fails
// leaves the fields unknown: nothing is emitted.
class LiveDetailsReader : public QObject
{
    Q_OBJECT
public:
    explicit LiveDetailsReader(Connection &connection, QObject *parent = nullptr);
    ~LiveDetailsReader() override;

    void setMaxInFlight(int perBridge) { m_maxInFlight = qMax(1, perBridge); }
    int maxInFlight() const { return m_maxInFlight; }

    void readCall(int bridge, const QString &callId);
    void readParticipant(int bridge, const QString &participantId);
    // The object is gone: not read, or its read dropped.
    void forget(const QString &id);
    // Everything dropped, reads in flight cancelled, spaces forgotten.
    void clear();

    // Objects waiting or being read (for tests and benchmarks).
    int pendingCount() const { return int(m_wanted.size() + m_running.size()); }

Q_SIGNALS:
    void callRead(const QString &callId, const QJsonObject &elements);
    void participantRead(const QString &participantId, const QJsonObject &elements);

private:
    enum class Kind { Call, Participant };
    struct Job
    {
        Kind kind;
        QString id;
    };
    struct Running
    {
        int bridge = -1;
        quint64 serial = 0;
        QPointer<CmsReply> reply;
    };
    struct Space
    {
        QString name;
        QString uri;
    };
    using Then = std::function<void(const CmsReply &)>;

    void enqueue(int bridge, Kind kind, const QString &id);
    void pump(int bridge);
    void send(const QString &id, const CmsRequest &request, bool shared, const Then &then);
    void finish(const QString &id);
    void startCall(const QString &id);
    void readSpace(const QString &callId, const QString &spaceId, QJsonObject elements);
    void startParticipant(const QString &id);
    void readLeg(const QString &id, const QJsonObject &elements);

    Connection &m_connection;
    int m_maxInFlight = 4;
    quint64 m_serial = 0;
    QHash<int, QList<Job>> m_queues;     // per bridge, in arrival order
    QSet<QString> m_wanted;              // ids queued and not forgotten since
    QHash<QString, Running> m_running;   // ids being read
    QHash<int, int> m_inFlight;          // per bridge
    QHash<QString, Space> m_spaces;      // space id -> what was read
};

} // namespace cms
