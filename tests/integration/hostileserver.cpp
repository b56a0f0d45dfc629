#include "hostileserver.h"

#include <QHostAddress>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTimer>

#include <sys/socket.h>

#include <memory>

namespace {

const QByteArray kStatusXml = "<?xml version=\"1.0\"?><status><softwareVersion>3.8</softwareVersion>"
                              "<uptimeSeconds>1000</uptimeSeconds><activated>true</activated></status>";

QByteArray head(const QByteArray &statusLine, const QByteArray &contentType, qint64 contentLength,
                const QByteArray &moreHeaders = {})
{
    return "HTTP/1.1 " + statusLine + "\r\nContent-Type: " + contentType + "\r\nContent-Length: "
        + QByteArray::number(contentLength) + "\r\n" + moreHeaders + "\r\n";
}

QByteArray whole(const QByteArray &statusLine, const QByteArray &contentType, const QByteArray &body,
                 const QByteArray &moreHeaders = {})
{
    return head(statusLine, contentType, body.size(), moreHeaders) + body;
}

// Valid-looking spaces, repeated as long as wanted.
QByteArray spaces(qint64 bytes)
{
    const QByteArray one = "<coSpace id=\"6b7f0c8e-2a51-4c43-9f0e-3d2b1a0c9e8f\"><name>Hostile</name></coSpace>";
    QByteArray out = "<coSpaces total=\"999999999\">";
    while (out.size() < bytes)
        out += one;
    return out.left(bytes);
}

cmssim::SimCertificate identityFor(HostileServer::Mode mode)
{
    cmssim::SimCertificate::Shape shape;
    QString commonName = QStringLiteral("localhost");
    if (mode == HostileServer::Mode::ExpiredCertificate) {
        shape.validFromSeconds = -30LL * 24 * 3600;
        shape.validUntilSeconds = -24LL * 3600;
    } else if (mode == HostileServer::Mode::OtherHostCertificate) {
        commonName = QStringLiteral("cms.other.example");
        shape.subjectAltNames = "DNS:cms.other.example";
    }
    return cmssim::SimCertificate::generate(commonName, 7, shape);
}

// Ends the connection with a TCP reset rather than an orderly close: no TLS close_notify, no FIN.
void reset(QSslSocket *socket)
{
    const linger immediately{1, 0};
    ::setsockopt(int(socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &immediately, sizeof immediately);
    socket->abort();
}

} // namespace

HostileServer::HostileServer(Mode mode, QObject *parent)
    : QTcpServer(parent)
    , m_mode(mode)
    , m_identity(identityFor(mode))
{
}

bool HostileServer::start()
{
    return m_identity.isValid() && listen(QHostAddress::LocalHost);
}

QUrl HostileServer::baseUrl() const
{
    return QUrl(QStringLiteral("https://127.0.0.1:%1").arg(serverPort()));
}

void HostileServer::incomingConnection(qintptr socketDescriptor)
{
    auto *socket = new QSslSocket(this);
    if (!socket->setSocketDescriptor(socketDescriptor)) {
        delete socket;
        return;
    }
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificate(m_identity.certificate);
    tls.setPrivateKey(m_identity.key);
    tls.setPeerVerifyMode(QSslSocket::VerifyNone);
    socket->setSslConfiguration(tls);
    connect(socket, &QSslSocket::disconnected, socket, &QObject::deleteLater);
    // Requests are read up to the end of their headers: the client is expected to send only GETs,
    // and a request with a body is recorded all the same (its body is then taken for another request).
    auto received = std::make_shared<QByteArray>();
    connect(socket, &QSslSocket::readyRead, socket, [this, socket, received] {
        received->append(socket->readAll());
        for (qsizetype end = received->indexOf("\r\n\r\n"); end >= 0; end = received->indexOf("\r\n\r\n")) {
            m_requestLines.append(received->left(received->indexOf("\r\n")));
            received->remove(0, end + 4);
            answer(socket);
        }
    });
    socket->startServerEncryption();
}

void HostileServer::answer(QSslSocket *socket)
{
    switch (m_mode) {
    case Mode::TruncatedXml:
        socket->write(whole("200 OK", "application/xml", kStatusXml.left(kStatusXml.size() / 2)));
        return;
    case Mode::HugeBody:
        sendHugeBody(socket);
        return;
    case Mode::DeepNesting:
        socket->write(whole("200 OK", "application/xml",
                            "<?xml version=\"1.0\"?>" + QByteArray("<status>").repeated(10000)
                                + QByteArray("</status>").repeated(10000)));
        return;
    case Mode::LoginRedirect:
        socket->write(whole("302 Found", "text/html; charset=utf-8",
                            "<html><head><title>Sign in</title></head><body>Please sign in.</body></html>",
                            "Location: https://sso.example.com/login?continue=%2Fapi%2Fv1%2Fsystem%2Fstatus\r\n"));
        return;
    case Mode::OneByteASecond:
        dripOneByte(socket, whole("200 OK", "application/xml", kStatusXml));
        return;
    case Mode::ResetMidBody: {
        const QByteArray part = spaces(4000);
        socket->write(head("200 OK", "application/xml", 100000) + part);
        m_bodyBytesSent += part.size();
        socket->flush();
        // Long enough for what was written to reach the client before the reset discards the rest.
        QTimer::singleShot(300, socket, [socket] { reset(socket); });
        return;
    }
    case Mode::ExpiredCertificate:
    case Mode::OtherHostCertificate:
        socket->write(whole("200 OK", "application/xml", kStatusXml));
        return;
    }
}

// Written only as the client takes it, so that neither side holds more than about a megabyte
// unless the client keeps what it reads.
void HostileServer::sendHugeBody(QSslSocket *socket)
{
    socket->write(head("200 OK", "application/xml", kHugeBodyBytes));
    static const QByteArray chunk = spaces(64 * 1024);
    auto remaining = std::make_shared<qint64>(kHugeBodyBytes);
    const auto refill = [this, socket, remaining] {
        while (*remaining > 0 && socket->bytesToWrite() + socket->encryptedBytesToWrite() < 1024 * 1024) {
            const qint64 n = qMin<qint64>(*remaining, chunk.size());
            socket->write(chunk.constData(), n);
            *remaining -= n;
            m_bodyBytesSent += n;
        }
    };
    connect(socket, &QSslSocket::encryptedBytesWritten, socket, refill);
    refill();
}

void HostileServer::dripOneByte(QSslSocket *socket, const QByteArray &reply)
{
    auto rest = std::make_shared<QByteArray>(reply);
    auto *timer = new QTimer(socket);
    const auto next = [socket, rest, timer] {
        if (rest->isEmpty()) {
            timer->stop();
            return;
        }
        socket->write(rest->left(1));
        rest->remove(0, 1);
    };
    connect(timer, &QTimer::timeout, socket, next);
    timer->start(1000);
    next();
}
