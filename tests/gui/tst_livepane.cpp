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
#include <QDir>
#include <QLabel>
#include <QMessageBox>
#include <QMimeData>
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

private:
    // The simulator's meeting names of everyone in the calls of a correlator (or one call).
    QStringList namesIn(const QStringList &callIds) const;
    QModelIndexList participantRows(const QStringList &participantIds) const;
    QModelIndex callRow(const QString &callId) const;
    int writes() const;

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

QTEST_MAIN(TestLivePane)
#include "tst_livepane.moc"
