#include "net/healthmonitor.h"

#include "net/connection.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QPointer>

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
    CmsReply *reply = m_connection.transport().sendCheck(endpoint, CmsRequest::get(QStringLiteral("system/status")),
                                                          m_timeoutMs);
    connect(reply, &CmsReply::finished, this, [this, reply, key, endpointIndex, elapsed] {
        m_running.remove(key);
        CmsError error = reply->error();
        if (error.kind == CmsError::Kind::Cancelled)
            return;
        const qint64 elapsedMs = elapsed->elapsed();
        // Any answer of the API (even a refusal) means the bridge is up; silence, or something else
        // answering in its place (a proxy's web page), is "down".
        EndpointState state = EndpointState::Healthy;
        if (isUnreachable(error))
            state = EndpointState::Down;
        else if (elapsedMs > m_slowThresholdMs)
            state = EndpointState::Slow;

        SystemStatus status;
        if (error.isOk()) {
            const CmsNode node = reply->object(&error);
            if (error.isOk() && node.name != QLatin1String("status"))
                error = CmsError(CmsError::Kind::MalformedReply,
                                 QStringLiteral("expected <status>, got <%1>").arg(node.name));
            if (error.isOk())
                status = SystemStatus::fromNode(node, QDateTime::currentDateTimeUtc());
        }
        // A listener may close the connection (and so this monitor) from any of these signals.
        const QPointer<HealthMonitor> alive(this);
        if (error.isOk())
            Q_EMIT statusRead(endpointIndex, status);
        else
            Q_EMIT checkFailed(endpointIndex, error);
        if (alive)
            Q_EMIT checked(endpointIndex, state, elapsedMs);
    });
}

} // namespace cms
