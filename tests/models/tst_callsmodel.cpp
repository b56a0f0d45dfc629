// The Live section's calls tree over a session's live state, against a simulated 3-bridge cluster:
// calls starting and ending on several bridges, a meeting spread over two bridges shown as one row
// with its instances under it, participants joining, waiting in the lobby and leaving, a call
// locked, all as rows inserted / removed / changed under QAbstractItemModelTester and never a
// reset; changed rows marked for a moment; the duration ticking only while there are rows; closing
// and reopening the session; and drops of participants refused, each case with its reason.
#include "live/callsmodel.h"

#include "livefixture.h"
#include "live/participantmimecodec.h"

#include <QAbstractItemModelTester>
#include <QCoreApplication>
#include <QMimeData>
#include <QSignalSpy>
#include <QtTest>

using models::CallsModel;
using models::ParticipantRef;
using Column = models::CallsModel::Column;
using Refusal = models::CallsModel::DropRefusal;

namespace {

QString cell(const QModelIndex &index, Column column, int role = Qt::DisplayRole)
{
    return index.siblingAtColumn(int(column)).data(role).toString();
}

// A dataChanged of the Duration column only, with the display role.
bool isTick(const QList<QVariant> &args)
{
    const auto topLeft = args.at(0).value<QModelIndex>();
    const auto bottomRight = args.at(1).value<QModelIndex>();
    const auto roles = args.at(2).value<QList<int>>();
    return topLeft.column() == int(Column::Duration) && bottomRight.column() == int(Column::Duration)
        && roles.contains(Qt::DisplayRole);
}

} // namespace

class TestCallsModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void headersAndLanguageChange();
    void followsLiveChanges();
    void changedRowsAreMarkedForAMoment();
    void durationTicksOnlyWhileThereAreRows();
    void closingAndReopeningTheSession();
    void dropsAllowedAndRefused();
    void dropsRefusedByServerVersion();

private:
    LiveFixture m_fixture;
};

void TestCallsModel::initTestCase()
{
    qRegisterMetaType<QList<ParticipantRef>>();
    QString error;
    QVERIFY2(m_fixture.start(3, {}, &error), qPrintable(error));
}

void TestCallsModel::headersAndLanguageChange()
{
    CallsModel model;
    QCOMPARE(model.columnCount(), int(Column::Count));
    for (int c = 0; c < model.columnCount(); ++c)
        QVERIFY2(!model.headerData(c, Qt::Horizontal).toString().isEmpty(), qPrintable(QString::number(c)));
    QCOMPARE(model.headerData(int(Column::Name), Qt::Horizontal).toString(), QStringLiteral("Meeting"));
    QCOMPARE(model.headerData(int(Column::Duration), Qt::Horizontal, Qt::TextAlignmentRole).toInt(),
             int(Qt::AlignTrailing | Qt::AlignVCenter));
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.isTicking());

    QSignalSpy headers(&model, &QAbstractItemModel::headerDataChanged);
    QEvent change(QEvent::LanguageChange);
    QCoreApplication::sendEvent(QCoreApplication::instance(), &change);
    QCOMPARE(headers.count(), 1);
}

void TestCallsModel::followsLiveChanges()
{
    CallsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setSession(m_fixture.session);
    QCOMPARE(model.rowCount(), 0);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);

    // A meeting of a space on bridges 0 and 1 (one correlator), an ad hoc call on bridge 2.
    const QString space = m_fixture.space(QStringLiteral("Town hall"), QStringLiteral("town.hall"));
    QVERIFY(!space.isEmpty());
    const QString onZero = m_fixture.startCall(0, space);
    QTRY_COMPARE(model.rowCount(), 1);
    QCOMPARE(model.rowCount(model.index(0, 0)), 0);   // one instance: no child rows
    const QString onOne = m_fixture.startCall(1, space);
    const QString standup = m_fixture.startCall(2, {}, QStringLiteral("Stand-up"));
    QVERIFY(!onZero.isEmpty() && !onOne.isEmpty() && !standup.isEmpty());
    QTRY_COMPARE(model.rowCount(), 2);
    QModelIndex townHall = model.indexOfMeeting(onZero);
    QTRY_COMPARE(model.rowCount(townHall), 2);
    QCOMPARE(model.indexOfMeeting(onOne), townHall);
    QCOMPARE(townHall.data(CallsModel::InstanceCountRole).toInt(), 2);
    QCOMPARE(townHall.data(CallsModel::CallIdsRole).toStringList(), (QStringList{onZero, onOne}));
    QCOMPARE(townHall.data(CallsModel::CallIdRole).toString(), onZero);
    QVERIFY(!townHall.data(CallsModel::CorrelatorRole).toString().isEmpty());
    QCOMPARE(cell(townHall, Column::Name), QStringLiteral("Town hall"));
    const QString bridges = cell(townHall, Column::Bridges);
    QVERIFY2(bridges.contains(m_fixture.bridge(0).name()) && bridges.contains(m_fixture.bridge(1).name()), qPrintable(bridges));
    QVERIFY(!bridges.contains(m_fixture.bridge(2).name()));
    // The instances, each on its bridge.
    const QModelIndex second = model.indexOfCall(onOne);
    QCOMPARE(second.parent(), townHall);
    QVERIFY(second.data(CallsModel::IsInstanceRole).toBool());
    QCOMPARE(second.data(CallsModel::BridgeIndexRole).toInt(), 1);
    QCOMPARE(cell(second, Column::Bridges), m_fixture.bridge(1).name());
    QVERIFY(model.flags(second).testFlag(Qt::ItemNeverHasChildren));
    const QModelIndex stand = model.indexOfMeeting(standup);
    QCOMPARE(cell(stand, Column::Name), QStringLiteral("Stand-up"));
    QCOMPARE(stand.data(CallsModel::BridgeIndexRole).toInt(), 2);
    QCOMPARE(model.indexOfCall(standup), stand);

    // Details read once: the space by name and URI, the duration.
    QTRY_VERIFY(m_fixture.detailsRead() && cell(townHall, Column::Space).contains(QStringLiteral("town.hall")));
    QVERIFY(cell(townHall, Column::Space).contains(QStringLiteral("Town hall")));
    QVERIFY(townHall.siblingAtColumn(int(Column::Duration)).data(CallsModel::RawValueRole).isValid());
    QVERIFY(cell(stand, Column::Space).isEmpty());   // an ad hoc call has none

    // People join on both bridges of the meeting; a guest waits in the lobby of the stand-up.
    const QString alice = m_fixture.join(0, onZero, QStringLiteral("Alice Martin"));
    const QString bob = m_fixture.join(1, onOne, QStringLiteral("Bob Chen"));
    const QString guest = m_fixture.join(2, standup, QStringLiteral("Guest Caller"), cmssim::EndpointKind::Sip, {}, true);
    QTRY_COMPARE(townHall.siblingAtColumn(int(Column::Participants)).data(CallsModel::RawValueRole).toInt(), 2);
    QCOMPARE(model.indexOfCall(onZero).siblingAtColumn(int(Column::Participants)).data(CallsModel::RawValueRole).toInt(), 1);
    QCOMPARE(townHall.data(CallsModel::LobbyCountRole).toInt(), 0);
    QCOMPARE(cell(townHall, Column::Participants), QStringLiteral("2"));
    QTRY_COMPARE(stand.data(CallsModel::LobbyCountRole).toInt(), 1);
    QCOMPARE(cell(stand, Column::Participants), QStringLiteral("1 (1 in the lobby)"));

    // A host joins: the guest is let in.
    const QString host = m_fixture.join(2, standup, QStringLiteral("Hannah Host"));
    QTRY_COMPARE(stand.data(CallsModel::LobbyCountRole).toInt(), 0);
    QCOMPARE(cell(stand, Column::Participants), QStringLiteral("2"));

    // Locked, recorded.
    QCOMPARE(cell(stand, Column::Locked), QStringLiteral("No"));
    m_fixture.changeCall(2, standup, QStringLiteral("lockState"), [](cmssim::LiveCall &c) { c.locked = true; });
    m_fixture.changeCall(0, onZero, QStringLiteral("recording"), [](cmssim::LiveCall &c) { c.recording = true; });
    QTRY_COMPARE(cell(stand, Column::Locked), QStringLiteral("Yes"));
    QTRY_COMPARE(cell(townHall, Column::Recording), QStringLiteral("Yes"));   // one instance records
    QCOMPARE(cell(model.indexOfCall(onOne), Column::Recording), QStringLiteral("No"));
    QVERIFY(stand.siblingAtColumn(int(Column::Locked)).data(CallsModel::RawValueRole).toBool());

    // Bob leaves; then the meeting's instance on bridge 1 ends: its child rows go, the meeting stays.
    m_fixture.cluster->live().leave(bob);
    QTRY_COMPARE(townHall.siblingAtColumn(int(Column::Participants)).data(CallsModel::RawValueRole).toInt(), 1);
    m_fixture.bridge(1).live().removeCall(onOne);
    QTRY_COMPARE(model.rowCount(townHall), 0);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(townHall.data(CallsModel::InstanceCountRole).toInt(), 1);
    QCOMPARE(cell(townHall, Column::Bridges), m_fixture.bridge(0).name());

    // Calls end.
    m_fixture.cluster->live().endCall(m_fixture.bridge(2), standup);
    QTRY_COMPARE(model.rowCount(), 1);
    QVERIFY(!model.indexOfCall(standup).isValid());
    m_fixture.cluster->live().endCall(m_fixture.bridge(0), onZero);
    QTRY_COMPARE(model.rowCount(), 0);
    Q_UNUSED(alice);
    Q_UNUSED(guest);
    Q_UNUSED(host);

    // Two meetings, then both instance rows at once; the instance rows, then each meeting.
    QCOMPARE(reset.count(), 0);
    QCOMPARE(inserted.count(), 3);
    QCOMPARE(removed.count(), 3);
}

void TestCallsModel::changedRowsAreMarkedForAMoment()
{
    CallsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setRecentChangeMs(300);
    model.setRecentChangeSettleMs(0);   // every change here is news
    const QString call = m_fixture.startCall(0, {}, QStringLiteral("Marked"));
    QTRY_VERIFY(m_fixture.live().call(call));
    QTRY_VERIFY(m_fixture.detailsRead());
    // Calls there before the model looked are not marked.
    model.setSession(m_fixture.session);
    const QModelIndex row = model.indexOfCall(call);
    QVERIFY(row.isValid());
    QVERIFY(!row.data(CallsModel::RecentlyChangedRole).toBool());

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    m_fixture.changeCall(0, call, QStringLiteral("lockState"), [](cmssim::LiveCall &c) { c.locked = true; });
    QTRY_VERIFY(row.data(CallsModel::RecentlyChangedRole).toBool());
    QElapsedTimer clock;
    clock.start();
    const int before = int(changed.count());
    QTRY_VERIFY(!row.data(CallsModel::RecentlyChangedRole).toBool());
    QVERIFY2(clock.elapsed() >= 200, qPrintable(QString::number(clock.elapsed())));
    QVERIFY(changed.count() > before);   // the mark's end was announced
    // A new call is marked too.
    const QString other = m_fixture.startCall(1, {}, QStringLiteral("New"));
    QTRY_VERIFY(model.indexOfCall(other).isValid());
    QVERIFY(model.indexOfCall(other).data(CallsModel::RecentlyChangedRole).toBool());
    m_fixture.cluster->live().endCall(m_fixture.bridge(0), call);
    m_fixture.cluster->live().endCall(m_fixture.bridge(1), other);
    QTRY_COMPARE(model.rowCount(), 0);
}

void TestCallsModel::durationTicksOnlyWhileThereAreRows()
{
    CallsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setSession(m_fixture.session);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.isTicking());

    const QString call = m_fixture.startCall(1, {}, QStringLiteral("Ticking"));
    QTRY_COMPARE(model.rowCount(), 1);
    QVERIFY(model.isTicking());
    const QModelIndex duration = model.index(0, int(Column::Duration));
    QTRY_VERIFY(duration.data(CallsModel::RawValueRole).isValid());
    const qint64 first = duration.data(CallsModel::RawValueRole).toLongLong();
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QTRY_VERIFY_WITH_TIMEOUT(std::any_of(changed.cbegin(), changed.cend(), isTick), 3000);
    QTRY_VERIFY_WITH_TIMEOUT(duration.data(CallsModel::RawValueRole).toLongLong() > first, 3000);
    QVERIFY(duration.data().toString().contains(QLatin1Char(':')));
    // Ticks touch that column only.
    for (const QList<QVariant> &args : std::as_const(changed)) {
        if (args.at(2).value<QList<int>>().contains(Qt::DisplayRole) && args.at(2).value<QList<int>>().size() == 2)
            QVERIFY(isTick(args));
    }

    m_fixture.cluster->live().endCall(m_fixture.bridge(1), call);
    QTRY_COMPARE(model.rowCount(), 0);
    QVERIFY(!model.isTicking());
}

void TestCallsModel::closingAndReopeningTheSession()
{
    CallsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const QString a = m_fixture.startCall(0, {}, QStringLiteral("Kept A"));
    const QString b = m_fixture.startCall(2, {}, QStringLiteral("Kept B"));
    model.setSession(m_fixture.session);
    QTRY_COMPARE(model.rowCount(), 2);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

    m_fixture.session->close();
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.isTicking());
    m_fixture.session->open();
    QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 2, 10000);
    QVERIFY(model.indexOfCall(a).isValid() && model.indexOfCall(b).isValid());
    QCOMPARE(reset.count(), 0);
    QTRY_VERIFY_WITH_TIMEOUT(m_fixture.session->status(0).isValid() && m_fixture.session->status(2).isValid(), 10000);

    // Another session (none): the rows go.
    model.setSession(nullptr);
    QCOMPARE(model.rowCount(), 0);
    m_fixture.cluster->live().endCall(m_fixture.bridge(0), a);
    m_fixture.cluster->live().endCall(m_fixture.bridge(2), b);
}

void TestCallsModel::dropsAllowedAndRefused()
{
    CallsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setSession(m_fixture.session);
    QSignalSpy requested(&model, &CallsModel::moveRequested);

    const QString space = m_fixture.space(QStringLiteral("Spread"), QStringLiteral("spread"));
    const QString source = m_fixture.startCall(0, space);
    const QString sourceElsewhere = m_fixture.startCall(1, space);   // the same meeting on bridge 1
    const QString target = m_fixture.startCall(2, {}, QStringLiteral("Target"));
    const QString mover = m_fixture.join(0, source, QStringLiteral("Maya Mover"));
    const QString second = m_fixture.join(0, source, QStringLiteral("Sam Second"));
    const QString skype = m_fixture.join(0, source, QStringLiteral("Lyn Skype"), cmssim::EndpointKind::Lync);
    QTRY_VERIFY(m_fixture.live().participant(mover) && m_fixture.live().participant(second)
                && m_fixture.live().participant(skype) && model.indexOfCall(target).isValid()
                && model.indexOfCall(sourceElsewhere).isValid());
    QTRY_VERIFY(m_fixture.detailsRead());
    const QString cluster = m_fixture.session->profile().id;
    const ParticipantRef maya{cluster, 0, source, mover};
    const ParticipantRef sam{cluster, 0, source, second};
    const QModelIndex targetRow = model.indexOfCall(target);

    // Allowed: two participants onto another meeting; the drop only asks for the move.
    std::unique_ptr<QMimeData> data(models::ParticipantMimeCodec::toMimeData({maya, sam}));
    QVERIFY(model.mimeTypes().contains(models::ParticipantMimeCodec::mimeType()));
    QCOMPARE(model.supportedDropActions(), Qt::MoveAction);
    QVERIFY(model.flags(targetRow).testFlag(Qt::ItemIsDropEnabled));
    QVERIFY(model.checkDrop(data.get(), targetRow).isAllowed());
    QVERIFY(model.checkDrop(data.get(), targetRow).message.isEmpty());
    QVERIFY(model.canDropMimeData(data.get(), Qt::MoveAction, -1, -1, targetRow));
    QVERIFY(!model.canDropMimeData(data.get(), Qt::CopyAction, -1, -1, targetRow));
    QVERIFY(!model.canDropMimeData(data.get(), Qt::MoveAction, 0, 0, targetRow));   // between rows
    QVERIFY(model.dropMimeData(data.get(), Qt::MoveAction, -1, -1, targetRow));
    QCOMPARE(requested.count(), 1);
    QCOMPARE(requested.first().at(0).value<QList<ParticipantRef>>(), (QList<ParticipantRef>{maya, sam}));
    QCOMPARE(requested.first().at(1).toString(), target);
    QVERIFY(m_fixture.live().participant(mover));   // nothing was moved
    QCOMPARE(m_fixture.live().participant(mover)->callId, source);

    // Each refusal, with its reason; a refused drop asks for nothing.
    const auto expectRefused = [&](const QMimeData *mime, const QModelIndex &where, Refusal refusal, const QString &part) {
        const CallsModel::DropCheck check = model.checkDrop(mime, where);
        QCOMPARE(check.refusal, refusal);
        QVERIFY(!check.isAllowed());
        QVERIFY2(check.message.contains(part), qPrintable(check.message));
        QVERIFY(!model.canDropMimeData(mime, Qt::MoveAction, -1, -1, where));
        QVERIFY(!model.dropMimeData(const_cast<QMimeData *>(mime), Qt::MoveAction, -1, -1, where));
        QCOMPARE(requested.count(), 1);
    };
    QMimeData text;
    text.setText(QStringLiteral("Maya Mover"));
    expectRefused(&text, targetRow, Refusal::NotParticipants, QStringLiteral("participants"));
    expectRefused(data.get(), {}, Refusal::NoTarget, QStringLiteral("call"));
    std::unique_ptr<QMimeData> alien(models::ParticipantMimeCodec::toMimeData({{QStringLiteral("another-cluster"), 0, source, mover}}));
    expectRefused(alien.get(), targetRow, Refusal::OtherCluster, QStringLiteral("another cluster"));
    std::unique_ptr<QMimeData> gone(models::ParticipantMimeCodec::toMimeData({{cluster, 0, source, QStringLiteral("0000-gone")}}));
    expectRefused(gone.get(), targetRow, Refusal::ParticipantLeft, QStringLiteral("left"));
    // Onto its own call, or onto the meeting's row, or its instance on another bridge: the same meeting.
    std::unique_ptr<QMimeData> one(models::ParticipantMimeCodec::toMimeData({maya}));
    expectRefused(one.get(), model.indexOfMeeting(source), Refusal::SameCall, QStringLiteral("Maya Mover"));
    expectRefused(one.get(), model.indexOfCall(sourceElsewhere), Refusal::SameCall, QStringLiteral("already"));
    // A Skype for Business participant, among others: the whole drop is refused, naming who.
    std::unique_ptr<QMimeData> mixed(models::ParticipantMimeCodec::toMimeData({maya, {cluster, 0, source, skype}}));
    expectRefused(mixed.get(), targetRow, Refusal::CannotMove, QStringLiteral("Lyn Skype"));

    // The target ends while the row is still shown (its removal not yet heard of).
    const QPersistentModelIndex stale = model.indexOfCall(target);
    {
        const QSignalBlocker quiet(&m_fixture.live());
        m_fixture.cluster->live().endCall(m_fixture.bridge(2), target);
        QTRY_VERIFY(!m_fixture.live().call(target));
    }
    expectRefused(one.get(), stale, Refusal::TargetEnded, QStringLiteral("ended"));
    // The model missed that call's removal: leave it behind, and the other calls with it.
    model.setSession(nullptr);
    m_fixture.cluster->live().endCall(m_fixture.bridge(0), source);
}

void TestCallsModel::dropsRefusedByServerVersion()
{
    // Web app participants can be moved from 3.2 only.
    {
        LiveFixture old;
        QString error;
        QVERIFY2(old.start(2, QStringLiteral("3.1.4"), &error), qPrintable(error));
        CallsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setSession(old.session);
        const QString from = old.startCall(0, {}, QStringLiteral("From"));
        const QString to = old.startCall(1, {}, QStringLiteral("To"));
        const QString web = old.join(0, from, QStringLiteral("Wes Web"), cmssim::EndpointKind::WebApp, QStringLiteral("wes@example.com"));
        const QString sip = old.join(0, from, QStringLiteral("Sia Sip"));
        QTRY_VERIFY(old.live().participant(web) && old.live().participant(sip) && model.indexOfCall(to).isValid());
        QTRY_VERIFY(old.detailsRead());
        QCOMPARE(old.live().participant(web)->legType, QStringLiteral("acano"));
        const QString cluster = old.session->profile().id;
        std::unique_ptr<QMimeData> webData(models::ParticipantMimeCodec::toMimeData({{cluster, 0, from, web}}));
        const CallsModel::DropCheck check = model.checkDrop(webData.get(), model.indexOfCall(to));
        QCOMPARE(check.refusal, Refusal::WebAppServerTooOld);
        QVERIFY2(check.message.contains(QStringLiteral("Wes Web")) && check.message.contains(QStringLiteral("3.1.4")),
                 qPrintable(check.message));
        QVERIFY(!model.canDropMimeData(webData.get(), Qt::MoveAction, -1, -1, model.indexOfCall(to)));
        // A SIP participant moves on 3.1.
        std::unique_ptr<QMimeData> sipData(models::ParticipantMimeCodec::toMimeData({{cluster, 0, from, sip}}));
        QVERIFY(model.checkDrop(sipData.get(), model.indexOfCall(to)).isAllowed());
    }
    // Moves need 2.6 (this server has no events: it is polled).
    {
        LiveFixture older;
        QString error;
        QVERIFY2(older.start(1, QStringLiteral("2.5"), &error), qPrintable(error));
        CallsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setSession(older.session);
        const QString from = older.startCall(0, {}, QStringLiteral("Old from"));
        const QString to = older.startCall(0, {}, QStringLiteral("Old to"));
        const QString who = older.join(0, from, QStringLiteral("Otto Old"));
        QTRY_VERIFY_WITH_TIMEOUT(older.live().participant(who) && model.indexOfCall(to).isValid(), 10000);
        std::unique_ptr<QMimeData> data(models::ParticipantMimeCodec::toMimeData({{older.session->profile().id, 0, from, who}}));
        const CallsModel::DropCheck check = model.checkDrop(data.get(), model.indexOfCall(to));
        QCOMPARE(check.refusal, Refusal::ServerTooOld);
        QVERIFY2(check.message.contains(QStringLiteral("2.6")) && check.message.contains(QStringLiteral("2.5")),
                 qPrintable(check.message));
    }
}

QTEST_MAIN(TestCallsModel)
#include "tst_callsmodel.moc"
