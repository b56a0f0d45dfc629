#pragma once

#include "failoverpolicy.h"

#include <QObject>
#include <QSet>
#include <QTimer>

namespace cms {

class Connection;

// Asks every endpoint of a cluster for GET /system/status at a steady interval and says how each
// one is doing: healthy, slow (answered, but later than the threshold) or down. One check per
// endpoint at a time; a check still running when the next round comes is not doubled.
class HealthMonitor : public QObject
{
    Q_OBJECT
public:
    explicit HealthMonitor(Connection &connection, QObject *parent = nullptr);

    void setIntervalMs(int ms);
    int intervalMs() const { return m_timer.interval(); }
    void setSlowThresholdMs(int ms) { m_slowThresholdMs = ms; }
    int slowThresholdMs() const { return m_slowThresholdMs; }

    void start();   // checks at once, then every interval
    void stop();
    bool isRunning() const { return m_timer.isActive(); }
    void checkNow();

Q_SIGNALS:
    void checked(int endpointIndex, cms::EndpointState state, qint64 elapsedMs);

private:
    void check(int endpointIndex);

    Connection &m_connection;
    QTimer m_timer;
    QSet<QString> m_running;   // endpoint keys with a check in flight
    int m_slowThresholdMs = 2000;
};

} // namespace cms
