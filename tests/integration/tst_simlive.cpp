// Conformance of the simulator's live API (cms-api.md sections 4, 5 and 7): calls, call legs and
// participants per call bridge, paging and filters, the lobby, participant moves, bridge failure.
#include "liveengine.h"
#include "simbridge.h"
#include "simcluster.h"
#include "simtestclient.h"

#include <QtTest>

using namespace cmssim;

namespace {

using Form = QMap<QString, QString>;

const QString kName = QStringLiteral("name");
const QString kCoSpace = QStringLiteral("coSpace");
const QString kRemoteParty = QStringLiteral("remoteParty");
const QString kCallLegProfile = QStringLiteral("callLegProfile");
const QString kNeedsActivation = QStringLiteral("needsActivation");
const QString kDeactivationMode = QStringLiteral("deactivationMode");
const QString kMovedParticipant = QStringLiteral("movedParticipant");
const QString kTrue = QStringLiteral("true");
const QString kFalse = QStringLiteral("false");

// A test helper that creates something returns its id, or an empty string after warning why.
QString idOf(const HttpResult &r, const char *what)
{
    if (r.status != 200 || r.createdId().isEmpty()) {
        qWarning("%s failed: HTTP %d %s", what, r.status, r.body.constData());
        return {};
    }
    return r.createdId();
}

} // namespace

#define CREATED(var, expr)              \
    const QString var = (expr);         \
    QVERIFY2(!var.isEmpty(), #expr)

class TestSimLive : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        ClusterOptions options;
        options.bridgeCount = 3;
        m_cluster = startTestCluster(options);
        m_client = std::make_unique<SimTestClient>(*m_cluster, kTestUser, kTestPassword);
    }

    // Every test starts from a cluster with no calls and no faults.
    void cleanup()
    {
        LiveEngine &engine = m_cluster->live();
        engine.forcedPlacement = -1;
        for (int i = 0; i < m_cluster->bridgeCount(); ++i) {
            m_cluster->setDown(i, false);
            m_cluster->setMoveFault(i, MoveFault::None);
            m_cluster->bridge(i).live().removeAll();
        }
        m_client->put(0, QStringLiteral("system/profiles"), {{kCallLegProfile, QString()}});
    }

    void callsArePerBridgeWhileConfigurationIsShared()
    {
        CREATED(space, createSpace(QStringLiteral("Per bridge")));
        QCOMPARE(m_client->get(1, QStringLiteral("coSpaces/") + space).status, 200);
        QCOMPARE(m_client->get(2, QStringLiteral("coSpaces/") + space).status, 200);

        const HttpResult started = m_client->post(0, QStringLiteral("calls"), {{kCoSpace, space}});
        QCOMPARE(started.status, 200);
        QVERIFY(started.body.isEmpty());
        QVERIFY(started.location().startsWith(QStringLiteral("/api/v1/calls/")));
        const QString call = started.createdId();

        const XmlNode onZero = m_client->get(0, QStringLiteral("calls")).xml();
        QCOMPARE(onZero.attribute(QStringLiteral("total")), QStringLiteral("1"));
        QCOMPARE(onZero.ids(), QStringList{call});
        QCOMPARE(onZero.children.first().value(kCoSpace), space);
        QCOMPARE(onZero.children.first().value(kName), QStringLiteral("Per bridge"));
        QVERIFY(!onZero.children.first().value(QStringLiteral("callCorrelator")).isEmpty());

        const XmlNode onOne = m_client->get(1, QStringLiteral("calls")).xml();
        QCOMPARE(onOne.attribute(QStringLiteral("total")), QStringLiteral("0"));
        QVERIFY(onOne.children.isEmpty());
        QCOMPARE(m_client->get(1, QStringLiteral("calls/") + call).failureReason(), QStringLiteral("callDoesNotExist"));
    }

    void startingACallTwiceOnOneBridgeGivesTheSameCall()
    {
        CREATED(space, createSpace(QStringLiteral("Twice")));
        CREATED(first, startCall(0, space));
        QCOMPARE(startCall(0, space), first);
        QCOMPARE(m_client->get(0, QStringLiteral("calls")).xml().attribute(QStringLiteral("total")), QStringLiteral("1"));
    }

    void liveCollectionsArePagedAtTenWithTheFullTotal()
    {
        QString firstCall;
        for (int i = 0; i < 12; ++i) {
            CREATED(call, startAdHocCall(0, QStringLiteral("Paged %1").arg(i)));
            if (i == 0)
                firstCall = call;
        }
        for (int i = 0; i < 12; ++i)
            QVERIFY(!dialOut(0, firstCall, QStringLiteral("leg%1@example.com").arg(i)).isEmpty());

        struct Case
        {
            QString path;
            int total;
        };
        const QList<Case> cases = {
            {QStringLiteral("calls"), 12},
            {QStringLiteral("callLegs"), 12},
            {QStringLiteral("calls/") + firstCall + QStringLiteral("/callLegs"), 12},
            {QStringLiteral("participants"), 12},
            {QStringLiteral("calls/") + firstCall + QStringLiteral("/participants"), 12},
        };
        for (const Case &c : cases) {
            const XmlNode page = m_client->get(0, c.path + QStringLiteral("?limit=50")).xml();
            QVERIFY2(page.attribute(QStringLiteral("total")) == QString::number(c.total), qPrintable(c.path));
            QVERIFY2(page.children.size() == 10, qPrintable(c.path));
            const XmlNode rest = m_client->get(0, c.path + QStringLiteral("?offset=10&limit=50")).xml();
            QVERIFY2(rest.attribute(QStringLiteral("total")) == QString::number(c.total), qPrintable(c.path));
            QVERIFY2(rest.children.size() == 2, qPrintable(c.path));
            // Together the pages list every object once.
            const QStringList all = page.ids() + rest.ids();
            QCOMPARE(QSet<QString>(all.begin(), all.end()).size(), 12);
            const XmlNode small = m_client->get(0, c.path + QStringLiteral("?limit=3")).xml();
            QVERIFY2(small.children.size() == 3, qPrintable(c.path));
        }
    }

    void liveCapIsConfigurable()
    {
        ClusterOptions options;
        options.bridgeCount = 1;
        options.caps.live = 4;
        options.caps.perCollection.insert(QStringLiteral("participants"), 2);
        auto cluster = startTestCluster(options);
        SimTestClient client(*cluster, kTestUser, kTestPassword);
        QString call;
        for (int i = 0; i < 6; ++i)
            call = idOf(client.post(0, QStringLiteral("calls"), {{kName, QStringLiteral("Cap %1").arg(i)}}), "start call");
        QVERIFY(!call.isEmpty());
        for (int i = 0; i < 5; ++i)
            QCOMPARE(client.post(0, QStringLiteral("calls/") + call + QStringLiteral("/callLegs"),
                                 {{kRemoteParty, QStringLiteral("c%1@example.com").arg(i)}}).status, 200);

        XmlNode page = client.get(0, QStringLiteral("calls?limit=10")).xml();
        QCOMPARE(page.attribute(QStringLiteral("total")), QStringLiteral("6"));
        QCOMPARE(page.children.size(), 4);
        page = client.get(0, QStringLiteral("callLegs?limit=10")).xml();
        QCOMPARE(page.attribute(QStringLiteral("total")), QStringLiteral("5"));
        QCOMPARE(page.children.size(), 4);
        page = client.get(0, QStringLiteral("participants?limit=10")).xml();
        QCOMPARE(page.attribute(QStringLiteral("total")), QStringLiteral("5"));
        QCOMPARE(page.children.size(), 2);
    }

    void callsFilterBySpaceAndTenant()
    {
        CREATED(tenant, idOf(m_client->post(0, QStringLiteral("tenants"), {{kName, QStringLiteral("Acme")}}), "tenant"));
        CREATED(withTenant, createSpace(QStringLiteral("Tenant space"), {{QStringLiteral("tenant"), tenant}}));
        CREATED(plain, createSpace(QStringLiteral("Plain space")));
        CREATED(tenantCall, startCall(0, withTenant));
        CREATED(plainCall, startCall(0, plain));

        XmlNode list = m_client->get(0, QStringLiteral("calls?coSpaceFilter=") + plain).xml();
        QCOMPARE(list.attribute(QStringLiteral("total")), QStringLiteral("1"));
        QCOMPARE(list.ids(), QStringList{plainCall});

        list = m_client->get(0, QStringLiteral("calls?tenantFilter=") + tenant).xml();
        QCOMPARE(list.attribute(QStringLiteral("total")), QStringLiteral("1"));
        QCOMPARE(list.ids(), QStringList{tenantCall});
        QCOMPARE(list.children.first().value(QStringLiteral("tenant")), tenant);

        list = m_client->get(0, QStringLiteral("calls?coSpaceFilter=") + plain + QStringLiteral("&tenantFilter=") + tenant).xml();
        QCOMPARE(list.attribute(QStringLiteral("total")), QStringLiteral("0"));
        QCOMPARE(m_client->get(0, QStringLiteral("calls")).xml().attribute(QStringLiteral("total")), QStringLiteral("2"));
    }

    void callLegsFilterByTextParticipantAndAlarms()
    {
        CREATED(call, startAdHocCall(0, QStringLiteral("Filters")));
        CREATED(alice, dialOut(0, call, QStringLiteral("alice@example.com")));
        CREATED(bob, dialOut(0, call, QStringLiteral("bob@example.org")));
        CREATED(carol, dialOut(0, call, QStringLiteral("carol@example.org")));
        // Alarms come from random media figures: pin them so that the filter has something to find.
        LiveState &live = m_cluster->bridge(0).live();
        live.participantByLeg(alice)->alarms = {QStringLiteral("packetLoss")};
        live.participantByLeg(bob)->alarms = {QStringLiteral("highRoundTripTime"), QStringLiteral("excessiveJitter")};
        live.participantByLeg(carol)->alarms.clear();

        XmlNode list = m_client->get(0, QStringLiteral("callLegs?filter=BOB")).xml();
        QCOMPARE(list.ids(), QStringList{bob});
        QCOMPARE(list.attribute(QStringLiteral("total")), QStringLiteral("1"));
        list = m_client->get(0, QStringLiteral("callLegs?filter=example.org")).xml();
        QCOMPARE(list.ids(), (QStringList{bob, carol}));

        const QString carolParticipant = m_client->get(0, QStringLiteral("callLegs/") + carol).xml().value(QStringLiteral("participant"));
        QVERIFY(!carolParticipant.isEmpty());
        list = m_client->get(0, QStringLiteral("callLegs?participantFilter=") + carolParticipant).xml();
        QCOMPARE(list.ids(), QStringList{carol});

        list = m_client->get(0, QStringLiteral("callLegs?alarms=packetLoss")).xml();
        QCOMPARE(list.ids(), QStringList{alice});
        QCOMPARE(list.attribute(QStringLiteral("total")), QStringLiteral("1"));
        QVERIFY(list.children.first().has(QStringLiteral("alarms/packetLoss")));
        list = m_client->get(0, QStringLiteral("callLegs?alarms=excessiveJitter")).xml();
        QCOMPARE(list.ids(), QStringList{bob});
        // Several alarm names are separated by '|'; "all" stands for any alarm.
        list = m_client->get(0, QStringLiteral("callLegs?alarms=packetLoss%7ChighRoundTripTime")).xml();
        QCOMPARE(list.ids(), (QStringList{alice, bob}));
        QVERIFY(!list.children.last().has(QStringLiteral("alarms/packetLoss")));
        list = m_client->get(0, QStringLiteral("callLegs?alarms=all")).xml();
        QCOMPARE(list.ids(), (QStringList{alice, bob}));
        QCOMPARE(list.attribute(QStringLiteral("total")), QStringLiteral("2"));
        QCOMPARE(m_client->get(0, QStringLiteral("callLegs")).xml().attribute(QStringLiteral("total")), QStringLiteral("3"));
    }

    void participantsFilterByTextAndCallBridge()
    {
        CREATED(space, createSpace(QStringLiteral("Spread")));
        CREATED(call, startCall(0, space));
        CREATED(local, addParticipant(0, call, QStringLiteral("dana@example.com")));
        m_cluster->live().forcedPlacement = 1;
        CREATED(remote, addParticipant(0, call, QStringLiteral("eve@example.com")));
        const QString bridgeZero = m_cluster->bridge(0).id();
        const QString bridgeOne = m_cluster->bridge(1).id();

        XmlNode list = m_client->get(0, QStringLiteral("participants")).xml();
        QCOMPARE(list.attribute(QStringLiteral("total")), QStringLiteral("2"));
        QCOMPARE(list.ids(), (QStringList{local, remote}));
        list = m_client->get(0, QStringLiteral("participants?callBridgeFilter=") + bridgeOne).xml();
        QCOMPARE(list.ids(), QStringList{remote});
        QCOMPARE(list.attribute(QStringLiteral("total")), QStringLiteral("1"));
        list = m_client->get(0, QStringLiteral("participants?callBridgeFilter=") + bridgeZero).xml();
        QCOMPARE(list.ids(), QStringList{local});
        list = m_client->get(0, QStringLiteral("participants?filter=EVE")).xml();
        QCOMPARE(list.ids(), QStringList{remote});
        list = m_client->get(0, QStringLiteral("participants?filter=nobody")).xml();
        QCOMPARE(list.attribute(QStringLiteral("total")), QStringLiteral("0"));
    }

    void postCallWithUnknownSpaceIsCoSpaceDoesNotExist()
    {
        const HttpResult r = m_client->post(0, QStringLiteral("calls"), {{kCoSpace, QStringLiteral("00000000-0000-0000-0000-000000000000")}});
        QCOMPARE(r.status, 400);
        QCOMPARE(r.failureReason(), QStringLiteral("coSpaceDoesNotExist"));
        QCOMPARE(m_client->get(0, QStringLiteral("calls")).xml().attribute(QStringLiteral("total")), QStringLiteral("0"));
    }

    void callDetailCarriesTypeCountsAndFlags()
    {
        CREATED(space, createSpace(QStringLiteral("Detail")));
        CREATED(call, startCall(0, space));
        QVERIFY(!dialOut(0, call, QStringLiteral("one@example.com")).isEmpty());
        QVERIFY(!dialOut(0, call, QStringLiteral("two@example.com")).isEmpty());
        m_cluster->live().forcedPlacement = 1;
        QVERIFY(!addParticipant(0, call, QStringLiteral("three@example.com")).isEmpty());

        XmlNode detail = m_client->get(0, QStringLiteral("calls/") + call).xml();
        QCOMPARE(detail.name, QStringLiteral("call"));
        QCOMPARE(detail.attribute(QStringLiteral("id")), call);
        QCOMPARE(detail.value(kCoSpace), space);
        QCOMPARE(detail.value(QStringLiteral("callType")), QStringLiteral("coSpace"));
        QCOMPARE(detail.value(QStringLiteral("numCallLegs")), QStringLiteral("2"));
        QCOMPARE(detail.value(QStringLiteral("numParticipantsLocal")), QStringLiteral("2"));
        QCOMPARE(detail.value(QStringLiteral("numParticipantsRemote")), QStringLiteral("1"));
        QCOMPARE(detail.value(QStringLiteral("numDistributedInstances")), QStringLiteral("1"));
        QVERIFY(detail.has(QStringLiteral("durationSeconds")));
        QCOMPARE(detail.value(QStringLiteral("locked")), kFalse);
        QCOMPARE(detail.value(QStringLiteral("recording")), kFalse);
        QCOMPARE(detail.value(QStringLiteral("streaming")), kFalse);

        HttpResult r = m_client->put(0, QStringLiteral("calls/") + call, {{QStringLiteral("locked"), kTrue}, {QStringLiteral("recording"), kTrue}});
        QCOMPARE(r.status, 200);
        QVERIFY(r.body.isEmpty());
        detail = m_client->get(0, QStringLiteral("calls/") + call).xml();
        QCOMPARE(detail.value(QStringLiteral("locked")), kTrue);
        QCOMPARE(detail.value(QStringLiteral("recording")), kTrue);
        QCOMPARE(detail.value(QStringLiteral("streaming")), kFalse);
        QCOMPARE(m_client->put(0, QStringLiteral("calls/") + call, {{QStringLiteral("streaming"), kTrue}}).status, 200);
        detail = m_client->get(0, QStringLiteral("calls/") + call).xml();
        QCOMPARE(detail.value(QStringLiteral("streaming")), kTrue);
        QCOMPARE(detail.value(QStringLiteral("locked")), kTrue);   // PUT changes only what it sends

        r = m_client->put(0, QStringLiteral("calls/") + call, {{QStringLiteral("locked"), QStringLiteral("yes")}});
        QCOMPARE(r.status, 400);
        QCOMPARE(r.failureReason(), QStringLiteral("parameterError"));
        QCOMPARE(r.xml().children.first().attribute(QStringLiteral("parameter")), QStringLiteral("locked"));

        // The distributed instance on bridge 1 sees bridge 0's participants as remote.
        const XmlNode instances = m_client->get(1, QStringLiteral("calls")).xml();
        QCOMPARE(instances.children.size(), 1);
        const XmlNode other = m_client->get(1, QStringLiteral("calls/") + instances.ids().first()).xml();
        QCOMPARE(other.value(QStringLiteral("numParticipantsLocal")), QStringLiteral("1"));
        QCOMPARE(other.value(QStringLiteral("numParticipantsRemote")), QStringLiteral("2"));

        CREATED(adHoc, startAdHocCall(0, QStringLiteral("Ad hoc")));
        detail = m_client->get(0, QStringLiteral("calls/") + adHoc).xml();
        QCOMPARE(detail.value(QStringLiteral("callType")), QStringLiteral("adHoc"));
        QCOMPARE(detail.value(kName), QStringLiteral("Ad hoc"));
        QCOMPARE(detail.value(QStringLiteral("numDistributedInstances")), QStringLiteral("0"));
    }

    void dialOutThroughCallLegs()
    {
        CREATED(call, startAdHocCall(0, QStringLiteral("Dial out")));
        const HttpResult r = m_client->post(0, QStringLiteral("calls/") + call + QStringLiteral("/callLegs"),
                                            {{kRemoteParty, QStringLiteral("frank@example.com")}});
        QCOMPARE(r.status, 200);
        QVERIFY(r.body.isEmpty());
        QVERIFY2(r.location().startsWith(QStringLiteral("/api/v1/callLegs/")), qPrintable(r.location()));
        const QString leg = r.createdId();

        const XmlNode list = m_client->get(0, QStringLiteral("calls/") + call + QStringLiteral("/callLegs")).xml();
        QCOMPARE(list.ids(), QStringList{leg});

        const XmlNode detail = m_client->get(0, QStringLiteral("callLegs/") + leg).xml();
        QCOMPARE(detail.name, QStringLiteral("callLeg"));
        QCOMPARE(detail.value(kRemoteParty), QStringLiteral("frank@example.com"));
        QCOMPARE(detail.value(QStringLiteral("call")), call);
        QCOMPARE(detail.value(QStringLiteral("direction")), QStringLiteral("outgoing"));
        QCOMPARE(detail.value(QStringLiteral("status/state")), QStringLiteral("connected"));
        for (const QString &block : {QStringLiteral("rxAudio"), QStringLiteral("txAudio"), QStringLiteral("rxVideo"), QStringLiteral("txVideo")}) {
            const QString base = QStringLiteral("status/") + block + QLatin1Char('/');
            QVERIFY2(!detail.value(base + QStringLiteral("codec")).isEmpty(), qPrintable(block));
            QVERIFY2(detail.value(base + QStringLiteral("bitRate")).toInt() > 0, qPrintable(block));
            QVERIFY2(detail.has(base + QStringLiteral("jitter")), qPrintable(block));
            bool ok = false;
            detail.value(base + QStringLiteral("packetLossPercentage")).toDouble(&ok);
            QVERIFY2(ok, qPrintable(block));
        }
        // The round-trip time is a figure of what the bridge sends (cms-api.md section 4, the schema).
        QVERIFY(detail.value(QStringLiteral("status/txAudio/roundTripTime")).toInt() > 0);
        QVERIFY(detail.value(QStringLiteral("status/txVideo/roundTripTime")).toInt() > 0);
        QVERIFY(!detail.has(QStringLiteral("status/rxAudio/roundTripTime")));
        QVERIFY(!detail.has(QStringLiteral("status/roundTripTime")));

        // The leg's participant exists too.
        const QString participant = detail.value(QStringLiteral("participant"));
        const XmlNode p = m_client->get(0, QStringLiteral("participants/") + participant).xml();
        QCOMPARE(p.value(QStringLiteral("uri")), QStringLiteral("frank@example.com"));
        QCOMPARE(p.value(QStringLiteral("call")), call);
        QCOMPARE(p.value(QStringLiteral("numCallLegs")), QStringLiteral("1"));
        QCOMPARE(p.value(QStringLiteral("status/state")), QStringLiteral("connected"));

        const HttpResult missing = m_client->post(0, QStringLiteral("calls/") + call + QStringLiteral("/callLegs"), {});
        QCOMPARE(missing.failureReason(), QStringLiteral("parameterError"));
    }

    void refusedDialOutCreatesNoLeg()
    {
        CREATED(call, startAdHocCall(0, QStringLiteral("Refused dial out")));
        const HttpResult r = m_client->post(0, QStringLiteral("calls/") + call + QStringLiteral("/callLegs"),
                                            {{kRemoteParty, QStringLiteral("bad@example.com")}, {QStringLiteral("rxAudioMute"), QStringLiteral("maybe")}});
        QCOMPARE(r.status, 400);
        QCOMPARE(r.failureReason(), QStringLiteral("parameterError"));
        QCOMPARE(m_client->get(0, QStringLiteral("callLegs")).xml().attribute(QStringLiteral("total")), QStringLiteral("0"));
    }

    void dialOutSettingsApplyToTheNewLeg()
    {
        CREATED(call, startAdHocCall(0, QStringLiteral("Muted dial out")));
        const HttpResult r = m_client->post(0, QStringLiteral("calls/") + call + QStringLiteral("/callLegs"),
                                            {{kRemoteParty, QStringLiteral("quiet@example.com")}, {QStringLiteral("rxAudioMute"), kTrue}});
        QCOMPARE(r.status, 200);
        const XmlNode detail = m_client->get(0, QStringLiteral("callLegs/") + r.createdId()).xml();
        QCOMPARE(detail.value(QStringLiteral("configuration/rxAudioMute")), kTrue);
    }

    void putCallLegMuteShowsInConfiguration()
    {
        CREATED(call, startAdHocCall(0, QStringLiteral("Mute one")));
        CREATED(leg, dialOut(0, call, QStringLiteral("gina@example.com")));
        CREATED(other, dialOut(0, call, QStringLiteral("hugo@example.com")));
        XmlNode detail = m_client->get(0, QStringLiteral("callLegs/") + leg).xml();
        QCOMPARE(detail.value(QStringLiteral("configuration/rxAudioMute")), kFalse);

        const HttpResult r = m_client->put(0, QStringLiteral("callLegs/") + leg, {{QStringLiteral("rxAudioMute"), kTrue}});
        QCOMPARE(r.status, 200);
        QVERIFY(r.body.isEmpty());
        detail = m_client->get(0, QStringLiteral("callLegs/") + leg).xml();
        QCOMPARE(detail.value(QStringLiteral("configuration/rxAudioMute")), kTrue);
        QCOMPARE(detail.value(QStringLiteral("configuration/rxVideoMute")), kFalse);
        QCOMPARE(m_client->get(0, QStringLiteral("callLegs/") + other).xml().value(QStringLiteral("configuration/rxAudioMute")), kFalse);

        QCOMPARE(m_client->put(0, QStringLiteral("callLegs/") + leg, {{QStringLiteral("chosenLayout"), QStringLiteral("speakerOnly")}}).status, 200);
        detail = m_client->get(0, QStringLiteral("callLegs/") + leg).xml();
        QCOMPARE(detail.value(QStringLiteral("configuration/chosenLayout")), QStringLiteral("speakerOnly"));
        QCOMPARE(detail.value(QStringLiteral("configuration/rxAudioMute")), kTrue);

        const HttpResult bad = m_client->put(0, QStringLiteral("callLegs/") + leg, {{QStringLiteral("rxAudioMute"), QStringLiteral("1")}});
        QCOMPARE(bad.status, 400);
        QCOMPARE(bad.failureReason(), QStringLiteral("parameterError"));
        QCOMPARE(m_client->get(0, QStringLiteral("callLegs/") + leg).xml().value(QStringLiteral("configuration/rxAudioMute")), kTrue);
    }

    void putAllParticipantsMutesEveryoneOrTheFilteredIds()
    {
        CREATED(call, startAdHocCall(0, QStringLiteral("Mute all")));
        QStringList legs;
        for (int i = 0; i < 3; ++i)
            legs.append(dialOut(0, call, QStringLiteral("m%1@example.com").arg(i)));
        QVERIFY(!legs.contains(QString()));
        CREATED(bystanderCall, startAdHocCall(0, QStringLiteral("Bystander")));
        CREATED(bystander, dialOut(0, bystanderCall, QStringLiteral("other@example.com")));

        auto muted = [this](const QString &leg) {
            return m_client->get(0, QStringLiteral("callLegs/") + leg).xml().value(QStringLiteral("configuration/rxAudioMute")) == kTrue;
        };
        const QString all = QStringLiteral("calls/") + call + QStringLiteral("/participants/*");
        HttpResult r = m_client->put(0, all, {{QStringLiteral("rxAudioMute"), kTrue}});
        QCOMPARE(r.status, 200);
        for (const QString &leg : legs)
            QVERIFY(muted(leg));
        QVERIFY(!muted(bystander));

        const QString first = m_client->get(0, QStringLiteral("callLegs/") + legs.at(0)).xml().value(QStringLiteral("participant"));
        const QString third = m_client->get(0, QStringLiteral("callLegs/") + legs.at(2)).xml().value(QStringLiteral("participant"));
        r = m_client->put(0, all, {{QStringLiteral("rxAudioMute"), kFalse}, {QStringLiteral("filterIds"), first + QLatin1Char(',') + third}});
        QCOMPARE(r.status, 200);
        QVERIFY(!muted(legs.at(0)));
        QVERIFY(muted(legs.at(1)));
        QVERIFY(!muted(legs.at(2)));
    }

    void deleteCallLegDisconnectsIt()
    {
        CREATED(call, startAdHocCall(0, QStringLiteral("Hang up leg")));
        CREATED(leg, dialOut(0, call, QStringLiteral("ivy@example.com")));
        CREATED(stays, dialOut(0, call, QStringLiteral("jack@example.com")));
        QCOMPARE(activeLegs(0), 2);
        const HttpResult r = m_client->del(0, QStringLiteral("callLegs/") + leg);
        QCOMPARE(r.status, 200);
        QVERIFY(r.body.isEmpty());
        QCOMPARE(m_client->get(0, QStringLiteral("callLegs/") + leg).failureReason(), QStringLiteral("callLegDoesNotExist"));
        QCOMPARE(m_client->get(0, QStringLiteral("callLegs")).xml().ids(), QStringList{stays});
        QCOMPARE(m_client->get(0, QStringLiteral("participants")).xml().attribute(QStringLiteral("total")), QStringLiteral("1"));
        QCOMPARE(activeLegs(0), 1);
    }

    void deleteParticipantDisconnectsIt()
    {
        CREATED(space, createSpace(QStringLiteral("Hang up participant")));
        CREATED(call, startCall(0, space));
        CREATED(gone, addParticipant(0, call, QStringLiteral("kim@example.com")));
        CREATED(stays, addParticipant(0, call, QStringLiteral("lou@example.com")));
        m_cluster->live().forcedPlacement = 1;
        CREATED(remote, addParticipant(0, call, QStringLiteral("max@example.com")));

        QCOMPARE(m_client->del(0, QStringLiteral("participants/") + gone).status, 200);
        QCOMPARE(m_client->get(0, QStringLiteral("participants/") + gone).failureReason(), QStringLiteral("participantDoesNotExist"));
        QCOMPARE(m_client->get(0, QStringLiteral("calls/") + call + QStringLiteral("/participants")).xml().ids(), (QStringList{stays, remote}));
        // A participant hosted on another bridge can be disconnected through the call's bridge.
        QCOMPARE(m_client->del(0, QStringLiteral("participants/") + remote).status, 200);
        QCOMPARE(m_client->get(1, QStringLiteral("participants")).xml().attribute(QStringLiteral("total")), QStringLiteral("0"));
        QCOMPARE(activeLegs(0), 1);
        QCOMPARE(activeLegs(1), 0);
    }

    void deleteCallEndsItForEveryone()
    {
        CREATED(space, createSpace(QStringLiteral("Ending")));
        CREATED(call, startCall(0, space));
        QVERIFY(!addParticipant(0, call, QStringLiteral("nia@example.com")).isEmpty());
        m_cluster->live().forcedPlacement = 1;
        QVERIFY(!addParticipant(0, call, QStringLiteral("oli@example.com")).isEmpty());
        CREATED(other, startAdHocCall(0, QStringLiteral("Unrelated")));
        QCOMPARE(m_client->get(1, QStringLiteral("calls")).xml().attribute(QStringLiteral("total")), QStringLiteral("1"));

        const HttpResult r = m_client->del(0, QStringLiteral("calls/") + call);
        QCOMPARE(r.status, 200);
        QVERIFY(r.body.isEmpty());
        QCOMPARE(m_client->get(0, QStringLiteral("calls/") + call).failureReason(), QStringLiteral("callDoesNotExist"));
        QCOMPARE(m_client->get(0, QStringLiteral("calls")).xml().ids(), QStringList{other});
        QCOMPARE(m_client->get(1, QStringLiteral("calls")).xml().attribute(QStringLiteral("total")), QStringLiteral("0"));
        QCOMPARE(m_client->get(0, QStringLiteral("participants")).xml().attribute(QStringLiteral("total")), QStringLiteral("0"));
        QCOMPARE(activeLegs(0), 0);
        QCOMPARE(activeLegs(1), 0);
    }

    void unknownIdsAnswerTheirReason_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("reason");
        const QString unknown = QStringLiteral("0e0e0e0e-0000-4000-8000-000000000000");
        const QString call = QStringLiteral("callDoesNotExist");
        const QString leg = QStringLiteral("callLegDoesNotExist");
        const QString participant = QStringLiteral("participantDoesNotExist");
        QTest::newRow("GET call") << QByteArray("GET") << QStringLiteral("calls/") + unknown << call;
        QTest::newRow("PUT call") << QByteArray("PUT") << QStringLiteral("calls/") + unknown << call;
        QTest::newRow("DELETE call") << QByteArray("DELETE") << QStringLiteral("calls/") + unknown << call;
        QTest::newRow("GET call legs of call") << QByteArray("GET") << QStringLiteral("calls/") + unknown + QStringLiteral("/callLegs") << call;
        QTest::newRow("POST call leg") << QByteArray("POST") << QStringLiteral("calls/") + unknown + QStringLiteral("/callLegs") << call;
        QTest::newRow("GET participants of call") << QByteArray("GET") << QStringLiteral("calls/") + unknown + QStringLiteral("/participants") << call;
        QTest::newRow("POST participant") << QByteArray("POST") << QStringLiteral("calls/") + unknown + QStringLiteral("/participants") << call;
        QTest::newRow("PUT all participants") << QByteArray("PUT") << QStringLiteral("calls/") + unknown + QStringLiteral("/participants/*") << call;
        QTest::newRow("GET call leg") << QByteArray("GET") << QStringLiteral("callLegs/") + unknown << leg;
        QTest::newRow("PUT call leg") << QByteArray("PUT") << QStringLiteral("callLegs/") + unknown << leg;
        QTest::newRow("DELETE call leg") << QByteArray("DELETE") << QStringLiteral("callLegs/") + unknown << leg;
        QTest::newRow("GET participant") << QByteArray("GET") << QStringLiteral("participants/") + unknown << participant;
        QTest::newRow("PUT participant") << QByteArray("PUT") << QStringLiteral("participants/") + unknown << participant;
        QTest::newRow("DELETE participant") << QByteArray("DELETE") << QStringLiteral("participants/") + unknown << participant;
    }

    void unknownIdsAnswerTheirReason()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(QString, reason);
        const QByteArray body = method == "POST" ? QByteArray("remoteParty=x%40example.com")
            : method == "PUT"                    ? QByteArray("rxAudioMute=true")
                                                 : QByteArray();
        const HttpResult r = m_client->raw(0, method, QStringLiteral("/api/v1/") + path, body);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.failureReason(), reason);
    }

    void unknownIdsAre404WhenConfigured()
    {
        ClusterOptions options;
        options.bridgeCount = 1;
        options.notFoundAs404 = true;
        auto cluster = startTestCluster(options);
        SimTestClient client(*cluster, kTestUser, kTestPassword);
        const QString unknown = QStringLiteral("0e0e0e0e-0000-4000-8000-000000000000");
        HttpResult r = client.get(0, QStringLiteral("calls/") + unknown);
        QCOMPARE(r.status, 404);
        QCOMPARE(r.failureReason(), QStringLiteral("callDoesNotExist"));
        r = client.del(0, QStringLiteral("callLegs/") + unknown);
        QCOMPARE(r.status, 404);
        QCOMPARE(r.failureReason(), QStringLiteral("callLegDoesNotExist"));
        r = client.put(0, QStringLiteral("participants/") + unknown, {{QStringLiteral("rxAudioMute"), kTrue}});
        QCOMPARE(r.status, 404);
        QCOMPARE(r.failureReason(), QStringLiteral("participantDoesNotExist"));
        // Validation failures stay 400.
        const QString call = idOf(client.post(0, QStringLiteral("calls"), {{kName, QStringLiteral("Still 400")}}), "call");
        QCOMPARE(client.put(0, QStringLiteral("calls/") + call, {{QStringLiteral("locked"), QStringLiteral("maybe")}}).status, 400);
    }

    // The lobby: a participant whose effective call leg profile needs activation waits until an
    // activator is present.
    void guestWaitsInTheLobbyUntilAnActivatorJoins()
    {
        CREATED(guestProfile, createLegProfile({{kNeedsActivation, kTrue}}));
        CREATED(space, createSpace(QStringLiteral("Lobby"), {{kCallLegProfile, guestProfile}}));
        CREATED(call, startCall(0, space));
        CREATED(guest, addParticipant(0, call, QStringLiteral("guest@example.com")));

        XmlNode detail = participant(0, guest);
        QCOMPARE(detail.value(QStringLiteral("isActivator")), kFalse);
        QCOMPARE(detail.value(QStringLiteral("status/deactivated")), kTrue);

        CREATED(hostProfile, createLegProfile({{kNeedsActivation, kFalse}}));
        CREATED(host, addParticipant(0, call, QStringLiteral("host@example.com"), {{kCallLegProfile, hostProfile}}));
        QCOMPARE(participant(0, host).value(QStringLiteral("isActivator")), kTrue);
        QCOMPARE(participant(0, host).value(QStringLiteral("status/deactivated")), kFalse);
        detail = participant(0, guest);
        QCOMPARE(detail.value(QStringLiteral("status/deactivated")), kFalse);
        QCOMPARE(detail.value(QStringLiteral("isActivator")), kFalse);

        // A guest arriving while the host is there goes straight in; the leg says so too.
        CREATED(late, addParticipant(0, call, QStringLiteral("late@example.com")));
        QCOMPARE(participant(0, late).value(QStringLiteral("status/deactivated")), kFalse);
        const XmlNode legs = m_client->get(0, QStringLiteral("callLegs?filter=late")).xml();
        QCOMPARE(legs.children.size(), 1);
        QCOMPARE(m_client->get(0, QStringLiteral("callLegs/") + legs.ids().first()).xml().value(QStringLiteral("status/deactivated")), kFalse);
    }

    void lastActivatorLeavingAppliesTheDeactivationMode_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("mode");
        for (const QString &source : {QStringLiteral("space"), QStringLiteral("accessMethod"), QStringLiteral("system")}) {
            for (const QString &mode : {QStringLiteral("deactivate"), QStringLiteral("disconnect"), QStringLiteral("remainActivated")})
                QTest::addRow("%s %s", qPrintable(source), qPrintable(mode)) << source << mode;
        }
    }

    void lastActivatorLeavingAppliesTheDeactivationMode()
    {
        QFETCH(QString, source);
        QFETCH(QString, mode);
        CREATED(guestProfile, createLegProfile({{kNeedsActivation, kTrue}, {kDeactivationMode, mode}}));
        CREATED(hostProfile, createLegProfile({{kNeedsActivation, kFalse}}));
        CREATED(space, createSpace(QStringLiteral("Modes ") + source + mode,
                                   source == QLatin1String("space") ? Form{{kCallLegProfile, guestProfile}} : Form{}));
        CREATED(call, startCall(0, space));

        QString guest;
        if (source == QLatin1String("accessMethod")) {
            const QString method = idOf(m_client->post(0, QStringLiteral("coSpaces/") + space + QStringLiteral("/accessMethods"),
                                                       {{QStringLiteral("uri"), QStringLiteral("guests.") + mode},
                                                        {kCallLegProfile, guestProfile}}), "access method");
            QVERIFY(!method.isEmpty());
            JoinSpec spec;
            spec.name = QStringLiteral("Guest");
            spec.remoteParty = QStringLiteral("guest@example.com");
            spec.accessMethodId = method;
            guest = m_cluster->live().join(m_cluster->bridge(0), call, spec);
        } else {
            if (source == QLatin1String("system"))
                QCOMPARE(m_client->put(0, QStringLiteral("system/profiles"), {{kCallLegProfile, guestProfile}}).status, 200);
            guest = addParticipant(0, call, QStringLiteral("guest@example.com"));
        }
        QVERIFY(!guest.isEmpty());
        QCOMPARE(participant(0, guest).value(QStringLiteral("status/deactivated")), kTrue);

        CREATED(host, addParticipant(0, call, QStringLiteral("host@example.com"), {{kCallLegProfile, hostProfile}}));
        CREATED(secondHost, addParticipant(0, call, QStringLiteral("cohost@example.com"), {{kCallLegProfile, hostProfile}}));
        QCOMPARE(participant(0, guest).value(QStringLiteral("status/deactivated")), kFalse);

        // One activator leaving while another stays changes nothing.
        QCOMPARE(m_client->del(0, QStringLiteral("participants/") + host).status, 200);
        QCOMPARE(participant(0, guest).value(QStringLiteral("status/deactivated")), kFalse);

        QCOMPARE(m_client->del(0, QStringLiteral("participants/") + secondHost).status, 200);
        const HttpResult after = m_client->get(0, QStringLiteral("participants/") + guest);
        if (mode == QLatin1String("disconnect")) {
            QCOMPARE(after.failureReason(), QStringLiteral("participantDoesNotExist"));
            QCOMPARE(activeLegs(0), 0);
        } else {
            QCOMPARE(after.status, 200);
            QCOMPARE(after.xml().value(QStringLiteral("status/deactivated")),
                     mode == QLatin1String("deactivate") ? kTrue : kFalse);
            QCOMPARE(activeLegs(0), 1);
        }
    }

    void lobbyOfADistributedMeetingFollowsActivatorsOnEveryBridge()
    {
        CREATED(guestProfile, createLegProfile({{kNeedsActivation, kTrue}, {kDeactivationMode, QStringLiteral("deactivate")}}));
        CREATED(hostProfile, createLegProfile({{kNeedsActivation, kFalse}}));
        CREATED(space, createSpace(QStringLiteral("Distributed lobby"), {{kCallLegProfile, guestProfile}}));
        CREATED(call, startCall(0, space));
        m_cluster->live().forcedPlacement = 1;
        CREATED(guest, addParticipant(0, call, QStringLiteral("far-guest@example.com")));
        QCOMPARE(participant(1, guest).value(QStringLiteral("status/deactivated")), kTrue);
        m_cluster->live().forcedPlacement = 0;
        CREATED(host, addParticipant(0, call, QStringLiteral("host@example.com"), {{kCallLegProfile, hostProfile}}));
        QCOMPARE(participant(1, guest).value(QStringLiteral("status/deactivated")), kFalse);
        QCOMPARE(m_client->del(0, QStringLiteral("participants/") + host).status, 200);
        QCOMPARE(participant(1, guest).value(QStringLiteral("status/deactivated")), kTrue);
    }

    void putDeactivatedFalseAdmitsFromTheLobby()
    {
        CREATED(guestProfile, createLegProfile({{kNeedsActivation, kTrue}}));
        CREATED(space, createSpace(QStringLiteral("Admit"), {{kCallLegProfile, guestProfile}}));
        CREATED(call, startCall(0, space));
        CREATED(guest, addParticipant(0, call, QStringLiteral("waiting@example.com")));
        CREATED(other, addParticipant(0, call, QStringLiteral("still-waiting@example.com")));
        QCOMPARE(participant(0, guest).value(QStringLiteral("status/deactivated")), kTrue);

        const HttpResult r = m_client->put(0, QStringLiteral("participants/") + guest, {{QStringLiteral("deactivated"), kFalse}});
        QCOMPARE(r.status, 200);
        QVERIFY(r.body.isEmpty());
        QCOMPARE(participant(0, guest).value(QStringLiteral("status/deactivated")), kFalse);
        QCOMPARE(participant(0, guest).value(QStringLiteral("isActivator")), kFalse);
        QCOMPARE(participant(0, other).value(QStringLiteral("status/deactivated")), kTrue);
    }

    void admittingFromTheLobbyIsRefusedBefore29()
    {
        ClusterOptions options;
        options.bridgeCount = 1;
        options.version = SimVersion::parse(QStringLiteral("2.8"));
        auto cluster = startTestCluster(options);
        SimTestClient client(*cluster, kTestUser, kTestPassword);
        const QString profile = idOf(client.post(0, QStringLiteral("callLegProfiles"), {{kNeedsActivation, kTrue}}), "profile");
        const QString space = idOf(client.post(0, QStringLiteral("coSpaces"), {{kName, QStringLiteral("Old lobby")}, {kCallLegProfile, profile}}), "space");
        const QString call = idOf(client.post(0, QStringLiteral("calls"), {{kCoSpace, space}}), "call");
        QVERIFY(!call.isEmpty());
        const QString guest = idOf(client.post(0, QStringLiteral("calls/") + call + QStringLiteral("/participants"),
                                               {{kRemoteParty, QStringLiteral("old@example.com")}}), "participant");
        QVERIFY(!guest.isEmpty());
        QCOMPARE(client.get(0, QStringLiteral("participants/") + guest).xml().value(QStringLiteral("status/deactivated")), kTrue);

        const HttpResult r = client.put(0, QStringLiteral("participants/") + guest, {{QStringLiteral("deactivated"), kFalse}});
        QCOMPARE(r.status, 400);
        QCOMPARE(r.failureReason(), QStringLiteral("parameterError"));
        QCOMPARE(r.xml().children.first().attribute(QStringLiteral("parameter")), QStringLiteral("deactivated"));
        QCOMPARE(client.get(0, QStringLiteral("participants/") + guest).xml().value(QStringLiteral("status/deactivated")), kTrue);
    }

    void moveWithinOneBridge()
    {
        CREATED(target, startAdHocCall(0, QStringLiteral("Move target")));
        CREATED(source, startAdHocCall(0, QStringLiteral("Move source")));
        QVERIFY(!dialOut(0, target, QStringLiteral("already@example.com")).isEmpty());
        CREATED(leg, dialOut(0, source, QStringLiteral("mover@example.com")));
        const QString old = m_client->get(0, QStringLiteral("callLegs/") + leg).xml().value(QStringLiteral("participant"));

        const HttpResult r = moveParticipant(0, target, old);
        QCOMPARE(r.status, 200);
        QVERIFY(r.body.isEmpty());
        QVERIFY2(r.location().startsWith(QStringLiteral("/api/v1/participants/")), qPrintable(r.location()));
        const QString moved = r.createdId();
        QVERIFY(moved != old);

        QCOMPARE(m_client->get(0, QStringLiteral("participants/") + old).failureReason(), QStringLiteral("participantDoesNotExist"));
        QCOMPARE(m_client->get(0, QStringLiteral("callLegs/") + leg).failureReason(), QStringLiteral("callLegDoesNotExist"));
        QCOMPARE(m_client->get(0, QStringLiteral("calls/") + source + QStringLiteral("/participants")).xml().attribute(QStringLiteral("total")), QStringLiteral("0"));
        QVERIFY(m_client->get(0, QStringLiteral("calls/") + target + QStringLiteral("/participants")).xml().ids().contains(moved));

        const XmlNode detail = participant(0, moved);
        QCOMPARE(detail.value(QStringLiteral("call")), target);
        QCOMPARE(detail.value(kMovedParticipant), old);
        QCOMPARE(detail.value(QStringLiteral("movedParticipantCallBridge")), m_cluster->bridge(0).id());
        QCOMPARE(detail.value(QStringLiteral("isActivator")), kTrue);
        QCOMPARE(detail.value(QStringLiteral("uri")), QStringLiteral("mover@example.com"));
        QVERIFY(!detail.has(QStringLiteral("callBridge")));
    }

    void movedParticipantTakesTheTargetsDefaults()
    {
        CREATED(mutedProfile, createLegProfile({{QStringLiteral("rxVideoMute"), kTrue}}));
        CREATED(space, createSpace(QStringLiteral("Defaults target"), {{kCallLegProfile, mutedProfile}}));
        CREATED(target, startCall(0, space));
        CREATED(source, startAdHocCall(0, QStringLiteral("Defaults source")));
        CREATED(leg, dialOut(0, source, QStringLiteral("reset@example.com")));
        const QString old = m_client->get(0, QStringLiteral("callLegs/") + leg).xml().value(QStringLiteral("participant"));
        QCOMPARE(m_client->put(0, QStringLiteral("participants/") + old,
                               {{QStringLiteral("rxAudioMute"), kTrue}, {QStringLiteral("importance"), QStringLiteral("7")}}).status, 200);
        QCOMPARE(participant(0, old).value(QStringLiteral("configuration/importance")), QStringLiteral("7"));

        const HttpResult r = moveParticipant(0, target, old);
        QCOMPARE(r.status, 200);
        const XmlNode legs = m_client->get(0, QStringLiteral("callLegs?participantFilter=") + r.createdId()).xml();
        QCOMPARE(legs.children.size(), 1);
        const XmlNode newLeg = m_client->get(0, QStringLiteral("callLegs/") + legs.ids().first()).xml();
        QCOMPARE(newLeg.value(QStringLiteral("configuration/rxAudioMute")), kFalse);
        QCOMPARE(newLeg.value(QStringLiteral("configuration/rxVideoMute")), kTrue);
        QCOMPARE(newLeg.value(QStringLiteral("configuration/importance")), QStringLiteral("0"));
        QCOMPARE(participant(0, r.createdId()).value(QStringLiteral("configuration/importance")), QStringLiteral("0"));
    }

    void movingTheLastActivatorOutSendsTheGuestsBackToTheLobby()
    {
        CREATED(guestProfile, createLegProfile({{kNeedsActivation, kTrue}, {kDeactivationMode, QStringLiteral("deactivate")}}));
        CREATED(hostProfile, createLegProfile({{kNeedsActivation, kFalse}}));
        CREATED(space, createSpace(QStringLiteral("Host leaves by moving"), {{kCallLegProfile, guestProfile}}));
        CREATED(call, startCall(0, space));
        CREATED(target, startAdHocCall(1, QStringLiteral("Elsewhere")));
        CREATED(guest, addParticipant(0, call, QStringLiteral("left-behind@example.com")));
        CREATED(host, addParticipant(0, call, QStringLiteral("host@example.com"), {{kCallLegProfile, hostProfile}}));
        QCOMPARE(participant(0, guest).value(QStringLiteral("status/deactivated")), kFalse);
        QCOMPARE(moveParticipant(1, target, host).status, 200);
        QCOMPARE(participant(0, guest).value(QStringLiteral("status/deactivated")), kTrue);
    }

    void moveAcrossBridgesLandsAsActivatorPastTheLobby()
    {
        CREATED(guestProfile, createLegProfile({{kNeedsActivation, kTrue}}));
        CREATED(space, createSpace(QStringLiteral("Cross target"), {{kCallLegProfile, guestProfile}}));
        CREATED(target, startCall(0, space));
        CREATED(source, startAdHocCall(1, QStringLiteral("Cross source")));
        CREATED(leg, dialOut(1, source, QStringLiteral("traveller@example.com")));
        const QString old = m_client->get(1, QStringLiteral("callLegs/") + leg).xml().value(QStringLiteral("participant"));
        QVERIFY(!old.isEmpty());
        // The move goes to the bridge that hosts the target call.
        QCOMPARE(moveParticipant(1, target, old).failureReason(), QStringLiteral("callDoesNotExist"));

        const HttpResult r = moveParticipant(0, target, old);
        QCOMPARE(r.status, 200);
        QVERIFY(r.location().startsWith(QStringLiteral("/api/v1/participants/")));
        const QString moved = r.createdId();

        QCOMPARE(m_client->get(1, QStringLiteral("participants")).xml().attribute(QStringLiteral("total")), QStringLiteral("0"));
        QCOMPARE(m_client->get(1, QStringLiteral("callLegs")).xml().attribute(QStringLiteral("total")), QStringLiteral("0"));
        QCOMPARE(m_client->get(1, QStringLiteral("participants/") + old).failureReason(), QStringLiteral("participantDoesNotExist"));
        const XmlNode list = m_client->get(0, QStringLiteral("participants")).xml();
        QCOMPARE(list.ids(), QStringList{moved});
        QVERIFY(!list.children.first().has(QStringLiteral("callBridge")));

        const XmlNode detail = participant(0, moved);
        QCOMPARE(detail.value(kMovedParticipant), old);
        QCOMPARE(detail.value(QStringLiteral("movedParticipantCallBridge")), m_cluster->bridge(1).id());
        QCOMPARE(detail.value(QStringLiteral("isActivator")), kTrue);
        QCOMPARE(detail.value(QStringLiteral("status/deactivated")), kFalse);
        QCOMPARE(activeLegs(0), 1);
        QCOMPARE(activeLegs(1), 0);
    }

    void movePlacedOnAThirdBridgeCreatesADistributedInstance()
    {
        CREATED(space, createSpace(QStringLiteral("Third bridge")));
        CREATED(target, startCall(0, space));
        CREATED(source, startAdHocCall(1, QStringLiteral("Third source")));
        CREATED(leg, dialOut(1, source, QStringLiteral("placed@example.com")));
        const QString old = m_client->get(1, QStringLiteral("callLegs/") + leg).xml().value(QStringLiteral("participant"));
        const QString correlator = m_client->get(0, QStringLiteral("calls/") + target).xml().value(QStringLiteral("callCorrelator"));
        QVERIFY(!correlator.isEmpty());
        QCOMPARE(m_client->get(2, QStringLiteral("calls")).xml().attribute(QStringLiteral("total")), QStringLiteral("0"));

        m_cluster->live().forcedPlacement = 2;
        const HttpResult r = moveParticipant(0, target, old);
        QCOMPARE(r.status, 200);
        const QString moved = r.createdId();

        const XmlNode third = m_client->get(2, QStringLiteral("calls")).xml();
        QCOMPARE(third.attribute(QStringLiteral("total")), QStringLiteral("1"));
        QCOMPARE(third.children.first().value(QStringLiteral("callCorrelator")), correlator);
        QVERIFY(third.ids().first() != target);
        QCOMPARE(m_client->get(2, QStringLiteral("participants/") + moved).xml().value(QStringLiteral("call")), third.ids().first());

        const XmlNode list = m_client->get(0, QStringLiteral("participants")).xml();
        QCOMPARE(list.ids(), QStringList{moved});
        QCOMPARE(list.children.first().value(QStringLiteral("callBridge")), m_cluster->bridge(2).id());
        QCOMPARE(list.children.first().value(QStringLiteral("call")), target);
        const XmlNode detail = participant(0, moved);
        QCOMPARE(detail.value(QStringLiteral("callBridge")), m_cluster->bridge(2).id());
        QCOMPARE(detail.value(kMovedParticipant), old);
        QCOMPARE(detail.value(QStringLiteral("movedParticipantCallBridge")), m_cluster->bridge(1).id());

        const XmlNode call = m_client->get(0, QStringLiteral("calls/") + target).xml();
        QCOMPARE(call.value(QStringLiteral("numDistributedInstances")), QStringLiteral("1"));
        QCOMPARE(call.value(QStringLiteral("numParticipantsRemote")), QStringLiteral("1"));
        QCOMPARE(call.value(QStringLiteral("numParticipantsLocal")), QStringLiteral("0"));
        QCOMPARE(m_client->get(1, QStringLiteral("participants")).xml().attribute(QStringLiteral("total")), QStringLiteral("0"));
    }

    void canMoveDependsOnEndpointAndVersion_data()
    {
        QTest::addColumn<QString>("version");
        QTest::addColumn<int>("kind");
        QTest::addColumn<bool>("canMove");
        QTest::newRow("sip 3.8") << QStringLiteral("3.8.1") << int(EndpointKind::Sip) << true;
        QTest::newRow("lync 3.8") << QStringLiteral("3.8.1") << int(EndpointKind::Lync) << false;
        QTest::newRow("web app 3.2") << QStringLiteral("3.2") << int(EndpointKind::WebApp) << true;
        QTest::newRow("web app 3.1") << QStringLiteral("3.1") << int(EndpointKind::WebApp) << false;
        QTest::newRow("sip 3.1") << QStringLiteral("3.1") << int(EndpointKind::Sip) << true;
    }

    // A refused move answers parameterError movedParticipant invalidValue and changes nothing.
    void canMoveDependsOnEndpointAndVersion()
    {
        QFETCH(QString, version);
        QFETCH(int, kind);
        QFETCH(bool, canMove);
        ClusterOptions options;
        options.bridgeCount = 1;
        options.version = SimVersion::parse(version);
        auto cluster = startTestCluster(options);
        SimTestClient client(*cluster, kTestUser, kTestPassword);
        SimBridge &bridge = cluster->bridge(0);
        auto source = cluster->live().startCall(bridge, {}, QStringLiteral("Source"));
        auto target = cluster->live().startCall(bridge, {}, QStringLiteral("Target"));
        QVERIFY(std::holds_alternative<QString>(source) && std::holds_alternative<QString>(target));
        const QString sourceCall = std::get<QString>(source);
        const QString targetCall = std::get<QString>(target);
        JoinSpec spec;
        spec.name = QStringLiteral("Endpoint");
        spec.remoteParty = QStringLiteral("endpoint@example.com");
        spec.kind = EndpointKind(kind);
        const QString id = cluster->live().join(bridge, sourceCall, spec);
        QVERIFY(!id.isEmpty());
        const QString expected = canMove ? kTrue : kFalse;

        const XmlNode detail = client.get(0, QStringLiteral("participants/") + id).xml();
        QCOMPARE(detail.value(QStringLiteral("canMove")), expected);
        const XmlNode legs = client.get(0, QStringLiteral("callLegs")).xml();
        QCOMPARE(legs.children.size(), 1);
        QCOMPARE(client.get(0, QStringLiteral("callLegs/") + legs.ids().first()).xml().value(QStringLiteral("canMove")), expected);

        const HttpResult r = client.post(0, QStringLiteral("calls/") + targetCall + QStringLiteral("/participants"),
                                         {{kMovedParticipant, id}, {kNeedsActivation, kFalse}});
        if (canMove) {
            QCOMPARE(r.status, 200);
            QCOMPARE(client.get(0, QStringLiteral("participants/") + r.createdId()).xml().value(QStringLiteral("call")), targetCall);
            return;
        }
        QCOMPARE(r.status, 400);
        QCOMPARE(r.failureReason(), QStringLiteral("parameterError"));
        const XmlNode error = r.xml().children.first();
        QCOMPARE(error.attribute(QStringLiteral("parameter")), kMovedParticipant);
        QCOMPARE(error.attribute(QStringLiteral("error")), QStringLiteral("invalidValue"));
        // Nothing happened.
        const XmlNode still = client.get(0, QStringLiteral("participants/") + id).xml();
        QCOMPARE(still.value(QStringLiteral("call")), sourceCall);
        QCOMPARE(client.get(0, QStringLiteral("participants")).xml().ids(), QStringList{id});
        QCOMPARE(client.get(0, QStringLiteral("calls/") + targetCall + QStringLiteral("/participants")).xml().attribute(QStringLiteral("total")),
                 QStringLiteral("0"));
        QCOMPARE(client.get(0, QStringLiteral("callLegs")).xml().ids(), legs.ids());
    }

    void moveIntoTheSameMeetingIsRefused()
    {
        CREATED(call, startAdHocCall(0, QStringLiteral("Same")));
        CREATED(leg, dialOut(0, call, QStringLiteral("same@example.com")));
        const QString id = m_client->get(0, QStringLiteral("callLegs/") + leg).xml().value(QStringLiteral("participant"));
        const HttpResult r = moveParticipant(0, call, id);
        QCOMPARE(r.failureReason(), QStringLiteral("parameterError"));
        QCOMPARE(participant(0, id).value(QStringLiteral("call")), call);
    }

    void moveIntoACallThatNoLongerExistsIsCallDoesNotExist()
    {
        CREATED(gone, startAdHocCall(0, QStringLiteral("Gone")));
        CREATED(source, startAdHocCall(0, QStringLiteral("Stay")));
        CREATED(leg, dialOut(0, source, QStringLiteral("stayer@example.com")));
        const QString id = m_client->get(0, QStringLiteral("callLegs/") + leg).xml().value(QStringLiteral("participant"));
        QCOMPARE(m_client->del(0, QStringLiteral("calls/") + gone).status, 200);

        const HttpResult r = moveParticipant(0, gone, id);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.failureReason(), QStringLiteral("callDoesNotExist"));
        QCOMPARE(participant(0, id).value(QStringLiteral("call")), source);
    }

    void moveOfAnUnknownParticipantIsParticipantDoesNotExist()
    {
        CREATED(target, startAdHocCall(0, QStringLiteral("Nobody comes")));
        const HttpResult r = moveParticipant(0, target, QStringLiteral("0e0e0e0e-0000-4000-8000-000000000001"));
        QCOMPARE(r.failureReason(), QStringLiteral("participantDoesNotExist"));
        QCOMPARE(m_client->get(0, QStringLiteral("participants")).xml().attribute(QStringLiteral("total")), QStringLiteral("0"));
    }

    void moveFaultDropParticipantLeavesNobodyAnywhere()
    {
        CREATED(target, startAdHocCall(0, QStringLiteral("Drop target")));
        CREATED(source, startAdHocCall(1, QStringLiteral("Drop source")));
        CREATED(leg, dialOut(1, source, QStringLiteral("dropped@example.com")));
        const QString old = m_client->get(1, QStringLiteral("callLegs/") + leg).xml().value(QStringLiteral("participant"));
        m_cluster->setMoveFault(0, MoveFault::DropParticipant);

        const HttpResult r = moveParticipant(0, target, old);
        QCOMPARE(r.status, 200);   // the reply looks fine
        QVERIFY(r.location().startsWith(QStringLiteral("/api/v1/participants/")));
        const QString moved = r.createdId();
        QVERIFY(!moved.isEmpty());
        for (int bridge = 0; bridge < 3; ++bridge) {
            QCOMPARE(m_client->get(bridge, QStringLiteral("participants/") + moved).failureReason(), QStringLiteral("participantDoesNotExist"));
            QCOMPARE(m_client->get(bridge, QStringLiteral("participants")).xml().attribute(QStringLiteral("total")), QStringLiteral("0"));
        }
    }

    void moveFaultWrongCallLandsInAnotherMeeting()
    {
        CREATED(wrong, startAdHocCall(0, QStringLiteral("Wrong meeting")));
        CREATED(target, startAdHocCall(0, QStringLiteral("Right meeting")));
        CREATED(source, startAdHocCall(1, QStringLiteral("Wrong source")));
        CREATED(leg, dialOut(1, source, QStringLiteral("lost@example.com")));
        const QString old = m_client->get(1, QStringLiteral("callLegs/") + leg).xml().value(QStringLiteral("participant"));
        m_cluster->setMoveFault(0, MoveFault::WrongCall);

        const HttpResult r = moveParticipant(0, target, old);
        QCOMPARE(r.status, 200);
        const QString moved = r.createdId();
        QCOMPARE(m_client->get(0, QStringLiteral("calls/") + target + QStringLiteral("/participants")).xml().attribute(QStringLiteral("total")),
                 QStringLiteral("0"));
        const XmlNode detail = participant(0, moved);
        QCOMPARE(detail.value(QStringLiteral("call")), wrong);
        QCOMPARE(detail.value(kMovedParticipant), old);
        QCOMPARE(m_client->get(1, QStringLiteral("participants/") + old).failureReason(), QStringLiteral("participantDoesNotExist"));
    }

    void bridgeGoingDownEndsOnlyItsCalls()
    {
        CREATED(space, createSpace(QStringLiteral("Survives")));
        CREATED(survivor, startCall(0, space));
        QVERIFY(!dialOut(0, survivor, QStringLiteral("safe@example.com")).isEmpty());
        CREATED(doomed, startAdHocCall(1, QStringLiteral("Doomed")));
        QVERIFY(!dialOut(1, doomed, QStringLiteral("lost@example.com")).isEmpty());
        QVERIFY(!dialOut(1, doomed, QStringLiteral("lost2@example.com")).isEmpty());

        m_cluster->setDown(1, true);
        QCOMPARE(m_client->get(0, QStringLiteral("calls")).xml().ids(), QStringList{survivor});
        QCOMPARE(m_client->get(0, QStringLiteral("calls/") + survivor + QStringLiteral("/participants")).xml().attribute(QStringLiteral("total")),
                 QStringLiteral("1"));
        QCOMPARE(activeLegs(0), 1);
        QCOMPARE(m_client->get(2, QStringLiteral("coSpaces/") + space).status, 200);

        m_cluster->setDown(1, false);
        QCOMPARE(m_client->get(1, QStringLiteral("calls")).xml().attribute(QStringLiteral("total")), QStringLiteral("0"));
        QCOMPARE(m_client->get(1, QStringLiteral("calls/") + doomed).failureReason(), QStringLiteral("callDoesNotExist"));
        QCOMPARE(activeLegs(1), 0);
        QCOMPARE(m_client->get(0, QStringLiteral("calls")).xml().ids(), QStringList{survivor});
    }

    void guestsLoseTheirActivatorWhenTheHostsBridgeGoesDown()
    {
        CREATED(guestProfile, createLegProfile({{kNeedsActivation, kTrue}, {kDeactivationMode, QStringLiteral("deactivate")}}));
        CREATED(hostProfile, createLegProfile({{kNeedsActivation, kFalse}}));
        CREATED(space, createSpace(QStringLiteral("Host bridge fails"), {{kCallLegProfile, guestProfile}}));
        CREATED(call, startCall(0, space));
        m_cluster->live().forcedPlacement = 1;
        CREATED(guest, addParticipant(0, call, QStringLiteral("far-guest@example.com")));
        m_cluster->live().forcedPlacement = 0;
        QVERIFY(!addParticipant(0, call, QStringLiteral("host@example.com"), {{kCallLegProfile, hostProfile}}).isEmpty());
        QCOMPARE(participant(1, guest).value(QStringLiteral("status/deactivated")), kFalse);

        m_cluster->setDown(0, true);
        QCOMPARE(participant(1, guest).value(QStringLiteral("status/deactivated")), kTrue);
        QCOMPARE(m_client->get(1, QStringLiteral("calls")).xml().attribute(QStringLiteral("total")), QStringLiteral("1"));
    }

    void systemStatusIsPerBridge()
    {
        CREATED(a, startAdHocCall(0, QStringLiteral("Status zero")));
        CREATED(b, startAdHocCall(1, QStringLiteral("Status one")));
        for (int i = 0; i < 3; ++i)
            QVERIFY(!dialOut(0, a, QStringLiteral("s%1@example.com").arg(i)).isEmpty());
        QVERIFY(!dialOut(1, b, QStringLiteral("t@example.com")).isEmpty());

        const XmlNode zero = m_client->get(0, QStringLiteral("system/status")).xml();
        QCOMPARE(zero.name, QStringLiteral("status"));
        QCOMPARE(zero.value(QStringLiteral("callLegsActive")), QStringLiteral("3"));
        QCOMPARE(zero.value(QStringLiteral("softwareVersion")), QStringLiteral("3.8.1"));
        QCOMPARE(zero.value(QStringLiteral("clusterEnabled")), kTrue);
        QCOMPARE(zero.value(QStringLiteral("activated")), kTrue);
        QVERIFY(zero.value(QStringLiteral("callLegsMaxActive")).toInt() >= 3);
        QCOMPARE(m_client->get(1, QStringLiteral("system/status")).xml().value(QStringLiteral("callLegsActive")), QStringLiteral("1"));
        QCOMPARE(m_client->get(2, QStringLiteral("system/status")).xml().value(QStringLiteral("callLegsActive")), QStringLiteral("0"));

        const int completed = zero.value(QStringLiteral("callLegsCompleted")).toInt();
        QCOMPARE(m_client->del(0, QStringLiteral("calls/") + a).status, 200);
        const XmlNode after = m_client->get(0, QStringLiteral("system/status")).xml();
        QCOMPARE(after.value(QStringLiteral("callLegsActive")), QStringLiteral("0"));
        QCOMPARE(after.value(QStringLiteral("callLegsCompleted")).toInt(), completed + 3);
    }

    void systemStatusShowsTheConfiguredVersionAndASingleBridge()
    {
        ClusterOptions options;
        options.bridgeCount = 1;
        options.version = SimVersion::parse(QStringLiteral("2.0(RC)"));
        auto cluster = startTestCluster(options);
        SimTestClient client(*cluster, kTestUser, kTestPassword);
        const XmlNode status = client.get(0, QStringLiteral("system/status")).xml();
        QCOMPARE(status.value(QStringLiteral("softwareVersion")), QStringLiteral("2.0(RC)"));
        QCOMPARE(status.value(QStringLiteral("clusterEnabled")), kFalse);
        QCOMPARE(status.value(QStringLiteral("callLegsActive")), QStringLiteral("0"));
    }

private:
    QString createSpace(const QString &name, Form extra = {})
    {
        extra.insert(kName, name);
        return idOf(m_client->post(0, QStringLiteral("coSpaces"), extra), "create space");
    }

    QString createLegProfile(const Form &form)
    {
        return idOf(m_client->post(0, QStringLiteral("callLegProfiles"), form), "create call leg profile");
    }

    QString startCall(int bridge, const QString &space)
    {
        return idOf(m_client->post(bridge, QStringLiteral("calls"), {{kCoSpace, space}}), "start call");
    }

    QString startAdHocCall(int bridge, const QString &name)
    {
        return idOf(m_client->post(bridge, QStringLiteral("calls"), {{kName, name}}), "start ad hoc call");
    }

    // Dials out with POST /calls/<id>/callLegs; returns the new call leg's id.
    QString dialOut(int bridge, const QString &call, const QString &remoteParty)
    {
        return idOf(m_client->post(bridge, QStringLiteral("calls/") + call + QStringLiteral("/callLegs"), {{kRemoteParty, remoteParty}}),
                    "dial out");
    }

    // Adds a participant with POST /calls/<id>/participants (load balanced); returns its id.
    QString addParticipant(int bridge, const QString &call, const QString &remoteParty, Form extra = {})
    {
        extra.insert(kRemoteParty, remoteParty);
        return idOf(m_client->post(bridge, QStringLiteral("calls/") + call + QStringLiteral("/participants"), extra), "add participant");
    }

    HttpResult moveParticipant(int bridge, const QString &targetCall, const QString &participantId)
    {
        return m_client->post(bridge, QStringLiteral("calls/") + targetCall + QStringLiteral("/participants"),
                              {{kMovedParticipant, participantId}, {kNeedsActivation, kFalse}});
    }

    XmlNode participant(int bridge, const QString &id)
    {
        return m_client->get(bridge, QStringLiteral("participants/") + id).xml();
    }

    int activeLegs(int bridge)
    {
        return m_client->get(bridge, QStringLiteral("system/status")).xml().value(QStringLiteral("callLegsActive")).toInt();
    }

    std::unique_ptr<SimCluster> m_cluster;
    std::unique_ptr<SimTestClient> m_client;
};

QTEST_MAIN(TestSimLive)
#include "tst_simlive.moc"
