// A saved cluster while the console runs, against the simulator: passwords from the credential
// store, health checks with each bridge's status, failover and failback, certificate warnings,
// discovery, live state, the activity log, and closing or reopening at any moment.
#include "diagnostics/activitylog.h"
#include "diagnostics/apitrace.h"
#include "cluster/clustersession.h"
#include "cluster/sessionservices.h"
#include "net/connection.h"
#include "net/healthmonitor.h"
#include "live/livecluster.h"
#include "credentials/memorycredentialstore.h"
#include "simbridge.h"
#include "simcluster.h"
#include "simtestclient.h"
#include "net/transport.h"

#include <QtTest>

#include <memory>

using namespace cms;

namespace {

constexpr int kCheckMs = 250;   // health checks in these tests

QByteArray pinOf(cmssim::SimBridge &bridge)
{
    return Endpoint::normalizeFingerprint(bridge.certificate().fingerprint());
}

// The first `bridges` bridges of the simulated cluster, pinned, all with the primary's password.
ClusterProfile profileOf(cmssim::SimCluster &cluster, int bridges)
{
    ClusterProfile p = ClusterProfile::create(QStringLiteral("Simulated"), cluster.bridge(0).baseUrl(), kTestUser);
    p.endpoints[0].pinnedSha256 = pinOf(cluster.bridge(0));
    p.endpoints[0].name = cluster.bridge(0).name();
    for (int i = 1; i < bridges; ++i) {
        EndpointProfile e;
        e.address = cluster.bridge(i).baseUrl();
        e.name = cluster.bridge(i).name();
        e.pinnedSha256 = pinOf(cluster.bridge(i));
        p.endpoints.append(e);
    }
    return p;
}

bool storePassword(CredentialStore &store, const CredentialKey &key, const QString &password)
{
    bool ok = false;
    bool done = false;
    CredentialJob *job = store.writePassword(key, password);
    QObject::connect(job, &CredentialJob::finished, job, [&](const CredentialResult &r) {
        ok = r.ok();
        done = true;
    });
    return QTest::qWaitFor([&] { return done; }, 5000) && ok;
}

bool logHas(const ActivityLog &log, ActivityEntry::Severity severity, const QString &part)
{
    for (const ActivityEntry &e : log.entries()) {
        if (e.severity == severity && e.message.contains(part) && e.cluster == QStringLiteral("Simulated"))
            return true;
    }
    return false;
}

} // namespace

class TestClusterSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        cmssim::ClusterOptions options;
        options.bridgeCount = 3;
        m_cluster = startTestCluster(options);
    }

    void init()
    {
        for (int i = 0; i < 3; ++i) {
            m_cluster->setDown(i, false);
            m_cluster->setLatency(i, 0);
        }
        m_store = std::make_unique<MemoryCredentialStore>();
        m_log = std::make_unique<ActivityLog>();
    }

    void cleanup()
    {
        m_session.reset();
        m_store.reset();
    }

    void opensWithStoredPasswords()
    {
        const ClusterProfile profile = profileOf(*m_cluster, 3);
        QVERIFY(storePassword(*m_store, profile.credentialKey(0), kTestPassword));
        makeSession(profile, &m_trace);
        QSignalSpy states(m_session.get(), &ClusterSession::stateChanged);
        QSignalSpy discovered(m_session.get(), &ClusterSession::discoveryFinished);

        QCOMPARE(m_session->state(), ClusterSession::State::Closed);
        QVERIFY(!m_session->connection());
        QCOMPARE(m_session->activeEndpoint(), -1);
        QCOMPARE(m_session->endpointState(0), EndpointState::Down);
        QCOMPARE(m_session->liveMode(0), BridgeMode::Connecting);

        m_session->open();
        QCOMPARE(m_session->state(), ClusterSession::State::Opening);   // the keychain answers later
        QTRY_COMPARE_WITH_TIMEOUT(m_session->state(), ClusterSession::State::Open, 5000);
        QCOMPARE(states.count(), 2);
        QVERIFY(m_session->errorMessage().isEmpty());

        Connection *c = m_session->connection();
        QVERIFY(c);
        QVERIFY(m_session->live());
        // The services hand out the live state the session follows, not a second one.
        QVERIFY(m_session->services());
        QCOMPARE(&m_session->services()->liveCluster(), m_session->live());
        QCOMPARE(c->endpointCount(), 3);
        QCOMPARE(c->keychainReference(2), profile.credentialKey(0).toKeychainKey());
        QCOMPARE(c->endpoints().at(2).password, kTestPassword);
        QCOMPARE(c->healthMonitor().intervalMs(), kCheckMs);
        QCOMPARE(m_session->activeEndpoint(), 0);

        for (int i = 0; i < 3; ++i) {
            QTRY_VERIFY_WITH_TIMEOUT(m_session->status(i).isValid(), 5000);
            QCOMPARE(m_session->status(i).softwareVersion, m_cluster->options().version.text);
            QVERIFY(m_session->lastError(i).isOk());
            QCOMPARE(m_session->endpointState(i), EndpointState::Healthy);
            QTRY_VERIFY_WITH_TIMEOUT(m_session->liveMode(i) == BridgeMode::Events, 10000);
        }

        QTRY_COMPARE_WITH_TIMEOUT(discovered.count(), 1, 10000);
        QCOMPARE(m_session->discoveredBridges().size(), 3);
        QVERIFY(m_session->discoveryProposals().isEmpty());   // all three are in the profile

        QVERIFY(logHas(*m_log, ActivityEntry::Severity::Info, QStringLiteral("Connected")));
        QVERIFY(logHas(*m_log, ActivityEntry::Severity::Info, QStringLiteral("found 3 call bridge")));
        QVERIFY(!m_trace.entries().isEmpty());
        for (const ActivityEntry &e : m_log->entries())
            QVERIFY(!e.message.contains(kTestPassword));

        m_session->close();
        QCOMPARE(m_session->state(), ClusterSession::State::Closed);
        QVERIFY(!m_session->connection());
        QVERIFY(!m_session->status(0).isValid());
        QCOMPARE(m_session->discoveredBridges().size(), 3);   // still known after closing
    }

    void discoveryProposesTheOtherBridges()
    {
        const ClusterProfile profile = profileOf(*m_cluster, 1);
        QVERIFY(storePassword(*m_store, profile.credentialKey(0), kTestPassword));
        makeSession(profile);
        QSignalSpy discovered(m_session.get(), &ClusterSession::discoveryFinished);
        m_session->open();
        QTRY_COMPARE_WITH_TIMEOUT(discovered.count(), 1, 10000);
        const QList<DiscoveredBridge> proposals = m_session->discoveryProposals();
        QCOMPARE(proposals.size(), 2);
        QCOMPARE(Connection::addressKey(proposals.at(0).address), Connection::addressKey(m_cluster->bridge(1).baseUrl()));
        QCOMPARE(Connection::addressKey(proposals.at(1).address), Connection::addressKey(m_cluster->bridge(2).baseUrl()));

        // Once one of them is in the profile, it is no longer proposed.
        ClusterProfile more = profile;
        EndpointProfile e;
        e.address = proposals.at(0).address;
        e.pinnedSha256 = pinOf(m_cluster->bridge(1));
        more.endpoints.append(e);
        m_session->setProfile(more);
        QCOMPARE(m_session->discoveryProposals().size(), 1);

        // refresh() discovers again.
        QTRY_COMPARE_WITH_TIMEOUT(m_session->state(), ClusterSession::State::Open, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(discovered.count(), 2, 10000);
        m_session->refresh();
        QTRY_COMPARE_WITH_TIMEOUT(discovered.count(), 3, 10000);
    }

    void failoverAndFailback()
    {
        ClusterProfile profile = profileOf(*m_cluster, 3);
        profile.failback = FailbackPolicy::ReturnToPrimary;
        profile.failbackDelaySeconds = 0;
        QVERIFY(storePassword(*m_store, profile.credentialKey(0), kTestPassword));
        makeSession(profile);
        QSignalSpy active(m_session.get(), &ClusterSession::activeEndpointChanged);
        QSignalSpy endpointStates(m_session.get(), &ClusterSession::endpointStateChanged);
        m_session->open();
        QTRY_VERIFY_WITH_TIMEOUT(m_session->status(0).isValid(), 5000);
        QCOMPARE(m_session->connection()->failbackPolicy(), FailbackPolicy::ReturnToPrimary);

        m_cluster->setDown(0, true);
        QTRY_COMPARE_WITH_TIMEOUT(m_session->endpointState(0), EndpointState::Down, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(!active.isEmpty(), 5000);
        QCOMPARE(active.first().at(1).toInt(), 0);
        QVERIFY(m_session->activeEndpoint() != 0);
        QVERIFY(!endpointStates.isEmpty());
        QCOMPARE(endpointStates.last().at(0).toInt(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(m_session->lastError(0).kind, CmsError::Kind::Network, 5000);
        const QString primary = Connection::addressKey(m_cluster->bridge(0).baseUrl());
        QVERIFY(logHas(*m_log, ActivityEntry::Severity::Warning, QStringLiteral("does not answer")));
        QVERIFY(logHas(*m_log, ActivityEntry::Severity::Warning, QStringLiteral("moved from")));
        QVERIFY(logHas(*m_log, ActivityEntry::Severity::Warning, primary));

        m_cluster->setDown(0, false);
        QTRY_COMPARE_WITH_TIMEOUT(m_session->activeEndpoint(), 0, 10000);
        QCOMPARE(m_session->endpointState(0), EndpointState::Healthy);
        QVERIFY(logHas(*m_log, ActivityEntry::Severity::Info, QStringLiteral("answers again")));
        QVERIFY(logHas(*m_log, ActivityEntry::Severity::Info, QStringLiteral("returned")));
    }

    void wrongPinIsReportedOnce()
    {
        ClusterProfile profile = profileOf(*m_cluster, 3);
        profile.endpoints[1].pinnedSha256 = pinOf(m_cluster->bridge(2));   // not what bridge 1 shows
        QVERIFY(storePassword(*m_store, profile.credentialKey(0), kTestPassword));
        makeSession(profile);
        QSignalSpy problems(m_session.get(), &ClusterSession::certificateProblem);
        int checksOfBridge1 = 0;
        connect(m_session.get(), &ClusterSession::statusUpdated, this, [&](int i) { checksOfBridge1 += i == 1; });
        m_session->open();
        QTRY_COMPARE_WITH_TIMEOUT(problems.count(), 1, 5000);
        QCOMPARE(problems.first().at(0).toInt(), 1);
        const auto error = problems.first().at(1).value<CmsError>();
        QCOMPARE(error.kind, CmsError::Kind::CertificateChanged);
        QCOMPARE(Transport::sha256Hex(error.certificate), pinOf(m_cluster->bridge(1)));
        QCOMPARE(m_session->lastError(1).kind, CmsError::Kind::CertificateChanged);
        QVERIFY(!m_session->status(1).isValid());
        QTRY_VERIFY_WITH_TIMEOUT(m_session->status(0).isValid(), 5000);
        QVERIFY(!logHas(*m_log, ActivityEntry::Severity::Warning, QStringLiteral("does not answer")));

        // Later checks meet the same certificate: no new warning.
        QTRY_VERIFY_WITH_TIMEOUT(checksOfBridge1 >= 4, 10000);
        QCOMPARE(problems.count(), 1);
        int warnings = 0;
        for (const ActivityEntry &e : m_log->entries())
            warnings += e.message.contains(QStringLiteral("showed a different certificate")) ? 1 : 0;
        QCOMPARE(warnings, 1);
    }

    void untrustedCertificateIsReported()
    {
        ClusterProfile profile = profileOf(*m_cluster, 2);
        profile.endpoints[1].pinnedSha256.clear();   // system trust: the simulator's certificate is self-signed
        QVERIFY(storePassword(*m_store, profile.credentialKey(0), kTestPassword));
        makeSession(profile);
        QSignalSpy problems(m_session.get(), &ClusterSession::certificateProblem);
        m_session->open();
        QTRY_COMPARE_WITH_TIMEOUT(problems.count(), 1, 5000);
        QCOMPARE(problems.first().at(1).value<CmsError>().kind, CmsError::Kind::UntrustedCertificate);
        QVERIFY(!problems.first().at(1).value<CmsError>().certificate.isNull());
    }

    void failsWithoutAPassword()
    {
        makeSession(profileOf(*m_cluster, 3));
        m_session->open();
        QTRY_COMPARE_WITH_TIMEOUT(m_session->state(), ClusterSession::State::Failed, 5000);
        QVERIFY(!m_session->errorMessage().isEmpty());
        QVERIFY(m_session->errorMessage().contains(kTestUser));
        QVERIFY(!m_session->connection());
        QVERIFY(logHas(*m_log, ActivityEntry::Severity::Error, m_session->errorMessage()));

        // Once the password is there, opening again works.
        QVERIFY(storePassword(*m_store, m_session->profile().credentialKey(0), kTestPassword));
        m_session->open();
        QTRY_COMPARE_WITH_TIMEOUT(m_session->state(), ClusterSession::State::Open, 5000);
        QVERIFY(m_session->errorMessage().isEmpty());
    }

    void failsWhenTheKeychainRefuses()
    {
        const ClusterProfile profile = profileOf(*m_cluster, 1);
        QVERIFY(storePassword(*m_store, profile.credentialKey(0), kTestPassword));
        m_store->setFailure(CredentialResult::Error::AccessDenied);
        makeSession(profile);
        m_session->open();
        QTRY_COMPARE_WITH_TIMEOUT(m_session->state(), ClusterSession::State::Failed, 5000);
        CredentialResult refused;
        refused.error = CredentialResult::Error::AccessDenied;
        QCOMPARE(m_session->errorMessage(), refused.message());
    }

    void ownCredentialsAreReadToo()
    {
        ClusterProfile profile = profileOf(*m_cluster, 2);
        profile.endpoints[1].credentials = CredentialMode::Own;
        profile.endpoints[1].user = kTestUser;
        QVERIFY(storePassword(*m_store, profile.credentialKey(0), kTestPassword));
        makeSession(profile);
        m_session->open();
        // The second key is missing: the session cannot open.
        QTRY_COMPARE_WITH_TIMEOUT(m_session->state(), ClusterSession::State::Failed, 5000);
        QVERIFY(m_session->errorMessage().contains(Connection::addressKey(m_cluster->bridge(1).baseUrl())));

        QVERIFY(storePassword(*m_store, profile.credentialKey(1), kTestPassword));
        m_session->open();
        QTRY_COMPARE_WITH_TIMEOUT(m_session->state(), ClusterSession::State::Open, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(m_session->status(1).isValid(), 5000);
    }

    void closeIgnoresLateCredentialReads()
    {
        const ClusterProfile profile = profileOf(*m_cluster, 1);
        QVERIFY(storePassword(*m_store, profile.credentialKey(0), kTestPassword));
        makeSession(profile);
        m_session->open();
        m_session->close();   // before the keychain answered
        QCOMPARE(m_session->state(), ClusterSession::State::Closed);
        QTest::qWait(200);    // the read finishes now and must be ignored
        QCOMPARE(m_session->state(), ClusterSession::State::Closed);
        QVERIFY(!m_session->connection());

        // open, close, open: only the last open counts.
        QSignalSpy states(m_session.get(), &ClusterSession::stateChanged);
        m_session->open();
        m_session->close();
        m_session->open();
        QTRY_COMPARE_WITH_TIMEOUT(m_session->state(), ClusterSession::State::Open, 5000);
        QTest::qWait(200);
        QCOMPARE(states.count(), 4);   // Opening, Closed, Opening, Open
    }

    void setProfileWhileOpenReopens()
    {
        const ClusterProfile profile = profileOf(*m_cluster, 1);
        QVERIFY(storePassword(*m_store, profile.credentialKey(0), kTestPassword));
        makeSession(profile);
        m_session->open();
        QTRY_COMPARE_WITH_TIMEOUT(m_session->state(), ClusterSession::State::Open, 5000);
        QSignalSpy states(m_session.get(), &ClusterSession::stateChanged);
        QSignalSpy changed(m_session.get(), &ClusterSession::profileChanged);

        ClusterProfile renamed = profileOf(*m_cluster, 3);
        renamed.id = profile.id;
        renamed.name = QStringLiteral("Simulated");
        m_session->setProfile(renamed);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(m_session->endpointCount(), 3);
        QTRY_COMPARE_WITH_TIMEOUT(m_session->state(), ClusterSession::State::Open, 5000);
        QCOMPARE(states.count(), 3);   // Closed, Opening, Open
        QCOMPARE(m_session->connection()->endpointCount(), 3);
        QTRY_VERIFY_WITH_TIMEOUT(m_session->status(2).isValid(), 5000);

        // A closed session only takes the new profile.
        m_session->close();
        m_session->setProfile(profile);
        QCOMPARE(m_session->state(), ClusterSession::State::Closed);
        QCOMPARE(m_session->endpointCount(), 1);
    }

    void closeFromInsideASignal()
    {
        const ClusterProfile profile = profileOf(*m_cluster, 3);
        QVERIFY(storePassword(*m_store, profile.credentialKey(0), kTestPassword));
        makeSession(profile);
        connect(m_session.get(), &ClusterSession::statusUpdated, m_session.get(), [this] { m_session->close(); });
        m_session->open();
        QTRY_COMPARE_WITH_TIMEOUT(m_session->state(), ClusterSession::State::Closed, 5000);
        QTest::qWait(100);   // the retired connection is deleted now
        QCOMPARE(m_session->state(), ClusterSession::State::Closed);
    }

private:
    void makeSession(const ClusterProfile &profile, ApiTrace *trace = nullptr)
    {
        m_session = std::make_unique<ClusterSession>(profile, *m_store, trace, m_log.get());
        m_session->setHealthCheckIntervalMsForTesting(kCheckMs);
    }

    std::unique_ptr<cmssim::SimCluster> m_cluster;
    std::unique_ptr<MemoryCredentialStore> m_store;
    std::unique_ptr<ActivityLog> m_log;
    std::unique_ptr<ClusterSession> m_session;
    ApiTrace m_trace;   // outlives every session and the connections they retire
};

QTEST_MAIN(TestClusterSession)
#include "tst_clustersession.moc"
