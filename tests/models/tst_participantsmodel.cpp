// The Live section's participants table over a session's live state, against a simulated 3-bridge
// cluster: the whole cluster or chosen calls (by call id or by a meeting's correlator, instances on
// other bridges included), people joining, muting, presenting, waiting in the lobby and leaving, all
// as rows inserted / removed / changed under QAbstractItemModelTester and never a reset (a change of
// the calls shown included); kinds and states said in words; time in the call ticking; drags of
// movable participants only, in our MIME type.
#include "live/participantsmodel.h"

#include "live/callsmodel.h"
#include "livefixture.h"
#include "live/participantmimecodec.h"

#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QtTest>

using models::ParticipantRef;
using models::ParticipantsModel;
using Column = models::ParticipantsModel::Column;

namespace {

QString cell(const ParticipantsModel &model, const QString &participantId, Column column, int role = Qt::DisplayRole)
{
    return model.indexOfParticipant(participantId, int(column)).data(role).toString();
}

QStringList idsOf(const ParticipantsModel &model)
{
    QStringList ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.append(model.participantIdAt(row));
    ids.sort();
    return ids;
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

} // namespace

class TestParticipantsModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void headers();
    void wholeClusterThroughLiveChanges();
    void firstPictureIsNotMarked();
    void chosenCallsAndMeetings();
    void kindsStatesAndDetails();
    void timeInCallTicksOnlyWhileThereAreRows();
    void dragsMovableParticipantsInOurMimeType();
    void speakersUnknownOnPolledBridges();
    void sessionDestroyedWhileObserved();

private:
    LiveFixture m_fixture;
};

void TestParticipantsModel::initTestCase()
{
    QString error;
    QVERIFY2(m_fixture.start(3, {}, &error), qPrintable(error));
}

void TestParticipantsModel::init()
{
    for (int i = 0; i < m_fixture.cluster->bridgeCount(); ++i)
        m_fixture.bridge(i).live().removeAll();
    QTRY_COMPARE(m_fixture.live().participantCount(), 0);
    QTRY_VERIFY(m_fixture.live().callIds().isEmpty());
}

void TestParticipantsModel::headers()
{
    ParticipantsModel model;
    QCOMPARE(model.columnCount(), int(Column::Count));
    for (int c = 0; c < model.columnCount(); ++c)
        QVERIFY2(!model.headerData(c, Qt::Horizontal).toString().isEmpty(), qPrintable(QString::number(c)));
    QCOMPARE(model.headerData(int(Column::Bridge), Qt::Horizontal).toString(), QStringLiteral("Call bridge"));
    QCOMPARE(model.headerData(int(Column::TimeInCall), Qt::Horizontal).toString(), QStringLiteral("Time in call"));
    QVERIFY(model.showsAllCalls());
    QCOMPARE(model.rowCount(), 0);
}

// Rows that arrive while the live state is first read are not marked (all of them would be); once
// it settled, a change is.
void TestParticipantsModel::firstPictureIsNotMarked()
{
    ParticipantsModel model;
    model.setRecentChangeSettleMs(1000);
    QElapsedTimer attached;
    attached.start();
    model.setSession(m_fixture.session);
    const QString call = m_fixture.startCall(0, {}, QStringLiteral("First picture"));
    const QString ana = m_fixture.join(0, call, QStringLiteral("Ana First"));
    QTRY_VERIFY(model.indexOfParticipant(ana).isValid());
    if (attached.elapsed() < 1000)   // on a machine slow enough to take longer, the check says nothing
        QVERIFY(!model.indexOfParticipant(ana).data(ParticipantsModel::RecentlyChangedRole).toBool());
    QTRY_VERIFY_WITH_TIMEOUT(attached.elapsed() > 1100, 3000);
    m_fixture.change(ana, QStringLiteral("audioMuted"), [](cmssim::LiveParticipant &p) { p.rxAudioMute = true; });
    QTRY_VERIFY(model.indexOfParticipant(ana).data(ParticipantsModel::RecentlyChangedRole).toBool());
}

void TestParticipantsModel::wholeClusterThroughLiveChanges()
{
    ParticipantsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setRecentChangeMs(300);
    model.setRecentChangeSettleMs(0);   // every change here is news
    model.setSession(m_fixture.session);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

    const QString space = m_fixture.space(QStringLiteral("All hands"), QStringLiteral("all.hands"));
    const QString onZero = m_fixture.startCall(0, space);
    const QString onTwo = m_fixture.startCall(2, space);
    const QString other = m_fixture.startCall(1, {}, QStringLiteral("Side chat"));
    const QString ana = m_fixture.join(0, onZero, QStringLiteral("Ana Lima"));
    const QString ben = m_fixture.join(2, onTwo, QStringLiteral("Ben Osei"));
    const QString cy = m_fixture.join(1, other, QStringLiteral("Cy Park"));
    QTRY_COMPARE(model.rowCount(), 3);
    QCOMPARE(idsOf(model), sorted({ana, ben, cy}));
    QCOMPARE(cell(model, ana, Column::Name), QStringLiteral("Ana Lima"));
    QCOMPARE(cell(model, ana, Column::Address), QStringLiteral("ana@example.com"));
    QCOMPARE(cell(model, ben, Column::Bridge), m_fixture.bridge(2).name());
    QCOMPARE(cell(model, cy, Column::Meeting), QStringLiteral("Side chat"));
    QCOMPARE(cell(model, ben, Column::Meeting), QStringLiteral("All hands"));
    QCOMPARE(model.indexOfParticipant(ben).data(ParticipantsModel::CallIdRole).toString(), onTwo);
    QCOMPARE(model.indexOfParticipant(ben).data(ParticipantsModel::BridgeIndexRole).toInt(), 2);
    QCOMPARE(model.indexOfParticipant(ben).data(ParticipantsModel::ParticipantIdRole).toString(), ben);
    QCOMPARE(model.indexOfParticipant(ben).data(ParticipantsModel::CorrelatorRole).toString(),
             m_fixture.live().call(onZero)->correlator);
    QCOMPARE(cell(model, ana, Column::State), QStringLiteral("Connected"));
    QCOMPARE(cell(model, ana, Column::AudioMuted), QStringLiteral("No"));

    // Joining marked each row for a moment.
    QVERIFY(model.indexOfParticipant(cy).data(ParticipantsModel::RecentlyChangedRole).toBool());
    QTRY_VERIFY(!model.indexOfParticipant(ana).data(ParticipantsModel::RecentlyChangedRole).toBool()
                && !model.indexOfParticipant(ben).data(ParticipantsModel::RecentlyChangedRole).toBool()
                && !model.indexOfParticipant(cy).data(ParticipantsModel::RecentlyChangedRole).toBool());

    // Mutes, presenting, speaking: one row changes, and is marked.
    QTRY_VERIFY(m_fixture.detailsRead());
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    m_fixture.change(ana, QStringLiteral("audioMuted"), [](cmssim::LiveParticipant &p) { p.rxAudioMute = true; });
    QTRY_COMPARE(cell(model, ana, Column::AudioMuted), QStringLiteral("Yes"));
    QVERIFY(model.indexOfParticipant(ana, int(Column::AudioMuted)).data(ParticipantsModel::RawValueRole).toBool());
    QVERIFY(model.indexOfParticipant(ana).data(ParticipantsModel::RecentlyChangedRole).toBool());
    QVERIFY(!model.indexOfParticipant(ben).data(ParticipantsModel::RecentlyChangedRole).toBool());
    QTRY_VERIFY(!model.indexOfParticipant(ana).data(ParticipantsModel::RecentlyChangedRole).toBool());
    m_fixture.change(ben, QStringLiteral("videoMuted"), [](cmssim::LiveParticipant &p) { p.rxVideoMute = true; });
    m_fixture.change(cy, QStringLiteral("presenter"), [](cmssim::LiveParticipant &p) { p.presenter = true; });
    m_fixture.change(cy, QStringLiteral("activeSpeaker"), [](cmssim::LiveParticipant &p) { p.activeSpeaker = true; });
    QTRY_COMPARE(cell(model, ben, Column::VideoMuted), QStringLiteral("Yes"));
    QTRY_COMPARE(cell(model, cy, Column::Presenter), QStringLiteral("Yes"));
    QTRY_COMPARE(cell(model, cy, Column::ActiveSpeaker), QStringLiteral("Yes"));
    QCOMPARE(cell(model, ana, Column::Presenter), QStringLiteral("No"));
    for (const QList<QVariant> &args : std::as_const(changed)) {
        const auto topLeft = args.at(0).value<QModelIndex>();
        const auto bottomRight = args.at(1).value<QModelIndex>();
        QVERIFY(topLeft.row() == bottomRight.row() || topLeft.column() == bottomRight.column());   // a row, or a column's tick
    }

    // A guest waits in the lobby of a meeting without a host, then the host comes.
    const QString lobby = m_fixture.startCall(1, {}, QStringLiteral("Waiting room"));
    const QString guest = m_fixture.join(1, lobby, QStringLiteral("Gia Guest"), cmssim::EndpointKind::Sip, {}, true);
    QTRY_COMPARE(cell(model, guest, Column::State), QStringLiteral("In the lobby"));
    QVERIFY(model.indexOfParticipant(guest).data(ParticipantsModel::InLobbyRole).toBool());
    QCOMPARE(cell(model, guest, Column::Host), QStringLiteral("No"));
    const QString host = m_fixture.join(1, lobby, QStringLiteral("Hal Host"));
    QTRY_COMPARE(cell(model, guest, Column::State), QStringLiteral("Connected"));
    QCOMPARE(cell(model, host, Column::Host), QStringLiteral("Yes"));

    // Leaving and ending: rows removed.
    m_fixture.cluster->live().leave(ana);
    QTRY_VERIFY(!model.indexOfParticipant(ana).isValid());
    m_fixture.cluster->live().endCall(m_fixture.bridge(1), lobby);
    QTRY_COMPARE(model.rowCount(), 2);
    QCOMPARE(idsOf(model), sorted({ben, cy}));
    m_fixture.cluster->live().endCall(m_fixture.bridge(0), onZero);
    m_fixture.cluster->live().endCall(m_fixture.bridge(1), other);
    QTRY_COMPARE(model.rowCount(), 0);
    QCOMPARE(reset.count(), 0);
}

void TestParticipantsModel::chosenCallsAndMeetings()
{
    ParticipantsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setSession(m_fixture.session);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

    const QString space = m_fixture.space(QStringLiteral("Board"), QStringLiteral("board"));
    const QString onZero = m_fixture.startCall(0, space);
    const QString adHoc = m_fixture.startCall(1, {}, QStringLiteral("Ad hoc"));
    const QString a = m_fixture.join(0, onZero, QStringLiteral("Ada One"));
    const QString b = m_fixture.join(1, adHoc, QStringLiteral("Bea Two"));
    QTRY_COMPARE(model.rowCount(), 2);
    const QString correlator = m_fixture.live().call(onZero)->correlator;

    // One call by id: the others' rows go, without a reset.
    model.setCalls({adHoc});
    QVERIFY(!model.showsAllCalls());
    QCOMPARE(idsOf(model), QStringList{b});
    // A meeting by its correlator, instances on other bridges included, even those that come later.
    model.setCalls({correlator});
    QCOMPARE(idsOf(model), QStringList{a});
    const QString onTwo = m_fixture.startCall(2, space);
    const QString c = m_fixture.join(2, onTwo, QStringLiteral("Cai Three"));
    QTRY_COMPARE(model.rowCount(), 2);
    QCOMPARE(idsOf(model), sorted({a, c}));
    // Someone joining a call not shown is not added.
    const QString d = m_fixture.join(1, adHoc, QStringLiteral("Dee Four"));
    QTRY_VERIFY(m_fixture.live().participant(d));
    QCOMPARE(model.rowCount(), 2);
    // Several calls; then the whole cluster again.
    model.setCalls({onZero, adHoc});
    QCOMPARE(idsOf(model), sorted({a, b, d}));
    model.setAllCalls();
    QCOMPARE(idsOf(model), sorted({a, b, c, d}));
    model.setCalls({});
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(reset.count(), 0);
    model.setAllCalls();
    m_fixture.cluster->live().endCall(m_fixture.bridge(0), onZero);
    m_fixture.cluster->live().endCall(m_fixture.bridge(1), adHoc);
    QTRY_COMPARE(model.rowCount(), 0);
}

void TestParticipantsModel::kindsStatesAndDetails()
{
    ParticipantsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setSession(m_fixture.session);
    const QString call = m_fixture.startCall(0, {}, QStringLiteral("Kinds"));
    const QString web = m_fixture.join(0, call, QStringLiteral("Wen Web"), cmssim::EndpointKind::WebApp, QStringLiteral("wen@example.com"));
    const QString sip = m_fixture.join(0, call, QStringLiteral("Sol Sip"));
    const QString skype = m_fixture.join(0, call, QStringLiteral("Sky Lync"), cmssim::EndpointKind::Lync);
    QTRY_COMPARE(model.rowCount(), 3);
    QTRY_VERIFY(m_fixture.detailsRead());
    QCOMPARE(cell(model, web, Column::Kind), QStringLiteral("Web app"));
    QCOMPARE(cell(model, sip, Column::Kind), QStringLiteral("SIP"));
    QCOMPARE(cell(model, skype, Column::Kind), QStringLiteral("Skype for Business"));
    QCOMPARE(cell(model, web, Column::Kind, ParticipantsModel::LegTypeRole), QStringLiteral("acano"));
    QCOMPARE(cell(model, web, Column::Name, Qt::ToolTipRole), QStringLiteral("Signed in as \u2068wen@example.com\u2069"));
    QCOMPARE(cell(model, skype, Column::CanMove), QStringLiteral("No"));
    QCOMPARE(cell(model, sip, Column::CanMove), QStringLiteral("Yes"));
    QVERIFY(model.indexOfParticipant(sip).data(ParticipantsModel::CanMoveRole).toBool());
    QVERIFY(model.indexOfParticipant(sip, int(Column::TimeInCall)).data(ParticipantsModel::RawValueRole).isValid());

    // Words, never the API's values.
    QCOMPARE(ParticipantsModel::kindText(QStringLiteral("spark")), QStringLiteral("Webex"));
    QCOMPARE(ParticipantsModel::kindText(QStringLiteral("somethingNew")), QStringLiteral("Other"));
    QCOMPARE(ParticipantsModel::kindText({}), QString());
    cms::LiveParticipant p;
    p.state = QStringLiteral("ringing");
    QCOMPARE(ParticipantsModel::stateText(p), QStringLiteral("Ringing"));
    p.state = QStringLiteral("initial");
    QCOMPARE(ParticipantsModel::stateText(p), QStringLiteral("Connecting"));
    p.state = QStringLiteral("onHold");
    QCOMPARE(ParticipantsModel::stateText(p), QStringLiteral("On hold"));
    p.deactivated = true;
    QCOMPARE(ParticipantsModel::stateText(p), QStringLiteral("In the lobby"));
    m_fixture.cluster->live().endCall(m_fixture.bridge(0), call);
    QTRY_COMPARE(model.rowCount(), 0);
}

void TestParticipantsModel::timeInCallTicksOnlyWhileThereAreRows()
{
    ParticipantsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setSession(m_fixture.session);
    QVERIFY(!model.isTicking());
    const QString call = m_fixture.startCall(2, {}, QStringLiteral("Clock"));
    const QString who = m_fixture.join(2, call, QStringLiteral("Tim Tick"));
    QTRY_COMPARE(model.rowCount(), 1);
    QVERIFY(model.isTicking());
    const QModelIndex time = model.indexOfParticipant(who, int(Column::TimeInCall));
    QTRY_VERIFY(time.data(ParticipantsModel::RawValueRole).isValid());
    // The time is worked out from the clock when asked: what proves the tick is the column's
    // dataChanged, once a second (waiting for the value to grow could see it grow without a tick).
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    const auto ticked = [&changed] {
        return std::any_of(changed.cbegin(), changed.cend(), [](const QList<QVariant> &args) {
            return args.at(0).value<QModelIndex>().column() == int(Column::TimeInCall)
                && args.at(1).value<QModelIndex>().column() == int(Column::TimeInCall);
        });
    };
    QTRY_VERIFY_WITH_TIMEOUT(ticked(), 3000);
    m_fixture.cluster->live().leave(who);
    QTRY_COMPARE(model.rowCount(), 0);
    QVERIFY(!model.isTicking());
    m_fixture.cluster->live().endCall(m_fixture.bridge(2), call);
}

void TestParticipantsModel::dragsMovableParticipantsInOurMimeType()
{
    ParticipantsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setSession(m_fixture.session);
    const QString call = m_fixture.startCall(1, {}, QStringLiteral("Drag source"));
    const QString one = m_fixture.join(1, call, QStringLiteral("Mo Vable"));
    const QString two = m_fixture.join(1, call, QStringLiteral("Ann Other"));
    const QString stuck = m_fixture.join(1, call, QStringLiteral("Lee Lync"), cmssim::EndpointKind::Lync);
    QTRY_COMPARE(model.rowCount(), 3);

    QCOMPARE(model.mimeTypes(), QStringList{models::ParticipantMimeCodec::mimeType()});
    QCOMPARE(model.supportedDragActions(), Qt::MoveAction);
    QVERIFY(model.flags(model.indexOfParticipant(one)).testFlag(Qt::ItemIsDragEnabled));
    QVERIFY(!model.flags(model.indexOfParticipant(stuck)).testFlag(Qt::ItemIsDragEnabled));
    QVERIFY(!model.flags(model.indexOfParticipant(stuck)).testFlag(Qt::ItemIsDropEnabled));

    // Two rows selected across several columns: each once, in row order.
    const QModelIndexList selection{model.indexOfParticipant(two, 3), model.indexOfParticipant(one, 0),
                                    model.indexOfParticipant(one, 5), model.indexOfParticipant(two, 0)};
    std::unique_ptr<QMimeData> data(model.mimeData(selection));
    QVERIFY(data);
    QCOMPARE(data->formats(), QStringList{models::ParticipantMimeCodec::mimeType()});   // nothing another application would take
    const QString cluster = m_fixture.session->profile().id;
    QList<ParticipantRef> expected{{cluster, 1, call, one}, {cluster, 1, call, two}};
    if (model.indexOfParticipant(two).row() < model.indexOfParticipant(one).row())
        std::swap(expected[0], expected[1]);
    QCOMPARE(models::ParticipantMimeCodec::fromMimeData(data.get()), expected);
    m_fixture.cluster->live().endCall(m_fixture.bridge(1), call);
    QTRY_COMPARE(model.rowCount(), 0);
    QVERIFY(!model.mimeData({}));
}

// Polling cannot tell who presents or speaks: those cells say so rather than "No".
void TestParticipantsModel::speakersUnknownOnPolledBridges()
{
    LiveFixture polled;
    QString error;
    QVERIFY2(polled.start(1, QStringLiteral("2.8"), &error), qPrintable(error));
    ParticipantsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setSession(polled.session);
    const QString call = polled.startCall(0, {}, QStringLiteral("Polled"));
    const QString who = polled.join(0, call, QStringLiteral("Pat Poll"));
    QTRY_VERIFY_WITH_TIMEOUT(model.indexOfParticipant(who).isValid(), 10000);
    QCOMPARE(cell(model, who, Column::Presenter), QStringLiteral("—"));
    QCOMPARE(cell(model, who, Column::ActiveSpeaker), QStringLiteral("—"));
    QVERIFY(!model.indexOfParticipant(who, int(Column::Presenter)).data(ParticipantsModel::RawValueRole).isValid());
    QCOMPARE(cell(model, who, Column::AudioMuted), QStringLiteral("No"));
}

// The session (and its live state with it) destroyed while both models show its calls: every row
// goes, nothing is read from what is gone.
void TestParticipantsModel::sessionDestroyedWhileObserved()
{
    LiveFixture doomed;
    QString error;
    QVERIFY2(doomed.start(1, {}, &error), qPrintable(error));
    ParticipantsModel participants;
    models::CallsModel calls;
    QAbstractItemModelTester participantsTester(&participants, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester callsTester(&calls, QAbstractItemModelTester::FailureReportingMode::Fatal);
    participants.setSession(doomed.session);
    calls.setSession(doomed.session);
    const QString call = doomed.startCall(0, {}, QStringLiteral("Doomed"));
    doomed.join(0, call, QStringLiteral("Dora"));
    doomed.join(0, call, QStringLiteral("Dan"));
    QTRY_COMPARE(participants.rowCount(), 2);
    QCOMPARE(calls.rowCount(), 1);

    doomed.test.reset();   // the registry, and its session, go
    QCOMPARE(participants.rowCount(), 0);
    QCOMPARE(calls.rowCount(), 0);
    QVERIFY(!participants.session());
    QVERIFY(!participants.isTicking() && !calls.isTicking());
}

QTEST_MAIN(TestParticipantsModel)
#include "tst_participantsmodel.moc"
