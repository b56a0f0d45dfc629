// Replies that are not the CMS API, over real HTTPS to the simulator: a proxy's HTML page with status
// 200 (what many proxies and load balancers send), an HTML page labelled XML, and XML labelled
// another content type. Each is a typed, translated error for the transport, the cluster and cmsctl;
// empty replies (PUT, DELETE) stay fine whatever their label.
#include "ctlinvocation.h"
#include "ctlrunner.h"
#include "clientendpoints.h"
#include "credentials/memorycredentialstore.h"
#include "net/connection.h"
#include "net/healthmonitor.h"
#include "net/transport.h"
#include "simbridge.h"
#include "simcluster.h"
#include "simtestclient.h"

#include <QProcess>
#include <QtTest>

using namespace cms;

namespace {

const QString kWebPageSentence = QStringLiteral(
    "The server answered with a web page, not the CMS API: a proxy or load balancer may be in the way (HTTP 200, "
    "text/html).");

// What a finished reply said, kept after the reply is gone.
struct Answer
{
    bool done = false;
    CmsError error;
    int status = 0;
    QString endpointKey;
    QString createdId;
};

std::shared_ptr<Answer> watch(CmsReply *reply)
{
    auto answer = std::make_shared<Answer>();
    QObject::connect(reply, &CmsReply::finished, reply, [answer, reply] {
        answer->done = true;
        answer->error = reply->error();
        answer->status = reply->status();
        answer->endpointKey = reply->endpoint().key();
        answer->createdId = reply->createdId();
    });
    return answer;
}

Answer wait(const std::shared_ptr<Answer> &answer)
{
    if (!QTest::qWaitFor([&] { return answer->done; }, 20000))
        qWarning("no answer");
    return *answer;
}

Answer send(Transport &transport, const Endpoint &endpoint, const CmsRequest &request)
{
    return wait(watch(transport.send(endpoint, request)));
}

} // namespace

class TestNotApiReplies : public QObject
{
    Q_OBJECT

private:
    void resetFaults()
    {
        for (int i = 0; i < m_cluster->bridgeCount(); ++i) {
            m_cluster->setHtmlPage(i, false);
            m_cluster->setContentType(i, {});
        }
    }

    QStringList cmsctl(const QString &command) const
    {
        return {QStringLiteral("cmsctl"), QStringLiteral("--url"), m_cluster->bridge(0).baseUrl().toString(),
                QStringLiteral("--pin"), m_cluster->bridge(0).certificate().fingerprint(), QStringLiteral("--user"),
                kTestUser, command};
    }

private Q_SLOTS:
    void initTestCase()
    {
        cmssim::ClusterOptions options;
        options.bridgeCount = 2;
        m_cluster = startTestCluster(options);
        QVERIFY(m_cluster);
    }

    void init() { resetFaults(); }
    void cleanupTestCase() { resetFaults(); }

    void aProxyPageWithStatus200IsAnError()
    {
        m_cluster->setHtmlPage(0, true);
        Transport transport;
        const Answer a = send(transport, pinnedEndpoint(m_cluster->bridge(0)), CmsRequest::get(QStringLiteral("system/status")));
        QVERIFY(a.done);
        QCOMPARE(a.status, 200);
        QCOMPARE(a.error.kind, CmsError::Kind::WebPage);
        QCOMPARE(a.error.contentType, QStringLiteral("text/html"));
        QCOMPARE(a.error.message(), kWebPageSentence);
        QVERIFY2(a.error.detail.contains(QStringLiteral("502 Bad Gateway")), qPrintable(a.error.detail));   // for the trace
    }

    void aWebPageLabelledXmlIsAnErrorToo()
    {
        m_cluster->setHtmlPage(0, true);
        m_cluster->setContentType(0, "text/xml");
        Transport transport;
        const Answer a = send(transport, pinnedEndpoint(m_cluster->bridge(0)), CmsRequest::get(QStringLiteral("coSpaces")));
        QCOMPARE(a.error.kind, CmsError::Kind::WebPage);
        QCOMPARE(a.error.contentType, QStringLiteral("text/xml"));
        QVERIFY2(a.error.message().contains(QStringLiteral("(HTTP 200, text/xml)")), qPrintable(a.error.message()));
    }

    void xmlLabelledAnotherContentTypeIsAnError()
    {
        m_cluster->setContentType(0, "application/json");
        Transport transport;
        const Answer a = send(transport, pinnedEndpoint(m_cluster->bridge(0)), CmsRequest::get(QStringLiteral("system/status")));
        QCOMPARE(a.error.kind, CmsError::Kind::NotXml);
        QCOMPARE(a.error.message(),
                 QStringLiteral("The server answered with application/json, not the XML of the CMS API: a proxy or load "
                                "balancer may be in the way (HTTP 200)."));
    }

    // PUT and DELETE answer 200 with nothing: that is no web page, whatever the label says; and the
    // API's own XML with its own label passes.
    void emptyRepliesAndXmlStillPass()
    {
        Transport transport;
        const Endpoint bridge = pinnedEndpoint(m_cluster->bridge(0));
        QVERIFY(send(transport, bridge, CmsRequest::get(QStringLiteral("system/status"))).error.isOk());
        const Answer created = send(transport, bridge, CmsRequest::post(QStringLiteral("coSpaces"), {{QStringLiteral("name"), QStringLiteral("Relabelled")}}));
        QVERIFY2(created.error.isOk(), qPrintable(created.error.detail));
        QVERIFY(!created.createdId.isEmpty());

        m_cluster->setContentType(0, "text/html");
        const QString path = QStringLiteral("coSpaces/") + created.createdId;
        const Answer updated = send(transport, bridge, CmsRequest::put(path, {{QStringLiteral("name"), QStringLiteral("Renamed")}}));
        QVERIFY2(updated.error.isOk(), qPrintable(updated.error.detail));
        const Answer deleted = send(transport, bridge, CmsRequest::del(path));
        QVERIFY2(deleted.error.isOk(), qPrintable(deleted.error.detail));
    }

    void cmsctlStatusExitsThreeWithTheSentence()
    {
        m_cluster->setHtmlPage(0, true);
        CtlInvocation inv = CtlCommandLine::parse(cmsctl(QStringLiteral("status")));
        QVERIFY(inv.error.isEmpty());
        inv.password = kTestPassword;
        MemoryCredentialStore credentials;
        QString out;
        QString err;
        QTextStream outStream(&out);
        QTextStream errStream(&err);
        CtlRunner runner(inv, credentials, outStream, errStream);
        QSignalSpy finished(&runner, &CtlRunner::finished);
        runner.start();
        QVERIFY(finished.wait(20000));
        outStream.flush();
        errStream.flush();
        QCOMPARE(finished.first().first().toInt(), int(CtlRunner::ConnectionProblem));
        QCOMPARE(finished.first().first().toInt(), 3);
        QVERIFY2(err.contains(kWebPageSentence), qPrintable(err));
        QVERIFY2(!out.contains(QStringLiteral("502 Bad Gateway")), qPrintable(out));   // not taken as an object
    }

    void cmsctlExecutableExitsThree()
    {
        m_cluster->setHtmlPage(0, true);
        const QString exe = QCoreApplication::applicationDirPath() + QStringLiteral("/../../app/cmsctl/cmsctl");
        QVERIFY2(QFile::exists(exe), qPrintable(exe));
        QStringList args = cmsctl(QStringLiteral("status"));
        args.removeFirst();
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        p.setProcessEnvironment(env);
        p.start(exe, args << QStringLiteral("--password-stdin") << QStringLiteral("--json"));
        p.write((kTestPassword + QLatin1Char('\n')).toUtf8());
        p.closeWriteChannel();
        QVERIFY(QTest::qWaitFor([&] { return p.state() == QProcess::NotRunning; }, 20000));
        const QByteArray out = p.readAllStandardOutput();
        const QByteArray err = p.readAllStandardError();
        QCOMPARE(p.exitCode(), 3);
        QVERIFY2(out.contains("\"kind\":\"webPage\""), out.constData());
        QVERIFY2(err.contains(kWebPageSentence.toUtf8()), err.constData());
    }

    // A proxy answering for one bridge makes it down for the cluster: its health check fails with
    // the sentence, and shared reads are answered by the other bridge.
    void theClusterMovesToABridgeThatAnswers()
    {
        m_cluster->setHtmlPage(0, true);
        Connection c(pinnedEndpoints(*m_cluster));
        QList<CmsError> failed;   // of bridge 0's checks
        connect(&c.healthMonitor(), &HealthMonitor::checkFailed, this, [&failed](int index, const CmsError &error) {
            if (index == 0)
                failed.append(error);
        });
        c.setHealthCheckIntervalMs(60000);
        c.startHealthChecks();
        QTRY_COMPARE_WITH_TIMEOUT(c.state(0), EndpointState::Down, 20000);
        QVERIFY(!failed.isEmpty());
        QCOMPARE(failed.first().kind, CmsError::Kind::WebPage);
        QTRY_COMPARE_WITH_TIMEOUT(c.activeEndpoint(), 1, 20000);

        const Answer read = wait(watch(c.sendShared(CmsRequest::get(QStringLiteral("coSpaces")))));
        QVERIFY2(read.error.isOk(), qPrintable(read.error.message()));
        QCOMPARE(read.endpointKey, c.endpoints().at(1).key());
    }

private:
    std::unique_ptr<cmssim::SimCluster> m_cluster;
};

QTEST_MAIN(TestNotApiReplies)
#include "tst_notapireplies.moc"
