// The Live section's page on real widgets against the simulated demo cluster (three bridges, the demo
// meetings): participants dropped on another meeting are moved there after a confirmation, as the
// simulator itself sees it; a participant who cannot be moved is refused with the reason and nothing
// is sent.
#include "clientendpoints.h"
#include "cluster/clustersession.h"
#include "datasetseeder.h"
#include "diagnostics/apitrace.h"
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
#include <QDir>
#include <QLabel>
#include <QMessageBox>
#include <QMimeData>
#include <QPainter>
#include <QStyledItemDelegate>
#include <QSignalSpy>
#include <QTableView>
#include <QTreeView>
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
    QCOMPARE(m_seed.demoMeetings.meetings, 4);

    QString error;
    TestSessionOptions sessionOptions;
    sessionOptions.endpointCount = 3;
    m_test = TestSession::open(*m_cluster, sessionOptions, &error);
    QVERIFY2(m_test, qPrintable(error));

    m_pane = std::make_unique<LivePane>();
    m_pane->setSession(m_test->session);
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
