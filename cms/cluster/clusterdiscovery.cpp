#include "cluster/clusterdiscovery.h"

#include "net/collectionpager.h"
#include "net/connection.h"
#include "api/endpoint.h"

#include <QSet>

namespace cms {

ClusterDiscovery::ClusterDiscovery(Connection &connection, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
{
}

void ClusterDiscovery::start()
{
    m_bridges.clear();
    m_error = CmsError();
    m_finished = false;
    delete m_pager;
    m_pager = new CollectionPager(m_connection, QStringLiteral("callBridges"), {}, this);
    connect(m_pager, &CollectionPager::finished, this, &ClusterDiscovery::onList);
    m_pager->start();
}

void ClusterDiscovery::onList()
{
    if (m_pager->error()) {
        finish(m_pager->error());
        return;
    }
    for (const CmsNode &node : m_pager->items()) {
        DiscoveredBridge b;
        b.id = node.id();
        b.name = node.value(u"name");
        m_bridges.append(b);
    }
    m_pendingDetails = int(m_bridges.size());
    if (m_pendingDetails == 0) {
        finish({});
        return;
    }
    for (int i = 0; i < m_bridges.size(); ++i)
        readDetails(i);
}

void ClusterDiscovery::readDetails(int index)
{
    CmsReply *reply = m_connection.sendShared(CmsRequest::get(QStringLiteral("callBridges/") + m_bridges.at(index).id));
    connect(reply, &CmsReply::finished, this, [this, reply, index] {
        if (m_finished)
            return;
        CmsError error = reply->error();
        CmsNode node;
        if (!error)
            node = reply->object(&error);
        if (error) {
            finish(error);
            return;
        }
        DiscoveredBridge &b = m_bridges[index];
        if (const QString name = node.value(u"name"); !name.isEmpty())
            b.name = name;
        QString problem;
        const QString address = node.value(u"address");
        if (!address.isEmpty())
            b.address = Endpoint::parseAddress(address, &problem);
        b.known = b.address.isValid() && m_connection.indexOfAddress(b.address) >= 0;
        if (--m_pendingDetails == 0)
            finish({});
    });
}

QList<DiscoveredBridge> ClusterDiscovery::proposals() const
{
    QList<DiscoveredBridge> out;
    QSet<QString> seen;
    for (const DiscoveredBridge &b : m_bridges) {
        if (b.known || !b.address.isValid() || b.address.isEmpty())
            continue;
        const QString key = Connection::addressKey(b.address);
        if (seen.contains(key))
            continue;
        seen.insert(key);
        out.append(b);
    }
    return out;
}

void ClusterDiscovery::finish(const CmsError &error)
{
    if (m_finished)
        return;
    m_error = error;
    m_finished = true;
    Q_EMIT finished();
}

} // namespace cms
