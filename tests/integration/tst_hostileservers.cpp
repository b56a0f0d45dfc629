// Hostile servers (issue 16, item 3): what a broken server, proxy or network can send, each from a
// small TLS server on loopback (hostileserver.h) with one canned behaviour. For each, the console's
// client (a cms::Connection, asked the status as a session does) and the cmsctl executable give a
// typed, translated error within their timeout, memory stays bounded, and nothing is written: the
// server is only ever asked with GET, and cmsctl prints nothing as a result.
#include "benchclock.h"
#include "hostileserver.h"
#include "uistallmonitor.h"
#include "net/connection.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

#include <sys/resource.h>

#include <algorithm>

using namespace cms;

namespace {

const QString kUser = QStringLiteral("admin");
const QString kPassword = QStringLiteral("hostile-test-password");

// AddressSanitizer keeps freed memory resident (its quarantine, 256 MB by default): the reads of a
// 200 MB body, each freed, showed +458 MB there with the cap in place, as much as keeping the body
// would (+427 MB in the default build with the cap lifted). Memory is measured in the default build
// only; under the sanitizer the other checks still run.
#if defined(__SANITIZE_ADDRESS__)
constexpr bool kMemoryMeaningful = false;
#else
constexpr bool kMemoryMeaningful = true;
#endif
// Generous for a slow shared machine: what a 200 MB body kept in memory would far exceed.
constexpr double kMemoryBoundMb = 100;      // the client's growth, in this process
constexpr double kCtlMemoryBoundMb = 150;   // cmsctl's peak resident memory
constexpr double kLongestUiWorkMs = 250;    // CPU time on the UI thread without a return to its event loop

// The highest resident memory of this process while it lives, sampled on the event loop.
class PeakMemory
{
public:
    PeakMemory()
        : m_before(statusMegabytes("VmRSS:"))
        , m_peak(m_before)
    {
        QObject::connect(&m_timer, &QTimer::timeout, &m_timer, [this] { sample(); });
        m_timer.start(20);
    }
    // How much more than at the start, at the highest sample so far.
    double growthMb()
    {
        sample();
        return m_peak - m_before;
    }

private:
    void sample() { m_peak = qMax(m_peak, statusMegabytes("VmRSS:")); }

    QTimer m_timer;
    double m_before;
    double m_peak;
};

struct ClientResult
{
    bool done = false;
    CmsError error;
    qint64 elapsedMs = -1;
    double memoryGrowthMb = 0;
    double longestWorkMs = 0;   // on this (the UI) thread without going back to the event loop
    QString stalls;
};

// The console's client with the hostile server as its only bridge: the status asked as a shared
// read, then read as an object, as the session does; the error of the reply, or else of its reading.
ClientResult askStatus(const HostileServer &server, int timeoutMs, bool pinned)
{
    Endpoint endpoint;
    endpoint.baseUrl = server.baseUrl();
    endpoint.user = kUser;
    endpoint.password = kPassword;
    if (pinned)
        endpoint.pinnedSha256 = Transport::sha256Hex(server.identity().certificate);
    Connection connection({endpoint});
    connection.transport().setTimeoutMs(timeoutMs);
    if (!pinned)   // trusted as a CA would make it: only what is wrong with the certificate remains
        connection.transport().setCaCertificates({server.identity().certificate});

    PeakMemory memory;
    UiStallMonitor stalls;
    QElapsedTimer clock;
    clock.start();
    auto result = std::make_shared<ClientResult>();
    CmsReply *reply = connection.sendShared(CmsRequest::get(QStringLiteral("system/status")));
    QObject::connect(reply, &CmsReply::finished, reply, [result, reply, &clock] {
        result->done = true;
        result->elapsedMs = clock.elapsed();
        CmsError problem;
        if (reply->isOk())
            reply->object(&problem);
        result->error = reply->isOk() ? problem : reply->error();
    });
    if (!QTest::qWaitFor([&] { return result->done; }, timeoutMs + 15000))
        qWarning("no answer");
    result->memoryGrowthMb = memory.growthMb();
    result->longestWorkMs = stalls.longestWorkMs();
    result->stalls = stalls.summary();
    return *result;
}

struct CtlResult
{
    bool finished = false;
    int exitCode = -1;
    QString out;
    QString err;
    qint64 elapsedMs = -1;
    double peakMemoryMb = -1;   // of the largest cmsctl this test ran so far
};

// The real cmsctl executable, `status` against the hostile server, pinned to its certificate or
// trusting it as a CA (--ca).
CtlResult runCmsctl(const HostileServer &server, int timeoutSeconds, bool pinned)
{
    CtlResult result;
    const QString exe = QCoreApplication::applicationDirPath() + QStringLiteral("/../../app/cmsctl/cmsctl");
    if (!QFile::exists(exe)) {
        result.err = QStringLiteral("no executable at ") + exe;
        return result;
    }
    QTemporaryDir dir;
    QStringList args{QStringLiteral("--url"), server.baseUrl().toString(), QStringLiteral("--user"), kUser,
                     QStringLiteral("--timeout"), QString::number(timeoutSeconds), QStringLiteral("--password-stdin")};
    if (pinned) {
        args << QStringLiteral("--pin") << QString::fromLatin1(Transport::sha256Hex(server.identity().certificate));
    } else {
        const QString ca = dir.filePath(QStringLiteral("ca.pem"));
        QFile file(ca);
        if (!file.open(QIODevice::WriteOnly) || file.write(server.identity().certificate.toPem()) < 0)
            return result;
        file.close();
        args << QStringLiteral("--ca") << ca;
    }
    args << QStringLiteral("status");

    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.remove(QStringLiteral("CMS_PASSWORD"));
    process.setProcessEnvironment(env);
    QElapsedTimer clock;
    clock.start();
    process.start(exe, args);
    process.write((kPassword + QLatin1Char('\n')).toUtf8());
    process.closeWriteChannel();
    // The server lives in this thread: the event loop must turn while cmsctl talks to it.
    result.finished = QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, timeoutSeconds * 1000 + 15000);
    result.elapsedMs = clock.elapsed();
    if (!result.finished) {
        process.kill();
        process.waitForFinished();
    }
    result.exitCode = process.exitCode();
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    rusage usage{};
    if (getrusage(RUSAGE_CHILDREN, &usage) == 0)
        result.peakMemoryMb = double(usage.ru_maxrss) / 1024.0;   // kilobytes on Linux
    return result;
}

bool onlyRead(const HostileServer &server)
{
    const QList<QByteArray> lines = server.requestLines();
    return std::all_of(lines.cbegin(), lines.cend(), [](const QByteArray &line) { return line.startsWith("GET "); });
}

} // namespace

class TestHostileServers : public QObject
{
    Q_OBJECT

private:
    // Both clients against `server`: each ends with `kind` and `sentence` within `timeoutMs` (plus a
    // margin for a slow machine), and nothing is written.
    void expect(HostileServer &server, CmsError::Kind kind, const QString &sentence, int timeoutMs = 10000,
                bool pinned = true)
    {
        QVERIFY(server.start());

        const ClientResult client = askStatus(server, timeoutMs, pinned);
        qInfo("client: %s in %lld ms, memory +%.1f MB; UI thread: %s", qPrintable(client.error.kindName()),
              client.elapsedMs, client.memoryGrowthMb, qPrintable(client.stalls));
        QVERIFY2(client.done, "the client never finished");
        QCOMPARE(client.error.kind, kind);
        QCOMPARE(client.error.message(), sentence);
        QVERIFY2(client.elapsedMs < timeoutMs + 2000, qPrintable(QString::number(client.elapsedMs)));
        QVERIFY2(!kMemoryMeaningful || client.memoryGrowthMb < kMemoryBoundMb, qPrintable(QString::number(client.memoryGrowthMb)));
        // The UI thread never stalls: no stretch of work on it long enough for a person to notice.
        // Thread CPU time, which a busy machine does not inflate; the bound leaves room for the
        // sanitizer build, several times slower.
        QVERIFY2(client.longestWorkMs < kLongestUiWorkMs, qPrintable(client.stalls));

        const CtlResult ctl = runCmsctl(server, qMax(1, timeoutMs / 1000), pinned);
        qInfo("cmsctl: exit %d in %lld ms, peak memory %.1f MB", ctl.exitCode, ctl.elapsedMs, ctl.peakMemoryMb);
        QVERIFY2(ctl.finished, qPrintable(ctl.err));
        QCOMPARE(ctl.exitCode, 3);
        QVERIFY2(ctl.err.contains(sentence), qPrintable(ctl.err));
        QVERIFY2(ctl.out.isEmpty(), qPrintable(ctl.out));
        QVERIFY2(ctl.elapsedMs < qMax(1, timeoutMs / 1000) * 1000 + 5000, qPrintable(QString::number(ctl.elapsedMs)));
        QVERIFY2(!kMemoryMeaningful || (ctl.peakMemoryMb > 0 && ctl.peakMemoryMb < kCtlMemoryBoundMb),
                 qPrintable(QString::number(ctl.peakMemoryMb)));

        // A certificate refused at the handshake: the request, and the password with it, never left.
        const bool refusedAtHandshake = kind == CmsError::Kind::UntrustedCertificate;
        QCOMPARE(server.requestLines().isEmpty(), refusedAtHandshake);
        QVERIFY2(onlyRead(server), server.requestLines().join('\n').constData());
    }

private Q_SLOTS:
    void truncatedXml()
    {
        HostileServer server(HostileServer::Mode::TruncatedXml);
        expect(server, CmsError::Kind::MalformedReply,
               QStringLiteral("The call bridge's reply could not be read."));
    }

    // The client stops reading at its cap (16 MB): the server never got to send the 200 MB.
    void hugeBody()
    {
        HostileServer server(HostileServer::Mode::HugeBody);
        expect(server, CmsError::Kind::ReplyTooLarge,
               QStringLiteral("The call bridge's reply is larger than this console accepts."), 20000);
        if (QTest::currentTestFailed())
            return;
        // Two exchanges (the client's, cmsctl's), each stopped near the cap; two full bodies would be 400 MB.
        qInfo("sent %.1f MB of body in all", double(server.bodyBytesSent()) / (1024 * 1024));
        QVERIFY2(server.bodyBytesSent() < 100LL * 1024 * 1024, qPrintable(QString::number(server.bodyBytesSent())));
    }

    void xmlNestedTenThousandDeep()
    {
        HostileServer server(HostileServer::Mode::DeepNesting);
        expect(server, CmsError::Kind::MalformedReply,
               QStringLiteral("The call bridge's reply could not be read."));
    }

    void redirectToALoginPage()
    {
        HostileServer server(HostileServer::Mode::LoginRedirect);
        expect(server, CmsError::Kind::Redirect,
               QStringLiteral("The call bridge redirected the request elsewhere (HTTP 302); redirects are not "
                              "followed. Check the address."));
    }

    // The whole answer would take about three minutes: both clients give up at the timeout the
    // test sets (1 s for cmsctl, its least), not at the 30 s default.
    void oneByteASecond()
    {
        HostileServer server(HostileServer::Mode::OneByteASecond);
        expect(server, CmsError::Kind::Timeout,
               QStringLiteral("The call bridge did not answer in time."), 1000);
    }

    void connectionResetMidBody()
    {
        HostileServer server(HostileServer::Mode::ResetMidBody);
        expect(server, CmsError::Kind::Network,
               QStringLiteral("The call bridge could not be reached. Check the address and port, and that the "
                              "server is running."));
    }

    // Trusted as a CA (not pinned), so that expiry is all that is wrong with it.
    void expiredCertificate()
    {
        HostileServer server(HostileServer::Mode::ExpiredCertificate);
        // Made to expire a day ago (hostileserver.cpp).
        const QString expiry = QLocale().toString(QDateTime::currentDateTime().addDays(-1).date(), QLocale::LongFormat);
        expect(server, CmsError::Kind::UntrustedCertificate,
               QStringLiteral("The call bridge's certificate expired on %1. Ask the server's administrator to renew "
                              "it; trusting an expired certificate is not advised.").arg(expiry),
               10000, false);
    }

    void certificateForAnotherHost()
    {
        HostileServer server(HostileServer::Mode::OtherHostCertificate);
        expect(server, CmsError::Kind::UntrustedCertificate,
               QStringLiteral("The call bridge's certificate is made out to cms.other.example, not to the address "
                              "used. Check that the address reaches the right server, or use a name the "
                              "certificate gives."),
               10000, false);
    }
};

QTEST_MAIN(TestHostileServers)
#include "tst_hostileservers.moc"
