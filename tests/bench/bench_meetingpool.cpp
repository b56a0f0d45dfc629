// A pool of 10,000 placeholders: the time to create it through a bulk sync (parameter set, sync,
// followed to its end), to read every placeholder's state back (the spaces through the pager, the
// calls of every bridge) and to show them all in the pool model. The simulator runs in this process
// and thread, over HTTPS on loopback, so its work is in the figures too. Prints the figures; never
// fails on time.
#include "meetings/placeholderpoolmodel.h"
#include "meetings/placeholderpoolreader.h"
#include "meetings/pooloperations.h"

#include "benchclock.h"
#include "clientendpoints.h"
#include "net/connection.h"
#include "simcluster.h"
#include "simtestclient.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QtTest>

#include <cstdio>

using namespace cms;

namespace {

const int kPlaceholders = 10000;

void print(const QString &line)
{
    std::printf("%s\n", qPrintable(line));
    std::fflush(stdout);
}

} // namespace

class BenchMeetingPool : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createTenThousandAndShowThem()
    {
        cmssim::ClusterOptions options;
        options.bridgeCount = 3;
        options.maxBulkRange = kPlaceholders;
        auto cluster = startTestCluster(options);
        QVERIFY(cluster);
        Connection connection(pinnedEndpoints(*cluster));

        PlaceholderPool pool;
        pool.nameMapping = QStringLiteral("TMS_Scheduled_Meeting_$index$");
        pool.uriMapping = QStringLiteral("tms.meeting.$index$");
        pool.callIdMapping = QStringLiteral("8800$index$");

        QElapsedTimer total;
        total.start();
        const double cpuBefore = processCpuMs();

        PoolAddRangeOperation create(connection, PoolAddRangeOperation::Mode::Create, pool, kPlaceholders, 1);
        create.execute();
        QVERIFY(QTest::qWaitFor([&] { return create.isFinished(); }, 600000));
        QVERIFY2(create.result().succeeded(), qPrintable(create.result().message));
        const qint64 createdMs = total.elapsed();

        PlaceholderPoolReader reader(connection);
        QSignalSpy read(&reader, &PlaceholderPoolReader::finished);
        reader.readPools();
        QVERIFY(read.wait(60000));
        QCOMPARE(reader.pools().size(), 1);
        const PlaceholderPool onServer = reader.pools().first();
        const qint64 poolsReadMs = total.elapsed();
        read.clear();
        reader.readStates(onServer);
        QVERIFY(read.wait(600000));
        QVERIFY(reader.error().isOk());
        QCOMPARE(reader.states().size(), qsizetype(kPlaceholders));
        const qint64 readMs = total.elapsed();

        models::PlaceholderPoolModel model;
        model.setStates(reader.states());
        const qint64 shownMs = total.elapsed();
        QCOMPARE(model.rowCount(), kPlaceholders);
        QCOMPARE(model.countOf(PlaceholderState::Kind::Free), kPlaceholders);

        print(QStringLiteral("bench_meetingpool: %1 placeholders created by a bulk sync in %2 ms, their states read in %3 ms, "
                             "shown in the pool model in %4 ms: %5 ms in all (process CPU %6 ms, peak RSS %7 MB); of the reading, "
                             "%8 ms for the pool's parameter sets, %9 ms for the placeholders (%10 pages)")
                  .arg(kPlaceholders)
                  .arg(createdMs)
                  .arg(readMs - createdMs)
                  .arg(shownMs - readMs)
                  .arg(shownMs)
                  .arg(processCpuMs() - cpuBefore, 0, 'f', 0)
                  .arg(statusMegabytes("VmHWM:"), 0, 'f', 0)
                  .arg(poolsReadMs - createdMs)
                  .arg(readMs - poolsReadMs)
                  .arg(reader.pagesFetched()));
    }
};

QTEST_GUILESS_MAIN(BenchMeetingPool)
#include "bench_meetingpool.moc"
