#include "live/eventsclient.h"

#include "api/cmsreply.h"
#include "live/eventsframe.h"
#include "net/connection.h"
#include "net/transport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrlQuery>
#include <QWebSocket>

namespace cms {

namespace {
const QString kType = QStringLiteral("type");
const QString kMessage = QStringLiteral("message");
const QString kMessageId = QStringLiteral("messageId");
const QString kCalls = QStringLiteral("calls");
const QString kCallInfo = QStringLiteral("callInfo");
const QString kCallRoster = QStringLiteral("callRoster");
const QString kCall = QStringLiteral("call");

QJsonArray callElements()
{
    return {QStringLiteral("name"), QStringLiteral("participants"), QStringLiteral("distributedInstances"),
            QStringLiteral("recording"), QStringLiteral("streaming"), QStringLiteral("lockState"),
            QStringLiteral("callType"), QStringLiteral("callCorrelator")};
}

QJsonArray rosterElements()
{
    // isActivator and deactivated are not in every server's list; a server ignores what it lacks.
    return {QStringLiteral("name"), QStringLiteral("uri"), QStringLiteral("state"), QStringLiteral("audioMuted"),
            QStringLiteral("videoMuted"), QStringLiteral("canMove"), QStringLiteral("isActivator"),
            QStringLiteral("deactivated"), QStringLiteral("presenter"), QStringLiteral("activeSpeaker")};
}

const int kOpenTimeoutMs = 10000;
} // namespace

EventsClient::EventsClient(Connection &connection, int endpointIndex, QObject *parent)
    : LiveFeed(parent)
    , m_connection(connection)
    , m_index(endpointIndex)
{
    m_openTimeout.setSingleShot(true);
    m_openTimeout.setInterval(kOpenTimeoutMs);
    connect(&m_openTimeout, &QTimer::timeout, this, [this] {
        fail(Failure::SocketFailed, tr("The events connection did not open in time."));
    });
}

EventsClient::~EventsClient()
{
    stop();
}

void EventsClient::start()
{
    stop();
    m_running = true;
    ++m_tokensRequested;
    // Tokens are short-lived and single-use: a fresh one for every connection.
    m_tokenReply = m_connection.send(m_index, CmsRequest::post(QStringLiteral("authTokens"), {}));
    CmsReply *reply = m_tokenReply;
    connect(reply, &CmsReply::finished, this, [this, reply] { onToken(reply); });
}

void EventsClient::stop()
{
    m_running = false;
    m_established = false;
    m_openTimeout.stop();
    if (m_tokenReply && !m_tokenReply->isFinished())
        m_tokenReply->cancel();
    m_tokenReply = nullptr;
    if (m_socket) {
        std::unique_ptr<QWebSocket> socket = std::move(m_socket);
        socket->disconnect(this);
        socket->abort();
        socket.release()->deleteLater();
    }
    m_subscriptions.clear();
    m_fullSeen.clear();
    m_calls.clear();
    m_subscribedCalls.clear();
    m_nextMessageId = 1;
}

void EventsClient::onToken(CmsReply *reply)
{
    if (!m_running || reply != m_tokenReply)
        return;
    m_tokenReply = nullptr;
    if (reply->status() == 404) {
        fail(Failure::NoEvents, reply->error().message());
        return;
    }
    if (!reply->isOk()) {
        fail(reply->error().isConnectionProblem() ? Failure::Unreachable : Failure::SocketFailed,
             reply->error().message());
        return;
    }
    const QString token = QString::fromLatin1(reply->header("X-Cisco-CMS-Auth-Token"));
    if (token.isEmpty()) {
        fail(Failure::NoEvents, tr("The call bridge gave no events token."));
        return;
    }
    const QUrl base = m_connection.endpoints().at(m_index).baseUrl;
    QUrl url;
    url.setScheme(QStringLiteral("wss"));
    url.setHost(base.host());
    url.setPort(base.port(443));
    url.setPath(QStringLiteral("/events/v1"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("authToken"), QString::fromLatin1(QUrl::toPercentEncoding(token)));
    url.setQuery(query);

    m_socket = std::make_unique<QWebSocket>();
    QWebSocket *socket = m_socket.get();
    connect(socket, &QWebSocket::sslErrors, this, &EventsClient::onSslErrors);
    connect(socket, &QWebSocket::connected, this, &EventsClient::onConnected);
    connect(socket, &QWebSocket::disconnected, this, &EventsClient::onDisconnected);
    connect(socket, &QWebSocket::textMessageReceived, this, &EventsClient::onText);
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    connect(socket, &QWebSocket::errorOccurred, this, [this](QAbstractSocket::SocketError) { onDisconnected(); });
#else
    connect(socket, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), this,
            [this](QAbstractSocket::SocketError) { onDisconnected(); });
#endif
    m_openTimeout.start();
    socket->open(url);
}

void EventsClient::onSslErrors(const QList<QSslError> &errors)
{
    // Only the errors of the certificate pinned for this bridge are ever ignored.
    const QByteArray pin = m_connection.endpoints().at(m_index).pinnedSha256;
    const QSslCertificate presented = errors.isEmpty() ? QSslCertificate() : errors.first().certificate();
    if (pin.isEmpty() || presented.isNull() || Transport::sha256Hex(presented) != pin)
        return;
    for (const QSslError &e : errors) {
        if (!e.certificate().isNull() && e.certificate() != presented)
            return;
    }
    m_socket->ignoreSslErrors(errors);
}

void EventsClient::onConnected()
{
    m_openTimeout.stop();
    const QByteArray pin = m_connection.endpoints().at(m_index).pinnedSha256;
    const QSslCertificate peer = m_socket->sslConfiguration().peerCertificate();
    if (!pin.isEmpty() && !peer.isNull() && Transport::sha256Hex(peer) != pin) {
        fail(Failure::SocketFailed, tr("The call bridge presented a certificate other than the pinned one."));
        return;
    }
    subscribe();
}

void EventsClient::onDisconnected()
{
    if (!m_running || !m_socket)
        return;
    const QString detail = m_socket->errorString();
    fail(m_established ? Failure::Closed : Failure::SocketFailed, detail);
}

void EventsClient::fail(Failure failure, const QString &detail)
{
    if (!m_running)
        return;
    stop();
    Q_EMIT failed(failure, detail);
}

void EventsClient::sendFrame(const QJsonObject &frame)
{
    m_socket->sendTextMessage(QString::fromUtf8(QJsonDocument(frame).toJson(QJsonDocument::Compact)));
}

void EventsClient::onText(const QString &text)
{
    const EventsFrame frame = EventsFrame::parse(text);
    if (frame.kind == EventsFrame::Kind::NotMessage)
        return;   // acknowledgements of our requests need no action: the fresh indices order things
    m_socket->sendTextMessage(frame.acknowledgement());
    handleMessage(frame);
}

void EventsClient::handleMessage(const EventsFrame &frame)
{
    const auto it = m_subscriptions.constFind(frame.subscriptionIndex);
    if (it == m_subscriptions.constEnd())
        return;   // a subscriptionUpdate, or an update of a set already replaced
    const Subscription s = *it;
    bool &seen = m_fullSeen[frame.subscriptionIndex];
    const bool full = !seen;
    seen = true;
    if (frame.kind == EventsFrame::Kind::CallList && s.type == kCalls) {
        onCallList(full, frame.updates);
    } else if (frame.kind == EventsFrame::Kind::Roster && s.type == kCallRoster) {
        onRoster(s, full, frame.updates);
    } else if (frame.kind == EventsFrame::Kind::CallInfo && s.type == kCallInfo) {
        if (m_calls.contains(s.call))
            Q_EMIT callUpdated(s.call, frame.callInfo);
    }
}

void EventsClient::onCallList(bool full, const QList<EventsFrame::Update> &updates)
{
    if (full) {
        QStringList ids;
        m_calls.clear();
        for (const EventsFrame::Update &u : updates) {
            ids.append(u.id);
            m_calls.insert(u.id);
        }
        Q_EMIT callsListed(ids);
    }
    for (const EventsFrame::Update &u : updates) {
        if (u.removed) {
            if (m_calls.remove(u.id))
                Q_EMIT callRemoved(u.id);
            continue;
        }
        m_calls.insert(u.id);
        Q_EMIT callUpdated(u.id, u.fields);
    }
    // A call that is new to the set needs its callInfo and callRoster subscriptions; calls that
    // ended lose theirs with the next request (the server has deactivated them already).
    for (const QString &id : std::as_const(m_calls)) {
        if (!m_subscribedCalls.contains(id)) {
            scheduleSubscribe();
            break;
        }
    }
    if (full && !m_established) {
        m_established = true;
        Q_EMIT established();
    }
}

void EventsClient::onRoster(const Subscription &s, bool full, const QList<EventsFrame::Update> &updates)
{
    if (!m_calls.contains(s.call))
        return;
    if (full) {
        QStringList ids;
        for (const EventsFrame::Update &u : updates)
            ids.append(u.id);
        Q_EMIT rosterListed(s.call, ids);
    }
    for (const EventsFrame::Update &u : updates) {
        if (u.removed) {
            Q_EMIT participantRemoved(s.call, u.id);
            continue;
        }
        Q_EMIT participantUpdated(s.call, u.id, u.fields);
    }
}

void EventsClient::scheduleSubscribe()
{
    if (m_subscribePending)
        return;
    m_subscribePending = true;
    // Several calls often arrive together: one request for all of them.
    QTimer::singleShot(0, this, [this] {
        m_subscribePending = false;
        if (m_socket && m_running)
            subscribe();
    });
}

void EventsClient::subscribe()
{
    m_subscriptions.clear();
    m_fullSeen.clear();
    m_subscribedCalls = m_calls;
    QJsonArray list;
    auto add = [&](const QString &type, const QString &call, const QJsonArray &elements) {
        const int index = m_nextIndex++;
        m_subscriptions.insert(index, {type, call});
        QJsonObject o{{QStringLiteral("index"), index}, {kType, type}, {QStringLiteral("elements"), elements}};
        if (!call.isEmpty())
            o.insert(kCall, call);
        list.append(o);
    };
    add(kCalls, {}, callElements());
    for (const QString &call : std::as_const(m_calls)) {
        add(kCallInfo, call, callElements());
        add(kCallRoster, call, rosterElements());
    }
    const QJsonObject message{{kMessageId, m_nextMessageId++}, {kType, QStringLiteral("subscribeRequest")},
                              {QStringLiteral("subscriptions"), list}};
    sendFrame({{kType, kMessage}, {kMessage, message}});
}

} // namespace cms
