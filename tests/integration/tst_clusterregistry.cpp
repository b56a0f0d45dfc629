// The clusters the console knows, against the simulator: saving writes the passwords first, then
// the profile, then opens the session; a password that cannot be stored undoes the save;
// removing takes the settings and every keychain entry away.
#include "diagnostics/activitylog.h"
#include "cluster/clusterprofilestore.h"
#include "cluster/clusterregistry.h"
#include "cluster/clustersession.h"
#include "credentials/memorycredentialstore.h"
#include "simbridge.h"
#include "simcluster.h"
#include "simtestclient.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace cms;

namespace {

QByteArray pinOf(cmssim::SimBridge &bridge)
{
    return Endpoint::normalizeFingerprint(bridge.certificate().fingerprint());
}

ClusterProfile profileOf(cmssim::SimCluster &cluster, int bridges)
{
    ClusterProfile p = ClusterProfile::create(QStringLiteral("Simulated"), cluster.bridge(0).baseUrl(), kTestUser);
    p.endpoints[0].pinnedSha256 = pinOf(cluster.bridge(0));
    for (int i = 1; i < bridges; ++i) {
        EndpointProfile e;
        e.address = cluster.bridge(i).baseUrl();
        e.pinnedSha256 = pinOf(cluster.bridge(i));
        p.endpoints.append(e);
    }
    return p;
}

// The memory store, refusing to keep any password of the user "refused".
class PickyStore : public MemoryCredentialStore
{
public:
    using MemoryCredentialStore::MemoryCredentialStore;

protected:
    void startWrite(CredentialJob *job, const QString &password) override
    {
        if (job->key().user == QLatin1String("refused"))
            complete(job, failure(CredentialResult::Error::Failed, QStringLiteral("test refusal")));
        else
            MemoryCredentialStore::startWrite(job, password);
    }
};

std::optional<QString> readPassword(CredentialStore &store, const CredentialKey &key)
{
    std::optional<QString> password;
    bool done = false;
    CredentialJob *job = store.readPassword(key);
    QObject::connect(job, &CredentialJob::finished, job, [&](const CredentialResult &r) {
        if (r.ok() && !r.notFound)
            password = r.password;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 5000))
        qWarning("read did not finish");
    return password;
}

// What saveFinished said.
struct SaveOutcome
{
    bool finished = false;
    QString clusterId;
    bool ok = false;
    QString message;
};

} // namespace

class TestClusterRegistry : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        cmssim::ClusterOptions options;
        options.bridgeCount = 3;
        m_cluster = startTestCluster(options);
        QVERIFY(m_dir.isValid());
    }

    void init()
    {
        m_settings = std::make_unique<QSettings>(
            m_dir.filePath(QStringLiteral("%1.ini").arg(QLatin1String(QTest::currentTestFunction()))), QSettings::IniFormat);
        m_profiles = std::make_unique<ClusterProfileStore>(*m_settings);
        m_store = std::make_unique<PickyStore>();
        m_registry = std::make_unique<ClusterRegistry>(m_profiles.get(), *m_store, nullptr, &m_log);
    }

    void cleanup()
    {
        m_registry.reset();
        m_store.reset();
        m_profiles.reset();
        m_settings.reset();
    }

    void saveOpensTheCluster()
    {
        const ClusterProfile profile = profileOf(*m_cluster, 3);
        QSignalSpy added(m_registry.get(), &ClusterRegistry::clusterAdded);
        const SaveOutcome out = save(profile, {{0, kTestPassword}});
        QVERIFY(out.ok);
        QCOMPARE(out.clusterId, profile.id);
        QVERIFY(out.message.isEmpty());
        QCOMPARE(added.count(), 1);
        QCOMPARE(added.first().at(0).toInt(), 0);
        QCOMPARE(m_registry->count(), 1);
        QCOMPARE(m_registry->indexOf(profile.id), 0);

        // Password in the store, profile in the settings, not the other way round.
        QCOMPARE(m_store->storedKeys(profile.id), QList<CredentialKey>{profile.credentialKey(0)});
        QCOMPARE(readPassword(*m_store, profile.credentialKey(0)), std::optional<QString>(kTestPassword));
        QCOMPARE(m_profiles->load(), QList<ClusterProfile>{profile});

        ClusterSession *session = m_registry->session(0);
        QVERIFY(session);
        QCOMPARE(m_registry->indexOf(session), 0);
        QCOMPARE(session->profile(), profile);
        QTRY_COMPARE_WITH_TIMEOUT(session->state(), ClusterSession::State::Open, 5000);
        for (int i = 0; i < 3; ++i) {
            QTRY_VERIFY_WITH_TIMEOUT(session->status(i).isValid(), 5000);
            QCOMPARE(session->status(i).softwareVersion, m_cluster->options().version.text);
        }

        QCOMPARE(m_registry->clusterUsingAddress(m_cluster->bridge(2).baseUrl()), QStringLiteral("Simulated"));
        QCOMPARE(m_registry->clusterUsingAddress(m_cluster->bridge(2).baseUrl(), profile.id), QString());
        QCOMPARE(m_registry->clusterUsingAddress(QUrl(QStringLiteral("https://elsewhere.example.com"))), QString());
    }

    void discoveryProposesAlternates()
    {
        const ClusterProfile profile = profileOf(*m_cluster, 1);
        QVERIFY(save(profile, {{0, kTestPassword}}).ok);
        ClusterSession *session = m_registry->session(0);
        QSignalSpy discovered(session, &ClusterSession::discoveryFinished);
        QTRY_COMPARE_WITH_TIMEOUT(discovered.count(), 1, 10000);
        QCOMPARE(session->discoveryProposals().size(), 2);

        // The user takes them: the profile grows, the session reopens with three bridges.
        ClusterProfile grown = profile;
        for (const DiscoveredBridge &b : session->discoveryProposals()) {
            EndpointProfile e;
            e.address = b.address;
            e.name = b.name;
            e.pinnedSha256 = pinOf(m_cluster->bridge(grown.endpoints.size()));
            grown.endpoints.append(e);
        }
        QSignalSpy updated(m_registry.get(), &ClusterRegistry::clusterUpdated);
        QVERIFY(save(grown, {}).ok);   // no password given: the stored one is kept
        QCOMPARE(updated.count(), 1);
        QCOMPARE(m_registry->count(), 1);
        QCOMPARE(m_registry->session(0), session);
        QCOMPARE(session->endpointCount(), 3);
        QVERIFY(session->discoveryProposals().isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(session->state(), ClusterSession::State::Open, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(session->status(2).isValid(), 5000);
        QCOMPARE(m_profiles->load(), QList<ClusterProfile>{grown});
    }

    void updateRemovesKeysNoLongerUsed()
    {
        ClusterProfile profile = profileOf(*m_cluster, 2);
        profile.endpoints[1].credentials = CredentialMode::Own;
        profile.endpoints[1].user = kTestUser;
        QVERIFY(save(profile, {{0, kTestPassword}, {1, kTestPassword}}).ok);
        QCOMPARE(m_store->storedKeys(profile.id).size(), 2);

        ClusterProfile shared = profile;
        shared.endpoints[1].credentials = CredentialMode::SameAsPrimary;
        QVERIFY(save(shared, {{1, QStringLiteral("ignored: this endpoint has no password of its own")}}).ok);
        QTRY_COMPARE_WITH_TIMEOUT(m_store->storedKeys(profile.id), QList<CredentialKey>{profile.credentialKey(0)}, 5000);
        QCOMPARE(readPassword(*m_store, profile.credentialKey(0)), std::optional<QString>(kTestPassword));
        QTRY_VERIFY_WITH_TIMEOUT(m_registry->session(0)->status(1).isValid(), 5000);
    }

    void failedWriteSavesNothing()
    {
        m_store->setFailure(CredentialResult::Error::AccessDenied);
        const ClusterProfile profile = profileOf(*m_cluster, 3);
        QSignalSpy added(m_registry.get(), &ClusterRegistry::clusterAdded);
        const SaveOutcome out = save(profile, {{0, kTestPassword}});
        QVERIFY(!out.ok);
        QCOMPARE(out.clusterId, profile.id);
        CredentialResult denied;
        denied.error = CredentialResult::Error::AccessDenied;
        QVERIFY2(out.message.contains(denied.message()), qPrintable(out.message));
        m_store->setFailure(CredentialResult::Error::None);
        QCOMPARE(added.count(), 0);
        QCOMPARE(m_registry->count(), 0);
        QVERIFY(m_store->storedKeys().isEmpty());
        QVERIFY(m_profiles->load().isEmpty());
    }

    void laterFailureRollsBackEarlierWrites()
    {
        ClusterProfile profile = profileOf(*m_cluster, 2);
        profile.endpoints[1].credentials = CredentialMode::Own;
        profile.endpoints[1].user = QStringLiteral("refused");
        const SaveOutcome out = save(profile, {{0, kTestPassword}, {1, QStringLiteral("whatever")}});
        QVERIFY(!out.ok);
        QVERIFY(out.message.contains(QStringLiteral("test refusal")));
        QVERIFY(m_store->storedKeys().isEmpty());   // the primary's password, written first, is gone
        QCOMPARE(m_registry->count(), 0);
        QVERIFY(m_profiles->load().isEmpty());
    }

    void failedUpdateKeepsWhatWasThere()
    {
        ClusterProfile profile = profileOf(*m_cluster, 2);
        QVERIFY(save(profile, {{0, kTestPassword}}).ok);

        ClusterProfile changed = profile;
        changed.name = QStringLiteral("Renamed");
        changed.endpoints[1].credentials = CredentialMode::Own;
        changed.endpoints[1].user = QStringLiteral("refused");
        QSignalSpy updated(m_registry.get(), &ClusterRegistry::clusterUpdated);
        QVERIFY(!save(changed, {{0, QStringLiteral("a new password")}, {1, QStringLiteral("x")}}).ok);
        QCOMPARE(updated.count(), 0);
        QCOMPARE(readPassword(*m_store, profile.credentialKey(0)), std::optional<QString>(kTestPassword));
        QCOMPARE(m_store->storedKeys(profile.id).size(), 1);
        QCOMPARE(m_profiles->load(), QList<ClusterProfile>{profile});
        QCOMPARE(m_registry->session(0)->name(), QStringLiteral("Simulated"));
    }

    void removeTakesEverythingAway()
    {
        ClusterProfile profile = profileOf(*m_cluster, 2);
        profile.endpoints[1].credentials = CredentialMode::Own;
        profile.endpoints[1].user = kTestUser;
        QVERIFY(save(profile, {{0, kTestPassword}, {1, kTestPassword}}).ok);
        const ClusterProfile other = profileOf(*m_cluster, 1);
        QVERIFY(save(other, {{0, kTestPassword}}).ok);
        QCOMPARE(m_registry->count(), 2);
        QPointer<ClusterSession> session = m_registry->session(0);

        QSignalSpy aboutToBeRemoved(m_registry.get(), &ClusterRegistry::clusterAboutToBeRemoved);
        QSignalSpy removed(m_registry.get(), &ClusterRegistry::clusterRemoved);
        connect(m_registry.get(), &ClusterRegistry::clusterAboutToBeRemoved, this,
                [&](int index) { QCOMPARE(m_registry->session(index), session.data()); });
        m_registry->removeCluster(profile.id);
        QCOMPARE(aboutToBeRemoved.count(), 1);
        QCOMPARE(aboutToBeRemoved.first().at(0).toInt(), 0);
        QCOMPARE(removed.count(), 1);
        QCOMPARE(removed.first().at(0).toInt(), 0);
        QVERIFY(!session);
        QCOMPARE(m_registry->count(), 1);
        QCOMPARE(m_registry->indexOf(other.id), 0);
        QCOMPARE(m_registry->indexOf(profile.id), -1);
        QCOMPARE(m_profiles->load(), QList<ClusterProfile>{other});
        QTRY_VERIFY_WITH_TIMEOUT(m_store->storedKeys(profile.id).isEmpty(), 5000);
        QCOMPARE(m_store->storedKeys(other.id).size(), 1);
    }

    void savedClustersComeBack()
    {
        const ClusterProfile profile = profileOf(*m_cluster, 3);
        QVERIFY(save(profile, {{0, kTestPassword}}).ok);
        m_registry.reset();

        // The console starts again: the same settings, the same keychain.
        ClusterRegistry registry(m_profiles.get(), *m_store, nullptr, &m_log);
        QSignalSpy added(&registry, &ClusterRegistry::clusterAdded);
        registry.loadSaved();
        QCOMPARE(added.count(), 1);
        QCOMPARE(registry.count(), 1);
        ClusterSession *session = registry.session(0);
        QCOMPARE(session->profile(), profile);
        QCOMPARE(session->state(), ClusterSession::State::Closed);
        registry.loadSaved();   // once only
        QCOMPARE(registry.count(), 1);
        registry.openAll();
        QTRY_COMPARE_WITH_TIMEOUT(session->state(), ClusterSession::State::Open, 5000);
    }

    void withoutAProfileStoreNothingIsWritten()
    {
        ClusterRegistry demo(nullptr, *m_store, nullptr, nullptr);
        QSignalSpy finished(&demo, &ClusterRegistry::saveFinished);
        const ClusterProfile profile = profileOf(*m_cluster, 1);
        demo.saveCluster(profile, {{0, kTestPassword}});
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 5000);
        QVERIFY(finished.first().at(1).toBool());
        QCOMPARE(demo.count(), 1);
        QVERIFY(m_settings->allKeys().isEmpty());
        demo.removeCluster(profile.id);
        QCOMPARE(demo.count(), 0);
    }

private:
    SaveOutcome save(const ClusterProfile &profile, const QHash<int, QString> &passwords)
    {
        SaveOutcome out;
        const QMetaObject::Connection c = connect(
            m_registry.get(), &ClusterRegistry::saveFinished, this, [&](const QString &id, bool ok, const QString &message) {
                out = {true, id, ok, message};
            });
        m_registry->saveCluster(profile, passwords);
        if (out.finished)
            qWarning("saveFinished came before saveCluster returned");
        if (!QTest::qWaitFor([&] { return out.finished; }, 10000))
            qWarning("saveFinished never came");
        disconnect(c);
        return out;
    }

    std::unique_ptr<cmssim::SimCluster> m_cluster;
    QTemporaryDir m_dir;
    ActivityLog m_log;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<ClusterProfileStore> m_profiles;
    std::unique_ptr<PickyStore> m_store;
    std::unique_ptr<ClusterRegistry> m_registry;
};

QTEST_MAIN(TestClusterRegistry)
#include "tst_clusterregistry.moc"
