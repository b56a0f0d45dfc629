#pragma once

#include "net/httpresponseparser.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QSslConfiguration>
#include <QSslError>
#include <QSslSocket>
#include <QTimer>

#include <optional>

namespace cms {

// One kept-alive HTTPS connection to a call bridge, carrying one exchange at a time: it writes a
// request once its TLS session is up, reads the response with an HttpResponseParser, and stays open
// for the next request when the server allows. It decides nothing about trust: sslErrors() goes to
// whoever owns it (the transport), which may ignore them; nor about retries.
//
// Why not QNetworkAccessManager: reading a long list costs its thread about 90 us of CPU per page
// on top of ours, as much as the whole client may spend (see tests/bench/bench_pager.cpp).
class HttpConnection : public QObject
{
    Q_OBJECT
public:
    enum class Failure {
        None,
        ConnectionRefused,
        HostNotFound,
        TlsHandshake,
        Closed,         // the server ended the connection before the whole response came
        Malformed,      // not an HTTP response
        TooLarge,
        TimedOut,
        Aborted,
        Other,
    };

    struct Result
    {
        Failure failure = Failure::None;
        QString errorString;   // for the trace, untranslated
        bool written = false;  // the request went out on the connection: it may have reached the server
        bool reused = false;   // it went out on a connection an earlier exchange had opened
        bool responseStarted = false;
        int status = 0;
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray body;

        QByteArray header(const QByteArray &name) const;
    };

    // Without `tls`, plain HTTP: only for stand-in servers in tests (a call bridge speaks HTTPS).
    HttpConnection(const QString &host, quint16 port, const std::optional<QSslConfiguration> &tls,
                   QObject *parent = nullptr);
    ~HttpConnection() override;

    // Writes `request` (head and body, as they go on the wire), connecting first if needed, and
    // finishes with finished() once, within `timeoutMs`. `bodiless`: the answer has no body (HEAD).
    void send(const QByteArray &request, bool bodiless, qint64 maxBodyBytes, int timeoutMs);
    // Ends the exchange under way as Aborted (finished() follows at once) and the connection with it.
    void abort();
    // Open, TLS up, nothing under way: it can take the next request.
    bool isIdle() const;
    qint64 idleMs() const { return m_idleSince.elapsed(); }   // since its last exchange ended
    QSslCertificate peerCertificate() const { return m_socket.peerCertificate(); }
    // Called from a slot of sslErrors(): the handshake goes on despite them.
    void ignoreSslErrors(const QList<QSslError> &errors) { m_socket.ignoreSslErrors(errors); }

Q_SIGNALS:
    void sslErrors(const QList<QSslError> &errors);
    void finished(const cms::HttpConnection::Result &result);

private:
    bool isReady() const;   // connected, and TLS up when it is used
    void writeRequest();
    void onReadyRead();
    void onSocketError(QAbstractSocket::SocketError error);
    void onDisconnected();
    void finish(Failure failure, const QString &errorString = {});

    QSslSocket m_socket;
    QString m_host;
    quint16 m_port;
    bool m_encrypted;
    QTimer m_deadline;
    QElapsedTimer m_idleSince;
    QByteArray m_request;
    bool m_usedBefore = false;
    bool m_keepAlive = true;
    Result m_result;
    std::optional<HttpResponseParser> m_parser;   // set while an exchange is under way
};

} // namespace cms
