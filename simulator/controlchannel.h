#pragma once

#include <QObject>
#include <QString>

class QTcpServer;

namespace cmssim {

class ActivityGenerator;
class SimCluster;

// The simulator's control channel, outside the CMS API: fault injection and activity at run time,
// one command per line (from stdin, from a loopback control port, or from C++). `help` lists them.
class ControlChannel : public QObject
{
    Q_OBJECT
public:
    ControlChannel(SimCluster &cluster, ActivityGenerator *activity, QObject *parent = nullptr);

    // Run one command line; returns what to print (several lines possible, no trailing newline).
    QString execute(const QString &line);
    // Accept commands on a plain TCP port bound to loopback: one command per line, one reply per
    // command ending with an empty line. Returns the port, 0 on failure.
    quint16 listen(quint16 port);
    static QString help();

Q_SIGNALS:
    void quitRequested();

private:
    QString status() const;
    // "2", "CallBridge-Seoul" or "all" -> bridge indexes; empty when unknown.
    QList<int> bridgesFor(const QString &which) const;

    SimCluster &m_cluster;
    ActivityGenerator *m_activity;
    QTcpServer *m_server = nullptr;
};

} // namespace cmssim
