#pragma once

#include "api/cmsreply.h"
#include "api/endpoint.h"
#include "net/failoverpolicy.h"
#include "net/transport.h"

#include <QList>
#include <QObject>
#include <QSet>
#include <QStringList>
#include <QTimer>

#include <memory>

namespace cms {

class HealthMonitor;

// A connection to one cluster (design.md section 3): an ordered list of its call bridges' endpoints
// (the primary, then alternates) over one transport.
//
// Configuration is shared by every bridge. Shared reads go to the least busy bridge that answers;
// shared writes go to the active endpoint (the primary until it fails). A shared request whose
// bridge fails is tried on another one when that is safe (failoverpolicy.h): the caller sees one
// reply that finishes once, with the final outcome. When the active endpoint fails, configuration
// traffic moves to the next endpoint that answers; the failback policy decides whether it returns
// to the primary. Health checks (GET /system/status, off until startHealthChecks()) tell healthy,
// slow and down apart, and bring a bridge that was set aside back into use. When a bridge is found
// down, the shared reads waiting on it are asked of another bridge at once; writes waiting on it
// keep waiting for their answer or their timeout, as the bridge may still carry them out.
class Connection : public QObject
{
    Q_OBJECT
public:
    explicit Connection(const QList<Endpoint> &endpoints, QObject *parent = nullptr);
    ~Connection() override;

    Transport &transport() { return m_transport; }
    const QList<Endpoint> &endpoints() const { return m_endpoints; }
    int endpointCount() const { return int(m_endpoints.size()); }

    // The keychain entry holding an endpoint's password (the password itself is never stored).
    QString keychainReference(int endpointIndex) const { return m_keychainRefs.value(endpointIndex); }
    void setKeychainReference(int endpointIndex, const QString &reference);
    // "host:port", lower case, port 443 when none is given: how two addresses are recognised as one.
    static QString addressKey(const QUrl &address);
    int indexOfAddress(const QUrl &address) const;   // -1 when not in the list
    // Appends an alternate; returns its index, or -1 when that address is already in the list.
    int addAlternate(const Endpoint &endpoint, const QString &keychainReference = {});

    // To one bridge (live objects belong to one bridge). Never retried elsewhere.
    CmsReply *send(int endpointIndex, const CmsRequest &request);
    // Shared configuration, from the cluster, with failover.
    CmsReply *sendShared(const CmsRequest &request);

    // Stops for good (the cluster is closed): health checks stop, nothing more is sent (a request
    // made from now on finishes as Cancelled, unsent), and every reply under way finishes as Cancelled
    // at the next turn of the event loop, never inside this call, even when the connection is deleted
    // meanwhile. The destructor closes too. Whoever works on a connection should hold it weakly
    // (QPointer) and end as Cancelled once it is closed or gone.
    void close();
    bool isClosed() const { return m_closed; }
    // The error of a request that a closed connection did not finish.
    static CmsError closedError();

    // Healthy or slow: the bridge answers.
    bool isHealthy(int endpointIndex) const { return state(endpointIndex) != EndpointState::Down; }
    int healthyCount() const;
    EndpointState state(int endpointIndex) const { return m_states.value(endpointIndex, EndpointState::Down); }
    // The bridge with the fewest requests in flight among those that answer, healthy ones before
    // slow ones (the earlier one in the list on a tie); -1 when none.
    int pickSharedEndpoint() const { return leastBusy(); }
    int activeEndpoint() const { return m_active; }
    int failoverCount() const { return m_failovers; }

    void setFailbackPolicy(FailbackPolicy policy);
    FailbackPolicy failbackPolicy() const { return m_failbackPolicy; }
    void setFailbackDelayMs(int ms);   // how long the primary must have answered before failback
    int failbackDelayMs() const { return m_failbackTimer.interval(); }
    void setHealthCheckIntervalMs(int ms);
    void setSlowThresholdMs(int ms);
    void setHealthCheckTimeoutMs(int ms);   // a bridge that does not answer a check within it is down
    void startHealthChecks();
    void stopHealthChecks();
    HealthMonitor &healthMonitor() { return *m_monitor; }

Q_SIGNALS:
    void healthChanged(int endpointIndex, bool healthy);
    void endpointStateChanged(int endpointIndex, cms::EndpointState state);
    void activeEndpointChanged(int endpointIndex, int previousIndex);
    // Configuration traffic left a failing endpoint; `reason` is translated, for the UI.
    void failoverHappened(int fromIndex, int toIndex, const QString &reason);
    // Configuration traffic went back to the primary (FailbackPolicy::ReturnToPrimary).
    void failbackHappened(int fromIndex, int toIndex, const QString &reason);
    // A write that may have been carried out by a bridge that then failed: not repeated elsewhere
    // (that could do it twice); the UI must say so. `reason` is translated.
    void writeNotRetried(int endpointIndex, const QString &reason);
    void endpointAdded(int endpointIndex);

private:
    struct SharedRequest;
    void observe(int endpointIndex, CmsReply *reply);
    void setState(int endpointIndex, EndpointState state, const QString &why = {});
    void attempt(const std::shared_ptr<SharedRequest> &shared);
    void onAttemptFinished(const std::shared_ptr<SharedRequest> &shared, int endpointIndex, CmsReply *reply);
    int nextEndpointFor(const SharedRequest &shared) const;
    // pickSharedEndpoint(), leaving out `excluded`.
    int leastBusy(const QSet<int> &excluded = {}) const;
    int nextAnswering(int after) const;
    void moveReadsOff(int endpointIndex);
    void moveActive(int toIndex, const QString &reason, bool isFailover);
    void considerFailback();

    QList<Endpoint> m_endpoints;
    QStringList m_keychainRefs;
    QList<EndpointState> m_states;
    Transport m_transport;
    HealthMonitor *m_monitor = nullptr;   // child
    int m_active = 0;
    int m_failovers = 0;
    bool m_closed = false;
    FailbackPolicy m_failbackPolicy = FailbackPolicy::Stay;
    QTimer m_failbackTimer;
    QList<std::weak_ptr<SharedRequest>> m_shared;   // shared requests not finished yet (some may be)
};

} // namespace cms
