#include "net/transport.h"

#include "diagnostics/apitrace.h"
#include "api/xmlcodec.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QElapsedTimer>
#include <QLocale>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslConfiguration>
#include <QTimer>

namespace cms {

namespace {

QUrl requestUrl(const Endpoint &endpoint, const CmsRequest &request)
{
    QUrl url = endpoint.baseUrl;
    url.setPath(QStringLiteral("/api/v1/") + request.path);
    if (!request.query.isEmpty())
        url.setQuery(request.query);
    return url;
}

CmsError networkError(QNetworkReply::NetworkError code, const QString &text)
{
    switch (code) {
    case QNetworkReply::SslHandshakeFailedError:
        return CmsError(CmsError::Kind::Tls, text);
    case QNetworkReply::OperationCanceledError:
        return CmsError(CmsError::Kind::Cancelled, text);
    case QNetworkReply::TimeoutError:
        return CmsError(CmsError::Kind::Timeout, text);
    default:
        return CmsError(CmsError::Kind::Network, text);
    }
}

// Errors that prove nothing was sent: the connection or the TLS session never came up.
bool failedBeforeSending(QNetworkReply::NetworkError code)
{
    return code == QNetworkReply::ConnectionRefusedError || code == QNetworkReply::HostNotFoundError
        || code == QNetworkReply::SslHandshakeFailedError;
}

} // namespace

Transport::Transport(QObject *parent)
    : QObject(parent)
{
    m_network.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

Transport::~Transport()
{
    // Finish whatever is left, so that every reply finishes exactly once.
    for (auto &queue : m_queues) {
        for (Pending &p : queue) {
            if (p.reply)
                p.reply->finish(CmsError(CmsError::Kind::Cancelled, QStringLiteral("connection closed")));
        }
    }
}

QByteArray Transport::sha256Hex(const QSslCertificate &certificate)
{
    return QCryptographicHash::hash(certificate.toDer(), QCryptographicHash::Sha256).toHex();
}

CmsReply *Transport::send(const Endpoint &endpoint, const CmsRequest &request)
{
    auto *reply = new CmsReply(endpoint, request, this);
    const QString key = endpoint.key();
    connect(reply, &CmsReply::cancelRequested, this, [this, reply, key] {
        // Still queued: finish it here; in flight: the network reply is aborted by its own handler.
        auto &queue = m_queues[key];
        for (auto it = queue.begin(); it != queue.end(); ++it) {
            if (it->reply == reply) {
                queue.erase(it);
                complete(reply, CmsError(CmsError::Kind::Cancelled));
                return;
            }
        }
    });
    m_queues[key].push_back({reply});
    dispatch(key);
    return reply;
}

void Transport::dispatch(const QString &bridgeKey)
{
    auto &queue = m_queues[bridgeKey];
    while (!queue.empty() && m_active.value(bridgeKey) < m_maxConcurrent) {
        QPointer<CmsReply> reply = queue.front().reply;
        queue.pop_front();
        if (!reply || reply->isFinished())
            continue;
        ++m_active[bridgeKey];
        start(reply);
    }
}

void Transport::start(CmsReply *reply)
{
    ++reply->m_attempts;
    const Endpoint &endpoint = reply->endpoint();
    const CmsRequest &request = reply->request();
    QNetworkRequest nr(requestUrl(endpoint, request));
    nr.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    nr.setRawHeader("Authorization", "Basic " + (endpoint.user + QLatin1Char(':') + endpoint.password).toUtf8().toBase64());
    nr.setRawHeader("Accept-Language", QLocale().bcp47Name().toLatin1());
    QByteArray body;
    if (request.method == "POST" || request.method == "PUT") {
        body = XmlCodec::formEncode(request.form);
        nr.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    }
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    if (!m_caBundle.isEmpty())
        tls.addCaCertificates(m_caBundle);
    nr.setSslConfiguration(tls);

    QNetworkReply *network = m_network.sendCustomRequest(nr, request.method, body);
    auto *timer = new QTimer(network);
    timer->setSingleShot(true);
    auto timedOut = std::make_shared<bool>(false);
    auto elapsed = std::make_shared<QElapsedTimer>();
    elapsed->start();
    connect(timer, &QTimer::timeout, network, [network, timedOut] {
        *timedOut = true;
        network->abort();
    });
    timer->start(m_timeoutMs);

    connect(network, &QNetworkReply::sslErrors, reply, [reply, network](const QList<QSslError> &errors) {
        // Only the errors of the certificate pinned for this bridge are ever ignored.
        const QSslCertificate presented = errors.isEmpty() ? QSslCertificate() : errors.first().certificate();
        const QByteArray pin = reply->endpoint().pinnedSha256;
        if (!pin.isEmpty() && !presented.isNull() && sha256Hex(presented) == pin) {
            bool allAboutIt = true;
            for (const QSslError &e : errors)
                allAboutIt = allAboutIt && (e.certificate().isNull() || e.certificate() == presented);
            if (allAboutIt) {
                network->ignoreSslErrors(errors);
                return;
            }
        }
        CmsError error(pin.isEmpty() ? CmsError::Kind::UntrustedCertificate : CmsError::Kind::CertificateChanged,
                       errors.isEmpty() ? QString() : errors.first().errorString());
        error.certificate = network->sslConfiguration().peerCertificate();
        if (error.certificate.isNull())
            error.certificate = presented;
        network->setProperty("cmsTlsError", QVariant::fromValue(error.kind == CmsError::Kind::CertificateChanged));
        reply->setProperty("cmsPeerCertificate", QVariant::fromValue(error.certificate));
    });
    connect(network, &QNetworkReply::readyRead, network, [this, network] {
        if (network->bytesAvailable() > m_maxReplyBytes) {
            network->setProperty("cmsTooLarge", true);
            network->abort();
        }
    });
    connect(reply, &CmsReply::cancelRequested, network, [network] { network->abort(); });
    // Qt resends a request whose connection dropped while it waited for the answer; if that resend
    // is then refused, the first send may still have reached the server.
    connect(network, &QNetworkReply::requestSent, network, [network] { network->setProperty("cmsSent", true); });
    connect(network, &QNetworkReply::finished, reply, [this, reply, network, timedOut, elapsed] {
        record(reply, network, elapsed->elapsed(), network->error() == QNetworkReply::NoError ? QString() : network->errorString());
        onNetworkFinished(reply, network, *timedOut);
    });
}

bool Transport::verifyPin(CmsReply *reply, QNetworkReply *network, CmsError *error) const
{
    // A pinned bridge must show its pinned certificate even when the system would trust another.
    const QByteArray pin = reply->endpoint().pinnedSha256;
    const QSslCertificate peer = network->sslConfiguration().peerCertificate();
    if (pin.isEmpty() || peer.isNull() || sha256Hex(peer) == pin)
        return true;
    *error = CmsError(CmsError::Kind::CertificateChanged, QStringLiteral("pinned %1, presented %2")
                                                              .arg(QString::fromLatin1(pin), QString::fromLatin1(sha256Hex(peer))));
    error->certificate = peer;
    return false;
}

void Transport::onNetworkFinished(CmsReply *reply, QNetworkReply *network, bool timedOut)
{
    network->deleteLater();
    const QString key = reply->endpoint().key();
    --m_active[key];
    const int status = network->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    reply->m_status = status;
    reply->m_body = network->isOpen() ? network->readAll() : QByteArray();
    reply->m_headers = network->rawHeaderPairs();
    const QNetworkReply::NetworkError code = network->error();
    reply->m_mayHaveReachedServer = network->property("cmsSent").toBool() || !failedBeforeSending(code);

    CmsError error;
    const QVariant tlsProblem = network->property("cmsTlsError");
    if (tlsProblem.isValid()) {
        error = CmsError(tlsProblem.toBool() ? CmsError::Kind::CertificateChanged : CmsError::Kind::UntrustedCertificate,
                         network->errorString());
        error.certificate = reply->property("cmsPeerCertificate").value<QSslCertificate>();
        reply->m_mayHaveReachedServer = false;
    } else if (timedOut) {
        error = CmsError(CmsError::Kind::Timeout, QStringLiteral("no answer within %1 ms").arg(m_timeoutMs));
    } else if (network->property("cmsTooLarge").toBool()) {
        error = CmsError(CmsError::Kind::ReplyTooLarge, QStringLiteral("more than %1 bytes").arg(m_maxReplyBytes));
    } else if (!verifyPin(reply, network, &error)) {
        // error set by verifyPin
    } else if (status == 503 && reply->attempts() <= m_busyRetries && !reply->isFinished()) {
        // Busy: nothing was done; try again later, each time waiting twice as long.
        const int wait = m_backoffMs << (reply->attempts() - 1);
        QTimer::singleShot(wait, reply, [this, reply, key] {
            if (reply->isFinished())
                return;
            m_queues[key].push_front({reply});
            dispatch(key);
        });
        dispatch(key);
        return;
    } else if (status == 503) {
        error = CmsError(CmsError::Kind::Busy, QStringLiteral("503 after %1 attempts").arg(reply->attempts()));
        error.status = status;
    } else if (status == 401) {
        error = CmsError(CmsError::Kind::Authentication, QStringLiteral("401"));
        error.status = status;
    } else if (status >= 300 && status < 400) {
        error = CmsError(CmsError::Kind::Redirect, QString::fromLatin1(network->rawHeader("Location")));
        error.status = status;
    } else if (status >= 400) {
        const auto failure = XmlCodec::parseFailure(reply->m_body);
        error = failure.ok() ? CmsError::refused(status, failure.value.reason, failure.value.parameter, failure.value.error)
                             : CmsError::httpStatus(status, QString::fromUtf8(reply->m_body.left(200)));
    } else if (code != QNetworkReply::NoError) {
        error = networkError(code, network->errorString());
    } else if (status != 200) {
        error = CmsError::httpStatus(status);
    }
    complete(reply, error);
    dispatch(key);
}

void Transport::complete(CmsReply *reply, const CmsError &error)
{
    reply->finish(error);
    reply->deleteLater();
}

void Transport::record(CmsReply *reply, QNetworkReply *network, qint64 elapsedMs, const QString &error)
{
    if (!m_trace)
        return;
    TraceEntry e;
    e.started = QDateTime::currentDateTimeUtc().addMSecs(-elapsedMs);
    e.elapsedMs = elapsedMs;
    e.endpoint = reply->endpoint().key();
    e.method = reply->request().method;
    e.url = network->request().url();
    for (const QByteArray &name : network->request().rawHeaderList())
        e.requestHeaders.append({name, network->request().rawHeader(name)});
    if (reply->request().method == "POST" || reply->request().method == "PUT")
        e.requestBody = XmlCodec::formEncode(reply->request().form);
    e.status = network->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    e.replyHeaders = network->rawHeaderPairs();
    if (network->isOpen())
        e.replyBody = network->peek(network->bytesAvailable());
    e.error = error;
    m_trace->record(e);   // the trace redacts before it stores anything
}

} // namespace cms
