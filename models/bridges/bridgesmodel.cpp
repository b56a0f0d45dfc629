#include "bridges/bridgesmodel.h"

#include "cluster/clusterregistry.h"
#include "cluster/clustersession.h"
#include "common/displayformat.h"
#include "common/languagewatcher.h"

#include <QLocale>

namespace models {

namespace {

constexpr int ColumnCount = int(BridgesModel::Column::Count);

QStringList addressesOf(const cms::ClusterSession &session)
{
    QStringList addresses;
    for (const cms::EndpointProfile &endpoint : session.profile().endpoints)
        addresses.append(DisplayFormat::hostPort(endpoint.address));
    return addresses;
}

// The call bridges discovery found that are not endpoints of the profile (matched by address, or
// by name for a bridge that gives no address).
QList<cms::DiscoveredBridge> discoveredOutside(const cms::ClusterSession &session)
{
    QStringList endpointNames;
    for (const cms::EndpointProfile &endpoint : session.profile().endpoints)
        endpointNames.append(endpoint.name);
    QList<cms::DiscoveredBridge> outside;
    for (const cms::DiscoveredBridge &bridge : session.discoveredBridges()) {
        const bool isEndpoint = bridge.address.isEmpty()
            ? (!bridge.name.isEmpty() && endpointNames.contains(bridge.name))
            : session.profile().indexOfAddress(bridge.address) >= 0;
        if (!isEndpoint)
            outside.append(bridge);
    }
    return outside;
}

bool sameBridges(const QList<cms::DiscoveredBridge> &a, const QList<cms::DiscoveredBridge> &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a.at(i).id != b.at(i).id)
            return false;
    }
    return true;
}

bool isNumberColumn(BridgesModel::Column column)
{
    switch (column) {
    case BridgesModel::Column::Uptime:
    case BridgesModel::Column::CallLegsActive:
    case BridgesModel::Column::CallLegsPeak:
    case BridgesModel::Column::ClockSkew:
        return true;
    default:
        return false;
    }
}

bool isOpen(const cms::ClusterSession &session)
{
    return session.state() == cms::ClusterSession::State::Open;
}

bool answers(const cms::ClusterSession &session, int endpointIndex)
{
    return isOpen(session) && session.endpointState(endpointIndex) != cms::EndpointState::Down;
}

// The sum of the active call legs of the bridges that answer; -1 when none of them said.
int clusterCallLegs(const cms::ClusterSession &session)
{
    int sum = -1;
    for (int i = 0; i < session.endpointCount(); ++i) {
        const int legs = session.status(i).callLegsActive;
        if (answers(session, i) && legs >= 0)
            sum = qMax(sum, 0) + legs;
    }
    return sum;
}

QStringList clusterVersions(const cms::ClusterSession &session)
{
    QStringList versions;
    for (int i = 0; i < session.endpointCount(); ++i) {
        const QString version = session.status(i).softwareVersion;
        if (!version.isEmpty() && !versions.contains(version))
            versions.append(version);
    }
    return versions;
}

int answeringCount(const cms::ClusterSession &session)
{
    int count = 0;
    for (int i = 0; i < session.endpointCount(); ++i)
        count += answers(session, i) ? 1 : 0;
    return count;
}

// The cluster as one health state: Healthy when every bridge answers in time, Down when none
// answers, Slow (degraded) otherwise; -1 while the session is not open.
int clusterHealthState(const cms::ClusterSession &session)
{
    if (!isOpen(session) || session.endpointCount() == 0)
        return -1;
    int healthy = 0;
    const int answering = answeringCount(session);
    for (int i = 0; i < session.endpointCount(); ++i)
        healthy += session.endpointState(i) == cms::EndpointState::Healthy ? 1 : 0;
    if (answering == 0)
        return int(cms::EndpointState::Down);
    return healthy == session.endpointCount() ? int(cms::EndpointState::Healthy) : int(cms::EndpointState::Slow);
}

} // namespace

BridgesModel::BridgesModel(cms::ClusterRegistry &registry, QObject *parent)
    : QAbstractItemModel(parent)
    , m_registry(registry)
{
    for (int i = 0; i < m_registry.count(); ++i) {
        cms::ClusterSession *session = m_registry.session(i);
        if (!session)
            continue;
        m_clusters.push_back(std::make_unique<ClusterRow>(ClusterRow{session, addressesOf(*session), discoveredOutside(*session)}));
        watch(session);
    }
    connect(&m_registry, &cms::ClusterRegistry::clusterAdded, this, &BridgesModel::insertCluster);
    connect(&m_registry, &cms::ClusterRegistry::clusterAboutToBeRemoved, this, [this](int index) {
        const int row = rowOf(m_registry.session(index));
        if (row >= 0)
            removeClusterRow(row);
    });
    // The row went with clusterAboutToBeRemoved; this only repairs anything missed.
    connect(&m_registry, &cms::ClusterRegistry::clusterRemoved, this, &BridgesModel::syncWithRegistry);
    connect(&m_registry, &cms::ClusterRegistry::clusterUpdated, this, [this](int index) {
        syncWithRegistry();
        if (cms::ClusterSession *session = m_registry.session(index))
            syncChildren(session);
    });
    connect(new LanguageWatcher(this), &LanguageWatcher::languageChanged, this, &BridgesModel::retranslate);
}

void BridgesModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (m_clusters.empty())
        return;
    Q_EMIT dataChanged(index(0, 0), index(int(m_clusters.size()) - 1, ColumnCount - 1));
    for (int row = 0; row < int(m_clusters.size()); ++row) {
        const QModelIndex parent = index(row, 0);
        if (const int children = rowCount(parent); children > 0)
            Q_EMIT dataChanged(index(0, 0, parent), index(children - 1, ColumnCount - 1, parent));
    }
}

void BridgesModel::watch(cms::ClusterSession *session)
{
    using S = cms::ClusterSession;
    connect(session, &S::statusUpdated, this, [this, session](int endpointIndex) {
        bridgeChanged(session, endpointIndex);
        clusterChanged(session);
    });
    connect(session, &S::endpointStateChanged, this, [this, session](int endpointIndex) {
        bridgeChanged(session, endpointIndex);
        clusterChanged(session);
    });
    connect(session, &S::activeEndpointChanged, this, [this, session](int endpointIndex, int previousIndex) {
        bridgeChanged(session, previousIndex);
        bridgeChanged(session, endpointIndex);
        clusterChanged(session);
    });
    connect(session, &S::liveModeChanged, this,
            [this, session](int endpointIndex) { bridgeChanged(session, endpointIndex); });
    connect(session, &S::stateChanged, this, [this, session] {
        clusterChanged(session);
        const int row = rowOf(session);
        if (row < 0 || m_clusters.at(row)->addresses.isEmpty())
            return;
        const QModelIndex parent = index(row, 0);
        Q_EMIT dataChanged(index(0, 0, parent),
                           index(int(m_clusters.at(row)->addresses.size()) - 1, ColumnCount - 1, parent));
    });
    connect(session, &S::profileChanged, this, [this, session] { syncChildren(session); });
    connect(session, &S::discoveryFinished, this, [this, session] { syncDiscovered(session); });
    // Deleted without the registry saying so (the registry itself going away): the registry may be
    // half destroyed already, so only the rows whose session is gone are removed.
    connect(session, &QObject::destroyed, this, [this] {
        for (int row = int(m_clusters.size()) - 1; row >= 0; --row) {
            if (!m_clusters[row]->session)
                removeClusterRow(row);
        }
    });
}

int BridgesModel::rowOf(const cms::ClusterSession *session) const
{
    if (!session)
        return -1;
    for (size_t i = 0; i < m_clusters.size(); ++i) {
        if (m_clusters[i]->session == session)
            return int(i);
    }
    return -1;
}

int BridgesModel::rowOf(const ClusterRow *row) const
{
    for (size_t i = 0; i < m_clusters.size(); ++i) {
        if (m_clusters[i].get() == row)
            return int(i);
    }
    return -1;
}

void BridgesModel::insertCluster(int registryIndex)
{
    cms::ClusterSession *session = m_registry.session(registryIndex);
    if (!session || rowOf(session) >= 0)
        return;
    const int row = qBound(0, registryIndex, int(m_clusters.size()));
    beginInsertRows({}, row, row);
    m_clusters.insert(m_clusters.begin() + row,
                      std::make_unique<ClusterRow>(ClusterRow{session, addressesOf(*session), discoveredOutside(*session)}));
    endInsertRows();
    watch(session);
}

void BridgesModel::removeClusterRow(int row)
{
    beginRemoveRows({}, row, row);
    std::unique_ptr<ClusterRow> removed = std::move(m_clusters[row]);
    m_clusters.erase(m_clusters.begin() + row);
    if (removed->session)
        disconnect(removed->session, nullptr, this, nullptr);
    endRemoveRows();
}

void BridgesModel::syncWithRegistry()
{
    for (int row = int(m_clusters.size()) - 1; row >= 0; --row) {
        const cms::ClusterSession *session = m_clusters[row]->session;
        if (!session || m_registry.indexOf(session) < 0)
            removeClusterRow(row);
    }
    for (int i = 0; i < m_registry.count(); ++i)
        insertCluster(i);   // does nothing for the ones already shown
}

void BridgesModel::syncChildren(cms::ClusterSession *session)
{
    const int row = rowOf(session);
    if (row < 0)
        return;
    ClusterRow &cluster = *m_clusters[row];
    const QStringList addresses = addressesOf(*session);
    const QModelIndex parent = index(row, 0);
    if (addresses == cluster.addresses) {
        // Same bridges (perhaps renamed): their rows only change text.
        if (!addresses.isEmpty())
            Q_EMIT dataChanged(index(0, 0, parent), index(int(addresses.size()) - 1, ColumnCount - 1, parent));
    } else {
        // Other bridges or another order: the child rows are made again, the cluster row stays.
        if (!cluster.addresses.isEmpty()) {
            beginRemoveRows(parent, 0, int(cluster.addresses.size()) - 1);
            cluster.addresses.clear();
            endRemoveRows();
        }
        if (!addresses.isEmpty()) {
            beginInsertRows(parent, 0, int(addresses.size()) - 1);
            cluster.addresses = addresses;
            endInsertRows();
        }
    }
    syncDiscovered(session);
    clusterChanged(session);
}

void BridgesModel::syncDiscovered(cms::ClusterSession *session)
{
    const int row = rowOf(session);
    if (row < 0)
        return;
    ClusterRow &cluster = *m_clusters[row];
    const QList<cms::DiscoveredBridge> discovered = discoveredOutside(*session);
    const QModelIndex parent = index(row, 0);
    const int first = int(cluster.addresses.size());
    if (sameBridges(discovered, cluster.discovered)) {
        cluster.discovered = discovered;   // same bridges, perhaps renamed or readdressed
        if (!discovered.isEmpty())
            Q_EMIT dataChanged(index(first, 0, parent), index(first + int(discovered.size()) - 1, ColumnCount - 1, parent));
        return;
    }
    if (!cluster.discovered.isEmpty()) {
        beginRemoveRows(parent, first, first + int(cluster.discovered.size()) - 1);
        cluster.discovered.clear();
        endRemoveRows();
    }
    if (!discovered.isEmpty()) {
        beginInsertRows(parent, first, first + int(discovered.size()) - 1);
        cluster.discovered = discovered;
        endInsertRows();
    }
}

void BridgesModel::clusterChanged(const cms::ClusterSession *session)
{
    const int row = rowOf(session);
    if (row >= 0)
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void BridgesModel::bridgeChanged(const cms::ClusterSession *session, int endpointIndex)
{
    const int row = rowOf(session);
    if (row < 0 || endpointIndex < 0 || endpointIndex >= m_clusters[row]->addresses.size())
        return;
    const QModelIndex parent = index(row, 0);
    Q_EMIT dataChanged(index(endpointIndex, 0, parent), index(endpointIndex, ColumnCount - 1, parent));
}

QModelIndex BridgesModel::index(int row, int column, const QModelIndex &parent) const
{
    Q_ASSERT(checkIndex(parent));
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, nullptr);
    // Only cluster rows have children; a child's internal pointer is its cluster.
    return createIndex(row, column, m_clusters.at(parent.row()).get());
}

QModelIndex BridgesModel::parent(const QModelIndex &child) const
{
    Q_ASSERT(checkIndex(child, CheckIndexOption::DoNotUseParent));
    if (!child.isValid() || !child.internalPointer())
        return {};
    const int row = rowOf(static_cast<const ClusterRow *>(child.internalPointer()));
    return row >= 0 ? createIndex(row, 0, nullptr) : QModelIndex();
}

int BridgesModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_clusters.size());
    if (parent.column() != 0 || parent.internalPointer())
        return 0;   // bridges have no children
    const ClusterRow &cluster = *m_clusters.at(parent.row());
    return int(cluster.addresses.size() + cluster.discovered.size());
}

int BridgesModel::columnCount(const QModelIndex &parent) const
{
    Q_UNUSED(parent)
    return ColumnCount;
}

QModelIndex BridgesModel::clusterIndex(const cms::ClusterSession *session) const
{
    const int row = rowOf(session);
    return row >= 0 ? index(row, 0) : QModelIndex();
}

QModelIndex BridgesModel::bridgeIndex(const cms::ClusterSession *session, int endpointIndex, int column) const
{
    const QModelIndex cluster = clusterIndex(session);
    return cluster.isValid() ? index(endpointIndex, column, cluster) : QModelIndex();
}

cms::ClusterSession *BridgesModel::sessionAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return nullptr;
    if (const auto *cluster = static_cast<const ClusterRow *>(index.internalPointer()))
        return cluster->session;
    return m_clusters.at(index.row())->session;
}

int BridgesModel::endpointAt(const QModelIndex &index) const
{
    if (!index.isValid() || !index.internalPointer())
        return -1;
    const auto *cluster = static_cast<const ClusterRow *>(index.internalPointer());
    return index.row() < cluster->addresses.size() ? index.row() : -1;
}

QVariant BridgesModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid));
    if (!index.isValid())
        return {};
    const cms::ClusterSession *session = sessionAt(index);
    if (!session)
        return {};
    if (const auto *cluster = static_cast<const ClusterRow *>(index.internalPointer());
        cluster && index.row() >= cluster->addresses.size()) {
        return discoveredData(*session, cluster->discovered.at(index.row() - cluster->addresses.size()),
                              index.column(), role);
    }
    const int endpointIndex = endpointAt(index);
    if (endpointIndex < 0)
        return clusterData(*session, index.column(), role);
    // The profile may already have changed before the model re-made the child rows.
    if (endpointIndex >= session->endpointCount())
        return {};
    return bridgeData(*session, endpointIndex, index.column(), role);
}

QVariant BridgesModel::discoveredData(const cms::ClusterSession &session, const cms::DiscoveredBridge &bridge,
                                      int column, int role) const
{
    switch (role) {
    case SessionRole:
        return QVariant::fromValue<QObject *>(const_cast<cms::ClusterSession *>(&session));
    case EndpointIndexRole:
    case HealthStateRole:
        return -1;
    case IsActiveRole:
        return false;
    case IsDiscoveredRole:
        return true;
    case Qt::ToolTipRole:
        return tr("The cluster lists this call bridge, but the console does not use it: add it as an alternate in "
                  "the failover settings to watch it and to fail over to it.");
    case Qt::DisplayRole:
    case RawValueRole:
        break;
    default:
        return {};
    }
    switch (Column(column)) {
    case Column::Name:
        return bridge.name.isEmpty() ? bridge.id : bridge.name;
    case Column::Address:
        //: the call bridge's address, when /callBridges does not give it
        return bridge.address.isEmpty() ? tr("not given") : DisplayFormat::hostPort(bridge.address);
    case Column::Health:
        return tr("Not watched");
    case Column::Role:
        //: a call bridge found in the cluster, not one the console connects to
        return tr("Discovered");
    default:
        return {};
    }
}

QString BridgesModel::clusterHealthText(const cms::ClusterSession &session) const
{
    switch (session.state()) {
    case cms::ClusterSession::State::Closed:
        //: Health of a cluster whose session is closed
        return tr("Not connected");
    case cms::ClusterSession::State::Opening:
        //: Health of a cluster while its passwords are read
        return tr("Opening…");
    case cms::ClusterSession::State::Failed:
        //: Health of a cluster that could not be opened (the reason is in the tool tip)
        return session.errorMessage().isEmpty() ? tr("Failed") : session.errorMessage();
    case cms::ClusterSession::State::Open:
        break;
    }
    //: Health of a cluster: "2 of 3 bridges answering"
    return tr("%1 of %Ln bridges answering", nullptr, session.endpointCount())
        .arg(DisplayFormat::number(answeringCount(session)));
}

QString BridgesModel::bridgeHealthText(const cms::ClusterSession &session, int endpointIndex) const
{
    if (!isOpen(session))
        //: Health of a call bridge whose cluster is not open
        return tr("Not connected");
    switch (session.endpointState(endpointIndex)) {
    case cms::EndpointState::Healthy:
        //: Health of a call bridge: it answers in time
        return tr("Healthy");
    case cms::EndpointState::Slow:
        //: Health of a call bridge: it answers, but slowly
        return tr("Slow");
    case cms::EndpointState::Down:
        break;
    }
    //: Health of a call bridge: it does not answer
    return tr("Down", "health");
}

QVariant BridgesModel::clusterData(const cms::ClusterSession &session, int column, int role) const
{
    const auto col = Column(column);
    switch (role) {
    case Qt::DisplayRole:
    case RawValueRole:
        switch (col) {
        case Column::Name:
            return session.name();
        case Column::Address: {
            const int active = session.activeEndpoint();
            const int shown = active >= 0 ? active : 0;
            if (shown >= session.endpointCount())
                return {};
            return DisplayFormat::hostPort(session.profile().endpoints.at(shown).address);
        }
        case Column::Health:
            if (role == RawValueRole)
                return isOpen(session) ? answeringCount(session) : -1;
            return clusterHealthText(session);
        case Column::Version: {
            const QStringList versions = clusterVersions(session);
            if (versions.isEmpty())
                return {};
            return QLocale().createSeparatedList(versions);
        }
        case Column::CallLegsActive: {
            const int legs = clusterCallLegs(session);
            if (legs < 0)
                return {};
            return role == RawValueRole ? QVariant(legs) : QVariant(DisplayFormat::number(legs));
        }
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (col == Column::Health)
            return clusterHealthText(session);
        return {};
    case Qt::TextAlignmentRole:
        if (isNumberColumn(col))
            return int(Qt::AlignTrailing | Qt::AlignVCenter);
        return {};
    case SessionRole:
        return QVariant::fromValue<QObject *>(const_cast<cms::ClusterSession *>(&session));
    case EndpointIndexRole:
        return -1;
    case IsActiveRole:
        return false;
    case HealthStateRole:
        return clusterHealthState(session);
    default:
        return {};
    }
}

QVariant BridgesModel::bridgeData(const cms::ClusterSession &session, int endpointIndex, int column,
                                  int role) const
{
    const auto col = Column(column);
    const cms::EndpointProfile &endpoint = session.profile().endpoints.at(endpointIndex);
    const bool open = isOpen(session);
    const bool active = open && session.activeEndpoint() == endpointIndex;

    if (role == Qt::DisplayRole || role == RawValueRole) {
        const bool raw = role == RawValueRole;
        const cms::SystemStatus status = session.status(endpointIndex);
        switch (col) {
        case Column::Name:
            return endpoint.name.isEmpty() ? DisplayFormat::hostPort(endpoint.address) : endpoint.name;
        case Column::Address:
            return DisplayFormat::hostPort(endpoint.address);
        case Column::Health:
            if (raw)
                return open ? int(session.endpointState(endpointIndex)) : -1;
            return bridgeHealthText(session, endpointIndex);
        case Column::Role:
            if (raw)
                return endpointIndex;   // failover order
            if (endpointIndex == 0)
                //: Role of a call bridge: the first endpoint of the cluster, taking the traffic now
                return active ? tr("Primary, active") : tr("Primary");
            //: Role of a call bridge: an alternate endpoint, taking the traffic now
            return active ? tr("Alternate, active") : tr("Alternate");
        case Column::Version:
            return status.softwareVersion.isEmpty() ? QVariant() : QVariant(status.softwareVersion);
        case Column::Uptime:
            if (status.uptimeSeconds < 0)
                return {};
            return raw ? QVariant(status.uptimeSeconds) : QVariant(DisplayFormat::duration(status.uptimeSeconds));
        case Column::Activation:
            if (!status.activated)
                return {};
            if (raw)
                return *status.activated;
            //: Licence activation state of a call bridge
            return *status.activated ? tr("Activated") : tr("Not activated");
        case Column::Clustering:
            if (!status.clusterEnabled)
                return {};
            if (raw)
                return *status.clusterEnabled;
            //: Whether clustering is enabled on a call bridge
            return *status.clusterEnabled ? tr("Clustered") : tr("Not clustered");
        case Column::CallLegsActive:
            if (status.callLegsActive < 0)
                return {};
            return raw ? QVariant(status.callLegsActive) : QVariant(DisplayFormat::number(status.callLegsActive));
        case Column::CallLegsPeak:
            if (status.callLegsMaxActive < 0)
                return {};
            return raw ? QVariant(status.callLegsMaxActive)
                       : QVariant(DisplayFormat::number(status.callLegsMaxActive));
        case Column::ClockSkew:
            if (!status.clockSkewMs)
                return {};
            return raw ? QVariant(*status.clockSkewMs) : QVariant(DisplayFormat::clockSkew(*status.clockSkewMs));
        case Column::LiveUpdates: {
            if (!open)
                return {};
            const cms::BridgeMode mode = session.liveMode(endpointIndex);
            if (raw)
                return int(mode);
            switch (mode) {
            case cms::BridgeMode::Connecting:
                //: Live updates of a call bridge: the events connection is being set up
                return tr("Connecting…");
            case cms::BridgeMode::Events:
                //: Live updates of a call bridge: pushed by the events WebSocket
                return tr("Events");
            case cms::BridgeMode::Polling:
                //: Live updates of a call bridge: read again at intervals
                return tr("Polling");
            case cms::BridgeMode::Down:
                break;
            }
            //: Live updates of a call bridge: none, the bridge does not answer
            return tr("Down", "live updates");
        }
        case Column::Count:
            return {};
        }
        return {};
    }

    switch (role) {
    case Qt::ToolTipRole:
        if (col == Column::Health) {
            const QString text = bridgeHealthText(session, endpointIndex);
            const cms::CmsError error = open ? session.lastError(endpointIndex) : cms::CmsError();
            // Two lines: the state, then the sentence saying why (each complete on its own).
            return error ? text + QLatin1Char('\n') + error.message() : text;
        }
        if (col == Column::Address)
            return endpoint.address.toDisplayString();
        return {};
    case Qt::TextAlignmentRole:
        if (isNumberColumn(col))
            return int(Qt::AlignTrailing | Qt::AlignVCenter);
        return {};
    case SessionRole:
        return QVariant::fromValue<QObject *>(const_cast<cms::ClusterSession *>(&session));
    case EndpointIndexRole:
        return endpointIndex;
    case IsActiveRole:
        return active;
    case HealthStateRole:
        return open ? int(session.endpointState(endpointIndex)) : -1;
    default:
        return {};
    }
}

QVariant BridgesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole && isNumberColumn(Column(section)))
        return int(Qt::AlignTrailing | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Column::Name:
        //: Column header of the bridges pane: cluster or call bridge name
        return tr("Name");
    case Column::Address:
        //: Column header of the bridges pane: host:port
        return tr("Address");
    case Column::Health:
        //: Column header of the bridges pane: does the bridge answer
        return tr("Health");
    case Column::Role:
        //: Column header of the bridges pane: primary or alternate endpoint
        return tr("Role");
    case Column::Version:
        //: Column header of the bridges pane: software version
        return tr("Version");
    case Column::Uptime:
        //: Column header of the bridges pane: time since the bridge started
        return tr("Uptime");
    case Column::Activation:
        //: Column header of the bridges pane: licence activation
        return tr("Activation");
    case Column::Clustering:
        //: Column header of the bridges pane: whether clustering is enabled
        return tr("Clustering");
    case Column::CallLegsActive:
        //: Column header of the bridges pane: active call legs now
        return tr("Call legs");
    case Column::CallLegsPeak:
        //: Column header of the bridges pane: the most call legs active at once since the bridge started
        return tr("Peak");
    case Column::ClockSkew:
        //: Column header of the bridges pane: how far the bridge's clock is from this computer's
        return tr("Clock skew");
    case Column::LiveUpdates:
        //: Column header of the bridges pane: how live state is followed (events or polling)
        return tr("Live updates");
    case Column::Count:
        break;
    }
    return {};
}

} // namespace models
