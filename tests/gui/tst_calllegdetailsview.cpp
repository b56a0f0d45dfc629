// The call leg details of the demo's caller on a bad network, on real widgets against the simulated
// demo cluster (three bridges): the leg's alarms in words with a warning (colour, icon, words for a
// screen reader), the figures past their limits marked, refreshed only while the view is shown, and a
// failed refresh said in words while the last figures stay.
#include "cluster/clustersession.h"
#include "datasetseeder.h"
#include "diagnostics/apitrace.h"
#include "live/calllegdetailsmodel.h"
#include "live/calllegdetailsview.h"
#include "live/livecluster.h"
#include "live/warningicondelegate.h"
#include "liveengine.h"
#include "livestate.h"
#include "simbridge.h"
#include "simcluster.h"
#include "simcommandline.h"
#include "simtestclient.h"
#include "testsession.h"

#include <QDir>
#include <QLabel>
#include <QSignalSpy>
#include <QTreeView>
#include <QtTest>

using cms::CallLegStats;
using models::CallLegDetailsModel;
using views::CallLegDetailsView;
using Column = models::CallLegDetailsModel::Column;

namespace {

// The delegate's style option, as the view paints a cell.
class DelegateProbe : public views::WarningIconDelegate
{
public:
    using views::WarningIconDelegate::WarningIconDelegate;
    using views::WarningIconDelegate::initStyleOption;
};

} // namespace

class TestCallLegDetailsView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanupTestCase();
    void theBadNetworkShowsItsAlarmsAsWarnings();
    void readsOnlyWhileShown();
    void aFailedRefreshIsSaidAndTheFiguresStay();
    void anotherParticipantAndClear();

private:
    cmssim::LiveParticipant *poor() const { return m_cluster->live().find(m_poorId).participant; }
    // Requests about the poor caller's legs since the counter was last reset.
    int legReads() const { return m_legReads; }
    QModelIndex legRow() const { return m_view->model()->index(0, 0); }

    std::unique_ptr<cmssim::SimCluster> m_cluster;
    cmssim::SeedResult m_seed;
    std::unique_ptr<TestSession> m_test;
    std::unique_ptr<CallLegDetailsView> m_view;
    QString m_poorId;
    int m_poorBridge = -1;
    QString m_poorName;
    int m_legReads = 0;
};

void TestCallLegDetailsView::initTestCase()
{
    cmssim::ClusterOptions options;
    options.bridgeCount = 3;
    m_cluster = startTestCluster(options);
    QVERIFY(m_cluster);
    const cmssim::SeedSpec spec = cmssim::SimCommandLine::parse({QStringLiteral("cms-sim"), QStringLiteral("--demo")}).seed;
    m_seed = cmssim::DatasetSeeder(*m_cluster).seed(spec);
    m_poorId = m_seed.demoMeetings.poorMediaParticipantId;
    QVERIFY(!m_poorId.isEmpty());
    const cmssim::Located where = m_cluster->live().find(m_poorId);
    QVERIFY(where);
    for (int b = 0; b < m_cluster->bridgeCount(); ++b) {
        if (&m_cluster->bridge(b) == where.bridge)
            m_poorBridge = b;
    }
    m_poorName = where.participant->name;

    QString error;
    TestSessionOptions sessionOptions;
    sessionOptions.endpointCount = 3;
    m_test = TestSession::open(*m_cluster, sessionOptions, &error);
    QVERIFY2(m_test, qPrintable(error));
    // The live state has read what it reads once about the caller (its leg's type): from now on, every
    // request about the caller's legs is the view's.
    QTRY_VERIFY_WITH_TIMEOUT(m_test->session->live() && m_test->session->live()->participant(m_poorId)
                                 && !m_test->session->live()->participant(m_poorId)->legType.isEmpty(),
                             20000);
    m_test->trace->setCapacity(0);
    const QString legId = where.participant->legId;
    connect(m_test->trace.get(), &cms::ApiTrace::entryAdded, this, [this, legId](const cms::TraceEntry &entry) {
        const QString path = entry.url.path();
        m_legReads += path.endsWith(QStringLiteral("/callLegs/") + legId)
            || entry.url.query().contains(QStringLiteral("participantFilter=") + m_poorId);
    });
}

void TestCallLegDetailsView::init()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    for (int b = 0; b < m_cluster->bridgeCount(); ++b)
        m_cluster->bridge(b).faults() = {};
    m_view = std::make_unique<CallLegDetailsView>();
    m_view->setSession(m_test->session);
    m_view->resize(900, 320);
    m_legReads = 0;
}

void TestCallLegDetailsView::cleanupTestCase()
{
    m_view.reset();
    m_test.reset();
    m_cluster.reset();
}

void TestCallLegDetailsView::theBadNetworkShowsItsAlarmsAsWarnings()
{
    QCOMPARE(m_view->state(), CallLegDetailsView::State::Empty);
    QVERIFY(!m_view->statusLabel()->text().isEmpty());
    m_view->showParticipant(m_poorBridge, m_poorId, m_poorName);
    QVERIFY(m_view->titleLabel()->text().contains(m_poorName));
    QVERIFY(m_view->titleLabel()->text().startsWith(QStringLiteral("Call legs of")));
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    QTRY_COMPARE_WITH_TIMEOUT(m_view->state(), CallLegDetailsView::State::Updated, 10000);
    QVERIFY2(m_view->statusLabel()->text().contains(QStringLiteral("Updated at")), qPrintable(m_view->statusLabel()->text()));

    const QAbstractItemModel *model = m_view->treeView()->model();
    QCOMPARE(model->rowCount(), 1);
    const QModelIndex leg = legRow();
    QCOMPARE(leg.data(CallLegDetailsModel::LegIdRole).toString(), poor()->legId);
    QVERIFY(m_view->treeView()->isExpanded(leg));   // its media shown at once
    QCOMPARE(model->rowCount(leg), int(CallLegStats::DirectionCount));

    // The alarm cell: every alarm in words, a warning in colour and icon, and said so in words.
    const QModelIndex alarms = leg.siblingAtColumn(int(Column::Alarms));
    const QString shown = alarms.data().toString();
    for (const char *phrase : {"Packet loss", "Excessive jitter", "Long round-trip time"})
        QVERIFY2(shown.contains(QLatin1String(phrase)), qPrintable(shown));
    QVERIFY(alarms.data(CallLegDetailsModel::WarningRole).toBool());
    QVERIFY(alarms.data(Qt::ForegroundRole).isValid());
    QVERIFY(alarms.data(Qt::AccessibleTextRole).toString().startsWith(QStringLiteral("Warning: ")));
    QVERIFY(alarms.data(Qt::ToolTipRole).toString().contains(QStringLiteral("packetLoss")));
    DelegateProbe probe(CallLegDetailsModel::WarningRole);
    QStyleOptionViewItem option;
    option.widget = m_view->treeView();
    probe.initStyleOption(&option, alarms);
    QVERIFY(option.features & QStyleOptionViewItem::HasDecoration);
    QVERIFY(!option.icon.isNull());
    QStyleOptionViewItem plain;
    plain.widget = m_view->treeView();
    probe.initStyleOption(&plain, leg.siblingAtColumn(int(Column::Codec)));
    QVERIFY(!(plain.features & QStyleOptionViewItem::HasDecoration));

    // The figures behind the alarms, as the simulator reports them, marked too.
    const QModelIndex video = model->index(CallLegStats::VideoReceived, 0, leg);
    QCOMPARE(video.data().toString(), QStringLiteral("Video received"));
    const QModelIndex loss = video.siblingAtColumn(int(Column::PacketLoss));
    QCOMPARE(loss.data().toString(), QLocale().toString(poor()->rxVideo.packetLossPercentage, 'f', 1) + QStringLiteral(" %"));
    QVERIFY(loss.data(CallLegDetailsModel::WarningRole).toBool());
    QVERIFY(video.siblingAtColumn(int(Column::Jitter)).data(CallLegDetailsModel::WarningRole).toBool());
    const QModelIndex rtt = leg.siblingAtColumn(int(Column::RoundTripTime));
    QCOMPARE(rtt.data().toString(), QStringLiteral("%1 ms").arg(poor()->roundTripTime));
    QVERIFY(rtt.data(CallLegDetailsModel::WarningRole).toBool());

    // Named and described for screen readers.
    QVERIFY(!m_view->treeView()->accessibleName().isEmpty());
    QVERIFY(!m_view->treeView()->accessibleDescription().isEmpty());
    QVERIFY(!m_view->statusLabel()->accessibleName().isEmpty());

    QDir().mkpath(QStringLiteral(CMS_SCREENSHOT_DIR));
    QVERIFY(m_view->grab().save(QStringLiteral(CMS_SCREENSHOT_DIR "/calllegdetails_demo_en.png")));
    m_view->setLayoutDirection(Qt::RightToLeft);
    QVERIFY(m_view->grab().save(QStringLiteral(CMS_SCREENSHOT_DIR "/calllegdetails_demo_rtl.png")));
}

void TestCallLegDetailsView::readsOnlyWhileShown()
{
    m_view->setRefreshIntervalMs(100);
    m_view->showParticipant(m_poorBridge, m_poorId, m_poorName);
    // Not shown yet: nothing read.
    QVERIFY(!m_view->isRefreshing());
    QCOMPARE(m_view->model()->rowCount(), 0);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    QVERIFY(m_view->isRefreshing());
    QTRY_COMPARE_WITH_TIMEOUT(m_view->model()->rowCount(), 1, 10000);
    // Refreshed again and again while shown (a list and a leg per read).
    QTRY_VERIFY_WITH_TIMEOUT(legReads() >= 6, 10000);

    m_view->hide();
    QVERIFY(!m_view->isRefreshing());
    const int whenHidden = legReads();
    // Meanwhile the caller's network recovers a little.
    poor()->rxVideo.packetLossPercentage = 1.2;
    QSignalSpy states(m_view.get(), &CallLegDetailsView::stateChanged);
    QVERIFY(!states.wait(600));   // six intervals: a negative check, nothing is read
    QCOMPARE(legReads(), whenHidden);
    QCOMPARE(m_view->model()->rowCount(), 1);   // the figures stay for when it is shown again

    m_view->show();
    QVERIFY(m_view->isRefreshing());
    const QModelIndex loss = m_view->model()->index(CallLegStats::VideoReceived, int(Column::PacketLoss), legRow());
    QTRY_COMPARE_WITH_TIMEOUT(loss.data().toString(), QStringLiteral("1.2 %"), 10000);
    QVERIFY(!loss.data(CallLegDetailsModel::WarningRole).toBool());
    QVERIFY(legReads() > whenHidden);
    poor()->rxVideo.packetLossPercentage = 11.5;
}

void TestCallLegDetailsView::aFailedRefreshIsSaidAndTheFiguresStay()
{
    m_view->setRefreshIntervalMs(100);
    m_view->showParticipant(m_poorBridge, m_poorId, m_poorName);
    m_view->show();
    QTRY_COMPARE_WITH_TIMEOUT(m_view->state(), CallLegDetailsView::State::Updated, 10000);
    const QString alarms = legRow().siblingAtColumn(int(Column::Alarms)).data().toString();
    const QDateTime updated = m_view->lastUpdate();

    m_cluster->bridge(m_poorBridge).faults().errorRate = 1.0;
    QTRY_COMPARE_WITH_TIMEOUT(m_view->state(), CallLegDetailsView::State::Failed, 10000);
    const QString status = m_view->statusLabel()->text();
    QVERIFY2(status.contains(QStringLiteral("could not be refreshed")), qPrintable(status));
    QVERIFY2(status.contains(QStringLiteral("HTTP 500")), qPrintable(status));
    QVERIFY2(status.contains(QStringLiteral("The figures shown are from")), qPrintable(status));
    QCOMPARE(m_view->model()->rowCount(), 1);
    QCOMPARE(legRow().siblingAtColumn(int(Column::Alarms)).data().toString(), alarms);
    QCOMPARE(m_view->lastUpdate(), updated);
    QVERIFY(m_view->isRefreshing());   // it tries again

    m_cluster->bridge(m_poorBridge).faults().errorRate = 0;
    QTRY_COMPARE_WITH_TIMEOUT(m_view->state(), CallLegDetailsView::State::Updated, 10000);
    QVERIFY(m_view->lastUpdate() > updated);
}

void TestCallLegDetailsView::anotherParticipantAndClear()
{
    m_view->showParticipant(m_poorBridge, m_poorId, m_poorName);
    m_view->show();
    QTRY_COMPARE_WITH_TIMEOUT(m_view->model()->rowCount(), 1, 10000);

    // Someone on a good network, on another bridge: the bad network's figures go at once.
    const QString other = m_seed.demoMeetings.unmovableParticipantIds.value(0);
    const cmssim::Located where = m_cluster->live().find(other);
    QVERIFY(where);
    int bridge = -1;
    for (int b = 0; b < m_cluster->bridgeCount(); ++b) {
        if (&m_cluster->bridge(b) == where.bridge)
            bridge = b;
    }
    m_view->showParticipant(bridge, other, where.participant->name);
    QCOMPARE(m_view->model()->rowCount(), 0);
    QCOMPARE(m_view->state(), CallLegDetailsView::State::Reading);
    QVERIFY(m_view->titleLabel()->text().contains(where.participant->name));
    QTRY_COMPARE_WITH_TIMEOUT(m_view->model()->rowCount(), 1, 10000);
    QCOMPARE(legRow().data(CallLegDetailsModel::LegIdRole).toString(), where.participant->legId);

    m_view->clear();
    QCOMPARE(m_view->state(), CallLegDetailsView::State::Empty);
    QCOMPARE(m_view->model()->rowCount(), 0);
    QVERIFY(!m_view->isRefreshing());
    QCOMPARE(m_view->titleLabel()->text(), QStringLiteral("Call legs"));
}

QTEST_MAIN(TestCallLegDetailsView)
#include "tst_calllegdetailsview.moc"
