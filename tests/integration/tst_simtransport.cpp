// Conformance of the simulator's transport: TLS, Basic auth, paths, reply shapes, fault injection.
#include "simbridge.h"
#include "simcluster.h"
#include "simtestclient.h"

#include <QSslConfiguration>
#include <QSslSocket>
#include <QTcpSocket>
#include <QtTest>

using namespace cmssim;

class TestSimTransport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        ClusterOptions options;
        options.bridgeCount = 2;
        m_cluster = startTestCluster(options);
        m_client = std::make_unique<SimTestClient>(*m_cluster, kTestUser, kTestPassword);
    }

    void eachBridgeHasItsOwnCertificateAndPort()
    {
        SimBridge &a = m_cluster->bridge(0);
        SimBridge &b = m_cluster->bridge(1);
        QVERIFY(a.port() != 0 && b.port() != 0 && a.port() != b.port());
        QCOMPARE(a.baseUrl().scheme(), QStringLiteral("https"));
        QVERIFY(a.certificate().fingerprint() != b.certificate().fingerprint());
        QCOMPARE(a.certificate().fingerprint().size(), 32 * 3 - 1);   // hex pairs with colons
    }

    void untrustedCertificateIsRefusedByAStrictClient()
    {
        // The server runs in this thread: wait with the event loop, never with waitFor*.
        QSslSocket socket;
        QSignalSpy errors(&socket, &QSslSocket::sslErrors);
        QSignalSpy encrypted(&socket, &QSslSocket::encrypted);
        socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), m_cluster->bridge(0).port());
        QTRY_VERIFY_WITH_TIMEOUT(!errors.isEmpty(), 5000);
        QCOMPARE(encrypted.count(), 0);
    }

    void missingOrWrongCredentialsGet401WithEmptyBody_data()
    {
        QTest::addColumn<QByteArray>("authorization");
        QTest::newRow("none") << QByteArray();
        QTest::newRow("wrong password") << QByteArray("Basic " + QByteArray("apiadmin:nope").toBase64());
        QTest::newRow("unknown user") << QByteArray("Basic " + QByteArray("who:conformance-pw").toBase64());
        QTest::newRow("not basic") << QByteArray("Bearer abc");
    }

    void missingOrWrongCredentialsGet401WithEmptyBody()
    {
        QFETCH(QByteArray, authorization);
        const HttpResult r = m_client->raw(0, "GET", QStringLiteral("/api/v1/coSpaces"), {}, false, authorization);
        QCOMPARE(r.status, 401);
        QVERIFY(r.body.isEmpty());
        QCOMPARE(r.header("WWW-Authenticate"), QByteArray("Basic realm=\"acano\""));
    }

    void pathsAreCaseInsensitive()
    {
        const HttpResult created = m_client->post(0, QStringLiteral("coSpaces"), {{QStringLiteral("name"), QStringLiteral("Case")}});
        QCOMPARE(created.status, 200);
        const QString id = created.createdId();
        for (const QString &path : {QStringLiteral("/api/v1/coSpaces/"), QStringLiteral("/api/v1/cospaces/"),
                                    QStringLiteral("/API/V1/COSPACES/")}) {
            const HttpResult r = m_client->raw(0, "GET", path + id);
            QCOMPARE(r.status, 200);
            QCOMPARE(r.xml().attribute(QStringLiteral("id")), id);
        }
    }

    void postAnswers200WithLocationAndEmptyBody()
    {
        const HttpResult r = m_client->post(0, QStringLiteral("callProfiles"), {{QStringLiteral("participantLimit"), QStringLiteral("10")}});
        QCOMPARE(r.status, 200);
        QVERIFY(r.body.isEmpty());
        QVERIFY(r.location().startsWith(QStringLiteral("/api/v1/callProfiles/")));
        const QString id = r.createdId();
        QCOMPARE(id, id.toLower());
        QCOMPARE(id.size(), 36);
    }

    void putAndDeleteAnswer200WithEmptyBody()
    {
        const QString id = m_client->post(0, QStringLiteral("tenants"), {{QStringLiteral("name"), QStringLiteral("T")}}).createdId();
        HttpResult r = m_client->put(0, QStringLiteral("tenants/") + id, {{QStringLiteral("name"), QStringLiteral("T2")}});
        QCOMPARE(r.status, 200);
        QVERIFY(r.body.isEmpty());
        r = m_client->del(0, QStringLiteral("tenants/") + id);
        QCOMPARE(r.status, 200);
        QVERIFY(r.body.isEmpty());
    }

    void getStartsWithTheXmlDeclaration()
    {
        const HttpResult r = m_client->get(0, QStringLiteral("system/status"));
        QCOMPARE(r.status, 200);
        QVERIFY2(r.body.startsWith("<?xml version=\"1.0\"?>"), r.body.left(60).constData());
        QVERIFY(r.header("Content-Type").startsWith("text/xml"));
    }

    void configurationIsSharedButStatusIsPerBridge()
    {
        const QString id = m_client->post(0, QStringLiteral("coSpaces"), {{QStringLiteral("name"), QStringLiteral("Shared")}}).createdId();
        QCOMPARE(m_client->get(1, QStringLiteral("coSpaces/") + id).status, 200);
        const XmlNode bridges = m_client->get(1, QStringLiteral("callBridges")).xml();
        QCOMPARE(bridges.attribute(QStringLiteral("total")), QStringLiteral("2"));
        const QString first = bridges.ids().first();
        const XmlNode detail = m_client->get(1, QStringLiteral("callBridges/") + first).xml();
        QCOMPARE(detail.value(QStringLiteral("address")), m_cluster->bridge(0).baseUrl().toString());
    }

    void unknownPathIsUnrecognisedObject()
    {
        const HttpResult r = m_client->get(0, QStringLiteral("noSuchThings"));
        QCOMPARE(r.status, 404);
        QCOMPARE(r.failureReason(), QStringLiteral("unrecognisedObject"));
    }

    void busyBridgeAnswers503()
    {
        m_cluster->setBusy(1, true);
        QCOMPARE(m_client->get(1, QStringLiteral("coSpaces")).status, 503);
        QCOMPARE(m_client->get(0, QStringLiteral("coSpaces")).status, 200);
        m_cluster->setBusy(1, false);
        QCOMPARE(m_client->get(1, QStringLiteral("coSpaces")).status, 200);
    }

    void errorRateOneFailsEveryRequest()
    {
        m_cluster->setErrorRate(1, 1.0);
        const HttpResult r = m_client->get(1, QStringLiteral("coSpaces"));
        QCOMPARE(r.status, 500);
        QVERIFY(r.body.isEmpty());
        m_cluster->setErrorRate(1, 0.0);
        QCOMPARE(m_client->get(1, QStringLiteral("coSpaces")).status, 200);
    }

    void latencyDelaysTheReply()
    {
        m_cluster->setLatency(1, 300);
        QElapsedTimer t;
        t.start();
        QCOMPARE(m_client->get(1, QStringLiteral("coSpaces")).status, 200);
        QVERIFY2(t.elapsed() >= 290, qPrintable(QString::number(t.elapsed())));
        m_cluster->setLatency(1, 0);
    }

    void downBridgeRefusesConnectionsAndComesBack()
    {
        const quint16 port = m_cluster->bridge(1).port();
        m_cluster->setDown(1, true);
        QTcpSocket socket;
        QSignalSpy failed(&socket, &QAbstractSocket::errorOccurred);
        socket.connectToHost(QStringLiteral("127.0.0.1"), port);
        QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty(), 5000);
        QCOMPARE(socket.error(), QAbstractSocket::ConnectionRefusedError);
        const HttpResult r = m_client->get(1, QStringLiteral("coSpaces"));
        QCOMPARE(r.status, 0);
        QVERIFY(r.error != QNetworkReply::NoError);
        // The other bridge still serves the shared configuration.
        QCOMPARE(m_client->get(0, QStringLiteral("coSpaces")).status, 200);
        m_cluster->setDown(1, false);
        QCOMPARE(m_cluster->bridge(1).port(), port);
        QCOMPARE(m_client->get(1, QStringLiteral("coSpaces")).status, 200);
    }

    void requestOnAConnectionOpenedBeforeGoingDownIsNotAnswered()
    {
        // The connection is accepted while the bridge is up; its first request arrives once it is down.
        SimBridge &bridge = m_cluster->bridge(1);
        QSslSocket socket;
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setCaCertificates({bridge.certificate().certificate});
        socket.setSslConfiguration(tls);
        QSignalSpy encrypted(&socket, &QSslSocket::encrypted);
        QSignalSpy closed(&socket, &QAbstractSocket::disconnected);
        socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), bridge.port());
        QTRY_VERIFY_WITH_TIMEOUT(!encrypted.isEmpty(), 5000);

        m_cluster->setDown(1, true);
        const QByteArray credentials = QString(kTestUser + QLatin1Char(':') + kTestPassword).toUtf8().toBase64();
        socket.write("GET /api/v1/system/status HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Basic " + credentials
                     + "\r\n\r\n");
        // A down bridge answers nothing: the connection closes without a reply.
        QTRY_VERIFY_WITH_TIMEOUT(!closed.isEmpty(), 5000);
        QCOMPARE(socket.readAll(), QByteArray());
        m_cluster->setDown(1, false);
    }

    void plainHttpOnlyWhenAsked()
    {
        ClusterOptions options;
        options.bridgeCount = 1;
        options.plainHttp = true;
        auto plain = startTestCluster(options);
        QCOMPARE(plain->bridge(0).baseUrl().scheme(), QStringLiteral("http"));
        SimTestClient client(*plain, kTestUser, kTestPassword);
        QCOMPARE(client.get(0, QStringLiteral("system/status")).status, 200);
    }

private:
    std::unique_ptr<SimCluster> m_cluster;
    std::unique_ptr<SimTestClient> m_client;
};

QTEST_MAIN(TestSimTransport)
#include "tst_simtransport.moc"
