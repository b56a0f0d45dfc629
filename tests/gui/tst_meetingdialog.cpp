// The meeting dialog (issue 15, item 2) on real widgets against the simulator, two call bridges, a
// pool of five placeholders: a meeting started from the keyboard with three addresses (a wrong one
// refused at its line first, nothing sent), the plan shown with the passcode masked while the store
// is untouched, each leg's progress in the table, and the space's fields and the call checked on the
// simulator's side; extended (name changed, passcode and secret kept); ended (placeholder name back,
// new secret, call gone); a write failing at a dial step shows the step, what was undone and each
// leg's fate, the store exactly as before; a call bridge that goes down between preview and run is
// reported, the meeting not started elsewhere; addresses pasted or read from a file one per line;
// a saved address list survives a new dialog and is deleted, and the passcode never reaches the
// settings.
#include "meetings/meetingdialog.h"

#include "meetings/addresslistedit.h"
#include "meetings/addresslists.h"
#include "meetings/meetinglegsmodel.h"
#include "meetings/pooloperations.h"

#include "cluster/clustersession.h"
#include "configstore.h"
#include "livestate.h"
#include "net/connection.h"
#include "simbridge.h"
#include "simcluster.h"
#include "simtestclient.h"
#include "testsession.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QGuiApplication>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QtTest>

using namespace views;
using Outcome = cms::OperationResult::Outcome;
using LegState = MeetingLegsModel::LegState;

namespace {

const QString kSpaces = QStringLiteral("coSpaces");
const QString kPasscode = QStringLiteral("73915");

cms::PlaceholderPool tmsPool()
{
    cms::PlaceholderPool pool;
    pool.nameMapping = QStringLiteral("TMS_Scheduled_Meeting_$index$");
    pool.uriMapping = QStringLiteral("tms.meeting.$index$");
    pool.callIdMapping = QStringLiteral("8800$index$");
    return pool;
}

QStringList planLines(const QListWidget *list)
{
    QStringList out;
    for (int i = 0; i < list->count(); ++i)
        out << list->item(i)->text();
    return out;
}

} // namespace

class TestMeetingDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void cleanup();
    void startFromTheKeyboardWithThreeAddresses();
    void extendKeepsPasscodeAndSecret();
    void endPutsThePlaceholderBack();
    void aFailedDialIsUndoneAndShown();
    void aBridgeThatFailsIsReportedNotMoved();
    void addressesPastedOrFromAFileOnePerLine();
    void savedListRoundTripWithoutThePasscode();

private:
    MeetingDialog *open(MeetingDialog::Mode mode, int placeholder);
    const cmssim::ConfigObject *placeholder(int index);
    QString placeholderId(int index) { return placeholder(index) ? placeholder(index)->id : QString(); }
    int callsOn(int bridge) { return int(m_cluster->bridge(bridge).live().callOrder().size()); }
    cms::Connection &connection() const { return *m_test->session->connection(); }

    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<cmssim::SimCluster> m_cluster;
    std::unique_ptr<TestSession> m_test;
    QPointer<MeetingDialog> m_dialog;
    QString m_meetingSecret;
};

void TestMeetingDialog::initTestCase()
{
    cmssim::ClusterOptions options;
    options.bridgeCount = 2;
    m_cluster = startTestCluster(options);
    QVERIFY(m_cluster);
    QString error;
    m_test = TestSession::open(*m_cluster, {.endpointCount = 2}, &error);
    QVERIFY2(m_test, qPrintable(error));
    connection().transport().setBusyRetries(0, 0);
    cms::PoolAddRangeOperation pool(connection(), cms::PoolAddRangeOperation::Mode::Create, tmsPool(), 5, 1);
    pool.execute();
    QTRY_VERIFY_WITH_TIMEOUT(pool.isFinished(), 30000);
    QVERIFY2(pool.result().succeeded(), qPrintable(pool.result().message));
    QVERIFY(m_dir.isValid());
    m_settings = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("console.ini")), QSettings::IniFormat);
}

void TestMeetingDialog::cleanupTestCase()
{
    m_test.reset();
    m_cluster.reset();
}

void TestMeetingDialog::cleanup()
{
    delete m_dialog;
    for (int bridge = 0; bridge < m_cluster->bridgeCount(); ++bridge) {
        m_cluster->bridge(bridge).faults().writesBeforeFailure = -1;
        m_cluster->setLatency(bridge, 0);
    }
}

const cmssim::ConfigObject *TestMeetingDialog::placeholder(int index)
{
    for (const cmssim::ConfigObject *space : m_cluster->store().table(kSpaces).ordered()) {
        if (space->value(QStringLiteral("uri")) == QStringLiteral("tms.meeting.%1").arg(index))
            return space;
    }
    return nullptr;
}

MeetingDialog *TestMeetingDialog::open(MeetingDialog::Mode mode, int index)
{
    delete m_dialog;
    m_dialog = new MeetingDialog(connection(), mode, placeholderId(index), QStringLiteral("TMS_Scheduled_Meeting_%1").arg(index));
    m_dialog->setSettings(m_settings.get());
    m_dialog->show();
    if (!QTest::qWaitForWindowActive(m_dialog))
        return nullptr;
    return m_dialog;
}

void TestMeetingDialog::startFromTheKeyboardWithThreeAddresses()
{
    MeetingDialog *dialog = open(MeetingDialog::Mode::Start, 3);
    QVERIFY(dialog);
    const QString placeholderSecret = placeholder(3)->value(QStringLiteral("secret"));
    const QStringList before = m_cluster->store().dump();
    // The bridges: the console's choice first, then each of the session's.
    QCOMPARE(dialog->bridgeChoice()->count(), 3);
    QCOMPARE(dialog->bridgeChoice()->currentData().toInt(), -1);

    QTest::keyClick(dialog, Qt::Key_N, Qt::AltModifier);
    QCOMPARE(QApplication::focusWidget(), dialog->nameEdit());
    QTest::keyClicks(dialog->nameEdit(), QStringLiteral("Board meeting"));
    QTest::keyClick(dialog, Qt::Key_P, Qt::AltModifier);
    QCOMPARE(QApplication::focusWidget(), dialog->passcodeEdit());
    QTest::keyClicks(dialog->passcodeEdit(), kPasscode);
    QCOMPARE(dialog->passcodeEdit()->echoMode(), QLineEdit::Password);
    // A mnemonic clicks its button a moment later, as a person sees the button pressed.
    QTest::keyClick(dialog, Qt::Key_H, Qt::AltModifier);   // show it
    QTRY_COMPARE(dialog->passcodeEdit()->echoMode(), QLineEdit::Normal);
    QTest::keyClick(dialog, Qt::Key_H, Qt::AltModifier);
    QTRY_COMPARE(dialog->passcodeEdit()->echoMode(), QLineEdit::Password);
    dialog->passcodeEdit()->setFocus();
    QTest::keyClick(dialog, Qt::Key_A, Qt::AltModifier);
    QCOMPARE(QApplication::focusWidget(), dialog->addressEdit());
    QTest::keyClicks(dialog->addressEdit(), QStringLiteral("alice@example.com"));
    QTest::keyClick(dialog->addressEdit(), Qt::Key_Return);
    QTest::keyClicks(dialog->addressEdit(), QStringLiteral("bob@@example.com"));
    QTest::keyClick(dialog->addressEdit(), Qt::Key_Return);
    QTest::keyClicks(dialog->addressEdit(), QStringLiteral("carol@example.com"));

    // The wrong one is said at its line, and the preview refused with the cursor put on it.
    QVERIFY(dialog->addressProblemsLabel()->isVisible());
    QVERIFY2(dialog->addressProblemsLabel()->text().contains(QStringLiteral("Line 2:")), qPrintable(dialog->addressProblemsLabel()->text()));
    QCOMPARE(dialog->addressEdit()->problems().size(), 1);
    QTest::keyClick(dialog, Qt::Key_R, Qt::AltModifier);
    QTRY_VERIFY(dialog->statusLabel()->text().startsWith(QStringLiteral("An address cannot be dialled")));
    QVERIFY(dialog->planList()->isHidden());
    QVERIFY(!dialog->operation());
    QCOMPARE(QApplication::focusWidget(), dialog->addressEdit());
    QCOMPARE(dialog->addressEdit()->textCursor().blockNumber(), 1);
    QVERIFY(!dialog->statusLabel()->text().isEmpty());

    // Corrected in place.
    QTest::keyClick(dialog->addressEdit(), Qt::Key_End, Qt::ShiftModifier);
    QTest::keyClicks(dialog->addressEdit(), QStringLiteral("bob@example.com"));
    QVERIFY(dialog->addressProblemsLabel()->isHidden());
    QCOMPARE(dialog->addressEdit()->addresses(),
             (QStringList{QStringLiteral("alice@example.com"), QStringLiteral("bob@example.com"), QStringLiteral("carol@example.com")}));

    QSignalSpy planned(dialog, &MeetingDialog::planShown);
    QTest::keyClick(dialog, Qt::Key_R, Qt::AltModifier);
    QVERIFY(planned.wait(20000));
    const QStringList plan = planLines(dialog->planList());
    QCOMPARE(plan.size(), 5);   // the space, the call, three calls out
    for (const QString &line : plan)
        QVERIFY2(!line.contains(kPasscode), qPrintable(line));
    QVERIFY2(plan.at(0).contains(QStringLiteral("passcode •••")), qPrintable(plan.at(0)));
    QVERIFY(plan.at(4).contains(QStringLiteral("carol@example.com")));
    QCOMPARE(m_cluster->store().dump(), before);   // nothing sent yet
    QVERIFY(dialog->runButton()->isVisible() && dialog->runButton()->isEnabled());
    QCOMPARE(QApplication::focusWidget(), dialog->runButton());

    QAbstractItemModelTester tester(dialog->legsModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy finished(dialog, &MeetingDialog::runFinished);
    QSignalSpy changed(dialog, &MeetingDialog::meetingChanged);
    // Replies slowed down, so that the run is still under way when it is looked at (the mnemonic clicks
    // 100 ms later, and the simulator could finish every step between two looks).
    for (int bridge = 0; bridge < m_cluster->bridgeCount(); ++bridge)
        m_cluster->setLatency(bridge, 100);
    QTest::keyClick(dialog, Qt::Key_S, Qt::AltModifier);
    QTRY_VERIFY(dialog->isRunning());
    QVERIFY(dialog->legsView()->isVisible());
    QCOMPARE(dialog->legsModel()->rowCount(), 3);
    QTest::keyClick(dialog, Qt::Key_Escape);   // refused while the run is under way
    QVERIFY(dialog->isVisible());
    QVERIFY(finished.wait(30000));
    const auto result = finished.first().at(0).value<cms::OperationResult>();
    QVERIFY2(result.succeeded(), qPrintable(result.message));
    QCOMPARE(changed.count(), 1);
    QVERIFY2(dialog->resultLabel()->text().contains(QStringLiteral("Done:")), qPrintable(dialog->resultLabel()->text()));
    for (int row = 0; row < 3; ++row) {
        const LegState state = dialog->legsModel()->state(row);
        QVERIFY2(state == LegState::Connected || state == LegState::Ringing || state == LegState::Dialling,
                 qPrintable(dialog->legsModel()->detail(row)));
        QVERIFY(dialog->legsModel()->detail(row).contains(dialog->addressEdit()->addresses().at(row)));
    }
    QVERIFY(!dialog->runButton()->isVisible());
    QVERIFY(!dialog->previewButton()->isEnabled());

    const cmssim::ConfigObject *space = placeholder(3);
    QCOMPARE(space->value(QStringLiteral("name")), QStringLiteral("Board meeting"));
    QCOMPARE(space->value(QStringLiteral("passcode")), kPasscode);
    QCOMPARE(space->value(QStringLiteral("nonMemberAccess")), QStringLiteral("true"));
    m_meetingSecret = space->value(QStringLiteral("secret"));
    QVERIFY(!m_meetingSecret.isEmpty() && m_meetingSecret != placeholderSecret);
    QCOMPARE(callsOn(0), 1);   // the active bridge
    QCOMPARE(callsOn(1), 0);
    const cmssim::LiveCall *call = m_cluster->bridge(0).live().callForSpace(space->id);
    QVERIFY(call);
    QCOMPARE(call->participantIds.size(), size_t(3));

    QTest::keyClick(dialog, Qt::Key_Escape);
    QTRY_VERIFY(!dialog->isVisible());
}

void TestMeetingDialog::extendKeepsPasscodeAndSecret()
{
    QVERIFY(!m_meetingSecret.isEmpty());   // the meeting started above
    MeetingDialog *dialog = open(MeetingDialog::Mode::Extend, 3);
    QVERIFY(dialog);
    QVERIFY(!dialog->bridgeChoice() && !dialog->addressEdit());
    QTest::keyClick(dialog, Qt::Key_N, Qt::AltModifier);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Board meeting (extended)"));
    QSignalSpy planned(dialog, &MeetingDialog::planShown);
    QTest::keyClick(dialog, Qt::Key_R, Qt::AltModifier);
    QVERIFY(planned.wait(20000));
    const QStringList plan = planLines(dialog->planList());
    QCOMPARE(plan.size(), 2);   // the call checked, the space sent again
    QVERIFY2(plan.at(1).contains(QStringLiteral("passcode •••")), qPrintable(plan.at(1)));   // kept, never removed
    QVERIFY(!plan.join(QLatin1Char(' ')).contains(kPasscode));
    QSignalSpy finished(dialog, &MeetingDialog::runFinished);
    QSignalSpy changed(dialog, &MeetingDialog::meetingChanged);
    QTest::keyClick(dialog, Qt::Key_E, Qt::AltModifier);
    QVERIFY(finished.wait(20000));
    QVERIFY2(finished.first().at(0).value<cms::OperationResult>().succeeded(), qPrintable(dialog->resultLabel()->text()));
    QCOMPARE(changed.count(), 1);
    const cmssim::ConfigObject *space = placeholder(3);
    QCOMPARE(space->value(QStringLiteral("name")), QStringLiteral("Board meeting (extended)"));
    QCOMPARE(space->value(QStringLiteral("passcode")), kPasscode);
    QCOMPARE(space->value(QStringLiteral("secret")), m_meetingSecret);   // the invitations stay valid
    QCOMPARE(callsOn(0), 1);
}

void TestMeetingDialog::endPutsThePlaceholderBack()
{
    QVERIFY(!m_meetingSecret.isEmpty());
    MeetingDialog *dialog = open(MeetingDialog::Mode::End, 3);
    QVERIFY(dialog);
    // The plan is shown at once, with the name the pool gives the placeholder filled in.
    QSignalSpy planned(dialog, &MeetingDialog::planShown);
    QVERIFY(planned.count() || planned.wait(20000));
    QCOMPARE(dialog->nameEdit()->text(), QStringLiteral("TMS_Scheduled_Meeting_3"));
    QCOMPARE(dialog->planList()->count(), 2);   // the placeholder put back, the call ended
    QVERIFY(dialog->planList()->item(0)->text().contains(QStringLiteral("a new secret")));
    QVERIFY(dialog->runButton()->isEnabled());
    QSignalSpy finished(dialog, &MeetingDialog::runFinished);
    QTest::keyClick(dialog, Qt::Key_E, Qt::AltModifier);
    QVERIFY(finished.wait(20000));
    QVERIFY2(finished.first().at(0).value<cms::OperationResult>().succeeded(), qPrintable(dialog->resultLabel()->text()));
    const cmssim::ConfigObject *space = placeholder(3);
    QCOMPARE(space->value(QStringLiteral("name")), QStringLiteral("TMS_Scheduled_Meeting_3"));
    QCOMPARE(space->value(QStringLiteral("nonMemberAccess")), QStringLiteral("false"));
    QVERIFY(space->value(QStringLiteral("passcode")).isEmpty());
    const QString secret = space->value(QStringLiteral("secret"));
    QVERIFY(!secret.isEmpty() && secret != m_meetingSecret);
    QCOMPARE(callsOn(0), 0);
    QCOMPARE(callsOn(1), 0);
}

void TestMeetingDialog::aFailedDialIsUndoneAndShown()
{
    MeetingDialog *dialog = open(MeetingDialog::Mode::Start, 2);
    QVERIFY(dialog);
    dialog->nameEdit()->setText(QStringLiteral("Fragile meeting"));
    dialog->passcodeEdit()->setText(kPasscode);
    dialog->addressEdit()->setPlainText(QStringLiteral("alice@example.com\nbob@example.com\ncarol@example.com"));
    QSignalSpy planned(dialog, &MeetingDialog::planShown);
    dialog->previewButton()->click();
    QVERIFY(planned.wait(20000));
    QCOMPARE(dialog->operation()->stepCount(), 5);
    const QStringList before = m_cluster->store().dump();
    // The space's PUT, the call's POST and the first dial go through; the second dial fails.
    m_cluster->bridge(0).faults().writesBeforeFailure = 3;
    QSignalSpy finished(dialog, &MeetingDialog::runFinished);
    QSignalSpy changed(dialog, &MeetingDialog::meetingChanged);
    dialog->runButton()->click();
    QVERIFY(finished.wait(30000));
    const auto result = finished.first().at(0).value<cms::OperationResult>();
    QCOMPARE(result.outcome, Outcome::RolledBack);
    QCOMPARE(result.failedStep, 3);
    QCOMPARE(changed.count(), 0);
    const QString text = dialog->resultLabel()->text();
    QVERIFY2(text.contains(QStringLiteral("Step 4 of 5 failed")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("bob@example.com")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Undone, last step first:")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Nothing is left changed")), qPrintable(text));
    QCOMPARE(dialog->legsModel()->state(0), LegState::HungUp);
    QCOMPARE(dialog->legsModel()->state(1), LegState::Failed);
    QCOMPARE(dialog->legsModel()->state(2), LegState::NotDialled);
    QCOMPARE(m_cluster->store().dump(), before);   // the old secret is back too
    QCOMPARE(callsOn(0), 0);
    // The values stay, to try again; a new preview is needed.
    QVERIFY(dialog->nameEdit()->isEnabled());
    QVERIFY(!dialog->runButton()->isVisible());
    QVERIFY(dialog->previewButton()->isEnabled());
}

void TestMeetingDialog::aBridgeThatFailsIsReportedNotMoved()
{
    MeetingDialog *dialog = open(MeetingDialog::Mode::Start, 4);
    QVERIFY(dialog);
    dialog->nameEdit()->setText(QStringLiteral("On the second bridge"));
    dialog->addressEdit()->setPlainText(QStringLiteral("alice@example.com"));
    // The second bridge chosen from the keyboard.
    QTest::keyClick(dialog, Qt::Key_B, Qt::AltModifier);
    QCOMPARE(QApplication::focusWidget(), dialog->bridgeChoice());
    QTest::keyClick(dialog->bridgeChoice(), Qt::Key_Down);
    QTest::keyClick(dialog->bridgeChoice(), Qt::Key_Down);
    QCOMPARE(dialog->bridgeChoice()->currentData().toInt(), 1);
    QSignalSpy planned(dialog, &MeetingDialog::planShown);
    dialog->previewButton()->click();
    QVERIFY(planned.wait(20000));
    const QStringList before = m_cluster->store().dump();
    m_cluster->setDown(1, true);
    QSignalSpy finished(dialog, &MeetingDialog::runFinished);
    dialog->runButton()->click();
    QVERIFY(finished.wait(60000));
    m_cluster->setDown(1, false);
    const auto result = finished.first().at(0).value<cms::OperationResult>();
    QCOMPARE(result.outcome, Outcome::RolledBack);
    QCOMPARE(result.failedStep, 1);
    const QString text = dialog->resultLabel()->text();
    QVERIFY2(text.contains(QStringLiteral("CMS does not move running meetings")), qPrintable(text));
    QCOMPARE(callsOn(0), 0);   // not started on the other bridge
    QCOMPARE(m_cluster->store().dump(), before);
}

void TestMeetingDialog::addressesPastedOrFromAFileOnePerLine()
{
    MeetingDialog *dialog = open(MeetingDialog::Mode::Start, 5);
    QVERIFY(dialog);
    const QStringList three = {QStringLiteral("alice@example.com"), QStringLiteral("bob@example.com"), QStringLiteral("+33 1 23 45 67 89")};
    QGuiApplication::clipboard()->setText(QStringLiteral("alice@example.com, bob@example.com;+33 1 23 45 67 89\n"));
    if (QGuiApplication::clipboard()->text().isEmpty())
        QSKIP("no clipboard on this platform");
    dialog->addressEdit()->setFocus();
    dialog->addressEdit()->paste();
    QCOMPARE(dialog->addressEdit()->toPlainText(), three.join(QLatin1Char('\n')));
    QCOMPARE(dialog->addressEdit()->addresses().size(), 3);

    QFile file(m_dir.filePath(QStringLiteral("addresses.txt")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("carol@example.com; dave@example.com\nerin@exa_mple.com\n\n");
    file.close();
    dialog->loadAddressesFromFile(file.fileName());
    QCOMPARE(dialog->addressEdit()->toPlainText(),
             QStringLiteral("carol@example.com\ndave@example.com\nerin@exa_mple.com"));
    QVERIFY2(dialog->addressProblemsLabel()->text().contains(QStringLiteral("Line 3:")), qPrintable(dialog->addressProblemsLabel()->text()));
    dialog->loadAddressesFromFile(m_dir.filePath(QStringLiteral("missing.txt")));
    QVERIFY(dialog->statusLabel()->text().startsWith(QStringLiteral("The file could not be read")));
}

void TestMeetingDialog::savedListRoundTripWithoutThePasscode()
{
    MeetingDialog *dialog = open(MeetingDialog::Mode::Start, 5);
    QVERIFY(dialog);
    dialog->nameEdit()->setText(QStringLiteral("Weekly"));
    dialog->passcodeEdit()->setText(kPasscode);
    const QStringList team = {QStringLiteral("alice@example.com"), QStringLiteral("room7.example.com")};
    dialog->addressEdit()->setAddresses(team);
    QVERIFY(!dialog->loadListButton()->isEnabled());   // nothing saved yet
    dialog->saveListButton()->click();
    auto *ask = dialog->findChild<QInputDialog *>(QStringLiteral("meetingListName"));
    QVERIFY(ask);
    QTRY_VERIFY(ask->isVisible());
    ask->setTextValue(QStringLiteral("Weekly team"));
    ask->accept();
    QCOMPARE(dialog->savedListChoice()->currentText(), QStringLiteral("Weekly team"));
    QVERIFY(dialog->loadListButton()->isEnabled());
    // The meeting runs too, so that everything it has could have been written.
    QSignalSpy planned(dialog, &MeetingDialog::planShown);
    dialog->previewButton()->click();
    QVERIFY(planned.wait(20000));
    QSignalSpy finished(dialog, &MeetingDialog::runFinished);
    dialog->runButton()->click();
    QVERIFY(finished.wait(30000));
    delete m_dialog;

    // Another dialog, the settings read again from the file: the list is there.
    m_settings->sync();
    m_settings = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("console.ini")), QSettings::IniFormat);
    dialog = open(MeetingDialog::Mode::Start, 1);
    QVERIFY(dialog);
    QCOMPARE(dialog->savedListChoice()->count(), 1);
    QCOMPARE(dialog->savedListChoice()->currentText(), QStringLiteral("Weekly team"));
    QTest::keyClick(dialog, Qt::Key_O, Qt::AltModifier);   // Load List
    QTRY_COMPARE(dialog->addressEdit()->addresses(), team);

    // Nowhere in the settings is the passcode, nor the meeting's name.
    m_settings->sync();
    QFile ini(m_settings->fileName());
    QVERIFY(ini.open(QIODevice::ReadOnly));
    const QByteArray written = ini.readAll();
    QVERIFY(written.contains("room7.example.com"));
    QVERIFY(!written.contains(kPasscode.toUtf8()));
    QVERIFY(!written.contains(QByteArray(reinterpret_cast<const char *>(kPasscode.utf16()), kPasscode.size() * 2)));
    for (const QString &key : m_settings->allKeys())
        QVERIFY2(!m_settings->value(key).toString().contains(kPasscode) && !key.contains(kPasscode), qPrintable(key));

    QTest::keyClick(dialog, Qt::Key_D, Qt::AltModifier);   // Delete List
    QTRY_COMPARE(dialog->savedListChoice()->count(), 0);
    QVERIFY(!dialog->loadListButton()->isEnabled());
    QVERIFY(AddressLists(*m_settings).names().isEmpty());
    QCOMPARE(dialog->addressEdit()->addresses(), team);   // the addresses typed stay
}

QTEST_MAIN(TestMeetingDialog)
#include "tst_meetingdialog.moc"
