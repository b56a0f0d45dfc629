// The Live section's page on real widgets against the simulated demo cluster (three bridges, the demo
// meetings): participants dropped on another meeting are moved there after a confirmation, as the
// simulator itself sees it; a participant who cannot be moved is refused with the reason and nothing
// is sent.
#include "clientendpoints.h"
#include "cluster/clustersession.h"
#include "datasetseeder.h"
#include "diagnostics/activitylog.h"
#include "diagnostics/apitrace.h"
#include "operations/participantmove.h"
#include "live/dialoutdialog.h"
#include "live/startmeetingdialog.h"
#include "cluster/sessionservices.h"
#include "config/spacecatalog.h"
#include "live/callsmodel.h"
#include "live/livepane.h"
#include "live/participantmimecodec.h"
#include "live/participantsmodel.h"
#include "livestate.h"
#include "simbridge.h"
#include "simcluster.h"
#include "simcommandline.h"
#include "simtestclient.h"
#include "testsession.h"

#include <QAbstractButton>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QToolBar>
#include <QDir>
#include <QLabel>
#include <QMessageBox>
#include <QMimeData>
#include <QPainter>
#include <QStyledItemDelegate>
#include <QSignalSpy>
#include <QTableView>
#include <QTreeView>
#include <QScopeGuard>
#include <QSortFilterProxyModel>
#include <QtTest>

using namespace views;

class TestLivePane : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void dropMovesTwoParticipants();
    void participantWhoCannotMoveIsRefused();
    void muteTogglesAndAdmitLetsIn();
    void dropOnParticipantListMovesIntoTheirCall();
    void moveFaultsAreExplained_data();
    void moveFaultsAreExplained();
    void dialOutChecksTheAddressThenDials();
    void startMeetingOnASpace();
    void contextMenusAndToolBarHoldTheActions();
    void endMeetingAsksFirst();

private:
    // The simulator's meeting names of everyone in the calls of a correlator (or one call).
    QStringList namesIn(const QStringList &callIds) const;
    QModelIndexList participantRows(const QStringList &participantIds) const;
    QModelIndex callRow(const QString &callId) const;
    int writes() const;
    // The simulator's own record of a participant (nullptr once gone).
    const cmssim::LiveParticipant *simParticipant(const QString &id) const;
    void selectParticipants(const QStringList &ids);
    QAction *action(const char *name) const { return m_pane->findChild<QAction *>(QLatin1String(name)); }
    // Participants the simulator holds in these calls that can be moved, in joining order.
    QStringList movableIn(const QStringList &callIds) const;
    int bridgeOf(const QString &callId) const;
    template<typename Dialog>
    Dialog *openedDialog(const char *name) const;

    cms::ActivityLog m_log;

    std::unique_ptr<cmssim::SimCluster> m_cluster;
    cmssim::SeedResult m_seed;
    std::unique_ptr<TestSession> m_test;
    std::unique_ptr<LivePane> m_pane;
};

void TestLivePane::initTestCase()
{
    cmssim::ClusterOptions options;
    options.bridgeCount = 3;
    m_cluster = startTestCluster(options);
    QVERIFY(m_cluster);
    cmssim::SeedSpec spec = cmssim::SimCommandLine::parse({QStringLiteral("cms-sim"), QStringLiteral("--demo")}).seed;
    m_seed = cmssim::DatasetSeeder(*m_cluster).seed(spec);
    QCOMPARE(m_seed.demoMeetings.meetings, 4 + 2);   // two in the placeholder pool

    QString error;
    TestSessionOptions sessionOptions;
    sessionOptions.endpointCount = 3;
    m_test = TestSession::open(*m_cluster, sessionOptions, &error);
    QVERIFY2(m_test, qPrintable(error));

    m_pane = std::make_unique<LivePane>();
    // Every change here is news, even those that come right after the first picture.
    qobject_cast<models::ParticipantsModel *>(
        qobject_cast<QSortFilterProxyModel *>(m_pane->participantsView()->model())->sourceModel())
        ->setRecentChangeSettleMs(0);
    m_pane->setSession(m_test->session);
    m_pane->setActivityLog(&m_log);
    m_pane->resize(1100, 700);
    m_pane->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_pane.get()));
    // Every participant of the demo meetings is listed (the whole cluster: no call chosen).
    QTRY_VERIFY_WITH_TIMEOUT(participantRows(m_seed.demoMeetings.lobbyParticipantIds).size()
                                 == m_seed.demoMeetings.lobbyParticipantIds.size(),
                             20000);
    QTRY_VERIFY_WITH_TIMEOUT(callRow(m_seed.demoMeetings.distributedCallIds.first()).isValid(), 20000);
    QDir().mkpath(QStringLiteral(CMS_SCREENSHOT_DIR));
    QVERIFY(m_pane->grab().save(QStringLiteral(CMS_SCREENSHOT_DIR "/livepane_demo_en.png")));
}

void TestLivePane::cleanupTestCase()
{
    m_pane.reset();
    m_test.reset();
    m_cluster.reset();
}

QModelIndexList TestLivePane::participantRows(const QStringList &participantIds) const
{
    QModelIndexList rows;
    const QAbstractItemModel *model = m_pane->participantsView()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, 0);
        if (participantIds.contains(index.data(models::ParticipantsModel::ParticipantIdRole).toString()))
            rows.append(index);
    }
    return rows;
}

QModelIndex TestLivePane::callRow(const QString &callId) const
{
    const QAbstractItemModel *model = m_pane->callsView()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex meeting = model->index(row, 0);
        if (meeting.data(models::CallsModel::CallIdsRole).toStringList().contains(callId))
            return meeting;
    }
    return {};
}

QStringList TestLivePane::namesIn(const QStringList &callIds) const
{
    QStringList names;
    for (int b = 0; b < m_cluster->bridgeCount(); ++b) {
        const cmssim::LiveState &live = m_cluster->bridge(b).live();
        for (const QString &callId : callIds) {
            if (const cmssim::LiveCall *call = live.call(callId)) {
                for (const QString &id : call->participantIds)
                    names << live.participant(id)->name;
            }
        }
    }
    names.sort();
    return names;
}

int TestLivePane::writes() const
{
    int count = 0;
    for (const cms::TraceEntry &entry : m_test->trace->entries())
        count += entry.method == "POST" && entry.url.path().contains(QLatin1String("/participants"));
    return count;
}

const cmssim::LiveParticipant *TestLivePane::simParticipant(const QString &id) const
{
    for (int b = 0; b < m_cluster->bridgeCount(); ++b) {
        if (const cmssim::LiveParticipant *p = m_cluster->bridge(b).live().participant(id))
            return p;
    }
    return nullptr;
}

QStringList TestLivePane::movableIn(const QStringList &callIds) const
{
    QStringList ids;
    for (const QString &callId : callIds) {
        for (int b = 0; b < m_cluster->bridgeCount(); ++b) {
            const cmssim::LiveState &live = m_cluster->bridge(b).live();
            if (const cmssim::LiveCall *call = live.call(callId)) {
                for (const QString &id : call->participantIds) {
                    if (!m_seed.demoMeetings.unmovableParticipantIds.contains(id))
                        ids << id;
                }
            }
        }
    }
    return ids;
}

int TestLivePane::bridgeOf(const QString &callId) const
{
    for (int b = 0; b < m_cluster->bridgeCount(); ++b) {
        if (m_cluster->bridge(b).live().call(callId))
            return b;
    }
    return -1;
}

template<typename Dialog>
Dialog *TestLivePane::openedDialog(const char *name) const
{
    Dialog *dialog = nullptr;
    const bool opened = QTest::qWaitFor(
        [&] { return (dialog = m_pane->findChild<Dialog *>(QLatin1String(name))) && dialog->isVisible(); }, 5000);
    return opened ? dialog : nullptr;
}

void TestLivePane::selectParticipants(const QStringList &ids)
{
    QItemSelectionModel *selection = m_pane->participantsView()->selectionModel();
    selection->clearSelection();
    for (const QModelIndex &row : participantRows(ids))
        selection->select(row, QItemSelectionModel::Select | QItemSelectionModel::Rows);
}

void TestLivePane::dropMovesTwoParticipants()
{
    const QStringList guests = m_seed.demoMeetings.lobbyParticipantIds.mid(0, 2);
    QCOMPARE(guests.size(), 2);
    const QModelIndexList rows = participantRows(guests);
    QCOMPARE(rows.size(), 2);
    QStringList movedNames;
    for (const QModelIndex &row : rows)
        movedNames << row.data().toString();
    movedNames.sort();
    const QStringList target = m_seed.demoMeetings.distributedCallIds;
    for (const QString &name : movedNames)
        QVERIFY(!namesIn(target).contains(name));

    // The view's own drag data, dropped on the meeting row as the calls view drops it.
    std::unique_ptr<QMimeData> data(m_pane->participantsView()->model()->mimeData(rows));
    QVERIFY(data && data->hasFormat(models::ParticipantMimeCodec::mimeType()));
    QAbstractItemModel *calls = m_pane->callsView()->model();
    const QModelIndex meeting = callRow(target.first());
    QVERIFY(calls->canDropMimeData(data.get(), Qt::MoveAction, -1, -1, meeting));

    QSignalSpy finished(m_pane.get(), &LivePane::movesFinished);
    QVERIFY(calls->dropMimeData(data.get(), Qt::MoveAction, -1, -1, meeting));
    // A confirmation lists who goes where; nothing is sent before it is accepted.
    QMessageBox *confirmation = nullptr;
    QTRY_VERIFY((confirmation = m_pane->findChild<QMessageBox *>(QStringLiteral("moveConfirmation"))));
    QVERIFY(confirmation->informativeText().contains(movedNames.first()));
    const int before = writes();
    confirmation->button(QMessageBox::Ok)->click();

    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.first().at(0).toInt(), 2);   // moved
    QCOMPARE(finished.first().at(1).toInt(), 0);   // failed
    QCOMPARE(writes(), before + 2);
    // On the server: both are in the target meeting, and gone from the lobby call.
    for (const QString &name : movedNames) {
        QVERIFY2(namesIn(target).contains(name), qPrintable(name));
        QVERIFY2(!namesIn({m_seed.demoMeetings.lobbyCallId}).contains(name), qPrintable(name));
    }
    QVERIFY(m_pane->findChild<QLabel *>(QStringLiteral("liveStatus"))->text().contains(QLatin1String("2")));
}

void TestLivePane::participantWhoCannotMoveIsRefused()
{
    const QStringList unmovable = m_seed.demoMeetings.unmovableParticipantIds.mid(0, 1);
    QCOMPARE(unmovable.size(), 1);
    const QModelIndexList rows = participantRows(unmovable);
    QCOMPARE(rows.size(), 1);
    // It cannot even be dragged; data made for it anyway is refused with the reason.
    QVERIFY(!(rows.first().flags() & Qt::ItemIsDragEnabled));
    const QModelIndex source = rows.first();
    const QList<models::ParticipantRef> refs{{m_test->session->profile().id,
                                              source.data(models::ParticipantsModel::BridgeIndexRole).toInt(),
                                              source.data(models::ParticipantsModel::CallIdRole).toString(),
                                              unmovable.first()}};
    QMimeData data;
    data.setData(models::ParticipantMimeCodec::mimeType(), models::ParticipantMimeCodec::encode(refs));
    QAbstractItemModel *calls = m_pane->callsView()->model();
    const QModelIndex meeting = callRow(m_seed.demoMeetings.distributedCallIds.first());
    QVERIFY(!calls->canDropMimeData(&data, Qt::MoveAction, -1, -1, meeting));

    const int before = writes();
    m_pane->requestMove(refs, m_seed.demoMeetings.distributedCallIds.first());
    QVERIFY(!m_pane->findChild<QMessageBox *>(QStringLiteral("moveConfirmation")));
    QVERIFY(!m_pane->findChild<QLabel *>(QStringLiteral("liveStatus"))->text().isEmpty());
    QTest::qWait(200);   // a negative check: nothing is sent
    QCOMPARE(writes(), before);
}

// Mute from the keyboard mutes on the server, a second time unmutes; a guest in the lobby is let in.
void TestLivePane::muteTogglesAndAdmitLetsIn()
{
    const QString guest = m_seed.demoMeetings.lobbyParticipantIds.value(2);
    QVERIFY(!guest.isEmpty());
    QVERIFY(simParticipant(guest) && simParticipant(guest)->deactivated);
    selectParticipants({guest});
    QSignalSpy finished(m_pane.get(), &LivePane::workFinished);

    QVERIFY(action("muteAudioAction")->isEnabled());
    action("muteAudioAction")->trigger();
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.last().at(0).toInt(), 1);
    QVERIFY(simParticipant(guest)->rxAudioMute);
    // Once the list shows the mute, the same command unmutes.
    QTRY_VERIFY_WITH_TIMEOUT(participantRows({guest}).value(0)
                                 .siblingAtColumn(int(models::ParticipantsModel::Column::AudioMuted))
                                 .data(models::ParticipantsModel::RawValueRole).toBool(), 20000);
    // The row that changed is marked, and its cells are drawn on a tint.
    const QModelIndex changed = participantRows({guest}).value(0);
    QVERIFY(changed.data(models::ParticipantsModel::RecentlyChangedRole).toBool());
    QStyleOptionViewItem option;
    option.initFrom(m_pane->participantsView());
    QStyledItemDelegate *delegate = qobject_cast<QStyledItemDelegate *>(m_pane->participantsView()->itemDelegate());
    QVERIFY(delegate);
    // The cell drawn alone on white, by the pane's delegate and by a plain one: at its right end (the
    // short "Yes"/"No" sits on the left) only the pane's shows the tint.
    auto drawn = [&](QStyledItemDelegate &by) {
        QImage image(100, 20, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::white);
        QPainter painter(&image);
        option.rect = image.rect();
        by.paint(&painter, option, changed.siblingAtColumn(int(models::ParticipantsModel::Column::AudioMuted)));
        painter.end();
        return image.pixel(98, 10);
    };
    QStyledItemDelegate plain;
    QCOMPARE(drawn(plain), qRgb(255, 255, 255));
    QVERIFY2(drawn(*delegate) != qRgb(255, 255, 255), "a changed row is drawn on its tint");

    action("muteAudioAction")->trigger();
    QVERIFY(finished.wait(20000));
    QVERIFY(!simParticipant(guest)->rxAudioMute);

    action("admitAction")->trigger();
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.last().at(1).toInt(), 0);
    QVERIFY(!simParticipant(guest)->deactivated);
}

// Participants dragged onto a row of another call's participant list go into that call: real drag
// events through the list's viewport, the drop refused where the move is not allowed.
void TestLivePane::dropOnParticipantListMovesIntoTheirCall()
{
    const QStringList source = m_seed.demoMeetings.distributedCallIds;
    const QString target = m_seed.demoMeetings.lobbyCallId;
    const QStringList moving = movableIn(source).mid(0, 2);
    QCOMPARE(moving.size(), 2);
    const QStringList staying = movableIn({target});
    QVERIFY(!staying.isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(participantRows(moving).size(), 2, 20000);
    QStringList names;
    for (const QModelIndex &row : participantRows(moving))
        names << row.data().toString();

    QTableView *view = m_pane->participantsView();
    std::unique_ptr<QMimeData> data(view->model()->mimeData(participantRows(moving)));
    QVERIFY(data);
    auto dropAt = [&](const QModelIndex &row, QEvent::Type type) {
        view->scrollTo(row);
        const QPoint at = view->visualRect(row).center();
        if (type == QEvent::Drop) {
            QDropEvent drop(at, Qt::MoveAction, data.get(), Qt::LeftButton, Qt::NoModifier);
            QCoreApplication::sendEvent(view->viewport(), &drop);
            return drop.isAccepted();
        }
        QDragMoveEvent move(at, Qt::MoveAction, data.get(), Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(view->viewport(), &move);
        return move.isAccepted();
    };
    QDragEnterEvent enter(QPoint(5, 5), Qt::MoveAction, data.get(), Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(view->viewport(), &enter);
    QVERIFY(enter.isAccepted());
    // Over one of the dragged people's own call: refused, with the reason in the status line.
    QVERIFY(!dropAt(participantRows(moving).first(), QEvent::DragMove));
    QVERIFY(!m_pane->findChild<QLabel *>(QStringLiteral("liveStatus"))->text().isEmpty());
    // Over someone in the lobby call: allowed, and the drop asks first.
    const QModelIndex over = participantRows({staying.first()}).value(0);
    QVERIFY(over.isValid());
    QVERIFY(dropAt(over, QEvent::DragMove));
    QSignalSpy finished(m_pane.get(), &LivePane::movesFinished);
    QVERIFY(dropAt(participantRows({staying.first()}).value(0), QEvent::Drop));
    QMessageBox *confirmation = nullptr;
    QTRY_VERIFY((confirmation = m_pane->findChild<QMessageBox *>(QStringLiteral("moveConfirmation"))));
    confirmation->button(QMessageBox::Ok)->click();
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.first().at(0).toInt(), 2);
    // A moved participant gets a new id in the target call: found there by name.
    for (const QString &name : std::as_const(names)) {
        QVERIFY2(namesIn({target}).contains(name), qPrintable(name));
        QVERIFY2(!namesIn(source).contains(name), qPrintable(name));
    }

    // Data that is not ours is refused and changes nothing.
    QMimeData foreign;
    foreign.setText(QStringLiteral("not participants"));
    QDragEnterEvent stranger(QPoint(5, 5), Qt::MoveAction, &foreign, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(view->viewport(), &stranger);
    QVERIFY(!stranger.isAccepted());
}

// A move the bridge carries out wrongly is reported as the case it is: the person left and never
// arrived, or arrived in another meeting.
void TestLivePane::moveFaultsAreExplained_data()
{
    QTest::addColumn<int>("fault");
    QTest::addColumn<int>("failure");
    QTest::newRow("drop") << int(cmssim::MoveFault::DropParticipant) << int(cms::OperationResult::MoveFailure::DroppedNotRejoined);
    QTest::newRow("wrongcall") << int(cmssim::MoveFault::WrongCall) << int(cms::OperationResult::MoveFailure::WrongMeeting);
}

void TestLivePane::moveFaultsAreExplained()
{
    QFETCH(int, fault);
    QFETCH(int, failure);
    const QString target = m_seed.demoMeetings.distributedCallIds.first();
    const QString who = movableIn({m_seed.demoMeetings.lobbyCallId}).value(0);
    QVERIFY(!who.isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(participantRows({who}).size() == 1, 20000);
    const QModelIndex row = participantRows({who}).first();
    const QList<models::ParticipantRef> refs{{m_test->session->profile().id,
                                              row.data(models::ParticipantsModel::BridgeIndexRole).toInt(),
                                              row.data(models::ParticipantsModel::CallIdRole).toString(), who}};
    const int bridge = bridgeOf(target);
    QVERIFY(bridge >= 0);
    m_cluster->setMoveFault(bridge, cmssim::MoveFault(fault));
    const auto restore = qScopeGuard([&] { m_cluster->setMoveFault(bridge, cmssim::MoveFault::None); });

    QSignalSpy finished(m_pane.get(), &LivePane::movesFinished);
    m_pane->requestMove(refs, target);
    QMessageBox *confirmation = nullptr;
    QTRY_VERIFY((confirmation = m_pane->findChild<QMessageBox *>(QStringLiteral("moveConfirmation"))));
    confirmation->button(QMessageBox::Ok)->click();
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.first().at(1).toInt(), 1);   // failed
    const QString explained = cms::ParticipantMove::describe(cms::OperationResult::MoveFailure(failure));
    QVERIFY(!explained.isEmpty());
    QVERIFY2(m_log.entries().last().message.contains(explained), qPrintable(m_log.entries().last().message));
}

// Dial Out checks the address as typed, then the meeting's bridge dials it.
void TestLivePane::dialOutChecksTheAddressThenDials()
{
    const QString callId = m_seed.demoMeetings.distributedCallIds.first();
    const QModelIndex meeting = callRow(callId);
    QVERIFY(meeting.isValid());
    m_pane->callsView()->selectionModel()->select(meeting, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QVERIFY(action("dialOutAction")->isEnabled());
    action("dialOutAction")->trigger();
    auto *dialog = openedDialog<DialOutDialog>("dialOutDialog");
    QVERIFY(dialog);
    auto *address = dialog->findChild<QLineEdit *>(QStringLiteral("dialAddress"));
    auto *dial = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QVERIFY(address && dial);
    QVERIFY(!dial->isEnabled());
    address->setText(QStringLiteral("hugo"));   // a name half typed
    QVERIFY(!dial->isEnabled());
    QVERIFY(!dialog->findChild<QLabel *>(QStringLiteral("dialAddressProblem"))->text().isEmpty());
    address->setText(QStringLiteral("hugo@example.com"));
    QVERIFY(dial->isEnabled());

    QSignalSpy finished(m_pane.get(), &LivePane::workFinished);
    dial->click();
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.last().at(0).toInt(), 1);
    const cmssim::LiveState &live = m_cluster->bridge(bridgeOf(callId)).live();
    bool dialled = false;
    for (const QString &id : live.call(callId)->participantIds)
        dialled = dialled || live.participant(id)->remoteParty == QLatin1String("hugo@example.com");
    QVERIFY(dialled);
}

// Start Meeting on a space with no meeting: the space chosen by name, a passcode set for it, the call
// started on the chosen bridge.
void TestLivePane::startMeetingOnASpace()
{
    cms::SpaceCatalog &catalog = m_test->session->services()->spaceCatalog();
    catalog.loadOnce();
    QTRY_VERIFY_WITH_TIMEOUT(!catalog.isLoading() && catalog.count() > 0, 20000);
    QString spaceId;
    for (int row = 0; row < catalog.count(); ++row) {
        const QString id = catalog.record(row).id;
        bool running = false;
        for (int b = 0; b < m_cluster->bridgeCount(); ++b)
            running = running || m_cluster->bridge(b).live().callForSpace(id);
        if (!running) {
            spaceId = id;
            break;
        }
    }
    QVERIFY(!spaceId.isEmpty());
    const QString name = catalog.record(catalog.rowOf(spaceId)).name;

    action("startMeetingAction")->trigger();
    auto *dialog = openedDialog<StartMeetingDialog>("startMeetingDialog");
    QVERIFY(dialog);
    auto *start = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QVERIFY(!start->isEnabled());   // no space chosen yet
    auto *space = dialog->findChild<QComboBox *>(QStringLiteral("meetingSpace"));
    const int at = space->findText(name, Qt::MatchStartsWith);
    QVERIFY(at >= 0);
    space->setCurrentIndex(at);
    QCOMPARE(dialog->spaceId(), spaceId);
    dialog->findChild<QComboBox *>(QStringLiteral("meetingBridge"))->setCurrentIndex(2);   // the second bridge
    dialog->findChild<QCheckBox *>(QStringLiteral("meetingSetPasscode"))->setChecked(true);
    dialog->findChild<QLineEdit *>(QStringLiteral("meetingPasscode"))->setText(QStringLiteral("4321"));
    QSignalSpy finished(m_pane.get(), &LivePane::workFinished);
    start->click();
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.last().at(0).toInt(), 1);
    QVERIFY(m_cluster->bridge(1).live().callForSpace(spaceId));
    QTRY_VERIFY_WITH_TIMEOUT(callRow(m_cluster->bridge(1).live().callForSpace(spaceId)->id).isValid(), 20000);
}

void TestLivePane::contextMenusAndToolBarHoldTheActions()
{
    auto *toolBar = m_pane->findChild<QToolBar *>(QStringLiteral("liveToolBar"));
    QVERIFY(toolBar);
    for (const char *name : {"moveToAction", "muteAudioAction", "muteVideoAction", "admitAction", "disconnectAction",
                             "dialOutAction", "endMeetingAction", "startMeetingAction"}) {
        QVERIFY2(toolBar->actions().contains(action(name)), name);
        QVERIFY2(!action(name)->shortcut().isEmpty(), name);
    }
    QCOMPARE(m_pane->callsView()->contextMenuPolicy(), Qt::CustomContextMenu);
    QCOMPARE(m_pane->participantsView()->contextMenuPolicy(), Qt::CustomContextMenu);
}

// Ending a meeting asks first, saying how many people it drops; Cancel sends nothing.
void TestLivePane::endMeetingAsksFirst()
{
    const QString callId = m_seed.demoMeetings.lobbyCallId;
    const QModelIndex meeting = callRow(callId);
    QVERIFY(meeting.isValid());
    m_pane->callsView()->selectionModel()->select(meeting, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QVERIFY(action("endMeetingAction")->isEnabled());

    auto confirmation = [this]() -> QMessageBox * {
        QMessageBox *box = nullptr;
        if (!QTest::qWaitFor([&] { return (box = m_pane->findChild<QMessageBox *>(QStringLiteral("liveConfirmation"))); }, 5000))
            return nullptr;
        return box;
    };
    action("endMeetingAction")->trigger();
    QMessageBox *box = confirmation();
    QVERIFY(box);
    QVERIFY(box->informativeText().contains(meeting.data().toString()));
    const int before = int(m_test->trace->entries().size());
    box->button(QMessageBox::Cancel)->click();
    QTRY_VERIFY(!m_pane->findChild<QMessageBox *>(QStringLiteral("liveConfirmation")));
    QTest::qWait(200);   // a negative check: nothing is sent
    for (const cms::TraceEntry &entry : m_test->trace->entries().mid(before))
        QVERIFY(entry.method == "GET");
    QVERIFY(m_cluster->bridge(0).live().call(callId) || m_cluster->bridge(1).live().call(callId)
            || m_cluster->bridge(2).live().call(callId));

    QSignalSpy finished(m_pane.get(), &LivePane::workFinished);
    action("endMeetingAction")->trigger();
    box = confirmation();
    QVERIFY(box);
    box->button(QMessageBox::Ok)->click();
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.last().at(0).toInt(), 1);
    for (int b = 0; b < m_cluster->bridgeCount(); ++b)
        QVERIFY(!m_cluster->bridge(b).live().call(callId));
}

QTEST_MAIN(TestLivePane)
#include "tst_livepane.moc"
