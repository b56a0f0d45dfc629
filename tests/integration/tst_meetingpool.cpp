// Placeholder pools (issue 15) against the simulator: a pool of 1,000 placeholders made by a bulk sync
// followed to its end, read back free, grown by a second range and removed; every failure status of a
// bulk sync produced by the simulator and shown with its own sentence, with what the run made taken
// away again; a write failing at each step leaves the store as it was; a placeholder out of place is
// found inconsistent, with why.
#include "meetings/bulksyncstatus.h"
#include "meetings/placeholderpoolreader.h"
#include "meetings/pooloperations.h"

#include "bulksyncrunner.h"
#include "clientendpoints.h"
#include "configapi.h"
#include "configstore.h"
#include "liveengine.h"
#include "net/connection.h"
#include "simbridge.h"
#include "simcluster.h"
#include "simtestclient.h"
#include "typeschema.h"

#include <QtTest>

using namespace cms;
using Outcome = OperationResult::Outcome;
using Mode = PoolAddRangeOperation::Mode;

namespace {

const QString kSpaces = QStringLiteral("coSpaces");
const QString kSets = QStringLiteral("cospaceBulkParameterSets");

PlaceholderPool tmsPool()
{
    PlaceholderPool pool;
    pool.nameMapping = QStringLiteral("TMS_Scheduled_Meeting_$index$");
    pool.uriMapping = QStringLiteral("tms.meeting.$index$");
    pool.callIdMapping = QStringLiteral("8800$index$");
    return pool;
}

bool run(Operation &operation)
{
    operation.execute();
    return QTest::qWaitFor([&] { return operation.isFinished(); }, 60000);
}

// The store without the bulk syncs: each sync is the server's record of what was asked of it, which
// stays (the API documents no way to delete one) whatever the client undoes.
QStringList withoutSyncs(const QStringList &dump)
{
    QStringList out;
    for (const QString &line : dump) {
        if (!line.startsWith(QLatin1String("cospaceBulkSyncs ")))
            out.append(line);
    }
    return out;
}

} // namespace

class TestMeetingPool : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<cmssim::SimCluster> m_cluster;
    std::unique_ptr<Connection> m_connection;

    cmssim::ConfigStore &store() { return m_cluster->store(); }

    int spacesNamed(const QString &prefix)
    {
        int n = 0;
        for (const cmssim::ConfigObject *space : store().table(kSpaces).ordered())
            n += space->value(QStringLiteral("name")).startsWith(prefix) ? 1 : 0;
        return n;
    }

    cmssim::ConfigObject *spaceByUri(const QString &uri)
    {
        for (const cmssim::ConfigObject *space : store().table(kSpaces).ordered()) {
            if (space->value(QStringLiteral("uri")) == uri)
                return store().find(kSpaces, space->id);
        }
        return nullptr;
    }

    QList<PlaceholderPool> pools()
    {
        PlaceholderPoolReader reader(*m_connection);
        QSignalSpy finished(&reader, &PlaceholderPoolReader::finished);
        reader.readPools();
        [&] { QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 20000); }();
        return reader.pools();
    }

    QList<PlaceholderState> states(const PlaceholderPool &pool, bool deep = false)
    {
        PlaceholderPoolReader reader(*m_connection);
        reader.setDeepCheck(deep);
        QSignalSpy finished(&reader, &PlaceholderPoolReader::finished);
        reader.readStates(pool);
        [&] { QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 60000); }();
        if (!reader.error().isOk())
            qWarning("read failed: %s", qPrintable(reader.error().message()));
        return reader.states();
    }

    QString create(const QString &collection, const cmssim::Params &params)
    {
        auto created = m_cluster->config().create(cmssim::TypeSchema::get(collection), {}, params);
        return std::holds_alternative<QString>(created) ? std::get<QString>(created) : QString();
    }

private Q_SLOTS:
    void init()
    {
        cmssim::ClusterOptions options;
        options.bridgeCount = 1;   // one bridge: every write goes to the one that fails it
        options.maxBulkRange = 2000;
        m_cluster = startTestCluster(options);
        QVERIFY(m_cluster);
        m_connection = std::make_unique<Connection>(pinnedEndpoints(*m_cluster));
        m_connection->transport().setBusyRetries(0, 0);
    }

    void cleanup()
    {
        m_connection.reset();
        m_cluster.reset();
    }

    void createsGrowsAndRemovesAThousand()
    {
        PoolAddRangeOperation createPool(*m_connection, Mode::Create, tmsPool(), 1000, 1);
        QSignalSpy statuses(&createPool, &PoolBulkOperation::syncStatusChanged);
        QVERIFY(run(createPool));
        QVERIFY2(createPool.result().succeeded(), qPrintable(createPool.result().message));
        QCOMPARE(createPool.preview().size(), 2);
        QVERIFY(createPool.preview().at(0).contains(QStringLiteral("non-members not allowed")));
        QVERIFY(!statuses.isEmpty());
        QCOMPARE(statuses.last().at(0).toString(), QStringLiteral("complete"));

        // On the server: 1,000 placeholders, each as its patterns make it, non-members not allowed.
        QCOMPARE(spacesNamed(QStringLiteral("TMS_Scheduled_Meeting_")), 1000);
        const cmssim::ConfigObject *space = spaceByUri(QStringLiteral("tms.meeting.437"));
        QVERIFY(space);
        QCOMPARE(space->value(QStringLiteral("name")), QStringLiteral("TMS_Scheduled_Meeting_437"));
        QCOMPARE(space->value(QStringLiteral("callId")), QStringLiteral("8800437"));
        QCOMPARE(space->value(QStringLiteral("nonMemberAccess")), QStringLiteral("false"));

        QList<PlaceholderPool> found = pools();
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().size(), 1000);
        QList<PlaceholderState> read = states(found.first());
        QCOMPARE(read.size(), 1000);
        for (const PlaceholderState &s : read)
            QVERIFY2(s.kind == PlaceholderState::Kind::Free, qPrintable(s.problems.join(QLatin1Char(' '))));

        // Growing adds a range after the last index, with the same patterns.
        PoolAddRangeOperation grow(*m_connection, Mode::Grow, tmsPool(), 24);
        QVERIFY(run(grow));
        QVERIFY2(grow.result().succeeded(), qPrintable(grow.result().message));
        QCOMPARE(grow.range().start, 1001);
        QCOMPARE(grow.range().end, 1024);
        found = pools();
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().ranges.size(), 2);
        QCOMPARE(found.first().size(), 1024);
        QCOMPARE(spacesNamed(QStringLiteral("TMS_Scheduled_Meeting_")), 1024);

        // A second pool of the same name pattern is refused: grow it instead.
        PoolAddRangeOperation again(*m_connection, Mode::Create, tmsPool(), 5, 2000);
        QVERIFY(run(again));
        QCOMPARE(again.result().outcome, Outcome::Refused);

        PoolRemoveOperation remove(*m_connection, tmsPool().nameMapping);
        QVERIFY(run(remove));
        QVERIFY2(remove.result().succeeded(), qPrintable(remove.result().message));
        QCOMPARE(remove.preview().size(), 4);   // per range: the removeAll sync, the set deleted
        QCOMPARE(spacesNamed(QStringLiteral("TMS_Scheduled_Meeting_")), 0);
        QCOMPARE(store().table(kSets).ordered().size(), qsizetype(0));
        QVERIFY(pools().isEmpty());
    }

    void eachFailureStatusIsExplained_data()
    {
        QTest::addColumn<QString>("status");
        for (const QString &status : BulkSyncStatus::failureStatuses())
            QTest::newRow(qPrintable(status)) << status;
    }
    void eachFailureStatusIsExplained()
    {
        QFETCH(QString, status);
        PlaceholderPool pool = tmsPool();
        int count = 20;
        // What makes the simulator answer with each status, as a real server would.
        if (status == u"failedCoSpaceUriConflict")
            create(kSpaces, {{QStringLiteral("name"), QStringLiteral("Board room")}, {QStringLiteral("uri"), QStringLiteral("tms.meeting.7")}});
        else if (status == u"failedCallIdConflict")
            create(kSpaces, {{QStringLiteral("name"), QStringLiteral("Board room")}, {QStringLiteral("callId"), QStringLiteral("880012")}});
        else if (status == u"failedIndexRangeTooGreat")
            count = m_cluster->options().maxBulkRange + 1;
        else if (status == u"failed")
            pool.uriMapping = QStringLiteral("tms meeting.$index$");   // a space in a URI: every space refused
        const QStringList before = withoutSyncs(store().dump());

        // The last two happen when the parameter set changes or goes while the sync waits to start.
        m_cluster->bulkSyncs().stepDelayMs = 300;
        PoolAddRangeOperation createPool(*m_connection, Mode::Create, pool, count, 1);
        QStringList seen;
        connect(&createPool, &PoolBulkOperation::syncStatusChanged, this, [&](const QString &s) {
            if (seen.contains(s))
                return;
            seen.append(s);
            if (s != u"pending" || seen.size() > 1)
                return;
            cmssim::ConfigObject *set = store().find(kSets, createPool.parameterSetId());
            QVERIFY(set);
            if (status == u"failedIndexRangeInvalid")
                set->fields.insert(QStringLiteral("endIndex"), QStringLiteral("0"));   // another admin's edit
            else if (status == u"failedNoSuchParameterSet")
                QVERIFY(!m_cluster->config().remove(cmssim::TypeSchema::get(kSets), {}, set->id));
        });
        QVERIFY(run(createPool));
        QVERIFY(seen.contains(status));
        QVERIFY(createPool.result().outcome == Outcome::RolledBack || createPool.result().outcome == Outcome::RollbackIncomplete);
        QCOMPARE(createPool.result().failedStep, 1);
        const PlaceholderPool::Range range = createPool.range();
        const QString sentence = BulkSyncStatus::describe(status, range.start, range.end, pool.uriMapping, pool.callIdMapping);
        QVERIFY2(createPool.result().message == sentence, qPrintable(createPool.result().message));
        if (status != u"failed")   // said in words, not as the API names it
            QVERIFY(!sentence.contains(status));
        for (const QString &other : BulkSyncStatus::failureStatuses()) {
            if (other != status)
                QVERIFY(sentence != BulkSyncStatus::describe(other, range.start, range.end, pool.uriMapping, pool.callIdMapping));
        }
        if (status == u"failedNoSuchParameterSet") {
            // The set went before the sync ran: there is nothing left to undo, and the result says so.
            QCOMPARE(createPool.result().outcome, Outcome::RollbackIncomplete);
            QVERIFY(!createPool.result().undoProblems.isEmpty());
        } else {
            QCOMPARE(createPool.result().outcome, Outcome::RolledBack);
            if (status != u"failedIndexRangeInvalid")   // that row's set was edited before it was deleted
                QCOMPARE(withoutSyncs(store().dump()), before);
        }
        QCOMPARE(spacesNamed(QStringLiteral("TMS_Scheduled_Meeting_")), 0);
    }

    void aFailedWriteAtEachStepLeavesNothingBehind()
    {
        for (int failing = 0; failing < 2; ++failing) {
            const QStringList before = withoutSyncs(store().dump());
            m_cluster->bridge(0).faults().writesBeforeFailure = failing;
            PoolAddRangeOperation createPool(*m_connection, Mode::Create, tmsPool(), 50, 1);
            QVERIFY(run(createPool));
            QCOMPARE(createPool.result().outcome, Outcome::RolledBack);
            QCOMPARE(createPool.result().failedStep, failing);
            QCOMPARE(withoutSyncs(store().dump()), before);
        }

        // Removing: a failure after the placeholders went makes them again, from the same set.
        PoolAddRangeOperation createPool(*m_connection, Mode::Create, tmsPool(), 50, 1);
        QVERIFY(run(createPool));
        QVERIFY(createPool.result().succeeded());
        for (int failing = 0; failing < 2; ++failing) {
            m_cluster->bridge(0).faults().writesBeforeFailure = failing;
            PoolRemoveOperation remove(*m_connection, tmsPool().nameMapping);
            QVERIFY(run(remove));
            QCOMPARE(remove.result().outcome, Outcome::RolledBack);
            QCOMPARE(remove.result().failedStep, failing);
            QCOMPARE(spacesNamed(QStringLiteral("TMS_Scheduled_Meeting_")), 50);
            const QList<PlaceholderPool> found = pools();
            QCOMPARE(found.size(), 1);
            QCOMPARE(found.first().size(), 50);
            for (const PlaceholderState &s : states(found.first()))
                QVERIFY(s.kind == PlaceholderState::Kind::Free);
        }
    }

    void findsInconsistentPlaceholders()
    {
        PoolAddRangeOperation createPool(*m_connection, Mode::Create, tmsPool(), 6, 1);
        QVERIFY(run(createPool));
        QVERIFY(createPool.result().succeeded());
        auto spaceOf = [&](int index) {
            return spaceByUri(QStringLiteral("tms.meeting.%1").arg(index));
        };
        // 2: a meeting's name left behind; 3: non-members let in with no meeting; 4: deleted.
        QVERIFY(!m_cluster->config().update(cmssim::TypeSchema::get(kSpaces), {}, spaceOf(2)->id, {{QStringLiteral("name"), QStringLiteral("Board")}}));
        QVERIFY(!m_cluster->config().update(cmssim::TypeSchema::get(kSpaces), {}, spaceOf(3)->id, {{QStringLiteral("nonMemberAccess"), QStringLiteral("true")}}));
        QVERIFY(!m_cluster->config().remove(cmssim::TypeSchema::get(kSpaces), {}, spaceOf(4)->id));
        // 5: a meeting runs.
        QVERIFY(std::holds_alternative<QString>(m_cluster->live().startCall(m_cluster->bridge(0), spaceOf(5)->id, {})));

        const PlaceholderPool pool = pools().value(0);
        const QList<PlaceholderState> quick = states(pool);
        const QList<PlaceholderState> deep = states(pool, true);
        QCOMPARE(deep.size(), 6);
        using Kind = PlaceholderState::Kind;
        QCOMPARE(deep.at(0).kind, Kind::Free);
        QCOMPARE(deep.at(1).kind, Kind::Inconsistent);
        QVERIFY(deep.at(1).problems.first().contains(QStringLiteral("“Board”")));
        QCOMPARE(quick.at(2).kind, Kind::Free);   // non-member access shows on the space's own page only
        QCOMPARE(deep.at(2).kind, Kind::Inconsistent);
        QVERIFY(deep.at(2).problems.first().contains(QStringLiteral("non-members may join")));
        QCOMPARE(deep.at(3).kind, Kind::Inconsistent);
        QVERIFY(deep.at(3).spaceId.isEmpty());
        QVERIFY(deep.at(3).problems.first().contains(QStringLiteral("tms.meeting.4")));
        // The placeholder holds a meeting but was never opened to non-members: said so.
        QCOMPARE(deep.at(4).kind, Kind::Inconsistent);
        QVERIFY(deep.at(4).inMeeting());
        QCOMPARE(deep.at(4).meeting.endpointIndex, 0);
        QCOMPARE(deep.at(5).kind, Kind::Free);

        // A pool is not removed from under a meeting.
        PoolRemoveOperation remove(*m_connection, tmsPool().nameMapping);
        QVERIFY(run(remove));
        QCOMPARE(remove.result().outcome, Outcome::Refused);
        QVERIFY2(remove.result().message.contains(QStringLiteral("1 placeholder")), qPrintable(remove.result().message));
    }
};

QTEST_GUILESS_MAIN(TestMeetingPool)
#include "tst_meetingpool.moc"
