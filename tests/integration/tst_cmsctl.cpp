// cmsctl end to end against the simulator: the runner in-process (with an in-memory keychain), and
// the real executable for what only the process shows (exit codes, no password from arguments).
#include "ctlinvocation.h"
#include "ctlrunner.h"
#include "credentials/memorycredentialstore.h"
#include "simbridge.h"
#include "simcluster.h"
#include "simtestclient.h"
#include "typeschema.h"
#include "liveengine.h"
#include "configapi.h"

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
    QStringList base(int bridge = 0) const
    {
        return {QStringLiteral("cmsctl"), QStringLiteral("--url"), m_cluster->bridge(bridge).baseUrl().toString(),
                QStringLiteral("--pin"), m_cluster->bridge(bridge).certificate().fingerprint(), QStringLiteral("--user"), kTestUser};
    }

    Run run(QStringList args, const QString &password = kTestPassword)
    {
        CtlInvocation inv = CtlCommandLine::parse(args);
        Run r;
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
