#pragma once

#include "livestate.h"
#include "simcertificate.h"

#include <QDateTime>
#include <QHostAddress>
#include <QObject>
#include <QString>
#include <QUrl>

namespace cmssim {

class BridgeServer;
class EventsHub;
class SimCluster;

// What a test, a benchmark or the control channel can do to one call bridge.
enum class MoveFault : int {
    None,
    DropParticipant,   // the moved participant leaves the source and never arrives
    WrongCall,         // the moved participant lands in another call than the one asked for
};

struct BridgeFaults
{
    int latencyMs = 0;         // added before every API reply
    double errorRate = 0;      // share of API requests answered 500 with no body
    bool busy = false;         // every API request answered 503
    // A proxy in front of the bridge: every request answered 200 with its HTML error page.
    bool htmlPage = false;
    // A proxy that relabels: the Content-Type of every reply, empty ones too; empty: the bridge's own.
    QByteArray contentType;
    // Hung: connections are accepted and requests read, nothing is answered (API and events).
    // Set through SimBridge::setFrozen.
    bool frozen = false;
    MoveFault moveFault = MoveFault::None;
    // Writes that fail: after writesBeforeFailure more writes (POST, PUT, DELETE) are answered as
    // usual, the next failingWrites ones are answered 500 with no body; then writesBeforeFailure goes
    // back to -1 (no write fails). Lets a test fail each step of a multi-step change in turn, and with
    // failingWrites 2 the undo that follows the failure too.
    int writesBeforeFailure = -1;
    int failingWrites = 1;
};

// One call bridge of the simulated cluster: its identity, its port, its live calls, its events.
class SimBridge : public QObject
{
    Q_OBJECT
public:
    SimBridge(SimCluster &cluster, int index, const QString &id, const QString &name);
    ~SimBridge() override;

    int index() const { return m_index; }
    QString id() const { return m_id; }
    QString name() const { return m_name; }
    SimCluster &cluster() { return m_cluster; }

    LiveState &live() { return m_live; }
    const LiveState &live() const { return m_live; }
    EventsHub &events() { return *m_events; }
    BridgeFaults &faults() { return m_faults; }
    const BridgeFaults &faults() const { return m_faults; }
    const SimCertificate &certificate() const { return m_certificate; }

    bool listen(const QHostAddress &address, quint16 port, const SimCertificate *certificate, QString *error);
    quint16 port() const { return m_port; }
    QUrl baseUrl() const;   // https://127.0.0.1:<port>
    bool isUp() const { return m_up; }
    // Down: the port stops answering, open connections drop and the bridge's calls end.
    void goDown();
    bool comeUp();
    // Frozen (see BridgeFaults::frozen) or answering again: new requests are answered, what was
    // asked while frozen is not; events held back meanwhile are sent.
    void setFrozen(bool frozen);

    QDateTime startedAt() const { return m_startedAt; }
    int clockSkewSeconds = 0;   // added to cdrTime, to show clock skew
    qint64 apiRequestsServed = 0;   // authenticated API requests answered, for tests and benchmarks

Q_SIGNALS:
    void stateChanged(bool up);

private:
    SimCluster &m_cluster;
    int m_index;
    QString m_id;
    QString m_name;
    LiveState m_live;
    EventsHub *m_events = nullptr;
    BridgeServer *m_server = nullptr;
    BridgeFaults m_faults;
    SimCertificate m_certificate;
    QHostAddress m_address;
    quint16 m_port = 0;
    bool m_up = false;
    bool m_tls = true;
    QDateTime m_startedAt;
};

} // namespace cmssim
