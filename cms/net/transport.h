#pragma once

#include "api/cmsreply.h"
#include "net/httpconnection.h"

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QSslCertificate>
#include <QSslError>

#include <deque>
#include <optional>

namespace cms {

class ApiTrace;

// Sends API requests to call bridges: HTTP/1.1 over kept-alive TLS connections (HttpConnection), a
// pool of them per bridge, HTTP Basic auth, a per-bridge concurrency limit, a timeout per request, cancellation, retries
// with back-off on 503, no redirects followed, and TLS trust that is either the system's (plus an
// optional CA bundle) or an explicit per-bridge pin of the leaf certificate. TLS errors are never
// ignored wholesale: only the errors of a certificate whose SHA-256 matches the bridge's pin.
class Transport : public QObject
{
    Q_OBJECT
public:
    explicit Transport(QObject *parent = nullptr);
    ~Transport() override;

    // The reply is owned by the transport until it finishes; take it with setParent if needed.
    // Once closed, nothing is sent: the reply finishes as Cancelled (CmsReply::unsent).
    CmsReply *send(const Endpoint &endpoint, const CmsRequest &request);
    // A health check: it goes ahead of what waits for the bridge, and it finishes as Timeout unless
    // answered within `deadlineMs` of this call, the wait for a free slot included: a bridge whose
    // slots are all held by requests it does not answer must not keep its checks waiting too.
    CmsReply *sendCheck(const Endpoint &endpoint, const CmsRequest &request, int deadlineMs);
    // Stops for good: the exchanges under way are aborted and every reply not finished yet finishes
    // as Cancelled at the next turn of the event loop, never inside this call (the replies are let go
    // of, so they finish even when the transport is deleted meanwhile). The destructor closes too.
    void close();
    bool isClosed() const { return m_closed; }

    void setMaxConcurrentPerBridge(int n) { m_maxConcurrent = qMax(1, n); }
    int maxConcurrentPerBridge() const { return m_maxConcurrent; }
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    void setBusyRetries(int retries, int firstBackoffMs) { m_busyRetries = retries; m_backoffMs = firstBackoffMs; }
    void setMaxReplyBytes(qint64 bytes) { m_maxReplyBytes = bytes; }
    void setCaCertificates(const QList<QSslCertificate> &bundle);
    void setTrace(ApiTrace *trace) { m_trace = trace; }
    int inFlight(const Endpoint &endpoint) const { return m_active.value(endpoint.key()); }

    static QByteArray sha256Hex(const QSslCertificate &certificate);

private:
    // A reply waiting for a slot on its bridge.
    struct Pending
    {
        QPointer<CmsReply> reply;
        int attempts = 0;   // sent so far: a reply answered 503 waits again for its retry
    };
    // One network exchange of a reply, from the send to the answer: what was seen on the way.
    // Kept alongside the connection that carries it (m_attempts) until that finishes.
    struct Attempt
    {
        QPointer<CmsReply> reply;
        QString bridgeKey;
        int number = 1;                             // 1, then 2… when the bridge answers 503
        QElapsedTimer elapsed;
        bool sentBefore = false;                    // an earlier send of it went out on a connection that then dropped
        bool timedOut = false;
        int timeoutMs = 0;                          // the limit it ran into, when timedOut
        std::optional<CmsError> certificateRefused; // untrusted, or not the one pinned
    };
    CmsReply *enqueue(const Endpoint &endpoint, const CmsRequest &request, bool ahead);
    // Finishes `reply` as timed out, wherever it is: waiting for a slot, in flight, or waiting to
    // be retried after a 503.
    void expire(CmsReply *reply, int deadlineMs);
    void dispatch(const QString &bridgeKey);
    void start(const Pending &pending);
    void startAttempt(Attempt attempt, HttpConnection *connection);
    // An idle connection to the bridge, or a new one.
    HttpConnection *connectionFor(const Endpoint &endpoint, const CmsRequest &request);
    HttpConnection *newConnection(const Endpoint &endpoint);
    void dropIdleConnections();
    void onSslErrors(HttpConnection *connection, const QList<QSslError> &errors);
    void onExchangeFinished(HttpConnection *connection, const HttpConnection::Result &result);
    CmsError errorOf(const Attempt &attempt, HttpConnection *connection, const HttpConnection::Result &result) const;
    bool verifyPin(const Endpoint &endpoint, HttpConnection *connection, CmsError *error) const;
    void complete(CmsReply *reply, CmsReply::Outcome outcome);
    void record(const CmsReply &reply, const HttpConnection::Result &result, qint64 elapsedMs);

    QHash<QString, std::deque<Pending>> m_queues;   // per bridge, waiting for a slot
    QHash<HttpConnection *, Attempt> m_attempts;    // in flight
    QHash<QString, QList<HttpConnection *>> m_idle; // per bridge, open and free
    QSslConfiguration m_tls;
    static constexpr qint64 kMaxIdleForPostMs = 2000;
    QSet<CmsReply *> m_unfinished;                  // every reply sent and not finished yet
    bool m_closed = false;
    QHash<QString, int> m_active;                   // per bridge, in flight
    int m_maxConcurrent = 6;
    int m_timeoutMs = 30000;
    int m_busyRetries = 3;
    int m_backoffMs = 250;
    qint64 m_maxReplyBytes = 16 * 1024 * 1024;
    QList<QSslCertificate> m_caBundle;
    mutable QHash<QByteArray, QSslCertificate> m_pinMatches;   // pin: the certificate last found to match it
    ApiTrace *m_trace = nullptr;
};

} // namespace cms
