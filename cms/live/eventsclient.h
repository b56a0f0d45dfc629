#pragma once

#include "live/eventsframe.h"
#include "live/livefeed.h"

#include <QHash>
#include <QPointer>
#include <QSet>
#include <QTimer>
#include <QSslError>

#include <memory>

class QWebSocket;

namespace cms {

class CmsReply;
class Connection;

// One call bridge's events WebSocket (cms-api.md section 6): a fresh token from POST /authTokens,
// wss://<bridge>/events/v1, an acknowledgement for every message, a subscription to calls and to
// callInfo and callRoster of each call. Every subscribeRequest replaces the whole set, so the full
// set is resent, with new indices each time: the first update of an index is then always the
// full one, and late updates of a replaced set are recognised and ignored.
// One start() is one connection; whoever owns the client reconnects by calling start() again.
class EventsClient : public LiveFeed
{
    Q_OBJECT
public:
    enum class Failure {
        Unreachable,    // the token request did not reach the bridge
        NoEvents,       // the bridge has no events (authTokens answered 404)
        SocketFailed,   // token given, but the socket did not open or closed before the first list
        Closed          // the socket closed after it had worked
    };
    Q_ENUM(Failure)

    EventsClient(Connection &connection, int endpointIndex, QObject *parent = nullptr);
    ~EventsClient() override;

    void start();
    void stop();
    bool isRunning() const { return m_running; }
    int tokensRequested() const { return m_tokensRequested; }

Q_SIGNALS:
    // The first complete call list arrived.
    void established();
    void failed(cms::EventsClient::Failure failure, const QString &detail);

private:
    struct Subscription
    {
        QString type;   // calls, callInfo, callRoster
        QString call;
    };
    void onToken(CmsReply *reply);
    void onSslErrors(const QList<QSslError> &errors);
    void onConnected();
    void onDisconnected();
    void onText(const QString &text);
    void handleMessage(const EventsFrame &frame);
    void onCallList(bool full, const QList<EventsFrame::Update> &updates);
    void onRoster(const Subscription &s, bool full, const QList<EventsFrame::Update> &updates);
    void scheduleSubscribe();
    void subscribe();
    void sendFrame(const QJsonObject &frame);
    void fail(Failure failure, const QString &detail);

    Connection &m_connection;
    int m_index;
    QTimer m_openTimeout;
    std::unique_ptr<QWebSocket> m_socket;
    QPointer<CmsReply> m_tokenReply;
    bool m_running = false;
    bool m_established = false;
    bool m_subscribePending = false;
    int m_tokensRequested = 0;
    qint64 m_nextMessageId = 1;
    int m_nextIndex = 1;
    QHash<int, Subscription> m_subscriptions;   // by index, of the current set
    QHash<int, bool> m_fullSeen;                // index -> its first (full) update arrived
    QSet<QString> m_calls;                      // every call of the bridge
    QSet<QString> m_subscribedCalls;            // the calls of the current set
};

} // namespace cms
