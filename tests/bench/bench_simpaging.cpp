// How the simulator holds up with 100,000 spaces: seeding time, memory, and the server time to serve
// a 20-item page of coSpaces, in-process and over HTTPS. Prints figures; never fails on time.
// Targets to compare with: seeding under 10 s, under 300 MB for 100,000 spaces, a page under 2 ms.
#include "datasetseeder.h"
#include "simcluster.h"
#include "simtestclient.h"

#include <QFile>
#include <QtTest>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace cmssim;

namespace {

const int kSpaces = 100000;

// Resident set size of this process, from /proc/self/status (VmRSS, in kB).
double residentMegabytes()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return -1;
}

struct Timings
{
    double median = 0;
    double p95 = 0;
};

Timings summarise(std::vector<double> ms)
{
    if (ms.empty())
        return {};
    std::sort(ms.begin(), ms.end());
    return {ms[ms.size() / 2], ms[std::min(ms.size() - 1, ms.size() * 95 / 100)]};
}

void print(const QString &line)
{
    std::printf("%s\n", qPrintable(line));
    std::fflush(stdout);
}

ApiRequest pageRequest(qsizetype offset, const QString &filter = {})
{
    ApiRequest request;
    request.method = QStringLiteral("GET");
    request.path = {QStringLiteral("coSpaces")};
    request.query.addQueryItem(QStringLiteral("offset"), QString::number(offset));
    if (!filter.isEmpty())
        request.query.addQueryItem(QStringLiteral("filter"), filter);
    request.user = kTestUser;
    return request;
}

} // namespace

class BenchSimPaging : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        ClusterOptions options;
        options.bridgeCount = 3;
        m_cluster = startTestCluster(options);
        m_client = std::make_unique<SimTestClient>(*m_cluster, kTestUser, kTestPassword);

        const double before = residentMegabytes();
        SeedSpec spec;
        spec.tenants = 12;
        spec.users = 2000;
        spec.spaces = kSpaces;
        spec.callLegProfiles = 8;
        spec.callProfiles = 6;
        const SeedResult result = DatasetSeeder(*m_cluster).seed(spec);
        const double after = residentMegabytes();
        QCOMPARE(result.spacesCreated, kSpaces);

        print(QStringLiteral("seeding %1 spaces (%2 users, %3 personal spaces with their owner as member, access "
                             "methods and members on some): %4 ms")
                  .arg(kSpaces).arg(spec.users).arg(qMin(spec.users, kSpaces / 10)).arg(result.milliseconds));
        print(QStringLiteral("memory (VmRSS): %1 MB before seeding, %2 MB after, %3 MB for the dataset")
                  .arg(before, 0, 'f', 1).arg(after, 0, 'f', 1).arg(after - before, 0, 'f', 1));
    }

    void inProcessPage()
    {
        const ApiResponse first = m_cluster->dispatch(0, pageRequest(0));
        QCOMPARE(first.status, 200);
        const XmlNode page = XmlNode::parse(first.body);
        QCOMPARE(page.attribute(QStringLiteral("total")), QString::number(kSpaces));
        QCOMPARE(page.childrenNamed(QStringLiteral("coSpace")).size(), 20);

        const int requests = 1000;
        std::vector<double> ms;
        ms.reserve(requests);
        QElapsedTimer timer;
        for (int i = 0; i < requests; ++i) {
            const ApiRequest request = pageRequest(qsizetype(i) * (kSpaces - 20) / (requests - 1));
            timer.start();
            const ApiResponse response = m_cluster->dispatch(0, request);
            ms.push_back(double(timer.nsecsElapsed()) / 1e6);
            QCOMPARE(response.status, 200);
        }
        const Timings t = summarise(ms);
        print(QStringLiteral("coSpaces page (20 of %1), in-process: median %2 ms, p95 %3 ms (%4 requests, offsets 0 to %5)")
                  .arg(kSpaces).arg(t.median, 0, 'f', 3).arg(t.p95, 0, 'f', 3).arg(requests).arg(kSpaces - 20));
    }

    void filteredPage()
    {
        const QStringList filters = {QStringLiteral("monet"), QStringLiteral("halla"), QStringLiteral("4242"),
                                     QStringLiteral("nothing-matches")};
        for (const QString &filter : filters) {
            const ApiResponse first = m_cluster->dispatch(0, pageRequest(0, filter));
            QCOMPARE(first.status, 200);
            const QString matched = XmlNode::parse(first.body).attribute(QStringLiteral("total"));
            std::vector<double> ms;
            QElapsedTimer timer;
            for (int i = 0; i < 50; ++i) {
                const ApiRequest request = pageRequest(0, filter);
                timer.start();
                m_cluster->dispatch(0, request);
                ms.push_back(double(timer.nsecsElapsed()) / 1e6);
            }
            const Timings t = summarise(ms);
            print(QStringLiteral("coSpaces page, filter=%1 (%2 of %3 match), in-process: median %4 ms, p95 %5 ms")
                      .arg(filter, matched).arg(kSpaces).arg(t.median, 0, 'f', 3).arg(t.p95, 0, 'f', 3));
        }
    }

    void endToEndPage()
    {
        const HttpResult warmUp = m_client->get(0, QStringLiteral("coSpaces?offset=0"));   // TLS handshake
        QCOMPARE(warmUp.status, 200);
        QCOMPARE(warmUp.xml().childrenNamed(QStringLiteral("coSpace")).size(), 20);
        // Over HTTPS, the same page as in-process.
        const HttpResult middle = m_client->get(2, QStringLiteral("coSpaces?offset=50000"));
        QCOMPARE(middle.xml().ids(), XmlNode::parse(m_cluster->dispatch(0, pageRequest(50000)).body).ids());
        QCOMPARE(middle.xml().attribute(QStringLiteral("total")), QString::number(kSpaces));
        const int requests = 300;
        std::vector<double> ms;
        QElapsedTimer timer;
        for (int i = 0; i < requests; ++i) {
            const QString path = QStringLiteral("coSpaces?offset=%1").arg(qsizetype(i) * (kSpaces - 20) / (requests - 1));
            timer.start();
            const HttpResult r = m_client->get(0, path);
            ms.push_back(double(timer.nsecsElapsed()) / 1e6);
            QCOMPARE(r.status, 200);
        }
        const Timings t = summarise(ms);
        print(QStringLiteral("coSpaces page (20 of %1), HTTPS keep-alive end to end: median %2 ms, p95 %3 ms (%4 requests)")
                  .arg(kSpaces).arg(t.median, 0, 'f', 3).arg(t.p95, 0, 'f', 3).arg(requests));
    }

private:
    std::unique_ptr<SimCluster> m_cluster;
    std::unique_ptr<SimTestClient> m_client;
};

QTEST_MAIN(BenchSimPaging)
#include "bench_simpaging.moc"
