// The Bridges pane on real widgets against a simulated three-bridge cluster: the tree of clusters and
// bridges, sorting on raw values, the call legs chart filling from the health checks, Refresh, the
// details line of a bridge that went down, and column visibility through the header's menu and
// saveState/restoreState. Leaves a screenshot in <temp>/cmsconsole-screens/bridgespane.png.
#include "diagnostics/activitylog.h"
#include "diagnostics/apitrace.h"
#include "bridges/bridgesmodel.h"
#include "bridges/bridgespane.h"
#include "bridges/calllegschartview.h"
#include "bridges/calllegshistory.h"
#include "cluster/clusterregistry.h"
#include "cluster/clustersession.h"
#include "api/endpoint.h"
#include "liveengine.h"
#include "credentials/memorycredentialstore.h"
#include "simbridge.h"
#include "simcluster.h"
#include "simtestclient.h"

#include <QAction>
#include <QApplication>
#include <QChart>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QLineSeries>
#include <QMenu>
#include <QSortFilterProxyModel>
#include <QTreeView>
#include <QValueAxis>
#include <QtTest>

using namespace views;
using Column = models::BridgesModel::Column;

namespace {

// Active call legs each simulated bridge gets: all different, so that sorting shows.
const int kLegs[3] = {1, 3, 2};

} // namespace

class TestBridgesPane : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void showsTheClusterWithItsBridges();
    void sortsByCallLegs();
    void chartFollowsTheStatusChecks();
    void refreshReadsTheStatusAgain();
    void detailsSayWhyABridgeIsDown();
    void headerMenuHidesColumns();
    void columnsSurviveASaveStateRoundTrip();
    void screenshot();

private:
    QModelIndex clusterRow() const { return m_pane->view()->model()->index(0, 0); }
    QStringList childNames() const;
    int legsShown(int endpointIndex) const;
    void saveScreenshot(QWidget &widget, const QString &fileName);

    std::unique_ptr<cmssim::SimCluster> m_cluster;
    std::unique_ptr<cms::ApiTrace> m_trace;
    std::unique_ptr<cms::ActivityLog> m_log;
    std::unique_ptr<cms::MemoryCredentialStore> m_credentials;
    std::unique_ptr<cms::ClusterRegistry> m_registry;
    std::unique_ptr<models::BridgesModel> m_model;
    std::unique_ptr<BridgesPane> m_pane;
    cms::ClusterSession *m_session = nullptr;
};

void TestBridgesPane::initTestCase()
{
    qRegisterMetaType<cms::ClusterSession *>();
    cmssim::ClusterOptions options;
    options.bridgeCount = 3;
    m_cluster = startTestCluster(options);
    QVERIFY(m_cluster);

    for (int i = 0; i < 3; ++i) {
        cmssim::SimBridge &bridge = m_cluster->bridge(i);
        auto call = m_cluster->live().startCall(bridge, {}, QStringLiteral("Meeting %1").arg(i));
        QVERIFY(std::holds_alternative<QString>(call));
        for (int leg = 0; leg < kLegs[i]; ++leg) {
            cmssim::JoinSpec spec;
            spec.name = QStringLiteral("Guest %1.%2").arg(i).arg(leg);
            spec.remoteParty = QStringLiteral("guest%1.%2@example.com").arg(i).arg(leg);
            QVERIFY(!m_cluster->live().join(bridge, std::get<QString>(call), spec).isEmpty());
        }
    }

    m_trace = std::make_unique<cms::ApiTrace>();
    m_log = std::make_unique<cms::ActivityLog>();
    m_credentials = std::make_unique<cms::MemoryCredentialStore>();
    m_registry = std::make_unique<cms::ClusterRegistry>(nullptr, *m_credentials, m_trace.get(), m_log.get());
    m_model = std::make_unique<models::BridgesModel>(*m_registry);
    m_pane = std::make_unique<BridgesPane>(*m_registry, *m_model);
    m_pane->resize(1100, 640);
    m_pane->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_pane.get()));

    cms::ClusterProfile profile = cms::ClusterProfile::create(QStringLiteral("Simulated cluster"),
                                                              m_cluster->bridge(0).baseUrl(), kTestUser);
    profile.healthCheckIntervalSeconds = 2;
    for (int i = 0; i < 3; ++i) {
        cmssim::SimBridge &bridge = m_cluster->bridge(i);
        if (i > 0) {
            cms::EndpointProfile endpoint;
            endpoint.address = bridge.baseUrl();
            profile.endpoints.append(endpoint);
        }
        profile.endpoints[i].name = bridge.name();
        profile.endpoints[i].pinnedSha256
            = cms::Endpoint::normalizeFingerprint(bridge.certificate().fingerprint());
    }
    QSignalSpy saved(m_registry.get(), &cms::ClusterRegistry::saveFinished);
    m_registry->saveCluster(profile, {{0, kTestPassword}});
    QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, 10000);
    QVERIFY2(saved.first().at(1).toBool(), qPrintable(saved.first().at(2).toString()));
    QCOMPARE(m_registry->count(), 1);
    m_session = m_registry->session(0);
    QTRY_COMPARE_WITH_TIMEOUT(m_session->state(), cms::ClusterSession::State::Open, 10000);
}

void TestBridgesPane::cleanupTestCase()
{
    m_pane.reset();
    m_model.reset();
    m_registry.reset();
    m_credentials.reset();
    m_log.reset();
    m_trace.reset();
    m_cluster.reset();
}

QStringList TestBridgesPane::childNames() const
{
    QStringList names;
    const QAbstractItemModel *model = m_pane->view()->model();
    for (int row = 0; row < model->rowCount(clusterRow()); ++row)
        names.append(model->index(row, int(Column::Name), clusterRow()).data().toString());
    return names;
}

int TestBridgesPane::legsShown(int endpointIndex) const
{
    return m_model->bridgeIndex(m_session, endpointIndex, int(Column::CallLegsActive))
        .data(models::BridgesModel::RawValueRole)
        .toInt();
}

void TestBridgesPane::saveScreenshot(QWidget &widget, const QString &fileName)
{
    const QString dir = QDir::tempPath() + QStringLiteral("/cmsconsole-screens");
    QVERIFY(QDir().mkpath(dir));
    const QString path = dir + QLatin1Char('/') + fileName;
    QVERIFY2(widget.grab().save(path), qPrintable(path));
    qInfo("screenshot: %s", qPrintable(path));
}

void TestBridgesPane::showsTheClusterWithItsBridges()
{
    QTreeView *view = m_pane->view();
    QCOMPARE(view->objectName(), QStringLiteral("bridgesView"));
    QCOMPARE(view->model()->rowCount(), 1);
    QCOMPARE(view->model()->rowCount(clusterRow()), 3);
    QVERIFY(view->isExpanded(clusterRow()));
    QCOMPARE(clusterRow().data().toString(), QStringLiteral("Simulated cluster"));
    // Unsorted, the bridges are in failover order, primary first.
    QCOMPARE(childNames(), QStringList({m_cluster->bridge(0).name(), m_cluster->bridge(1).name(),
                                        m_cluster->bridge(2).name()}));
    // The first cluster became current, and the chart shows it.
    QCOMPARE(m_pane->currentCluster(), m_session);
    auto *chart = m_pane->findChild<CallLegsChartView *>(QStringLiteral("callLegsChart"));
    QVERIFY(chart);
    QCOMPARE(chart->history(), m_pane->history(m_session));
    QCOMPARE(chart->chart()->title(), QStringLiteral("Active call legs"));
}

void TestBridgesPane::sortsByCallLegs()
{
    for (int i = 0; i < 3; ++i)
        QTRY_COMPARE_WITH_TIMEOUT(legsShown(i), kLegs[i], 15000);
    const QString b0 = m_cluster->bridge(0).name();
    const QString b1 = m_cluster->bridge(1).name();
    const QString b2 = m_cluster->bridge(2).name();

    QTreeView *view = m_pane->view();
    view->sortByColumn(int(Column::CallLegsActive), Qt::DescendingOrder);
    QCOMPARE(childNames(), QStringList({b1, b2, b0}));   // 3, 2, 1
    view->sortByColumn(int(Column::CallLegsActive), Qt::AscendingOrder);
    QCOMPARE(childNames(), QStringList({b0, b2, b1}));
    QVERIFY(view->isExpanded(clusterRow()));

    // Back to failover order.
    view->sortByColumn(-1, Qt::AscendingOrder);
    QCOMPARE(childNames(), QStringList({b0, b1, b2}));
}

void TestBridgesPane::chartFollowsTheStatusChecks()
{
    auto *chartView = m_pane->findChild<CallLegsChartView *>(QStringLiteral("callLegsChart"));
    QVERIFY(chartView);
    QChart *chart = chartView->chart();
    QCOMPARE(chart->series().size(), 3);
    auto points = [chart](int series) {
        return static_cast<QLineSeries *>(chart->series().at(series))->count();
    };
    for (int i = 0; i < 3; ++i)
        QTRY_VERIFY_WITH_TIMEOUT(points(i) >= 2, 15000);
    for (int i = 0; i < 3; ++i) {
        auto *series = static_cast<QLineSeries *>(chart->series().at(i));
        QCOMPARE(series->name(), m_cluster->bridge(i).name());
        QCOMPARE(int(series->at(series->count() - 1).y()), kLegs[i]);
    }
    // The legs axis starts at 0 and goes above the peak.
    const QList<QAbstractAxis *> axes = chart->axes(Qt::Vertical);
    QCOMPARE(axes.size(), 1);
    auto *legsAxis = qobject_cast<QValueAxis *>(axes.first());
    QVERIFY(legsAxis);
    QCOMPARE(legsAxis->min(), 0.0);
    QVERIFY(legsAxis->max() > 3.0);
}

void TestBridgesPane::refreshReadsTheStatusAgain()
{
    QAction *refresh = m_pane->refreshAction();
    QCOMPARE(refresh->objectName(), QStringLiteral("refreshAction"));
    QCOMPARE(refresh->shortcut(), QKeySequence(QKeySequence::Refresh));

    // The shortcut works from inside the pane.
    QSignalSpy triggered(refresh, &QAction::triggered);
    m_pane->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_pane.get()));
    m_pane->view()->setFocus();
    QTest::keySequence(m_pane->view(), QKeySequence(QKeySequence::Refresh));
    QCOMPARE(triggered.size(), 1);

    // With health checks a minute apart, a status read can only come from Refresh.
    m_session->setHealthCheckIntervalMsForTesting(60000);
    m_session->close();
    QSignalSpy updated(m_session, &cms::ClusterSession::statusUpdated);
    m_session->open();
    QTRY_VERIFY_WITH_TIMEOUT(updated.size() >= 3, 15000);   // the check at once
    QTest::qWait(200);
    updated.clear();
    refresh->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(updated.size() >= 3, 15000);

    // Back to the profile's interval for the next tests.
    m_session->setHealthCheckIntervalMsForTesting(0);
    m_session->close();
    m_session->open();
    QTRY_COMPARE_WITH_TIMEOUT(m_session->state(), cms::ClusterSession::State::Open, 10000);
}

void TestBridgesPane::detailsSayWhyABridgeIsDown()
{
    auto *details = m_pane->findChild<QLabel *>(QStringLiteral("detailsLabel"));
    QVERIFY(details);
    QSignalSpy bridgeChanged(m_pane.get(), &BridgesPane::currentBridgeChanged);
    QTreeView *view = m_pane->view();
    const QModelIndex third = view->model()->index(2, 0, clusterRow());
    view->setCurrentIndex(third);
    QCOMPARE(bridgeChanged.size(), 1);
    QCOMPARE(bridgeChanged.first().at(1).toInt(), 2);
    QCOMPARE(m_pane->currentEndpoint(), 2);
    QCOMPARE(m_pane->currentCluster(), m_session);
    const QString name = m_cluster->bridge(2).name();
    QTRY_VERIFY(details->text().contains(name));

    m_cluster->setDown(2, true);
    QTRY_COMPARE_WITH_TIMEOUT(m_session->endpointState(2), cms::EndpointState::Down, 15000);
    QTRY_VERIFY_WITH_TIMEOUT(m_session->lastError(2), 15000);
    const QString error = m_session->lastError(2).message();
    QVERIFY(!error.isEmpty());
    QTRY_VERIFY2(details->text().contains(error), qPrintable(details->text()));
    QVERIFY(details->text().contains(name));

    m_cluster->setDown(2, false);
    QTRY_VERIFY_WITH_TIMEOUT(m_session->endpointState(2) != cms::EndpointState::Down, 15000);
    QTRY_VERIFY2(!details->text().contains(error), qPrintable(details->text()));

    // Back to the cluster row: the same cluster, no bridge.
    view->setCurrentIndex(clusterRow());
    QCOMPARE(bridgeChanged.last().at(1).toInt(), -1);
    m_pane->setCurrentCluster(m_session);
    QCOMPARE(m_pane->currentEndpoint(), -1);
}

void TestBridgesPane::headerMenuHidesColumns()
{
    QHeaderView *header = m_pane->view()->header();
    const int uptime = int(Column::Uptime);
    QVERIFY(!header->isSectionHidden(uptime));
    Q_EMIT header->customContextMenuRequested(QPoint(10, 5));
    auto *menu = m_pane->findChild<QMenu *>(QStringLiteral("bridgesColumnsMenu"));
    QVERIFY(menu);
    QTRY_VERIFY(menu->isVisible());
    const QList<QAction *> actions = menu->actions();
    QCOMPARE(actions.size(), int(Column::Count));
    QVERIFY(!actions.at(int(Column::Name))->isEnabled());   // the name column stays
    QCOMPARE(actions.at(uptime)->text(), m_model->headerData(uptime, Qt::Horizontal).toString());
    QVERIFY(actions.at(uptime)->isChecked());
    actions.at(uptime)->trigger();
    QVERIFY(header->isSectionHidden(uptime));
    menu->close();

    Q_EMIT header->customContextMenuRequested(QPoint(10, 5));
    QTRY_VERIFY(QApplication::activePopupWidget());
    auto *again = qobject_cast<QMenu *>(QApplication::activePopupWidget());
    QVERIFY(again);
    QVERIFY(!again->actions().at(uptime)->isChecked());
    again->actions().at(uptime)->trigger();
    QVERIFY(!header->isSectionHidden(uptime));
    again->close();
}

void TestBridgesPane::columnsSurviveASaveStateRoundTrip()
{
    QHeaderView *header = m_pane->view()->header();
    const int version = int(Column::Version);
    const int skew = int(Column::ClockSkew);
    header->hideSection(version);
    header->hideSection(skew);
    const QByteArray state = m_pane->saveState();
    header->showSection(version);
    header->showSection(skew);

    BridgesPane other(*m_registry, *m_model);
    QVERIFY(!other.view()->header()->isSectionHidden(version));
    QVERIFY(other.restoreState(state));
    QVERIFY(other.view()->header()->isSectionHidden(version));
    QVERIFY(other.view()->header()->isSectionHidden(skew));
    QVERIFY(!other.view()->header()->isSectionHidden(int(Column::Health)));

    QVERIFY(!other.restoreState(QByteArrayLiteral("not a state")));
    QVERIFY(!other.restoreState({}));
    QVERIFY(other.view()->header()->isSectionHidden(version));   // a bad state changes nothing

    QVERIFY(m_pane->restoreState(state));
    QVERIFY(header->isSectionHidden(version));
    header->showSection(version);
    header->showSection(skew);
}

void TestBridgesPane::screenshot()
{
    for (int i = 0; i < 3; ++i)
        QTRY_VERIFY_WITH_TIMEOUT(m_session->status(i).isValid(), 15000);
    QTreeView *view = m_pane->view();
    view->setCurrentIndex(view->model()->index(1, 0, clusterRow()));
    QTRY_VERIFY(m_pane->findChild<QLabel *>(QStringLiteral("detailsLabel"))
                    ->text()
                    .contains(m_cluster->bridge(1).name()));
    saveScreenshot(*m_pane, QStringLiteral("bridgespane.png"));

    m_pane->setLayoutDirection(Qt::RightToLeft);
    QCoreApplication::processEvents();
    saveScreenshot(*m_pane, QStringLiteral("bridgespane-rtl.png"));
    m_pane->setLayoutDirection(Qt::LeftToRight);
}

QTEST_MAIN(TestBridgesPane)
#include "tst_bridgespane.moc"
