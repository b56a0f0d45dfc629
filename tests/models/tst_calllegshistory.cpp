// The call legs history of the bridges pane's chart: samples per bridge, trimmed to maxSamples(),
// the peak, bridge names from the profile, and samples taken from a real session's /system/status
// replies against the simulator.
#include "bridges/calllegshistory.h"
#include "clientendpoints.h"
#include "cluster/clustersession.h"
#include "credentials/memorycredentialstore.h"
#include "liveengine.h"
#include "simbridge.h"
#include "simcluster.h"
#include "simtestclient.h"

#include <QSignalSpy>
#include <QtTest>

using models::CallLegsHistory;

namespace {

CallLegsHistory::Sample sample(int seconds, int legs)
{
    return {QDateTime(QDate(2024, 5, 1), QTime(12, 0, 0), Qt::UTC).addSecs(seconds), legs};
}

// The simulated cluster as a saved profile: primary named, alternates by address, certificates pinned.
cms::ClusterProfile profileOf(cmssim::SimCluster &cluster)
{
    const QList<cms::Endpoint> endpoints = pinnedEndpoints(cluster);
    cms::ClusterProfile profile = cms::ClusterProfile::create(QStringLiteral("Lab"), endpoints.at(0).baseUrl, kTestUser);
    profile.endpoints[0].name = QStringLiteral("CallBridge-Paris");
    profile.endpoints[0].pinnedSha256 = endpoints.at(0).pinnedSha256;
    for (int i = 1; i < endpoints.size(); ++i) {
        cms::EndpointProfile alternate;
        alternate.address = endpoints.at(i).baseUrl;
        alternate.pinnedSha256 = endpoints.at(i).pinnedSha256;
        profile.endpoints.append(alternate);
    }
    return profile;
}

bool storePassword(cms::CredentialStore &store, const cms::CredentialKey &key)
{
    bool done = false;
    bool ok = false;
    cms::CredentialJob *job = store.writePassword(key, kTestPassword);
    QObject::connect(job, &cms::CredentialJob::finished, job, [&](const cms::CredentialResult &result) {
        done = true;
        ok = result.ok();
    });
    return QTest::qWaitFor([&] { return done; }, 5000) && ok;
}

} // namespace

class TestCallLegsHistory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void samplesPerBridgeAndPeak();
    void trimsTheOldest();
    void followsASession();
};

void TestCallLegsHistory::samplesPerBridgeAndPeak()
{
    CallLegsHistory history;
    QCOMPARE(history.bridgeCount(), 0);
    QCOMPARE(history.peak(), 0);
    QSignalSpy added(&history, &CallLegsHistory::sampleAdded);

    history.addSample(0, sample(0, 4));
    history.addSample(2, sample(0, 9));
    history.addSample(0, sample(10, 7));
    history.addSample(-1, sample(10, 99));   // not a bridge: ignored

    QCOMPARE(added.size(), 3);
    QCOMPARE(added.at(1).at(0).toInt(), 2);
    QCOMPARE(history.bridgeCount(), 3);
    QCOMPARE(history.samples(0).size(), 2);
    QCOMPARE(history.samples(0).at(1).callLegsActive, 7);
    QCOMPARE(history.samples(0).at(1).time, sample(10, 0).time);
    QVERIFY(history.samples(1).isEmpty());
    QCOMPARE(history.peak(), 9);
    QCOMPARE(history.bridgeName(1), QStringLiteral("Bridge 2"));

    QSignalSpy reset(&history, &CallLegsHistory::reset);
    history.setSession(nullptr);   // clears
    QCOMPARE(reset.size(), 1);
    QCOMPARE(history.peak(), 0);
    QCOMPARE(history.bridgeCount(), 0);
    QVERIFY(history.samples(0).isEmpty());
}

void TestCallLegsHistory::trimsTheOldest()
{
    CallLegsHistory history;
    history.setMaxSamples(1);
    QCOMPARE(history.maxSamples(), 2);   // a line needs two points
    history.setMaxSamples(3);
    for (int i = 0; i < 5; ++i)
        history.addSample(1, sample(i, 10 - i));
    const QList<CallLegsHistory::Sample> kept = history.samples(1);
    QCOMPARE(kept.size(), 3);
    QCOMPARE(kept.first().callLegsActive, 8);
    QCOMPARE(kept.last().callLegsActive, 6);
    QCOMPARE(history.peak(), 8);   // the trimmed 10 and 9 no longer count
}

void TestCallLegsHistory::followsASession()
{
    cmssim::ClusterOptions options;
    options.bridgeCount = 2;
    auto cluster = startTestCluster(options);
    QVERIFY(cluster);

    cms::MemoryCredentialStore store;
    const cms::ClusterProfile profile = profileOf(*cluster);
    for (const cms::CredentialKey &key : profile.credentialKeys())
        QVERIFY(storePassword(store, key));

    cms::ClusterSession session(profile, store, nullptr, nullptr);
    session.setHealthCheckIntervalMsForTesting(200);
    CallLegsHistory history;
    history.addSample(0, sample(0, 1000));   // cleared by setSession
    QSignalSpy reset(&history, &CallLegsHistory::reset);
    history.setSession(&session);
    QCOMPARE(history.session(), &session);
    QCOMPARE(reset.size(), 1);
    QCOMPARE(history.peak(), 0);
    QCOMPARE(history.bridgeCount(), 2);
    QCOMPARE(history.bridgeName(0), QStringLiteral("CallBridge-Paris"));
    QCOMPARE(history.bridgeName(1), QStringLiteral("127.0.0.1:%1").arg(cluster->bridge(1).baseUrl().port()));

    // Bridge 2 carries one call of three legs: its samples must say three.
    const auto call = cluster->live().startCall(cluster->bridge(1), {}, QStringLiteral("Weekly"));
    QVERIFY(std::holds_alternative<QString>(call));
    for (const QString &name : {QStringLiteral("Ann"), QStringLiteral("Ben"), QStringLiteral("Chloé")}) {
        cmssim::JoinSpec person;
        person.name = name;
        person.remoteParty = name.toLower() + QStringLiteral("@example.com");
        QVERIFY(!cluster->live().join(cluster->bridge(1), std::get<QString>(call), person).isEmpty());
    }
    QCOMPARE(cluster->bridge(1).live().legCount(), 3);

    const QDateTime before = QDateTime::currentDateTimeUtc();
    session.open();
    QTRY_VERIFY_WITH_TIMEOUT(history.samples(0).size() >= 2 && history.samples(1).size() >= 2, 20000);
    const CallLegsHistory::Sample first = history.samples(1).first();
    QVERIFY(first.time >= before.addSecs(-1));
    QVERIFY(first.time <= QDateTime::currentDateTimeUtc().addSecs(1));
    QCOMPARE(first.callLegsActive, 3);
    QCOMPARE(history.samples(0).first().callLegsActive, 0);
    QCOMPARE(history.peak(), 3);

    // A bridge that stops answering adds no samples (its check fails, there is no status).
    // (A check already under way when the bridge went down may still land: what is counted is a
    // sample added while the bridge is known to be down.)
    int addedWhileDown = 0;
    const auto counting = connect(&history, &CallLegsHistory::sampleAdded, &history, [&](int bridge) {
        addedWhileDown += bridge == 1 && session.endpointState(1) == cms::EndpointState::Down;
    });
    cluster->setDown(1, true);
    QTRY_COMPARE_WITH_TIMEOUT(session.endpointState(1), cms::EndpointState::Down, 20000);
    const qsizetype upCount = history.samples(0).size();
    QTRY_VERIFY_WITH_TIMEOUT(history.samples(0).size() > upCount + 2, 20000);
    QCOMPARE(addedWhileDown, 0);
    disconnect(counting);

    // Another endpoint list means other bridges behind the indexes: the history starts again.
    cms::ClusterProfile renamed = session.profile();
    renamed.name = QStringLiteral("Lab 2");
    session.setProfile(renamed);
    QCOMPARE(reset.size(), 1);   // same endpoints: kept
    cms::ClusterProfile shorter = session.profile();
    shorter.endpoints.removeLast();
    session.setProfile(shorter);
    QCOMPARE(reset.size(), 2);
    QCOMPARE(history.bridgeCount(), 1);
    QVERIFY(history.samples(1).isEmpty());

    session.close();
    history.setSession(nullptr);
    QCOMPARE(history.session(), nullptr);
}

QTEST_GUILESS_MAIN(TestCallLegsHistory)
#include "tst_calllegshistory.moc"
