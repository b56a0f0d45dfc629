// The demo cluster as `cms-sim --demo` and the console's demo mode seed it: every live feature of the
// console can be seen and tried on it. Checked over HTTPS, as a client sees it: a meeting spread over
// call bridges with one correlator, guests in a lobby, participants who cannot be moved, web app and
// SIP participants, a call leg with poor media and its alarms; and the live activity leaves these
// meetings alone.
#include "activitygenerator.h"
#include "datasetseeder.h"
#include "simbridge.h"
#include "simcluster.h"
#include "simcommandline.h"
#include "simtestclient.h"

#include <QtTest>

using namespace cmssim;

namespace {

// A participant or call leg as one bridge reports it, with the bridge that reported it.
struct Seen
{
    int bridge = -1;
    XmlNode node;
};

SeedSpec demoSpec()
{
    const SimLaunch launch = SimCommandLine::parse({QStringLiteral("cms-sim"), QStringLiteral("--demo")});
    return launch.seed;
}

// The participants of each demo meeting, as the simulator holds them.
QStringList demoMeetingPeople(SimCluster &cluster)
{
    QStringList ids;
    for (int b = 0; b < cluster.bridgeCount(); ++b) {
        const LiveState &live = cluster.bridge(b).live();
        for (const QString &c : live.callOrder()) {
            if (live.call(c)->showcase)
                ids += live.call(c)->participantIds;
        }
    }
    ids.sort();
    return ids;
}

} // namespace

class TestSimDemo : public QObject
{
    Q_OBJECT

private:
    // Every item of a collection on one bridge, page after page (the live page cap is 10).
    QList<XmlNode> everyItem(int bridge, const QString &collection, const QString &element)
    {
        QList<XmlNode> items;
        const QChar separator = collection.contains(QLatin1Char('?')) ? QLatin1Char('&') : QLatin1Char('?');
        for (int offset = 0;;) {
            const XmlNode page = m_client->get(bridge, QStringLiteral("%1%2offset=%3").arg(collection).arg(separator).arg(offset)).xml();
            const QList<const XmlNode *> children = page.childrenNamed(element);
            for (const XmlNode *child : children)
                items.append(*child);
            offset += int(children.size());
            if (children.isEmpty() || offset >= page.attribute(QStringLiteral("total")).toInt())
                return items;
        }
    }

    // Every participant hosted by each bridge, in detail (a bridge also lists the remote participants
    // of its distributed calls: those are taken from their own bridge).
    QList<Seen> hostedParticipants()
    {
        QList<Seen> out;
        for (int b = 0; b < m_cluster->bridgeCount(); ++b) {
            for (const XmlNode &item : everyItem(b, QStringLiteral("participants"), QStringLiteral("participant"))) {
                if (!item.has(QStringLiteral("callBridge")))
                    out.append({b, m_client->get(b, QStringLiteral("participants/") + item.attribute(QStringLiteral("id"))).xml()});
            }
        }
        return out;
    }

    QList<Seen> callLegs(const QString &query = {})
    {
        QList<Seen> out;
        for (int b = 0; b < m_cluster->bridgeCount(); ++b) {
            for (const XmlNode &item : everyItem(b, QStringLiteral("callLegs") + query, QStringLiteral("callLeg")))
                out.append({b, m_client->get(b, QStringLiteral("callLegs/") + item.attribute(QStringLiteral("id"))).xml()});
        }
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        ClusterOptions options;
        options.bridgeCount = 3;   // as --demo
        m_cluster = startTestCluster(options);
        m_client = std::make_unique<SimTestClient>(*m_cluster, kTestUser, kTestPassword);
        m_result = DatasetSeeder(*m_cluster).seed(demoSpec());
    }

    void demoKeepsItsConfigurationAndAddsTheMeetings()
    {
        const SeedSpec spec = demoSpec();
        QVERIFY(spec.demoMeetings);
        QVERIFY(spec.guestHostPatterns);
        QVERIFY(spec.spaces >= 200);
        QCOMPARE(m_result.guestHostSpaceIds.size(), 4);
        // Besides: the patterns', the meetings' and the placeholder pool's (two of them in a meeting).
        QCOMPARE(m_result.demoMeetings.poolSpaces, 20);
        QCOMPARE(m_result.spacesCreated, spec.spaces + 4 + 4 + 20);
        QCOMPARE(m_result.demoMeetings.poolMeetingSpaceIds.size(), 2);
        QCOMPARE(m_result.demoMeetings.meetings, 4 + 2);
        QCOMPARE(m_result.callsStarted, spec.calls + 4 + 2);
        QCOMPARE(m_result.demoMeetings.summary.size(), 5);
        int participants = 0;
        for (int b = 0; b < m_cluster->bridgeCount(); ++b)
            participants += int(m_cluster->bridge(b).live().participantOrder().size());
        QCOMPARE(m_result.participantsJoined, participants);
    }

    void aMeetingSpreadsOverEveryBridgeWithOneCorrelator()
    {
        QHash<QString, QList<int>> bridgesOf;   // correlator -> bridges with an instance
        QHash<QString, QList<QPair<int, QString>>> instances;
        for (int b = 0; b < m_cluster->bridgeCount(); ++b) {
            for (const XmlNode &call : everyItem(b, QStringLiteral("calls"), QStringLiteral("call"))) {
                const QString correlator = call.value(QStringLiteral("callCorrelator"));
                bridgesOf[correlator].append(b);
                instances[correlator].append({b, call.attribute(QStringLiteral("id"))});
            }
        }
        QStringList onThree;
        QStringList onTwo;
        for (auto it = bridgesOf.cbegin(); it != bridgesOf.cend(); ++it) {
            QCOMPARE(QSet<int>(it->cbegin(), it->cend()).size(), it->size());   // one instance per bridge
            if (it->size() == 3)
                onThree.append(it.key());
            else if (it->size() == 2)
                onTwo.append(it.key());
        }
        QCOMPARE(onThree, QStringList{m_result.demoMeetings.distributedCorrelator});
        QVERIFY2(!onTwo.isEmpty(), "a meeting on two call bridges");

        // Each instance knows the others and counts their participants.
        int total = 0;
        for (const auto &[bridge, callId] : std::as_const(instances[onThree.first()])) {
            const XmlNode call = m_client->get(bridge, QStringLiteral("calls/") + callId).xml();
            QCOMPARE(call.value(QStringLiteral("callCorrelator")), onThree.first());
            QCOMPARE(call.value(QStringLiteral("numDistributedInstances")), QStringLiteral("2"));
            QVERIFY(call.value(QStringLiteral("numParticipantsLocal")).toInt() > 0);
            QVERIFY(call.value(QStringLiteral("numParticipantsRemote")).toInt() > 0);
            total += call.value(QStringLiteral("numParticipantsLocal")).toInt();
            // Each bridge lists the whole meeting, the others' participants with their host bridge.
            const QList<XmlNode> roster = everyItem(bridge, QStringLiteral("calls/%1/participants").arg(callId),
                                                    QStringLiteral("participant"));
            int remote = 0;
            for (const XmlNode &p : roster)
                remote += p.has(QStringLiteral("callBridge")) ? 1 : 0;
            QCOMPARE(remote, call.value(QStringLiteral("numParticipantsRemote")).toInt());
        }
        QCOMPARE(total, 6);
    }

    void guestsWaitInALobbyWithNoHost()
    {
        QHash<QString, QList<XmlNode>> byCall;
        for (const Seen &p : hostedParticipants())
            byCall[p.node.value(QStringLiteral("call"))].append(p.node);
        QStringList waiting;
        for (auto it = byCall.cbegin(); it != byCall.cend(); ++it) {
            bool host = false;
            for (const XmlNode &p : *it)
                host = host || p.value(QStringLiteral("isActivator")) == QLatin1String("true");
            if (host)
                continue;
            for (const XmlNode &p : *it) {
                if (p.value(QStringLiteral("status/deactivated")) == QLatin1String("true"))
                    waiting.append(p.attribute(QStringLiteral("id")));
            }
        }
        waiting.sort();
        QStringList expected = m_result.demoMeetings.lobbyParticipantIds;
        expected.sort();
        QVERIFY(expected.size() >= 2);
        QCOMPARE(waiting, expected);
    }

    void someParticipantsCannotBeMoved()
    {
        QStringList unmovable;
        for (const Seen &p : hostedParticipants()) {
            if (p.node.value(QStringLiteral("canMove")) == QLatin1String("false"))
                unmovable.append(p.node.attribute(QStringLiteral("id")));
        }
        unmovable.sort();
        QStringList expected = m_result.demoMeetings.unmovableParticipantIds;
        expected.sort();
        QVERIFY(!expected.isEmpty());
        QVERIFY2(QSet<QString>(expected.cbegin(), expected.cend()).subtract(QSet<QString>(unmovable.cbegin(), unmovable.cend())).isEmpty(),
                 qPrintable(unmovable.join(QLatin1Char(' '))));
        // Skype for Business, as their call legs say.
        for (const Seen &leg : callLegs()) {
            if (expected.contains(leg.node.value(QStringLiteral("participant")))) {
                QCOMPARE(leg.node.value(QStringLiteral("type")), QStringLiteral("lync"));
                QCOMPARE(leg.node.value(QStringLiteral("canMove")), QStringLiteral("false"));
            }
        }
    }

    void webAppAndSipParticipantsShareTheDistributedMeeting()
    {
        const QSet<QString> distributed(m_result.demoMeetings.distributedCallIds.cbegin(),
                                        m_result.demoMeetings.distributedCallIds.cend());
        QCOMPARE(distributed.size(), 3);
        QSet<QString> kinds;
        QSet<QString> kindsInDistributed;
        for (const Seen &leg : callLegs()) {
            const QString type = leg.node.value(QStringLiteral("type"));
            kinds.insert(type);
            if (distributed.contains(leg.node.value(QStringLiteral("call"))))
                kindsInDistributed.insert(type);
        }
        QVERIFY(kinds.contains(QStringLiteral("sip")));
        QVERIFY(kinds.contains(QStringLiteral("acano")));   // the web app
        QCOMPARE(kindsInDistributed, (QSet<QString>{QStringLiteral("sip"), QStringLiteral("acano")}));
    }

    void aLegHasPoorMediaAndAlarms()
    {
        QList<Seen> alarmed = callLegs(QStringLiteral("?alarms=packetLoss%7CexcessiveJitter"));
        const Seen *poor = nullptr;
        for (const Seen &leg : alarmed) {
            if (leg.node.value(QStringLiteral("participant")) == m_result.demoMeetings.poorMediaParticipantId)
                poor = &leg;
        }
        QVERIFY2(poor, "the poor leg is listed by the alarms filter");
        const XmlNode &leg = poor->node;
        QCOMPARE(leg.value(QStringLiteral("type")), QStringLiteral("sip"));
        for (const char *direction : {"rxAudio", "rxVideo"}) {
            const QString media = QStringLiteral("status/") + QLatin1String(direction);
            QVERIFY(leg.value(media + QStringLiteral("/packetLossPercentage")).toDouble() >= 5.0);
            QVERIFY(leg.value(media + QStringLiteral("/jitter")).toInt() >= 50);
        }
        QVERIFY(leg.value(QStringLiteral("status/txAudio/roundTripTime")).toInt() >= 300);
        QVERIFY(leg.value(QStringLiteral("status/txVideo/roundTripTime")).toInt() >= 300);
        for (const char *alarm : {"alarms/packetLoss", "alarms/excessiveJitter", "alarms/highRoundTripTime"})
            QVERIFY2(leg.has(QLatin1String(alarm)), alarm);
        // The poor leg is in a meeting spread over two bridges, on the one that does not host it.
        const XmlNode participant = m_client->get(poor->bridge, QStringLiteral("participants/") + leg.value(QStringLiteral("participant"))).xml();
        const XmlNode call = m_client->get(poor->bridge, QStringLiteral("calls/") + participant.value(QStringLiteral("call"))).xml();
        QCOMPARE(call.value(QStringLiteral("numDistributedInstances")), QStringLiteral("1"));
    }

    void liveActivityLeavesTheDemoMeetingsAlone()
    {
        const QStringList before = demoMeetingPeople(*m_cluster);
        QCOMPARE(before.size(), m_result.demoMeetings.participants);
        ActivityGenerator generator(*m_cluster, 3);
        QStringList log;
        for (int i = 0; i < 600; ++i)
            log.append(generator.step());
        const QString all = log.join(QLatin1Char('\n'));
        QVERIFY2(all.contains(QLatin1String(" left ")) && all.contains(QLatin1String(" joined ")), "the activity ran");
        QVERIFY2(all.contains(QLatin1String("ended")), "calls ended");
        QCOMPARE(demoMeetingPeople(*m_cluster), before);
        for (const QString &id : m_result.demoMeetings.lobbyParticipantIds)
            QVERIFY(m_cluster->live().find(id).participant->deactivated);
    }

private:
    std::unique_ptr<SimCluster> m_cluster;
    std::unique_ptr<SimTestClient> m_client;
    SeedResult m_result;
};

QTEST_MAIN(TestSimDemo)
#include "tst_simdemo.moc"
