// The client's pager against the simulator: the cap is learned, pages are read in parallel across
// the healthy bridges, short pages leave no gap, and changes during the listing lose nothing and
// double nothing.
#include "net/collectionpager.h"
#include "configapi.h"
#include "net/connection.h"
#include "simbridge.h"
#include "simcluster.h"
#include "clientendpoints.h"
#include "simtestclient.h"
#include "typeschema.h"

#include <QSet>
#include <QtTest>

using namespace cms;

namespace {


QStringList createSpaces(cmssim::SimCluster &cluster, int count, const QString &prefix)
{
    QStringList ids;
    const auto &type = cmssim::TypeSchema::get(QStringLiteral("coSpaces"));
    for (int i = 0; i < count; ++i) {
        auto r = cluster.config().create(type, {}, {{QStringLiteral("name"), QStringLiteral("%1 %2").arg(prefix).arg(i)}});
        ids.append(std::get<QString>(r));
    }
    return ids;
}

QStringList idsOf(const QList<CmsNode> &items)
{
    QStringList ids;
    for (const CmsNode &n : items)
        ids.append(n.id());
    return ids;
}

bool runPager(CollectionPager &pager)
{
    pager.start();
    return QTest::qWaitFor([&] { return pager.isFinished(); }, 60000);
}

} // namespace

class TestClientPager : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        cmssim::ClusterOptions options;
        options.bridgeCount = 3;
        m_cluster = startTestCluster(options);
        m_ids = createSpaces(*m_cluster, 10000, QStringLiteral("Space"));
    }

    void init()
    {
        for (int i = 0; i < 3; ++i) {
            m_cluster->setDown(i, false);
            m_cluster->setLatency(i, 0);
        }
    }

    void listsTenThousandSpacesExactlyOnceEach()
    {
        Connection c(pinnedEndpoints(*m_cluster));
        CollectionPager pager(c, QStringLiteral("coSpaces"));
        QSignalSpy progress(&pager, &CollectionPager::progress);
        QVERIFY(runPager(pager));
        QVERIFY2(pager.error().isOk(), qPrintable(pager.error().message()));
        QCOMPARE(pager.pageCap(), 20);
        QCOMPARE(pager.total(), qint64(10000));
        const QStringList ids = idsOf(pager.items());
        QCOMPARE(ids.size(), 10000);
        QCOMPARE(QSet<QString>(ids.cbegin(), ids.cend()), QSet<QString>(m_ids.cbegin(), m_ids.cend()));
        // Pages overlap by one item to notice shifts: ceil((10000 - 1) / (20 - 1)) pages.
        QCOMPARE(pager.pagesFetched(), 527);
        QVERIFY(!pager.driftDetected());
        QVERIFY(progress.count() >= 500);
        QCOMPARE(progress.last().at(0).toLongLong(), qint64(10000));
    }

    void withoutKeepingItemsEachArrivesOnceAndItemsIsEmpty()
    {
        Connection c(pinnedEndpoints(*m_cluster));
        CollectionPager pager(c, QStringLiteral("coSpaces"));
        pager.setKeepItems(false);
        QStringList arrived;
        connect(&pager, &CollectionPager::itemsArrived, &pager, [&arrived](const QList<CmsNode> &items) {
            arrived.append(idsOf(items));
        });
        QVERIFY(runPager(pager));
        QVERIFY2(pager.error().isOk(), qPrintable(pager.error().message()));
        QVERIFY(pager.items().isEmpty());
        QVERIFY(!pager.driftDetected());
        QCOMPARE(pager.pagesFetched(), 527);   // the same pages, overlaps included
        QCOMPARE(arrived.size(), 10000);
        QCOMPARE(QSet<QString>(arrived.cbegin(), arrived.cend()), QSet<QString>(m_ids.cbegin(), m_ids.cend()));
    }

    // The overlap check works on the ids alone: a list that shifts while it is read is noticed, and
    // the arrivals still hold everything present throughout.
    void withoutKeepingItemsChangesAreNoticed()
    {
        for (int i = 0; i < 3; ++i)
            m_cluster->setLatency(i, 3);
        Connection c(pinnedEndpoints(*m_cluster));
        CollectionPager pager(c, QStringLiteral("coSpaces"));
        pager.setKeepItems(false);
        QStringList arrived;
        QStringList removed;
        QStringList added;
        const auto &type = cmssim::TypeSchema::get(QStringLiteral("coSpaces"));
        // One change as each of the first pages lands: a space already read goes, a new one comes
        // at the end, so the total stays the same and only the overlaps can tell.
        connect(&pager, &CollectionPager::itemsArrived, &pager, [&](const QList<CmsNode> &items) {
            arrived.append(idsOf(items));
            if (removed.size() >= 20 || pager.passes() > 1)
                return;
            const QString victim = arrived.at(removed.size());
            QVERIFY(!m_cluster->config().remove(type, {}, victim));
            removed.append(victim);
            added.append(std::get<QString>(m_cluster->config().create(type, {}, {{QStringLiteral("name"), QStringLiteral("Shift %1").arg(removed.size())}})));
        });
        QVERIFY(runPager(pager));
        QVERIFY(pager.error().isOk());
        QVERIFY(pager.items().isEmpty());
        QVERIFY(!removed.isEmpty());
        QVERIFY2(pager.driftDetected(), qPrintable(QStringLiteral("changes %1 passes %2").arg(removed.size()).arg(pager.passes())));
        const QSet<QString> arrivedSet(arrived.cbegin(), arrived.cend());
        for (const QString &id : std::as_const(m_ids)) {
            if (!removed.contains(id))
                QVERIFY2(arrivedSet.contains(id), qPrintable(QStringLiteral("missed %1").arg(id)));
        }
        for (const QString &id : std::as_const(added))
            QVERIFY2(arrivedSet.contains(id), qPrintable(QStringLiteral("missed %1").arg(id)));
        for (const QString &id : std::as_const(removed))
            m_ids.removeOne(id);
        m_ids.append(added);
    }

    void readsAreSpreadAcrossTheBridges()
    {
        qint64 before[3];
        for (int i = 0; i < 3; ++i)
            before[i] = m_cluster->bridge(i).apiRequestsServed;
        for (int i = 0; i < 3; ++i)
            m_cluster->setLatency(i, 5);
        Connection c(pinnedEndpoints(*m_cluster));
        CollectionPager pager(c, QStringLiteral("coSpaces"));
        QVERIFY(runPager(pager));
        QCOMPARE(pager.items().size(), 10000);
        for (int i = 0; i < 3; ++i) {
            const qint64 served = m_cluster->bridge(i).apiRequestsServed - before[i];
            QVERIFY2(served >= 100, qPrintable(QStringLiteral("bridge %1 served %2 pages").arg(i).arg(served)));
        }
    }

    void learnsASmallerCap()
    {
        cmssim::ClusterOptions options;
        options.bridgeCount = 1;
        options.caps.perCollection.insert(QStringLiteral("callprofiles"), 7);
        auto cluster = startTestCluster(options);
        const auto &type = cmssim::TypeSchema::get(QStringLiteral("callProfiles"));
        for (int i = 0; i < 50; ++i)
            cluster->config().create(type, {}, {{QStringLiteral("participantLimit"), QString::number(i + 1)}});
        Connection c(pinnedEndpoints(*cluster));
        CollectionPager pager(c, QStringLiteral("callProfiles"));
        QVERIFY(runPager(pager));
        QCOMPARE(pager.pageCap(), 7);
        QCOMPARE(pager.items().size(), 50);
    }

    void shortPagesLeaveNoGap()
    {
        cmssim::ClusterOptions options;
        options.bridgeCount = 2;
        options.shortPageEvery = 3;   // pages 3, 6, 9… hold one item fewer than the cap
        auto cluster = startTestCluster(options);
        const QStringList ids = createSpaces(*cluster, 1000, QStringLiteral("Short"));
        Connection c(pinnedEndpoints(*cluster));
        CollectionPager pager(c, QStringLiteral("coSpaces"));
        QVERIFY(runPager(pager));
        QVERIFY(pager.error().isOk());
        QCOMPARE(pager.pageCap(), 20);
        QCOMPARE(idsOf(pager.items()), ids);   // all of them, once, in order
    }

    void maxItemsStopsEarly()
    {
        Connection c(pinnedEndpoints(*m_cluster));
        CollectionPager pager(c, QStringLiteral("coSpaces"));
        pager.setMaxItems(45);
        QVERIFY(runPager(pager));
        QCOMPARE(pager.items().size(), 45);
        QCOMPARE(idsOf(pager.items()), m_ids.mid(0, 45));
    }

    void filtersArePassedOn()
    {
        Connection c(pinnedEndpoints(*m_cluster));
        QUrlQuery filter;
        filter.addQueryItem(QStringLiteral("filter"), QStringLiteral("Space 99"));
        CollectionPager pager(c, QStringLiteral("coSpaces"), filter);
        QVERIFY(runPager(pager));
        // "Space 99", "Space 990".."Space 999", "Space 9900".."Space 9999"
        QCOMPARE(pager.items().size(), 1 + 10 + 100);
    }

    void changesDuringTheListingLoseNothingAndDoubleNothing()
    {
        for (int i = 0; i < 3; ++i)
            m_cluster->setLatency(i, 3);
        Connection c(pinnedEndpoints(*m_cluster));
        CollectionPager pager(c, QStringLiteral("coSpaces"));
        // While the list is read, spaces go from the front and new ones arrive at the end, so the total
        // stays the same: only the overlap between pages can tell that the list moved.
        QStringList removed;
        QStringList added;
        QTimer churn;
        int tick = 0;
        const auto &type = cmssim::TypeSchema::get(QStringLiteral("coSpaces"));
        connect(&churn, &QTimer::timeout, &churn, [&] {
            if (tick >= 60) {
                churn.stop();
                return;
            }
            // Near the front: behind the pages already read, so every later page shifts.
            const QString victim = m_ids.at(tick * 3);
            m_cluster->config().remove(type, {}, victim);
            removed.append(victim);
            added.append(std::get<QString>(m_cluster->config().create(type, {}, {{QStringLiteral("name"), QStringLiteral("Late %1").arg(tick)}})));
            ++tick;
        });
        // Churn starts once the first page is in, so the changes happen between page reads.
        connect(&pager, &CollectionPager::progress, &churn, [&churn, &tick] {
            if (!churn.isActive() && tick == 0)
                churn.start(4);
        });
        pager.start();
        QVERIFY(QTest::qWaitFor([&] { return pager.isFinished() || tick >= 60; }, 60000));
        churn.stop();
        QVERIFY(QTest::qWaitFor([&] { return pager.isFinished(); }, 60000));
        QVERIFY(pager.error().isOk());
        QVERIFY(tick > 0);

        const QStringList listed = idsOf(pager.items());
        const QSet<QString> listedSet(listed.cbegin(), listed.cend());
        QCOMPARE(listedSet.size(), listed.size());   // nothing twice
        for (const QString &id : std::as_const(m_ids)) {
            if (!removed.contains(id))
                QVERIFY2(listedSet.contains(id), qPrintable(QStringLiteral("missed %1").arg(id)));   // nothing missed
        }
        QVERIFY2(pager.driftDetected(), qPrintable(QStringLiteral("ticks %1 passes %2 pages %3").arg(tick).arg(pager.passes()).arg(pager.pagesFetched())));
        for (const QString &id : std::as_const(removed))
            m_ids.removeOne(id);
        m_ids.append(added);
    }

    void aBridgeGoingDownMidwayLosesNothing()
    {
        for (int i = 0; i < 3; ++i)
            m_cluster->setLatency(i, 3);
        Connection c(pinnedEndpoints(*m_cluster));
        CollectionPager pager(c, QStringLiteral("coSpaces"));
        QTimer::singleShot(60, m_cluster.get(), [this] { m_cluster->setDown(1, true); });
        QVERIFY(runPager(pager));
        QVERIFY2(pager.error().isOk(), qPrintable(pager.error().message()));
        const QStringList ids = idsOf(pager.items());
        QCOMPARE(QSet<QString>(ids.cbegin(), ids.cend()).size(), m_ids.size());
        QCOMPARE(ids.size(), m_ids.size());
    }

    void cancelStopsEverything()
    {
        for (int i = 0; i < 3; ++i)
            m_cluster->setLatency(i, 20);
        Connection c(pinnedEndpoints(*m_cluster));
        CollectionPager pager(c, QStringLiteral("coSpaces"));
        QSignalSpy finished(&pager, &CollectionPager::finished);
        pager.start();
        QTimer::singleShot(100, &pager, [&pager] { pager.cancel(); });
        QVERIFY(finished.wait(5000));
        QTest::qWait(200);
        QCOMPARE(finished.count(), 1);
        QCOMPARE(pager.error().kind, CmsError::Kind::Cancelled);
    }

private:
    std::unique_ptr<cmssim::SimCluster> m_cluster;
    QStringList m_ids;
};

QTEST_MAIN(TestClientPager)
#include "tst_clientpager.moc"
