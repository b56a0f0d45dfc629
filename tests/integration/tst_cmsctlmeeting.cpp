// cmsctl meeting end to end against the simulator: a pool created (the plan alone first, then with
// --yes), listed, grown; a meeting started with three addresses dialled, extended and ended, each
// checked on the simulator's side; the pool removed; JSON for scripts. The real executable takes the
// passcode from stdin after the password, and refuses it as an argument.
#include "ctlinvocation.h"
#include "ctlrunner.h"
#include "credentials/memorycredentialstore.h"
#include "configapi.h"
#include "configstore.h"
#include "livestate.h"
#include "simbridge.h"
#include "simcluster.h"
#include "simtestclient.h"
#include "typeschema.h"

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
    QJsonObject json() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }
};

const QString kPattern = QStringLiteral("TMS_Scheduled_Meeting_$index$");

} // namespace

class TestCmsCtlMeeting : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<cmssim::SimCluster> m_cluster;
    cms::MemoryCredentialStore m_credentials;

    QStringList base() const
    {
        QStringList args{QStringLiteral("cmsctl")};
        for (int i = 0; i < m_cluster->bridgeCount(); ++i)
            args << QStringLiteral("--url") << m_cluster->bridge(i).baseUrl().toString() << QStringLiteral("--pin")
                 << m_cluster->bridge(i).certificate().fingerprint();
        return args << QStringLiteral("--user") << kTestUser;
    }

    Run run(const QStringList &words, const QString &passcode = {})
    {
        CtlInvocation inv = CtlCommandLine::parse(base() + words);
        Run r;
        if (!inv.error.isEmpty()) {
            r.code = CtlRunner::Usage;
            r.err = inv.error;
            return r;
        }
        inv.password = kTestPassword;
        if (inv.meeting.passcodeFromStdin)
            inv.meeting.settings.passcode = passcode;   // what main reads from the terminal or stdin
        QString out;
        QString err;
        QTextStream outStream(&out);
        QTextStream errStream(&err);
        CtlRunner runner(inv, m_credentials, outStream, errStream);
        QSignalSpy finished(&runner, &CtlRunner::finished);
        runner.start();
        if (!finished.wait(60000))
            return r;
        outStream.flush();
        errStream.flush();
        r.code = finished.first().first().toInt();
        r.out = out;
        r.err = err;
        return r;
    }

    const cmssim::ConfigObject *spaceWithUri(const QString &uri)
    {
        for (const cmssim::ConfigObject *space : m_cluster->store().table(QStringLiteral("coSpaces")).ordered()) {
            if (space->value(QStringLiteral("uri")) == uri)
                return space;
        }
        return nullptr;
    }

    int placeholders()
    {
        int n = 0;
        for (const cmssim::ConfigObject *space : m_cluster->store().table(QStringLiteral("coSpaces")).ordered())
            n += space->value(QStringLiteral("uri")).startsWith(QLatin1String("tms.meeting.")) ? 1 : 0;
        return n;
    }

    QString exe() const { return QCoreApplication::applicationDirPath() + QStringLiteral("/../../app/cmsctl/cmsctl"); }

private Q_SLOTS:
    void initTestCase()
    {
        cmssim::ClusterOptions options;
        options.bridgeCount = 2;
        m_cluster = startTestCluster(options);
        QVERIFY(m_cluster);
    }

    void poolAndMeetingEndToEnd()
    {
        const QStringList create = {QStringLiteral("meeting"), QStringLiteral("pool"), QStringLiteral("create"),
                                    QStringLiteral("--name-pattern"), kPattern,
                                    QStringLiteral("--uri-pattern"), QStringLiteral("tms.meeting.$index$"),
                                    QStringLiteral("--call-id-pattern"), QStringLiteral("7700$index$"),
                                    QStringLiteral("--count"), QStringLiteral("20")};
        // The plan alone changes nothing.
        Run r = run(create);
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QStringLiteral("POST /cospaceBulkParameterSets")), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("--yes")));
        QCOMPARE(placeholders(), 0);

        r = run(create + QStringList{QStringLiteral("--yes"), QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.json().value(QStringLiteral("outcome")).toString(), QStringLiteral("succeeded"));
        QCOMPARE(r.json().value(QStringLiteral("end")).toInt(), 20);
        QCOMPARE(placeholders(), 20);

        r = run({QStringLiteral("meeting"), QStringLiteral("pool"), QStringLiteral("grow"), kPattern,
                 QStringLiteral("--count"), QStringLiteral("5"), QStringLiteral("--yes")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QStringLiteral("The bulk sync is complete.")), qPrintable(r.out));
        QCOMPARE(placeholders(), 25);

        r = run({QStringLiteral("meeting"), QStringLiteral("pool"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        const QJsonArray pools = r.json().value(QStringLiteral("pools")).toArray();
        QCOMPARE(pools.size(), 1);
        QCOMPARE(pools.first().toObject().value(QStringLiteral("size")).toInt(), 25);

        // A meeting on placeholder 7, started on the second bridge, three addresses dialled.
        const QString spaceId = spaceWithUri(QStringLiteral("tms.meeting.7"))->id;
        const QString secretBefore = spaceWithUri(QStringLiteral("tms.meeting.7"))->value(QStringLiteral("secret"));
        const QStringList start = {QStringLiteral("meeting"), QStringLiteral("start"), spaceId,
                                   QStringLiteral("--name"), QStringLiteral("Weekly review"), QStringLiteral("--passcode-stdin"),
                                   QStringLiteral("--dial"), QStringLiteral("a@example.com"), QStringLiteral("--dial"),
                                   QStringLiteral("b@example.com"), QStringLiteral("--dial"), QStringLiteral("c@example.com"),
                                   QStringLiteral("--bridge"), QStringLiteral("2")};
        r = run(start, QStringLiteral("9876"));
        QCOMPARE(r.code, 0);
        QVERIFY(!r.out.contains(QStringLiteral("9876")));
        QCOMPARE(m_cluster->bridge(1).live().callOrder().size(), size_t(0));
        r = run(start + QStringList{QStringLiteral("--yes"), QStringLiteral("--json")}, QStringLiteral("9876"));
        QCOMPARE(r.code, 0);
        QVERIFY(!r.out.contains(QStringLiteral("9876")));
        QCOMPARE(r.json().value(QStringLiteral("outcome")).toString(), QStringLiteral("succeeded"));
        QCOMPARE(r.json().value(QStringLiteral("callLegs")).toArray().size(), 3);
        const cmssim::ConfigObject *space = m_cluster->store().find(QStringLiteral("coSpaces"), spaceId);
        QCOMPARE(space->value(QStringLiteral("name")), QStringLiteral("Weekly review"));
        QCOMPARE(space->value(QStringLiteral("passcode")), QStringLiteral("9876"));
        QCOMPARE(space->value(QStringLiteral("nonMemberAccess")), QStringLiteral("true"));
        QVERIFY(space->value(QStringLiteral("secret")) != secretBefore);
        const cmssim::LiveCall *call = m_cluster->bridge(1).live().callForSpace(spaceId);
        QVERIFY(call);
        QCOMPARE(call->participantIds.size(), size_t(3));
        QCOMPARE(m_cluster->bridge(0).live().callOrder().size(), size_t(0));

        r = run({QStringLiteral("meeting"), QStringLiteral("pool"), QStringLiteral("list"), kPattern, QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        const QJsonObject seventh = r.json().value(QStringLiteral("placeholders")).toArray().at(6).toObject();
        QCOMPARE(seventh.value(QStringLiteral("state")).toString(), QStringLiteral("inMeeting"));
        QCOMPARE(seventh.value(QStringLiteral("participants")).toInt(), 3);

        r = run({QStringLiteral("meeting"), QStringLiteral("extend"), spaceId, QStringLiteral("--passcode-stdin"),
                 QStringLiteral("--yes")}, QStringLiteral("9876"));
        QCOMPARE(r.code, 0);
        QCOMPARE(space->value(QStringLiteral("name")), QStringLiteral("Weekly review"));
        QCOMPARE(space->value(QStringLiteral("passcode")), QStringLiteral("9876"));
        // Without --passcode-stdin the meeting keeps its passcode.
        r = run({QStringLiteral("meeting"), QStringLiteral("extend"), spaceId, QStringLiteral("--yes")});
        QCOMPARE(r.code, 0);
        QCOMPARE(space->value(QStringLiteral("passcode")), QStringLiteral("9876"));

        // The pool is not removed from under the meeting.
        r = run({QStringLiteral("meeting"), QStringLiteral("pool"), QStringLiteral("remove"), kPattern, QStringLiteral("--yes")});
        QCOMPARE(r.code, int(CtlRunner::Usage));
        QCOMPARE(placeholders(), 25);

        const QString meetingSecret = space->value(QStringLiteral("secret"));
        r = run({QStringLiteral("meeting"), QStringLiteral("end"), spaceId, QStringLiteral("--yes"), QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        space = m_cluster->store().find(QStringLiteral("coSpaces"), spaceId);
        QCOMPARE(space->value(QStringLiteral("name")), QStringLiteral("TMS_Scheduled_Meeting_7"));
        QCOMPARE(space->value(QStringLiteral("nonMemberAccess")), QStringLiteral("false"));
        QVERIFY(space->value(QStringLiteral("passcode")).isEmpty());
        QVERIFY(space->value(QStringLiteral("secret")) != meetingSecret);
        QCOMPARE(m_cluster->bridge(1).live().callOrder().size(), size_t(0));

        r = run({QStringLiteral("meeting"), QStringLiteral("pool"), QStringLiteral("remove"), kPattern, QStringLiteral("--yes")});
        QCOMPARE(r.code, 0);
        QCOMPARE(placeholders(), 0);
    }

    void usageMistakes()
    {
        QCOMPARE(run({QStringLiteral("meeting"), QStringLiteral("pool"), QStringLiteral("create"), QStringLiteral("--name-pattern"),
                      QStringLiteral("X"), QStringLiteral("--uri-pattern"), QStringLiteral("x.$index$"), QStringLiteral("--count"),
                      QStringLiteral("3")}).code, int(CtlRunner::Usage));   // no $index$ in the name pattern
        QCOMPARE(run({QStringLiteral("meeting"), QStringLiteral("start"), QStringLiteral("id")}).code, int(CtlRunner::Usage));
        QCOMPARE(run({QStringLiteral("meeting"), QStringLiteral("pool"), QStringLiteral("shrink"), kPattern}).code, int(CtlRunner::Usage));
        // An unknown pool, refused while planning.
        QCOMPARE(run({QStringLiteral("meeting"), QStringLiteral("pool"), QStringLiteral("grow"), QStringLiteral("Nope_$index$"),
                      QStringLiteral("--count"), QStringLiteral("3"), QStringLiteral("--yes")}).code, int(CtlRunner::Usage));
    }

    void executableTakesThePasscodeFromStdinOnly()
    {
        QVERIFY2(QFile::exists(exe()), qPrintable(exe()));
        QProcess refused;
        refused.start(exe(), {QStringLiteral("--url"), QStringLiteral("cms.example"), QStringLiteral("--user"), QStringLiteral("a"),
                              QStringLiteral("meeting"), QStringLiteral("extend"), QStringLiteral("id"),
                              QStringLiteral("--passcode"), QStringLiteral("1234")});
        QVERIFY(QTest::qWaitFor([&] { return refused.state() == QProcess::NotRunning; }, 10000));
        QCOMPARE(refused.exitCode(), 2);
        QVERIFY(refused.readAllStandardError().contains("--passcode-stdin"));

        // A space of its own, started through the executable: the password, then the passcode, on stdin.
        const QString spaceId = std::get<QString>(m_cluster->config().create(
            cmssim::TypeSchema::get(QStringLiteral("coSpaces")), {},
            {{QStringLiteral("name"), QStringLiteral("Room")}, {QStringLiteral("uri"), QStringLiteral("room.exe")}}));
        QStringList args = base();
        args.removeFirst();
        QProcess p;
        p.start(exe(), args << QStringLiteral("--password-stdin") << QStringLiteral("--json") << QStringLiteral("meeting")
                            << QStringLiteral("start") << spaceId << QStringLiteral("--name") << QStringLiteral("Cron meeting")
                            << QStringLiteral("--passcode-stdin") << QStringLiteral("--yes"));
        p.write((kTestPassword + QStringLiteral("\n5555\n")).toUtf8());
        p.closeWriteChannel();
        QVERIFY(QTest::qWaitFor([&] { return p.state() == QProcess::NotRunning; }, 30000));
        const QByteArray out = p.readAllStandardOutput();
        QCOMPARE(p.exitCode(), 0);
        QVERIFY(!out.contains("5555"));
        QCOMPARE(QJsonDocument::fromJson(out).object().value(QStringLiteral("outcome")).toString(), QStringLiteral("succeeded"));
        const cmssim::ConfigObject *space = m_cluster->store().find(QStringLiteral("coSpaces"), spaceId);
        QCOMPARE(space->value(QStringLiteral("passcode")), QStringLiteral("5555"));
        QCOMPARE(space->value(QStringLiteral("name")), QStringLiteral("Cron meeting"));
    }
};

QTEST_MAIN(TestCmsCtlMeeting)
#include "tst_cmsctlmeeting.moc"
