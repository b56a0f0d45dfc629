// The space catalog against the simulator: it loads every space of a three-bridge cluster with
// progress that never goes back, stops when cancelled, and a refresh after spaces were created,
// deleted and renamed on the server reports exactly those rows as inserted, removed and changed.
#include "spacecatalog.h"

#include "configapi.h"
#include "connection.h"
#include "simcluster.h"
#include "clientendpoints.h"
#include "simtestclient.h"
#include "typeschema.h"

#include <QSet>
#include <QtTest>

using namespace cms;

namespace {

const int kSpaces = 3000;

const cmssim::TypeSpec &spacesType()
{
    return cmssim::TypeSchema::get(QStringLiteral("coSpaces"));
}

QString createSpace(cmssim::SimCluster &cluster, const cmssim::Params &params)
{
    auto created = cluster.config().create(spacesType(), {}, params);
    return std::get<QString>(created);
}

QSet<QString> catalogIds(const SpaceCatalog &catalog)
{
    QSet<QString> ids;
    for (int row = 0; row < catalog.count(); ++row)
        ids.insert(catalog.record(row).id);
    return ids;
}

bool waitFinished(QSignalSpy &finished)
{
    return finished.count() > 0 || finished.wait(60000);
}

// Every change signal of a catalog, with the ids of the rows it concerned, read when they are valid
// (removed rows before they go, changed and inserted ones after).
struct ChangeLog
{
    explicit ChangeLog(SpaceCatalog &catalog)
    {
        QObject::connect(&catalog, &SpaceCatalog::rowsChanged, &context, [this, &catalog](int first, int count) {
            order.append(QStringLiteral("changed"));
            for (int row = first; row < first + count; ++row)
                changed.insert(catalog.record(row).id);
        });
        QObject::connect(&catalog, &SpaceCatalog::rowsAboutToBeRemoved, &context, [this, &catalog](int first, int count) {
            order.append(QStringLiteral("removed"));
            removeRanges.append({first, count});
            for (int row = first; row < first + count; ++row)
                removed.insert(catalog.record(row).id);
        });
        QObject::connect(&catalog, &SpaceCatalog::rowsAboutToBeInserted, &context, [this, &catalog](int first, int) {
            order.append(QStringLiteral("inserted"));
            insertFirstWasCount = insertFirstWasCount && first == catalog.count();
        });
        QObject::connect(&catalog, &SpaceCatalog::rowsArrived, &context, [this, &catalog](int first, int count) {
            for (int row = first; row < first + count; ++row)
                inserted.insert(catalog.record(row).id);
        });
    }

    QObject context;
    QStringList order;
    QSet<QString> changed;
    QSet<QString> removed;
    QSet<QString> inserted;
    QList<QPair<int, int>> removeRanges;
    bool insertFirstWasCount = true;
};

} // namespace

class TestSpaceCatalog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        cmssim::ClusterOptions options;
        options.bridgeCount = 3;
        m_cluster = startTestCluster(options);
        const auto &tenants = cmssim::TypeSchema::get(QStringLiteral("tenants"));
        m_tenant = std::get<QString>(m_cluster->config().create(tenants, {}, {{QStringLiteral("name"), QStringLiteral("Acme")}}));
        for (int i = 0; i < kSpaces; ++i) {
            cmssim::Params params = {{QStringLiteral("name"), QStringLiteral("Salle %1").arg(i)},
                                     {QStringLiteral("uri"), QStringLiteral("salle.%1").arg(i)},
                                     {QStringLiteral("callId"), QString::number(700000000 + i)}};
            if (i % 2 == 0)
                params.insert(QStringLiteral("tenant"), m_tenant);
            if (i % 3 == 0)
                params.insert(QStringLiteral("passcode"), QStringLiteral("1234"));
            m_ids.insert(createSpace(*m_cluster, params));
        }
    }

    void init()
    {
        for (int i = 0; i < m_cluster->bridgeCount(); ++i)
            m_cluster->setLatency(i, 0);
    }

    void loadsEverySpaceWithProgressThatNeverGoesBack()
    {
        Connection connection(pinnedEndpoints(*m_cluster));
        SpaceCatalog catalog(connection);
        QSignalSpy progress(&catalog, &SpaceCatalog::progress);
        QSignalSpy arrived(&catalog, &SpaceCatalog::rowsArrived);
        QSignalSpy finished(&catalog, &SpaceCatalog::finished);
        catalog.load();
        QVERIFY(catalog.isLoading());
        QVERIFY(waitFinished(finished));
        QCOMPARE(finished.count(), 1);
        const CmsError error = finished.at(0).at(0).value<CmsError>();
        QVERIFY2(error.isOk(), qPrintable(error.message()));
        QVERIFY(!catalog.isLoading());

        QCOMPARE(catalog.count(), kSpaces);
        QCOMPARE(catalogIds(catalog), m_ids);
        int arrivedRows = 0;
        int expectedFirst = 0;
        for (const QList<QVariant> &batch : arrived) {
            QCOMPARE(batch.at(0).toInt(), expectedFirst);   // appended, in order, no gap
            arrivedRows += batch.at(1).toInt();
            expectedFirst += batch.at(1).toInt();
        }
        QCOMPARE(arrivedRows, kSpaces);

        QVERIFY(progress.count() > 10);
        qint64 last = -1;
        for (const QList<QVariant> &p : progress) {
            const qint64 loaded = p.at(0).toLongLong();
            QVERIFY2(loaded >= last, "progress went back");
            QVERIFY(loaded <= p.at(1).toLongLong());
            last = loaded;
        }
        QCOMPARE(last, qint64(kSpaces));
        QCOMPARE(progress.last().at(1).toLongLong(), qint64(kSpaces));

        // The list's summary: name, URI, call ID, tenant; never the passcode, owner or profiles.
        const SpaceRecord &r = catalog.record(catalog.rowOf(catalog.record(0).id));
        QVERIFY(r.name.startsWith(QStringLiteral("Salle ")));
        const QString n = r.name.mid(6);
        QCOMPARE(r.uri, QStringLiteral("salle.%1").arg(n));
        QCOMPARE(r.callId, QString::number(700000000 + n.toInt()));
        QCOMPARE(r.tenant, n.toInt() % 2 == 0 ? m_tenant : QString());
        QCOMPARE(r.autoGenerated, std::optional<bool>(false));
        QCOMPARE(r.passcodeSet, std::optional<bool>());
        QCOMPARE(r.nonMemberAccess, std::optional<bool>());

        // The index came along with the rows.
        QCOMPARE(catalog.searchIndex().size(), kSpaces);
        const QList<int> hits = catalog.searchIndex().query(QStringLiteral("SALLE 1234"));
        QSet<QString> names;
        for (int row : hits)
            names.insert(catalog.record(row).name);
        QCOMPARE(names, (QSet<QString>{QStringLiteral("Salle 1234")}));   // and callId 700001234 is the same space
    }

    void cancelStopsTheLoad()
    {
        for (int i = 0; i < m_cluster->bridgeCount(); ++i)
            m_cluster->setLatency(i, 30);
        Connection connection(pinnedEndpoints(*m_cluster));
        SpaceCatalog catalog(connection);
        QSignalSpy progress(&catalog, &SpaceCatalog::progress);
        QSignalSpy arrived(&catalog, &SpaceCatalog::rowsArrived);
        QSignalSpy finished(&catalog, &SpaceCatalog::finished);
        catalog.load();
        QVERIFY(progress.wait(10000));
        catalog.cancel();
        const int rowsAtCancel = catalog.count();   // a first load keeps what arrived
        QVERIFY(waitFinished(finished));
        QCOMPARE(finished.count(), 1);
        QCOMPARE(finished.at(0).at(0).value<CmsError>().kind, CmsError::Kind::Cancelled);
        QVERIFY(!catalog.isLoading());
        QVERIFY(progress.last().at(0).toLongLong() < kSpaces);
        // Nothing more comes after the cancel.
        const int progressCount = int(progress.count());
        QTest::qWait(200);
        QCOMPARE(progress.count(), progressCount);
        QCOMPARE(finished.count(), 1);
        QCOMPARE(catalog.count(), rowsAtCancel);
        QVERIFY(catalog.count() < kSpaces);
        int arrivedRows = 0;
        for (const QList<QVariant> &batch : arrived)
            arrivedRows += batch.at(1).toInt();
        QCOMPARE(arrivedRows, catalog.count());
    }

    void cancelledRefreshLeavesTheRows()
    {
        Connection connection(pinnedEndpoints(*m_cluster));
        SpaceCatalog catalog(connection);
        QSignalSpy finished(&catalog, &SpaceCatalog::finished);
        catalog.load();
        QVERIFY(waitFinished(finished));
        QCOMPARE(catalog.count(), kSpaces);

        const QString gone = catalog.record(0).id;
        QVERIFY(!m_cluster->config().remove(spacesType(), {}, gone));
        for (int i = 0; i < m_cluster->bridgeCount(); ++i)
            m_cluster->setLatency(i, 30);
        ChangeLog log(catalog);
        QSignalSpy progress(&catalog, &SpaceCatalog::progress);
        finished.clear();
        catalog.refresh();
        QVERIFY(progress.wait(10000));
        catalog.cancel();
        QVERIFY(waitFinished(finished));
        QCOMPARE(finished.at(0).at(0).value<CmsError>().kind, CmsError::Kind::Cancelled);
        QCOMPARE(log.order, QStringList());
        QCOMPARE(catalog.count(), kSpaces);
        QCOMPARE(catalog.rowOf(gone), 0);
        m_ids.remove(gone);
    }

    void refreshReportsWhatChangedOnTheServer()
    {
        Connection connection(pinnedEndpoints(*m_cluster));
        SpaceCatalog catalog(connection);
        QSignalSpy finished(&catalog, &SpaceCatalog::finished);
        catalog.load();
        QVERIFY(waitFinished(finished));
        const int initial = catalog.count();
        QCOMPARE(initial, int(m_ids.size()));

        // A refresh with nothing changed says nothing.
        {
            ChangeLog log(catalog);
            finished.clear();
            catalog.refresh();
            QVERIFY(waitFinished(finished));
            QVERIFY(finished.at(0).at(0).value<CmsError>().isOk());
            QCOMPARE(log.order, QStringList());
        }

        // On the server: three deleted (two of them neighbours in the table), two renamed (one
        // with a new URI), two created.
        const QStringList toDelete = {catalog.record(10).id, catalog.record(11).id, catalog.record(2000).id};
        for (const QString &id : toDelete)
            QVERIFY(!m_cluster->config().remove(spacesType(), {}, id));
        const QString renamed = catalog.record(5).id;
        const QString moved = catalog.record(2500).id;
        QVERIFY(!m_cluster->config().update(spacesType(), {}, renamed, {{QStringLiteral("name"), QStringLiteral("Réunion Ω")}}));
        QVERIFY(!m_cluster->config().update(spacesType(), {}, moved, {{QStringLiteral("uri"), QStringLiteral("moved.away")}}));
        const QString created1 = createSpace(*m_cluster, {{QStringLiteral("name"), QStringLiteral("회의실 한라")}});
        const QString created2 = createSpace(*m_cluster, {{QStringLiteral("name"), QStringLiteral("قاعة النخيل")}});
        const QString row6Before = catalog.record(6).id;
        const QString lastBefore = catalog.record(initial - 1).id;

        ChangeLog log(catalog);
        finished.clear();
        catalog.refresh();
        QVERIFY(waitFinished(finished));
        QVERIFY(finished.at(0).at(0).value<CmsError>().isOk());

        QCOMPARE(log.order, (QStringList{QStringLiteral("changed"), QStringLiteral("changed"), QStringLiteral("removed"),
                                         QStringLiteral("removed"), QStringLiteral("inserted")}));
        QCOMPARE(log.changed, (QSet<QString>{renamed, moved}));
        QCOMPARE(log.removed, QSet<QString>(toDelete.cbegin(), toDelete.cend()));
        // From the bottom up, so that each range's rows were still right when it was announced.
        QCOMPARE(log.removeRanges, (QList<QPair<int, int>>{{2000, 1}, {10, 2}}));
        QCOMPARE(log.inserted, (QSet<QString>{created1, created2}));
        QVERIFY(log.insertFirstWasCount);

        // The rows that stayed kept their order; the new ones are at the end.
        QCOMPARE(catalog.count(), initial - 3 + 2);
        QCOMPARE(catalog.record(5).id, renamed);
        QCOMPARE(catalog.record(5).name, QStringLiteral("Réunion Ω"));
        QCOMPARE(catalog.rowOf(row6Before), 6);
        QCOMPARE(catalog.rowOf(lastBefore), initial - 4);
        QCOMPARE(catalog.record(initial - 3).id, created1);
        QCOMPARE(catalog.record(initial - 2).id, created2);
        for (const QString &id : toDelete)
            QCOMPARE(catalog.rowOf(id), -1);
        for (int row = 0; row < catalog.count(); ++row)
            QCOMPARE(catalog.rowOf(catalog.record(row).id), row);

        // The index follows the rows.
        QCOMPARE(catalog.searchIndex().query(QStringLiteral("reunion")), QList<int>{5});
        QCOMPARE(catalog.searchIndex().query(QStringLiteral("한라")), QList<int>{initial - 3});
        QCOMPARE(catalog.searchIndex().query(QStringLiteral("قاعه")), QList<int>{initial - 2});
        QCOMPARE(catalog.searchIndex().query(QStringLiteral("moved.away")), QList<int>{catalog.rowOf(moved)});

        // Put the server back for the other tests.
        for (const QString &id : {created1, created2})
            QVERIFY(!m_cluster->config().remove(spacesType(), {}, id));
        m_ids.subtract(QSet<QString>(toDelete.cbegin(), toDelete.cend()));
    }

    // A first load during which spaces go and come: the rows it appended may hold spaces that went
    // away meanwhile, so it reads the list again before it finishes, and ends with exactly the
    // spaces on the server, each once.
    void firstLoadOfAChangingListEndsWithTheServersSpaces()
    {
        for (int i = 0; i < m_cluster->bridgeCount(); ++i)
            m_cluster->setLatency(i, 3);
        Connection connection(pinnedEndpoints(*m_cluster));
        SpaceCatalog catalog(connection);
        QSignalSpy progress(&catalog, &SpaceCatalog::progress);
        QSignalSpy finished(&catalog, &SpaceCatalog::finished);
        ChangeLog log(catalog);
        // As each of the first batches lands, a space already shown goes, and every other time a new
        // one comes at the end of the list.
        QSet<QString> removed;
        QSet<QString> added;
        connect(&catalog, &SpaceCatalog::rowsArrived, &catalog, [&](int, int) {
            if (removed.size() >= 15)
                return;
            const QString victim = catalog.record(int(removed.size())).id;
            QVERIFY(!m_cluster->config().remove(spacesType(), {}, victim));
            removed.insert(victim);
            if (removed.size() % 2 == 1)
                added.insert(createSpace(*m_cluster, {{QStringLiteral("name"), QStringLiteral("Tard %1").arg(removed.size())}}));
        });
        catalog.load();
        QVERIFY(waitFinished(finished));
        QTest::qWait(50);
        QCOMPARE(finished.count(), 1);
        const CmsError error = finished.at(0).at(0).value<CmsError>();
        QVERIFY2(error.isOk(), qPrintable(error.message()));
        QVERIFY(!catalog.isLoading());
        QCOMPARE(removed.size(), 15);

        QSet<QString> expected = m_ids;
        expected.subtract(removed);
        expected.unite(added);
        QCOMPARE(catalog.count(), int(expected.size()));   // each once
        QCOMPARE(catalogIds(catalog), expected);
        for (int row = 0; row < catalog.count(); ++row)
            QCOMPARE(catalog.rowOf(catalog.record(row).id), row);
        QCOMPARE(catalog.searchIndex().size(), catalog.count());
        // The spaces shown before they went were taken away again.
        QVERIFY(!log.removed.isEmpty());
        QVERIFY(removed.contains(log.removed));
        qint64 last = -1;
        for (const QList<QVariant> &p : progress) {
            QVERIFY2(p.at(0).toLongLong() >= last, "progress went back");
            last = p.at(0).toLongLong();
        }

        for (const QString &id : std::as_const(added))
            QVERIFY(!m_cluster->config().remove(spacesType(), {}, id));
        m_ids.subtract(removed);
    }

private:
    std::unique_ptr<cmssim::SimCluster> m_cluster;
    QSet<QString> m_ids;
    QString m_tenant;
};

QTEST_GUILESS_MAIN(TestSpaceCatalog)
#include "tst_spacecatalog.moc"
