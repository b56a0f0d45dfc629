#pragma once

#include "cluster/clusterdiscovery.h"
#include "cluster/clusterprofile.h"
#include "api/cmserror.h"
#include "net/failoverpolicy.h"
#include "live/livetypes.h"
#include "api/systemstatus.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <memory>

namespace cms {

class ActivityLog;
class ApiTrace;
class Connection;
class CredentialStore;
class LiveCluster;
class SessionServices;

// One saved cluster while the console runs: reads its passwords from the credential store, then
// builds the Connection (health checks, failover, failback as the profile says), discovers the
// cluster's call bridges, keeps each bridge's last /system/status and follows live state
// (LiveCluster: events or polling per bridge). Views and models read from here and listen to its
// signals; it writes what happens to the ActivityLog. While open, it holds the services its panes
// observe (SessionServices: the spaces catalog…), destroyed when it closes, before the connection.
class ClusterSession : public QObject
{
    Q_OBJECT
public:
    enum class State {
        Closed,
        Opening,   // reading credentials
        Open,
        Failed,    // see errorMessage(): e.g. the keychain refused, or a password is missing
    };

    ClusterSession(const ClusterProfile &profile, CredentialStore &credentials, ApiTrace *trace,
                   ActivityLog *log, QObject *parent = nullptr);
    ~ClusterSession() override;

    const ClusterProfile &profile() const { return m_profile; }
    QString name() const { return m_profile.name; }
    // Replaces the profile; an open session closes and opens again with it.
    void setProfile(const ClusterProfile &profile);

    void open();
    void close();
    State state() const { return m_state; }
    QString errorMessage() const { return m_errorMessage; }   // translated; empty unless Failed

    // Only while Open (null otherwise).
    Connection *connection() const;
    LiveCluster *live() const;
    SessionServices *services() const;   // see sessionservices.h

    int endpointCount() const { return int(m_profile.endpoints.size()); }
    EndpointState endpointState(int endpointIndex) const;     // Down while not open
    int activeEndpoint() const;                                // -1 while not open
    SystemStatus status(int endpointIndex) const;             // invalid until the first answer
    BridgeMode liveMode(int endpointIndex) const;             // Connecting while not open
    CmsError lastError(int endpointIndex) const;              // of the last health check

    // What /callBridges said (after discoveryFinished); proposals() of ClusterDiscovery.
    const QList<DiscoveredBridge> &discoveredBridges() const { return m_discovered; }
    QList<DiscoveredBridge> discoveryProposals() const;

    // Checks every bridge now and discovers the cluster again.
    void refresh();

    // Test seam: health checks every `ms` milliseconds instead of the profile's interval (whose
    // minimum is whole seconds); 0 goes back to the profile. Takes effect at the next open().
    void setHealthCheckIntervalMsForTesting(int ms) { m_healthIntervalMsForTesting = ms; }

Q_SIGNALS:
    void stateChanged(cms::ClusterSession::State state);
    void profileChanged();
    void endpointStateChanged(int endpointIndex, cms::EndpointState state);
    // A health check of that bridge ended: status() (after a good answer) or lastError() (after a
    // failed check; status() then keeps the last good answer) may have changed.
    void statusUpdated(int endpointIndex);
    void activeEndpointChanged(int endpointIndex, int previousIndex);
    void liveModeChanged(int endpointIndex, cms::BridgeMode mode);
    void discoveryFinished();
    // A health check met a certificate problem (CertificateChanged, UntrustedCertificate): the
    // console must warn; traffic to that bridge is refused until the user decides.
    void certificateProblem(int endpointIndex, const cms::CmsError &error);

private:
    struct Runtime;
    void readCredentials();
    void start(const QList<Endpoint> &endpoints);
    void setState(State state, const QString &errorMessage = {});
    void fail(const QString &message);
    void connectRuntime();
    void startDiscovery();
    void onStatusRead(int endpointIndex, const SystemStatus &status);
    void onCheckFailed(int endpointIndex, const CmsError &error);
    void onEndpointStateChanged(int endpointIndex, EndpointState state);
    std::unique_ptr<Runtime> takeRuntime();   // disconnected from this session, ready to delete
    QString bridgeLabel(int endpointIndex) const;

    ClusterProfile m_profile;
    CredentialStore &m_credentials;
    QPointer<ApiTrace> m_trace;
    QPointer<ActivityLog> m_log;
    State m_state = State::Closed;
    QString m_errorMessage;
    std::unique_ptr<Runtime> m_runtime;
    QList<DiscoveredBridge> m_discovered;
    int m_generation = 0;   // ignores credential reads of an earlier open()
    int m_healthIntervalMsForTesting = 0;
};

} // namespace cms
