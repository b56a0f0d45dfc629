// Polling a server without events (2.8) reads less when nothing changes, and still sees every
// change: the participants are listed again only when the status's call leg counters moved (a join
// and a leave between two polls included), the calls only when their first page changed or now and
// then (a call renamed further down), lobby state and mute come from the call legs read again in
// turns, and a bridge that answers again after failing gets its whole state reported once more.
#include "diagnostics/apitrace.h"
#include "live/livecluster.h"
#include "liveengine.h"
#include "net/connection.h"
#include "net/transport.h"
#include "simbridge.h"
#include "simcluster.h"
#include "clientendpoints.h"
#include "simtestclient.h"

#include <QtTest>

using namespace cms;

namespace {

const int kIntervalMs = 100;

cmssim::JoinSpec person(const QString &name)
{
    cmssim::JoinSpec spec;
    spec.name = name;
    spec.remoteParty = name.toLower() + QStringLiteral("@example.com");
    return spec;
}

} // namespace

class TestLivePoller : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        cmssim::ClusterOptions options;
        options.bridgeCount = 1;
        options.version = cmssim::SimVersion::parse(QStringLiteral("2.8"));
        // Two calls a page: a call on the third page is not on the first.
        options.caps.perCollection.insert(QStringLiteral("calls"), 2);
        m_cluster = startTestCluster(options);
        m_client = std::make_unique<SimTestClient>(*m_cluster, kTestUser, kTestPassword);
        m_connection = std::make_unique<Connection>(pinnedEndpoints(*m_cluster));
        m_trace.clear();
        m_trace.setCapacity(1000000);
        m_connection->transport().setTrace(&m_trace);
        m_live = std::make_unique<LiveCluster>(*m_connection);
        m_live->setPollingOnly(true);
        m_live->setPollIntervalMs(kIntervalMs);
    }

    void cleanup()
    {
        m_live.reset();
        m_connection.reset();
        m_client.reset();
        m_cluster.reset();
    }

    void idlePollsDoNotListParticipantsAgain()
    {
        const QString call = startCall(QStringLiteral("Quiet"));
        QStringList people;
        for (const QString &name : {QStringLiteral("Ann"), QStringLiteral("Ben"), QStringLiteral("Cat")})
            people.append(m_cluster->live().join(m_cluster->bridge(0), call, person(name)));
        m_live->start();
        QTRY_COMPARE_WITH_TIMEOUT(m_live->participantCount(), 3, 5000);

        m_trace.clear();
        QTRY_VERIFY_WITH_TIMEOUT(polls() >= 5, 5000);
        QCOMPARE(participantListReads(), 0);
        QCOMPARE(m_live->participantCount(), 3);

        // Someone joins: the counters move, the list is read again.
        const QString dan = m_cluster->live().join(m_cluster->bridge(0), call, person(QStringLiteral("Dan")));
        QTRY_VERIFY_WITH_TIMEOUT(m_live->participant(dan), 5000);
        QVERIFY(participantListReads() > 0);
        QCOMPARE(m_live->participant(dan)->uri, QStringLiteral("dan@example.com"));
    }

    // One joins and another leaves at once: as many call legs as before, one more completed.
    void aJoinAndALeaveBetweenTwoPollsAreBothSeen()
    {
        const QString call = startCall(QStringLiteral("Swap"));
        const QString ann = m_cluster->live().join(m_cluster->bridge(0), call, person(QStringLiteral("Ann")));
        const QString ben = m_cluster->live().join(m_cluster->bridge(0), call, person(QStringLiteral("Ben")));
        m_live->start();
        QTRY_COMPARE_WITH_TIMEOUT(m_live->participantCount(), 2, 5000);
        // Let a few polls go by with nothing to see.
        m_trace.clear();
        QTRY_VERIFY_WITH_TIMEOUT(polls() >= 3, 5000);

        m_cluster->live().leave(ann);
        const QString cat = m_cluster->live().join(m_cluster->bridge(0), call, person(QStringLiteral("Cat")));
        QTRY_VERIFY_WITH_TIMEOUT(m_live->participant(cat) && !m_live->participant(ann), 5000);
        QCOMPARE(m_live->participantIds(call), (QStringList{ben, cat}));
    }

    // The lists do not say who waits in the lobby: the legs read again in turns do.
    void lobbyAdmissionIsFollowed()
    {
        const QString call = startCall(QStringLiteral("Lobby"));
        cmssim::JoinSpec guest = person(QStringLiteral("Gus"));
        guest.needsActivation = true;
        const QString gus = m_cluster->live().join(m_cluster->bridge(0), call, guest);
        QVERIFY(m_cluster->bridge(0).live().participant(gus)->deactivated);
        m_live->start();
        QTRY_VERIFY_WITH_TIMEOUT(m_live->participant(gus), 5000);
        QVERIFY(m_live->participant(gus)->deactivated);
        QVERIFY(!m_live->participant(gus)->isActivator);

        m_cluster->live().admit(gus);
        QTRY_VERIFY_WITH_TIMEOUT(!m_live->participant(gus)->deactivated, 5000);
        QCOMPARE(m_live->participant(gus)->uri, QStringLiteral("gus@example.com"));
    }

    void callsRenamedOnAnyPageAreSeen()
    {
        QStringList calls;
        for (int i = 0; i < 5; ++i)
            calls.append(startCall(QStringLiteral("Call %1").arg(i)));
        m_live->start();
        QTRY_COMPARE_WITH_TIMEOUT(m_live->callIds().size(), 5, 5000);

        // On the first page: seen at the next poll.
        QCOMPARE(m_client->put(0, QStringLiteral("calls/") + calls.first(), {{QStringLiteral("name"), QStringLiteral("First")}}).status, 200);
        QTRY_COMPARE_WITH_TIMEOUT(m_live->call(calls.first())->name, QStringLiteral("First"), 5000);
        // On the third page, with nobody joining or leaving: seen when the whole list is read again.
        QCOMPARE(m_client->put(0, QStringLiteral("calls/") + calls.last(), {{QStringLiteral("name"), QStringLiteral("Last")}}).status, 200);
        QTRY_COMPARE_WITH_TIMEOUT(m_live->call(calls.last())->name, QStringLiteral("Last"), 5000);

        // A call with nobody in it ends: the total moved.
        QCOMPARE(m_client->del(0, QStringLiteral("calls/") + calls.at(2)).status, 200);
        QTRY_VERIFY_WITH_TIMEOUT(!m_live->call(calls.at(2)), 5000);
        QCOMPARE(m_live->callIds().size(), 4);
    }

    // A failed poll makes the receiver drop the bridge's calls: once the bridge answers again,
    // everything is reported anew although nothing changed on it (the bridge failed in front of its
    // calls, as a proxy answering 500 would; a bridge really down ends them).
    void everythingComesBackWhenTheBridgeAnswersAgain()
    {
        const QString call = startCall(QStringLiteral("Back"));
        const QString ann = m_cluster->live().join(m_cluster->bridge(0), call, person(QStringLiteral("Ann")));
        m_live->start();
        QTRY_VERIFY_WITH_TIMEOUT(m_live->participant(ann), 5000);

        m_cluster->setErrorRate(0, 1.0);
        QTRY_COMPARE_WITH_TIMEOUT(m_live->bridgeMode(0), BridgeMode::Down, 5000);
        QVERIFY(!m_live->call(call));
        m_cluster->setErrorRate(0, 0);
        QTRY_COMPARE_WITH_TIMEOUT(m_live->bridgeMode(0), BridgeMode::Polling, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(m_live->call(call) && m_live->participant(ann), 5000);
        QCOMPARE(m_live->call(call)->name, QStringLiteral("Back"));
        QCOMPARE(m_live->call(call)->participantCount, 1);
        QCOMPARE(m_live->participant(ann)->uri, QStringLiteral("ann@example.com"));
    }

private:
    // GET requests whose path ends with `tail`.
    int requests(QStringView tail) const
    {
        int count = 0;
        for (const TraceEntry &e : m_trace.entries())
            count += e.method == "GET" && e.url.path().endsWith(tail) ? 1 : 0;
        return count;
    }
    // Every poll lists calls (the first page at least).
    int polls() const { return requests(u"/calls"); }
    // Lists of participants, of the bridge or of one call.
    int participantListReads() const { return requests(u"/participants"); }
    QString startCall(const QString &name)
    {
        const HttpResult r = m_client->post(0, QStringLiteral("calls"), {{QStringLiteral("name"), name}});
        return r.status == 200 ? r.createdId() : QString();
    }

    std::unique_ptr<cmssim::SimCluster> m_cluster;
    std::unique_ptr<SimTestClient> m_client;
    ApiTrace m_trace;
    std::unique_ptr<Connection> m_connection;
    std::unique_ptr<LiveCluster> m_live;
};

QTEST_MAIN(TestLivePoller)
#include "tst_livepoller.moc"
