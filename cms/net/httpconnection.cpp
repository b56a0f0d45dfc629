#include "net/httpconnection.h"

namespace cms {

QByteArray HttpConnection::Result::header(const QByteArray &name) const
{
    for (auto it = headers.crbegin(); it != headers.crend(); ++it) {
        if (it->first.compare(name, Qt::CaseInsensitive) == 0)
            return it->second;
    }
    return {};
}

HttpConnection::HttpConnection(const QString &host, quint16 port, const std::optional<QSslConfiguration> &tls,
                               QObject *parent)
    : QObject(parent)
    , m_host(host)
    , m_port(port)
    , m_encrypted(tls.has_value())
{
    if (m_encrypted)
        m_socket.setSslConfiguration(*tls);
    else
        connect(&m_socket, &QSslSocket::connected, this, &HttpConnection::writeRequest);
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        finish(Failure::TimedOut, QStringLiteral("no answer within %1 ms").arg(m_deadline.interval()));
    });
    connect(&m_socket, &QSslSocket::encrypted, this, &HttpConnection::writeRequest);
    connect(&m_socket, &QSslSocket::readyRead, this, &HttpConnection::onReadyRead);
    connect(&m_socket, &QSslSocket::errorOccurred, this, &HttpConnection::onSocketError);
    connect(&m_socket, &QSslSocket::disconnected, this, &HttpConnection::onDisconnected);
    connect(&m_socket, &QSslSocket::sslErrors, this, &HttpConnection::sslErrors);
}

HttpConnection::~HttpConnection()
{
    // The socket outlives this object's own part: what it says while it closes goes nowhere.
    disconnect(&m_socket, nullptr, this, nullptr);
    m_socket.abort();
}

bool HttpConnection::isIdle() const
{
    return !m_parser && m_keepAlive && isReady();
}

bool HttpConnection::isReady() const
{
    return m_socket.state() == QAbstractSocket::ConnectedState && (!m_encrypted || m_socket.isEncrypted());
}

void HttpConnection::send(const QByteArray &request, bool bodiless, qint64 maxBodyBytes, int timeoutMs)
{
    Q_ASSERT(!m_parser);
    m_parser.emplace(maxBodyBytes, bodiless);
    m_result = {};
    m_result.reused = m_usedBefore;
    m_request = request;
    m_deadline.start(timeoutMs);
    if (isReady()) {
        writeRequest();
    } else if (m_socket.state() == QAbstractSocket::UnconnectedState) {
        if (m_encrypted)
            m_socket.connectToHostEncrypted(m_host, m_port);
        else
            m_socket.connectToHost(m_host, m_port);
    }
}

void HttpConnection::writeRequest()
{
    if (!m_parser || m_result.written)
        return;
    m_socket.setSocketOption(QAbstractSocket::LowDelayOption, 1);
    m_socket.write(m_request);
    m_socket.flush();   // on the wire now, not once the event loop comes round
    m_request.clear();
    m_result.written = true;
}

void HttpConnection::abort()
{
    finish(Failure::Aborted, QStringLiteral("aborted"));
}

void HttpConnection::onReadyRead()
{
    const QByteArray data = m_socket.readAll();
    if (!m_parser) {   // nothing was asked: whatever this is, the connection is not to be trusted again
        m_keepAlive = false;
        m_socket.abort();
        return;
    }
    const qsizetype used = m_parser->feed(data.constData(), data.size());
    m_result.responseStarted = m_parser->hasStarted();
    switch (m_parser->state()) {
    case HttpResponseParser::State::Reading:
        return;
    case HttpResponseParser::State::Complete:
        if (used < data.size())   // more than the answer: the connection is out of step
            m_keepAlive = false;
        finish(Failure::None);
        return;
    case HttpResponseParser::State::TooLarge:
        finish(Failure::TooLarge, QString::fromLatin1(m_parser->problem()));
        return;
    case HttpResponseParser::State::Malformed:
        finish(Failure::Malformed, QString::fromLatin1(m_parser->problem()));
        return;
    }
}

void HttpConnection::onSocketError(QAbstractSocket::SocketError error)
{
    if (!m_parser)
        return;
    switch (error) {
    case QAbstractSocket::RemoteHostClosedError:
        onDisconnected();
        return;
    case QAbstractSocket::ConnectionRefusedError:
        finish(Failure::ConnectionRefused, m_socket.errorString());
        return;
    case QAbstractSocket::HostNotFoundError:
        finish(Failure::HostNotFound, m_socket.errorString());
        return;
    case QAbstractSocket::SslHandshakeFailedError:
    case QAbstractSocket::SslInternalError:
    case QAbstractSocket::SslInvalidUserDataError:
        finish(Failure::TlsHandshake, m_socket.errorString());
        return;
    default:
        finish(Failure::Other, m_socket.errorString());
        return;
    }
}

void HttpConnection::onDisconnected()
{
    m_keepAlive = false;
    if (!m_parser)
        return;
    // What came just before the end is read first: a body may run to the end of the connection.
    if (m_socket.bytesAvailable() > 0)
        onReadyRead();
    if (!m_parser)
        return;
    m_parser->endOfStream();
    if (m_parser->isComplete())
        finish(Failure::None);
    else
        finish(Failure::Closed, QStringLiteral("the server closed the connection"));
}

void HttpConnection::finish(Failure failure, const QString &errorString)
{
    if (!m_parser)
        return;
    m_deadline.stop();
    m_result.failure = failure;
    m_result.errorString = errorString;
    m_result.status = m_parser->status();
    m_result.headers = m_parser->headers();
    if (failure == Failure::None) {
        m_result.body = m_parser->takeBody();
        m_keepAlive = m_keepAlive && m_parser->keepsConnection();
    } else {
        m_keepAlive = false;
    }
    m_parser.reset();
    m_usedBefore = true;
    m_idleSince.start();
    if (!m_keepAlive)
        m_socket.abort();
    const Result result = std::exchange(m_result, {});
    Q_EMIT finished(result);
}

} // namespace cms
