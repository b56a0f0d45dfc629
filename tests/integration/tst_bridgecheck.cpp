// The probe → trust → pin controller both cluster dialogs use, against the simulator's self-signed
// bridges over real HTTPS, with no widget: the trust question is answered by the test.
#include "cluster/bridgecheck.h"
#include "clientendpoints.h"
#include "simbridge.h"
#include "simcertificate.h"
#include "simcluster.h"
#include "simtestclient.h"

#include <QSignalSpy>
#include <QtTest>

#include <memory>

using namespace cms;

namespace {

using Outcome = BridgeCheck::Outcome;

// A bridge as a first contact sees it: its address and the test user, nothing pinned yet.
Endpoint unpinned(cmssim::SimBridge &bridge, const QString &password = kTestPassword)
{
    Endpoint e = pinnedEndpoint(bridge);
    e.pinnedSha256.clear();
    e.password = password;
    return e;
}

QByteArray pinOf(const cmssim::SimCertificate &certificate)
{
    return Endpoint::normalizeFingerprint(certificate.fingerprint());
}

// One check, and everything it says, in order.
struct Check
{
    BridgeCheck check;
    QList<CmsError> questions;   // trustRequested()
    QList<QByteArray> pins;      // pinned()
    QList<Outcome> outcomes;     // finished()
    QList<CmsError> errors;
    QList<SystemStatus> statuses;

    Check()
    {
        QObject::connect(&check, &BridgeCheck::trustRequested, &check,
                         [this](const CmsError &error) { questions.append(error); });
        QObject::connect(&check, &BridgeCheck::pinned, &check,
                         [this](const QByteArray &sha256) { pins.append(sha256); });
        QObject::connect(&check, &BridgeCheck::finished, &check,
                         [this](Outcome outcome, const CmsError &error, const SystemStatus &status) {
                             outcomes.append(outcome);
                             errors.append(error);
                             statuses.append(status);
                         });
    }

    // Starts checking endpoint and waits until the check asks about the certificate or finishes.
    bool start(const Endpoint &endpoint)
    {
        const qsizetype heard = questions.size() + outcomes.size();
        check.start(endpoint);
        return QTest::qWaitFor([&] { return questions.size() + outcomes.size() > heard; }, 15000);
    }
};

} // namespace

class TestBridgeCheck : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        m_cluster = startTestCluster(cmssim::ClusterOptions{});
    }

    void init() { m_cluster->setLatency(0, 0); }

    void trustedCertificateIsPinnedAndConnects()
    {
        cmssim::SimBridge &bridge = m_cluster->bridge(0);
        const QByteArray expectedPin = pinnedEndpoint(bridge).pinnedSha256;
        Check c;
        QVERIFY(c.start(unpinned(bridge)));

        // First contact with a self-signed certificate: asked, with the certificate, nothing pinned yet.
        QCOMPARE(c.outcomes.size(), 0);
        QCOMPARE(c.questions.size(), 1);
        QCOMPARE(c.questions.first().kind, CmsError::Kind::UntrustedCertificate);
        QCOMPARE(c.questions.first().certificate, bridge.certificate().certificate);
        QVERIFY(c.check.isRunning());
        QVERIFY(c.check.isWaitingForTrust());
        QVERIFY(c.check.endpoint().pinnedSha256.isEmpty());

        // Trusted: that certificate is pinned for this endpoint, and the bridge is probed again with it.
        const qint64 servedBefore = bridge.apiRequestsServed;
        c.check.trust();
        QCOMPARE(c.pins, QList<QByteArray>{expectedPin});
        QCOMPARE(c.check.endpoint().pinnedSha256, expectedPin);
        QVERIFY(!c.check.isWaitingForTrust());
        QTRY_COMPARE_WITH_TIMEOUT(c.outcomes.size(), 1, 15000);
        QCOMPARE(c.outcomes.first(), Outcome::Connected);
        QVERIFY2(c.errors.first().isOk(), qPrintable(c.errors.first().detail));
        QVERIFY(c.statuses.first().isValid());
        QCOMPARE(c.statuses.first().softwareVersion, m_cluster->options().version.text);
        QCOMPARE(bridge.apiRequestsServed, servedBefore + 1);
        QVERIFY(!c.check.isRunning());
        QCOMPARE(c.questions.size(), 1);   // asked once

        // With that pin, another check of the same endpoint connects without asking.
        Check again;
        QVERIFY(again.start(c.check.endpoint()));
        QCOMPARE(again.outcomes, QList<Outcome>{Outcome::Connected});
        QVERIFY(again.questions.isEmpty());
        QVERIFY(again.pins.isEmpty());
    }

    void refusedCertificateIsNotPinned()
    {
        Check c;
        QVERIFY(c.start(unpinned(m_cluster->bridge(1))));
        QCOMPARE(c.questions.size(), 1);

        c.check.refuse();
        QCOMPARE(c.outcomes, QList<Outcome>{Outcome::NotTrusted});
        QCOMPARE(c.errors.first().kind, CmsError::Kind::UntrustedCertificate);
        QVERIFY(!c.statuses.first().isValid());
        QVERIFY(c.pins.isEmpty());
        QVERIFY(c.check.endpoint().pinnedSha256.isEmpty());
        QVERIFY(!c.check.isRunning());

        // A late answer changes nothing: the question was closed.
        c.check.trust();
        c.check.refuse();
        QVERIFY(c.pins.isEmpty());
        QVERIFY(c.check.endpoint().pinnedSha256.isEmpty());
        QCOMPARE(c.outcomes.size(), 1);
        QVERIFY(!c.check.isRunning());
    }

    void otherCertificateOnPinnedEndpointIsRefused()
    {
        // Bridge 0 pinned with bridge 1's certificate: it shows another one than the one pinned.
        Endpoint endpoint = pinnedEndpoint(m_cluster->bridge(0));
        endpoint.pinnedSha256 = pinnedEndpoint(m_cluster->bridge(1)).pinnedSha256;
        Check c;
        QVERIFY(c.start(endpoint));
        QCOMPARE(c.outcomes, QList<Outcome>{Outcome::CertificateChanged});
        QCOMPARE(c.errors.first().kind, CmsError::Kind::CertificateChanged);
        QCOMPARE(c.errors.first().certificate, m_cluster->bridge(0).certificate().certificate);
        QVERIFY(c.questions.isEmpty());   // never asked: only the pinned certificate is accepted
        QVERIFY(c.pins.isEmpty());
        QCOMPARE(c.check.endpoint().pinnedSha256, endpoint.pinnedSha256);
    }

    void replacedCertificateIsRefused()
    {
        // A bridge of its own, trusted on first use, that comes back at the same address with a new
        // certificate (what someone intercepting the connection would show).
        cmssim::ClusterOptions options;
        options.bridgeCount = 1;
        const std::unique_ptr<cmssim::SimCluster> cluster = startTestCluster(options);
        cmssim::SimBridge &bridge = cluster->bridge(0);
        Check c;
        QVERIFY(c.start(unpinned(bridge)));
        c.check.trust();
        QTRY_COMPARE_WITH_TIMEOUT(c.outcomes.size(), 1, 15000);
        QCOMPARE(c.outcomes.first(), Outcome::Connected);
        const Endpoint trusted = c.check.endpoint();

        const quint16 port = bridge.port();
        bridge.goDown();
        const cmssim::SimCertificate replacement =
            cmssim::SimCertificate::generate(QStringLiteral("localhost"), 424242);
        QString error;
        QVERIFY2(bridge.listen(QHostAddress::LocalHost, port, &replacement, &error), qPrintable(error));
        QVERIFY(pinOf(replacement) != trusted.pinnedSha256);

        QVERIFY(c.start(trusted));
        QCOMPARE(c.outcomes.size(), 2);
        QCOMPARE(c.outcomes.last(), Outcome::CertificateChanged);
        QCOMPARE(c.errors.last().certificate, replacement.certificate);
        QCOMPARE(c.questions.size(), 1);   // only the first contact was asked about
        QCOMPARE(c.check.endpoint().pinnedSha256, trusted.pinnedSha256);
    }

    void wrongPasswordAfterTrustKeepsThePin()
    {
        // The certificate is settled before the credentials: a refused password is a failure of its
        // own, and the pin just trusted stays with the endpoint.
        cmssim::SimBridge &bridge = m_cluster->bridge(1);
        Check c;
        QVERIFY(c.start(unpinned(bridge, QStringLiteral("not the password"))));
        c.check.trust();
        QTRY_COMPARE_WITH_TIMEOUT(c.outcomes.size(), 1, 15000);
        QCOMPARE(c.outcomes.first(), Outcome::Failed);
        QCOMPARE(c.errors.first().kind, CmsError::Kind::Authentication);
        QCOMPARE(c.check.endpoint().pinnedSha256, pinnedEndpoint(bridge).pinnedSha256);
    }

    void cancelWhileAsking()
    {
        Check c;
        QVERIFY(c.start(unpinned(m_cluster->bridge(0))));
        QVERIFY(c.check.isWaitingForTrust());

        c.check.cancel();
        QCOMPARE(c.outcomes, QList<Outcome>{Outcome::Cancelled});
        QCOMPARE(c.errors.first().kind, CmsError::Kind::Cancelled);
        QVERIFY(!c.check.isRunning());
        c.check.trust();   // the answer comes too late: nothing pinned, nothing probed
        QVERIFY(c.pins.isEmpty());
        QVERIFY(c.check.endpoint().pinnedSha256.isEmpty());
        QVERIFY(!c.check.isRunning());
        c.check.cancel();   // nothing running: nothing more
        QCOMPARE(c.outcomes.size(), 1);
    }

    void cancelWhileProbingFinishesOnce()
    {
        m_cluster->setLatency(0, 1500);
        Check c;
        c.check.start(pinnedEndpoint(m_cluster->bridge(0)));
        QTest::qWait(100);   // let the request reach the server
        c.check.cancel();
        QCOMPARE(c.outcomes, QList<Outcome>{Outcome::Cancelled});
        QVERIFY(!c.check.isRunning());
        QTest::qWait(1800);   // past the cancelled request's answer
        QCOMPARE(c.outcomes.size(), 1);
    }

    void restartWhileAskingEndsTheFirstCheck()
    {
        Check c;
        QVERIFY(c.start(unpinned(m_cluster->bridge(0))));
        QVERIFY(c.check.isWaitingForTrust());

        // Another check starts: the open question ends Cancelled, and the new check has its own outcome.
        c.check.start(pinnedEndpoint(m_cluster->bridge(1)));
        QCOMPARE(c.outcomes, QList<Outcome>{Outcome::Cancelled});
        QVERIFY(!c.check.isWaitingForTrust());
        QTRY_COMPARE_WITH_TIMEOUT(c.outcomes.size(), 2, 15000);
        QCOMPARE(c.outcomes.last(), Outcome::Connected);
        QCOMPARE(c.questions.size(), 1);
        QVERIFY(c.pins.isEmpty());
    }

    void bridgeDownFails()
    {
        cmssim::SimBridge &bridge = m_cluster->bridge(2);
        bridge.goDown();
        Check c;
        const bool heard = c.start(unpinned(bridge));
        QVERIFY(bridge.comeUp());
        QVERIFY(heard);
        QCOMPARE(c.outcomes, QList<Outcome>{Outcome::Failed});
        QCOMPARE(c.errors.first().kind, CmsError::Kind::Network);
        QVERIFY(c.questions.isEmpty());
    }

private:
    std::unique_ptr<cmssim::SimCluster> m_cluster;
};

QTEST_MAIN(TestBridgeCheck)
#include "tst_bridgecheck.moc"
