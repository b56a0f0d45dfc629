// cms-sim's command line and control channel.
#include "controlchannel.h"
#include "simbridge.h"
#include "simcluster.h"
#include "simcommandline.h"
#include "simtestclient.h"

#include <QtTest>

using namespace cmssim;

namespace {
SimLaunch parse(QStringList args)
{
    args.prepend(QStringLiteral("cms-sim"));
    return SimCommandLine::parse(args);
}
} // namespace

class TestSimCommandLine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaultsAreThreeBridgesHttpsAndAGeneratedPassword()
    {
        const SimLaunch l = parse({});
        QVERIFY(l.error.isEmpty());
        QCOMPARE(l.options.bridgeCount, 3);
        QVERIFY(!l.options.plainHttp);
        QCOMPARE(l.options.users.size(), 1);
        QVERIFY(l.generatedPassword);
        QVERIFY(l.options.users.value(QStringLiteral("admin")).size() >= 12);
        QCOMPARE(l.activityRate, 0.0);   // activity is off unless asked for
        QCOMPARE(l.options.caps.configuration, 20);
        QCOMPARE(l.options.caps.live, 10);
    }

    void demoPresetSeedsDataAndActivityOnFixedPorts()
    {
        const SimLaunch l = parse({QStringLiteral("--demo")});
        QVERIFY(l.error.isEmpty());
        QCOMPARE(l.options.ports, (QList<quint16>{9441, 9442, 9443}));
        QVERIFY(l.seed.spaces > 0 && l.seed.calls > 0 && l.seed.guestHostPatterns && l.seed.demoMeetings);
        QVERIFY(l.activityRate > 0);
        QVERIFY(!parse({}).seed.demoMeetings);
        QVERIFY(parse({QStringLiteral("--demo-meetings")}).seed.demoMeetings);
    }

    void optionsAreRead()
    {
        const SimLaunch l = parse({QStringLiteral("--bridges"), QStringLiteral("2"), QStringLiteral("--cms-version"),
                                   QStringLiteral("2.9.1"), QStringLiteral("--user"), QStringLiteral("ops:s3cret:x"),
                                   QStringLiteral("--port"), QStringLiteral("9000"), QStringLiteral("--page-cap"),
                                   QStringLiteral("15"), QStringLiteral("--spaces"), QStringLiteral("100000"),
                                   QStringLiteral("--latency"), QStringLiteral("2:50"), QStringLiteral("--down"),
                                   QStringLiteral("1"), QStringLiteral("--not-found-404"), QStringLiteral("--plain-http")});
        QVERIFY2(l.error.isEmpty(), qPrintable(l.error));
        QCOMPARE(l.options.bridgeCount, 2);
        QCOMPARE(l.options.version.number, 209);
        QCOMPARE(l.options.users.value(QStringLiteral("ops")), QStringLiteral("s3cret:x"));
        QVERIFY(!l.generatedPassword);
        QCOMPARE(l.options.ports, (QList<quint16>{9000, 9001}));
        QCOMPARE(l.options.caps.configuration, 15);
        QCOMPARE(l.seed.spaces, 100000);
        QVERIFY(l.options.notFoundAs404);
        QVERIFY(l.options.plainHttp);
        QCOMPARE(l.faults.size(), 2);
        QCOMPARE(l.faults.at(0).bridge, 1);
        QCOMPARE(l.faults.at(0).value, 50.0);
        QCOMPARE(l.faults.at(1).kind, QStringLiteral("down"));
        QCOMPARE(l.faults.at(1).bridge, 0);
    }

    void mistakesAreReported_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("bridges not a number") << QStringList{QStringLiteral("--bridges"), QStringLiteral("x")};
        QTest::newRow("zero bridges") << QStringList{QStringLiteral("--bridges"), QStringLiteral("0")};
        QTest::newRow("user without password") << QStringList{QStringLiteral("--user"), QStringLiteral("admin")};
        QTest::newRow("bad version") << QStringList{QStringLiteral("--cms-version"), QStringLiteral("latest")};
        QTest::newRow("cert without key") << QStringList{QStringLiteral("--cert"), QStringLiteral("a.pem")};
        QTest::newRow("fault on missing bridge") << QStringList{QStringLiteral("--busy"), QStringLiteral("7")};
        QTest::newRow("unknown option") << QStringList{QStringLiteral("--frobnicate")};
        QTest::newRow("stray argument") << QStringList{QStringLiteral("extra")};
    }

    void mistakesAreReported()
    {
        QFETCH(QStringList, args);
        QVERIFY(!parse(args).error.isEmpty());
    }

    void controlChannelInjectsFaults()
    {
        ClusterOptions options;
        options.bridgeCount = 2;
        auto cluster = startTestCluster(options);
        ControlChannel control(*cluster, nullptr);
        QVERIFY(control.execute(QStringLiteral("help")).contains(QStringLiteral("latency")));
        QCOMPARE(control.execute(QStringLiteral("latency 2 40")), QStringLiteral("ok"));
        QCOMPARE(cluster->bridge(1).faults().latencyMs, 40);
        QCOMPARE(cluster->bridge(0).faults().latencyMs, 0);
        QCOMPARE(control.execute(QStringLiteral("busy all on")), QStringLiteral("ok"));
        QVERIFY(cluster->bridge(0).faults().busy && cluster->bridge(1).faults().busy);
        QCOMPARE(control.execute(QStringLiteral("errors CallBridge-Seoul 0.25")), QStringLiteral("ok"));
        QCOMPARE(cluster->bridge(1).faults().errorRate, 0.25);
        QCOMPARE(control.execute(QStringLiteral("movefault 1 drop")), QStringLiteral("ok"));
        QVERIFY(cluster->bridge(0).faults().moveFault == MoveFault::DropParticipant);
        QCOMPARE(control.execute(QStringLiteral("freeze 1 on")), QStringLiteral("ok"));
        QVERIFY(cluster->bridge(0).faults().frozen && !cluster->bridge(1).faults().frozen);
        QVERIFY(control.execute(QStringLiteral("status")).contains(QStringLiteral("frozen=on")));
        QCOMPARE(control.execute(QStringLiteral("freeze 1 off")), QStringLiteral("ok"));
        QVERIFY(!cluster->bridge(0).faults().frozen);
        QCOMPARE(control.execute(QStringLiteral("html 2 on")), QStringLiteral("ok"));
        QVERIFY(cluster->bridge(1).faults().htmlPage);
        QCOMPARE(control.execute(QStringLiteral("contenttype all application/json")), QStringLiteral("ok"));
        QCOMPARE(cluster->bridge(0).faults().contentType, QByteArray("application/json"));
        QCOMPARE(control.execute(QStringLiteral("contenttype all normal")), QStringLiteral("ok"));
        QVERIFY(cluster->bridge(1).faults().contentType.isEmpty());
        QVERIFY(control.execute(QStringLiteral("freeze 1 maybe")).startsWith(QStringLiteral("error")));
        QCOMPARE(control.execute(QStringLiteral("down 2")), QStringLiteral("ok"));
        QVERIFY(!cluster->bridge(1).isUp());
        QVERIFY(control.execute(QStringLiteral("status")).contains(QStringLiteral("CallBridge-Seoul down")));
        QCOMPARE(control.execute(QStringLiteral("up 2")), QStringLiteral("ok"));
        QVERIFY(cluster->bridge(1).isUp());
        QVERIFY(control.execute(QStringLiteral("latency 9 10")).startsWith(QStringLiteral("error")));
        QVERIFY(control.execute(QStringLiteral("errors 1 2")).startsWith(QStringLiteral("error")));
        QVERIFY(control.execute(QStringLiteral("activity on")).startsWith(QStringLiteral("error")));
        QVERIFY(control.execute(QStringLiteral("dance")).startsWith(QStringLiteral("error")));
    }

    void controlPortAcceptsCommandLines()
    {
        ClusterOptions options;
        options.bridgeCount = 1;
        auto cluster = startTestCluster(options);
        ControlChannel control(*cluster, nullptr);
        const quint16 port = control.listen(0);
        QVERIFY(port != 0);
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, port);
        QTRY_COMPARE(socket.state(), QAbstractSocket::ConnectedState);
        socket.write("busy 1 on\n");
        QTRY_VERIFY(socket.bytesAvailable() > 0 && socket.peek(64).contains("\n\n"));
        QCOMPARE(socket.readAll(), QByteArray("ok\n\n"));
        QVERIFY(cluster->bridge(0).faults().busy);
    }
};

QTEST_MAIN(TestSimCommandLine)
#include "tst_simcommandline.moc"
