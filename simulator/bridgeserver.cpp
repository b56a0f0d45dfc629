#include "bridgeserver.h"

#include "apimessage.h"
#include "eventshub.h"
#include "simbridge.h"
#include "simcluster.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QTcpServer>
#include <QTimer>
#include <QWebSocket>

#include <memory>

namespace cmssim {

namespace {

// Form bodies use '+' for spaces; QUrlQuery does not, so say it explicitly.
QUrlQuery formQuery(QByteArray encoded)
{
    encoded.replace('+', "%20");
    return QUrlQuery(QString::fromUtf8(encoded));
}

// What nginx and many load balancers send when the server behind them does not answer, here with
// status 200, as some of them do.
ApiResponse proxyErrorPage()
{
    ApiResponse r;
    r.body = QByteArrayLiteral("<html><body><h1>502 Bad Gateway</h1></body></html>");
    r.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("text/html")});
    return r;
}

void relabel(ApiResponse &response, const QByteArray &contentType)
{
    if (contentType.isEmpty())
        return;
    response.headers.removeIf([](const auto &h) { return h.first.compare("Content-Type", Qt::CaseInsensitive) == 0; });
    response.headers.append({QByteArrayLiteral("Content-Type"), contentType});
}

void writeResponse(QHttpServerResponder &responder, const ApiResponse &response)
{
    responder.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(response.status));
    for (const auto &h : response.headers)
        responder.writeHeader(h.first, h.second);
    responder.writeHeader(QByteArrayLiteral("Content-Length"), QByteArray::number(response.body.size()));
    responder.writeBody(response.body);
}

} // namespace

BridgeServer::BridgeServer(SimBridge &bridge)
    : QAbstractHttpServer(&bridge)
    , m_bridge(bridge)
{
    connect(this, &QAbstractHttpServer::newWebSocketConnection, this, &BridgeServer::acceptWebSockets);
}

bool BridgeServer::toApiRequest(const QHttpServerRequest &request, ApiRequest *out)
{
    QStringList segments = request.url().path().split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (segments.size() < 2 || segments.at(0).compare(QLatin1String("api"), Qt::CaseInsensitive) != 0
        || segments.at(1).compare(QLatin1String("v1"), Qt::CaseInsensitive) != 0)
        return false;
    segments.remove(0, 2);
    out->path = segments;
    switch (request.method()) {
    case QHttpServerRequest::Method::Get:
        out->method = QStringLiteral("GET");
        break;
    case QHttpServerRequest::Method::Post:
        out->method = QStringLiteral("POST");
        break;
    case QHttpServerRequest::Method::Put:
        out->method = QStringLiteral("PUT");
        break;
    case QHttpServerRequest::Method::Delete:
        out->method = QStringLiteral("DELETE");
        break;
    default:
        out->method = QStringLiteral("OTHER");
        break;
    }
    out->query = formQuery(request.url().query(QUrl::FullyEncoded).toUtf8());
    if (out->method == QLatin1String("POST") || out->method == QLatin1String("PUT")) {
        const QUrlQuery form = formQuery(request.body());
        for (const auto &item : form.queryItems(QUrl::FullyDecoded))
            out->params.insert(item.first, item.second);
    }
    return true;
}

QString BridgeServer::authenticatedUser(const QHttpServerRequest &request) const
{
    const QByteArray header = request.value(QByteArrayLiteral("authorization")).trimmed();
    if (!header.startsWith("Basic ") && !header.startsWith("basic "))
        return {};
    const QByteArray decoded = QByteArray::fromBase64(header.mid(6).trimmed());
    const qsizetype colon = decoded.indexOf(':');
    if (colon < 0)
        return {};
    const QString user = QString::fromUtf8(decoded.left(colon));
    const QString password = QString::fromUtf8(decoded.mid(colon + 1));
    return m_bridge.cluster().checkCredentials(user, password) ? user : QString();
}

bool BridgeServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // Down, nothing answers. A connection can outlive closeAll() when it was still being set up
    // then (its TLS handshake under way, no request read yet): it is dropped at its first request.
    if (!m_bridge.isUp()) {
        QMetaObject::invokeMethod(socket, &QAbstractSocket::abort, Qt::QueuedConnection);
        return true;
    }
    m_sockets.removeAll(nullptr);
    if (!m_sockets.contains(socket)) {
        m_sockets.append(socket);
        // As web servers do (nginx's tcp_nodelay): a reply is not held back by Nagle's algorithm
        // until the client acknowledges what went before it (TLS 1.3 session tickets, on a new
        // connection), which costs the first exchange of each connection the client's 40 ms
        // delayed acknowledgement.
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    }
    // A WebSocket upgrade: answer nothing here. Qt HttpServer hands the socket over through
    // newWebSocketConnection, where the events hub checks the path, the version and the token.
    if (request.value(QByteArrayLiteral("upgrade")).compare("websocket", Qt::CaseInsensitive) == 0)
        return true;
    // Hung: the request was read and is never answered (the socket stays open until the client
    // gives up). New connections wait unaccepted meanwhile (setAccepting).
    if (m_bridge.faults().frozen)
        return true;

    SimCluster &cluster = m_bridge.cluster();
    ApiResponse response;
    ApiRequest api;
    if (m_bridge.faults().htmlPage) {
        response = proxyErrorPage();   // the proxy answers for the bridge, whoever asks
    } else if (!toApiRequest(request, &api)) {
        response = ApiResponse::empty(404);
    } else {
        api.user = authenticatedUser(request);
        if (api.user.isEmpty()) {
            // As real servers do: 401, an empty body and the Basic challenge.
            response = ApiResponse::empty(401);
            response.headers.append({QByteArrayLiteral("WWW-Authenticate"), QByteArrayLiteral("Basic realm=\"acano\"")});
        } else {
            ++m_bridge.apiRequestsServed;
            BridgeFaults &faults = m_bridge.faults();
            const bool write = api.method != QLatin1String("GET");
            if (faults.busy) {
                response = ApiResponse::empty(503);
            } else if (faults.errorRate > 0 && cluster.ids().random().generateDouble() < faults.errorRate) {
                response = ApiResponse::empty(500);
            } else if (write && faults.writesBeforeFailure > 0) {
                --faults.writesBeforeFailure;
                response = cluster.dispatch(m_bridge.index(), api);
            } else if (write && faults.writesBeforeFailure == 0) {
                response = ApiResponse::empty(500);
                if (--faults.failingWrites <= 0) {
                    faults.writesBeforeFailure = -1;
                    faults.failingWrites = 1;
                }
            } else {
                response = cluster.dispatch(m_bridge.index(), api);
            }
        }
    }

    relabel(response, m_bridge.faults().contentType);

    auto responder = std::make_shared<QHttpServerResponder>(makeResponder(request, socket));
    const int latency = m_bridge.faults().latencyMs;
    if (latency <= 0) {
        writeResponse(*responder, response);
        return true;
    }
    QPointer<QTcpSocket> guard(socket);
    QTimer::singleShot(latency, this, [this, guard, responder, response] {
        if (guard && guard->state() == QAbstractSocket::ConnectedState && !m_bridge.faults().frozen)
            writeResponse(*responder, response);
    });
    return true;
}

void BridgeServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    ApiResponse r = ApiResponse::empty(404);
    QHttpServerResponder responder = makeResponder(request, socket);
    writeResponse(responder, r);
}

void BridgeServer::acceptWebSockets()
{
    while (hasPendingWebSocketConnections())
        m_bridge.events().accept(nextPendingWebSocketConnection());
}

void BridgeServer::closeAll()
{
    for (QTcpServer *server : servers())
        server->close();
    const QList<QPointer<QTcpSocket>> open = m_sockets;
    m_sockets.clear();
    for (const QPointer<QTcpSocket> &socket : open) {
        if (socket)
            socket->abort();
    }
}

void BridgeServer::setAccepting(bool accepting)
{
    for (QTcpServer *server : servers()) {
        if (accepting)
            server->resumeAccepting();
        else
            server->pauseAccepting();
    }
}

bool BridgeServer::reopen(const QHostAddress &address, quint16 port)
{
    const QList<QTcpServer *> all = servers();
    if (all.isEmpty())
        return listen(address, port) == port;
    return all.first()->listen(address, port);
}

} // namespace cmssim
