// The bridges pane's tree: clusters of a registry and their call bridges, against a simulated
// 3-bridge cluster. Rows follow the registry (added, changed endpoints, removed) and each session's
// signals (status, health, active endpoint, live mode) as dataChanged of one row; the tester checks
// every change.
#include "bridges/bridgesmodel.h"
#include "clientendpoints.h"
#include "cluster/clusterregistry.h"
#include "cluster/clustersession.h"
#include "credentials/memorycredentialstore.h"
#include "liveengine.h"
#include "simbridge.h"
#include "simcluster.h"
#include "simtestclient.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

using models::BridgesModel;
using Column = models::BridgesModel::Column;

namespace {

cms::ClusterProfile profileOf(cmssim::SimCluster &cluster, const QString &name)
{
    const QList<cms::Endpoint> endpoints = pinnedEndpoints(cluster);
    cms::ClusterProfile profile = cms::ClusterProfile::create(name, endpoints.at(0).baseUrl, kTestUser);
    profile.endpoints[0].name = QStringLiteral("CallBridge-Paris");
    profile.endpoints[0].pinnedSha256 = endpoints.at(0).pinnedSha256;
    for (int i = 1; i < endpoints.size(); ++i) {
        cms::EndpointProfile alternate;
        alternate.address = endpoints.at(i).baseUrl;
        alternate.pinnedSha256 = endpoints.at(i).pinnedSha256;
        profile.endpoints.append(alternate);
    }
    return profile;
}

QString hostPort(const QUrl &url)
{
    return url.host() + QLatin1Char(':') + QString::number(url.port());
}

QString cell(const QAbstractItemModel &model, const QModelIndex &parent, int row, Column column,
             int role = Qt::DisplayRole)
{
    return model.data(model.index(row, int(column), parent), role).toString();
}

// Did one dataChanged cover the whole of that row (every column) under that parent?
bool wholeRowChanged(const QSignalSpy &spy, const QModelIndex &parent, int row)
{
    for (const QList<QVariant> &args : spy) {
        const auto topLeft = args.at(0).value<QModelIndex>();
        const auto bottomRight = args.at(1).value<QModelIndex>();
        if (topLeft.parent() == parent && topLeft.row() <= row && bottomRight.row() >= row
            && topLeft.column() == 0 && bottomRight.column() == int(Column::Count) - 1)
            return true;
    }
    return false;
}

// Child rows that are endpoints (discovered call bridges follow them).
int endpointRows(const QAbstractItemModel &model, const QModelIndex &cluster)
{
    int rows = 0;
    for (int r = 0; r < model.rowCount(cluster); ++r)
        rows += model.index(r, 0, cluster).data(BridgesModel::IsDiscoveredRole).toBool() ? 0 : 1;
    return rows;
}

} // namespace

class TestBridgesModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void headers();
    void followsRegistryAndSessions();
    void registryDeletedFirst();
    void discoveredBridgesFollowTheEndpoints();

private:
    // Saves through the registry and waits for saveFinished.
    bool save(cms::ClusterRegistry &registry, const cms::ClusterProfile &profile, const QHash<int, QString> &passwords);
    // Opens again with fast health checks (the registry opened it with the profile's interval).
    static void reopenFast(cms::ClusterSession &session);

    std::unique_ptr<cmssim::SimCluster> m_cluster;
};

void TestBridgesModel::initTestCase()
{
    cmssim::ClusterOptions options;
    options.bridgeCount = 3;
    m_cluster = startTestCluster(options);
    QVERIFY(m_cluster);
}

bool TestBridgesModel::save(cms::ClusterRegistry &registry, const cms::ClusterProfile &profile,
                            const QHash<int, QString> &passwords)
{
    QSignalSpy finished(&registry, &cms::ClusterRegistry::saveFinished);
    registry.saveCluster(profile, passwords);
    if (!finished.wait(10000)) {
        qWarning("saveFinished did not come");
        return false;
    }
    if (!finished.at(0).at(1).toBool())
        qWarning("save failed: %s", qPrintable(finished.at(0).at(2).toString()));
    return finished.at(0).at(1).toBool();
}

void TestBridgesModel::reopenFast(cms::ClusterSession &session)
{
    session.setHealthCheckIntervalMsForTesting(200);
    session.close();
    session.open();
}

void TestBridgesModel::headers()
{
    cms::MemoryCredentialStore store;
    cms::ClusterRegistry registry(nullptr, store, nullptr, nullptr);
    BridgesModel model(registry);
    QCOMPARE(model.columnCount(), int(Column::Count));
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.headerData(int(Column::Name), Qt::Horizontal).toString(), QStringLiteral("Name"));
    QCOMPARE(model.headerData(int(Column::Health), Qt::Horizontal).toString(), QStringLiteral("Health"));
    QCOMPARE(model.headerData(int(Column::ClockSkew), Qt::Horizontal).toString(), QStringLiteral("Clock skew"));
    for (int c = 0; c < model.columnCount(); ++c)
        QVERIFY2(!model.headerData(c, Qt::Horizontal).toString().isEmpty(), qPrintable(QString::number(c)));
    QCOMPARE(model.headerData(int(Column::CallLegsActive), Qt::Horizontal, Qt::TextAlignmentRole).toInt(),
             int(Qt::AlignTrailing | Qt::AlignVCenter));
}

void TestBridgesModel::followsRegistryAndSessions()
{
    cms::MemoryCredentialStore store;
    cms::ClusterRegistry registry(nullptr, store, nullptr, nullptr);
    BridgesModel model(registry);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

    // Added through saveCluster: one cluster row, three bridge rows in failover order.
    const cms::ClusterProfile profile = profileOf(*m_cluster, QStringLiteral("Lab"));
    QVERIFY(save(registry, profile, {{0, kTestPassword}}));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(inserted.size(), 1);
    cms::ClusterSession *session = registry.session(0);
    QVERIFY(session);
    const QPersistentModelIndex cluster = model.clusterIndex(session);
    QVERIFY(cluster.isValid());
    QCOMPARE(model.rowCount(cluster), 3);
    QCOMPARE(model.sessionAt(cluster), session);
    QCOMPARE(model.endpointAt(cluster), -1);
    QCOMPARE(model.data(cluster, BridgesModel::SessionRole).value<QObject *>(), session);
    QCOMPARE(model.data(cluster, BridgesModel::EndpointIndexRole).toInt(), -1);
    QCOMPARE(cell(model, {}, 0, Column::Name), QStringLiteral("Lab"));

    const QModelIndex third = model.bridgeIndex(session, 2);
    QCOMPARE(third.parent(), QModelIndex(cluster));
    QCOMPARE(model.endpointAt(third), 2);
    QCOMPARE(model.sessionAt(third), session);
    QCOMPARE(model.data(third, BridgesModel::EndpointIndexRole).toInt(), 2);
    QCOMPARE(cell(model, cluster, 0, Column::Name), QStringLiteral("CallBridge-Paris"));
    const QString thirdAddress = hostPort(m_cluster->bridge(2).baseUrl());
    QCOMPARE(cell(model, cluster, 2, Column::Name), thirdAddress);   // no name: its address
    QCOMPARE(cell(model, cluster, 2, Column::Address), thirdAddress);
    QCOMPARE(cell(model, cluster, 0, Column::Role), QStringLiteral("Primary"));
    QCOMPARE(cell(model, cluster, 1, Column::Role), QStringLiteral("Alternate"));

    // Bridge 2 carries a call of two legs, which its Call legs cell must show.
    const auto call = m_cluster->live().startCall(m_cluster->bridge(1), {}, QStringLiteral("Weekly"));
    QVERIFY(std::holds_alternative<QString>(call));
    for (const QString &name : {QStringLiteral("Ann"), QStringLiteral("Ben")}) {
        cmssim::JoinSpec person;
        person.name = name;
        person.remoteParty = name.toLower() + QStringLiteral("@example.com");
        QVERIFY(!m_cluster->live().join(m_cluster->bridge(1), std::get<QString>(call), person).isEmpty());
    }
    const auto endCall = qScopeGuard([&] { m_cluster->live().endCall(m_cluster->bridge(1), std::get<QString>(call)); });

    // Open with fast checks; the versions appear on every bridge.
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    reopenFast(*session);
    QTRY_VERIFY_WITH_TIMEOUT(!cell(model, cluster, 0, Column::Version).isEmpty()
                                 && !cell(model, cluster, 1, Column::Version).isEmpty()
                                 && !cell(model, cluster, 2, Column::Version).isEmpty(),
                             20000);
    const QString version = m_cluster->options().version.text;
    QCOMPARE(cell(model, cluster, 1, Column::Version), version);
    QCOMPARE(cell(model, {}, 0, Column::Version), version);   // one version across the cluster
    QVERIFY(wholeRowChanged(changed, cluster, 1));
    QVERIFY(wholeRowChanged(changed, {}, 0));
    QTRY_COMPARE_WITH_TIMEOUT(cell(model, {}, 0, Column::Health), QStringLiteral("3 of 3 bridges answering"), 20000);
    QCOMPARE(cell(model, {}, 0, Column::Health, Qt::ToolTipRole), QStringLiteral("3 of 3 bridges answering"));
    QCOMPARE(model.data(cluster.sibling(0, int(Column::Health)), BridgesModel::RawValueRole).toInt(), 3);

    const QModelIndex first = model.index(0, 0, cluster);
    QTRY_VERIFY_WITH_TIMEOUT(model.data(first, BridgesModel::IsActiveRole).toBool(), 20000);
    QCOMPARE(cell(model, cluster, 0, Column::Role), QStringLiteral("Primary, active"));
    QVERIFY(cell(model, cluster, 1, Column::Health) == QStringLiteral("Healthy")
            || cell(model, cluster, 1, Column::Health) == QStringLiteral("Slow"));
    QVERIFY(!cell(model, cluster, 1, Column::Uptime).isEmpty());
    QCOMPARE(model.data(model.index(1, int(Column::Uptime), cluster), BridgesModel::RawValueRole).typeId(),
             QMetaType::LongLong);
    QCOMPARE(model.data(model.index(1, int(Column::Uptime), cluster), Qt::TextAlignmentRole).toInt(),
             int(Qt::AlignTrailing | Qt::AlignVCenter));
    const QVariant legs = model.data(model.index(1, int(Column::CallLegsActive), cluster), BridgesModel::RawValueRole);
    QVERIFY(legs.isValid());
    QCOMPARE(legs.toInt(), 2);
    QCOMPARE(cell(model, cluster, 1, Column::CallLegsActive), QLocale().toString(2));
    QTRY_VERIFY_WITH_TIMEOUT(!cell(model, cluster, 1, Column::LiveUpdates).isEmpty(), 20000);
    QVERIFY(QStringList({QStringLiteral("Events"), QStringLiteral("Polling"), QStringLiteral("Connecting…")})
                .contains(cell(model, cluster, 1, Column::LiveUpdates)));

    // Bridge 2 goes down: its Health says so, the cluster counts it.
    changed.clear();
    m_cluster->setDown(1, true);
    QTRY_COMPARE_WITH_TIMEOUT(cell(model, cluster, 1, Column::Health), QStringLiteral("Down"), 20000);
    QCOMPARE(model.data(model.index(1, 0, cluster), BridgesModel::HealthStateRole).toInt(),
             int(cms::EndpointState::Down));
    QVERIFY(wholeRowChanged(changed, cluster, 1));
    QTRY_COMPARE_WITH_TIMEOUT(cell(model, {}, 0, Column::Health), QStringLiteral("2 of 3 bridges answering"), 20000);
    // The tool tip adds why, once a health check has failed (traffic may have noticed first).
    QTRY_VERIFY_WITH_TIMEOUT(cell(model, cluster, 1, Column::Health, Qt::ToolTipRole).startsWith(QStringLiteral("Down\n")),
                             20000);
    QCOMPARE(model.data(cluster, BridgesModel::HealthStateRole).toInt(), int(cms::EndpointState::Slow));
    m_cluster->setDown(1, false);
    QTRY_VERIFY_WITH_TIMEOUT(cell(model, cluster, 1, Column::Health) != QStringLiteral("Down"), 20000);

    // A second cluster: its child rows keep pointing at it while the first one goes.
    cms::ClusterProfile small = profileOf(*m_cluster, QStringLiteral("Small"));
    small.endpoints.resize(1);
    QVERIFY(save(registry, small, {{0, kTestPassword}}));
    QCOMPARE(model.rowCount(), 2);
    cms::ClusterSession *second = registry.session(1);
    const QPersistentModelIndex secondBridge = model.bridgeIndex(second, 0, int(Column::Name));
    QVERIFY(secondBridge.isValid());

    // Changed endpoints: the cluster row stays, its children are made again.
    cms::ClusterProfile shorter = session->profile();
    shorter.endpoints.removeLast();
    const qsizetype removedBefore = removed.size();
    QVERIFY(save(registry, shorter, {}));
    QVERIFY(cluster.isValid());
    QCOMPARE(endpointRows(model, cluster), 2);
    QVERIFY(removed.size() > removedBefore);
    QCOMPARE(cell(model, cluster, 1, Column::Address), hostPort(m_cluster->bridge(1).baseUrl()));
    cms::ClusterProfile renamed = session->profile();
    renamed.endpoints[1].name = QStringLiteral("CallBridge-Lyon");
    const qsizetype removedNow = removed.size();
    QVERIFY(save(registry, renamed, {}));
    QCOMPARE(removed.size(), removedNow);   // same bridges: only their text changes
    QCOMPARE(cell(model, cluster, 1, Column::Name), QStringLiteral("CallBridge-Lyon"));

    // Removed: its row goes, the other cluster's rows stay valid.
    registry.removeCluster(session->profile().id);
    QCOMPARE(model.rowCount(), 1);
    QVERIFY(!cluster.isValid());
    QVERIFY(secondBridge.isValid());
    QCOMPARE(secondBridge.parent(), model.clusterIndex(second));
    QCOMPARE(secondBridge.parent().row(), 0);
    QCOMPARE(model.data(secondBridge).toString(), QStringLiteral("CallBridge-Paris"));
    QCOMPARE(cell(model, {}, 0, Column::Name), QStringLiteral("Small"));

    registry.removeCluster(second->profile().id);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(reset.size(), 0);   // never a reset for a live update
}

void TestBridgesModel::discoveredBridgesFollowTheEndpoints()
{
    cms::MemoryCredentialStore store;
    cms::ClusterRegistry registry(nullptr, store, nullptr, nullptr);
    BridgesModel model(registry);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);

    // Only the primary is an endpoint: the two other call bridges of the cluster are listed after
    // it once discovery has read /callBridges, marked as discovered and not watched.
    cms::ClusterProfile profile = profileOf(*m_cluster, QStringLiteral("Discovered"));
    profile.endpoints.resize(1);
    QVERIFY(save(registry, profile, {{0, kTestPassword}}));
    cms::ClusterSession *session = registry.session(0);
    const QPersistentModelIndex cluster = model.clusterIndex(session);
    QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(cluster), 3, 20000);
    QCOMPARE(endpointRows(model, cluster), 1);
    for (int r = 1; r < 3; ++r) {
        const QModelIndex discovered = model.index(r, 0, cluster);
        QVERIFY(discovered.data(BridgesModel::IsDiscoveredRole).toBool());
        QCOMPARE(model.endpointAt(discovered), -1);
        QCOMPARE(model.sessionAt(discovered), session);
        QCOMPARE(cell(model, cluster, r, Column::Role), QStringLiteral("Discovered"));
        QCOMPARE(cell(model, cluster, r, Column::Health), QStringLiteral("Not watched"));
    }
    QStringList addresses{cell(model, cluster, 1, Column::Address), cell(model, cluster, 2, Column::Address)};
    addresses.sort();
    QStringList expected{hostPort(m_cluster->bridge(1).baseUrl()), hostPort(m_cluster->bridge(2).baseUrl())};
    expected.sort();
    QCOMPARE(addresses, expected);

    // One of them becomes an alternate: it moves up among the endpoints and leaves the discovered rows.
    cms::ClusterProfile two = session->profile();
    two.endpoints.append(profileOf(*m_cluster, QStringLiteral("x")).endpoints.at(1));
    QVERIFY(save(registry, two, {}));
    QTRY_COMPARE_WITH_TIMEOUT(endpointRows(model, cluster), 2, 10000);
    QCOMPARE(model.rowCount(cluster), 3);
    QCOMPARE(cell(model, cluster, 2, Column::Address), hostPort(m_cluster->bridge(2).baseUrl()));
    QVERIFY(model.index(2, 0, cluster).data(BridgesModel::IsDiscoveredRole).toBool());
}

void TestBridgesModel::registryDeletedFirst()
{
    // At the end of the application the registry may go before the model: its sessions are deleted
    // without clusterAboutToBeRemoved, and the rows must go with them.
    cms::MemoryCredentialStore store;
    auto registry = std::make_unique<cms::ClusterRegistry>(nullptr, store, nullptr, nullptr);
    BridgesModel model(*registry);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QVERIFY(save(*registry, profileOf(*m_cluster, QStringLiteral("Lab")), {{0, kTestPassword}}));
    QVERIFY(save(*registry, profileOf(*m_cluster, QStringLiteral("Lab 2")), {{0, kTestPassword}}));
    QCOMPARE(model.rowCount(), 2);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    registry.reset();
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(removed.size(), 2);
}

QTEST_GUILESS_MAIN(TestBridgesModel)
#include "tst_bridgesmodel.moc"
