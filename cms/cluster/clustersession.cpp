#include "cluster/clustersession.h"

#include "diagnostics/activitylog.h"
#include "diagnostics/apitrace.h"
#include "net/connection.h"
#include "credentials/credentialstore.h"
#include "net/healthmonitor.h"
#include "live/livecluster.h"
#include "cluster/sessionservices.h"
#include "net/transport.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace cms {

// Everything that lives only while the session is opening or open.
struct ClusterSession::Runtime
{
    // Opening: the passwords read so far, by keychain key (memory only, dropped once connected).
    QHash<QString, QString> passwords;
    int pendingReads = 0;

    // Open. Declared in the order they depend on each other: destroyed services first, connection last.
    std::unique_ptr<Connection> connection;
    std::unique_ptr<ClusterDiscovery> discovery;
    std::unique_ptr<LiveCluster> live;
    std::unique_ptr<SessionServices> services;   // made at start(), filled on first use
    QList<EndpointState> states;        // as last reported, to tell "went down" from "came back"
    QList<SystemStatus> statuses;
    QList<CmsError> errors;             // of the last health check; None after a good one
    QList<QByteArray> warnedAbout;      // per endpoint: the certificate problem already reported
    QSet<int> checkedThisRound;         // endpoints heard about since the last full health round
    bool discoveryDone = false;         // one discovery succeeded; until then, one per health round
    QString discoveryProblem;           // the failure last logged
    bool connectedLogged = false;

    // Deletes the network objects at the next turn of the event loop: close() may be called from
    // inside one of their own signals, and they must not be deleted under their own feet.
    void retireLater()
    {
        // Posted in this order, deleted in this order: nothing outlives what it refers to.
        if (services)
            services.release()->deleteLater();
        if (live)
            live.release()->deleteLater();
        if (discovery)
            discovery.release()->deleteLater();
        if (connection) {
            connection->close();   // nothing more is sent from now on, whatever is still to run
            connection.release()->deleteLater();
        }
    }
};

ClusterSession::ClusterSession(const ClusterProfile &profile, CredentialStore &credentials, ApiTrace *trace,
                               ActivityLog *log, QObject *parent)
    : QObject(parent)
    , m_profile(profile)
    , m_credentials(credentials)
    , m_trace(trace)
    , m_log(log)
{
}

ClusterSession::~ClusterSession()
{
    ++m_generation;
    takeRuntime();   // deleted here and now: nothing of it may outlive the session
}

void ClusterSession::setProfile(const ClusterProfile &profile)
{
    const bool active = m_state == State::Opening || m_state == State::Open;
    if (active)
        close();
    m_profile = profile;
    Q_EMIT profileChanged();
    if (active)
        open();
}

void ClusterSession::open()
{
    if (m_state == State::Opening || m_state == State::Open)
        return;
    ++m_generation;
    m_runtime = std::make_unique<Runtime>();
    if (m_profile.endpoints.isEmpty()) {
        fail(tr("The cluster has no call bridge address. Edit the cluster and enter one."));
        return;
    }
    const int generation = m_generation;
    setState(State::Opening);
    if (generation != m_generation)   // a listener closed it again
        return;
    readCredentials();
}

void ClusterSession::close()
{
    if (m_state == State::Closed)
        return;
    ++m_generation;
    if (std::unique_ptr<Runtime> runtime = takeRuntime())
        runtime->retireLater();
    setState(State::Closed);
}

void ClusterSession::readCredentials()
{
    const int generation = m_generation;
    const QList<CredentialKey> keys = m_profile.credentialKeys();
    m_runtime->pendingReads = int(keys.size());
    for (const CredentialKey &key : keys) {
        CredentialJob *job = m_credentials.readPassword(key);
        connect(job, &CredentialJob::finished, this, [this, generation, key](const CredentialResult &result) {
            // A read of an earlier open(), finishing after close() or a new open(): not ours any more.
            if (generation != m_generation || m_state != State::Opening || !m_runtime)
                return;
            if (!result.ok()) {
                fail(result.message());
                return;
            }
            if (result.notFound || result.password.isEmpty()) {
                fail(tr("No password is stored for the user “%1” on the call bridge %2. Edit the cluster "
                        "and enter the password.")
                         .arg(key.user, key.endpoint));
                return;
            }
            m_runtime->passwords.insert(key.toKeychainKey(), result.password);
            if (--m_runtime->pendingReads > 0)
                return;
            QList<Endpoint> endpoints = m_profile.toEndpoints();
            for (int i = 0; i < endpoints.size(); ++i)
                endpoints[i].password = m_runtime->passwords.value(m_profile.credentialKey(i).toKeychainKey());
            m_runtime->passwords.clear();
            start(endpoints);
        });
    }
}

void ClusterSession::start(const QList<Endpoint> &endpoints)
{
    Runtime &rt = *m_runtime;
    rt.connection = std::make_unique<Connection>(endpoints);
    Connection &c = *rt.connection;
    for (int i = 0; i < endpoints.size(); ++i)
        c.setKeychainReference(i, m_profile.credentialKey(i).toKeychainKey());
    c.setFailbackPolicy(m_profile.failback);
    c.setFailbackDelayMs(qMax(0, m_profile.failbackDelaySeconds) * 1000);
    const int intervalSeconds = std::clamp(m_profile.healthCheckIntervalSeconds,
                                           ClusterProfile::MinHealthCheckIntervalSeconds,
                                           ClusterProfile::MaxHealthCheckIntervalSeconds);
    c.setHealthCheckIntervalMs(m_healthIntervalMsForTesting > 0 ? m_healthIntervalMsForTesting
                                                                : intervalSeconds * 1000);
    if (m_trace)
        c.transport().setTrace(m_trace);

    const int n = c.endpointCount();
    for (int i = 0; i < n; ++i)
        rt.states.append(c.state(i));
    rt.statuses.resize(n);
    rt.errors.resize(n);
    rt.warnedAbout.resize(n);
    rt.live = std::make_unique<LiveCluster>(c);
    rt.live->setReadDetails(true);   // the Live section shows each call's space and each participant's kind
    rt.services = std::make_unique<SessionServices>(c, *rt.live);
    connectRuntime();

    const int generation = m_generation;
    setState(State::Open);
    if (generation != m_generation)   // a listener closed it again
        return;
    c.startHealthChecks();   // discovery follows the first round (connectRuntime)
    if (generation == m_generation)
        rt.live->start();
}

void ClusterSession::connectRuntime()
{
    Connection *c = m_runtime->connection.get();
    connect(c, &Connection::endpointStateChanged, this, &ClusterSession::onEndpointStateChanged);
    connect(c, &Connection::activeEndpointChanged, this, &ClusterSession::activeEndpointChanged);
    connect(c, &Connection::failoverHappened, this, [this](int from, int to, const QString &reason) {
        if (m_log)
            m_log->warning(m_profile.name,
                           tr("Configuration traffic moved from the call bridge %1 to %2. %3")
                               .arg(bridgeLabel(from), bridgeLabel(to), reason));
    });
    connect(c, &Connection::failbackHappened, this, [this](int from, int to, const QString &reason) {
        if (m_log)
            m_log->info(m_profile.name,
                        tr("Configuration traffic returned from the call bridge %1 to the primary, %2. %3")
                            .arg(bridgeLabel(from), bridgeLabel(to), reason));
    });
    // Discovery starts once every bridge has been checked (so that shared reads avoid the ones
    // found down), and is tried again after each full round until it has succeeded once.
    connect(&c->healthMonitor(), &HealthMonitor::checked, this, [this](int endpointIndex) {
        if (!m_runtime || m_runtime->discoveryDone)
            return;
        m_runtime->checkedThisRound.insert(endpointIndex);
        if (m_runtime->checkedThisRound.size() < m_runtime->connection->endpointCount())
            return;
        m_runtime->checkedThisRound.clear();
        if (!m_runtime->discovery || m_runtime->discovery->isFinished())
            startDiscovery();
    });
    connect(&c->healthMonitor(), &HealthMonitor::statusRead, this, &ClusterSession::onStatusRead);
    connect(&c->healthMonitor(), &HealthMonitor::checkFailed, this, &ClusterSession::onCheckFailed);
    connect(m_runtime->live.get(), &LiveCluster::bridgeModeChanged, this, &ClusterSession::liveModeChanged);
}

void ClusterSession::startDiscovery()
{
    // A fresh object each time: the old one's replies still under way die with it.
    auto fresh = std::make_unique<ClusterDiscovery>(*m_runtime->connection);
    std::unique_ptr<ClusterDiscovery> old = std::exchange(m_runtime->discovery, std::move(fresh));
    if (old) {
        disconnect(old.get(), nullptr, this, nullptr);
        old.release()->deleteLater();   // we may be inside one of its signals
    }
    ClusterDiscovery *discovery = m_runtime->discovery.get();
    connect(discovery, &ClusterDiscovery::finished, this, [this, discovery] {
        if (!m_runtime || m_runtime->discovery.get() != discovery)
            return;
        m_runtime->discoveryDone = m_runtime->discoveryDone || !discovery->error();
        if (discovery->error()) {
            // Tried again at each health round: say it once, not every round.
            const QString problem = discovery->error().message();
            if (m_log && std::exchange(m_runtime->discoveryProblem, problem) != problem)
                m_log->warning(m_profile.name, tr("The cluster's call bridges could not be listed. %1")
                                                   .arg(discovery->error().message()));
        } else {
            m_runtime->discoveryProblem.clear();
            m_discovered = discovery->bridges();
            if (m_log)
                m_log->info(m_profile.name, tr("Discovery found %Ln call bridge(s) in the cluster.", nullptr,
                                               int(m_discovered.size())));
        }
        Q_EMIT discoveryFinished();
    });
    discovery->start();
}

void ClusterSession::onEndpointStateChanged(int endpointIndex, EndpointState state)
{
    if (!m_runtime || endpointIndex < 0 || endpointIndex >= m_runtime->states.size())
        return;
    const EndpointState previous = std::exchange(m_runtime->states[endpointIndex], state);
    // A bridge refused for its certificate has had its own warning (onCheckFailed comes first).
    const CmsError::Kind why = m_runtime->errors.at(endpointIndex).kind;
    const bool refused = why == CmsError::Kind::UntrustedCertificate || why == CmsError::Kind::CertificateChanged;
    if (m_log && state == EndpointState::Down && previous != EndpointState::Down && !refused)
        m_log->warning(m_profile.name, tr("The call bridge %1 does not answer.").arg(bridgeLabel(endpointIndex)));
    else if (m_log && state != EndpointState::Down && previous == EndpointState::Down)
        m_log->info(m_profile.name, tr("The call bridge %1 answers again.").arg(bridgeLabel(endpointIndex)));
    Q_EMIT endpointStateChanged(endpointIndex, state);
}

void ClusterSession::onStatusRead(int endpointIndex, const SystemStatus &status)
{
    if (!m_runtime || endpointIndex < 0 || endpointIndex >= m_runtime->statuses.size())
        return;
    Runtime &rt = *m_runtime;
    rt.statuses[endpointIndex] = status;
    rt.errors[endpointIndex] = CmsError();
    rt.warnedAbout[endpointIndex].clear();   // a later problem is a new one
    if (!rt.connectedLogged && m_log) {
        rt.connectedLogged = true;
        m_log->info(m_profile.name, tr("Connected to the call bridge %1: CMS version %2.")
                                        .arg(bridgeLabel(endpointIndex), status.softwareVersion));
    }
    Q_EMIT statusUpdated(endpointIndex);
}

void ClusterSession::onCheckFailed(int endpointIndex, const CmsError &error)
{
    if (!m_runtime || endpointIndex < 0 || endpointIndex >= m_runtime->errors.size())
        return;
    Runtime &rt = *m_runtime;
    rt.errors[endpointIndex] = error;
    const bool isCertificateProblem = error.kind == CmsError::Kind::UntrustedCertificate
        || error.kind == CmsError::Kind::CertificateChanged;
    // Warn once per problem: the same certificate with the same complaint at every check is not news.
    const QByteArray problem = isCertificateProblem
        ? QByteArray::number(int(error.kind)) + ':' + Transport::sha256Hex(error.certificate)
        : QByteArray();
    const bool news = isCertificateProblem && rt.warnedAbout.at(endpointIndex) != problem;
    if (news) {
        rt.warnedAbout[endpointIndex] = problem;
        if (m_log) {
            const QString bridge = bridgeLabel(endpointIndex);
            m_log->error(m_profile.name,
                         error.kind == CmsError::Kind::CertificateChanged
                             ? tr("The call bridge %1 showed a different certificate from the one pinned for it. "
                                  "Nothing is sent to it until you decide whether to trust the new one.")
                                   .arg(bridge)
                             : tr("The call bridge %1 showed a certificate that is not trusted. Nothing is "
                                  "sent to it until you decide whether to trust it.")
                                   .arg(bridge));
        }
    }
    const int generation = m_generation;
    Q_EMIT statusUpdated(endpointIndex);
    if (news && generation == m_generation)
        Q_EMIT certificateProblem(endpointIndex, error);
}

std::unique_ptr<ClusterSession::Runtime> ClusterSession::takeRuntime()
{
    std::unique_ptr<Runtime> runtime = std::move(m_runtime);
    if (!runtime)
        return runtime;
    if (runtime->live) {
        disconnect(runtime->live.get(), nullptr, this, nullptr);
    }
    if (runtime->discovery)
        disconnect(runtime->discovery.get(), nullptr, this, nullptr);
    if (runtime->connection) {
        disconnect(runtime->connection.get(), nullptr, this, nullptr);
        disconnect(&runtime->connection->healthMonitor(), nullptr, this, nullptr);
        runtime->connection->stopHealthChecks();
    }
    return runtime;
}

void ClusterSession::fail(const QString &message)
{
    ++m_generation;
    if (std::unique_ptr<Runtime> runtime = takeRuntime())
        runtime->retireLater();
    if (m_log)
        m_log->error(m_profile.name, message);
    setState(State::Failed, message);
}

void ClusterSession::setState(State state, const QString &errorMessage)
{
    const QString message = state == State::Failed ? errorMessage : QString();
    if (state == m_state && message == m_errorMessage)
        return;
    m_state = state;
    m_errorMessage = message;
    Q_EMIT stateChanged(state);
}

QString ClusterSession::bridgeLabel(int endpointIndex) const
{
    if (endpointIndex < 0 || endpointIndex >= m_profile.endpoints.size())
        return QString::number(endpointIndex + 1);
    const EndpointProfile &e = m_profile.endpoints.at(endpointIndex);
    const QString address = Connection::addressKey(e.address);
    //: A call bridge in a sentence: %1 its name ("CallBridge-Paris"), %2 its address (host:port).
    return e.name.isEmpty() ? address : tr("%1 (%2)").arg(e.name, address);
}

Connection *ClusterSession::connection() const
{
    return m_state == State::Open && m_runtime ? m_runtime->connection.get() : nullptr;
}

LiveCluster *ClusterSession::live() const
{
    return m_state == State::Open && m_runtime ? m_runtime->live.get() : nullptr;
}

SessionServices *ClusterSession::services() const
{
    return m_state == State::Open && m_runtime ? m_runtime->services.get() : nullptr;
}

EndpointState ClusterSession::endpointState(int endpointIndex) const
{
    const Connection *c = connection();
    return c ? c->state(endpointIndex) : EndpointState::Down;
}

int ClusterSession::activeEndpoint() const
{
    const Connection *c = connection();
    return c ? c->activeEndpoint() : -1;
}

SystemStatus ClusterSession::status(int endpointIndex) const
{
    return connection() ? m_runtime->statuses.value(endpointIndex) : SystemStatus();
}

BridgeMode ClusterSession::liveMode(int endpointIndex) const
{
    const LiveCluster *l = live();
    return l ? l->bridgeMode(endpointIndex) : BridgeMode::Connecting;
}

CmsError ClusterSession::lastError(int endpointIndex) const
{
    return connection() ? m_runtime->errors.value(endpointIndex) : CmsError();
}

QList<DiscoveredBridge> ClusterSession::discoveryProposals() const
{
    // Against the profile as it is now: a bridge added since the discovery is no longer proposed.
    QList<DiscoveredBridge> out;
    QSet<QString> seen;
    for (const DiscoveredBridge &b : m_discovered) {
        if (!b.address.isValid() || b.address.isEmpty() || m_profile.indexOfAddress(b.address) >= 0)
            continue;
        const QString key = Connection::addressKey(b.address);
        if (seen.contains(key))
            continue;
        seen.insert(key);
        DiscoveredBridge proposal = b;
        proposal.known = false;
        out.append(proposal);
    }
    return out;
}

void ClusterSession::refresh()
{
    Connection *c = connection();
    if (!c)
        return;
    c->healthMonitor().checkNow();
    startDiscovery();
}

} // namespace cms
