// "Why can't my guests get in?" on real widgets against the simulator: spaces set up right with each
// pattern (GuestHostOperation), then broken on the simulator's side. The dialog opens from the Spaces
// pane (its shortcut, its context menu, the Spaces menu) on the current space; a space set up right
// says it is fine and names its pattern; four misconfigurations are each shown in words with what the
// fix does (one to be fixed by hand); one is fixed from the keyboard (Enter on the row shows the steps
// while the store is untouched, Alt+R runs them) and the store then holds the fix and the dialog,
// checking again, says the space is fine; a write failing midway through a fix leaves the store
// exactly as it was and the dialog says the fix was undone.
#include "guesthost/guesthostcheckdialog.h"

#include "clientendpoints.h"
#include "cluster/clustersession.h"
#include "configstore.h"
#include "diagnostics/activitylog.h"
#include "net/connection.h"
#include "operations/configstepsoperation.h"
#include "operations/guesthostoperation.h"
#include "simbridge.h"
#include "simcluster.h"
#include "simtestclient.h"
#include "spaces/spacesmodel.h"
#include "spaces/spacespane.h"
#include "spaces/spacessection.h"
#include "testsession.h"
#include "typeschema.h"

#include <QAccessible>
#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QtTest>

using namespace views;
using Pattern = cms::GuestHostSettings::Pattern;
using Outcome = cms::OperationResult::Outcome;

namespace {

const QString kHostJid = QStringLiteral("host.user@example.com");

cms::GuestHostSettings settingsFor(Pattern pattern, int tag)
{
    cms::GuestHostSettings s;
    s.pattern = pattern;
    s.spaceName = QStringLiteral("Room %1").arg(tag);
    s.spaceUri = QStringLiteral("room%1").arg(tag);
    s.spaceCallId = QStringLiteral("%1000").arg(tag);
    switch (pattern) {
    case Pattern::DifferentUri:
        s.hostUri = QStringLiteral("room%1.host").arg(tag);
        s.hostCallId = QStringLiteral("%1001").arg(tag);
        break;
    case Pattern::SamePinDiffers:
        s.hostCallId = QStringLiteral("%1001").arg(tag);
        s.guestPin = QStringLiteral("789");
        s.hostPin = QStringLiteral("1234");
        break;
    case Pattern::EmptyGuestPin:
        s.hostCallId = QStringLiteral("%1001").arg(tag);
        s.hostPin = QStringLiteral("1234");
        s.passcodeMode = QStringLiteral("required");
        break;
    case Pattern::HostIsMember:
        s.hostJid = kHostJid;
        break;
    }
    return s;
}

QStringList column(const QTableWidget *table, int column)
{
    QStringList out;
    for (int row = 0; row < table->rowCount(); ++row)
        out << table->item(row, column)->text();
    return out;
}

} // namespace

class TestGuestHostCheckDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void cleanup();
    void aSpaceSetUpRightIsFineAndNamesItsPattern();
    void thePatternMeantIsChosenFromTheKeyboard();
    void eachMisconfigurationIsShownInWords_data();
    void eachMisconfigurationIsShownInWords();
    void aProblemIsFixedFromTheKeyboard();
    void aFailureDuringAFixLeavesTheStoreAsItWas();

private:
    QString setUp(Pattern pattern);
    void put(const QString &path, const QMap<QString, QString> &form);
    GuestHostCheckDialog *openFromPane(const QString &spaceId);
    cms::Connection &connection() const { return *m_test->session->connection(); }

    std::unique_ptr<cmssim::SimCluster> m_cluster;
    std::unique_ptr<TestSession> m_test;
    std::unique_ptr<cms::ActivityLog> m_log;
    std::unique_ptr<SpacesSection> m_section;
    QPointer<GuestHostCheckDialog> m_dialog;
    int m_tag = 10;
};

void TestGuestHostCheckDialog::initTestCase()
{
    cmssim::ClusterOptions options;
    options.bridgeCount = 1;   // one bridge: the write that fails is the fix's
    m_cluster = startTestCluster(options);
    QVERIFY(m_cluster);
    auto user = std::make_unique<cmssim::ConfigObject>();
    user->id = m_cluster->ids().guid();
    user->fields.insert(QStringLiteral("userJid"), kHostJid);
    user->fields.insert(QStringLiteral("name"), QStringLiteral("Host User"));
    m_cluster->store().table(QStringLiteral("users")).insert(std::move(user));
    QString error;
    m_test = TestSession::open(*m_cluster, {}, &error);
    QVERIFY2(m_test, qPrintable(error));
    connection().transport().setBusyRetries(0, 0);
    m_log = std::make_unique<cms::ActivityLog>();
    m_section = std::make_unique<SpacesSection>(*m_log);
    m_section->widget()->resize(1000, 700);
    m_section->setCurrentCluster(m_test->session);
    m_section->widget()->show();
    QVERIFY(QTest::qWaitForWindowActive(m_section->widget()));
}

void TestGuestHostCheckDialog::cleanupTestCase()
{
    delete m_dialog;
    m_section.reset();
    m_test.reset();
    m_cluster.reset();
}

void TestGuestHostCheckDialog::cleanup()
{
    if (m_dialog) {
        m_dialog->reject();
        delete m_dialog;
    }
}

// A new space with the pattern applied the way the wizard and cmsctl apply it.
QString TestGuestHostCheckDialog::setUp(Pattern pattern)
{
    cms::GuestHostOperation apply(connection(), settingsFor(pattern, ++m_tag));
    apply.execute();
    if (!QTest::qWaitFor([&] { return apply.isFinished(); }, 20000) || !apply.result().succeeded())
        qWarning("apply failed: %s", qPrintable(apply.result().message));
    return apply.spaceId();
}

void TestGuestHostCheckDialog::put(const QString &path, const QMap<QString, QString> &form)
{
    SimTestClient client(*m_cluster, kTestUser, kTestPassword);
    const HttpResult r = client.put(0, path, form);
    QVERIFY2(r.status == 200, qPrintable(QString::fromUtf8(r.body)));
}

// The space made current in the Spaces pane, and the check opened with its shortcut as a user would.
GuestHostCheckDialog *TestGuestHostCheckDialog::openFromPane(const QString &spaceId)
{
    auto *pane = qobject_cast<SpacesPane *>(m_section->widget());
    auto *view = pane->findChild<QTableView *>(QStringLiteral("spacesView"));
    pane->refreshAction()->trigger();
    const bool selected = QTest::qWaitFor([&] {
        pane->selectSpaces({spaceId});   // once the list, read again, has it
        return pane->selectedSpaceIds() == QStringList{spaceId};
    }, 10000);
    if (!selected) {
        qWarning("the space is not in the list");
        return nullptr;
    }
    // Once the list is read again (the refresh above) the action applies to the current space.
    const bool onTheSpace = QTest::qWaitFor([&] {
        return pane->checkGuestAccessAction()->isEnabled()
            && view->currentIndex().data(models::SpacesModel::SpaceIdRole).toString() == spaceId;
    }, 10000);
    if (!onTheSpace) {
        qWarning("the action is not enabled on the space");
        return nullptr;
    }
    QSignalSpy opened(m_section.get(), &Section::dialogOpened);
    pane->activateWindow();   // back from the dialog of the test before
    if (!QTest::qWaitForWindowActive(pane))
        return nullptr;
    view->setFocus();
    QTest::keyClick(view, Qt::Key_K, Qt::ControlModifier | Qt::ShiftModifier);
    if (opened.count() != 1) {
        qWarning("the shortcut opened no dialog");
        return nullptr;
    }
    m_dialog = qobject_cast<GuestHostCheckDialog *>(opened.first().at(0).value<QDialog *>());
    if (m_dialog) {
        QSignalSpy checked(m_dialog.data(), &GuestHostCheckDialog::checked);
        if (!checked.wait(20000))
            return nullptr;
    }
    return m_dialog;
}

void TestGuestHostCheckDialog::aSpaceSetUpRightIsFineAndNamesItsPattern()
{
    // Reachable from the context menu and the Spaces menu too.
    auto *pane = qobject_cast<SpacesPane *>(m_section->widget());
    QVERIFY(pane->findChild<QTableView *>(QStringLiteral("spacesView"))->actions().contains(pane->checkGuestAccessAction()));
    QVERIFY(m_section->menuActions().contains(pane->checkGuestAccessAction()));

    const QString spaceId = setUp(Pattern::SamePinDiffers);
    QVERIFY(!spaceId.isEmpty());
    GuestHostCheckDialog *dialog = openFromPane(spaceId);
    QVERIFY(dialog);
    QVERIFY(dialog->diagnosis().isFine());
    QVERIFY2(dialog->patternLabel()->text().endsWith(QStringLiteral("Pattern: One URI, a guest PIN and a host PIN.")),
             qPrintable(dialog->patternLabel()->text()));
    QVERIFY2(dialog->statusLabel()->text().startsWith(QStringLiteral("No problem found")), qPrintable(dialog->statusLabel()->text()));
    QVERIFY(dialog->problemsView()->isHidden());
    QVERIFY(dialog->fixButton()->isHidden());
    QVERIFY(dialog->runButton()->isHidden());
}

// Said to be meant for pattern 3, a pattern 2 space shows that it follows another pattern and the
// check of pattern 3 (no passcodeMode); back to "the pattern it follows", it is fine again.
void TestGuestHostCheckDialog::thePatternMeantIsChosenFromTheKeyboard()
{
    const QString spaceId = setUp(Pattern::SamePinDiffers);
    QVERIFY(!spaceId.isEmpty());
    GuestHostCheckDialog *dialog = openFromPane(spaceId);
    QVERIFY(dialog);
    QVERIFY(dialog->diagnosis().isFine());
    QComboBox *meant = dialog->intendedChoice();
    QVERIFY(!meant->accessibleDescription().isEmpty());
    QTest::keyClick(dialog, Qt::Key_M, Qt::AltModifier);   // its label's mnemonic
    QVERIFY(meant->hasFocus());

    QSignalSpy checked(dialog, &GuestHostCheckDialog::checked);
    for (int i = 0; i < 3; ++i)   // down to "3. One URI, no guest PIN and a host PIN"
        QTest::keyClick(meant, Qt::Key_Down);
    QCOMPARE(meant->currentData().toInt(), 3);
    QTRY_VERIFY_WITH_TIMEOUT(checked.count() >= 1 && dialog->diagnosis().intended.has_value(), 20000);
    QTRY_COMPARE_WITH_TIMEOUT(dialog->problemsView()->rowCount(), 2, 20000);
    QVERIFY2(dialog->problemsView()->item(0, 0)->text().contains(QStringLiteral("not “One URI, no guest PIN and a host PIN” as it is meant to")),
             qPrintable(dialog->problemsView()->item(0, 0)->text()));
    QVERIFY(dialog->problemsView()->item(1, 0)->text().contains(QStringLiteral("passcodeMode")));

    for (int i = 0; i < 3; ++i)
        QTest::keyClick(meant, Qt::Key_Up);
    QCOMPARE(meant->currentData().toInt(), 0);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->diagnosis().intended && dialog->diagnosis().isFine(), 20000);
}

void TestGuestHostCheckDialog::eachMisconfigurationIsShownInWords_data()
{
    QTest::addColumn<int>("pattern");
    QTest::addColumn<QString>("breaking");
    QTest::addColumn<QString>("problem");
    QTest::addColumn<QString>("fix");
    QTest::newRow("non-members shut out") << 1 << "nonMembersShutOut"
        << "The space does not let non-members in (nonMemberAccess=false): guests cannot join at all."
        << "Let non-members join the space (nonMemberAccess=true).";
    QTest::newRow("host access method without profile") << 2 << "hostMethodNoProfile"
        << "has no call leg profile, so it takes the space's guest profile: hosts who join through it wait in the lobby like guests."
        << "Give the access method a host call leg profile (needsActivation=false).";
    QTest::newRow("pattern 3 without passcodeMode") << 3 << "noPasscodeMode"
        << "Guests have no PIN, but the space's call profile does not set passcodeMode: SIP guests are asked for a PIN they do not have."
        << "Give the space a call profile with passcodeMode=required (guests press # for an empty PIN).";
    QTest::newRow("no way in for hosts") << 1 << "hostMethodGone"
        << "Guests wait in the lobby for a host, but the space has no access method and no member for hosts: nobody can let them in."
        << "By hand: Apply one of the four patterns to the space";
}

void TestGuestHostCheckDialog::eachMisconfigurationIsShownInWords()
{
    QFETCH(int, pattern);
    QFETCH(QString, breaking);
    QFETCH(QString, problem);
    QFETCH(QString, fix);
    const QString spaceId = setUp(Pattern(pattern));
    QVERIFY(!spaceId.isEmpty());
    const QString spacePath = QStringLiteral("coSpaces/") + spaceId;
    const cmssim::ObjectTable *methods = m_cluster->store().findTable(QStringLiteral("accessMethods"), spaceId);
    const QString methodPath = methods && methods->size() > 0
        ? spacePath + QStringLiteral("/accessMethods/") + methods->ordered().front()->id : QString();
    if (breaking == u"nonMembersShutOut") {
        put(spacePath, {{QStringLiteral("nonMemberAccess"), QStringLiteral("false")}});
    } else if (breaking == u"hostMethodNoProfile") {
        put(methodPath, {{QStringLiteral("callLegProfile"), QString()}});
    } else if (breaking == u"noPasscodeMode") {
        const cmssim::ConfigObject *space = m_cluster->store().find(QStringLiteral("coSpaces"), spaceId);
        QVERIFY(space);
        put(QStringLiteral("callProfiles/") + space->fields.value(QStringLiteral("callProfile")),
            {{QStringLiteral("passcodeMode"), QString()}});
    } else if (breaking == u"hostMethodGone") {
        SimTestClient client(*m_cluster, kTestUser, kTestPassword);
        QCOMPARE(client.del(0, methodPath).status, 200);
    }
    if (QTest::currentTestFailed())
        return;

    GuestHostCheckDialog *dialog = openFromPane(spaceId);
    QVERIFY(dialog);
    QTableWidget *problems = dialog->problemsView();
    QVERIFY(problems->isVisible());
    QCOMPARE(problems->rowCount(), 1);
    QVERIFY2(column(problems, 0).first().endsWith(problem), qPrintable(column(problems, 0).first()));
    QVERIFY2(column(problems, 1).first().startsWith(fix), qPrintable(column(problems, 1).first()));
    QCOMPARE(dialog->statusLabel()->text().left(18), QStringLiteral("1 problem(s) found"));
    // A screen reader reads the rows and their cells.
    QAccessibleInterface *table = QAccessible::queryAccessibleInterface(problems);
    QVERIFY(table && table->tableInterface());
    QCOMPARE(table->tableInterface()->rowCount(), 1);
    QCOMPARE(table->tableInterface()->columnCount(), 2);
    QVERIFY(table->tableInterface()->cellAt(0, 0)->text(QAccessible::Name).endsWith(problem));
    // Without fix steps, there is nothing to run: the row says what to do by hand.
    const bool byHand = fix.startsWith(QStringLiteral("By hand"));
    QCOMPARE(dialog->fixButton()->isEnabled(), !byHand);
    // Hosts without a way in: the space follows none of the patterns, and the line says why.
    const QString patternLine = dialog->patternLabel()->text();
    QVERIFY2(patternLine.contains(QStringLiteral("Pattern: ")), qPrintable(patternLine));
    QCOMPARE(patternLine.contains(QStringLiteral("Pattern: none of the four. Nothing tells hosts from guests")), byHand);
}

void TestGuestHostCheckDialog::aProblemIsFixedFromTheKeyboard()
{
    // Pattern 4: the host's member loses its host profile, and waits with the guests.
    const QString spaceId = setUp(Pattern::HostIsMember);
    QVERIFY(!spaceId.isEmpty());
    const cmssim::ObjectTable *members = m_cluster->store().findTable(QStringLiteral("coSpaceUsers"), spaceId);
    QVERIFY(members && members->size() == 1);
    const QString memberId = members->ordered().front()->id;
    put(QStringLiteral("coSpaces/%1/coSpaceUsers/%2").arg(spaceId, memberId), {{QStringLiteral("callLegProfile"), QString()}});

    GuestHostCheckDialog *dialog = openFromPane(spaceId);
    QVERIFY(dialog);
    QCOMPARE(dialog->problemsView()->rowCount(), 1);
    QVERIFY(column(dialog->problemsView(), 0).first().contains(QStringLiteral("has no host call leg profile")));

    // Enter on the row: the steps, in words with their values, and nothing changed yet.
    const QStringList before = m_cluster->store().dump();
    QSignalSpy planShown(dialog, &GuestHostCheckDialog::planShown);
    dialog->problemsView()->setFocus();
    QTest::keyClick(dialog->problemsView(), Qt::Key_Return);
    QVERIFY(planShown.count() == 1 || planShown.wait(5000));
    QVERIFY(dialog->planList()->isVisible());
    QCOMPARE(dialog->planList()->count(), 1);
    const QString step = dialog->planList()->item(0)->text();
    QVERIFY2(step.contains(QStringLiteral("callLegProfile")) && step.contains(memberId), qPrintable(step));
    QCOMPARE(m_cluster->store().dump(), before);

    QSignalSpy finished(dialog, &GuestHostCheckDialog::fixFinished);
    QSignalSpy checked(dialog, &GuestHostCheckDialog::checked);
    QTest::keyClick(dialog, Qt::Key_R, Qt::AltModifier);
    QVERIFY(finished.count() == 1 || finished.wait(20000));
    QVERIFY(finished.first().at(0).value<cms::OperationResult>().succeeded());
    QVERIFY2(dialog->resultLabel()->text().startsWith(QStringLiteral("Fixed:")), qPrintable(dialog->resultLabel()->text()));

    // The store: the member has a profile that lets it start the meeting.
    const cmssim::ConfigObject *member = m_cluster->store().find(QStringLiteral("coSpaceUsers"), memberId, spaceId);
    QVERIFY(member);
    const cmssim::ConfigObject *profile = m_cluster->store().find(QStringLiteral("callLegProfiles"),
                                                                   member->fields.value(QStringLiteral("callLegProfile")));
    QVERIFY(profile);
    QCOMPARE(profile->fields.value(QStringLiteral("needsActivation")), QStringLiteral("false"));

    // Checked again: fine, and the outcome of the fix stays shown.
    QVERIFY(checked.count() == 1 || checked.wait(20000));
    QVERIFY(dialog->diagnosis().isFine());
    QVERIFY(dialog->patternLabel()->text().endsWith(QStringLiteral("Pattern: The host is a member of the space.")));
    QVERIFY(dialog->statusLabel()->text().startsWith(QStringLiteral("No problem found")));
    QVERIFY(dialog->resultLabel()->text().startsWith(QStringLiteral("Fixed:")));
}

void TestGuestHostCheckDialog::aFailureDuringAFixLeavesTheStoreAsItWas()
{
    // Pattern 1 whose guest profile lets guests start the meeting: the fix creates a guest profile,
    // then points the space at it. The second write fails, so the created profile must go again.
    const QString spaceId = setUp(Pattern::DifferentUri);
    QVERIFY(!spaceId.isEmpty());
    const cmssim::ConfigObject *space = m_cluster->store().find(QStringLiteral("coSpaces"), spaceId);
    QVERIFY(space);
    put(QStringLiteral("callLegProfiles/") + space->fields.value(QStringLiteral("callLegProfile")),
        {{QStringLiteral("needsActivation"), QStringLiteral("false")}});

    GuestHostCheckDialog *dialog = openFromPane(spaceId);
    QVERIFY(dialog);
    QCOMPARE(dialog->problemsView()->rowCount(), 1);
    QSignalSpy planShown(dialog, &GuestHostCheckDialog::planShown);
    QTest::mouseClick(dialog->fixButton(), Qt::LeftButton);
    QVERIFY(planShown.count() == 1 || planShown.wait(5000));
    QCOMPARE(dialog->planList()->count(), 2);

    const QStringList before = m_cluster->store().dump();
    m_cluster->bridge(0).faults().writesBeforeFailure = 1;
    QSignalSpy finished(dialog, &GuestHostCheckDialog::fixFinished);
    QSignalSpy checked(dialog, &GuestHostCheckDialog::checked);
    QTest::mouseClick(dialog->runButton(), Qt::LeftButton);
    dialog->reject();   // refused while the fix runs
    QVERIFY(dialog->isVisible());
    QVERIFY(finished.count() == 1 || finished.wait(20000));
    m_cluster->bridge(0).faults().writesBeforeFailure = -1;
    const auto result = finished.first().at(0).value<cms::OperationResult>();
    QCOMPARE(result.outcome, Outcome::RolledBack);
    QCOMPARE(result.failedStep, 1);
    QVERIFY2(dialog->resultLabel()->text().startsWith(QStringLiteral("The fix failed and was undone: the space is as it was.")),
             qPrintable(dialog->resultLabel()->text()));
    QCOMPARE(m_cluster->store().dump(), before);
    // Checked again: the problem is still there.
    QVERIFY(checked.count() == 1 || checked.wait(20000));
    QCOMPARE(dialog->problemsView()->rowCount(), 1);
}

QTEST_MAIN(TestGuestHostCheckDialog)
#include "tst_guesthostcheckdialog.moc"
