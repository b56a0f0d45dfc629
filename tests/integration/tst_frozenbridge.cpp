// A hung bridge is a down bridge: with the simulator's primary frozen (its port takes connections,
// nothing answers), the health checks find it down within their interval plus their own deadline,
// shared traffic moves to the alternate, a read already waiting on the frozen bridge is asked of the
// alternate, and a create already waiting on it is never sent again elsewhere.
// The times are printed (qInfo) for the record; the limits checked are generous on purpose.
#include "clientendpoints.h"
#include "configstore.h"
#include "net/connection.h"
#include "net/healthmonitor.h"
#include "simbridge.h"
#include "simcluster.h"
#include "simtestclient.h"

#include <QElapsedTimer>
#include <QtTest>

using namespace cms;

namespace {

constexpr int kIntervalMs = 2000;        // health checks
constexpr int kCheckDeadlineMs = 1500;   // per check: below the interval, far below the requests' timeout
// Generous, for a slow shared machine; still below the requests' own 30 s timeout, which is what
// moved the traffic before health checks had a deadline.
constexpr int kGenerousMs = 20000;

struct Answer
{
    bool done = false;
    CmsError error;
    QString endpointKey;
    int attempts = 0;
    bool mayHaveReachedServer = false;
    qint64 atMs = -1;   // on the test's clock
};

std::shared_ptr<Answer> watch(CmsReply *reply, const QElapsedTimer &clock)
{
    auto answer = std::make_shared<Answer>();
    QObject::connect(reply, &CmsReply::finished, reply, [answer, reply, &clock] {
        answer->done = true;
        answer->error = reply->error();
        answer->endpointKey = reply->endpoint().key();
        answer->attempts = reply->attempts();
        answer->mayHaveReachedServer = reply->mayHaveReachedServer();
        answer->atMs = clock.elapsed();
    });
    return answer;
}

} // namespace

class TestFrozenBridge : public QObject
{
    Q_OBJECT

private:
    int spacesNamed(const QString &name) const
    {
        const cmssim::ObjectTable *table = m_cluster->store().findTable(QStringLiteral("coSpaces"));
        if (!table)
            return 0;
        int n = 0;
        for (const cmssim::ConfigObject *o : table->ordered())
            n += o && o->value(QStringLiteral("name")) == name ? 1 : 0;
        return n;
    }

    // A connection with short health checks, after its first round found both bridges answering.
    std::unique_ptr<Connection> connection()
    {
        auto c = std::make_unique<Connection>(pinnedEndpoints(*m_cluster));
        c->setHealthCheckIntervalMs(kIntervalMs);
        c->setHealthCheckTimeoutMs(kCheckDeadlineMs);
        QSignalSpy checked(&c->healthMonitor(), &HealthMonitor::checked);
        c->startHealthChecks();
        if (!QTest::qWaitFor([&] { return checked.count() >= 2; }, kGenerousMs))
            qWarning("the first health checks did not finish");
        return c;
    }

private Q_SLOTS:
    void initTestCase()
    {
        cmssim::ClusterOptions options;
        options.bridgeCount = 2;
        m_cluster = startTestCluster(options);
        QVERIFY(m_cluster);
    }

    void cleanup()
    {
        for (int i = 0; i < m_cluster->bridgeCount(); ++i)
            m_cluster->setFrozen(i, false);
    }

    void aFrozenPrimaryIsDownAndReadsMoveToTheAlternate()
    {
        const std::unique_ptr<Connection> c = connection();
        QCOMPARE(c->state(0), EndpointState::Healthy);
        QCOMPARE(c->state(1), EndpointState::Healthy);
        QCOMPARE(c->activeEndpoint(), 0);
        QCOMPARE(c->transport().inFlight(c->endpoints().at(0)), 0);

        QElapsedTimer clock;
        qint64 downMs = -1;
        connect(c.get(), &Connection::healthChanged, this, [&clock, &downMs](int index, bool healthy) {
            if (index == 0 && !healthy)
                downMs = clock.elapsed();
        });
        m_cluster->setFrozen(0, true);
        clock.start();
        // Nothing in flight anywhere: the read goes to the first bridge, the frozen one.
        const auto read = watch(c->sendShared(CmsRequest::get(QStringLiteral("coSpaces"))), clock);
        QCOMPARE(c->transport().inFlight(c->endpoints().at(0)), 1);

        QTRY_COMPARE_WITH_TIMEOUT(c->state(0), EndpointState::Down, kGenerousMs);
        QCOMPARE(c->activeEndpoint(), 1);
        QCOMPARE(c->state(1), EndpointState::Healthy);
        QTRY_VERIFY_WITH_TIMEOUT(read->done, kGenerousMs);
        QVERIFY2(read->error.isOk(), qPrintable(read->error.message()));
        QCOMPARE(read->endpointKey, c->endpoints().at(1).key());
        QCOMPARE(read->attempts, 2);   // first on the frozen bridge, then on the alternate
        qInfo("frozen primary: down after %lld ms, the read waiting on it answered by the alternate after %lld ms "
              "(health checks every %d ms, each with %d ms to answer)",
              downMs, read->atMs, kIntervalMs, kCheckDeadlineMs);

        // New traffic goes to the alternate at once, reads and writes.
        const auto next = watch(c->sendShared(CmsRequest::get(QStringLiteral("system/status"))), clock);
        QTRY_VERIFY_WITH_TIMEOUT(next->done, kGenerousMs);
        QVERIFY(next->error.isOk());
        QCOMPARE(next->endpointKey, c->endpoints().at(1).key());
        QCOMPARE(next->attempts, 1);
        const auto write = watch(c->sendShared(CmsRequest::post(QStringLiteral("coSpaces"),
                                                                {{QStringLiteral("name"), QStringLiteral("While frozen")}})),
                                 clock);
        QTRY_VERIFY_WITH_TIMEOUT(write->done, kGenerousMs);
        QVERIFY(write->error.isOk());
        QCOMPARE(write->endpointKey, c->endpoints().at(1).key());

        // Answering again, it is healthy again at the next check.
        m_cluster->setFrozen(0, false);
        QTRY_COMPARE_WITH_TIMEOUT(c->state(0), EndpointState::Healthy, kGenerousMs);
    }

    // A create waiting on the bridge that froze may still be carried out there: it is not moved,
    // and when its own timeout ends it, it is reported as not sent again, never duplicated.
    void aCreateWaitingOnTheFrozenBridgeIsNotSentAgain()
    {
        const std::unique_ptr<Connection> c = connection();
        c->transport().setTimeoutMs(6000);
        QSignalSpy notRetried(c.get(), &Connection::writeNotRetried);
        const QString name = QStringLiteral("Created while the bridge froze");

        QElapsedTimer clock;
        m_cluster->setFrozen(0, true);
        clock.start();
        const auto create = watch(c->sendShared(CmsRequest::post(QStringLiteral("coSpaces"), {{QStringLiteral("name"), name}})), clock);
        QTRY_COMPARE_WITH_TIMEOUT(c->state(0), EndpointState::Down, kGenerousMs);
        QVERIFY(!create->done);   // still waiting for the frozen bridge: a write is not moved

        QTRY_VERIFY_WITH_TIMEOUT(create->done, kGenerousMs);
        QCOMPARE(create->error.kind, CmsError::Kind::Timeout);
        QVERIFY(create->mayHaveReachedServer);
        QCOMPARE(create->attempts, 1);
        QCOMPARE(notRetried.count(), 1);
        QCOMPARE(notRetried.first().first().toInt(), 0);
        QCOMPARE(spacesNamed(name), 0);   // not sent to the alternate (the frozen bridge did nothing)

        m_cluster->setFrozen(0, false);
        QTRY_COMPARE_WITH_TIMEOUT(c->state(0), EndpointState::Healthy, kGenerousMs);
        QCOMPARE(spacesNamed(name), 0);
    }

    // A bridge whose every slot is held by reads it does not answer still has its checks run: they
    // go ahead of the queue and their deadline counts from when they were asked.
    void checksAreNotStuckBehindWaitingReads()
    {
        const std::unique_ptr<Connection> c = connection();
        const int slotCount = c->transport().maxConcurrentPerBridge();
        QElapsedTimer clock;
        m_cluster->setFrozen(0, true);
        clock.start();
        QList<std::shared_ptr<Answer>> reads;
        for (int i = 0; i < 2 * slotCount; ++i)
            reads.append(watch(c->send(0, CmsRequest::get(QStringLiteral("coSpaces/x%1").arg(i))), clock));
        QCOMPARE(c->transport().inFlight(c->endpoints().at(0)), slotCount);
        QTRY_COMPARE_WITH_TIMEOUT(c->state(0), EndpointState::Down, kGenerousMs);
        qInfo("frozen primary with its %d slots held: down after %lld ms", slotCount, clock.elapsed());
        QCOMPARE(c->activeEndpoint(), 1);
    }

private:
    std::unique_ptr<cmssim::SimCluster> m_cluster;
};

QTEST_MAIN(TestFrozenBridge)
#include "tst_frozenbridge.moc"
