// The client's live cluster state against the simulator: events per call bridge (joins, leaves,
// mutes and call ends within 500 ms), distributed calls grouped by correlator, the details read once
// per object (space, start, user, leg type, join time), reconnection with a fresh token, polling on
// a server without events, and a bridge that goes down.
#include "diagnostics/apitrace.h"
#include "net/connection.h"
#include "net/transport.h"
#include "live/livedetailsreader.h"
#include "eventshub.h"
#include "live/livecluster.h"
#include "liveengine.h"
#include "simbridge.h"
#include "simcluster.h"
#include "clientendpoints.h"
#include "simtestclient.h"

#include <QElapsedTimer>
#include <QtTest>

using namespace cms;

namespace {


cmssim::JoinSpec person(const QString &name)
{
    cmssim::JoinSpec spec;
    spec.name = name;
    spec.remoteParty = name.toLower() + QStringLiteral("@example.com");
    return spec;
}

// Measures from a change made now to the first signal that satisfies `match`.
class Stopwatch : public QObject
{
public:
    template<typename Signal, typename Match>
    Stopwatch(LiveCluster *live, Signal signal, Match match)
    {
        connect(live, signal, this, [this, match](auto &&...args) {
            if (m_elapsed < 0 && match(args...))
                m_elapsed = m_clock.nsecsElapsed() / 1e6;
        });
        m_clock.start();
    }
    void restart() { m_elapsed = -1; m_clock.restart(); }
    bool fired() const { return m_elapsed >= 0; }
    double elapsedMs() const { return m_elapsed; }

private:
    QElapsedTimer m_clock;
    double m_elapsed = -1;
};

} // namespace

class TestClientLive : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        cmssim::ClusterOptions options;
        options.bridgeCount = 2;
        m_cluster = startTestCluster(options);
        m_client = std::make_unique<SimTestClient>(*m_cluster, kTestUser, kTestPassword);
    }

    void init()
    {
        for (int i = 0; i < m_cluster->bridgeCount(); ++i) {
            m_cluster->setDown(i, false);
            m_cluster->bridge(i).live().removeAll();
        }
        m_connection = std::make_unique<Connection>(pinnedEndpoints(*m_cluster));
        m_trace.clear();
        m_trace.setCapacity(100000);
        m_connection->transport().setTrace(&m_trace);
        m_live = std::make_unique<LiveCluster>(*m_connection);
        m_live->setReadDetails(true);
        m_live->setRetryDelays(50, 500);
        m_live->start();
        for (int i = 0; i < m_cluster->bridgeCount(); ++i)
            QTRY_COMPARE_WITH_TIMEOUT(m_live->bridgeMode(i), BridgeMode::Events, 10000);
    }

    void cleanup()
    {
        m_live.reset();
        m_connection.reset();
    }

    void joinMuteLeaveAndCallEndWithin500ms()
    {
        const QString call = startCall(0, QStringLiteral("Weekly"));
        QVERIFY(!call.isEmpty());
        QTRY_VERIFY(m_live->call(call));
        QCOMPARE(m_live->call(call)->name, QStringLiteral("Weekly"));
        QCOMPARE(m_live->call(call)->bridge, 0);
        QVERIFY(!m_live->call(call)->correlator.isEmpty());

        // Join.
        QString joined;
        Stopwatch added(m_live.get(), &LiveCluster::participantAdded,
                        [&](const QString &c, const QString &p) { return c == call && p == joined; });
        added.restart();
        joined = m_cluster->live().join(m_cluster->bridge(0), call, person(QStringLiteral("Alice")));
        QTRY_VERIFY_WITH_TIMEOUT(added.fired(), 2000);
        qInfo("join seen after %.2f ms", added.elapsedMs());
        QVERIFY2(added.elapsedMs() <= 500, qPrintable(QString::number(added.elapsedMs())));
        const LiveParticipant *p = m_live->participant(joined);
        QVERIFY(p);
        QCOMPARE(p->name, QStringLiteral("Alice"));
        QCOMPARE(p->uri, QStringLiteral("alice@example.com"));
        QCOMPARE(p->state, QStringLiteral("connected"));
        QCOMPARE(p->bridge, 0);
        QCOMPARE(p->callId, call);
        QVERIFY(p->isActivator);
        QVERIFY(!p->deactivated);
        QVERIFY(p->canMove);
        QVERIFY(!p->audioMuted);
        QCOMPARE(m_live->participantIds(call), QStringList{joined});
        // Its details are read next (LiveDetailsReader); the mute below must be the only change.
        QTRY_COMPARE(m_live->detailsReader().pendingCount(), 0);

        // Mute.
        QStringList fields;
        Stopwatch changed(m_live.get(), &LiveCluster::participantChanged,
                          [&](const QString &, const QString &pid, const QStringList &f) {
                              fields = f;
                              return pid == joined;
                          });
        changed.restart();
        QCOMPARE(m_client->put(0, QStringLiteral("participants/") + joined, {{QStringLiteral("rxAudioMute"), QStringLiteral("true")}}).status, 200);
        QTRY_VERIFY_WITH_TIMEOUT(changed.fired(), 2000);
        qInfo("mute seen after %.2f ms (HTTP PUT included)", changed.elapsedMs());
        QVERIFY2(changed.elapsedMs() <= 500, qPrintable(QString::number(changed.elapsedMs())));
        QCOMPARE(fields, QStringList{QStringLiteral("audioMuted")});
        QVERIFY(m_live->participant(joined)->audioMuted);
        QVERIFY(!m_live->participant(joined)->videoMuted);

        // Leave.
        const QString second = m_cluster->live().join(m_cluster->bridge(0), call, person(QStringLiteral("Bob")));
        QTRY_VERIFY(m_live->participant(second));
        QSignalSpy removed(m_live.get(), &LiveCluster::participantRemoved);
        QElapsedTimer clock;
        clock.start();
        m_cluster->live().leave(joined);
        QTRY_COMPARE_WITH_TIMEOUT(removed.count(), 1, 2000);
        QVERIFY(clock.elapsed() <= 500);
        QCOMPARE(removed.first().at(1).toString(), joined);
        QVERIFY(!m_live->participant(joined));
        QCOMPARE(m_live->participantIds(call), QStringList{second});

        // Call end: participants first, then the call.
        QSignalSpy callRemoved(m_live.get(), &LiveCluster::callRemoved);
        QList<QString> order;
        connect(m_live.get(), &LiveCluster::participantRemoved, this, [&](const QString &, const QString &pid) { order.append(pid); });
        connect(m_live.get(), &LiveCluster::callRemoved, this, [&](const QString &c) { order.append(c); });
        clock.restart();
        QCOMPARE(m_client->del(0, QStringLiteral("calls/") + call).status, 200);
        QTRY_COMPARE_WITH_TIMEOUT(callRemoved.count(), 1, 2000);
        QVERIFY(clock.elapsed() <= 500);
        QCOMPARE(order, (QList<QString>{second, call}));
        QVERIFY(!m_live->call(call));
        QVERIFY(!m_live->participant(second));
        QCOMPARE(m_live->participantCount(), 0);
    }

    void distributedCallIsGroupedByCorrelator()
    {
        const QString space = createSpace(QStringLiteral("Town hall"));
        QVERIFY(!space.isEmpty());
        const QString onZero = startSpaceCall(0, space);
        const QString onOne = startSpaceCall(1, space);
        QVERIFY(!onZero.isEmpty() && !onOne.isEmpty() && onZero != onOne);
        const QString a = m_cluster->live().join(m_cluster->bridge(0), onZero, person(QStringLiteral("Ann")));
        const QString b = m_cluster->live().join(m_cluster->bridge(1), onOne, person(QStringLiteral("Ben")));
        const QString other = startCall(1, QStringLiteral("Elsewhere"));

        QTRY_VERIFY(m_live->participant(a) && m_live->participant(b) && m_live->call(other));
        const QString correlator = m_live->call(onZero)->correlator;
        QCOMPARE(m_live->call(onOne)->correlator, correlator);
        QStringList group = m_live->meetingCalls(correlator);
        group.sort();
        QStringList expected{onZero, onOne};
        expected.sort();
        QCOMPARE(group, expected);
        QCOMPARE(m_live->call(onZero)->bridge, 0);
        QCOMPARE(m_live->call(onOne)->bridge, 1);
        QCOMPARE(m_live->participant(a)->bridge, 0);
        QCOMPARE(m_live->participant(b)->bridge, 1);
        // Each instance lists the participants its bridge hosts, once.
        QCOMPARE(m_live->participantIds(onZero), QStringList{a});
        QCOMPARE(m_live->participantIds(onOne), QStringList{b});
        const QList<LiveMeeting> meetings = m_live->meetings();
        QCOMPARE(meetings.size(), 2);
        for (const LiveMeeting &m : meetings)
            QCOMPARE(m.callIds.size(), m.correlator == correlator ? 2 : 1);
    }

    // What events do not carry is read once per object: a call's space and start, a participant's
    // user, call leg type and time in the call; presenter and active speaker come with the events.
    void detailsAreReadOncePerObject()
    {
        const QString space = idOf(m_client->post(0, QStringLiteral("coSpaces"),
                                                  {{QStringLiteral("name"), QStringLiteral("Design review")},
                                                   {QStringLiteral("uri"), QStringLiteral("design.review")}}));
        QVERIFY(!space.isEmpty());
        // Started in-process and dated at once, with no event loop in between: the client must never
        // read the call's details before its start is set ten minutes back.
        const auto started = m_cluster->live().startCall(m_cluster->bridge(1), space, QString());
        QVERIFY(std::holds_alternative<QString>(started));
        const QString call = std::get<QString>(started);
        m_cluster->bridge(1).live().call(call)->started = QDateTime::currentDateTimeUtc().addSecs(-600);
        cmssim::JoinSpec web = person(QStringLiteral("Gil"));
        web.kind = cmssim::EndpointKind::WebApp;
        web.userJid = QStringLiteral("gil@example.com");
        const QString gil = m_cluster->live().join(m_cluster->bridge(1), call, web);
        m_cluster->bridge(1).live().participant(gil)->joined = QDateTime::currentDateTimeUtc().addSecs(-120);
        const QString sip = m_cluster->live().join(m_cluster->bridge(1), call, person(QStringLiteral("Hal")));

        QTRY_VERIFY_WITH_TIMEOUT(m_live->call(call) && m_live->call(call)->startTime.isValid(), 5000);
        const LiveCall *c = m_live->call(call);
        QCOMPARE(c->coSpaceId, space);
        QCOMPARE(c->coSpaceName, QStringLiteral("Design review"));
        QCOMPARE(c->coSpaceUri, QStringLiteral("design.review"));
        QVERIFY(qAbs(c->startTime.secsTo(QDateTime::currentDateTimeUtc()) - 600) <= 2);

        QTRY_VERIFY_WITH_TIMEOUT(m_live->participant(gil) && m_live->participant(gil)->joinTime.isValid()
                                     && m_live->participant(sip) && !m_live->participant(sip)->legType.isEmpty(),
                                 5000);
        const LiveParticipant *g = m_live->participant(gil);
        QCOMPARE(g->userJid, QStringLiteral("gil@example.com"));
        QCOMPARE(g->legType, QStringLiteral("acano"));
        QVERIFY(qAbs(g->joinTime.secsTo(QDateTime::currentDateTimeUtc()) - 120) <= 2);
        QCOMPARE(m_live->participant(sip)->legType, QStringLiteral("sip"));
        QVERIFY(m_live->participant(sip)->userJid.isEmpty());
        QCOMPARE(m_live->detailsReader().pendingCount(), 0);

        // Presenter and active speaker follow the events.
        QSignalSpy changed(m_live.get(), &LiveCluster::participantChanged);
        cmssim::LiveParticipant *hal = m_cluster->bridge(1).live().participant(sip);
        hal->presenter = true;
        hal->activeSpeaker = true;
        m_cluster->bridge(1).live().touchParticipant(sip, {QStringLiteral("presenter"), QStringLiteral("activeSpeaker")});
        QTRY_VERIFY_WITH_TIMEOUT(m_live->participant(sip)->presenter && m_live->participant(sip)->activeSpeaker, 2000);

        // A second call of the same space on the other bridge does not read the space again.
        const QString spacePath = QStringLiteral("coSpaces/") + space;
        QCOMPARE(requestsFor(spacePath), 1);
        const QString second = startSpaceCall(0, space);
        QTRY_VERIFY_WITH_TIMEOUT(m_live->call(second) && !m_live->call(second)->coSpaceName.isEmpty(), 5000);
        QCOMPARE(requestsFor(spacePath), 1);
    }

    // Objects that end before their turn are not read; no more than the limit is read at once.
    void detailsOfObjectsGoneAreNotRead()
    {
        m_live->detailsReader().setMaxInFlight(1);
        m_cluster->setLatency(0, 100);
        const QString call = startCall(0, QStringLiteral("Crowd"));
        QTRY_VERIFY(m_live->call(call));
        QStringList ids;
        for (int i = 0; i < 6; ++i)
            ids.append(m_cluster->live().join(m_cluster->bridge(0), call, person(QStringLiteral("P%1").arg(i))));
        QTRY_VERIFY_WITH_TIMEOUT(m_live->participant(ids.last()), 5000);
        QVERIFY(m_live->detailsReader().pendingCount() > 1);
        QCOMPARE(m_client->del(0, QStringLiteral("calls/") + call).status, 200);
        QTRY_VERIFY_WITH_TIMEOUT(!m_live->call(call), 5000);
        QCOMPARE(m_live->detailsReader().pendingCount(), 0);
        m_cluster->setLatency(0, 0);
        // Not every participant's leg was asked for: the queue was dropped.
        int legReads = 0;
        for (const QString &id : ids)
            legReads += requestsFor(QStringLiteral("participantFilter=") + id);
        QVERIFY2(legReads < ids.size(), qPrintable(QString::number(legReads)));
    }

    void reconnectsWithAFreshTokenWhenTheSocketDrops()
    {
        const QString call = startCall(0, QStringLiteral("Reconnect"));
        QTRY_VERIFY(m_live->call(call));
        const int tokens = m_live->tokensRequested(0);
        QSignalSpy modes(m_live.get(), &LiveCluster::bridgeModeChanged);
        m_cluster->bridge(0).events().closeAll();
        QTRY_VERIFY(modes.count() >= 1);
        QTRY_COMPARE_WITH_TIMEOUT(m_live->bridgeMode(0), BridgeMode::Events, 5000);
        QCOMPARE(m_live->tokensRequested(0), tokens + 1);
        QVERIFY(m_live->call(call));   // still there: the new full list confirmed it

        // Changes while the socket was away are caught up; new ones flow again.
        const QString p = m_cluster->live().join(m_cluster->bridge(0), call, person(QStringLiteral("Carol")));
        QTRY_VERIFY_WITH_TIMEOUT(m_live->participant(p), 1000);
        QCOMPARE(m_cluster->bridge(0).events().sessionCount(), 1);
    }

    void bridgeGoingDownRemovesItsCallsAndComesBack()
    {
        const QString kept = startCall(0, QStringLiteral("Stays"));
        const QString lost = startCall(1, QStringLiteral("Goes"));
        const QString p = m_cluster->live().join(m_cluster->bridge(1), lost, person(QStringLiteral("Dan")));
        QTRY_VERIFY(m_live->call(kept) && m_live->participant(p));
        const int tokens = m_live->tokensRequested(1);

        QSignalSpy removed(m_live.get(), &LiveCluster::callRemoved);
        m_cluster->setDown(1, true);
        QTRY_COMPARE_WITH_TIMEOUT(m_live->bridgeMode(1), BridgeMode::Down, 5000);
        QTRY_VERIFY(!m_live->call(lost));
        QVERIFY(!m_live->participant(p));
        QVERIFY(m_live->call(kept));
        QCOMPARE(m_live->bridgeMode(0), BridgeMode::Events);

        m_cluster->setDown(1, false);
        QTRY_COMPARE_WITH_TIMEOUT(m_live->bridgeMode(1), BridgeMode::Events, 5000);
        QVERIFY(m_live->tokensRequested(1) > tokens);
        const QString again = startCall(1, QStringLiteral("Back"));
        QTRY_VERIFY_WITH_TIMEOUT(m_live->call(again), 1000);
    }

    void pollsAServerWithoutEvents()
    {
        cmssim::ClusterOptions options;
        options.bridgeCount = 2;
        options.version = cmssim::SimVersion::parse(QStringLiteral("2.8"));
        auto cluster = startTestCluster(options);
        SimTestClient client(*cluster, kTestUser, kTestPassword);
        Connection connection(pinnedEndpoints(*cluster));
        LiveCluster live(connection);
        const int interval = 300;
        live.setPollIntervalMs(interval);
        live.start();
        QTRY_COMPARE_WITH_TIMEOUT(live.bridgeMode(0), BridgeMode::Polling, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(live.bridgeMode(1), BridgeMode::Polling, 5000);
        QCOMPARE(live.tokensRequested(0), 0);

        const QString call = idOf(client.post(1, QStringLiteral("calls"), {{QStringLiteral("name"), QStringLiteral("Old")}}));
        QVERIFY(!call.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(live.call(call), 2 * interval + 1000);
        QCOMPARE(live.call(call)->bridge, 1);

        QString joined;
        Stopwatch added(&live, &LiveCluster::participantAdded, [&](const QString &, const QString &p) { return p == joined; });
        added.restart();
        joined = cluster->live().join(cluster->bridge(1), call, person(QStringLiteral("Eve")));
        QTRY_VERIFY_WITH_TIMEOUT(added.fired(), 5000);
        qInfo("polling: join seen after %.1f ms (interval %d ms)", added.elapsedMs(), interval);
        // Within the interval, plus the poll that sees it.
        QVERIFY2(added.elapsedMs() <= 2 * interval, qPrintable(QString::number(added.elapsedMs())));
        const LiveParticipant *p = live.participant(joined);
        QCOMPARE(p->uri, QStringLiteral("eve@example.com"));
        QCOMPARE(p->state, QStringLiteral("connected"));
        QCOMPARE(p->bridge, 1);
        QVERIFY(!p->audioMuted);

        // Mute lives on the call leg; polling reads it again within a few polls.
        QString leg;
        for (const QString &pid : cluster->bridge(1).live().participantOrder()) {
            if (pid == joined)
                leg = cluster->bridge(1).live().participant(pid)->legId;
        }
        QCOMPARE(client.put(1, QStringLiteral("callLegs/") + leg, {{QStringLiteral("rxAudioMute"), QStringLiteral("true")}}).status, 200);
        QTRY_VERIFY_WITH_TIMEOUT(live.participant(joined) && live.participant(joined)->audioMuted, 4 * interval + 1000);

        Stopwatch left(&live, &LiveCluster::participantRemoved, [&](const QString &, const QString &pid) { return pid == joined; });
        left.restart();
        cluster->live().leave(joined);
        QTRY_VERIFY_WITH_TIMEOUT(left.fired(), 5000);
        qInfo("polling: leave seen after %.1f ms", left.elapsedMs());
        QVERIFY(left.elapsedMs() <= 2 * interval);

        // A bridge that goes down while polled.
        cluster->setDown(1, true);
        QTRY_COMPARE_WITH_TIMEOUT(live.bridgeMode(1), BridgeMode::Down, 5000);
        QVERIFY(!live.call(call));
        cluster->setDown(1, false);
        QTRY_COMPARE_WITH_TIMEOUT(live.bridgeMode(1), BridgeMode::Polling, 5000);
    }

    void socketThatKeepsFailingFallsBackToPolling()
    {
        // A bridge whose events socket refuses every token: the socket fails, polling takes over.
        m_live.reset();
        Connection connection(pinnedEndpoints(*m_cluster));
        LiveCluster live(connection);
        live.setRetryDelays(20, 50);
        live.setPollIntervalMs(200);
        live.setEventsRetryMs(300);
        QList<QMetaObject::Connection> sabotage;
        for (int i = 0; i < m_cluster->bridgeCount(); ++i) {
            // Every session the bridge opens is closed at once.
            sabotage.append(connect(&m_cluster->bridge(i).events(), &cmssim::EventsHub::sessionsChanged, this,
                                    [this, i](int count) {
                                        if (count > 0)
                                            QMetaObject::invokeMethod(this, [this, i] { m_cluster->bridge(i).events().closeAll(); }, Qt::QueuedConnection);
                                    }));
        }
        live.start();
        QTRY_COMPARE_WITH_TIMEOUT(live.bridgeMode(0), BridgeMode::Polling, 10000);
        QVERIFY(live.tokensRequested(0) >= 3);
        const QString call = startCall(0, QStringLiteral("Polled"));
        QTRY_VERIFY_WITH_TIMEOUT(live.call(call), 2000);

        // Once the socket works again, events take over from polling.
        for (const auto &c : sabotage)
            disconnect(c);
        QTRY_COMPARE_WITH_TIMEOUT(live.bridgeMode(0), BridgeMode::Events, 10000);
        QVERIFY(live.call(call));
        const QString p = m_cluster->live().join(m_cluster->bridge(0), call, person(QStringLiteral("Fay")));
        QTRY_VERIFY_WITH_TIMEOUT(live.participant(p), 500);
    }

private:
    // GET requests whose path and query end with `tail`.
    int requestsFor(const QString &tail) const
    {
        int count = 0;
        for (const TraceEntry &e : m_trace.entries())
            count += e.method == "GET" && e.url.toString().endsWith(tail) ? 1 : 0;
        return count;
    }
    static QString idOf(const HttpResult &r)
    {
        return r.status == 200 ? r.createdId() : QString();
    }
    QString startCall(int bridge, const QString &name)
    {
        return idOf(m_client->post(bridge, QStringLiteral("calls"), {{QStringLiteral("name"), name}}));
    }
    QString startSpaceCall(int bridge, const QString &space)
    {
        return idOf(m_client->post(bridge, QStringLiteral("calls"), {{QStringLiteral("coSpace"), space}}));
    }
    QString createSpace(const QString &name)
    {
        return idOf(m_client->post(0, QStringLiteral("coSpaces"), {{QStringLiteral("name"), name}}));
    }

    std::unique_ptr<cmssim::SimCluster> m_cluster;
    std::unique_ptr<SimTestClient> m_client;
    ApiTrace m_trace;
    std::unique_ptr<Connection> m_connection;
    std::unique_ptr<LiveCluster> m_live;
};

QTEST_MAIN(TestClientLive)
#include "tst_clientlive.moc"
