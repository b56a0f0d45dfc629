// Closing a cluster while work is under way on it: a bulk delete and an operation's rollback. Nothing
// may crash, nothing may be sent once the cluster is closed, nothing may be answered inside the call
// that closes it, and every job must end, as Cancelled.
#include "api/cmsreply.h"
#include "api/cmsrequest.h"
#include "cluster/clustersession.h"
#include "clientendpoints.h"
#include "config/bulkspacechange.h"
#include "config/spacecatalog.h"
#include "config/spacedetailsreader.h"
#include "configapi.h"
#include "configstore.h"
#include "net/collectionpager.h"
#include "net/connection.h"
#include "net/transport.h"
#include "operations/operation.h"
#include "simbridge.h"
#include "simcluster.h"
#include "simtestclient.h"
#include "testsession.h"
#include "typeschema.h"

#include <QtTest>

using namespace cms;
using cmssim::SimCluster;

namespace {

constexpr int kLatencyMs = 200;   // every reply takes that long: there is always work under way

QString createSpace(SimCluster &cluster, const QString &name)
{
    const auto &type = cmssim::TypeSchema::get(QStringLiteral("coSpaces"));
    auto r = cluster.config().create(type, {}, {{QStringLiteral("name"), name}});
    const QString *id = std::get_if<QString>(&r);
    return id ? *id : QString();
}

QString spaceName(SimCluster &cluster, const QString &id)
{
    const cmssim::ConfigObject *space = cluster.store().find(QStringLiteral("coSpaces"), id);
    return space ? space->value(QStringLiteral("name")) : QString();
}

// Renames spaces, one step each, then takes a step the server refuses: the rollback renames them
// back in reverse order, one request at a time.
class RenameSpaces : public Operation
{
public:
    RenameSpaces(Connection &connection, const QStringList &ids)
        : Operation(connection)
        , m_ids(ids)
    {
    }

protected:
    void buildPlan(const Completion &done) override
    {
        for (const QString &id : std::as_const(m_ids)) {
            const QString path = QStringLiteral("coSpaces/") + id;
            OperationStep *step = addStep(QStringLiteral("Rename %1").arg(id));
            step->setExecute([this, step, path](const Completion &finished) {
                step->await(send(-1, CmsRequest::put(path, {{QStringLiteral("name"), QStringLiteral("Renamed")}})),
                            finished);
            });
            step->setUndo([this, step, path](const Completion &finished) {
                step->await(send(-1, CmsRequest::put(path, {{QStringLiteral("name"), QStringLiteral("Original")}})),
                            finished);
            });
        }
        OperationStep *refused = addStep(QStringLiteral("Rename a space that does not exist"));
        refused->setExecute([this, refused](const Completion &finished) {
            refused->await(send(-1, CmsRequest::put(QStringLiteral("coSpaces/00000000-0000-0000-0000-000000000000"),
                                                    {{QStringLiteral("name"), QStringLiteral("Nobody")}})),
                           finished);
        });
        done({});
    }

private:
    QStringList m_ids;
};

} // namespace

class TestConnectionClose : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        cmssim::ClusterOptions options;
        options.bridgeCount = 1;
        m_cluster = startTestCluster(options);
        QVERIFY(m_cluster);
    }

    void init()
    {
        QString error;
        m_test = TestSession::open(*m_cluster, {}, &error);
        QVERIFY2(m_test, qPrintable(error));
        m_cluster->setLatency(0, kLatencyMs);
    }

    void cleanup()
    {
        m_test.reset();
        m_cluster->setLatency(0, 0);
    }

    void closingDuringABulkDeleteCancelsTheRest_data() { closeWays(); }
    void closingDuringABulkDeleteCancelsTheRest()
    {
        QFETCH(bool, destroy);
        QList<BulkSpaceChange::Target> targets;
        for (int i = 0; i < 12; ++i) {
            const QString name = QStringLiteral("Bulk %1").arg(i);
            targets.append({createSpace(*m_cluster, name), name, false});
            QVERIFY(!targets.last().id.isEmpty());
        }
        BulkSpaceChange change(*m_test->session->connection(), targets);
        change.setDelete();
        change.setMaxInFlight(2);
        QSignalSpy targetFinished(&change, &BulkSpaceChange::targetFinished);
        QSignalSpy finished(&change, &BulkSpaceChange::finished);
        change.start();
        QVERIFY(targetFinished.wait(10000));
        // Two at a time: those done so far, and two more under way.
        const int doneBeforeClose = change.doneCount();
        const int sentBeforeClose = doneBeforeClose + change.maxInFlight();
        QVERIFY(sentBeforeClose < targets.size());
        closeCluster(destroy);
        QCOMPARE(targetFinished.count(), doneBeforeClose);   // nothing answered inside the closing call

        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
        QVERIFY(change.isFinished());
        QVERIFY(change.isCancelled());
        QCOMPARE(change.doneCount(), int(targets.size()));
        for (int i = doneBeforeClose; i < targets.size(); ++i) {
            QVERIFY2(change.result(i).done, qPrintable(QString::number(i)));
            QCOMPARE(change.result(i).error.kind, CmsError::Kind::Cancelled);
        }
        QCOMPARE(targetFinished.count(), int(targets.size()));

        // A request of our own goes all the way and back: a stray one would have arrived by then.
        waitForARoundTrip();
        for (int i = sentBeforeClose; i < targets.size(); ++i)
            QVERIFY2(!spaceName(*m_cluster, targets.at(i).id).isEmpty(), qPrintable(targets.at(i).name + QStringLiteral(" was deleted after closing")));
    }

    void closingDuringARollbackCancelsIt_data() { closeWays(); }
    void closingDuringARollbackCancelsIt()
    {
        QFETCH(bool, destroy);
        QStringList ids;
        for (int i = 0; i < 3; ++i) {
            ids.append(createSpace(*m_cluster, QStringLiteral("Original")));
            QVERIFY(!ids.last().isEmpty());
        }
        RenameSpaces rename(*m_test->session->connection(), ids);
        QSignalSpy undoStarted(&rename, &Operation::undoStarted);
        QSignalSpy finished(&rename, &Operation::finished);
        rename.execute();
        // The last rename is undone; the undo of the second is under way.
        while (undoStarted.count() < 2)
            QVERIFY(undoStarted.wait(10000));
        QCOMPARE(undoStarted.last().at(0).toInt(), 1);
        QCOMPARE(spaceName(*m_cluster, ids.at(2)), QStringLiteral("Original"));
        closeCluster(destroy);
        QVERIFY(!rename.isFinished());   // nothing answered inside the closing call

        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
        QVERIFY(rename.isFinished());
        QCOMPARE(rename.result().outcome, OperationResult::Outcome::Cancelled);
        QCOMPARE(rename.result().failedStep, 3);   // the refused step is still the one that failed
        // The second rename may or may not have been undone by the server; the first was not.
        QCOMPARE(rename.result().undoProblems.size(), 2);
        QCOMPARE(undoStarted.count(), 2);   // nothing more was started

        waitForARoundTrip();
        QCOMPARE(spaceName(*m_cluster, ids.at(0)), QStringLiteral("Renamed"));
    }

    void aClosedConnectionSendsNothing()
    {
        m_test.reset();   // no session traffic meanwhile
        m_cluster->setLatency(0, 0);
        Connection connection(pinnedEndpoints(*m_cluster));
        connection.close();
        QVERIFY(connection.isClosed());
        const qint64 servedBefore = m_cluster->bridge(0).apiRequestsServed;
        const QList<CmsReply *> replies{connection.sendShared(CmsRequest::get(QStringLiteral("coSpaces"))),
                                        connection.send(0, CmsRequest::del(QStringLiteral("coSpaces/1"))),
                                        connection.transport().send(connection.endpoints().at(0),
                                                                    CmsRequest::get(QStringLiteral("system/status")))};
        int finished = 0;
        for (CmsReply *reply : replies) {
            QVERIFY(!reply->isFinished());   // answered later, as every reply is
            connect(reply, &CmsReply::finished, this, [reply, &finished] {
                QCOMPARE(reply->error().kind, CmsError::Kind::Cancelled);
                QVERIFY(!reply->mayHaveReachedServer());
                ++finished;
            });
        }
        QTRY_COMPARE(finished, 3);
        waitForARoundTrip();
        QCOMPARE(m_cluster->bridge(0).apiRequestsServed, servedBefore + 1);   // the round trip alone
    }

    // What a view may keep after its cluster is gone: a catalog, its details reader, a pager.
    void readersOutlivingTheirConnectionEndCancelled()
    {
        const QString id = createSpace(*m_cluster, QStringLiteral("Kept"));
        Connection *connection = m_test->session->connection();
        SpaceCatalog catalog(*connection);
        CollectionPager pager(*connection, QStringLiteral("coSpaces"));
        m_test.reset();

        QSignalSpy loaded(&catalog, &SpaceCatalog::finished);
        catalog.load();
        QVERIFY(loaded.wait(5000));
        QCOMPARE(loaded.first().first().value<CmsError>().kind, CmsError::Kind::Cancelled);

        QSignalSpy failed(&catalog.detailsReader(), &SpaceDetailsReader::readFailed);
        catalog.detailsReader().read({id});
        QVERIFY(failed.wait(5000));
        QCOMPARE(failed.first().at(1).value<CmsError>().kind, CmsError::Kind::Cancelled);

        QSignalSpy paged(&pager, &CollectionPager::finished);
        pager.start();
        QVERIFY(paged.wait(5000));
        QCOMPARE(pager.error().kind, CmsError::Kind::Cancelled);
    }

private:
    void closeWays()
    {
        QTest::addColumn<bool>("destroy");
        QTest::newRow("session closed") << false;
        QTest::newRow("session destroyed") << true;
    }

    // Closes the cluster the two ways the console does: Disconnect, or the cluster removed.
    void closeCluster(bool destroy)
    {
        if (destroy)
            m_test.reset();
        else
            m_test->session->close();
    }

    void waitForARoundTrip()
    {
        SimTestClient client(*m_cluster, kTestUser, kTestPassword);
        QCOMPARE(client.get(0, QStringLiteral("system/status")).status, 200);
    }

    std::unique_ptr<SimCluster> m_cluster;
    std::unique_ptr<TestSession> m_test;
};

QTEST_GUILESS_MAIN(TestConnectionClose)
#include "tst_connectionclose.moc"
