#include "connection.h"

namespace cms {

Connection::Connection(const QList<Endpoint> &endpoints, QObject *parent)
    : QObject(parent)
    , m_endpoints(endpoints)
{
    for (qsizetype i = 0; i < m_endpoints.size(); ++i)
        m_healthy.append(true);
}

CmsReply *Connection::send(int endpointIndex, const CmsRequest &request)
{
    CmsReply *reply = m_transport.send(m_endpoints.at(endpointIndex), request);
    observe(endpointIndex, reply);
    return reply;
}

CmsReply *Connection::sendShared(const CmsRequest &request)
{
    const int index = pickSharedEndpoint();
    // With no healthy bridge left, try the primary: it may be back.
    return send(index < 0 ? 0 : index, request);
}

int Connection::healthyCount() const
{
    return int(std::count(m_healthy.cbegin(), m_healthy.cend(), true));
}

int Connection::pickSharedEndpoint() const
{
    int best = -1;
    for (int i = 0; i < endpointCount(); ++i) {
        if (!m_healthy.at(i))
            continue;
        if (best < 0 || m_transport.inFlight(m_endpoints.at(i)) < m_transport.inFlight(m_endpoints.at(best)))
            best = i;
    }
    return best;
}

void Connection::observe(int endpointIndex, CmsReply *reply)
{
    connect(reply, &CmsReply::finished, this, [this, endpointIndex, reply] {
        const CmsError &e = reply->error();
        if (e.kind == CmsError::Kind::Cancelled)
            return;
        setHealthy(endpointIndex, !e.isConnectionProblem());
    });
}

void Connection::setHealthy(int endpointIndex, bool healthy)
{
    if (m_healthy.at(endpointIndex) == healthy)
        return;
    m_healthy[endpointIndex] = healthy;
    Q_EMIT healthChanged(endpointIndex, healthy);
}

} // namespace cms
