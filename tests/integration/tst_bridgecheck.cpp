// The probe → trust → pin controller both cluster dialogs use, against the simulator's self-signed
// bridges over real HTTPS, with no widget: the trust question is answered by the test.
#include "cluster/bridgecheck.h"
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

Endpoint endpointOf(cmssim::SimBridge &bridge, const QByteArray &pin = {}, const QString &password = kTestPassword)
{
    Endpoint e;
    e.baseUrl = bridge.baseUrl();
    e.user = kTestUser;
    e.password = password;
    e.pinnedSha256 = pin;
    return e;
}

QByteArray pinOf(const cmssim::SimCertificate &certificate)
{
    return Endpoint::normalizeFingerprint(certificate.fingerprint());
}

// Everything one check says, in order.
struct Heard
{
    QList<CmsError> questions;            // trustRequested()
    QList<QByteArray> pins;               // pinned()
    QList<Outcome> outcomes;              // finished()
    QList<CmsError> errors;
    QList<SystemStatus> statuses;

    explicit Heard(BridgeCheck &check)
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
    // Waits until the check asks or finishes.
    bool waitForQuestionOrOutcome()
    {
        return QTest::qWaitFor([&] { return !questions.isEmpty() || !outcomes.isEmpty(); }, 15000);
    }
};

} // namespace

class TestBridgeCheck : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        cmssim::ClusterOptions options;
        options.bridgeCount = 2;
        m_cluster = startTestCluster(options);
    }

    void init() { m_cluster->setLatency(0, 0); }

    void trustedCertificateIsPinnedAndConnects()
    {
        cmssim::SimBridge &bridge = m_cluster->bridge(0);
        BridgeCheck check;
        Heard heard(check);
        check.start(endpointOf(bridge));
        QVERIFY(check.isRunning());

        // First contact with a self-signed certificate: asked, with the certificate, nothing pinned yet.
        QVERIFY(heard.waitForQuestionOrOutcome());
        QCOMPARE(heard.outcomes.size(), 0);
        QCOMPARE(heard.questions.size(), 1);
        QCOMPARE(heard.questions.first().kind, CmsError::Kind::UntrustedCertificate);
        QCOMPARE(heard.questions.first().certificate, bridge.certificate().certificate);
        QVERIFY(check.isRunning());
        QVERIFY(check.isWaitingForTrust());
        QVERIFY(check.endpoint().pinnedSha256.isEmpty());

        // Trusted: that certificate is pinned for this endpoint, and the bridge is probed again with it.
        const qint64 servedBefore = bridge.apiRequestsServed;
        check.trust();
        QCOMPARE(heard.pins, QList<QByteArray>{pinOf(bridge.certificate())});
        QCOMPARE(check.endpoint().pinnedSha256, pinOf(bridge.certificate()));
        QVERIFY(!check.isWaitingForTrust());
        QTRY_COMPARE_WITH_TIMEOUT(heard.outcomes.size(), 1, 15000);
        QCOMPARE(heard.outcomes.first(), Outcome::Connected);
        QVERIFY2(heard.errors.first().isOk(), qPrintable(heard.errors.first().detail));
        QVERIFY(heard.statuses.first().isValid());
        QCOMPARE(heard.statuses.first().softwareVersion, m_cluster->options().version.text);
        QCOMPARE(bridge.apiRequestsServed, servedBefore + 1);
        QVERIFY(!check.isRunning());
        QCOMPARE(heard.questions.size(), 1);   // asked once

        // The pin is what another check of the same endpoint connects with, without asking.
        BridgeCheck again;
        Heard heardAgain(again);
        again.start(check.endpoint());
        QVERIFY(heardAgain.waitForQuestionOrOutcome());
        QCOMPARE(heardAgain.outcomes, QList<Outcome>{Outcome::Connected});
        QCOMPARE(heardAgain.questions.size(), 0);
        QCOMPARE(heardAgain.pins.size(), 0);
    }

    void refusedCertificateIsNotPinned()
    {
        BridgeCheck check;
        Heard heard(check);
        check.start(endpointOf(m_cluster->bridge(1)));
        QVERIFY(heard.waitForQuestionOrOutcome());
        QCOMPARE(heard.questions.size(), 1);

        check.refuse();
        QCOMPARE(heard.outcomes, QList<Outcome>{Outcome::NotTrusted});
        QCOMPARE(heard.errors.first().kind, CmsError::Kind::UntrustedCertificate);
        QVERIFY(!heard.statuses.first().isValid());
        QVERIFY(heard.pins.isEmpty());
        QVERIFY(check.endpoint().pinnedSha256.isEmpty());
        QVERIFY(!check.isRunning());

        // A late "trust" changes nothing: the question was closed.
        check.trust();
        check.refuse();
        QVERIFY(heard.pins.isEmpty());
        QVERIFY(check.endpoint().pinnedSha256.isEmpty());
        QCOMPARE(heard.outcomes.size(), 1);
        QVERIFY(!check.isRunning());
    }

    void otherCertificateOnPinnedEndpointIsRefused()
    {
        // Bridge 0 pinned with bridge 1's certificate: it shows another one than the one pinned.
        const QByteArray pin = pinOf(m_cluster->bridge(1).certificate());
        BridgeCheck check;
        Heard heard(check);
        check.start(endpointOf(m_cluster->bridge(0), pin));
        QVERIFY(heard.waitForQuestionOrOutcome());
        QCOMPARE(heard.outcomes, QList<Outcome>{Outcome::CertificateChanged});
        QCOMPARE(heard.errors.first().kind, CmsError::Kind::CertificateChanged);
        QCOMPARE(heard.errors.first().certificate, m_cluster->bridge(0).certificate().certificate);
        QVERIFY(heard.questions.isEmpty());   // never asked: only the pinned certificate is accepted
        QVERIFY(heard.pins.isEmpty());
        QCOMPARE(check.endpoint().pinnedSha256, pin);
    }

    void replacedCertificateIsRefused()
    {
        // A bridge of its own, trusted on first use, that comes back at the same address with a new
        // certificate (what someone intercepting the connection would show).
        cmssim::ClusterOptions options;
        options.bridgeCount = 1;
        const std::unique_ptr<cmssim::SimCluster> cluster = startTestCluster(options);
        cmssim::SimBridge &bridge = cluster->bridge(0);
        BridgeCheck check;
        Heard heard(check);
        check.start(endpointOf(bridge));
        QVERIFY(heard.waitForQuestionOrOutcome());
        check.trust();
        QTRY_COMPARE_WITH_TIMEOUT(heard.outcomes.size(), 1, 15000);
        QCOMPARE(heard.outcomes.first(), Outcome::Connected);
        const Endpoint pinned = check.endpoint();
        const QByteArray firstPin = pinned.pinnedSha256;

        const quint16 port = bridge.port();
        bridge.goDown();
        const cmssim::SimCertificate replacement =
            cmssim::SimCertificate::generate(QStringLiteral("localhost"), 424242);
        QString error;
        QVERIFY2(bridge.listen(QHostAddress::LocalHost, port, &replacement, &error), qPrintable(error));
        QVERIFY(pinOf(replacement) != firstPin);

        check.start(pinned);
        QTRY_COMPARE_WITH_TIMEOUT(heard.outcomes.size(), 2, 15000);
        QCOMPARE(heard.outcomes.last(), Outcome::CertificateChanged);
        QCOMPARE(heard.errors.last().certificate, replacement.certificate);
        QCOMPARE(heard.questions.size(), 1);   // only the first contact was asked about
        QCOMPARE(check.endpoint().pinnedSha256, firstPin);
    }

    void wrongPasswordAfterTrustKeepsThePin()
    {
        // The certificate is settled before the credentials: a refusal of the password is a failure
        // of its own, and the pin just trusted stays with the endpoint.
        cmssim::SimBridge &bridge = m_cluster->bridge(1);
        BridgeCheck check;
        Heard heard(check);
        check.start(endpointOf(bridge, {}, QStringLiteral("not the password")));
        QVERIFY(heard.waitForQuestionOrOutcome());
        check.trust();
        QTRY_COMPARE_WITH_TIMEOUT(heard.outcomes.size(), 1, 15000);
        QCOMPARE(heard.outcomes.first(), Outcome::Failed);
        QCOMPARE(heard.errors.first().kind, CmsError::Kind::Authentication);
        QCOMPARE(check.endpoint().pinnedSha256, pinOf(bridge.certificate()));
    }

    void cancelWhileAsking()
    {
        BridgeCheck check;
        Heard heard(check);
        check.start(endpointOf(m_cluster->bridge(0)));
        QVERIFY(heard.waitForQuestionOrOutcome());
        QVERIFY(check.isWaitingForTrust());

        check.cancel();
        QCOMPARE(heard.outcomes, QList<Outcome>{Outcome::Cancelled});
        QCOMPARE(heard.errors.first().kind, CmsError::Kind::Cancelled);
        QVERIFY(!check.isRunning());
        check.trust();   // the answer comes too late: nothing pinned, nothing probed
        QVERIFY(heard.pins.isEmpty());
        QVERIFY(check.endpoint().pinnedSha256.isEmpty());
        QVERIFY(!check.isRunning());
        check.cancel();   // nothing running: nothing more
        QCOMPARE(heard.outcomes.size(), 1);
    }

    void cancelWhileProbingFinishesOnce()
    {
        m_cluster->setLatency(0, 1500);
        BridgeCheck check;
        Heard heard(check);
        check.start(endpointOf(m_cluster->bridge(0), pinOf(m_cluster->bridge(0).certificate())));
        QTest::qWait(100);   // let the request reach the server
        check.cancel();
        QCOMPARE(heard.outcomes, QList<Outcome>{Outcome::Cancelled});
        QVERIFY(!check.isRunning());
        QTest::qWait(1800);   // past the cancelled request's answer
        QCOMPARE(heard.outcomes.size(), 1);
    }

    void restartWhileAskingEndsTheFirstCheck()
    {
        BridgeCheck check;
        Heard heard(check);
        check.start(endpointOf(m_cluster->bridge(0)));
        QVERIFY(heard.waitForQuestionOrOutcome());
        QVERIFY(check.isWaitingForTrust());

        // Another check starts: the open question ends Cancelled, and the new check has its own outcome.
        check.start(endpointOf(m_cluster->bridge(1), pinOf(m_cluster->bridge(1).certificate())));
        QCOMPARE(heard.outcomes, QList<Outcome>{Outcome::Cancelled});
        QVERIFY(!check.isWaitingForTrust());
        QTRY_COMPARE_WITH_TIMEOUT(heard.outcomes.size(), 2, 15000);
        QCOMPARE(heard.outcomes.last(), Outcome::Connected);
        QCOMPARE(heard.questions.size(), 1);
        QVERIFY(heard.pins.isEmpty());
    }

    void bridgeDownFails()
    {
        cmssim::ClusterOptions options;
        options.bridgeCount = 1;
        const std::unique_ptr<cmssim::SimCluster> cluster = startTestCluster(options);
        const Endpoint endpoint = endpointOf(cluster->bridge(0));
        cluster->bridge(0).goDown();
        BridgeCheck check;
        Heard heard(check);
        check.start(endpoint);
        QVERIFY(heard.waitForQuestionOrOutcome());
        QCOMPARE(heard.outcomes, QList<Outcome>{Outcome::Failed});
        QCOMPARE(heard.errors.first().kind, CmsError::Kind::Network);
        QVERIFY(heard.questions.isEmpty());
    }

private:
    std::unique_ptr<cmssim::SimCluster> m_cluster;
};

QTEST_MAIN(TestBridgeCheck)
#include "tst_bridgecheck.moc"
