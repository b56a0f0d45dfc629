// The simulator's demo data: the dataset seeder (counts, determinism, multilingual names, the
// guest/host patterns) and the live activity generator (determinism, effect, caps, down bridges).
#include "activitygenerator.h"
#include "datasetseeder.h"
#include "liveengine.h"
#include "simbridge.h"
#include "simcluster.h"
#include "simtestclient.h"

#include <QtTest>

using namespace cmssim;

namespace {

SeedSpec demoSpec()
{
    SeedSpec spec;
    spec.tenants = 5;
    spec.users = 60;
    spec.spaces = 300;
    spec.callLegProfiles = 6;
    spec.callProfiles = 4;
    spec.calls = 6;
    spec.participantsPerCall = 4;
    spec.guestHostPatterns = true;
    return spec;
}

// A configuration-only spec, for clusters that are never started.
SeedSpec configSpec()
{
    SeedSpec spec = demoSpec();
    spec.calls = 0;
    return spec;
}

bool hasScript(const QString &text, char16_t first, char16_t last)
{
    for (QChar c : text) {
        if (c.unicode() >= first && c.unicode() <= last)
            return true;
    }
    return false;
}

bool isAscii(const QString &text)
{
    for (QChar c : text) {
        if (c.unicode() > 0x7f)
            return false;
    }
    return true;
}

bool hasFrenchLetter(const QString &text)
{
    static const QString letters = QString::fromUtf8("éèêëàâçîïôûùÉ");
    for (QChar c : text) {
        if (letters.contains(c))
            return true;
    }
    return false;
}

QStringList spaceIds(SimCluster &cluster)
{
    QStringList ids;
    for (const ConfigObject *o : cluster.store().table(QStringLiteral("coSpaces")).ordered())
        ids.append(o->id);
    return ids;
}

QStringList spaceNames(SimCluster &cluster)
{
    QStringList names;
    for (const ConfigObject *o : cluster.store().table(QStringLiteral("coSpaces")).ordered())
        names.append(o->value(QStringLiteral("name")));
    return names;
}

// Every call and participant id of the up bridges, in order: the live state as ids.
QStringList liveIds(SimCluster &cluster)
{
    QStringList ids;
    for (int i = 0; i < cluster.bridgeCount(); ++i) {
        const LiveState &live = cluster.bridge(i).live();
        for (const QString &c : live.callOrder())
            ids.append(QStringLiteral("call:") + c);
        for (const QString &p : live.participantOrder())
            ids.append(QStringLiteral("participant:") + p);
    }
    return ids;
}

// Call ids and, per participant, what the generator may change: a fingerprint of the live state.
QString liveFingerprint(SimCluster &cluster)
{
    QString out;
    for (int i = 0; i < cluster.bridgeCount(); ++i) {
        const LiveState &live = cluster.bridge(i).live();
        for (const QString &c : live.callOrder())
            out += c + QLatin1Char(';');
        for (const QString &id : live.participantOrder()) {
            const LiveParticipant *p = live.participant(id);
            out += QStringLiteral("%1:%2%3%4;").arg(id).arg(int(p->rxAudioMute)).arg(int(p->presenter)).arg(int(p->activeSpeaker));
        }
    }
    return out;
}

int total(const HttpResult &r)
{
    return r.xml().attribute(QStringLiteral("total")).toInt();
}

} // namespace

class TestSimSeeding : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        ClusterOptions options;
        options.bridgeCount = 3;
        options.seed = 7;
        m_cluster = startTestCluster(options);
        m_client = std::make_unique<SimTestClient>(*m_cluster, kTestUser, kTestPassword);
        m_result = DatasetSeeder(*m_cluster).seed(demoSpec());
    }

    void seedingGivesTheAskedCounts()
    {
        const SeedSpec spec = demoSpec();
        QCOMPARE(m_result.spacesCreated, spec.spaces + 4);
        QCOMPARE(total(m_client->get(0, QStringLiteral("coSpaces"))), spec.spaces + 4);
        QCOMPARE(total(m_client->get(1, QStringLiteral("users"))), spec.users);
        QCOMPARE(total(m_client->get(2, QStringLiteral("tenants"))), spec.tenants);
        QCOMPARE(total(m_client->get(0, QStringLiteral("callLegProfiles"))), spec.callLegProfiles + 2);
        QCOMPARE(total(m_client->get(0, QStringLiteral("callProfiles"))), spec.callProfiles + 1);

        int calls = 0;
        int participants = 0;
        for (int b = 0; b < m_cluster->bridgeCount(); ++b) {
            const int here = total(m_client->get(b, QStringLiteral("calls")));
            QVERIFY2(here >= 1, "calls are spread over every bridge");
            calls += here;
            participants += total(m_client->get(b, QStringLiteral("participants")));
        }
        QCOMPARE(calls, spec.calls);
        QCOMPARE(m_result.callsStarted, spec.calls);
        QCOMPARE(participants, spec.calls * spec.participantsPerCall);
        QCOMPARE(m_result.participantsJoined, participants);
    }

    void spacesFollowTheRules()
    {
        int withCallId = 0;
        QSet<QString> uris;
        for (const ConfigObject *o : m_cluster->store().table(QStringLiteral("coSpaces")).ordered()) {
            const QString uri = o->value(QStringLiteral("uri"));
            QCOMPARE(uri, uri.toLower());
            QVERIFY2(!uris.contains(uri), qPrintable(uri));
            uris.insert(uri);
            const QString callId = o->value(QStringLiteral("callId"));
            if (!callId.isEmpty()) {
                ++withCallId;
                QCOMPARE(callId.size(), 9);
                QVERIFY(!o->value(QStringLiteral("secret")).isEmpty());
            }
        }
        QVERIFY(withCallId > uris.size() * 3 / 4);
    }

    void personalSpacesAreAutoGenerated()
    {
        const ConfigObject *personal = nullptr;
        for (const ConfigObject *o : m_cluster->store().table(QStringLiteral("coSpaces")).ordered()) {
            if (o->value(QStringLiteral("autoGenerated")) == QLatin1String("true")) {
                personal = o;
                break;
            }
        }
        QVERIFY(personal);
        const HttpResult r = m_client->get(0, QStringLiteral("coSpaces/") + personal->id);
        QCOMPARE(r.xml().value(QStringLiteral("autoGenerated")), QStringLiteral("true"));
        const QString owner = r.xml().value(QStringLiteral("ownerJid"));
        QVERIFY2(owner.endsWith(QLatin1String("@cms.example")), qPrintable(owner));
        QVERIFY2(isAscii(owner), qPrintable(owner));
        const XmlNode members = m_client->get(0, QStringLiteral("coSpaces/%1/coSpaceUsers").arg(personal->id)).xml();
        QCOMPARE(members.attribute(QStringLiteral("total")), QStringLiteral("1"));
        QCOMPARE(m_client->del(0, QStringLiteral("coSpaces/") + personal->id).failureReason(),
                 QStringLiteral("invalidOperation"));
    }

    void namesAreMultilingual()
    {
        QStringList names;
        for (int offset = 0; offset < m_result.spacesCreated; offset += 20) {
            const XmlNode page = m_client->get(1, QStringLiteral("coSpaces?offset=%1").arg(offset)).xml();
            for (const XmlNode *space : page.childrenNamed(QStringLiteral("coSpace")))
                names.append(space->value(QStringLiteral("name")));
        }
        QCOMPARE(names.size(), m_result.spacesCreated);
        const QString all = names.join(QLatin1Char('\n'));
        QVERIFY2(hasFrenchLetter(all), "French");
        QVERIFY2(hasScript(all, 0xAC00, 0xD7A3), "Korean");
        QVERIFY2(hasScript(all, 0x0600, 0x06FF), "Arabic");
        QVERIFY2(all.contains(QLatin1String("Boardroom")), "English");

        QString users;
        const XmlNode page = m_client->get(0, QStringLiteral("users?limit=20")).xml();
        for (const XmlNode *user : page.childrenNamed(QStringLiteral("user"))) {
            users += user->value(QStringLiteral("name"));
            const QString jid = user->value(QStringLiteral("userJid"));
            QVERIFY2(isAscii(jid), qPrintable(jid));
            QCOMPARE(jid, jid.toLower());
        }
        QVERIFY(hasScript(users, 0xAC00, 0xD7A3) || hasScript(users, 0x0600, 0x06FF) || hasFrenchLetter(users));
    }

    void guestAndHostProfilesArePaired()
    {
        const XmlNode guest = m_client->get(0, QStringLiteral("callLegProfiles/") + m_result.guestProfileId).xml();
        QCOMPARE(guest.value(QStringLiteral("name")), QStringLiteral("Guest"));
        QCOMPARE(guest.value(QStringLiteral("needsActivation")), QStringLiteral("true"));
        QCOMPARE(guest.value(QStringLiteral("deactivationMode")), QStringLiteral("deactivate"));
        const XmlNode host = m_client->get(0, QStringLiteral("callLegProfiles/") + m_result.hostProfileId).xml();
        QCOMPARE(host.value(QStringLiteral("name")), QStringLiteral("Host"));
        QCOMPARE(host.value(QStringLiteral("needsActivation")), QStringLiteral("false"));
    }

    void guestHostPatternsExist()
    {
        QCOMPARE(m_result.guestHostSpaceIds.size(), 4);
        QList<XmlNode> spaces;
        QList<XmlNode> methods;
        for (const QString &id : std::as_const(m_result.guestHostSpaceIds)) {
            const XmlNode space = m_client->get(0, QStringLiteral("coSpaces/") + id).xml();
            QCOMPARE(space.value(QStringLiteral("callLegProfile")), m_result.guestProfileId);
            spaces.append(space);
            const XmlNode list = m_client->get(0, QStringLiteral("coSpaces/%1/accessMethods").arg(id)).xml();
            const QStringList ids = list.ids();
            methods.append(ids.isEmpty() ? XmlNode()
                                         : m_client->get(0, QStringLiteral("coSpaces/%1/accessMethods/%2").arg(id, ids.first())).xml());
        }
        const auto value = [](const XmlNode &n, const char *field) { return n.value(QLatin1String(field)); };
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(value(methods[i], "callLegProfile"), m_result.hostProfileId);
            QVERIFY(value(methods[i], "callId") != value(spaces[i], "callId"));
        }
        // 1. Different URI and call ID.
        QVERIFY(value(methods[0], "uri") != value(spaces[0], "uri"));
        // 2. Same URI, two different non-empty PINs.
        QCOMPARE(value(methods[1], "uri"), value(spaces[1], "uri"));
        QVERIFY(!value(spaces[1], "passcode").isEmpty() && !value(methods[1], "passcode").isEmpty());
        QVERIFY(value(spaces[1], "passcode") != value(methods[1], "passcode"));
        // 3. Same URI, empty guest PIN, a host PIN, a call profile with a passcode mode.
        QCOMPARE(value(methods[2], "uri"), value(spaces[2], "uri"));
        QVERIFY(value(spaces[2], "passcode").isEmpty() && !value(methods[2], "passcode").isEmpty());
        const XmlNode profile = m_client->get(0, QStringLiteral("callProfiles/") + value(spaces[2], "callProfile")).xml();
        QCOMPARE(value(profile, "passcodeMode"), QStringLiteral("timeout"));
        // 4. The host owns the space and is a member with the host profile.
        QVERIFY(methods[3].name.isEmpty());
        const QString owner = value(spaces[3], "ownerJid");
        QVERIFY(!owner.isEmpty());
        const XmlNode members = m_client->get(0, QStringLiteral("coSpaces/%1/coSpaceUsers").arg(m_result.guestHostSpaceIds[3])).xml();
        QCOMPARE(members.ids().size(), 1);
        const XmlNode member = m_client->get(0, QStringLiteral("coSpaces/%1/coSpaceUsers/%2")
                                                    .arg(m_result.guestHostSpaceIds[3], members.ids().first())).xml();
        QCOMPARE(value(member, "userJid"), owner);
        QCOMPARE(value(member, "callLegProfile"), m_result.hostProfileId);
    }

    void seedingIsDeterministic()
    {
        auto make = [](quint32 seed) {
            ClusterOptions options;
            options.seed = seed;
            auto cluster = std::make_unique<SimCluster>(options);
            DatasetSeeder(*cluster).seed(configSpec());
            return cluster;
        };
        auto a = make(42);
        auto b = make(42);
        auto c = make(43);
        QCOMPARE(spaceIds(*a).size(), configSpec().spaces + 4);
        QCOMPARE(spaceIds(*a), spaceIds(*b));
        QCOMPARE(spaceNames(*a), spaceNames(*b));
        QVERIFY(spaceIds(*a) != spaceIds(*c));
        QVERIFY(spaceNames(*a) != spaceNames(*c));
    }

    void activityIsDeterministic()
    {
        auto a = seededCluster(11, 2);
        auto b = seededCluster(11, 2);
        ActivityGenerator ga(*a, 5);
        ActivityGenerator gb(*b, 5);
        QStringList da;
        QStringList db;
        for (int i = 0; i < 300; ++i) {
            da.append(ga.step());
            db.append(gb.step());
        }
        QCOMPARE(da, db);
        QCOMPARE(liveIds(*a), liveIds(*b));
        QVERIFY(!liveIds(*a).isEmpty());

        // Another seed for the generator, another story.
        auto c = seededCluster(11, 2);
        ActivityGenerator gc(*c, 6);
        QStringList dc;
        for (int i = 0; i < 300; ++i)
            dc.append(gc.step());
        QVERIFY(dc != da);
    }

    void activityChangesLiveState()
    {
        auto cluster = seededCluster(12, 2);
        const QString before = liveFingerprint(*cluster);
        QSignalSpy muted(&cluster->bridge(0).live(), &LiveState::participantChanged);
        ActivityGenerator generator(*cluster, 8);
        QStringList log;
        for (int i = 0; i < 200; ++i)
            log.append(generator.step());
        QVERIFY(liveFingerprint(*cluster) != before);
        const QString all = log.join(QLatin1Char('\n'));
        for (const char *what : {" joined ", " left ", "muted", "presenting", " is speaking ", "Call started"})
            QVERIFY2(all.contains(QLatin1String(what)), what);
        QVERIFY(!muted.isEmpty());
    }

    void activityStaysWithinItsCaps()
    {
        auto cluster = seededCluster(13, 3, false);
        ActivityGenerator generator(*cluster, 9);
        ActivityLimits limits;
        limits.maxCalls = 4;
        limits.minCalls = 1;
        limits.maxParticipantsPerCall = 3;
        generator.setLimits(limits);
        int maxCalls = 0;
        int maxParticipants = 0;
        for (int i = 0; i < 500; ++i) {
            generator.step();
            int calls = 0;
            for (int b = 0; b < cluster->bridgeCount(); ++b) {
                const LiveState &live = cluster->bridge(b).live();
                calls += int(live.callOrder().size());
                for (const QString &id : live.callOrder())
                    maxParticipants = qMax(maxParticipants, int(live.call(id)->participantIds.size()));
            }
            maxCalls = qMax(maxCalls, calls);
            QVERIFY2(calls <= limits.maxCalls, qPrintable(QString::number(calls)));
            QVERIFY2(maxParticipants <= limits.maxParticipantsPerCall, qPrintable(QString::number(maxParticipants)));
        }
        QCOMPARE(maxCalls, limits.maxCalls);
        QCOMPARE(maxParticipants, limits.maxParticipantsPerCall);
    }

    void activitySkipsADownBridge()
    {
        auto cluster = seededCluster(14, 2);
        cluster->setDown(1, true);
        const QString downName = cluster->bridge(1).name();
        ActivityGenerator generator(*cluster, 10);
        for (int i = 0; i < 300; ++i) {
            const QString description = generator.step();
            QVERIFY2(!description.contains(downName), qPrintable(description));
        }
        QVERIFY(cluster->bridge(1).live().callOrder().empty());
        QVERIFY(cluster->bridge(1).live().participantOrder().empty());
        QVERIFY(!cluster->bridge(0).live().callOrder().empty());

        cluster->setDown(0, true);
        QCOMPARE(generator.step(), QStringLiteral("Nothing to do: no call bridge is up"));
    }

    void timedActivityRuns()
    {
        auto cluster = seededCluster(15, 2);
        ActivityGenerator generator(*cluster, 11);
        QSignalSpy acted(&generator, &ActivityGenerator::acted);
        generator.start(100);
        QVERIFY(generator.isRunning());
        QTRY_VERIFY_WITH_TIMEOUT(acted.count() >= 10, 5000);
        generator.stop();
        QVERIFY(!generator.isRunning());
        QVERIFY(!acted.first().first().toString().isEmpty());
    }

private:
    static std::unique_ptr<SimCluster> seededCluster(quint32 seed, int bridges, bool withCalls = true)
    {
        ClusterOptions options;
        options.seed = seed;
        options.bridgeCount = bridges;
        auto cluster = startTestCluster(options);
        SeedSpec spec;
        spec.users = 30;
        spec.spaces = 80;
        spec.guestHostPatterns = true;
        spec.calls = withCalls ? 3 : 0;
        spec.participantsPerCall = 3;
        DatasetSeeder(*cluster).seed(spec);
        return cluster;
    }

    std::unique_ptr<SimCluster> m_cluster;
    std::unique_ptr<SimTestClient> m_client;
    SeedResult m_result;
};

QTEST_MAIN(TestSimSeeding)
#include "tst_simseeding.moc"
