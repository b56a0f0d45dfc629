#pragma once

#include "api/cmserror.h"
#include "net/failoverpolicy.h"
#include "api/systemstatus.h"

#include <QObject>
#include <QSet>
#include <QTimer>

namespace cms {

class Connection;

// Asks every endpoint of a cluster for GET /system/status at a steady interval and says how each
// one is doing: healthy, slow (answered, but later than the threshold) or down. One check per
// endpoint at a time; a check still running when the next round comes is not doubled.
// A check has its own short deadline (Transport::sendCheck), far below the requests' timeout: a
// bridge that is hung (its port takes connections, nothing answers) is down once a check runs out
// of it, so within the interval plus the deadline.
// Besides the state, each check says what the bridge answered (statusRead) or what went wrong
// (checkFailed), for the bridges pane and certificate warnings.
class HealthMonitor : public QObject
{
    Q_OBJECT
public:
    explicit HealthMonitor(Connection &connection, QObject *parent = nullptr);

    void setIntervalMs(int ms);
    int intervalMs() const { return m_timer.interval(); }
    void setSlowThresholdMs(int ms) { m_slowThresholdMs = ms; }
    int slowThresholdMs() const { return m_slowThresholdMs; }
    // How long a check waits for its answer before the bridge counts as down.
    void setTimeoutMs(int ms) { m_timeoutMs = qMax(1, ms); }
    int timeoutMs() const { return m_timeoutMs; }

    void start();   // checks at once, then every interval
    void stop();
    bool isRunning() const { return m_timer.isActive(); }
    void checkNow();

Q_SIGNALS:
    void checked(int endpointIndex, cms::EndpointState state, qint64 elapsedMs);
    // A check got a 200 with a readable <status>; emitted before checked().
    void statusRead(int endpointIndex, const cms::SystemStatus &status);
    // A check got no usable answer (network, TLS, certificate, 401, unreadable reply…); emitted
    // before checked(). Never for a check cancelled because the connection closed.
    void checkFailed(int endpointIndex, const cms::CmsError &error);

private:
    void check(int endpointIndex);

    Connection &m_connection;
    QTimer m_timer;
    QSet<QString> m_running;   // endpoint keys with a check in flight
    int m_slowThresholdMs = 2000;
    int m_timeoutMs = 4000;
};

} // namespace cms
