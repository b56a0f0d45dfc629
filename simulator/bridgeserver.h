#pragma once

#include <QAbstractHttpServer>
#include <QPointer>
#include <QSet>
#include <QTcpSocket>

namespace cmssim {

class SimBridge;
struct ApiRequest;

// The HTTPS listener of one call bridge. It sees every request, checks Basic auth, applies the
// bridge's injected faults and hands API requests to the cluster; /events/v1 upgrades go to the
// bridge's events hub.
class BridgeServer : public QAbstractHttpServer
{
    Q_OBJECT
public:
    explicit BridgeServer(SimBridge &bridge);

    // Close the listening socket and drop every open connection (the bridge "goes down").
    void closeAll();
    bool reopen(const QHostAddress &address, quint16 port);
    // Whether new connections are taken: when not, the system still accepts them into the
    // listening socket's backlog (the client connects and sends), and nobody answers.
    void setAccepting(bool accepting);

    // Turn an HTTP request into an ApiRequest; false when the path is not under /api/v1.
    static bool toApiRequest(const QHttpServerRequest &request, ApiRequest *out);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    QString authenticatedUser(const QHttpServerRequest &request) const;
    void acceptWebSockets();

    SimBridge &m_bridge;
    // QPointer: a socket upgraded to a WebSocket loses its connections (destroyed included) when
    // the QWebSocket takes it over, so a raw pointer here could outlive its socket.
    QList<QPointer<QTcpSocket>> m_sockets;
};

} // namespace cmssim
