// The space catalog against the simulator: it loads every space of a three-bridge cluster with
// progress that never goes back, stops when cancelled, and a refresh after spaces were created,
// deleted and renamed on the server reports exactly those rows as inserted, removed and changed.
// Details: reading the objects of the rows being looked at fills exactly those rows, a few reads at
// a time, never twice, and a refresh keeps them while it reads them again.
#include "config/spacecatalog.h"

#include "diagnostics/apitrace.h"
#include "configapi.h"
#include "net/connection.h"
#include "simcluster.h"
#include "clientendpoints.h"
#include "simtestclient.h"
#include "config/spacedetailsreader.h"
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

// GET coSpaces/<id> requests in a trace (the list's pages are GET coSpaces?offset=…).
int objectReads(const ApiTrace &trace)
{
    int reads = 0;
    for (const TraceEntry &entry : trace.entries()) {
        if (entry.method == QByteArrayLiteral("GET") && entry.url.path().contains(QStringLiteral("/coSpaces/")))
            ++reads;
    }
    return reads;
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
            const QString id = createSpace(*m_cluster, params);
            m_ids.insert(id);
            m_hasPasscode.insert(id, i % 3 == 0);
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

    // The rows being looked at get their details, at most DefaultMaxInFlight reads at a time; the
    // others stay unknown; asking again for the same rows sends nothing.
    void requestDetailsReadsExactlyThoseRows()
    {
        for (int i = 0; i < m_cluster->bridgeCount(); ++i)
            m_cluster->setLatency(i, 10);   // reads overlap, so the limit is put to the test
        ApiTrace trace;   // outlives the connection, whose replies record into it
        Connection connection(pinnedEndpoints(*m_cluster));
        SpaceCatalog catalog(connection);
        QSignalSpy finished(&catalog, &SpaceCatalog::finished);
        catalog.load();
        QVERIFY(waitFinished(finished));
        QVERIFY(catalog.count() >= 30);

        // Row 1 gets an owner, profiles and no non-member access on the server.
        const auto &legProfiles = cmssim::TypeSchema::get(QStringLiteral("callLegProfiles"));
        const auto &callProfiles = cmssim::TypeSchema::get(QStringLiteral("callProfiles"));
        const QString legProfile = std::get<QString>(m_cluster->config().create(legProfiles, {}, {{QStringLiteral("name"), QStringLiteral("Guests")}}));
        const QString callProfile = std::get<QString>(m_cluster->config().create(callProfiles, {}, {{QStringLiteral("participantLimit"), QStringLiteral("10")}}));
        const QString owned = catalog.record(1).id;
        QVERIFY(!m_cluster->config().update(spacesType(), {}, owned,
                                            {{QStringLiteral("ownerJid"), QStringLiteral("ann@example.com")},
                                             {QStringLiteral("callLegProfile"), legProfile},
                                             {QStringLiteral("callProfile"), callProfile},
                                             {QStringLiteral("nonMemberAccess"), QStringLiteral("false")}}));

        connection.transport().setTrace(&trace);
        int maxInFlight = 0;
        QSet<int> changedRows;
        connect(&catalog, &SpaceCatalog::rowsChanged, &catalog, [&](int first, int count) {
            for (int row = first; row < first + count; ++row)
                changedRows.insert(row);
            int inFlight = 0;
            for (const Endpoint &endpoint : connection.endpoints())
                inFlight += connection.transport().inFlight(endpoint);
            maxInFlight = qMax(maxInFlight, qMax(inFlight, catalog.detailsReader().inFlightCount()));
        });
        catalog.requestDetails(0, 29);
        QCOMPARE(catalog.detailsReader().inFlightCount(), SpaceDetailsReader::DefaultMaxInFlight);
        QTRY_COMPARE_WITH_TIMEOUT(changedRows.size(), 30, 20000);
        QTRY_COMPARE(catalog.detailsReader().inFlightCount(), 0);

        QSet<int> expectedRows;
        for (int row = 0; row < 30; ++row)
            expectedRows.insert(row);
        QCOMPARE(changedRows, expectedRows);
        QCOMPARE(objectReads(trace), 30);
        QVERIFY2(maxInFlight <= SpaceDetailsReader::DefaultMaxInFlight, qPrintable(QString::number(maxInFlight)));
        QVERIFY(maxInFlight > 1);   // in parallel all the same

        for (int row = 0; row < catalog.count(); ++row) {
            const SpaceRecord &r = catalog.record(row);
            if (row >= 30) {
                QCOMPARE(r.details, SpaceRecord::Details::Unknown);
                QCOMPARE(r.passcodeSet, std::optional<bool>());
                QCOMPARE(r.nonMemberAccess, std::optional<bool>());
                continue;
            }
            QCOMPARE(r.details, SpaceRecord::Details::Current);
            QCOMPARE(r.passcodeSet, std::optional<bool>(m_hasPasscode.value(r.id)));
            if (row == 1) {
                QCOMPARE(r.ownerJid, QStringLiteral("ann@example.com"));
                QCOMPARE(r.callLegProfile, legProfile);
                QCOMPARE(r.callProfile, callProfile);
                QCOMPARE(r.nonMemberAccess, std::optional<bool>(false));
            } else {
                QCOMPARE(r.ownerJid, QString());
                QCOMPARE(r.callLegProfile, QString());
                QCOMPARE(r.nonMemberAccess, std::optional<bool>(true));
            }
        }

        // Known and current: asking again sends nothing.
        changedRows.clear();
        catalog.requestDetails(0, 29);
        catalog.requestDetails(10, 20);
        QCOMPARE(catalog.detailsReader().inFlightCount(), 0);
        QCOMPARE(catalog.detailsReader().queuedCount(), 0);
        QCoreApplication::processEvents();
        QCOMPARE(objectReads(trace), 30);
        QVERIFY(changedRows.isEmpty());

        // Overlapping rows: only the unknown ones are read.
        catalog.requestDetails(25, 34);
        QTRY_COMPARE(changedRows.size(), 5);
        QTRY_COMPARE(catalog.detailsReader().inFlightCount(), 0);
        QCOMPARE(objectReads(trace), 35);
    }

    // Rows asked for later replace what was still queued; cancelDetails() drops the queue; the
    // reads under way finish.
    void newerRowsAndCancelDropTheQueue()
    {
        for (int i = 0; i < m_cluster->bridgeCount(); ++i)
            m_cluster->setLatency(i, 20);
        ApiTrace trace;   // outlives the connection, whose replies record into it
        Connection connection(pinnedEndpoints(*m_cluster));
        SpaceCatalog catalog(connection);
        QSignalSpy finished(&catalog, &SpaceCatalog::finished);
        catalog.load();
        QVERIFY(waitFinished(finished));
        connection.transport().setTrace(&trace);

        catalog.requestDetails(0, 99);
        QCOMPARE(catalog.detailsReader().inFlightCount(), SpaceDetailsReader::DefaultMaxInFlight);
        catalog.requestDetails(200, 209);   // the user scrolled: rows 4..99 are no longer wanted
        QCOMPARE(catalog.detailsReader().queuedCount(), 10);
        QTRY_COMPARE_WITH_TIMEOUT(catalog.detailsReader().inFlightCount() + catalog.detailsReader().queuedCount(), 0, 20000);
        QCOMPARE(objectReads(trace), 4 + 10);
        for (int row = 0; row < 4; ++row)
            QCOMPARE(catalog.record(row).details, SpaceRecord::Details::Current);
        for (int row = 4; row < 100; ++row)
            QCOMPARE(catalog.record(row).details, SpaceRecord::Details::Unknown);
        for (int row = 200; row < 210; ++row)
            QCOMPARE(catalog.record(row).details, SpaceRecord::Details::Current);

        catalog.requestDetails(300, 399);
        catalog.cancelDetails();
        QCOMPARE(catalog.detailsReader().queuedCount(), 0);
        QTRY_COMPARE(catalog.detailsReader().inFlightCount(), 0);
        QCOMPARE(objectReads(trace), 14 + 4);
    }

    // A refresh keeps the details read (nothing flashes back to unknown, nothing reported for rows
    // the list says did not change), marks them stale, and reads the rows last asked for again:
    // only the row whose object changed on the server is reported.
    void refreshKeepsDetailsAndReadsThemAgain()
    {
        for (int i = 0; i < m_cluster->bridgeCount(); ++i)
            m_cluster->setLatency(i, 0);
        ApiTrace trace;   // outlives the connection, whose replies record into it
        Connection connection(pinnedEndpoints(*m_cluster));
        SpaceCatalog catalog(connection);
        QSignalSpy finished(&catalog, &SpaceCatalog::finished);
        catalog.load();
        QVERIFY(waitFinished(finished));
        catalog.requestDetails(0, 9);
        QTRY_VERIFY(catalog.record(9).details == SpaceRecord::Details::Current
                    && catalog.detailsReader().inFlightCount() == 0);
        std::vector<SpaceRecord> before;
        for (int row = 0; row < 10; ++row)
            before.push_back(catalog.record(row));

        // On the server, a space without a passcode gets one: the list does not show it.
        int changedRow = 0;
        while (changedRow < 10 && *catalog.record(changedRow).passcodeSet)
            ++changedRow;
        QVERIFY(changedRow < 10);
        const QString changed = catalog.record(changedRow).id;
        QVERIFY(!m_cluster->config().update(spacesType(), {}, changed, {{QStringLiteral("passcode"), QStringLiteral("5678")}}));

        connection.transport().setTrace(&trace);
        ChangeLog log(catalog);
        QList<SpaceRecord::Details> stateAtFinish;
        connect(&catalog, &SpaceCatalog::finished, &catalog, [&] {
            for (int row = 0; row < 10; ++row)
                stateAtFinish.append(catalog.record(row).details);
        });
        finished.clear();
        catalog.refresh();
        QVERIFY(waitFinished(finished));
        QCOMPARE(stateAtFinish, QList<SpaceRecord::Details>(10, SpaceRecord::Details::Stale));
        for (int row = 0; row < 10; ++row) {
            QCOMPARE(catalog.record(row).passcodeSet, before[size_t(row)].passcodeSet);   // still shown
            QCOMPARE(catalog.record(row).nonMemberAccess, before[size_t(row)].nonMemberAccess);
        }
        QCOMPARE(log.order, QStringList());   // the refresh itself changed nothing shown

        QTRY_VERIFY(catalog.detailsReader().inFlightCount() == 0 && catalog.detailsReader().queuedCount() == 0);
        QCOMPARE(objectReads(trace), 10);
        for (int row = 0; row < 10; ++row)
            QCOMPARE(catalog.record(row).details, SpaceRecord::Details::Current);
        QCOMPARE(log.changed, QSet<QString>{changed});
        QCOMPARE(catalog.record(changedRow).passcodeSet, std::optional<bool>(true));
        QVERIFY(!m_cluster->config().update(spacesType(), {}, changed, {{QStringLiteral("passcode"), QString()}}));
    }

private:
    std::unique_ptr<cmssim::SimCluster> m_cluster;
    QSet<QString> m_ids;
    QHash<QString, bool> m_hasPasscode;   // as created
    QString m_tenant;
};

QTEST_GUILESS_MAIN(TestSpaceCatalog)
#include "tst_spacecatalog.moc"
