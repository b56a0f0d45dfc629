// Live state of a 2-bridge simulated cluster holding 200 calls and 2,000 participants: the latency
// from a change in the simulator to the client's signal, with events and with polling, and the
// CPU the client spends watching the cluster while nothing changes. The simulator runs in its own
// thread, so that the process CPU less that thread's is the client's. Prints figures; never fails
// on time.
#include "net/connection.h"
#include "live/livecluster.h"
#include "liveengine.h"
#include "simbridge.h"
#include "simcluster.h"
#include "benchclock.h"
#include "clientendpoints.h"
#include "simtestclient.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QRandomGenerator>
#include <QTimer>
#include <QThread>
#include <QtTest>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <ctime>

using namespace cms;

namespace {

const int kBridges = 2;
const int kCalls = 200;
const int kPerCall = 10;
const int kEventSamples = 100;
const int kPollSamples = 15;
const int kPollIntervalMs = 1000;
// BENCH_LATENCY_MS delays every API reply of the simulator (as a network and a busy server would):
// then the figures show how many requests in a row the client waits for.
const int kLatencyMs = qEnvironmentVariableIntValue("BENCH_LATENCY_MS");
const int kIdleMs = qEnvironmentVariableIntValue("BENCH_IDLE_S") > 0 ? qEnvironmentVariableIntValue("BENCH_IDLE_S") * 1000 : 10000;



void print(const QString &line)
{
    std::printf("%s\n", qPrintable(line));
    std::fflush(stdout);
}

QString summary(QList<double> samples)
{
    if (samples.isEmpty())
        return QStringLiteral("no samples");
    std::sort(samples.begin(), samples.end());
    const auto at = [&](double q) { return samples.at(qMin(qsizetype(q * samples.size()), samples.size() - 1)); };
    const int decimals = samples.last() < 10 ? 3 : 1;
    return QStringLiteral("median %1 ms, p95 %2 ms, max %3 ms (%4 samples)")
        .arg(at(0.5), 0, 'f', decimals).arg(at(0.95), 0, 'f', decimals).arg(samples.last(), 0, 'f', decimals)
        .arg(samples.size());
}

cmssim::JoinSpec person(int n)
{
    cmssim::JoinSpec spec;
    spec.name = QStringLiteral("Person %1").arg(n);
    spec.remoteParty = QStringLiteral("person.%1@example.com").arg(n);
    return spec;
}

} // namespace

class BenchLive : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        m_context = new QObject;
        m_context->moveToThread(&m_thread);
        m_thread.start();
        QMetaObject::invokeMethod(m_context, [this] {
            cmssim::ClusterOptions options;
            options.bridgeCount = kBridges;
            m_cluster = startTestCluster(options).release();
            int n = 0;
            for (int c = 0; c < kCalls; ++c) {
                cmssim::SimBridge &bridge = m_cluster->bridge(c % kBridges);
                const auto started = m_cluster->live().startCall(bridge, {}, QStringLiteral("Meeting %1").arg(c));
                const QString call = std::get<QString>(started);
                m_callIds.append(call);
                m_callBridge.append(c % kBridges);
                for (int p = 0; p < kPerCall; ++p)
                    m_cluster->live().join(bridge, call, person(n++));
            }
            for (int i = 0; i < kBridges; ++i)
                m_cluster->setLatency(i, kLatencyMs);
        }, Qt::BlockingQueuedConnection);
        QVERIFY(m_cluster);
        for (int i = 0; i < kBridges; ++i) {
            cmssim::SimBridge &b = m_cluster->bridge(i);
            m_endpoints.append(pinnedEndpoint(b));
        }
        m_clock.start();
        if (kLatencyMs > 0)
            print(QStringLiteral("live: every API reply delayed by %1 ms").arg(kLatencyMs));
    }

    void cleanupTestCase()
    {
        QMetaObject::invokeMethod(m_context, [this] {
            delete m_cluster;
            delete m_context;
        }, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }

    void events()
    {
        Connection connection(m_endpoints);
        LiveCluster live(connection);
        QElapsedTimer ready;
        ready.start();
        live.start();
        QVERIFY(waitForEveryone(live, 60000));
        print(QStringLiteral("live, events: initial state of %1 calls, %2 participants in %3 ms")
                  .arg(live.callIds().size()).arg(live.participantCount()).arg(ready.elapsed()));
        for (int i = 0; i < kBridges; ++i)
            QCOMPARE(live.bridgeMode(i), BridgeMode::Events);

        const QList<double> samples = measure(live, kEventSamples, 5000);
        print(QStringLiteral("live latency, events: %1 (%2 calls, %3 participants)")
                  .arg(summary(samples)).arg(kCalls).arg(kCalls * kPerCall));
        idle(live, QStringLiteral("events"));
    }

    void polling()
    {
        Connection connection(m_endpoints);
        LiveCluster live(connection);
        live.setPollingOnly(true);
        live.setPollIntervalMs(kPollIntervalMs);
        const qint64 requestsBefore = requestsServed();
        QElapsedTimer ready;
        ready.start();
        live.start();
        QVERIFY(waitForEveryone(live, 120000));
        print(QStringLiteral("live, polling: initial state of %1 calls, %2 participants in %3 ms, %4 API requests")
                  .arg(live.callIds().size()).arg(live.participantCount()).arg(ready.elapsed())
                  .arg(requestsServed() - requestsBefore));
        for (int i = 0; i < kBridges; ++i)
            QCOMPARE(live.bridgeMode(i), BridgeMode::Polling);

        const QList<double> samples = measure(live, kPollSamples, 4 * kPollIntervalMs + 10000, kPollIntervalMs);
        print(QStringLiteral("live latency, polling every %1 ms: %2 (%3 calls, %4 participants)")
                  .arg(kPollIntervalMs).arg(summary(samples)).arg(kCalls).arg(kCalls * kPerCall));
        idle(live, QStringLiteral("polling every %1 ms").arg(kPollIntervalMs));
    }

private:
    // Until the client holds every participant. In a local event loop, as measure() waits: QTest::qWaitFor
    // sleeps 10 ms between its turns of the event loop, which would add its sleeping to the figure.
    bool waitForEveryone(LiveCluster &live, int timeoutMs)
    {
        const auto everyone = [&] { return live.participantCount() == kCalls * kPerCall; };
        if (everyone())
            return true;
        QEventLoop loop;
        QObject context;
        connect(&live, &LiveCluster::participantAdded, &context, [&] {
            if (everyone())
                loop.quit();
        });
        QTimer::singleShot(timeoutMs, &context, [&] { loop.quit(); });
        loop.exec();
        return everyone();
    }

    // Alternately a join and a leave in the simulator's thread, timed from just before the change
    // to the client's signal.
    // Waits in a local event loop, not QTest::qWaitFor: that one sleeps between polls and would
    // add its sleeping to the figures. With polling, each change comes at a random point of the
    // polling cycle.
    QList<double> measure(LiveCluster &live, int count, int timeoutMs, int spreadMs = 0)
    {
        QList<double> samples;
        std::atomic<qint64> changedAt{0};
        QString expected;
        bool seen = false;
        QEventLoop loop;
        auto record = [&](const QString &, const QString &participant) {
            if (!seen && participant == expected) {
                seen = true;
                samples.append((m_clock.nsecsElapsed() - changedAt.load()) / 1e6);
                loop.quit();
            }
        };
        QObject context;
        connect(&live, &LiveCluster::participantAdded, &context, record);
        connect(&live, &LiveCluster::participantRemoved, &context, record);
        QString joined;
        for (int i = 0; i < count; ++i) {
            const int c = (i * 37) % kCalls;
            if (spreadMs > 0)
                QTest::qWait(QRandomGenerator::global()->bounded(spreadMs));
            seen = false;
            const bool join = i % 2 == 0;
            QString id = joined;
            QMetaObject::invokeMethod(m_context, [&, c, join] {
                changedAt.store(m_clock.nsecsElapsed());
                if (join) {
                    id = m_cluster->live().join(m_cluster->bridge(m_callBridge.at(c)), m_callIds.at(c), person(100000 + c));
                } else {
                    m_cluster->live().leave(id);
                }
            }, Qt::BlockingQueuedConnection);
            // The signal cannot come before the id is known: the change reaches the client only
            // through the event loop, which runs below.
            expected = id;
            joined = id;
            QTimer timeout;
            timeout.setSingleShot(true);
            connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
            timeout.start(timeoutMs);
            if (!seen)
                loop.exec();
            if (!seen) {
                print(QStringLiteral("  sample %1: no signal within %2 ms").arg(i).arg(timeoutMs));
                break;
            }
        }
        return samples;
    }

    void idle(LiveCluster &live, const QString &mode)
    {
        int signals_ = 0;
        QObject context;
        connect(&live, &LiveCluster::participantChanged, &context, [&] { ++signals_; });
        connect(&live, &LiveCluster::callChanged, &context, [&] { ++signals_; });
        const qint64 requestsBefore = requestsServed();
        const double processBefore = processCpuMs();
        const double serverBefore = serverCpuMs();
        QTest::qWait(kIdleMs);
        const double clientMs = (processCpuMs() - processBefore) - (serverCpuMs() - serverBefore);
        const qint64 requests = requestsServed() - requestsBefore;
        print(QStringLiteral("live idle CPU, %1: %2 ms of client CPU in %3 s (%4%), %5 change signals, %6 API requests "
                             "(%7 calls, %8 participants)")
                  .arg(mode).arg(clientMs, 0, 'f', 1).arg(kIdleMs / 1000).arg(clientMs * 100.0 / kIdleMs, 0, 'f', 2)
                  .arg(signals_).arg(requests).arg(kCalls).arg(kCalls * kPerCall));
    }

    qint64 requestsServed()
    {
        qint64 served = 0;
        QMetaObject::invokeMethod(m_context, [this, &served] {
            for (int i = 0; i < kBridges; ++i)
                served += m_cluster->bridge(i).apiRequestsServed;
        }, Qt::BlockingQueuedConnection);
        return served;
    }

    double serverCpuMs()
    {
        double ms = 0;
        QMetaObject::invokeMethod(m_context, [&ms] { ms = threadCpuMs(); }, Qt::BlockingQueuedConnection);
        return ms;
    }

    QThread m_thread;
    QObject *m_context = nullptr;
    cmssim::SimCluster *m_cluster = nullptr;
    QStringList m_callIds;
    QList<int> m_callBridge;
    QList<Endpoint> m_endpoints;
    QElapsedTimer m_clock;
};

QTEST_MAIN(BenchLive)
#include "bench_live.moc"
