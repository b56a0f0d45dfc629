// Meetings on placeholders (issue 15) against the simulator, checked on the simulator's side: start
// (the space filled in, a fresh secret, the call on the bridge asked for, three addresses dialled
// with each leg's progress), extend, end (the placeholder back, a new secret, the call gone); a
// write failing at each step in turn leaves the store and the live calls as they were; a meeting
// whose bridge fails is reported, never started or extended on another bridge.
#include "meetings/meetingoperations.h"
#include "meetings/placeholderpoolreader.h"
#include "meetings/pooloperations.h"

#include "clientendpoints.h"
#include "configapi.h"
#include "configstore.h"
#include "liveengine.h"
#include "livestate.h"
#include "net/connection.h"
#include "simbridge.h"
#include "simcluster.h"
#include "simtestclient.h"
#include "typeschema.h"

#include <QtTest>

using namespace cms;
using Outcome = OperationResult::Outcome;

namespace {

const QString kSpaces = QStringLiteral("coSpaces");
const QString kPasscode = QStringLiteral("4321");

PlaceholderPool tmsPool()
{
    PlaceholderPool pool;
    pool.nameMapping = QStringLiteral("TMS_Scheduled_Meeting_$index$");
    pool.uriMapping = QStringLiteral("tms.meeting.$index$");
    pool.callIdMapping = QStringLiteral("8800$index$");
    return pool;
}

MeetingSettings board()
{
    MeetingSettings s;
    s.name = QStringLiteral("Board meeting");
    s.passcode = kPasscode;
    s.addresses = {QStringLiteral("alice@example.com"), QStringLiteral("bob@example.com"), QStringLiteral("carol@example.com")};
    return s;
}

bool run(Operation &operation)
{
    operation.execute();
    return QTest::qWaitFor([&] { return operation.isFinished(); }, 30000);
}

bool plan(Operation &operation)
{
    operation.plan();
    return QTest::qWaitFor([&] { return operation.state() == Operation::State::Planned || operation.isFinished(); }, 30000);
}

} // namespace

class TestMeetings : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<cmssim::SimCluster> m_cluster;
    std::unique_ptr<Connection> m_connection;

    cmssim::ConfigStore &store() { return m_cluster->store(); }

    void startCluster(int bridges)
    {
        cmssim::ClusterOptions options;
        options.bridgeCount = bridges;
        m_cluster = startTestCluster(options);
        QVERIFY(m_cluster);
        m_connection = std::make_unique<Connection>(pinnedEndpoints(*m_cluster));
        m_connection->transport().setBusyRetries(0, 0);
        PoolAddRangeOperation createPool(*m_connection, PoolAddRangeOperation::Mode::Create, tmsPool(), 5, 1);
        QVERIFY(run(createPool));
        QVERIFY2(createPool.result().succeeded(), qPrintable(createPool.result().message));
    }

    const cmssim::ConfigObject *placeholder(int index)
    {
        for (const cmssim::ConfigObject *space : store().table(kSpaces).ordered()) {
            if (space->value(QStringLiteral("uri")) == QStringLiteral("tms.meeting.%1").arg(index))
                return space;
        }
        return nullptr;
    }

    int callsOn(int bridge) { return int(m_cluster->bridge(bridge).live().callOrder().size()); }

    PlaceholderState stateOf(int index)
    {
        PlaceholderPool pool = tmsPool();
        pool.ranges.append({{}, 1, 5});
        PlaceholderPoolReader reader(*m_connection);
        reader.setDeepCheck(true);
        QSignalSpy finished(&reader, &PlaceholderPoolReader::finished);
        reader.readStates(pool);
        [&] { QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 20000); }();
        return reader.states().value(index - 1);
    }

private Q_SLOTS:
    void cleanup()
    {
        m_connection.reset();
        m_cluster.reset();
    }

    void startDialExtendEnd()
    {
        startCluster(2);
        const cmssim::ConfigObject *space = placeholder(3);
        QVERIFY(space);
        const QString spaceId = space->id;
        const QString placeholderSecret = space->value(QStringLiteral("secret"));
        QVERIFY(!placeholderSecret.isEmpty());

        // Started on the second bridge: the call and every leg are asked of that bridge.
        MeetingStartOperation start(*m_connection, spaceId, board(), 1);
        QSignalSpy legs(&start, &MeetingStartOperation::legProgress);
        QVERIFY(plan(start));
        QVERIFY2(!start.isFinished(), qPrintable(start.result().message));
        const QStringList preview = start.preview();
        QCOMPARE(preview.size(), 5);   // the space, the call, three legs
        for (const QString &line : preview)
            QVERIFY2(!line.contains(kPasscode), qPrintable(line));
        QVERIFY(preview.at(0).contains(QStringLiteral("passcode •••")));
        QVERIFY(preview.at(0).contains(QStringLiteral("a new secret")));
        QVERIFY(run(start));
        QVERIFY2(start.result().succeeded(), qPrintable(start.result().message));
        QCOMPARE(start.endpointIndex(), 1);
        QCOMPARE(legs.count(), 3);
        QCOMPARE(legs.at(2).at(1).toString(), QStringLiteral("carol@example.com"));
        QVERIFY(!legs.at(0).at(3).toString().isEmpty());

        space = store().find(kSpaces, spaceId);
        QCOMPARE(space->value(QStringLiteral("name")), QStringLiteral("Board meeting"));
        QCOMPARE(space->value(QStringLiteral("passcode")), kPasscode);
        QCOMPARE(space->value(QStringLiteral("nonMemberAccess")), QStringLiteral("true"));
        const QString meetingSecret = space->value(QStringLiteral("secret"));
        QVERIFY(!meetingSecret.isEmpty() && meetingSecret != placeholderSecret);
        QCOMPARE(callsOn(0), 0);
        QCOMPARE(callsOn(1), 1);
        const cmssim::LiveCall *call = m_cluster->bridge(1).live().callForSpace(spaceId);
        QVERIFY(call);
        QCOMPARE(call->id, start.callId());
        QCOMPARE(call->participantIds.size(), size_t(3));
        const PlaceholderState during = stateOf(3);
        QCOMPARE(during.kind, PlaceholderState::Kind::InMeeting);
        QCOMPARE(during.meeting.participants, 3);
        QCOMPARE(during.meeting.endpointIndex, 1);

        // A second start on the same space is refused.
        MeetingStartOperation twice(*m_connection, spaceId, board());
        QVERIFY(run(twice));
        QCOMPARE(twice.result().outcome, Outcome::Refused);

        MeetingExtendOperation extend(*m_connection, spaceId, board());
        QVERIFY(run(extend));
        QVERIFY2(extend.result().succeeded(), qPrintable(extend.result().message));
        QCOMPARE(extend.endpointIndex(), 1);
        space = store().find(kSpaces, spaceId);
        QCOMPARE(space->value(QStringLiteral("name")), QStringLiteral("Board meeting"));
        QCOMPARE(space->value(QStringLiteral("passcode")), kPasscode);
        QCOMPARE(space->value(QStringLiteral("secret")), meetingSecret);   // the invitations stay valid
        QCOMPARE(callsOn(1), 1);

        MeetingEndOperation end(*m_connection, spaceId);
        QVERIFY(run(end));
        QVERIFY2(end.result().succeeded(), qPrintable(end.result().message));
        QCOMPARE(end.placeholderName(), QStringLiteral("TMS_Scheduled_Meeting_3"));
        space = store().find(kSpaces, spaceId);
        QCOMPARE(space->value(QStringLiteral("name")), QStringLiteral("TMS_Scheduled_Meeting_3"));
        QCOMPARE(space->value(QStringLiteral("nonMemberAccess")), QStringLiteral("false"));
        QVERIFY(space->value(QStringLiteral("passcode")).isEmpty());
        const QString afterSecret = space->value(QStringLiteral("secret"));
        QVERIFY(!afterSecret.isEmpty() && afterSecret != meetingSecret);
        QCOMPARE(callsOn(0), 0);
        QCOMPARE(callsOn(1), 0);
        QCOMPARE(stateOf(3).kind, PlaceholderState::Kind::Free);
    }

    void aFailedWriteAtEachStepRollsBack()
    {
        startCluster(1);
        const QString spaceId = placeholder(2)->id;
        int steps = 0;
        {
            MeetingStartOperation probe(*m_connection, spaceId, board());
            QVERIFY(plan(probe));
            steps = probe.stepCount();
        }
        QCOMPARE(steps, 5);
        for (int failing = 0; failing < steps; ++failing) {
            const QStringList before = store().dump();
            m_cluster->bridge(0).faults().writesBeforeFailure = failing;
            MeetingStartOperation start(*m_connection, spaceId, board());
            QVERIFY(run(start));
            QCOMPARE(start.result().outcome, Outcome::RolledBack);
            QCOMPARE(start.result().failedStep, failing);
            QCOMPARE(store().dump(), before);   // the old secret is back too
            QCOMPARE(callsOn(0), 0);
            QCOMPARE(m_cluster->bridge(0).live().participantOrder().size(), size_t(0));
        }

        MeetingStartOperation start(*m_connection, spaceId, board());
        QVERIFY(run(start));
        QVERIFY(start.result().succeeded());

        // Extend: the PUT is its only write.
        QStringList before = store().dump();
        m_cluster->bridge(0).faults().writesBeforeFailure = 0;
        MeetingSettings longer = board();
        longer.name = QStringLiteral("Board meeting (extended)");
        MeetingExtendOperation extend(*m_connection, spaceId, longer);
        QVERIFY(run(extend));
        QCOMPARE(extend.result().outcome, Outcome::RolledBack);
        QCOMPARE(store().dump(), before);

        // End: the PUT, then the DELETE of the call.
        for (int failing = 0; failing < 2; ++failing) {
            before = store().dump();
            m_cluster->bridge(0).faults().writesBeforeFailure = failing;
            MeetingEndOperation end(*m_connection, spaceId);
            QVERIFY(run(end));
            QCOMPARE(end.result().outcome, Outcome::RolledBack);
            QCOMPARE(end.result().failedStep, failing);
            QCOMPARE(store().dump(), before);
            QCOMPARE(callsOn(0), 1);
        }
    }

    void aFailedBridgeIsReportedNotMoved()
    {
        startCluster(2);
        const QString spaceId = placeholder(1)->id;
        MeetingStartOperation start(*m_connection, spaceId, board(), 1);
        QVERIFY(run(start));
        QVERIFY(start.result().succeeded());

        m_cluster->setDown(1, true);   // its calls end with it
        MeetingExtendOperation extend(*m_connection, spaceId, board());
        QVERIFY(run(extend));
        QCOMPARE(extend.result().outcome, Outcome::Refused);
        QVERIFY2(extend.result().message.contains(QStringLiteral("does not move running meetings")),
                 qPrintable(extend.result().message));
        QCOMPARE(callsOn(0), 0);

        // Starting again on the failed bridge is refused, not sent to the other one.
        MeetingEndOperation end(*m_connection, spaceId);
        QVERIFY(run(end));
        QVERIFY2(end.result().succeeded(), qPrintable(end.result().message));
        QCOMPARE(end.stepCount(), 1);   // the placeholder put back; no call left to end
        QVERIFY(end.notes().join(QLatin1Char(' ')).contains(QStringLiteral("does not move running meetings")));
        MeetingStartOperation onDown(*m_connection, spaceId, board(), 1);
        QVERIFY(run(onDown));
        QCOMPARE(onDown.result().outcome, Outcome::Refused);
        QCOMPARE(callsOn(0), 0);

        // A start whose bridge fails between plan and call is undone, not sent to the other bridge.
        QVERIFY(m_cluster->bridge(1).comeUp());
        const QStringList before = store().dump();
        MeetingStartOperation blind(*m_connection, spaceId, board(), 1);
        QVERIFY(plan(blind));
        QVERIFY2(!blind.isFinished(), qPrintable(blind.result().message));
        m_cluster->setDown(1, true);
        QVERIFY(run(blind));
        QCOMPARE(blind.result().outcome, Outcome::RolledBack);
        QCOMPARE(blind.result().failedStep, 1);
        QCOMPARE(callsOn(0), 0);
        QCOMPARE(store().dump(), before);
    }
};

QTEST_GUILESS_MAIN(TestMeetings)
#include "tst_meetings.moc"
