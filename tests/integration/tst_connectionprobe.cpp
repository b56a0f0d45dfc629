// "Test connection" against the simulator over real HTTPS: the trust-on-first-use path (untrusted,
// then pinned), wrong password, wrong pin, nothing listening, timeout and cancellation.
#include "net/connectionprobe.h"
#include "simbridge.h"
#include "simcluster.h"
#include "simtestclient.h"
#include "net/transport.h"

#include <QTcpServer>
#include <QtTest>

#include <memory>

using namespace cms;

namespace {

Endpoint endpointOf(cmssim::SimBridge &bridge, const QByteArray &pin = {}, const QString &password = kTestPassword)
{
    Endpoint e;
    e.baseUrl = bridge.baseUrl();
    e.user = kTestUser;
    e.password = password;
    e.pinnedSha256 = pin;
    return e;
}

QByteArray pinOf(cmssim::SimBridge &bridge)
{
    return Endpoint::normalizeFingerprint(bridge.certificate().fingerprint());
}

// Every finished() of one probe, in order.
struct Outcomes
{
    QList<CmsError> errors;
    QList<SystemStatus> statuses;

    explicit Outcomes(ConnectionProbe &probe)
    {
        QObject::connect(&probe, &ConnectionProbe::finished, &probe,
                         [this](const CmsError &error, const SystemStatus &status) {
                             errors.append(error);
                             statuses.append(status);
                         });
    }
    int count() const { return int(errors.size()); }
};

// Starts a probe and waits for its one outcome.
std::pair<CmsError, SystemStatus> probe(const Endpoint &endpoint, int timeoutMs = 0)
{
    ConnectionProbe p;
    if (timeoutMs > 0)
        p.setTimeoutMs(timeoutMs);
    Outcomes out(p);
    p.start(endpoint);
    if (!p.isRunning())
        qWarning("the probe is not running");
    if (!QTest::qWaitFor([&] { return out.count() > 0; }, 15000))
        return {CmsError(CmsError::Kind::Timeout, QStringLiteral("test: no outcome")), {}};
    if (p.isRunning())
        qWarning("the probe still runs after finishing");
    return {out.errors.first(), out.statuses.first()};
}

} // namespace

class TestConnectionProbe : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        cmssim::ClusterOptions options;
        options.bridgeCount = 2;
        m_cluster = startTestCluster(options);
        m_cluster->bridge(0).clockSkewSeconds = 30;
    }

    void init()
    {
        for (int i = 0; i < 2; ++i)
            m_cluster->setLatency(i, 0);
    }

    void untrustedThenPinned()
    {
        // First contact: the self-signed certificate is not trusted, and the probe says which it is.
        auto [error, status] = probe(endpointOf(m_cluster->bridge(0)));
        QCOMPARE(error.kind, CmsError::Kind::UntrustedCertificate);
        QVERIFY(!error.certificate.isNull());
        QVERIFY(!status.isValid());
        const QByteArray pin = Transport::sha256Hex(error.certificate);
        QCOMPARE(pin, pinOf(m_cluster->bridge(0)));

        // The user trusts it: pinned, the bridge answers with what it is.
        std::tie(error, status) = probe(endpointOf(m_cluster->bridge(0), pin));
        QVERIFY2(error.isOk(), qPrintable(error.detail));
        QVERIFY(status.isValid());
        QCOMPARE(status.softwareVersion, m_cluster->options().version.text);
        QVERIFY(!status.softwareVersion.isEmpty());
        QVERIFY(status.uptimeSeconds >= 0);
        QCOMPARE(status.clusterEnabled, std::optional<bool>(true));
        QVERIFY(status.clockSkewMs.has_value());
        QVERIFY2(qAbs(*status.clockSkewMs - 30000) < 5000, qPrintable(QString::number(*status.clockSkewMs)));
    }

    void wrongPassword()
    {
        const auto [error, status] = probe(endpointOf(m_cluster->bridge(0), pinOf(m_cluster->bridge(0)),
                                                      QStringLiteral("not the password")));
        QCOMPARE(error.kind, CmsError::Kind::Authentication);
        QVERIFY(!status.isValid());
    }

    void wrongPin()
    {
        // Pinned with bridge 1's certificate: bridge 0 shows another one.
        const auto [error, status] = probe(endpointOf(m_cluster->bridge(0), pinOf(m_cluster->bridge(1))));
        QCOMPARE(error.kind, CmsError::Kind::CertificateChanged);
        QCOMPARE(Transport::sha256Hex(error.certificate), pinOf(m_cluster->bridge(0)));
        QVERIFY(!status.isValid());
    }

    void nothingListening()
    {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        const quint16 port = server.serverPort();
        server.close();
        Endpoint e = endpointOf(m_cluster->bridge(0));
        e.baseUrl.setPort(port);
        const auto [error, status] = probe(e);
        QCOMPARE(error.kind, CmsError::Kind::Network);
        QVERIFY(!error.message().isEmpty());
        QVERIFY(!status.isValid());
    }

    void timeout()
    {
        m_cluster->setLatency(0, 3000);
        const auto [error, status] = probe(endpointOf(m_cluster->bridge(0), pinOf(m_cluster->bridge(0))), 300);
        QCOMPARE(error.kind, CmsError::Kind::Timeout);
    }

    void cancelFinishesOnce()
    {
        m_cluster->setLatency(0, 1500);
        ConnectionProbe p;
        Outcomes out(p);
        p.start(endpointOf(m_cluster->bridge(0), pinOf(m_cluster->bridge(0))));
        QVERIFY(p.isRunning());
        QTest::qWait(100);   // let the request reach the server
        p.cancel();
        QCOMPARE(out.count(), 1);
        QCOMPARE(out.errors.first().kind, CmsError::Kind::Cancelled);
        QVERIFY(!p.isRunning());
        p.cancel();   // nothing running: nothing more
        QCOMPARE(out.count(), 1);

        // The next probe on the same object gets its own single outcome; the cancelled one stays quiet.
        m_cluster->setLatency(0, 0);
        p.start(endpointOf(m_cluster->bridge(1), pinOf(m_cluster->bridge(1))));
        QTRY_COMPARE_WITH_TIMEOUT(out.count(), 2, 15000);
        QVERIFY2(out.errors.at(1).isOk(), qPrintable(out.errors.at(1).detail));
        QVERIFY(out.statuses.at(1).isValid());
        QTest::qWait(1800);   // past the cancelled request's answer
        QCOMPARE(out.count(), 2);
    }

    void startCancelsTheProbeStillRunning()
    {
        m_cluster->setLatency(0, 1000);
        ConnectionProbe p;
        Outcomes out(p);
        p.start(endpointOf(m_cluster->bridge(0), pinOf(m_cluster->bridge(0))));
        p.start(endpointOf(m_cluster->bridge(1), pinOf(m_cluster->bridge(1))));
        QCOMPARE(out.count(), 1);
        QCOMPARE(out.errors.first().kind, CmsError::Kind::Cancelled);
        QTRY_COMPARE_WITH_TIMEOUT(out.count(), 2, 15000);
        QVERIFY2(out.errors.at(1).isOk(), qPrintable(out.errors.at(1).detail));
    }

    void deletedWhileRunning()
    {
        m_cluster->setLatency(0, 500);
        auto p = std::make_unique<ConnectionProbe>();
        int outcomes = 0;
        connect(p.get(), &ConnectionProbe::finished, this, [&outcomes] { ++outcomes; });
        p->start(endpointOf(m_cluster->bridge(0), pinOf(m_cluster->bridge(0))));
        p.reset();   // must neither crash nor report to anyone
        QTest::qWait(800);
        QCOMPARE(outcomes, 0);
    }

private:
    std::unique_ptr<cmssim::SimCluster> m_cluster;
};

QTEST_MAIN(TestConnectionProbe)
#include "tst_connectionprobe.moc"
