// cmsctl end to end against the simulator: the runner in-process (with an in-memory keychain), and
// the real executable for what only the process shows (exit codes, no password from arguments).
#include "ctlinvocation.h"
#include "ctlpininput.h"
#include "ctlrunner.h"
#include "credentials/memorycredentialstore.h"
#include "simbridge.h"
#include "simcluster.h"
#include "simtestclient.h"
#include "typeschema.h"
#include "liveengine.h"
#include "configapi.h"
#include "configstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QtTest>

namespace {

struct Run
{
    int code = -1;
    QString out;
    QString err;
    QJsonDocument json() const { return QJsonDocument::fromJson(out.toUtf8()); }
};

} // namespace

class TestCmsCtl : public QObject
{
    Q_OBJECT

private:
    // Every bridge of the cluster, primary first: live objects belong to one bridge each.
    QStringList cluster() const
    {
        QStringList args = base();
        for (int i = 1; i < m_cluster->bridgeCount(); ++i)
            args << QStringLiteral("--url") << m_cluster->bridge(i).baseUrl().toString() << QStringLiteral("--pin")
                 << m_cluster->bridge(i).certificate().fingerprint();
        return args;
    }

    QString bridgeKey(int bridge) const { return QStringLiteral("127.0.0.1:%1").arg(m_cluster->bridge(bridge).port()); }

    QString startCall(int bridge, const QString &name)
    {
        const QString space = std::get<QString>(m_cluster->config().create(cmssim::TypeSchema::get(QStringLiteral("coSpaces")), {},
                                                                           {{QStringLiteral("name"), name}}));
        return std::get<QString>(m_cluster->live().startCall(m_cluster->bridge(bridge), space, {}));
    }

    cmssim::SimBridge *bridgeOfCall(const QString &callId)
    {
        for (int b = 0; b < m_cluster->bridgeCount(); ++b) {
            if (m_cluster->bridge(b).live().call(callId))
                return &m_cluster->bridge(b);
        }
        return nullptr;
    }

    static cmssim::JoinSpec person(const QString &name, const QString &uri)
    {
        cmssim::JoinSpec spec;
        spec.name = name;
        spec.remoteParty = uri;
        return spec;
    }

    QStringList base(int bridge = 0) const
    {
        return {QStringLiteral("cmsctl"), QStringLiteral("--url"), m_cluster->bridge(bridge).baseUrl().toString(),
                QStringLiteral("--pin"), m_cluster->bridge(bridge).certificate().fingerprint(), QStringLiteral("--user"), kTestUser};
    }

    // `stdinLines`: what main reads from stdin after the command line, as it reads it (the PINs).
    Run run(QStringList args, const QString &password = kTestPassword, const QStringList &stdinLines = {})
    {
        CtlInvocation inv = CtlCommandLine::parse(args);
        Run r;
        if (inv.error.isEmpty() && inv.command == QLatin1String("guesthost") && inv.arguments.first() == QLatin1String("apply"))
            inv.error = CtlPinInput::fromLines(stdinLines, inv.guestHost);
        if (!inv.error.isEmpty()) {
            r.code = CtlRunner::Usage;
            r.err = inv.error;
            return r;
        }
        inv.password = password;
        QString out;
        QString err;
        QTextStream outStream(&out);
        QTextStream errStream(&err);
        CtlRunner runner(inv, m_credentials, outStream, errStream);
        QSignalSpy finished(&runner, &CtlRunner::finished);
        runner.start();
        if (!finished.wait(20000))
            return r;
        outStream.flush();
        errStream.flush();
        r.code = finished.first().first().toInt();
        r.out = out;
        r.err = err;
        return r;
    }

private Q_SLOTS:
    void initTestCase()
    {
        cmssim::ClusterOptions options;
        options.bridgeCount = 3;
        m_cluster = startTestCluster(options);
        for (int i = 0; i < 45; ++i) {
            m_cluster->config().create(cmssim::TypeSchema::get(QStringLiteral("coSpaces")), {},
                                       {{QStringLiteral("name"), QStringLiteral("Salle %1").arg(i)},
                                        {QStringLiteral("uri"), QStringLiteral("salle.%1").arg(i)}});
        }
    }

    // Whatever a test left running (a failed check returns early) does not reach into the next one.
    void cleanup()
    {
        for (int b = 0; b < m_cluster->bridgeCount(); ++b) {
            cmssim::LiveState &live = m_cluster->bridge(b).live();
            while (!live.callOrder().empty())
                m_cluster->live().endCall(m_cluster->bridge(b), QString(live.callOrder().front()));
        }
    }

    void statusPrintsTheServersStatus()
    {
        const Run r = run(base() << QStringLiteral("status"));
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QStringLiteral("softwareVersion: 3.8.1")));
    }

    void listReadsEveryPageAsJson()
    {
        const Run r = run(base() << QStringLiteral("--json") << QStringLiteral("list") << QStringLiteral("COSPACES"));
        QCOMPARE(r.code, 0);
        const QJsonArray array = r.json().array();
        QCOMPARE(array.size(), 45);
        QVERIFY(array.first().toObject().value(QStringLiteral("id")).toString().size() == 36);
        QCOMPARE(array.first().toObject().value(QStringLiteral("name")).toString(), QStringLiteral("Salle 0"));
    }

    void listHonoursFilterAndMax()
    {
        Run r = run(base() << QStringLiteral("--json") << QStringLiteral("list") << QStringLiteral("coSpaces")
                           << QStringLiteral("--filter") << QStringLiteral("salle 1"));
        QCOMPARE(r.code, 0);
        QCOMPARE(r.json().array().size(), 11);   // 1, 10..19
        r = run(base() << QStringLiteral("list") << QStringLiteral("coSpaces") << QStringLiteral("--max") << QStringLiteral("5"));
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out.trimmed().split(QLatin1Char('\n')).size(), 5);
    }

    void createGetUpdateDelete()
    {
        Run r = run(base() << QStringLiteral("--json") << QStringLiteral("create") << QStringLiteral("coSpaces")
                           << QStringLiteral("name=Équipe 서울 فريق") << QStringLiteral("uri=equipe.seoul") << QStringLiteral("callId=4455667788"));
        QCOMPARE(r.code, 0);
        const QString id = r.json().object().value(QStringLiteral("id")).toString();
        QCOMPARE(id.size(), 36);

        r = run(base() << QStringLiteral("get") << QStringLiteral("coSpaces/") + id);
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QStringLiteral("name: Équipe 서울 فريق")));
        QVERIFY(r.out.contains(QStringLiteral("secret: ")));   // generated because it has a call ID

        r = run(base() << QStringLiteral("update") << QStringLiteral("coSpaces") << id << QStringLiteral("callId="));
        QCOMPARE(r.code, 0);
        QVERIFY(!m_cluster->store().find(QStringLiteral("coSpaces"), id)->has(QStringLiteral("callId")));

        r = run(base() << QStringLiteral("delete") << QStringLiteral("coSpaces") << id);
        QCOMPARE(r.code, 0);
        QVERIFY(!m_cluster->store().find(QStringLiteral("coSpaces"), id));
    }

    void nestedCollectionsWork()
    {
        const QString space = std::get<QString>(m_cluster->config().create(
            cmssim::TypeSchema::get(QStringLiteral("coSpaces")), {}, {{QStringLiteral("name"), QStringLiteral("Nested")}}));
        Run r = run(base() << QStringLiteral("create") << QStringLiteral("coSpaces/") + space + QStringLiteral("/accessMethods")
                           << QStringLiteral("uri=nested.host") << QStringLiteral("passcode=1234"));
        QCOMPARE(r.code, 0);
        r = run(base() << QStringLiteral("--json") << QStringLiteral("list") << QStringLiteral("cospaces/") + space + QStringLiteral("/accessmethods"));
        QCOMPARE(r.code, 0);
        QCOMPARE(r.json().array().size(), 1);
    }

    void serverRefusalExitsOneWithTheReason()
    {
        const Run r = run(base() << QStringLiteral("--json") << QStringLiteral("create") << QStringLiteral("coSpaces")
                                 << QStringLiteral("uri=salle.1"));
        QCOMPARE(r.code, 1);
        const QJsonObject error = r.json().object().value(QStringLiteral("error")).toObject();
        QCOMPARE(error.value(QStringLiteral("kind")).toString(), QStringLiteral("refused"));
        QCOMPARE(error.value(QStringLiteral("reason")).toString(), QStringLiteral("duplicateCoSpaceUri"));
        QVERIFY(!error.value(QStringLiteral("message")).toString().isEmpty());
        QVERIFY(r.err.contains(error.value(QStringLiteral("message")).toString()));
    }

    void invalidInputIsRefusedBeforeSending()
    {
        const qint64 before = m_cluster->bridge(0).apiRequestsServed;
        Run r = run(base() << QStringLiteral("create") << QStringLiteral("coSpaces") << QStringLiteral("callId=12ab"));
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QStringLiteral("callId")) || r.err.contains(QStringLiteral("Call ID")));
        r = run(base() << QStringLiteral("create") << QStringLiteral("coSpaces") << QStringLiteral("nmae=typo"));
        QCOMPARE(r.code, 2);
        QCOMPARE(m_cluster->bridge(0).apiRequestsServed, before);
    }

    void bridgesAreDiscovered()
    {
        const Run r = run(base(1) << QStringLiteral("--json") << QStringLiteral("bridges"));
        QCOMPARE(r.code, 0);
        const QJsonArray array = r.json().array();
        QCOMPARE(array.size(), 3);
        QStringList addresses;
        for (const QJsonValue &v : array)
            addresses.append(v.toObject().value(QStringLiteral("address")).toString());
        for (int i = 0; i < 3; ++i)
            QVERIFY(addresses.contains(m_cluster->bridge(i).baseUrl().toString()));
    }

    void wrongPinOrNoPinExitsThree()
    {
        QStringList args = base();
        args[4] = m_cluster->bridge(1).certificate().fingerprint().toUpper();   // another bridge's, any case
        Run r = run(args << QStringLiteral("--json") << QStringLiteral("status"));
        QCOMPARE(r.code, 3);
        QCOMPARE(r.json().object().value(QStringLiteral("error")).toObject().value(QStringLiteral("kind")).toString(),
                 QStringLiteral("certificateChanged"));
        r = run({QStringLiteral("cmsctl"), QStringLiteral("--url"), m_cluster->bridge(0).baseUrl().toString(),
                 QStringLiteral("--user"), kTestUser, QStringLiteral("status")});
        QCOMPARE(r.code, 3);
    }

    void pinWithoutColonsWorks()
    {
        QStringList args = base();
        args[4] = args[4].remove(QLatin1Char(':'));
        QCOMPARE(run(args << QStringLiteral("status")).code, 0);
    }

    void wrongPasswordExitsThree()
    {
        const Run r = run(base() << QStringLiteral("status"), QStringLiteral("not-it"));
        QCOMPARE(r.code, 3);
    }

    void loginStoresThePasswordForLaterCommands()
    {
        QCOMPARE(run(base() << QStringLiteral("status"), QString()).code, 2);   // nothing stored yet
        const Run login = run(base() << QStringLiteral("login"));
        QCOMPARE(login.code, 0);
        QVERIFY(!login.out.contains(kTestPassword));
        QCOMPARE(m_credentials.storedKeys().size(), 1);
        QCOMPARE(run(base() << QStringLiteral("status"), QString()).code, 0);
    }

    void traceGoesToStderrWithoutSecrets()
    {
        const Run r = run(base() << QStringLiteral("--trace") << QStringLiteral("create") << QStringLiteral("coSpaces")
                                 << QStringLiteral("name=Traced") << QStringLiteral("passcode=55667788"));
        QCOMPARE(r.code, 0);
        QVERIFY(r.err.contains(QStringLiteral("POST")));
        QVERIFY(!r.err.contains(QStringLiteral("55667788")));
        QVERIFY(!r.err.contains(kTestPassword));
    }

    void usageMistakesExitTwo_data()
    {
        QTest::addColumn<QStringList>("words");
        QTest::newRow("no command") << QStringList{};
        QTest::newRow("unknown command") << QStringList{QStringLiteral("frob")};
        QTest::newRow("list without type") << QStringList{QStringLiteral("list")};
        QTest::newRow("unknown type") << QStringList{QStringLiteral("list"), QStringLiteral("spaceships")};
        QTest::newRow("not key=value") << QStringList{QStringLiteral("create"), QStringLiteral("coSpaces"), QStringLiteral("name")};
        QTest::newRow("bad max") << QStringList{QStringLiteral("list"), QStringLiteral("coSpaces"), QStringLiteral("--max"), QStringLiteral("0")};
        QTest::newRow("password argument") << QStringList{QStringLiteral("--password"), QStringLiteral("x"), QStringLiteral("status")};
        QTest::newRow("move without --to") << QStringList{QStringLiteral("move"), QStringLiteral("p")};
        QTest::newRow("dial without uri") << QStringList{QStringLiteral("dial"), QStringLiteral("c")};
        QTest::newRow("move nobody") << QStringList{QStringLiteral("move"), QStringLiteral("--to"), QStringLiteral("c")};
        QTest::newRow("participants neither call nor --all") << QStringList{QStringLiteral("participants")};
        QTest::newRow("participants of a call and --all")
            << QStringList{QStringLiteral("participants"), QStringLiteral("c"), QStringLiteral("--all")};
        QTest::newRow("--all elsewhere") << QStringList{QStringLiteral("calls"), QStringLiteral("--all")};
    }

    void usageMistakesExitTwo()
    {
        QFETCH(QStringList, words);
        QCOMPARE(run(base() + words).code, 2);
    }

    void liveCommandsWorkAcrossTheCluster()
    {
        cmssim::LiveEngine &live = m_cluster->live();
        const QString spaceA = std::get<QString>(m_cluster->config().create(cmssim::TypeSchema::get(QStringLiteral("coSpaces")), {},
                                                                            {{QStringLiteral("name"), QStringLiteral("Live A")}}));
        const QString spaceB = std::get<QString>(m_cluster->config().create(cmssim::TypeSchema::get(QStringLiteral("coSpaces")), {},
                                                                            {{QStringLiteral("name"), QStringLiteral("Live B")}}));
        const QString callA = std::get<QString>(live.startCall(m_cluster->bridge(0), spaceA, {}));
        const QString callB = std::get<QString>(live.startCall(m_cluster->bridge(2), spaceB, {}));
        cmssim::JoinSpec who;
        who.name = QStringLiteral("Ji-woo");
        who.remoteParty = QStringLiteral("jiwoo@video.example");
        const QString jiwoo = live.join(m_cluster->bridge(0), callA, who);

        // Every bridge of the cluster, primary first: live objects belong to one bridge each.
        QStringList cluster = base();
        for (int i = 1; i < 3; ++i)
            cluster << QStringLiteral("--url") << m_cluster->bridge(i).baseUrl().toString() << QStringLiteral("--pin")
                    << m_cluster->bridge(i).certificate().fingerprint();
        // calls: both, each with the bridge it is on.
        Run r = run(QStringList(cluster) << QStringLiteral("--json") << QStringLiteral("calls"));
        QCOMPARE(r.code, 0);
        QJsonArray calls = r.json().array();
        QCOMPARE(calls.size(), 2);
        for (const QJsonValue &v : calls) {
            const QJsonObject c = v.toObject();
            const int bridge = c.value(QStringLiteral("id")).toString() == callA ? 0 : 2;
            QCOMPARE(c.value(QStringLiteral("bridge")).toString(),
                     QStringLiteral("127.0.0.1:%1").arg(m_cluster->bridge(bridge).port()));
        }

        // participants CALL, wherever the call is.
        r = run(QStringList(cluster) << QStringLiteral("--json") << QStringLiteral("participants") << callA);
        QCOMPARE(r.code, 0);
        QCOMPARE(r.json().array().size(), 1);

        // dial, mute, move, end.
        r = run(QStringList(cluster) << QStringLiteral("dial") << callB << QStringLiteral("room-7@video.example"));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(m_cluster->bridge(2).live().call(callB)->participantIds.size(), 1);
        r = run(QStringList(cluster) << QStringLiteral("mute") << jiwoo);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(m_cluster->bridge(0).live().participant(jiwoo)->rxAudioMute);
        r = run(QStringList(cluster) << QStringLiteral("move") << jiwoo << QStringLiteral("--to") << callB);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(!live.find(jiwoo));
        r = run(QStringList(cluster) << QStringLiteral("end") << callA);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(!m_cluster->bridge(0).live().call(callA));

        // A call that does not exist: refused, exit 1.
        r = run(QStringList(cluster) << QStringLiteral("--json") << QStringLiteral("end") << callA);
        QCOMPARE(r.code, 1);
        live.endCall(m_cluster->bridge(2), callB);
    }

    void participantsAllFindsAPersonAcrossTheCluster()
    {
        // A meeting spread over bridges 0 and 1 (each lists the other's participants too), and a call
        // on bridge 2.
        const QString spread = startCall(0, QStringLiteral("Spread"));
        const QString alone = startCall(2, QStringLiteral("Alone"));
        cmssim::LiveEngine &live = m_cluster->live();
        const QString elodie = live.joinOn(m_cluster->bridge(1), m_cluster->bridge(0), spread,
                                           person(QStringLiteral("Élodie Lefèvre"), QStringLiteral("desk-42@video.example")));
        cmssim::JoinSpec webApp = person(QStringLiteral("김민준"), QStringLiteral("minjun.kim@cms.example"));
        webApp.kind = cmssim::EndpointKind::WebApp;
        webApp.userJid = webApp.remoteParty;
        const QString minjun = live.join(m_cluster->bridge(0), spread, webApp);
        const QString layla = live.join(m_cluster->bridge(2), alone, person(QStringLiteral("ليلى حداد"), QStringLiteral("room-7@video.example")));
        const QHash<QString, int> bridgeOf{{elodie, 1}, {minjun, 0}, {layla, 2}};

        // Everyone once, with the bridge that hosts them.
        Run r = run(cluster() << QStringLiteral("--json") << QStringLiteral("participants") << QStringLiteral("--all"));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QJsonArray all = r.json().array();
        QCOMPARE(all.size(), 3);
        for (const QJsonValue &v : std::as_const(all)) {
            const QJsonObject p = v.toObject();
            const QString id = p.value(QStringLiteral("id")).toString();
            QVERIFY2(bridgeOf.contains(id), qPrintable(id));
            QCOMPARE(p.value(QStringLiteral("bridge")).toString(), bridgeKey(bridgeOf.value(id)));
        }

        // By name whatever the case and accents, by address, by user, by words in any order.
        const QList<QPair<QString, QString>> searches = {
            {QStringLiteral("elodie"), elodie},          {QStringLiteral("LEFEVRE élo"), elodie},
            {QStringLiteral("desk-42"), elodie},         {QStringLiteral("민준"), minjun},
            {QStringLiteral("minjun.kim@"), minjun},     {QStringLiteral("ليلى"), layla},
            {QStringLiteral("room-7@video"), layla},
        };
        for (const auto &[filter, expected] : searches) {
            r = run(cluster() << QStringLiteral("--json") << QStringLiteral("participants") << QStringLiteral("--all")
                              << QStringLiteral("--filter") << filter);
            QVERIFY2(r.code == 0, qPrintable(r.err));
            const QJsonArray found = r.json().array();
            QVERIFY2(found.size() == 1, qPrintable(filter + QLatin1Char(' ') + r.out));
            QCOMPARE(found.first().toObject().value(QStringLiteral("id")).toString(), expected);
        }
        r = run(cluster() << QStringLiteral("participants") << QStringLiteral("--all") << QStringLiteral("--filter")
                          << QStringLiteral("nobody by that name"));
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.isEmpty());
        // One line per person for people: the id first, then the fields, bridge first.
        r = run(cluster() << QStringLiteral("participants") << QStringLiteral("--all") << QStringLiteral("--filter")
                          << QStringLiteral("Élodie"));
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.startsWith(elodie + QStringLiteral("\tbridge=") + bridgeKey(1) + QLatin1Char('\t')), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("uri=desk-42@video.example")));

        live.endCall(m_cluster->bridge(0), spread);
        live.endCall(m_cluster->bridge(2), alone);
    }

    void moveTakesSeveralParticipantsAndReportsEach()
    {
        const QString target = startCall(0, QStringLiteral("Target"));
        const QString source1 = startCall(1, QStringLiteral("Source one"));
        const QString source2 = startCall(2, QStringLiteral("Source two"));
        cmssim::LiveEngine &live = m_cluster->live();
        const QString lea = live.join(m_cluster->bridge(1), source1, person(QStringLiteral("Léa"), QStringLiteral("lea@video.example")));
        const QString omar = live.join(m_cluster->bridge(2), source2, person(QStringLiteral("عمر"), QStringLiteral("omar@video.example")));
        cmssim::JoinSpec skype = person(QStringLiteral("Skype user"), QStringLiteral("skype@lync.example"));
        skype.kind = cmssim::EndpointKind::Lync;
        const QString cannot = live.join(m_cluster->bridge(2), source2, skype);
        const qint64 served = m_cluster->bridge(0).apiRequestsServed;

        // One line per person, in order; the one who cannot move is refused, the others still move.
        Run r = run(cluster() << QStringLiteral("move") << lea << cannot << omar << lea << QStringLiteral("--to") << target);
        QCOMPARE(r.code, 1);
        const QStringList lines = r.out.trimmed().split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 3);   // Léa once, though given twice
        QVERIFY2(lines.at(0).startsWith(lea + QStringLiteral(": moved into the call ") + target), qPrintable(lines.at(0)));
        QVERIFY2(lines.at(1).startsWith(cannot + QStringLiteral(": not moved.")), qPrintable(lines.at(1)));
        QVERIFY2(lines.at(1).contains(QStringLiteral("cannot be moved")), qPrintable(lines.at(1)));
        QVERIFY2(lines.at(2).startsWith(omar + QStringLiteral(": moved")), qPrintable(lines.at(2)));
        QVERIFY2(r.err.contains(QStringLiteral("1 of 3")), qPrintable(r.err));
        QVERIFY(m_cluster->bridge(0).apiRequestsServed > served);

        // On the simulator's side: both arrived in the target meeting, the Skype user did not move.
        QStringList arrived;
        for (int b = 0; b < m_cluster->bridgeCount(); ++b) {
            const cmssim::LiveState &state = m_cluster->bridge(b).live();
            for (const QString &id : state.participantOrder()) {
                const cmssim::LiveParticipant *p = state.participant(id);
                if (state.call(p->callId)->correlator == m_cluster->bridge(0).live().call(target)->correlator)
                    arrived.append(p->movedParticipant);
            }
        }
        arrived.sort();
        QStringList expected{lea, omar};
        expected.sort();
        QCOMPARE(arrived, expected);
        QVERIFY(!live.find(lea) && !live.find(omar));
        QCOMPARE(live.find(cannot).participant->callId, source2);

        // JSON: one object per person and line, with the new participant's id.
        const QString ji = live.join(m_cluster->bridge(1), source1, person(QStringLiteral("지우"), QStringLiteral("jiwoo@video.example")));
        r = run(cluster() << QStringLiteral("--json") << QStringLiteral("move") << ji << cannot << QStringLiteral("--to") << target);
        QCOMPARE(r.code, 1);
        const QStringList jsonLines = r.out.trimmed().split(QLatin1Char('\n'));
        QCOMPARE(jsonLines.size(), 2);
        const QJsonObject moved = QJsonDocument::fromJson(jsonLines.at(0).toUtf8()).object();
        QCOMPARE(moved.value(QStringLiteral("participant")).toString(), ji);
        QCOMPARE(moved.value(QStringLiteral("moved")), QJsonValue(true));
        QVERIFY(live.find(moved.value(QStringLiteral("newParticipant")).toString()));
        const QJsonObject refused = QJsonDocument::fromJson(jsonLines.at(1).toUtf8()).object();
        QCOMPARE(refused.value(QStringLiteral("moved")), QJsonValue(false));
        QCOMPARE(refused.value(QStringLiteral("case")).toString(), QStringLiteral("nothingHappened"));
        QVERIFY(!refused.value(QStringLiteral("message")).toString().isEmpty());

        // Everyone moved: exit 0.
        const QString last = live.join(m_cluster->bridge(2), source2, person(QStringLiteral("Zoé"), QStringLiteral("zoe@video.example")));
        r = run(cluster() << QStringLiteral("move") << last << QStringLiteral("--to") << target);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.err.isEmpty());

        for (const QString &call : {target, source1, source2}) {
            if (cmssim::SimBridge *bridge = bridgeOfCall(call))
                live.endCall(*bridge, call);
        }
    }

    void jsonHasNumbersAndBooleans()
    {
        const QString call = startCall(1, QStringLiteral("Typed"));
        for (int i = 0; i < 3; ++i)
            m_cluster->live().join(m_cluster->bridge(1), call, person(QStringLiteral("P%1").arg(i), QStringLiteral("p%1@video.example").arg(i)));

        Run r = run(cluster() << QStringLiteral("--json") << QStringLiteral("calls"));
        QCOMPARE(r.code, 0);
        const QJsonObject c = r.json().array().first().toObject();
        QCOMPARE(c.value(QStringLiteral("numCallLegs")), QJsonValue(3));
        QCOMPARE(c.value(QStringLiteral("numDistributedInstances")), QJsonValue(0));
        QVERIFY(c.value(QStringLiteral("durationSeconds")).isDouble());
        QCOMPARE(c.value(QStringLiteral("locked")), QJsonValue(false));
        QCOMPARE(c.value(QStringLiteral("name")), QJsonValue(QStringLiteral("Typed")));
        QVERIFY(c.value(QStringLiteral("id")).isString() && c.value(QStringLiteral("callCorrelator")).isString());

        // Nested fields too, by their place in the object.
        r = run(cluster() << QStringLiteral("--json") << QStringLiteral("participants") << QStringLiteral("--all"));
        const QJsonObject p = r.json().array().first().toObject();
        QCOMPARE(p.value(QStringLiteral("canMove")), QJsonValue(true));
        QCOMPARE(p.value(QStringLiteral("isActivator")), QJsonValue(true));
        QCOMPARE(p.value(QStringLiteral("numCallLegs")), QJsonValue(1));
        QCOMPARE(p.value(QStringLiteral("status")).toObject().value(QStringLiteral("deactivated")), QJsonValue(false));
        QCOMPARE(p.value(QStringLiteral("configuration")).toObject().value(QStringLiteral("importance")), QJsonValue(0));
        r = run(base(1) << QStringLiteral("--json") << QStringLiteral("get") << QStringLiteral("callLegs/")
                            + m_cluster->bridge(1).live().participant(p.value(QStringLiteral("id")).toString())->legId);
        const QJsonObject rxAudio = r.json().object().value(QStringLiteral("status")).toObject().value(QStringLiteral("rxAudio")).toObject();
        QVERIFY(rxAudio.value(QStringLiteral("bitRate")).isDouble());
        QVERIFY(rxAudio.value(QStringLiteral("jitter")).isDouble());
        QVERIFY(rxAudio.value(QStringLiteral("codec")).isString());

        // Digits are text, not numbers: a call ID keeps its leading zero.
        const QString space = std::get<QString>(m_cluster->config().create(
            cmssim::TypeSchema::get(QStringLiteral("coSpaces")), {},
            {{QStringLiteral("name"), QStringLiteral("Typed space")}, {QStringLiteral("callId"), QStringLiteral("0123456789")}}));
        r = run(base() << QStringLiteral("--json") << QStringLiteral("get") << QStringLiteral("coSpaces/") + space);
        QCOMPARE(r.json().object().value(QStringLiteral("callId")), QJsonValue(QStringLiteral("0123456789")));
        QCOMPARE(r.json().object().value(QStringLiteral("nonMemberAccess")), QJsonValue(true));
        r = run(base(1) << QStringLiteral("--json") << QStringLiteral("status"));
        QCOMPARE(r.json().object().value(QStringLiteral("activated")), QJsonValue(true));
        QVERIFY(r.json().object().value(QStringLiteral("callLegsActive")).toInt() >= 3);
        QVERIFY(r.json().object().value(QStringLiteral("softwareVersion")).isString());

        m_cluster->live().endCall(m_cluster->bridge(1), call);
    }

    void watchPrintsLiveChangesAsJsonLines()
    {
        const QString space = std::get<QString>(m_cluster->config().create(cmssim::TypeSchema::get(QStringLiteral("coSpaces")), {},
                                                                           {{QStringLiteral("name"), QStringLiteral("Watched")}}));
        // Runs in the background; --max stops it after the join is reported.
        CtlInvocation inv = CtlCommandLine::parse(base() << QStringLiteral("watch") << QStringLiteral("--max") << QStringLiteral("4"));
        QVERIFY(inv.error.isEmpty());
        inv.password = kTestPassword;
        QString out;
        QString err;
        QTextStream outStream(&out);
        QTextStream errStream(&err);
        CtlRunner runner(inv, m_credentials, outStream, errStream);
        QSignalSpy finished(&runner, &CtlRunner::finished);
        runner.start();
        QTRY_VERIFY_WITH_TIMEOUT(out.contains(QStringLiteral("\"mode\":\"events\"")), 10000);
        const QString call = std::get<QString>(m_cluster->live().startCall(m_cluster->bridge(0), space, {}));
        cmssim::JoinSpec who;
        who.name = QStringLiteral("Léa");
        m_cluster->live().join(m_cluster->bridge(0), call, who);
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.first().first().toInt(), 0);
        outStream.flush();
        QStringList events;
        for (const QString &line : out.trimmed().split(QLatin1Char('\n'))) {
            const QJsonObject o = QJsonDocument::fromJson(line.toUtf8()).object();
            QVERIFY2(!o.isEmpty(), qPrintable(line));
            events.append(o.value(QStringLiteral("event")).toString());
        }
        QVERIFY2(events.contains(QStringLiteral("callAdded")), qPrintable(out));
        QVERIFY2(events.contains(QStringLiteral("participantAdded")), qPrintable(out));
        QVERIFY(out.contains(QStringLiteral("Léa")));
        m_cluster->live().endCall(m_cluster->bridge(0), call);
    }

    // usage TYPE ID: where a call leg profile is used, as lines and as JSON, counted as the store counts.
    void usageSaysWhereAProfileIsUsed()
    {
        const auto &profiles = cmssim::TypeSchema::get(QStringLiteral("callLegProfiles"));
        const QString profile = std::get<QString>(m_cluster->config().create(profiles, {}, {{QStringLiteral("name"), QStringLiteral("Lobby")}}));
        const auto &spaces = cmssim::TypeSchema::get(QStringLiteral("coSpaces"));
        for (int i = 0; i < 3; ++i) {
            m_cluster->config().create(spaces, {}, {{QStringLiteral("name"), QStringLiteral("Lobby room %1").arg(i)},
                                                    {QStringLiteral("uri"), QStringLiteral("lobby.%1").arg(i)},
                                                    {QStringLiteral("callLegProfile"), profile}});
        }
        Run r = run(base() << QStringLiteral("usage") << QStringLiteral("callLegProfiles") << profile);
        QCOMPARE(r.code, int(CtlRunner::Done));
        QVERIFY2(r.out.contains(QLatin1String("Spaces: 3")), qPrintable(r.out));
        QVERIFY(r.out.contains(QLatin1String("Lobby room 2")));
        QVERIFY(r.out.contains(QLatin1String("Access methods: none")));

        r = run(base() << QStringLiteral("--json") << QStringLiteral("usage") << QStringLiteral("callLegProfile") << profile);
        QCOMPARE(r.code, int(CtlRunner::Done));
        const QJsonObject json = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(json.value(QStringLiteral("used")).toBool(), true);
        QCOMPARE(json.value(QStringLiteral("coSpaces")).toObject().value(QStringLiteral("count")).toInt(), 3);
        QCOMPARE(json.value(QStringLiteral("accessMethods")).toObject().value(QStringLiteral("referenced")).toBool(), false);

        // A profile that does not exist is refused with the server's reason; a type that is not a profile is a usage error.
        r = run(base() << QStringLiteral("usage") << QStringLiteral("callLegProfiles") << QStringLiteral("00000000-0000-0000-0000-000000000000"));
        QCOMPARE(r.code, int(CtlRunner::Refused));
        r = run(base() << QStringLiteral("usage") << QStringLiteral("coSpaces") << profile);
        QCOMPARE(r.code, int(CtlRunner::Usage));
    }

    // guesthost apply prints the plan and changes nothing without --yes; with it the space is set up,
    // and a second run has nothing to do; guesthost check names the pattern and, once broken, the problem.
    void guestHostAppliesAPatternAndChecksIt()
    {
        const QString space = std::get<QString>(m_cluster->config().create(
            cmssim::TypeSchema::get(QStringLiteral("coSpaces")), {},
            {{QStringLiteral("name"), QStringLiteral("Board room")}, {QStringLiteral("uri"), QStringLiteral("board.room")},
             {QStringLiteral("callId"), QStringLiteral("7000")}}));
        const QStringList apply = base() << QStringLiteral("guesthost") << QStringLiteral("apply") << space
                                         << QStringLiteral("--pattern") << QStringLiteral("2") << QStringLiteral("--host-call-id")
                                         << QStringLiteral("7001");
        const QStringList pins{QStringLiteral("guest-pin=789"), QString(), QStringLiteral("host-pin=1234")};
        Run r = run(apply, kTestPassword, pins);
        QCOMPARE(r.code, int(CtlRunner::Done));
        QVERIFY2(r.out.contains(QLatin1String("--yes")) && r.out.contains(QStringLiteral("passcode=•••")), qPrintable(r.out));
        QVERIFY2(!r.out.contains(QLatin1String("1234")), qPrintable(r.out));
        const cmssim::ObjectTable *methods = m_cluster->store().findTable(QStringLiteral("accessMethods"), space);
        QVERIFY(!methods || methods->size() == 0);

        r = run(QStringList(apply) << QStringLiteral("--yes"), kTestPassword, pins);
        QCOMPARE(r.code, int(CtlRunner::Done));
        QVERIFY2(r.out.contains(QLatin1String("Step 1:")), qPrintable(r.out));
        methods = m_cluster->store().findTable(QStringLiteral("accessMethods"), space);
        QVERIFY(methods);
        QCOMPARE(methods->size(), 1);
        const QString method = methods->ordered().front()->id;

        r = run(QStringList(apply) << QStringLiteral("--yes") << QStringLiteral("--json"), kTestPassword, pins);
        QCOMPARE(r.code, int(CtlRunner::Done));
        QJsonObject json = r.json().object();
        QCOMPARE(json.value(QStringLiteral("plan")).toArray().size(), 0);
        QCOMPARE(json.value(QStringLiteral("applied")).toBool(), false);

        const QStringList check = base() << QStringLiteral("guesthost") << QStringLiteral("check") << space;
        r = run(check);
        QCOMPARE(r.code, int(CtlRunner::Done));
        QVERIFY2(r.out.contains(QLatin1String("No problem found")), qPrintable(r.out));
        r = run(QStringList(check) << QStringLiteral("--json"));
        json = r.json().object();
        QCOMPARE(json.value(QStringLiteral("pattern")).toInt(), 2);
        QCOMPARE(json.value(QStringLiteral("problems")).toArray().size(), 0);
        // Meant to follow pattern 3, it does not: said, with pattern 3's own check.
        r = run(QStringList(check) << QStringLiteral("--pattern") << QStringLiteral("3") << QStringLiteral("--json"));
        QCOMPARE(r.code, int(CtlRunner::Done));
        json = r.json().object();
        QCOMPARE(json.value(QStringLiteral("intendedPattern")).toInt(), 3);
        const QJsonArray meant = json.value(QStringLiteral("problems")).toArray();
        QCOMPARE(meant.size(), 2);
        QCOMPARE(meant.at(0).toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("NotTheIntendedPattern"));
        QCOMPARE(meant.at(1).toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("NoPasscodeMode"));
        r = run(QStringList(check) << QStringLiteral("--pattern") << QStringLiteral("5"));
        QCOMPARE(r.code, int(CtlRunner::Usage));

        SimTestClient client(*m_cluster, kTestUser, kTestPassword);
        QCOMPARE(client.put(0, QStringLiteral("coSpaces/%1/accessMethods/%2").arg(space, method),
                            {{QStringLiteral("callLegProfile"), QString()}}).status, 200);
        r = run(QStringList(check) << QStringLiteral("--json"));
        QCOMPARE(r.code, int(CtlRunner::Done));
        const QJsonArray problems = r.json().object().value(QStringLiteral("problems")).toArray();
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.first().toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("HostMethodCarriesGuestProfile"));
        QCOMPARE(problems.first().toObject().value(QStringLiteral("fixSteps")).toArray().size(), 1);

        // A URI another space has is refused before anything is sent; so are inputs that do not fit.
        r = run(base() << QStringLiteral("guesthost") << QStringLiteral("apply") << QStringLiteral("New room") << QStringLiteral("--create")
                       << QStringLiteral("--pattern") << QStringLiteral("1") << QStringLiteral("--host-uri") << QStringLiteral("salle.1"));
        QCOMPARE(r.code, int(CtlRunner::Usage));
        QVERIFY2(r.err.contains(QLatin1String("Salle 1")), qPrintable(r.err));
        r = run(base() << QStringLiteral("guesthost") << QStringLiteral("apply") << space << QStringLiteral("--pattern") << QStringLiteral("2"));
        QCOMPARE(r.code, int(CtlRunner::Usage));
        QVERIFY2(r.err.contains(QLatin1String("Guests need a PIN in this pattern.")), qPrintable(r.err));
        r = run(base() << QStringLiteral("guesthost") << QStringLiteral("apply") << space);
        QCOMPARE(r.code, int(CtlRunner::Usage));
        r = run(base() << QStringLiteral("guesthost") << QStringLiteral("fix") << space);
        QCOMPARE(r.code, int(CtlRunner::Usage));
    }

    // PINs are never arguments (the process list shows those): the old options are refused without
    // echoing the PIN, and stdin gives them one KEY=VALUE line each; a line that is neither is refused
    // without being quoted, as is a PIN given twice.
    void guestHostPinsComeFromStdinOnly()
    {
        const QStringList apply = base() << QStringLiteral("guesthost") << QStringLiteral("apply") << QStringLiteral("Pin room")
                                         << QStringLiteral("--create") << QStringLiteral("--pattern") << QStringLiteral("2")
                                         << QStringLiteral("--uri") << QStringLiteral("pin.room") << QStringLiteral("--host-call-id")
                                         << QStringLiteral("7301");
        for (const QString &option : {QStringLiteral("--guest-pin"), QStringLiteral("--host-pin")}) {
            const Run r = run(QStringList(apply) << option << QStringLiteral("480213"));
            QCOMPARE(r.code, int(CtlRunner::Usage));
            QVERIFY2(r.err.contains(QLatin1String("never taken from an argument")), qPrintable(r.err));
            QVERIFY2(!r.err.contains(QLatin1String("480213")), qPrintable(r.err));
        }
        Run r = run(apply, kTestPassword, {QStringLiteral("guest-pin=480213"), QStringLiteral("480214")});
        QCOMPARE(r.code, int(CtlRunner::Usage));
        QVERIFY2(r.err.contains(QLatin1String("Line 2 of stdin")) && !r.err.contains(QLatin1String("48021")), qPrintable(r.err));
        r = run(apply, kTestPassword, {QStringLiteral("host-pin=480213"), QStringLiteral("host-pin=480214")});
        QCOMPARE(r.code, int(CtlRunner::Usage));
        QVERIFY2(r.err.contains(QLatin1String("host-pin is given twice")) && !r.err.contains(QLatin1String("48021")), qPrintable(r.err));

        r = run(QStringList(apply) << QStringLiteral("--yes") << QStringLiteral("--json"), kTestPassword,
                {QStringLiteral("host-pin=480214\r"), QStringLiteral("guest-pin=480213")});
        QCOMPARE(r.code, int(CtlRunner::Done));
        QVERIFY2(!r.out.contains(QLatin1String("48021")) && !r.err.contains(QLatin1String("48021")), qPrintable(r.out + r.err));
        const QString space = r.json().object().value(QStringLiteral("spaceId")).toString();
        const cmssim::ConfigObject *created = m_cluster->store().find(QStringLiteral("coSpaces"), space);
        QVERIFY(created);
        QCOMPARE(created->value(QStringLiteral("passcode")), QStringLiteral("480213"));
        const cmssim::ObjectTable *methods = m_cluster->store().findTable(QStringLiteral("accessMethods"), space);
        QVERIFY(methods && methods->size() == 1);
        QCOMPARE(methods->ordered().front()->value(QStringLiteral("passcode")), QStringLiteral("480214"));
    }

    // The built cmsctl reads the PINs from stdin after the password line, and refuses them as arguments.
    void executableTakesThePinsFromStdin()
    {
        const QString exe = QCoreApplication::applicationDirPath() + QStringLiteral("/../../app/cmsctl/cmsctl");
        QStringList args = base();
        args.removeFirst();
        args << QStringLiteral("--password-stdin") << QStringLiteral("--json") << QStringLiteral("guesthost") << QStringLiteral("apply")
             << QStringLiteral("Stdin room") << QStringLiteral("--create") << QStringLiteral("--pattern") << QStringLiteral("3")
             << QStringLiteral("--uri") << QStringLiteral("stdin.room") << QStringLiteral("--host-call-id") << QStringLiteral("7401")
             << QStringLiteral("--passcode-mode") << QStringLiteral("required") << QStringLiteral("--yes");
        QProcess p;
        p.start(exe, QStringList(args) << QStringLiteral("--host-pin") << QStringLiteral("551177"));
        p.closeWriteChannel();
        QVERIFY(QTest::qWaitFor([&] { return p.state() == QProcess::NotRunning; }, 20000));
        QCOMPARE(p.exitCode(), 2);
        QVERIFY(!p.readAllStandardError().contains("551177"));

        p.start(exe, args);
        p.write((kTestPassword + QStringLiteral("\nhost-pin=551177\n")).toUtf8());
        p.closeWriteChannel();
        QVERIFY(QTest::qWaitFor([&] { return p.state() == QProcess::NotRunning; }, 20000));
        const QByteArray out = p.readAllStandardOutput();
        const QByteArray err = p.readAllStandardError();
        QCOMPARE(p.exitCode(), 0);
        QVERIFY2(!out.contains("551177") && !err.contains("551177"), out.constData());
        const QString space = QJsonDocument::fromJson(out).object().value(QStringLiteral("spaceId")).toString();
        const cmssim::ObjectTable *methods = m_cluster->store().findTable(QStringLiteral("accessMethods"), space);
        QVERIFY(methods && methods->size() == 1);
        QCOMPARE(methods->ordered().front()->value(QStringLiteral("passcode")), QStringLiteral("551177"));
    }

    void executableRefusesAPasswordArgument()
    {
        const QString exe = QCoreApplication::applicationDirPath() + QStringLiteral("/../../app/cmsctl/cmsctl");
        QVERIFY2(QFile::exists(exe), qPrintable(exe));
        QProcess p;
        p.start(exe, {QStringLiteral("--url"), QStringLiteral("cms.example"), QStringLiteral("--user"), QStringLiteral("a"),
                      QStringLiteral("--password"), QStringLiteral("hunter2"), QStringLiteral("status")});
        QVERIFY(QTest::qWaitFor([&] { return p.state() == QProcess::NotRunning; }, 10000));
        QCOMPARE(p.exitCode(), 2);
        QVERIFY(p.readAllStandardError().contains("--password-stdin"));
    }

    void executableTakesThePasswordFromStdin()
    {
        const QString exe = QCoreApplication::applicationDirPath() + QStringLiteral("/../../app/cmsctl/cmsctl");
        QProcess p;
        QStringList args = base();
        args.removeFirst();
        p.start(exe, args << QStringLiteral("--password-stdin") << QStringLiteral("--json") << QStringLiteral("list")
                          << QStringLiteral("coSpaces") << QStringLiteral("--max") << QStringLiteral("3"));
        p.write((kTestPassword + QLatin1Char('\n')).toUtf8());
        p.closeWriteChannel();
        QVERIFY(QTest::qWaitFor([&] { return p.state() == QProcess::NotRunning; }, 20000));
        QCOMPARE(p.exitCode(), 0);
        QCOMPARE(QJsonDocument::fromJson(p.readAllStandardOutput()).array().size(), 3);
    }

private:
    std::unique_ptr<cmssim::SimCluster> m_cluster;
    cms::MemoryCredentialStore m_credentials;
};

QTEST_MAIN(TestCmsCtl)
#include "tst_cmsctl.moc"
