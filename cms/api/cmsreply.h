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
class CmsReply : public QObject
{
    Q_OBJECT
public:
    explicit CmsReply(const Endpoint &endpoint, const CmsRequest &request, QObject *parent = nullptr);

    const CmsRequest &request() const { return m_request; }
    const Endpoint &endpoint() const { return m_endpoint; }
    bool isFinished() const { return m_finished; }
    bool isOk() const { return m_finished && m_error.isOk(); }
    const CmsError &error() const { return m_error; }
    int status() const { return m_status; }
    const QByteArray &body() const { return m_body; }
    QByteArray header(const QByteArray &name) const;
    // The id of what a POST created: the last segment of the Location header.
    QString createdId() const;
    // False only when the request provably never reached a server (connection refused, TLS failed
    // before anything was sent): the one case in which a POST may be retried elsewhere.
    bool mayHaveReachedServer() const { return m_mayHaveReachedServer; }
    int attempts() const { return m_attempts; }

    // Parsed body, for GET replies.
    CmsCollection collection(CmsError *problem = nullptr) const;
    CmsNode object(CmsError *problem = nullptr) const;

    void cancel();

Q_SIGNALS:
    void finished();
    void cancelRequested();

private:
    friend class Transport;
    // The cluster connection answers a shared request with one proxy reply that takes on the
    // outcome of whichever attempt was the last (see Connection::sendShared).
    friend class Connection;
    void finish(const CmsError &error);
    void finishAs(const CmsReply &attempt, int attemptsSoFar, const CmsError &error)
    {
        m_endpoint = attempt.m_endpoint;
        m_mayHaveReachedServer = attempt.m_mayHaveReachedServer;
        m_attempts = attemptsSoFar;
        m_status = attempt.m_status;
        m_body = attempt.m_body;
        m_headers = attempt.m_headers;
        finish(error);
    }

    Endpoint m_endpoint;
    CmsRequest m_request;
    bool m_finished = false;
    bool m_mayHaveReachedServer = true;
    int m_attempts = 0;
    CmsError m_error;
    int m_status = 0;
    QByteArray m_body;
    QList<QPair<QByteArray, QByteArray>> m_headers;
};

} // namespace cms
