#pragma once

#include "cmsreply.h"
#include "endpoint.h"
#include "transport.h"

#include <QList>
#include <QObject>

namespace cms {

// A connection to one cluster: its call bridges' endpoints (primary first) over one transport.
// Configuration is shared by every bridge, so shared reads go to the least busy healthy bridge;
// a bridge that fails to answer is set aside until it answers again.
class Connection : public QObject
{
    Q_OBJECT
public:
    explicit Connection(const QList<Endpoint> &endpoints, QObject *parent = nullptr);

    Transport &transport() { return m_transport; }
    const QList<Endpoint> &endpoints() const { return m_endpoints; }
    int endpointCount() const { return int(m_endpoints.size()); }

    // To one bridge (live objects belong to one bridge).
    CmsReply *send(int endpointIndex, const CmsRequest &request);
    // Shared configuration, from any healthy bridge.
    CmsReply *sendShared(const CmsRequest &request);

    bool isHealthy(int endpointIndex) const { return m_healthy.value(endpointIndex, false); }
    int healthyCount() const;
    // The healthy bridge with the fewest requests in flight (the primary on a tie); -1 when none.
    int pickSharedEndpoint() const;

Q_SIGNALS:
    void healthChanged(int endpointIndex, bool healthy);

private:
    void observe(int endpointIndex, CmsReply *reply);
    void setHealthy(int endpointIndex, bool healthy);

    QList<Endpoint> m_endpoints;
    QList<bool> m_healthy;
    Transport m_transport;
};

} // namespace cms
