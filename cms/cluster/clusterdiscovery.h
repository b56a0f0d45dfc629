#pragma once

#include "api/cmserror.h"

#include <QList>
#include <QObject>
#include <QUrl>

namespace cms {

class Connection;
class CollectionPager;

// One call bridge of the cluster as /callBridges describes it.
struct DiscoveredBridge
{
    QString id;
    QString name;
    QUrl address;         // from the `address` field; empty when the bridge does not give one
    bool known = false;   // already one of the connection's endpoints
};

// Learns the cluster from the connection: reads /callBridges, then each /callBridges/<id>, and
// proposes as alternates the bridges whose address is not already in the connection's list
// (host:port, case-insensitive, port 443 by default). It adds nothing itself: the user chooses.
class ClusterDiscovery : public QObject
{
    Q_OBJECT
public:
    explicit ClusterDiscovery(Connection &connection, QObject *parent = nullptr);

    void start();
    bool isFinished() const { return m_finished; }
    const CmsError &error() const { return m_error; }
    const QList<DiscoveredBridge> &bridges() const { return m_bridges; }
    // The bridges worth proposing as alternates: with an address, not known, each address once.
    QList<DiscoveredBridge> proposals() const;

Q_SIGNALS:
    void finished();

private:
    void onList();
    void readDetails(int index);
    void finish(const CmsError &error);

    Connection &m_connection;
    CollectionPager *m_pager = nullptr;
    QList<DiscoveredBridge> m_bridges;
    int m_pendingDetails = 0;
    CmsError m_error;
    bool m_finished = false;
};

} // namespace cms
