#include "net/connection.h"

#include "net/healthmonitor.h"

#include <QPointer>

#include <memory>

namespace cms {

struct Connection::SharedRequest
{
    CmsRequest request;
    QPointer<CmsReply> proxy;
    QPointer<CmsReply> current;
    QSet<int> tried;
    int attempts = 0;
    int endpointIndex = -1;   // of the current attempt
    // Some attempt may have reached a server: then so may the request, however the last one ended.
    bool mayHaveReachedServer = false;
};

Connection::Connection(const QList<Endpoint> &endpoints, QObject *parent)
    : QObject(parent)
    , m_endpoints(endpoints)
    , m_monitor(new HealthMonitor(*this, this))
{
    for (qsizetype i = 0; i < m_endpoints.size(); ++i) {
        m_states.append(EndpointState::Healthy);
        m_keychainRefs.append(QString());
    }
    m_failbackTimer.setSingleShot(true);
    m_failbackTimer.setInterval(60000);
    connect(&m_failbackTimer, &QTimer::timeout, this, [this] {
        if (m_failbackPolicy != FailbackPolicy::ReturnToPrimary || m_active == 0 || !isHealthy(0))
            return;
        moveActive(0, tr("The primary call bridge %1 has answered again for %Ln second(s).", nullptr,
                         (m_failbackTimer.interval() + 999) / 1000)
                          .arg(m_endpoints.at(0).key()),
                   false);
    });
    connect(m_monitor, &HealthMonitor::checked, this, [this](int index, EndpointState s, qint64 elapsedMs) {
        if (m_closed || index >= endpointCount())
            return;
        QString why;
        if (s == EndpointState::Down)
            why = tr("It did not answer the health check.");
        else if (s == EndpointState::Slow)
            why = tr("It took %1 ms to answer the health check.").arg(elapsedMs);
        setState(index, s, why);
    });
}

Connection::~Connection()
{
    close();
    delete m_monitor;
    m_monitor = nullptr;
}

void Connection::close()
{
    if (m_closed)
        return;
    m_closed = true;
    m_monitor->stop();
    m_failbackTimer.stop();
    m_transport.close();
    // Every reply finishes exactly once, even the ones the cluster still had under way: later, and
    // let go of, so that no receiver runs inside this call (or the destructor) and sends again.
    const QList<CmsReply *> proxies = findChildren<CmsReply *>(Qt::FindDirectChildrenOnly);
    for (CmsReply *proxy : proxies) {
        if (proxy->isFinished())
            continue;
        proxy->setParent(nullptr);
        proxy->finishLater(closedError());
    }
}

CmsError Connection::closedError()
{
    return CmsError(CmsError::Kind::Cancelled, QStringLiteral("connection closed"));
}

void Connection::setKeychainReference(int endpointIndex, const QString &reference)
{
    if (endpointIndex >= 0 && endpointIndex < m_keychainRefs.size())
        m_keychainRefs[endpointIndex] = reference;
}

QString Connection::addressKey(const QUrl &address)
{
    return address.host().toLower() + QLatin1Char(':') + QString::number(address.port(443));
}

int Connection::indexOfAddress(const QUrl &address) const
{
    const QString key = addressKey(address);
    for (int i = 0; i < endpointCount(); ++i) {
        if (addressKey(m_endpoints.at(i).baseUrl) == key)
            return i;
    }
    return -1;
}

int Connection::addAlternate(const Endpoint &endpoint, const QString &keychainReference)
{
    if (indexOfAddress(endpoint.baseUrl) >= 0)
        return -1;
    m_endpoints.append(endpoint);
    m_states.append(EndpointState::Healthy);
    m_keychainRefs.append(keychainReference);
    const int index = endpointCount() - 1;
    Q_EMIT endpointAdded(index);
    return index;
}

CmsReply *Connection::send(int endpointIndex, const CmsRequest &request)
{
    if (m_closed)
        return CmsReply::unsent(m_endpoints.value(endpointIndex), request, closedError());
    CmsReply *reply = m_transport.send(m_endpoints.at(endpointIndex), request);
    observe(endpointIndex, reply);
    return reply;
}

CmsReply *Connection::sendShared(const CmsRequest &request)
{
    if (m_closed)
        return CmsReply::unsent(Endpoint(), request, closedError());
    auto shared = std::make_shared<SharedRequest>();
    shared->request = request;
    m_shared.removeIf([](const std::weak_ptr<SharedRequest> &s) { return s.expired(); });
    m_shared.append(shared);
    const int first = nextEndpointFor(*shared);
    if (first < 0)   // no endpoint at all: still answered asynchronously, as every reply is
        return CmsReply::unsent(Endpoint(), request, CmsError(CmsError::Kind::InvalidInput, QStringLiteral("no endpoint")));
    auto *proxy = new CmsReply(m_endpoints.at(first), request, this);
    shared->proxy = proxy;
    connect(proxy, &CmsReply::cancelRequested, this, [proxy, shared] {
        if (shared->current && !shared->current->isFinished())
            shared->current->cancel();
        else
            proxy->finish(CmsError(CmsError::Kind::Cancelled));
    });
    attempt(shared);
    return proxy;
}

int Connection::nextEndpointFor(const SharedRequest &shared) const
{
    const int n = endpointCount();
    if (n == 0)
        return -1;
    if (shared.request.method == "GET") {
        const int best = leastBusy(shared.tried);
        if (best >= 0)
            return best;
    } else {
        // Writes follow the active endpoint, then the order of the list.
        for (int k = 0; k < n; ++k) {
            const int i = (m_active + k) % n;
            if (!shared.tried.contains(i) && isHealthy(i))
                return i;
        }
    }
    // Nothing known to answer: the marks may be stale, so try what has not been tried yet.
    for (int k = 0; k < n; ++k) {
        const int i = (m_active + k) % n;
        if (!shared.tried.contains(i))
            return i;
    }
    return -1;
}

int Connection::leastBusy(const QSet<int> &excluded) const
{
    const auto rank = [this](int i) {
        return std::make_pair(state(i) == EndpointState::Slow, m_transport.inFlight(m_endpoints.at(i)));
    };
    int best = -1;
    for (int i = 0; i < endpointCount(); ++i) {
        if (excluded.contains(i) || !isHealthy(i))
            continue;
        if (best < 0 || rank(i) < rank(best))
            best = i;
    }
    return best;
}

void Connection::attempt(const std::shared_ptr<SharedRequest> &shared)
{
    const int index = nextEndpointFor(*shared);
    Q_ASSERT(index >= 0);
    shared->tried.insert(index);
    shared->endpointIndex = index;
    ++shared->attempts;
    CmsReply *reply = send(index, shared->request);
    shared->current = reply;
    connect(reply, &CmsReply::finished, this, [this, shared, index, reply] { onAttemptFinished(shared, index, reply); });
}

void Connection::onAttemptFinished(const std::shared_ptr<SharedRequest> &shared, int endpointIndex, CmsReply *reply)
{
    CmsReply *proxy = shared->proxy;
    if (m_closed || !proxy || proxy->isFinished())
        return;
    CmsReply::Outcome outcome = reply->outcome();
    shared->mayHaveReachedServer = shared->mayHaveReachedServer || outcome.mayHaveReachedServer;
    const CmsError &error = outcome.error;
    const CmsRequest &request = shared->request;
    if (error && error.kind != CmsError::Kind::Cancelled) {
        if (mayRetryElsewhere(request, error, outcome.mayHaveReachedServer)) {
            if (nextEndpointFor(*shared) >= 0) {
                attempt(shared);
                return;
            }
        } else if (!request.isIdempotent() && outcome.mayHaveReachedServer && isUnreachable(error)) {
            Q_EMIT writeNotRetried(endpointIndex,
                                   tr("Call bridge %1 failed after it received the request to create %2. It may have "
                                      "been created, so it was not sent again to another call bridge: check before "
                                      "creating it again.")
                                       .arg(m_endpoints.at(endpointIndex).key(), request.path));
        }
        // A delete that an earlier attempt may have carried out: "does not exist" is what was wanted.
        // Any earlier failed attempt counts, even a refused one: the transport sends a request once
        // more when its kept-alive connection closed before any answer (Transport::onExchangeFinished),
        // so "refused" may hide a first send that was carried out.
        if (request.method == "DELETE" && shared->attempts > 1 && error.kind == CmsError::Kind::ServerRefused
            && error.reason.endsWith(QLatin1String("DoesNotExist"))) {
            outcome.error = CmsError();
            outcome.status = 200;
            outcome.body.clear();
        }
    }
    outcome.attempts = shared->attempts;
    // A write that a bridge took and then failed, tried again on bridges that refused it: the last
    // refusal does not mean it was not done.
    outcome.mayHaveReachedServer = shared->mayHaveReachedServer;
    proxy->finish(std::move(outcome));
    proxy->deleteLater();
}

int Connection::healthyCount() const
{
    int n = 0;
    for (int i = 0; i < endpointCount(); ++i)
        n += isHealthy(i) ? 1 : 0;
    return n;
}

void Connection::observe(int endpointIndex, CmsReply *reply)
{
    connect(reply, &CmsReply::finished, this, [this, endpointIndex, reply] {
        if (m_closed)
            return;
        const CmsError &e = reply->error();
        if (e.kind == CmsError::Kind::Cancelled)
            return;
        if (isUnreachable(e))
            setState(endpointIndex, EndpointState::Down, e.message());
        else if (state(endpointIndex) == EndpointState::Down)
            setState(endpointIndex, EndpointState::Healthy);
    });
}

int Connection::nextAnswering(int after) const
{
    const int n = endpointCount();
    for (const EndpointState wanted : {EndpointState::Healthy, EndpointState::Slow}) {
        for (int k = 1; k <= n; ++k) {
            const int i = (after + k) % n;
            if (state(i) == wanted)
                return i;
        }
    }
    return -1;
}

void Connection::setState(int endpointIndex, EndpointState newState, const QString &why)
{
    const EndpointState old = m_states.at(endpointIndex);
    if (old == newState)
        return;
    m_states[endpointIndex] = newState;
    Q_EMIT endpointStateChanged(endpointIndex, newState);
    if ((old == EndpointState::Down) != (newState == EndpointState::Down))
        Q_EMIT healthChanged(endpointIndex, newState != EndpointState::Down);
    if (newState == EndpointState::Down)
        moveReadsOff(endpointIndex);

    if (!isHealthy(m_active)) {
        const int next = nextAnswering(m_active);
        if (next >= 0) {
            const QString &detail = endpointIndex == m_active ? why : QString();
            moveActive(next,
                       detail.isEmpty() ? tr("Call bridge %1 does not answer.").arg(m_endpoints.at(m_active).key())
                                        : tr("Call bridge %1 does not answer: %2").arg(m_endpoints.at(m_active).key(), detail),
                       true);
        }
    }
    considerFailback();
}

// A read waiting on a bridge found down (a hung bridge answers nothing until the request's own
// timeout) is asked again elsewhere now. Only reads: a write may still be carried out by the bridge
// that holds it, so it waits for its answer or its timeout, and then the failover rule decides.
void Connection::moveReadsOff(int endpointIndex)
{
    const QList<std::weak_ptr<SharedRequest>> all = m_shared;
    for (const std::weak_ptr<SharedRequest> &weak : all) {
        const std::shared_ptr<SharedRequest> shared = weak.lock();
        if (!shared || shared->endpointIndex != endpointIndex || shared->request.method != "GET")
            continue;
        CmsReply *current = shared->current;
        if (!shared->proxy || shared->proxy->isFinished() || !current || current->isFinished())
            continue;
        if (nextEndpointFor(*shared) < 0)
            continue;   // every bridge was tried: this one may still answer
        disconnect(current, nullptr, this, nullptr);   // its Cancelled is not the request's outcome
        current->cancel();
        attempt(shared);
    }
}

void Connection::moveActive(int toIndex, const QString &reason, bool isFailover)
{
    if (toIndex == m_active)
        return;
    const int previous = m_active;
    m_active = toIndex;
    if (isFailover) {
        ++m_failovers;
        Q_EMIT failoverHappened(previous, toIndex, reason);
    } else {
        Q_EMIT failbackHappened(previous, toIndex, reason);
    }
    Q_EMIT activeEndpointChanged(toIndex, previous);
    considerFailback();
}

void Connection::considerFailback()
{
    const bool wanted = m_failbackPolicy == FailbackPolicy::ReturnToPrimary && m_active != 0 && endpointCount() > 0
        && isHealthy(0);
    if (!wanted)
        m_failbackTimer.stop();
    else if (!m_failbackTimer.isActive())
        m_failbackTimer.start();
}

void Connection::setFailbackPolicy(FailbackPolicy policy)
{
    m_failbackPolicy = policy;
    considerFailback();
}

void Connection::setFailbackDelayMs(int ms)
{
    m_failbackTimer.setInterval(qMax(0, ms));
}

void Connection::setHealthCheckIntervalMs(int ms)
{
    m_monitor->setIntervalMs(ms);
}

void Connection::setSlowThresholdMs(int ms)
{
    m_monitor->setSlowThresholdMs(ms);
}

void Connection::setHealthCheckTimeoutMs(int ms)
{
    m_monitor->setTimeoutMs(ms);
}

void Connection::startHealthChecks()
{
    m_monitor->start();
}

void Connection::stopHealthChecks()
{
    m_monitor->stop();
}

} // namespace cms
