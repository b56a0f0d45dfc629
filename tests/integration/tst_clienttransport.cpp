// The client library's transport against the simulator over real HTTPS: trust and pins, errors,
// retries, timeouts, cancellation, the per-bridge concurrency limit, the redacted trace.
#include "diagnostics/apitrace.h"
#include "net/connection.h"
#include "simbridge.h"
#include "simcluster.h"
#include "simtestclient.h"
#include "net/transport.h"

#include <QTcpServer>
#include <QTcpSocket>
#include <QtTest>

#include <memory>

using namespace cms;

namespace {

QByteArray pinOf(cmssim::SimBridge &bridge)
{
    return Endpoint::normalizeFingerprint(bridge.certificate().fingerprint());
}

Endpoint endpointOf(cmssim::SimBridge &bridge, const QByteArray &pin, const QString &password = kTestPassword)
{
    Endpoint e;
    e.baseUrl = bridge.baseUrl();
    e.user = kTestUser;
    e.password = password;
    e.pinnedSha256 = pin;
    return e;
}

// Sends and waits with the event loop (the simulator runs in this thread).
struct Sent
{
    CmsError error;
    int status = 0;
    QByteArray body;
    QString createdId;
    int attempts = 0;
    bool mayHaveReachedServer = true;
    int finishedCount = 0;
};

Sent sendAndWait(Transport &transport, const Endpoint &endpoint, const CmsRequest &request, CmsReply **out = nullptr)
{
    Sent s;
    CmsReply *reply = transport.send(endpoint, request);
    if (out)
        *out = reply;
    bool done = false;
    QObject::connect(reply, &CmsReply::finished, reply, [&] {
        ++s.finishedCount;
        s.error = reply->error();
        s.status = reply->status();
        s.body = reply->body();
        s.createdId = reply->createdId();
        s.attempts = reply->attempts();
        s.mayHaveReachedServer = reply->mayHaveReachedServer();
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 15000))
        s.error = CmsError(CmsError::Kind::Timeout, QStringLiteral("test: no reply"));
    return s;
}

} // namespace

class TestClientTransport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        cmssim::ClusterOptions options;
        options.bridgeCount = 2;
        m_cluster = startTestCluster(options);
    }

    void init()
    {
        for (int i = 0; i < 2; ++i) {
            m_cluster->setLatency(i, 0);
            m_cluster->setBusy(i, false);
            m_cluster->setDown(i, false);
        }
    }

    void pinnedCertificateIsAccepted()
    {
        Transport t;
        const Sent s = sendAndWait(t, endpointOf(m_cluster->bridge(0), pinOf(m_cluster->bridge(0))),
                                   CmsRequest::get(QStringLiteral("system/status")));
        QVERIFY2(s.error.isOk(), qPrintable(s.error.detail));
        QCOMPARE(s.status, 200);
        QVERIFY(s.body.contains("<softwareVersion>"));
    }

    void untrustedCertificateIsRefusedWithItsDetails()
    {
        Transport t;
        const Sent s = sendAndWait(t, endpointOf(m_cluster->bridge(0), {}), CmsRequest::get(QStringLiteral("system/status")));
        QCOMPARE(s.error.kind, CmsError::Kind::UntrustedCertificate);
        QVERIFY(!s.error.certificate.isNull());
        QCOMPARE(Transport::sha256Hex(s.error.certificate), pinOf(m_cluster->bridge(0)));
        QVERIFY(!s.error.certificate.subjectInfo(QSslCertificate::CommonName).isEmpty());
        QVERIFY(s.error.certificate.expiryDate() > QDateTime::currentDateTimeUtc());
        QVERIFY(!s.mayHaveReachedServer);
        QVERIFY(!s.error.message().isEmpty());
    }

    void changedCertificateOnPinnedBridgeIsRefused()
    {
        Transport t;
        // Bridge 0 pinned with bridge 1's certificate: what it presents is not what was trusted.
        const Sent s = sendAndWait(t, endpointOf(m_cluster->bridge(0), pinOf(m_cluster->bridge(1))),
                                   CmsRequest::get(QStringLiteral("system/status")));
        QCOMPARE(s.error.kind, CmsError::Kind::CertificateChanged);
        QCOMPARE(Transport::sha256Hex(s.error.certificate), pinOf(m_cluster->bridge(0)));
        QVERIFY(!s.mayHaveReachedServer);
    }

    void caBundleTrustsAndPinStillWins()
    {
        Transport t;
        t.setCaCertificates({m_cluster->bridge(0).certificate().certificate});
        Sent s = sendAndWait(t, endpointOf(m_cluster->bridge(0), {}), CmsRequest::get(QStringLiteral("system/status")));
        QVERIFY2(s.error.isOk(), qPrintable(s.error.detail));
        // Trusted by the bundle, but pinned to another certificate: refused all the same.
        s = sendAndWait(t, endpointOf(m_cluster->bridge(0), pinOf(m_cluster->bridge(1))),
                        CmsRequest::get(QStringLiteral("system/status")));
        QCOMPARE(s.error.kind, CmsError::Kind::CertificateChanged);
    }

    void wrongPasswordIsAuthentication()
    {
        Transport t;
        const Sent s = sendAndWait(t, endpointOf(m_cluster->bridge(0), pinOf(m_cluster->bridge(0)), QStringLiteral("wrong")),
                                   CmsRequest::get(QStringLiteral("coSpaces")));
        QCOMPARE(s.error.kind, CmsError::Kind::Authentication);
        QCOMPARE(s.error.status, 401);
    }

    void failureReasonIsReadAndExplained()
    {
        Transport t;
        const Endpoint e = endpointOf(m_cluster->bridge(0), pinOf(m_cluster->bridge(0)));
        Sent s = sendAndWait(t, e, CmsRequest::get(QStringLiteral("coSpaces/00000000-0000-4000-8000-000000000000")));
        QCOMPARE(s.error.kind, CmsError::Kind::ServerRefused);
        QCOMPARE(s.error.reason, QStringLiteral("coSpaceDoesNotExist"));
        QVERIFY(!s.error.message().contains(QStringLiteral("coSpaceDoesNotExist")));

        s = sendAndWait(t, e, CmsRequest::post(QStringLiteral("coSpaces"), {{QStringLiteral("nonMemberAccess"), QStringLiteral("maybe")}}));
        QCOMPARE(s.error.reason, QStringLiteral("parameterError"));
        QCOMPARE(s.error.parameter, QStringLiteral("nonMemberAccess"));
        QCOMPARE(s.error.parameterError, QStringLiteral("invalidValue"));
        QVERIFY(s.error.message().contains(QStringLiteral("nonMemberAccess")));
    }

    void postReturnsTheNewId()
    {
        Transport t;
        const Sent s = sendAndWait(t, endpointOf(m_cluster->bridge(0), pinOf(m_cluster->bridge(0))),
                                   CmsRequest::post(QStringLiteral("coSpaces"), {{QStringLiteral("name"), QStringLiteral("Réunion")}}));
        QVERIFY(s.error.isOk());
        QCOMPARE(s.createdId.size(), 36);
        QVERIFY(m_cluster->store().find(QStringLiteral("coSpaces"), s.createdId));
    }

    void busyIsRetriedWithBackOff()
    {
        Transport t;
        t.setBusyRetries(3, 50);
        m_cluster->setBusy(0, true);
        QTimer::singleShot(120, m_cluster.get(), [this] { m_cluster->setBusy(0, false); });
        const Sent s = sendAndWait(t, endpointOf(m_cluster->bridge(0), pinOf(m_cluster->bridge(0))),
                                   CmsRequest::get(QStringLiteral("coSpaces")));
        QVERIFY2(s.error.isOk(), qPrintable(s.error.message()));
        QVERIFY(s.attempts >= 2);
    }

    void busyForTooLongIsReported()
    {
        Transport t;
        t.setBusyRetries(2, 20);
        m_cluster->setBusy(0, true);
        const Sent s = sendAndWait(t, endpointOf(m_cluster->bridge(0), pinOf(m_cluster->bridge(0))),
                                   CmsRequest::get(QStringLiteral("coSpaces")));
        QCOMPARE(s.error.kind, CmsError::Kind::Busy);
        QCOMPARE(s.attempts, 3);
    }

    void slowReplyTimesOut()
    {
        Transport t;
        t.setTimeoutMs(200);
        m_cluster->setLatency(0, 1500);
        const Sent s = sendAndWait(t, endpointOf(m_cluster->bridge(0), pinOf(m_cluster->bridge(0))),
                                   CmsRequest::get(QStringLiteral("coSpaces")));
        QCOMPARE(s.error.kind, CmsError::Kind::Timeout);
        QCOMPARE(s.finishedCount, 1);
    }

    void cancelFinishesOnceAsCancelled()
    {
        Transport t;
        m_cluster->setLatency(0, 1000);
        CmsReply *reply = nullptr;
        bool finishedSeen = false;
        int finishedCount = 0;
        CmsError error;
        reply = t.send(endpointOf(m_cluster->bridge(0), pinOf(m_cluster->bridge(0))), CmsRequest::get(QStringLiteral("coSpaces")));
        connect(reply, &CmsReply::finished, reply, [&] {
            ++finishedCount;
            error = reply->error();
            finishedSeen = true;
        });
        QTimer::singleShot(100, reply, [reply] { reply->cancel(); });
        QTRY_VERIFY(finishedSeen);
        QTest::qWait(100);
        QCOMPARE(finishedCount, 1);
        QCOMPARE(error.kind, CmsError::Kind::Cancelled);
    }

    void concurrencyIsLimitedPerBridge()
    {
        Transport t;
        t.setMaxConcurrentPerBridge(2);
        m_cluster->setLatency(0, 150);
        const Endpoint e = endpointOf(m_cluster->bridge(0), pinOf(m_cluster->bridge(0)));
        int done = 0;
        int peak = 0;
        QElapsedTimer clock;
        clock.start();
        for (int i = 0; i < 6; ++i) {
            CmsReply *r = t.send(e, CmsRequest::get(QStringLiteral("coSpaces")));
            connect(r, &CmsReply::finished, r, [&] { ++done; });
        }
        QTimer probe;
        connect(&probe, &QTimer::timeout, &probe, [&] { peak = qMax(peak, t.inFlight(e)); });
        probe.start(10);
        QTRY_COMPARE_WITH_TIMEOUT(done, 6, 10000);
        QCOMPARE(peak, 2);
        QVERIFY2(clock.elapsed() >= 3 * 150 - 20, qPrintable(QString::number(clock.elapsed())));
    }

    void downBridgeIsANetworkErrorThatNeverReachedIt()
    {
        Transport t;
        m_cluster->setDown(1, true);
        const Sent s = sendAndWait(t, endpointOf(m_cluster->bridge(1), pinOf(m_cluster->bridge(1))),
                                   CmsRequest::post(QStringLiteral("coSpaces"), {{QStringLiteral("name"), QStringLiteral("x")}}));
        QCOMPARE(s.error.kind, CmsError::Kind::Network);
        QVERIFY(!s.mayHaveReachedServer);   // so a create could safely be retried elsewhere
        QVERIFY(s.error.isConnectionProblem());
    }

    void oversizedReplyIsRefused()
    {
        Transport t;
        t.setMaxReplyBytes(200);
        const Sent s = sendAndWait(t, endpointOf(m_cluster->bridge(0), pinOf(m_cluster->bridge(0))),
                                   CmsRequest::get(QStringLiteral("callBridges")));
        QCOMPARE(s.error.kind, CmsError::Kind::ReplyTooLarge);
    }

    // A server closes a kept-alive connection just as the next request goes out on it: a GET is sent
    // again on a new connection and nobody notices; a POST is not (the server may have created the
    // object), and says it may have reached the server.
    void closedKeptAliveConnection_data()
    {
        QTest::addColumn<bool>("post");
        QTest::newRow("GET is sent again") << false;
        QTest::newRow("POST is not") << true;
    }

    void closedKeptAliveConnection()
    {
        QFETCH(bool, post);
        // Plain HTTP: answers the first request of each connection, and closes it at the second.
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        int connections = 0;
        int requests = 0;
        connect(&server, &QTcpServer::newConnection, &server, [&] {
            QTcpSocket *socket = server.nextPendingConnection();
            ++connections;
            auto answered = std::make_shared<bool>(false);
            connect(socket, &QTcpSocket::readyRead, socket, [socket, answered, &requests] {
                const QByteArray request = socket->readAll();
                if (!request.contains("\r\n\r\n"))
                    return;
                ++requests;
                if (*answered) {
                    socket->close();
                    return;
                }
                *answered = true;
                const QByteArray body("<coSpaces total=\"0\"/>");
                socket->write("HTTP/1.1 200 OK\r\nContent-Type: text/xml\r\nContent-Length: " + QByteArray::number(body.size())
                              + "\r\n\r\n" + body);
            });
        });
        Transport t;
        Endpoint e;
        e.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(server.serverPort()));
        e.user = kTestUser;
        e.password = kTestPassword;
        QVERIFY(sendAndWait(t, e, CmsRequest::get(QStringLiteral("coSpaces"))).error.isOk());
        const CmsRequest second = post ? CmsRequest::post(QStringLiteral("coSpaces"), {{QStringLiteral("name"), QStringLiteral("x")}})
                                       : CmsRequest::get(QStringLiteral("coSpaces"));
        const Sent s = sendAndWait(t, e, second);
        if (post) {
            QCOMPARE(s.error.kind, CmsError::Kind::Network);
            QVERIFY(s.mayHaveReachedServer);
            QCOMPARE(requests, 2);
            QCOMPARE(connections, 1);
        } else {
            QVERIFY2(s.error.isOk(), qPrintable(s.error.detail));
            QCOMPARE(requests, 3);
            QCOMPARE(connections, 2);
        }
    }

    void redirectIsNotFollowed()
    {
        // A plain HTTP server that only redirects.
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        connect(&server, &QTcpServer::newConnection, &server, [&server] {
            QTcpSocket *socket = server.nextPendingConnection();
            connect(socket, &QTcpSocket::readyRead, socket, [socket] {
                socket->readAll();
                socket->write("HTTP/1.1 302 Found\r\nLocation: https://elsewhere.example/\r\nContent-Length: 0\r\n\r\n");
            });
        });
        Transport t;
        Endpoint e;
        e.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(server.serverPort()));
        e.user = kTestUser;
        e.password = kTestPassword;
        const Sent s = sendAndWait(t, e, CmsRequest::get(QStringLiteral("coSpaces")));
        QCOMPARE(s.error.kind, CmsError::Kind::Redirect);
        QCOMPARE(s.error.status, 302);
    }

    void traceIsRecordedWithoutSecrets()
    {
        Transport t;
        ApiTrace trace;
        t.setTrace(&trace);
        const Sent s = sendAndWait(t, endpointOf(m_cluster->bridge(0), pinOf(m_cluster->bridge(0))),
                                   CmsRequest::post(QStringLiteral("coSpaces"), {{QStringLiteral("name"), QStringLiteral("Traced")},
                                                                                {QStringLiteral("passcode"), QStringLiteral("918273")}}));
        QVERIFY(s.error.isOk());
        QCOMPARE(trace.entries().size(), 1);
        const QString text = ApiTrace::format(trace.entries().first()) + ApiTrace::toCurl(trace.entries().first());
        QVERIFY(!text.contains(kTestPassword));
        QVERIFY(!text.contains(QString::fromLatin1(QByteArray((kTestUser + QLatin1Char(':') + kTestPassword).toUtf8().toBase64()))));
        QVERIFY(!text.contains(QStringLiteral("918273")));
        QVERIFY(text.contains(QStringLiteral("Traced")));
    }

    void sharedReadsGoToHealthyBridges()
    {
        Connection c({endpointOf(m_cluster->bridge(0), pinOf(m_cluster->bridge(0))),
                      endpointOf(m_cluster->bridge(1), pinOf(m_cluster->bridge(1)))});
        m_cluster->setDown(0, true);
        // The first read finds the primary down and sets it aside; the next goes to bridge 2.
        bool done = false;
        CmsReply *r = c.send(0, CmsRequest::get(QStringLiteral("coSpaces")));
        connect(r, &CmsReply::finished, r, [&] { done = true; });
        QTRY_VERIFY(done);
        QVERIFY(!c.isHealthy(0));
        QCOMPARE(c.pickSharedEndpoint(), 1);
        done = false;
        CmsError error;
        r = c.sendShared(CmsRequest::get(QStringLiteral("coSpaces")));
        connect(r, &CmsReply::finished, r, [&] {
            error = r->error();
            done = true;
        });
        QTRY_VERIFY(done);
        QVERIFY(error.isOk());
    }

private:
    std::unique_ptr<cmssim::SimCluster> m_cluster;
};

QTEST_MAIN(TestClientTransport)
#include "tst_clienttransport.moc"
