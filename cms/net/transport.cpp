#include "net/transport.h"

#include "diagnostics/apitrace.h"
#include "api/xmlcodec.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QElapsedTimer>
#include <QLocale>
#include <QSslConfiguration>
#include <QTimer>

#include <algorithm>
#include <limits>

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

// The request as it goes on the wire, the Authorization header included (the trace redacts it).
struct WireRequest
{
    QByteArray head;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
};

WireRequest wireRequest(const Endpoint &endpoint, const CmsRequest &request)
{
    WireRequest wire;
    const QUrl url = requestUrl(endpoint, request);
    wire.headers = {
        {"Host", url.authority(QUrl::FullyEncoded).toLatin1()},
        {"Authorization", "Basic " + (endpoint.user + QLatin1Char(':') + endpoint.password).toUtf8().toBase64()},
        {"Accept-Language", QLocale().bcp47Name().toLatin1()},
        {"User-Agent", "CMS Console"},
    };
    if (request.method == "POST" || request.method == "PUT") {
        wire.body = XmlCodec::formEncode(request.form);
        wire.headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/x-www-form-urlencoded")));
        wire.headers.append(qMakePair(QByteArray("Content-Length"), QByteArray::number(wire.body.size())));
    } else if (request.method != "GET" && request.method != "HEAD") {
        wire.headers.append(qMakePair(QByteArray("Content-Length"), QByteArray("0")));
    }
    wire.head = request.method + ' ' + url.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority | QUrl::RemoveFragment)
        + " HTTP/1.1\r\n";
    for (const auto &h : std::as_const(wire.headers))
        wire.head += h.first + ": " + h.second + "\r\n";
    wire.head += "\r\n";
    return wire;
}

CmsError connectionError(HttpConnection::Failure failure, const QString &text)
{
    using Failure = HttpConnection::Failure;
    switch (failure) {
    case Failure::TlsHandshake:
        return CmsError(CmsError::Kind::Tls, text);
    case Failure::Aborted:
        return CmsError(CmsError::Kind::Cancelled, text);
    case Failure::TimedOut:
        return CmsError(CmsError::Kind::Timeout, text);
    case Failure::Malformed:
        return CmsError(CmsError::Kind::MalformedReply, text);
    default:
        return CmsError(CmsError::Kind::Network, text);
    }
}

bool isBlank(const QByteArray &body)
{
    return std::all_of(body.cbegin(), body.cend(), [](char c) { return QChar::isSpace(uchar(c)); });
}

// A 200 whose body is no API document: a web page (whatever its content type says), or a content
// type other than XML. An empty body (PUT, DELETE) and a body without a content type pass; the
// codec reads them then.
CmsError notAnApiDocument(const HttpConnection::Result &received)
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
    , m_tls(QSslConfiguration::defaultConfiguration())
{
}

Transport::~Transport()
{
    close();
}

void Transport::setCaCertificates(const QList<QSslCertificate> &bundle)
{
    m_caBundle = bundle;
    m_tls = QSslConfiguration::defaultConfiguration();
    if (!m_caBundle.isEmpty())
        m_tls.addCaCertificates(m_caBundle);
    // Connections opened under the old trust are not used again.
    dropIdleConnections();
}

void Transport::close()
{
    if (m_closed)
        return;
    m_closed = true;
    m_queues.clear();
    m_active.clear();
    // Abandoned without a word: their replies are answered below.
    const QList<HttpConnection *> inFlight = m_attempts.keys();
    m_attempts.clear();
    for (HttpConnection *connection : inFlight) {
        connection->disconnect(this);
        connection->abort();
        connection->deleteLater();
    }
    dropIdleConnections();
    const QSet<CmsReply *> unfinished = std::exchange(m_unfinished, {});
    for (CmsReply *reply : unfinished) {
        if (reply->parent() == this)
            reply->setParent(nullptr);
        reply->finishLater(CmsError(CmsError::Kind::Cancelled, QStringLiteral("connection closed")));
    }
}

// Later, not at once: this may run inside a signal of one of them (a reply's owner closing from its
// finished()).
void Transport::dropIdleConnections()
{
    for (const QList<HttpConnection *> &idle : std::as_const(m_idle)) {
        for (HttpConnection *connection : idle)
            connection->deleteLater();
    }
    m_idle.clear();
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
        // In flight: its connection is aborted, and the exchange finishes as Cancelled.
        for (auto it = m_attempts.begin(); it != m_attempts.end(); ++it) {
            if (it->reply == reply) {
                it.key()->abort();
                return;
            }
        }
        // Still queued: finish it here.
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
            // Answered as timed out by onExchangeFinished, like any attempt that ran out of time.
            it->timedOut = true;
            it->timeoutMs = deadlineMs;
            it.key()->abort();
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

HttpConnection *Transport::newConnection(const Endpoint &endpoint)
{
    // Plain HTTP only when the address says so in full ("http://…"): a test's stand-in server.
    const bool encrypted = endpoint.baseUrl.scheme() != QLatin1String("http");
    auto *connection = new HttpConnection(endpoint.baseUrl.host(), quint16(endpoint.baseUrl.port(encrypted ? 443 : 80)),
                                          encrypted ? std::optional(m_tls) : std::nullopt, this);
    connect(connection, &HttpConnection::sslErrors, this,
            [this, connection](const QList<QSslError> &errors) { onSslErrors(connection, errors); });
    connect(connection, &HttpConnection::finished, this,
            [this, connection](const HttpConnection::Result &result) { onExchangeFinished(connection, result); });
    return connection;
}

HttpConnection *Transport::connectionFor(const Endpoint &endpoint, const CmsRequest &request)
{
    // A server closes a connection left idle for a while, and may do so just as a request goes out on
    // it. Other requests are then sent again (onExchangeFinished); a POST is not, so it takes only a
    // connection that was in use a moment ago.
    const qint64 maxIdleMs = request.method == "POST" ? kMaxIdleForPostMs : std::numeric_limits<qint64>::max();
    QList<HttpConnection *> &idle = m_idle[endpoint.key()];
    while (!idle.isEmpty()) {
        HttpConnection *connection = idle.takeLast();   // the most recently used first
        if (connection->isIdle() && connection->idleMs() <= maxIdleMs)
            return connection;
        connection->deleteLater();   // closed by the server meanwhile, or idle too long for a POST
    }
    return newConnection(endpoint);
}

void Transport::start(const Pending &pending)
{
    Attempt attempt;
    attempt.reply = pending.reply;
    attempt.bridgeKey = pending.reply->endpoint().key();
    attempt.number = pending.attempts + 1;
    startAttempt(attempt, connectionFor(pending.reply->endpoint(), pending.reply->request()));
}

void Transport::startAttempt(Attempt attempt, HttpConnection *connection)
{
    CmsReply *reply = attempt.reply;
    const WireRequest wire = wireRequest(reply->endpoint(), reply->request());
    attempt.timeoutMs = m_timeoutMs;
    attempt.elapsed.start();
    m_attempts.insert(connection, attempt);
    connection->send(wire.head + wire.body, reply->request().method == "HEAD", m_maxReplyBytes, m_timeoutMs);
}

void Transport::onSslErrors(HttpConnection *connection, const QList<QSslError> &errors)
{
    const auto found = m_attempts.find(connection);
    if (found == m_attempts.end() || !found->reply)
        return;
    Attempt &attempt = *found;
    // Only the errors of the certificate pinned for this bridge are ever ignored.
    const QSslCertificate presented = errors.isEmpty() ? QSslCertificate() : errors.first().certificate();
    const QByteArray pin = attempt.reply->endpoint().pinnedSha256;
    if (!pin.isEmpty() && !presented.isNull() && sha256Hex(presented) == pin) {
        bool allAboutIt = true;
        for (const QSslError &e : errors)
            allAboutIt = allAboutIt && (e.certificate().isNull() || e.certificate() == presented);
        if (allAboutIt) {
            connection->ignoreSslErrors(errors);
            return;
        }
    }
    CmsError refused(pin.isEmpty() ? CmsError::Kind::UntrustedCertificate : CmsError::Kind::CertificateChanged);
    refused.certificate = connection->peerCertificate();
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
    attempt.certificateRefused = refused;
}

bool Transport::verifyPin(const Endpoint &endpoint, HttpConnection *connection, CmsError *error) const
{
    // A pinned bridge must show its pinned certificate even when the system would trust another.
    const QByteArray pin = endpoint.pinnedSha256;
    if (pin.isEmpty())
        return true;
    const QSslCertificate peer = connection->peerCertificate();
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

void Transport::onExchangeFinished(HttpConnection *connection, const HttpConnection::Result &result)
{
    const auto found = m_attempts.constFind(connection);
    if (found == m_attempts.cend())
        return;
    Attempt attempt = *found;
    m_attempts.erase(found);
    const QString &key = attempt.bridgeKey;
    CmsReply *reply = attempt.reply;
    // A kept-alive connection the server had closed just as the request went out: nothing of an
    // answer came. Sent once more on a new connection, as browsers do; should that fail too, the
    // first send may still have reached the server.
    // Never a POST: the server may have created the object before the connection went (see
    // connectionFor, which gives a POST no connection that has been idle for long).
    const bool stale = result.failure == HttpConnection::Failure::Closed && result.reused && !result.responseStarted;
    if (stale && reply && reply->request().method != "POST" && !attempt.sentBefore && !attempt.timedOut) {
        connection->deleteLater();
        attempt.sentBefore = true;
        startAttempt(attempt, newConnection(reply->endpoint()));
        return;
    }
    if (connection->isIdle())
        m_idle[key].append(connection);
    else
        connection->deleteLater();
    --m_active[key];
    if (!reply) {   // deleted by its owner meanwhile: only the slot is given back
        dispatch(key);
        return;
    }
    record(*reply, result, attempt.elapsed.elapsed());

    CmsReply::Outcome received;
    received.endpoint = reply->endpoint();
    received.attempts = attempt.number;
    received.status = result.status;
    received.body = result.body;
    received.headers = result.headers;
    received.mayHaveReachedServer = !attempt.certificateRefused && (result.written || attempt.sentBefore);

    received.error = errorOf(attempt, connection, result);
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
CmsError Transport::errorOf(const Attempt &attempt, HttpConnection *connection, const HttpConnection::Result &result) const
{
    using Failure = HttpConnection::Failure;
    const int status = result.status;
    CmsError error;
    if (attempt.certificateRefused) {
        error = *attempt.certificateRefused;
        error.detail = result.errorString;
    } else if (attempt.timedOut || result.failure == Failure::TimedOut) {
        error = CmsError(CmsError::Kind::Timeout, QStringLiteral("no answer within %1 ms").arg(attempt.timeoutMs));
    } else if (result.failure == Failure::TooLarge) {
        error = CmsError(CmsError::Kind::ReplyTooLarge, QStringLiteral("more than %1 bytes").arg(m_maxReplyBytes));
    } else if (!verifyPin(attempt.reply->endpoint(), connection, &error)) {
        // error set by verifyPin
    } else if (result.failure != Failure::None) {
        error = connectionError(result.failure, result.errorString);
    } else if (status == 503) {
        error = CmsError(CmsError::Kind::Busy, QStringLiteral("503 after %1 attempts").arg(attempt.number));
        error.status = status;
    } else if (status == 401) {
        error = CmsError(CmsError::Kind::Authentication, QStringLiteral("401"));
        error.status = status;
    } else if (status >= 300 && status < 400) {
        error = CmsError(CmsError::Kind::Redirect, QString::fromLatin1(result.header("Location")));
        error.status = status;
    } else if (status >= 400) {
        const auto failure = XmlCodec::parseFailure(result.body);
        error = failure.ok() ? CmsError::refused(status, failure.value.reason, failure.value.parameter, failure.value.error)
                             : CmsError::httpStatus(status, QString::fromUtf8(result.body.left(200)));
    } else if (status != 200) {
        error = CmsError::httpStatus(status);
    } else {
        error = notAnApiDocument(result);
    }
    return error;
}

void Transport::complete(CmsReply *reply, CmsReply::Outcome outcome)
{
    reply->finish(std::move(outcome));
    reply->deleteLater();
}

void Transport::record(const CmsReply &reply, const HttpConnection::Result &result, qint64 elapsedMs)
{
    if (!m_trace)
        return;
    const WireRequest wire = wireRequest(reply.endpoint(), reply.request());
    TraceEntry e;
    e.started = QDateTime::currentDateTimeUtc().addMSecs(-elapsedMs);
    e.elapsedMs = elapsedMs;
    e.endpoint = reply.endpoint().key();
    e.method = reply.request().method;
    e.url = requestUrl(reply.endpoint(), reply.request());
    e.requestHeaders = wire.headers;
    e.requestBody = wire.body;
    e.status = result.status;
    e.replyHeaders = result.headers;
    e.replyBody = result.body;
    e.error = result.errorString;
    m_trace->record(e);   // the trace redacts before it stores anything
}

} // namespace cms
