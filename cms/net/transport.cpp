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

#include <algorithm>

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

bool isBlank(const QByteArray &body)
{
    return std::all_of(body.cbegin(), body.cend(), [](char c) { return QChar::isSpace(uchar(c)); });
}

// A 200 whose body is no API document: a web page (whatever its content type says), or a content
// type other than XML. An empty body (PUT, DELETE) and a body without a content type pass; the
// codec reads them then.
CmsError notAnApiDocument(const CmsReply::Outcome &received)
{
    if (isBlank(received.body))
        return {};
    QByteArray contentType;
    for (const auto &h : received.headers) {
        if (h.first.compare("Content-Type", Qt::CaseInsensitive) == 0)
            contentType = h.second.trimmed();
    }
    const QByteArray mediaType = contentType.split(';').constFirst().trimmed().toLower();
    const bool html = mediaType == "text/html" || mediaType == "application/xhtml+xml"
        || XmlCodec::looksLikeHtml(received.body);
    const bool xml = mediaType.isEmpty() || mediaType == "text/xml" || mediaType == "application/xml"
        || mediaType.endsWith("+xml");
    if (!html && xml)
        return {};
    CmsError error(html ? CmsError::Kind::WebPage : CmsError::Kind::NotXml,
                   QStringLiteral("%1 %2: %3")
                       .arg(QString::number(received.status), QString::fromLatin1(contentType),
                            QString::fromUtf8(received.body.left(200))));
    error.status = received.status;
    error.contentType = QString::fromLatin1(contentType);
    return error;
}

} // namespace

Transport::Transport(QObject *parent)
    : QObject(parent)
{
    m_network.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

Transport::~Transport()
{
    close();
}

void Transport::close()
{
    if (m_closed)
        return;
    m_closed = true;
    m_queues.clear();
    m_active.clear();
    // Abandoned without a word: their replies are answered below.
    const QList<QNetworkReply *> inFlight = m_attempts.keys();
    m_attempts.clear();
    for (QNetworkReply *network : inFlight) {
        network->disconnect(this);
        network->abort();
        network->deleteLater();
    }
    const QSet<CmsReply *> unfinished = std::exchange(m_unfinished, {});
    for (CmsReply *reply : unfinished) {
        if (reply->parent() == this)
            reply->setParent(nullptr);
        reply->finishLater(CmsError(CmsError::Kind::Cancelled, QStringLiteral("connection closed")));
    }
}

QByteArray Transport::sha256Hex(const QSslCertificate &certificate)
{
    return QCryptographicHash::hash(certificate.toDer(), QCryptographicHash::Sha256).toHex();
}

CmsReply *Transport::send(const Endpoint &endpoint, const CmsRequest &request)
{
    return enqueue(endpoint, request, false);
}

CmsReply *Transport::sendCheck(const Endpoint &endpoint, const CmsRequest &request, int deadlineMs)
{
    CmsReply *reply = enqueue(endpoint, request, true);
    if (reply->isFinished() || m_closed)
        return reply;
    auto *deadline = new QTimer(reply);
    deadline->setSingleShot(true);
    connect(deadline, &QTimer::timeout, this, [this, reply, deadlineMs] { expire(reply, deadlineMs); });
    deadline->start(deadlineMs);
    return reply;
}

CmsReply *Transport::enqueue(const Endpoint &endpoint, const CmsRequest &request, bool ahead)
{
    if (m_closed)
        return CmsReply::unsent(endpoint, request, CmsError(CmsError::Kind::Cancelled, QStringLiteral("connection closed")));
    auto *reply = new CmsReply(endpoint, request, this);
    m_unfinished.insert(reply);
    connect(reply, &CmsReply::finished, this, [this, reply] { m_unfinished.remove(reply); });
    connect(reply, &QObject::destroyed, this, [this, reply] { m_unfinished.remove(reply); });
    const QString key = endpoint.key();
    connect(reply, &CmsReply::cancelRequested, this, [this, reply, key] {
        // Still queued: finish it here; in flight: the network reply is aborted by its own handler.
        auto &queue = m_queues[key];
        for (auto it = queue.begin(); it != queue.end(); ++it) {
            if (it->reply == reply) {
                CmsReply::Outcome outcome;
                outcome.error = CmsError(CmsError::Kind::Cancelled);
                outcome.endpoint = reply->endpoint();
                outcome.attempts = it->attempts;
                queue.erase(it);
                complete(reply, outcome);
                return;
            }
        }
    });
    if (ahead)
        m_queues[key].push_front({reply, 0});
    else
        m_queues[key].push_back({reply, 0});
    dispatch(key);
    return reply;
}

void Transport::expire(CmsReply *reply, int deadlineMs)
{
    if (m_closed || reply->isFinished())   // closing answers every reply as Cancelled
        return;
    for (auto it = m_attempts.begin(); it != m_attempts.end(); ++it) {
        if (it->reply == reply) {
            // Answered as timed out by onNetworkFinished, like any attempt that ran out of time.
            it->timedOut = true;
            it->timeoutMs = deadlineMs;
            QNetworkReply *network = it.key();
            network->abort();
            return;
        }
    }
    CmsReply::Outcome outcome;
    outcome.error = CmsError(CmsError::Kind::Timeout, QStringLiteral("no answer within %1 ms").arg(deadlineMs));
    outcome.endpoint = reply->endpoint();
    std::deque<Pending> &queue = m_queues[reply->endpoint().key()];
    for (auto it = queue.begin(); it != queue.end(); ++it) {
        if (it->reply == reply) {
            outcome.attempts = it->attempts;
            queue.erase(it);
            break;
        }
    }
    // Not sent this time; an earlier send was answered 503 (busy), which did nothing.
    outcome.mayHaveReachedServer = false;
    complete(reply, outcome);
}

void Transport::dispatch(const QString &bridgeKey)
{
    auto &queue = m_queues[bridgeKey];
    while (!queue.empty() && m_active.value(bridgeKey) < m_maxConcurrent) {
        const Pending next = queue.front();
        queue.pop_front();
        if (!next.reply || next.reply->isFinished())
            continue;
        ++m_active[bridgeKey];
        start(next);
    }
}

void Transport::start(const Pending &pending)
{
    CmsReply *reply = pending.reply;
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
    Attempt &attempt = m_attempts[network];
    attempt.reply = reply;
    attempt.bridgeKey = endpoint.key();
    attempt.number = pending.attempts + 1;
    attempt.timeoutMs = m_timeoutMs;
    attempt.elapsed.start();

    auto *timer = new QTimer(network);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, network, [this, network] {
        if (Attempt *timedOut = attemptOf(network)) {
            timedOut->timedOut = true;
            network->abort();
        }
    });
    timer->start(m_timeoutMs);

    connect(network, &QNetworkReply::sslErrors, this,
            [this, network](const QList<QSslError> &errors) { onSslErrors(network, errors); });
    connect(network, &QNetworkReply::readyRead, network, [this, network] {
        Attempt *reading = attemptOf(network);
        if (reading && network->bytesAvailable() > m_maxReplyBytes) {
            reading->tooLarge = true;
            network->abort();
        }
    });
    connect(reply, &CmsReply::cancelRequested, network, [network] { network->abort(); });
    // Qt resends a request whose connection dropped while it waited for the answer; if that resend
    // is then refused, the first send may still have reached the server.
    connect(network, &QNetworkReply::requestSent, network, [this, network] {
        if (Attempt *sent = attemptOf(network))
            sent->sent = true;
    });
    // Qt says requestSent only once a body is out: a request without one (DELETE) is never said to
    // be sent. It is written as soon as its connection is up: once its TLS session is, or at once
    // on a connection already open (see onNetworkFinished).
    attempt.bodiless = body.isEmpty();
    connect(network, &QNetworkReply::socketStartedConnecting, network, [this, network] {
        if (Attempt *connecting = attemptOf(network))
            connecting->connecting = true;
    });
    if (attempt.bodiless) {
        connect(network, &QNetworkReply::encrypted, network, [this, network] {
            if (Attempt *sent = attemptOf(network))
                sent->sent = true;
        });
    }
    connect(network, &QNetworkReply::finished, this, [this, network] { onNetworkFinished(network); });
}

Transport::Attempt *Transport::attemptOf(QNetworkReply *network)
{
    const auto it = m_attempts.find(network);
    return it == m_attempts.end() ? nullptr : &it.value();
}

void Transport::onSslErrors(QNetworkReply *network, const QList<QSslError> &errors)
{
    Attempt *attempt = attemptOf(network);
    if (!attempt || !attempt->reply)
        return;
    // Only the errors of the certificate pinned for this bridge are ever ignored.
    const QSslCertificate presented = errors.isEmpty() ? QSslCertificate() : errors.first().certificate();
    const QByteArray pin = attempt->reply->endpoint().pinnedSha256;
    if (!pin.isEmpty() && !presented.isNull() && sha256Hex(presented) == pin) {
        bool allAboutIt = true;
        for (const QSslError &e : errors)
            allAboutIt = allAboutIt && (e.certificate().isNull() || e.certificate() == presented);
        if (allAboutIt) {
            network->ignoreSslErrors(errors);
            return;
        }
    }
    CmsError refused(pin.isEmpty() ? CmsError::Kind::UntrustedCertificate : CmsError::Kind::CertificateChanged);
    refused.certificate = network->sslConfiguration().peerCertificate();
    if (refused.certificate.isNull())
        refused.certificate = presented;
    // Another name first: it may be another server altogether, whatever else is wrong.
    const auto has = [&errors](QSslError::SslError wanted) {
        return std::any_of(errors.cbegin(), errors.cend(), [wanted](const QSslError &e) { return e.error() == wanted; });
    };
    using Problem = CmsError::CertificateProblem;
    refused.certificateProblem = has(QSslError::HostNameMismatch)         ? Problem::OtherName
                                 : has(QSslError::CertificateExpired)     ? Problem::Expired
                                 : has(QSslError::CertificateNotYetValid) ? Problem::NotYetValid
                                                                          : Problem::NotTrusted;
    attempt->certificateRefused = refused;
}

bool Transport::verifyPin(const Endpoint &endpoint, QNetworkReply *network, CmsError *error) const
{
    // A pinned bridge must show its pinned certificate even when the system would trust another.
    const QByteArray pin = endpoint.pinnedSha256;
    if (pin.isEmpty())
        return true;
    const QSslCertificate peer = network->sslConfiguration().peerCertificate();
    if (peer.isNull())
        return true;
    // Every reply of a kept-alive connection shows the same certificate: the digest of the one last
    // found to match the pin is not worked out again (a comparison of the certificates is cheaper).
    const auto matched = m_pinMatches.constFind(pin);
    if (matched != m_pinMatches.cend() && *matched == peer)
        return true;
    if (sha256Hex(peer) == pin) {
        m_pinMatches.insert(pin, peer);
        return true;
    }
    *error = CmsError(CmsError::Kind::CertificateChanged, QStringLiteral("pinned %1, presented %2")
                                                              .arg(QString::fromLatin1(pin), QString::fromLatin1(sha256Hex(peer))));
    error->certificate = peer;
    return false;
}

void Transport::onNetworkFinished(QNetworkReply *network)
{
    network->deleteLater();
    const auto found = m_attempts.constFind(network);
    if (found == m_attempts.cend())
        return;
    const Attempt attempt = *found;
    m_attempts.erase(found);
    const QString &key = attempt.bridgeKey;
    --m_active[key];
    CmsReply *reply = attempt.reply;
    if (!reply) {   // deleted by its owner meanwhile: only the slot is given back
        dispatch(key);
        return;
    }
    record(*reply, network, attempt.elapsed.elapsed(),
           network->error() == QNetworkReply::NoError ? QString() : network->errorString());

    CmsReply::Outcome received;
    received.endpoint = reply->endpoint();
    received.attempts = attempt.number;
    received.status = network->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    received.body = network->isOpen() ? network->readAll() : QByteArray();
    received.headers = network->rawHeaderPairs();
    // A bodiless request that failed "before sending" with no connection started for it went out on
    // one already open, which then dropped: Qt resent it, and the resend was refused.
    const bool sentOnOpenConnection = attempt.bodiless && !attempt.connecting;
    received.mayHaveReachedServer = !attempt.certificateRefused
        && (attempt.sent || sentOnOpenConnection || !failedBeforeSending(network->error()));

    received.error = errorOf(attempt, network, received);
    if (received.error.kind == CmsError::Kind::Busy && attempt.number <= m_busyRetries && !reply->isFinished()) {
        // Busy: nothing was done; try again later, each time waiting twice as long.
        const int wait = m_backoffMs << (attempt.number - 1);
        const int attempts = attempt.number;
        QTimer::singleShot(wait, reply, [this, reply, key, attempts] {
            if (m_closed || reply->isFinished())
                return;
            m_queues[key].push_front({reply, attempts});
            dispatch(key);
        });
        dispatch(key);
        return;
    }
    complete(reply, std::move(received));
    dispatch(key);
}

// What went wrong with an attempt, the first problem found in this order: the certificate, the
// time, the size, the pin, then what the server answered.
CmsError Transport::errorOf(const Attempt &attempt, QNetworkReply *network, const CmsReply::Outcome &received) const
{
    const int status = received.status;
    CmsError error;
    if (attempt.certificateRefused) {
        error = *attempt.certificateRefused;
        error.detail = network->errorString();
    } else if (attempt.timedOut) {
        error = CmsError(CmsError::Kind::Timeout, QStringLiteral("no answer within %1 ms").arg(attempt.timeoutMs));
    } else if (attempt.tooLarge) {
        error = CmsError(CmsError::Kind::ReplyTooLarge, QStringLiteral("more than %1 bytes").arg(m_maxReplyBytes));
    } else if (!verifyPin(received.endpoint, network, &error)) {
        // error set by verifyPin
    } else if (status == 503) {
        error = CmsError(CmsError::Kind::Busy, QStringLiteral("503 after %1 attempts").arg(attempt.number));
        error.status = status;
    } else if (status == 401) {
        error = CmsError(CmsError::Kind::Authentication, QStringLiteral("401"));
        error.status = status;
    } else if (status >= 300 && status < 400) {
        error = CmsError(CmsError::Kind::Redirect, QString::fromLatin1(network->rawHeader("Location")));
        error.status = status;
    } else if (status >= 400) {
        const auto failure = XmlCodec::parseFailure(received.body);
        error = failure.ok() ? CmsError::refused(status, failure.value.reason, failure.value.parameter, failure.value.error)
                             : CmsError::httpStatus(status, QString::fromUtf8(received.body.left(200)));
    } else if (network->error() != QNetworkReply::NoError) {
        error = networkError(network->error(), network->errorString());
    } else if (status != 200) {
        error = CmsError::httpStatus(status);
    } else {
        error = notAnApiDocument(received);
    }
    return error;
}

void Transport::complete(CmsReply *reply, CmsReply::Outcome outcome)
{
    reply->finish(std::move(outcome));
    reply->deleteLater();
}

void Transport::record(const CmsReply &reply, QNetworkReply *network, qint64 elapsedMs, const QString &error)
{
    if (!m_trace)
        return;
    TraceEntry e;
    e.started = QDateTime::currentDateTimeUtc().addMSecs(-elapsedMs);
    e.elapsedMs = elapsedMs;
    e.endpoint = reply.endpoint().key();
    e.method = reply.request().method;
    e.url = network->request().url();
    for (const QByteArray &name : network->request().rawHeaderList())
        e.requestHeaders.append({name, network->request().rawHeader(name)});
    if (reply.request().method == "POST" || reply.request().method == "PUT")
        e.requestBody = XmlCodec::formEncode(reply.request().form);
    e.status = network->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    e.replyHeaders = network->rawHeaderPairs();
    if (network->isOpen())
        e.replyBody = network->peek(network->bytesAvailable());
    e.error = error;
    m_trace->record(e);   // the trace redacts before it stores anything
}

} // namespace cms
