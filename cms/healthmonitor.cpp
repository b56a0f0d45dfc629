#include "healthmonitor.h"

#include "connection.h"

#include <QElapsedTimer>

#include <memory>

namespace cms {

HealthMonitor::HealthMonitor(Connection &connection, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
{
    m_timer.setInterval(10000);
    connect(&m_timer, &QTimer::timeout, this, &HealthMonitor::checkNow);
}

void HealthMonitor::setIntervalMs(int ms)
{
    m_timer.setInterval(qMax(1, ms));
}

void HealthMonitor::start()
{
    m_timer.start();
    checkNow();
}

void HealthMonitor::stop()
{
    m_timer.stop();
}

void HealthMonitor::checkNow()
{
    for (int i = 0; i < m_connection.endpointCount(); ++i)
        check(i);
}

void HealthMonitor::check(int endpointIndex)
{
    const Endpoint endpoint = m_connection.endpoints().at(endpointIndex);
    const QString key = endpoint.key();
    if (m_running.contains(key))
        return;
    m_running.insert(key);
    auto elapsed = std::make_shared<QElapsedTimer>();
    elapsed->start();
    // Straight through the transport: a check must not itself move the cluster's traffic.
    CmsReply *reply = m_connection.transport().send(endpoint, CmsRequest::get(QStringLiteral("system/status")));
    connect(reply, &CmsReply::finished, this, [this, reply, key, endpointIndex, elapsed] {
        m_running.remove(key);
        const CmsError &error = reply->error();
        if (error.kind == CmsError::Kind::Cancelled)
            return;
        // Any answer at all (even a refusal) means the bridge is up; only silence is "down".
        EndpointState state = EndpointState::Healthy;
        if (error.isConnectionProblem() || error.kind == CmsError::Kind::Tls)
            state = EndpointState::Down;
        else if (elapsed->elapsed() > m_slowThresholdMs)
            state = EndpointState::Slow;
        Q_EMIT checked(endpointIndex, state, elapsed->elapsed());
    });
}

} // namespace cms
