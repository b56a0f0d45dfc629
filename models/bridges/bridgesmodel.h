#pragma once

#include "cluster/clusterdiscovery.h"

#include <QAbstractItemModel>
#include <QPointer>
#include <QStringList>

#include <memory>
#include <vector>

namespace cms {
class ClusterRegistry;
class ClusterSession;
}

namespace models {

// Clusters and their call bridges as a tree: one top-level row per cluster of the registry, one
// child row per endpoint of its profile (primary first, in failover order). Columns say what
// /system/status says and how the console sees each bridge. Updates are incremental: a status or
// health change is one dataChanged for that row; clusters added and removed insert/remove rows.
class BridgesModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum class Column {
        Name,          // cluster name / bridge name (or host:port when the bridge has no name)
        Address,       // host:port
        Health,        // Healthy / Slow / Down / Not connected (translated); cluster row: "2 of 3 answering"
        Role,          // Primary / Alternate, plus "active" (translated)
        Version,
        Uptime,        // QLocale-formatted duration
        Activation,    // Activated / Not activated
        Clustering,    // Clustered / Not clustered
        CallLegsActive,
        CallLegsPeak,
        ClockSkew,     // "+1.2 s", "−0.4 s" (QLocale)
        LiveUpdates,   // Events / Polling / Connecting / Down
        Count
    };
    Q_ENUM(Column)

    enum Role {
        RawValueRole = Qt::UserRole + 1,   // sortable raw value of the cell (qint64, int, QString, bool)
        SessionRole,                       // QVariant::fromValue<QObject *>(ClusterSession *), both row kinds
        EndpointIndexRole,                 // int; -1 on cluster rows
        IsActiveRole,                      // bool: the endpoint taking the configuration traffic
        HealthStateRole,                   // int(cms::EndpointState); -1 when not connected
        IsDiscoveredRole,                  // bool: a call bridge /callBridges lists that is not an endpoint
    };

    explicit BridgesModel(cms::ClusterRegistry &registry, QObject *parent = nullptr);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    QModelIndex clusterIndex(const cms::ClusterSession *session) const;
    QModelIndex bridgeIndex(const cms::ClusterSession *session, int endpointIndex, int column = 0) const;
    cms::ClusterSession *sessionAt(const QModelIndex &index) const;
    int endpointAt(const QModelIndex &index) const;   // -1 for a cluster row or a discovered bridge

    // Headers and translated cells changed (a new language); called by itself when the language changes.
    void retranslate();

private:
    // One cluster row. Its address (stable while rows move) is the internal pointer of its child
    // rows; `addresses` are the endpoints the view has been told about (one child row each), which
    // can lag behind the session's profile until the model hears of the change.
    struct ClusterRow
    {
        QPointer<cms::ClusterSession> session;
        QStringList addresses;
        // The cluster's other call bridges, as discovery found them: child rows after the endpoints.
        QList<cms::DiscoveredBridge> discovered;
    };

    void watch(cms::ClusterSession *session);
    int rowOf(const cms::ClusterSession *session) const;
    int rowOf(const ClusterRow *row) const;
    void insertCluster(int registryIndex);
    void removeClusterRow(int row);
    void syncWithRegistry();
    void syncChildren(cms::ClusterSession *session);
    void syncDiscovered(cms::ClusterSession *session);
    QVariant discoveredData(const cms::ClusterSession &session, const cms::DiscoveredBridge &bridge, int column,
                            int role) const;
    void clusterChanged(const cms::ClusterSession *session);
    void bridgeChanged(const cms::ClusterSession *session, int endpointIndex);
    QVariant clusterData(const cms::ClusterSession &session, int column, int role) const;
    QVariant bridgeData(const cms::ClusterSession &session, int endpointIndex, int column, int role) const;
    QString clusterHealthText(const cms::ClusterSession &session) const;
    QString bridgeHealthText(const cms::ClusterSession &session, int endpointIndex) const;

    cms::ClusterRegistry &m_registry;
    std::vector<std::unique_ptr<ClusterRow>> m_clusters;
};

} // namespace models
