#pragma once

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QSet>
#include <QStringList>

#include <deque>
#include <memory>

class QWebSocket;

namespace cmssim {

class SimBridge;

// One client of the events WebSocket. It keeps the client's subscriptions, turns the bridge's live
// changes into messages, numbers them, and holds messages back while too many are unacknowledged.
class EventsSession : public QObject
{
    Q_OBJECT
public:
    EventsSession(SimBridge &bridge, std::unique_ptr<QWebSocket> socket, int ackWindow);
    ~EventsSession() override;

    void close();
    // While the bridge is frozen a session sends nothing and leaves what the client sends unread;
    // once it answers again, this reads what came meanwhile and sends what waits.
    void resume();
    int unacknowledged() const { return int(m_unacked.size()); }
    int queued() const { return int(m_queue.size()); }

Q_SIGNALS:
    void closed();

private:
    struct Subscription
    {
        int index = 0;
        QString type;      // calls, callInfo, callRoster
        QString call;      // for callInfo and callRoster
        QStringList elements;
        bool active = false;
    };

    void onText(const QString &text);
    void handleMessage(const QJsonObject &message);
    void subscribe(const QJsonArray &subscriptions);
    void acknowledge(qint64 messageId, bool success);
    void send(QJsonObject message);
    void flush();

    void onCallAdded(const QString &callId);
    void onCallChanged(const QString &callId, const QStringList &elements);
    void onCallRemoved(const QString &callId);
    void onParticipantAdded(const QString &callId, const QString &participantId);
    void onParticipantChanged(const QString &callId, const QString &participantId, const QStringList &elements);
    void onParticipantRemoved(const QString &callId, const QString &participantId);

    QJsonObject callElements(const QString &callId, const QStringList &wanted) const;
    QJsonObject participantElements(const QString &participantId, const QStringList &wanted) const;
    void sendCallListUpdate(const Subscription &s, const QString &updateType, const QString &callId,
                            const QStringList &elements);
    void sendRosterUpdate(const Subscription &s, const QString &updateType, const QString &participantId,
                          const QStringList &elements);
    void sendSubscriptionStates();

    SimBridge &m_bridge;
    std::unique_ptr<QWebSocket> m_socket;
    int m_ackWindow;
    qint64 m_nextId = 1;
    QSet<qint64> m_unacked;
    std::deque<QJsonObject> m_queue;
    QStringList m_unread;   // received while the bridge was frozen
    QList<Subscription> m_subscriptions;
};

} // namespace cmssim
