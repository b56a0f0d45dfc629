// The Meetings section's page on real widgets against the simulator, whose demo data holds a
// scheduler's placeholder pool (20 placeholders from one bulk sync, two holding a meeting): the pool
// is listed with its size and a summary of its states, and a meeting's live participant count is
// shown; the meeting actions follow the current row's state and ask for the meeting by signal; a
// pool is created from the keyboard through the dialog (the preview follows the typing, a mistake is
// said at its field, the plan comes before the run) and is then seen in the table and on the
// simulator's side; it grows by a new range; a pool with a meeting is not removed (the operation's
// reason is shown), then is once the meetings ended; a bulk sync that fails is said in words and its
// work rolled back, leaving the simulator's store as it was.
#include "bulksyncrunner.h"
#include "clientendpoints.h"
#include "cluster/clustersession.h"
#include "config/profilelabels.h"
#include "configapi.h"
#include "configstore.h"
#include "datasetseeder.h"
#include "liveengine.h"
#include "meetings/bulksyncstatus.h"
#include "meetings/meetingdialog.h"
#include "meetings/meetingspane.h"
#include "meetings/newpooldialog.h"
#include "meetings/placeholderpoolmodel.h"
#include "meetings/schedulerassistant.h"
#include "meetings/poolchangedialogs.h"
#include "simbridge.h"
#include "simcluster.h"
#include "simtestclient.h"
#include "testsession.h"
#include "typeschema.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace views;
using Kind = cms::PlaceholderState::Kind;
using Column = models::PlaceholderPoolModel::Column;
using Outcome = cms::OperationResult::Outcome;

namespace {
const QString kTmsPool = QStringLiteral("TMS_Scheduled_Meeting_$index$");
const QString kSpaces = QStringLiteral("coSpaces");
const QString kSets = QStringLiteral("cospaceBulkParameterSets");
} // namespace


class TestMeetingsPane : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void poolsAreListedWithTheirStates();
    void meetingActionsFollowTheRowState();
    void schedulerSetUpOpensFromTheMeetingsMenu();
    void poolIsCreatedFromTheKeyboard();
    void poolGrows();
    void poolWithAMeetingIsNotRemovedThenIs();
    void failedBulkSyncIsSaidAndRolledBack();

private:
    bool refreshed();
    void choosePool(const QString &nameMapping);
    int rowOf(int placeholderIndex) const;   // in the view
    int storeSpacesWithUri(const QString &prefix) const;
    template<typename T>
    T *openThrough(QAction *action);
    // Next, the plan shown; then Run, the outcome; both from the keyboard.
    cms::OperationResult planAndRun(PoolOperationDialog *dialog);

    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<cms::ProfileLabels> m_labels;
    std::unique_ptr<cmssim::SimCluster> m_cluster;
    std::unique_ptr<TestSession> m_test;
    std::unique_ptr<MeetingsPane> m_pane;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestMeetingsPane::initTestCase()
{
    qRegisterMetaType<views::MeetingsPane::MeetingAction>();
    cmssim::ClusterOptions options;
    options.bridgeCount = 2;
    m_cluster = startTestCluster(options);
    QVERIFY(m_cluster);
    m_cluster->bulkSyncs().stepDelayMs = 5;
    cmssim::SeedSpec spec;
    spec.users = 5;
    spec.spaces = 10;
    spec.callLegProfiles = 2;
    spec.demoMeetings = true;
    const cmssim::SeedResult seeded = cmssim::DatasetSeeder(*m_cluster).seed(spec);
    QCOMPARE(seeded.demoMeetings.poolMeetingSpaceIds.size(), 2);
    QString error;
    TestSessionOptions sessionOptions;
    sessionOptions.endpointCount = 2;
    m_test = TestSession::open(*m_cluster, sessionOptions, &error);
    QVERIFY2(m_test, qPrintable(error));
    QVERIFY(QDir(m_dir.path()).exists());
    m_settings = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("console.ini")), QSettings::IniFormat);
    m_labels = std::make_unique<cms::ProfileLabels>(*m_settings);
    m_pane = std::make_unique<MeetingsPane>(m_labels.get());
    m_tester = std::make_unique<QAbstractItemModelTester>(m_pane->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_pane->resize(1100, 700);
    QSignalSpy read(m_pane.get(), &MeetingsPane::readFinished);
    m_pane->setSession(m_test->session);
    m_pane->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_pane.get()));
    QVERIFY(read.wait(20000));
}

void TestMeetingsPane::cleanupTestCase()
{
    m_tester.reset();
    m_pane.reset();
    m_test.reset();
    m_cluster.reset();
}

bool TestMeetingsPane::refreshed()
{
    QSignalSpy read(m_pane.get(), &MeetingsPane::readFinished);
    m_pane->refreshAction()->trigger();
    return read.wait(20000);
}

void TestMeetingsPane::choosePool(const QString &nameMapping)
{
    QComboBox *pools = m_pane->poolChooser();
    const int index = pools->findData(nameMapping);
    QVERIFY(index >= 0);
    if (pools->currentIndex() == index && m_pane->model()->rowCount() > 0
        && m_pane->model()->states().first().placeholderName == m_pane->pools().at(index).nameFor(m_pane->model()->states().first().index))
        return;
    QSignalSpy read(m_pane.get(), &MeetingsPane::readFinished);
    pools->setFocus();
    pools->setCurrentIndex(index);
    Q_EMIT pools->activated(index);
    QVERIFY(read.wait(20000));
}

int TestMeetingsPane::rowOf(int placeholderIndex) const
{
    QAbstractItemModel *view = m_pane->tableView()->model();
    for (int row = 0; row < view->rowCount(); ++row) {
        if (view->index(row, int(Column::Index)).data(models::PlaceholderPoolModel::RawValueRole).toInt() == placeholderIndex)
            return row;
    }
    return -1;
}

int TestMeetingsPane::storeSpacesWithUri(const QString &prefix) const
{
    int count = 0;
    for (const cmssim::ConfigObject *space : m_cluster->store().table(kSpaces).ordered())
        count += space->value(QStringLiteral("uri")).startsWith(prefix) ? 1 : 0;
    return count;
}

template<typename T>
T *TestMeetingsPane::openThrough(QAction *action)
{
    QSignalSpy opened(m_pane.get(), &MeetingsPane::dialogOpened);
    [&] { QVERIFY(action->isEnabled()); }();
    action->trigger();
    if (opened.count() != 1)
        return nullptr;
    auto *dialog = qobject_cast<T *>(opened.first().first().value<QDialog *>());
    if (dialog && !QTest::qWaitForWindowActive(dialog))
        return nullptr;
    return dialog;
}

cms::OperationResult TestMeetingsPane::planAndRun(PoolOperationDialog *dialog)
{
    QSignalSpy planned(dialog, &PoolOperationDialog::planShown);
    QSignalSpy finished(dialog, &PoolOperationDialog::operationFinished);
    QTest::keyClick(dialog, Qt::Key_N, Qt::AltModifier);   // Next >
    if (!planned.wait(20000) || !dialog->runButton()->isEnabled())
        return dialog->operation() ? dialog->operation()->result() : cms::OperationResult{};
    [&] { QVERIFY(dialog->planView()->count() >= 2); }();   // a parameter set and its sync at least
    QTest::keyClick(dialog, Qt::Key_R, Qt::AltModifier);   // Run
    if (!finished.wait(30000))
        return {Outcome::Cancelled, {}, QStringLiteral("no outcome"), -1, {}, {}};
    return finished.first().first().value<cms::OperationResult>();
}

void TestMeetingsPane::poolsAreListedWithTheirStates()
{
    QComboBox *pools = m_pane->poolChooser();
    QCOMPARE(pools->count(), 1);
    QVERIFY2(pools->currentText().contains(kTmsPool) && pools->currentText().contains(QStringLiteral("20")),
             qPrintable(pools->currentText()));
    QCOMPARE(m_pane->model()->rowCount(), 20);
    QCOMPARE(m_pane->summaryLabel()->text(), QStringLiteral("18 free, 2 in a meeting, 0 inconsistent"));
    // The two meetings the demo started: their live participant counts (3 and 5) on their rows.
    QAbstractItemModel *view = m_pane->tableView()->model();
    QCOMPARE(view->index(rowOf(3), int(Column::State)).data().toString(), QStringLiteral("in a meeting"));
    QCOMPARE(view->index(rowOf(3), int(Column::Participants)).data().toString(), QStringLiteral("3"));
    QCOMPARE(view->index(rowOf(7), int(Column::Participants)).data().toString(), QStringLiteral("5"));
    QCOMPARE(view->index(rowOf(4), int(Column::State)).data().toString(), QStringLiteral("free"));
    QVERIFY(m_pane->bridgeProblemsLabel()->isHidden());
    // Every control a screen reader meets is named.
    for (QWidget *w : {static_cast<QWidget *>(pools), static_cast<QWidget *>(m_pane->tableView()),
                       static_cast<QWidget *>(m_pane->detailsView())})
        QVERIFY2(!w->accessibleName().isEmpty() && !w->accessibleDescription().isEmpty(), qPrintable(w->objectName()));
}

void TestMeetingsPane::meetingActionsFollowTheRowState()
{
    choosePool(kTmsPool);
    QTableView *table = m_pane->tableView();
    QSignalSpy requested(m_pane.get(), &MeetingsPane::meetingRequested);
    // Each action opens the meeting dialog in its mode, on the current placeholder's space.
    QList<QPointer<MeetingDialog>> dialogs;
    QObject context;
    connect(m_pane.get(), &MeetingsPane::dialogOpened, &context, [&dialogs](QDialog *d) {
        dialogs.append(qobject_cast<MeetingDialog *>(d));
    });

    table->setFocus();
    table->setCurrentIndex(table->model()->index(rowOf(4), 0));   // free
    QVERIFY(m_pane->startMeetingAction()->isEnabled());
    QVERIFY(!m_pane->extendMeetingAction()->isEnabled());
    QVERIFY(!m_pane->endMeetingAction()->isEnabled());
    m_pane->startMeetingAction()->trigger();
    QCOMPARE(requested.count(), 1);
    QCOMPARE(requested.at(0).at(0).value<MeetingsPane::MeetingAction>(), MeetingsPane::MeetingAction::Start);
    const QString freeSpace = table->model()->index(rowOf(4), 0).data(models::PlaceholderPoolModel::SpaceIdRole).toString();
    QCOMPARE(requested.at(0).at(1).toString(), freeSpace);
    QCOMPARE(requested.at(0).at(2).toString(), QStringLiteral("TMS_Scheduled_Meeting_4"));
    QCOMPARE(dialogs.size(), 1);
    QVERIFY(dialogs.at(0));
    QCOMPARE(dialogs.at(0)->mode(), MeetingDialog::Mode::Start);
    dialogs.at(0)->reject();

    // Down from 6 to 7: the keyboard moves to a placeholder in a meeting.
    table->setCurrentIndex(table->model()->index(rowOf(6), 0));
    QTest::keyClick(table, Qt::Key_Down);
    QCOMPARE(table->currentIndex().row(), rowOf(7));
    QVERIFY(!m_pane->startMeetingAction()->isEnabled());
    QVERIFY(m_pane->extendMeetingAction()->isEnabled());
    QVERIFY(m_pane->endMeetingAction()->isEnabled());
    QVERIFY2(m_pane->detailsView()->toPlainText().contains(QStringLiteral("5 participant")),
             qPrintable(m_pane->detailsView()->toPlainText()));
    m_pane->extendMeetingAction()->trigger();
    m_pane->endMeetingAction()->trigger();
    QCOMPARE(requested.count(), 3);
    QCOMPARE(requested.at(1).at(0).value<MeetingsPane::MeetingAction>(), MeetingsPane::MeetingAction::Extend);
    QCOMPARE(requested.at(2).at(0).value<MeetingsPane::MeetingAction>(), MeetingsPane::MeetingAction::End);
    QCOMPARE(requested.at(2).at(2).toString(), QString::fromUtf8("Revue de projet Atlas"));
    QCOMPARE(dialogs.size(), 3);
    QVERIFY(dialogs.at(1) && dialogs.at(2));
    QCOMPARE(dialogs.at(1)->mode(), MeetingDialog::Mode::Extend);
    QCOMPARE(dialogs.at(2)->mode(), MeetingDialog::Mode::End);
    dialogs.at(1)->reject();
    QTRY_VERIFY_WITH_TIMEOUT(!dialogs.at(2) || !dialogs.at(2)->isRunning(), 10000);
    if (dialogs.at(2))
        dialogs.at(2)->reject();
    QTRY_VERIFY(!dialogs.at(0) && !dialogs.at(1) && !dialogs.at(2));   // closed and deleted

    // A placeholder renamed while no meeting runs is inconsistent: no action, and the reason is shown.
    const QString spaceOf5 = table->model()->index(rowOf(5), 0).data(models::PlaceholderPoolModel::SpaceIdRole).toString();
    QVERIFY(!m_cluster->config().update(cmssim::TypeSchema::get(kSpaces), {}, spaceOf5,
                                        {{QStringLiteral("name"), QStringLiteral("Left over")}}));
    m_pane->refreshStates();
    QTRY_COMPARE_WITH_TIMEOUT(m_pane->summaryLabel()->text(), QStringLiteral("17 free, 2 in a meeting, 1 inconsistent"), 20000);
    table->setCurrentIndex(table->model()->index(rowOf(5), 0));
    QVERIFY(!m_pane->startMeetingAction()->isEnabled());
    QVERIFY(!m_pane->endMeetingAction()->isEnabled());
    QVERIFY(m_pane->detailsView()->toPlainText().contains(QStringLiteral("Left over")));
    QVERIFY(!table->model()->index(rowOf(5), int(Column::Name)).data(Qt::ToolTipRole).toString().isEmpty());
    QVERIFY(!m_cluster->config().update(cmssim::TypeSchema::get(kSpaces), {}, spaceOf5,
                                        {{QStringLiteral("name"), QStringLiteral("TMS_Scheduled_Meeting_5")}}));
    QVERIFY(refreshed());
    QCOMPARE(m_pane->summaryLabel()->text(), QStringLiteral("18 free, 2 in a meeting, 0 inconsistent"));
}

void TestMeetingsPane::poolIsCreatedFromTheKeyboard()
{
    m_pane->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_pane.get()));
    QSignalSpy opened(m_pane.get(), &MeetingsPane::dialogOpened);
    QTest::keyClick(m_pane.get(), Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);   // New Pool…
    QCOMPARE(opened.count(), 1);
    auto *dialog = qobject_cast<NewPoolDialog *>(opened.first().first().value<QDialog *>());
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowActive(dialog));
    QSignalSpy profiles(dialog, &NewPoolDialog::profilesLoaded);
    QVERIFY(profiles.wait(20000));
    QVERIFY(!dialog->nextButton()->isEnabled());

    // The name pattern has the focus; without $index$ the mistake is said under it.
    QCOMPARE(QApplication::focusWidget(), dialog->nameEdit());
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Lab_"));
    auto *nameProblem = dialog->findChild<QLabel *>(QStringLiteral("poolNameProblem"));
    QVERIFY(nameProblem->isVisible());
    QVERIFY2(nameProblem->text().contains(QStringLiteral("$index$")), qPrintable(nameProblem->text()));
    QVERIFY(!dialog->nameEdit()->accessibleDescription().isEmpty());
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("$index$"));
    QVERIFY(nameProblem->isHidden());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), dialog->uriEdit());
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("lab.$index$"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("7700$index$"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), dialog->countEdit());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("5"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("101"));
    // The preview: the first and the last placeholder.
    QVERIFY2(dialog->firstPreview()->text().contains(QStringLiteral("Lab_101"))
                 && dialog->firstPreview()->text().contains(QStringLiteral("lab.101"))
                 && dialog->firstPreview()->text().contains(QStringLiteral("7700101")),
             qPrintable(dialog->firstPreview()->text()));
    QVERIFY2(dialog->lastPreview()->text().contains(QStringLiteral("Lab_105")), qPrintable(dialog->lastPreview()->text()));
    // The call leg profile, by its name, from the keyboard: its label's mnemonic, then down once.
    QTest::keyClick(dialog, Qt::Key_L, Qt::AltModifier);
    QCOMPARE(QApplication::focusWidget(), dialog->callLegProfileChoice());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down);
    const QString legProfile = dialog->callLegProfileChoice()->currentData().toString();
    QVERIFY(!legProfile.isEmpty());
    QVERIFY(dialog->callLegProfileChoice()->currentText() != legProfile);   // its name, not its id
    QVERIFY(dialog->nextButton()->isEnabled());

    const cms::OperationResult result = planAndRun(dialog);
    QVERIFY2(result.succeeded(), qPrintable(result.message));
    QVERIFY2(dialog->resultLabel()->text().contains(QStringLiteral("Lab_$index$")), qPrintable(dialog->resultLabel()->text()));
    QVERIFY(!dialog->syncStatusLabel()->text().isEmpty());   // the sync's status, in words

    // On the simulator: five spaces with the patterns and the profile; in the pane, the new pool.
    QCOMPARE(storeSpacesWithUri(QStringLiteral("lab.")), 5);
    for (const cmssim::ConfigObject *space : m_cluster->store().table(kSpaces).ordered()) {
        if (space->value(QStringLiteral("uri")) == u"lab.103") {
            QCOMPARE(space->value(QStringLiteral("name")), QStringLiteral("Lab_103"));
            QCOMPARE(space->value(QStringLiteral("callId")), QStringLiteral("7700103"));
            QCOMPARE(space->value(QStringLiteral("callLegProfile")), legProfile);
        }
    }
    QTRY_COMPARE_WITH_TIMEOUT(m_pane->poolChooser()->count(), 2, 20000);
    QTRY_COMPARE_WITH_TIMEOUT(m_pane->poolChooser()->currentData().toString(), QStringLiteral("Lab_$index$"), 20000);
    QTRY_COMPARE_WITH_TIMEOUT(m_pane->model()->rowCount(), 5, 20000);
    QCOMPARE(m_pane->summaryLabel()->text(), QStringLiteral("5 free, 0 in a meeting, 0 inconsistent"));
    QTest::keyClick(dialog, Qt::Key_Escape);
    QTRY_VERIFY(!dialog->isVisible());
}

void TestMeetingsPane::poolGrows()
{
    choosePool(QStringLiteral("Lab_$index$"));
    auto *dialog = openThrough<GrowPoolDialog>(m_pane->growPoolAction());
    QVERIFY(dialog);
    QCOMPARE(QApplication::focusWidget(), dialog->countEdit());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("3"));
    const cms::OperationResult result = planAndRun(dialog);
    QVERIFY2(result.succeeded(), qPrintable(result.message));
    QCOMPARE(storeSpacesWithUri(QStringLiteral("lab.")), 8);
    QTRY_COMPARE_WITH_TIMEOUT(m_pane->model()->rowCount(), 8, 20000);
    QCOMPARE(m_pane->model()->states().last().placeholderName, QStringLiteral("Lab_108"));
    QVERIFY2(m_pane->poolChooser()->currentText().contains(QStringLiteral("(8 placeholder")),
             qPrintable(m_pane->poolChooser()->currentText()));
    dialog->close();
}

void TestMeetingsPane::poolWithAMeetingIsNotRemovedThenIs()
{
    choosePool(kTmsPool);
    auto *dialog = openThrough<RemovePoolDialog>(m_pane->removePoolAction());
    QVERIFY(dialog);
    auto *question = dialog->findChild<QLabel *>(QStringLiteral("removeQuestion"));
    QVERIFY2(question->text().contains(QStringLiteral("20 placeholder")), qPrintable(question->text()));
    const cms::OperationResult refused = planAndRun(dialog);
    QCOMPARE(refused.outcome, Outcome::Refused);
    QVERIFY(!refused.message.isEmpty());
    QVERIFY2(dialog->resultLabel()->text().contains(refused.message), qPrintable(dialog->resultLabel()->text()));
    QVERIFY(!dialog->runButton()->isEnabled());
    QCOMPARE(storeSpacesWithUri(QStringLiteral("tms.meeting.")), 20);
    dialog->close();

    // The meetings end (on the simulator, as a scheduler would end them): the pool can go.
    const auto &states = m_pane->model()->states();
    for (const cms::PlaceholderState &s : states) {
        if (s.inMeeting())
            m_cluster->live().endCall(m_cluster->bridge(s.meeting.endpointIndex), s.meeting.callId);
    }
    QVERIFY(refreshed());
    QCOMPARE(m_pane->model()->countOf(Kind::InMeeting), 0);
    QVERIFY(!m_pane->extendMeetingAction()->isEnabled());
    dialog = openThrough<RemovePoolDialog>(m_pane->removePoolAction());
    QVERIFY(dialog);
    const cms::OperationResult removed = planAndRun(dialog);
    QVERIFY2(removed.succeeded(), qPrintable(removed.message));
    QCOMPARE(storeSpacesWithUri(QStringLiteral("tms.meeting.")), 0);
    QTRY_COMPARE_WITH_TIMEOUT(m_pane->poolChooser()->count(), 1, 20000);
    QCOMPARE(m_pane->poolChooser()->currentData().toString(), QStringLiteral("Lab_$index$"));
    dialog->close();
}

void TestMeetingsPane::failedBulkSyncIsSaidAndRolledBack()
{
    // A space already has the URI that placeholder 3 would get: the sync fails with a URI conflict.
    QVERIFY(std::holds_alternative<QString>(m_cluster->config().create(
        cmssim::TypeSchema::get(kSpaces), {},
        {{QStringLiteral("name"), QStringLiteral("Board room")}, {QStringLiteral("uri"), QStringLiteral("fail.3")}})));
    const qsizetype sets = m_cluster->store().table(kSets).ordered().size();
    const int spaces = int(m_cluster->store().table(kSpaces).ordered().size());
    auto *dialog = openThrough<NewPoolDialog>(m_pane->newPoolAction());
    QVERIFY(dialog);
    QTest::keyClicks(dialog->nameEdit(), QStringLiteral("Fail_$index$"));
    QTest::keyClicks(dialog->uriEdit(), QStringLiteral("fail.$index$"));
    dialog->countEdit()->setValue(5);
    const cms::OperationResult result = planAndRun(dialog);
    QCOMPARE(result.outcome, Outcome::RolledBack);
    const QString sentence = cms::BulkSyncStatus::describe(QStringLiteral("failedCoSpaceUriConflict"), 1, 5,
                                                           QStringLiteral("fail.$index$"), QString());
    QVERIFY2(dialog->resultLabel()->text().contains(sentence), qPrintable(dialog->resultLabel()->text()));
    QVERIFY(!dialog->resultLabel()->text().contains(QStringLiteral("failedCoSpaceUriConflict")));
    QVERIFY2(dialog->resultLabel()->text().contains(QStringLiteral("undone")), qPrintable(dialog->resultLabel()->text()));
    // Rolled back: no parameter set, no placeholder left; the pane lists no such pool.
    QCOMPARE(m_cluster->store().table(kSets).ordered().size(), sets);
    QCOMPARE(int(m_cluster->store().table(kSpaces).ordered().size()), spaces);
    QTRY_VERIFY_WITH_TIMEOUT(!m_pane->isReading(), 20000);
    QCOMPARE(m_pane->poolChooser()->findData(QStringLiteral("Fail_$index$")), -1);
    dialog->close();
}

QTEST_MAIN(TestMeetingsPane)
void TestMeetingsPane::schedulerSetUpOpensFromTheMeetingsMenu()
{
    QPointer<QDialog> opened;
    QObject context;
    connect(m_pane.get(), &MeetingsPane::dialogOpened, &context, [&opened](QDialog *d) { opened = d; });
    QTRY_VERIFY(m_pane->schedulerAction()->isEnabled());
    QVERIFY(m_pane->actions().contains(m_pane->schedulerAction()));
    m_pane->schedulerAction()->trigger();
    auto *assistant = qobject_cast<SchedulerAssistant *>(opened.data());
    QVERIFY(assistant);
    QCOMPARE(assistant->currentPage(), SchedulerAssistant::Page::Readiness);
    assistant->reject();
    QTRY_VERIFY(!opened);
}

#include "tst_meetingspane.moc"
