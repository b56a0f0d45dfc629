#pragma once

#include "api/cmserror.h"
#include "api/cmsnode.h"
#include "api/cmsrequest.h"
#include "api/endpoint.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPair>

namespace cms {

// The answer to one CmsRequest. It finishes exactly once (finished() is emitted once, after which
// isFinished() is true), successful or with an error; cancel() makes it finish as Cancelled.
// Only the transport and the cluster connection answer replies (see Transport, Connection).
class CmsReply : public QObject
{
    Q_OBJECT
public:
    // Everything a finished reply reports, taken on in one piece when it finishes: the transport
    // fills one in for each attempt, and the cluster connection hands the one that counts on to
    // the caller's reply (see Connection::sendShared).
    struct Outcome
    {
        CmsError error;                      // None when it worked
        Endpoint endpoint;                   // the call bridge that answered (or was asked last)
        int attempts = 0;                    // sends, counting the retries after 503 and on other bridges
        // False only when the request provably never reached a server (connection refused, TLS
        // failed before anything was sent): the one case in which a POST may be retried elsewhere.
        bool mayHaveReachedServer = true;
        int status = 0;                      // HTTP status; 0 when none came back
        QByteArray body;
        QList<QPair<QByteArray, QByteArray>> headers;
    };

    explicit CmsReply(const Endpoint &endpoint, const CmsRequest &request, QObject *parent = nullptr);
    // The reply to a request that is not going to be sent (no endpoint, the connection closed or
    // gone): it finishes with `error` at the next turn of the event loop (never inside the call that
    // made the request), provably not having reached a server, then deletes itself.
    static CmsReply *unsent(const Endpoint &endpoint, const CmsRequest &request, const CmsError &error);

    const CmsRequest &request() const { return m_request; }
    const Endpoint &endpoint() const { return m_outcome.endpoint; }
    bool isFinished() const { return m_finished; }
    bool isOk() const { return m_finished && m_outcome.error.isOk(); }
    const Outcome &outcome() const { return m_outcome; }
    const CmsError &error() const { return m_outcome.error; }
    int status() const { return m_outcome.status; }
    const QByteArray &body() const { return m_outcome.body; }
    QByteArray header(const QByteArray &name) const;
    // The id of what a POST created: the last segment of the Location header.
    QString createdId() const;
    bool mayHaveReachedServer() const { return m_outcome.mayHaveReachedServer; }
    // Finished with an error, yet the server may have done what was asked: the request may have
    // reached it, and no answer came back that says it was not done (a refusal, 401 or 503). A bridge
    // that died or timed out while holding a write, a 500, a proxy's page: whoever made the request
    // must check the object before asking again. False when it worked.
    bool mayHaveBeenCarriedOut() const;
    int attempts() const { return m_outcome.attempts; }

    // Parsed body, for GET replies.
    CmsCollection collection(CmsError *problem = nullptr) const;
    CmsNode object(CmsError *problem = nullptr) const;

    void cancel();

Q_SIGNALS:
    void finished();
    void cancelRequested();

private:
    friend class Transport;
    friend class Connection;
    // The one way a reply finishes: takes on `outcome` and emits finished(), the first time only.
    void finish(Outcome outcome);
    // Finishes with `error` and nothing received (the endpoint asked and the attempts made so far stay).
    void finish(const CmsError &error);
    // Finishes with `error` at the next turn of the event loop, then deletes itself: for a reply
    // whose sender closes (it must not answer from inside the call that closes it).
    void finishLater(const CmsError &error);

    CmsRequest m_request;
    bool m_finished = false;
    Outcome m_outcome;
};

} // namespace cms
