// Operations against the simulator: participant moves (within and across bridges, refused, target
// gone, and the three failure cases of cms-api.md section 5), starting a meeting with rollback, and
// the single-step live operations, each checked on the simulator's side.
#include "configapi.h"
#include "net/connection.h"
#include "liveengine.h"
#include "operations/liveoperations.h"
#include "meetings/meetingoperations.h"
#include "operations/participantmove.h"
#include "simbridge.h"
#include "simcluster.h"
#include "clientendpoints.h"
#include "simtestclient.h"
#include "typeschema.h"

#include <QtTest>

using namespace cms;
using cmssim::EndpointKind;
using cmssim::JoinSpec;
using cmssim::MoveFault;
using cmssim::SimCluster;
using Outcome = OperationResult::Outcome;
using MoveFailure = OperationResult::MoveFailure;

namespace {


QString createSpace(SimCluster &cluster, const QString &name, bool nonMemberAccess = true)
{
    const auto &type = cmssim::TypeSchema::get(QStringLiteral("coSpaces"));
    auto r = cluster.config().create(type, {}, {{QStringLiteral("name"), name},
                                                {QStringLiteral("nonMemberAccess"), nonMemberAccess ? QStringLiteral("true") : QStringLiteral("false")}});
    const QString *id = std::get_if<QString>(&r);
    return id ? *id : QString();
}

QString startCall(SimCluster &cluster, int bridge, const QString &space)
{
    auto r = cluster.live().startCall(cluster.bridge(bridge), space, {});
    const QString *id = std::get_if<QString>(&r);
    return id ? *id : QString();
}

JoinSpec person(const QString &name, EndpointKind kind = EndpointKind::Sip)
{
    JoinSpec spec;
    spec.name = name;
    spec.remoteParty = name.toLower() + QStringLiteral("@example.com");
    spec.kind = kind;
    return spec;
}

// Runs an operation to its end without blocking the event loop.
bool run(Operation &operation)
{
    operation.execute();
    return QTest::qWaitFor([&] { return operation.isFinished(); }, 20000);
}

} // namespace

class TestOperations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        cmssim::ClusterOptions options;
        options.bridgeCount = 3;
        m_cluster = startTestCluster(options);
        QVERIFY(m_cluster);
    }

    void init()
    {
        m_connection = std::make_unique<Connection>(pinnedEndpoints(*m_cluster));
        m_connection->transport().setBusyRetries(0, 0);
    }

    void cleanup()
    {
        m_connection.reset();
        m_cluster->live().forcedPlacement = -1;
        for (int i = 0; i < m_cluster->bridgeCount(); ++i) {
            m_cluster->setBusy(i, false);
            m_cluster->setMoveFault(i, MoveFault::None);
            m_cluster->bridge(i).live().removeAll();
        }
    }

    void movesWithinOneBridge()
    {
        const QString from = startCall(*m_cluster, 0, createSpace(*m_cluster, QStringLiteral("From")));
        const QString to = startCall(*m_cluster, 0, createSpace(*m_cluster, QStringLiteral("To")));
        const QString alice = m_cluster->live().join(m_cluster->bridge(0), from, person(QStringLiteral("Alice")));
        m_cluster->live().forcedPlacement = 0;

        ParticipantMove move(*m_connection, alice, to);
        QSignalSpy planned(&move, &Operation::planned);
        move.plan();
        QVERIFY(planned.wait(10000));
        QCOMPARE(move.preview().size(), 1);
        QVERIFY(move.preview().first().contains(QStringLiteral("Alice")));
        QVERIFY2(move.preview().first().contains(QStringLiteral("/calls/%1/participants movedParticipant=%2").arg(to, alice)),
                 qPrintable(move.preview().first()));
        QSignalSpy started(&move, &Operation::stepStarted);
        QSignalSpy progress(&move, &Operation::progress);
        QVERIFY(run(move));
        QVERIFY2(move.result().succeeded(), qPrintable(move.result().message));
        QCOMPARE(started.count(), 1);
        QCOMPARE(progress.last().at(0).toInt(), 1);

        const cmssim::Located moved = m_cluster->live().find(move.newParticipantId());
        QVERIFY(moved);
        QCOMPARE(moved.bridge, &m_cluster->bridge(0));
        QCOMPARE(moved.participant->callId, to);
        QCOMPARE(moved.participant->movedParticipant, alice);
        QVERIFY(!m_cluster->live().find(alice));
    }

    void movesAcrossBridges()
    {
        const QString from = startCall(*m_cluster, 0, createSpace(*m_cluster, QStringLiteral("Across from")));
        const QString to = startCall(*m_cluster, 1, createSpace(*m_cluster, QStringLiteral("Across to")));
        const QString bob = m_cluster->live().join(m_cluster->bridge(0), from, person(QStringLiteral("Bob")));
        m_cluster->live().forcedPlacement = 1;

        ParticipantMove move(*m_connection, bob, to);
        QVERIFY(run(move));
        QVERIFY2(move.result().succeeded(), qPrintable(move.result().message));
        const cmssim::Located moved = m_cluster->live().find(move.newParticipantId());
        QVERIFY(moved);
        QCOMPARE(moved.bridge, &m_cluster->bridge(1));
        QCOMPARE(moved.participant->callId, to);
        QCOMPARE(moved.participant->movedParticipant, bob);
        QCOMPARE(moved.participant->movedParticipantCallBridge, m_cluster->bridge(0).id());
        QVERIFY(!m_cluster->live().find(bob));
    }

    void refusedMoveOfALyncParticipantChangesNothing()
    {
        const QString from = startCall(*m_cluster, 0, createSpace(*m_cluster, QStringLiteral("Lync from")));
        const QString to = startCall(*m_cluster, 1, createSpace(*m_cluster, QStringLiteral("Lync to")));
        const QString carol = m_cluster->live().join(m_cluster->bridge(0), from, person(QStringLiteral("Carol"), EndpointKind::Lync));

        ParticipantMove move(*m_connection, carol, to);
        QSignalSpy finished(&move, &Operation::finished);
        QVERIFY(run(move));
        QCOMPARE(finished.count(), 1);
        QCOMPARE(move.result().outcome, Outcome::Refused);
        QCOMPARE(move.result().moveFailure, MoveFailure::NothingHappened);
        QVERIFY(move.result().message.contains(QStringLiteral("Carol")));
        QVERIFY(!ParticipantMove::describe(move.result().moveFailure).isEmpty());
        const cmssim::Located still = m_cluster->live().find(carol);
        QVERIFY(still);
        QCOMPARE(still.participant->callId, from);
        QVERIFY(m_cluster->bridge(1).live().call(to)->participantIds.isEmpty());
    }

    void webAppParticipantsCannotBeMovedBefore32()
    {
        cmssim::ClusterOptions options;
        options.bridgeCount = 1;
        options.version = cmssim::SimVersion::parse(QStringLiteral("3.1"));
        auto cluster = startTestCluster(options);
        QVERIFY(cluster);
        Connection connection(pinnedEndpoints(*cluster));
        const QString from = startCall(*cluster, 0, createSpace(*cluster, QStringLiteral("Web from")));
        const QString to = startCall(*cluster, 0, createSpace(*cluster, QStringLiteral("Web to")));
        const QString dave = cluster->live().join(cluster->bridge(0), from, person(QStringLiteral("Dave"), EndpointKind::WebApp));

        ParticipantMove move(connection, dave, to);
        QVERIFY(run(move));
        QCOMPARE(move.result().outcome, Outcome::Refused);
        QCOMPARE(move.result().moveFailure, MoveFailure::NothingHappened);
        QVERIFY2(move.result().message.contains(QStringLiteral("3.2")), qPrintable(move.result().message));
        QVERIFY(cluster->live().find(dave));
    }

    void targetCallEndingBeforeTheMoveIsReported()
    {
        const QString from = startCall(*m_cluster, 0, createSpace(*m_cluster, QStringLiteral("Gone from")));
        const QString to = startCall(*m_cluster, 1, createSpace(*m_cluster, QStringLiteral("Gone to")));
        const QString erin = m_cluster->live().join(m_cluster->bridge(0), from, person(QStringLiteral("Erin")));

        ParticipantMove move(*m_connection, erin, to);
        QSignalSpy planned(&move, &Operation::planned);
        move.plan();
        QVERIFY(planned.wait(10000));
        m_cluster->live().endCall(m_cluster->bridge(1), to);
        QVERIFY(run(move));
        QCOMPARE(move.result().outcome, Outcome::RolledBack);
        QCOMPARE(move.result().error.reason, QStringLiteral("callDoesNotExist"));
        QCOMPARE(move.result().failedStep, 0);
        QCOMPARE(move.result().moveFailure, MoveFailure::NothingHappened);
        QVERIFY(!move.result().message.isEmpty());
        QCOMPARE(m_cluster->live().find(erin).participant->callId, from);
    }

    void droppedParticipantIsRecognised()
    {
        const QString from = startCall(*m_cluster, 0, createSpace(*m_cluster, QStringLiteral("Drop from")));
        const QString to = startCall(*m_cluster, 1, createSpace(*m_cluster, QStringLiteral("Drop to")));
        const QString frank = m_cluster->live().join(m_cluster->bridge(0), from, person(QStringLiteral("Frank")));
        m_cluster->setMoveFault(1, MoveFault::DropParticipant);

        ParticipantMove move(*m_connection, frank, to);
        move.setVerifyPolling(2, 20);
        QVERIFY(run(move));
        QCOMPARE(move.result().moveFailure, MoveFailure::DroppedNotRejoined);
        QCOMPARE(move.result().outcome, Outcome::RollbackIncomplete);
        QCOMPARE(move.result().message, ParticipantMove::describe(MoveFailure::DroppedNotRejoined));
        QVERIFY(!m_cluster->live().find(frank));
    }

    void wrongMeetingIsRecognised()
    {
        const QString from = startCall(*m_cluster, 0, createSpace(*m_cluster, QStringLiteral("Wrong from")));
        const QString other = startCall(*m_cluster, 1, createSpace(*m_cluster, QStringLiteral("Wrong other")));
        const QString to = startCall(*m_cluster, 1, createSpace(*m_cluster, QStringLiteral("Wrong to")));
        const QString gina = m_cluster->live().join(m_cluster->bridge(0), from, person(QStringLiteral("Gina")));
        m_cluster->live().forcedPlacement = 1;
        m_cluster->setMoveFault(1, MoveFault::WrongCall);

        ParticipantMove move(*m_connection, gina, to);
        move.setVerifyPolling(2, 20);
        QVERIFY(run(move));
        QCOMPARE(move.result().moveFailure, MoveFailure::WrongMeeting);
        QCOMPARE(move.result().outcome, Outcome::RollbackIncomplete);
        QCOMPARE(m_cluster->live().find(move.newParticipantId()).participant->callId, other);
    }

    void startsAMeetingTheSchedulerWay()
    {
        const QString space = createSpace(*m_cluster, QStringLiteral("TMS_Scheduled_Meeting_1"), false);
        AdHocMeetingStartOperation start(*m_connection, space, 2,
                                    {{QStringLiteral("name"), QStringLiteral("Board meeting")},
                                     {QStringLiteral("passcode"), QStringLiteral("2468")},
                                     {QStringLiteral("nonMemberAccess"), QStringLiteral("true")}});
        QSignalSpy planned(&start, &Operation::planned);
        start.plan();
        QVERIFY(planned.wait(10000));
        QCOMPARE(start.preview().size(), 2);
        QVERIFY(run(start));
        QVERIFY2(start.result().succeeded(), qPrintable(start.result().message));
        const cmssim::LiveCall *call = m_cluster->bridge(2).live().call(start.callId());
        QVERIFY(call);
        QCOMPARE(call->coSpaceId, space);
        const auto *stored = m_cluster->store().find(QStringLiteral("coSpaces"), space);
        QCOMPARE(stored->value(QStringLiteral("name")), QStringLiteral("Board meeting"));
        QCOMPARE(stored->value(QStringLiteral("passcode")), QStringLiteral("2468"));
        QCOMPARE(stored->value(QStringLiteral("nonMemberAccess")), QStringLiteral("true"));
    }

    void failedMeetingStartRestoresTheSpace()
    {
        const QString space = createSpace(*m_cluster, QStringLiteral("TMS_Scheduled_Meeting_2"), false);
        m_cluster->bridge(1).faults().writesBeforeFailure = 0;   // POST /calls, the first write on bridge 1
        AdHocMeetingStartOperation start(*m_connection, space, 1,
                                    {{QStringLiteral("name"), QStringLiteral("Budget review")},
                                     {QStringLiteral("passcode"), QStringLiteral("1357")},
                                     {QStringLiteral("nonMemberAccess"), QStringLiteral("true")}});
        QSignalSpy undone(&start, &Operation::undoStarted);
        QVERIFY(run(start));
        QCOMPARE(start.result().outcome, Outcome::RolledBack);
        QCOMPARE(start.result().failedStep, 1);
        QCOMPARE(start.result().error.kind, CmsError::Kind::HttpStatus);
        QCOMPARE(undone.count(), 1);
        QCOMPARE(undone.first().at(0).toInt(), 0);
        const auto *stored = m_cluster->store().find(QStringLiteral("coSpaces"), space);
        QCOMPARE(stored->value(QStringLiteral("name")), QStringLiteral("TMS_Scheduled_Meeting_2"));
        QCOMPARE(stored->value(QStringLiteral("passcode")), QString());
        QCOMPARE(stored->value(QStringLiteral("nonMemberAccess")), QStringLiteral("false"));
        QVERIFY(!m_cluster->bridge(1).live().callForSpace(space));
    }

    // A meeting is not started on a bridge that does not answer, nor on a space whose meeting runs.
    void aMeetingStartsOnlyWhereItCan()
    {
        const QString space = createSpace(*m_cluster, QStringLiteral("TMS_Scheduled_Meeting_4"), false);
        const QStringList before = m_cluster->store().dump();
        m_cluster->setBusy(1, true);
        AdHocMeetingStartOperation onBusy(*m_connection, space, 1, {{QStringLiteral("passcode"), QStringLiteral("1357")}});
        QVERIFY(run(onBusy));
        QCOMPARE(onBusy.result().outcome, Outcome::Refused);
        m_cluster->setBusy(1, false);
        QCOMPARE(m_cluster->store().dump(), before);

        AdHocMeetingStartOperation first(*m_connection, space, 0, {});
        QVERIFY(run(first));
        QVERIFY(first.result().succeeded());
        AdHocMeetingStartOperation second(*m_connection, space, 2, {});
        QVERIFY(run(second));
        QCOMPARE(second.result().outcome, Outcome::Refused);
        QVERIFY(!m_cluster->bridge(2).live().callForSpace(space));
        m_cluster->live().endCall(m_cluster->bridge(0), first.callId());
    }

    void cancelBeforeTheSecondStepUndoesTheFirst()
    {
        const QString space = createSpace(*m_cluster, QStringLiteral("TMS_Scheduled_Meeting_3"), false);
        AdHocMeetingStartOperation start(*m_connection, space, 0, {{QStringLiteral("name"), QStringLiteral("Cancelled")}});
        connect(&start, &Operation::progress, &start, [&start](int done) {
            if (done == 1)
                start.cancel();
        });
        QVERIFY(run(start));
        QCOMPARE(start.result().outcome, Outcome::RolledBack);
        QCOMPARE(start.result().error.kind, CmsError::Kind::Cancelled);
        QCOMPARE(m_cluster->store().find(QStringLiteral("coSpaces"), space)->value(QStringLiteral("name")),
                 QStringLiteral("TMS_Scheduled_Meeting_3"));
        QVERIFY(!m_cluster->bridge(0).live().callForSpace(space));
    }

    void dialsOut()
    {
        const QString call = startCall(*m_cluster, 1, createSpace(*m_cluster, QStringLiteral("Dial")));
        DialOutOperation dial(*m_connection, call, QStringLiteral("hugo@example.com"));
        QVERIFY(run(dial));
        QVERIFY2(dial.result().succeeded(), qPrintable(dial.result().message));
        const cmssim::LiveParticipant *p = m_cluster->bridge(1).live().participantByLeg(dial.callLegId());
        QVERIFY(p);
        QCOMPARE(p->remoteParty, QStringLiteral("hugo@example.com"));
        QCOMPARE(p->callId, call);
        QCOMPARE(p->direction, QStringLiteral("outgoing"));
    }

    void mutesAndUnmutes()
    {
        const QString call = startCall(*m_cluster, 2, createSpace(*m_cluster, QStringLiteral("Mute")));
        const QString ivy = m_cluster->live().join(m_cluster->bridge(2), call, person(QStringLiteral("Ivy")));
        const QString leg = m_cluster->bridge(2).live().participant(ivy)->legId;

        MuteOperation muteAudio(*m_connection, MuteOperation::Target::CallLeg, leg, MuteOperation::Media::Audio, true);
        QVERIFY(run(muteAudio));
        QVERIFY2(muteAudio.result().succeeded(), qPrintable(muteAudio.result().message));
        QVERIFY(m_cluster->bridge(2).live().participant(ivy)->rxAudioMute);
        QVERIFY(!m_cluster->bridge(2).live().participant(ivy)->rxVideoMute);

        MuteOperation muteVideo(*m_connection, MuteOperation::Target::Participant, ivy, MuteOperation::Media::Video, true);
        QVERIFY(run(muteVideo));
        QVERIFY2(muteVideo.result().succeeded(), qPrintable(muteVideo.result().message));
        QVERIFY(m_cluster->bridge(2).live().participant(ivy)->rxVideoMute);

        MuteOperation unmute(*m_connection, MuteOperation::Target::CallLeg, leg, MuteOperation::Media::Audio, false);
        QVERIFY(run(unmute));
        QVERIFY(unmute.result().succeeded());
        QVERIFY(!m_cluster->bridge(2).live().participant(ivy)->rxAudioMute);
    }

    void admitsFromTheLobby()
    {
        const QString call = startCall(*m_cluster, 0, createSpace(*m_cluster, QStringLiteral("Lobby")));
        JoinSpec guest = person(QStringLiteral("Jack"));
        guest.needsActivation = true;
        const QString jack = m_cluster->live().join(m_cluster->bridge(0), call, guest);
        QVERIFY(m_cluster->bridge(0).live().participant(jack)->deactivated);

        AdmitOperation admit(*m_connection, jack);
        QVERIFY(run(admit));
        QVERIFY2(admit.result().succeeded(), qPrintable(admit.result().message));
        QVERIFY(!m_cluster->bridge(0).live().participant(jack)->deactivated);

        AdmitOperation again(*m_connection, jack);
        QVERIFY(run(again));
        QCOMPARE(again.result().outcome, Outcome::Refused);
    }

    void disconnects()
    {
        const QString call = startCall(*m_cluster, 1, createSpace(*m_cluster, QStringLiteral("Disconnect")));
        const QString kim = m_cluster->live().join(m_cluster->bridge(1), call, person(QStringLiteral("Kim")));
        const QString lee = m_cluster->live().join(m_cluster->bridge(1), call, person(QStringLiteral("Lee")));
        DisconnectOperation disconnect(*m_connection, kim);
        QVERIFY(run(disconnect));
        QVERIFY2(disconnect.result().succeeded(), qPrintable(disconnect.result().message));
        QVERIFY(!m_cluster->live().find(kim));
        QVERIFY(m_cluster->live().find(lee));
    }

    void endsACall()
    {
        const QString space = createSpace(*m_cluster, QStringLiteral("End"));
        const QString call = startCall(*m_cluster, 2, space);
        m_cluster->live().join(m_cluster->bridge(2), call, person(QStringLiteral("Max")));
        EndCallOperation end(*m_connection, call);
        QVERIFY(run(end));
        QVERIFY2(end.result().succeeded(), qPrintable(end.result().message));
        QVERIFY(!m_cluster->bridge(2).live().call(call));

        EndCallOperation again(*m_connection, call);
        QVERIFY(run(again));
        QCOMPARE(again.result().outcome, Outcome::Refused);
        QCOMPARE(again.result().error.reason, QStringLiteral("callDoesNotExist"));
    }

private:
    std::unique_ptr<SimCluster> m_cluster;
    std::unique_ptr<Connection> m_connection;
};

QTEST_MAIN(TestOperations)
#include "tst_operations.moc"
