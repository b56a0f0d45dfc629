#pragma once

#include <QObject>
#include <QRandomGenerator>
#include <QTimer>

namespace cmssim {

class SimCluster;

// Live activity on a simulated cluster: calls starting in spaces, SIP endpoints, web app users,
// guests and hosts joining and leaving, muting, presenting, calls ending. Names come from French,
// Korean, Arabic and English speakers. Deterministic for a seed; off until started.
class ActivityGenerator : public QObject
{
    Q_OBJECT
public:
    ActivityGenerator(SimCluster &cluster, quint32 seed, QObject *parent = nullptr);

    void start(double actionsPerSecond);
    void stop();
    bool isRunning() const { return m_timer.isActive(); }
    // One action, chosen by the seeded generator; returns a short description of what it did.
    QString step();

private:
    SimCluster &m_cluster;
    QRandomGenerator m_rng;
    QTimer m_timer;
};

} // namespace cmssim
