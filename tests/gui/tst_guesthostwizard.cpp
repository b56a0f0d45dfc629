// The guest and host access wizard (issue 14) on real widgets against the simulator: opened from the
// Spaces pane (tool bar, context menu, Ctrl+Shift+G) and the Spaces menu; a pattern chosen with the
// keyboard, its details typed, the plan shown while the store is untouched, the run, and the read-back
// with every expectation met, checked in the simulator's store; a second run on that space says
// nothing needs changing; a URI another space has is refused at its field; a write that fails midway
// says what failed and that everything was undone, and the store is as before; apply to many on three
// spaces gives one result each (two set up, one refused) and creates each profile once.
#include "cluster/clustersession.h"
#include "common/secondsspinbox.h"
#include "configapi.h"
#include "configstore.h"
#include "diagnostics/activitylog.h"
#include "operations/guesthostbatch.h"
#include "guesthost/guesthostdetailspage.h"
#include "guesthost/guesthostpatterndiagram.h"
#include "guesthost/guesthostpatternpage.h"
#include "guesthost/guesthostplanpage.h"
#include "guesthost/guesthostrunpage.h"
#include "guesthost/guesthostverifypage.h"
#include "guesthost/guesthostwizard.h"
#include "simbridge.h"
#include "simcluster.h"
#include "simtestclient.h"
#include "spaces/spacesmodel.h"
#include "spaces/spacespane.h"
#include "spaces/spacessection.h"
#include "testsession.h"
#include "typeschema.h"

#include <QAbstractButton>
#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QProgressBar>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTreeWidget>
#include <QtTest>

using namespace views;
using Pattern = cms::GuestHostSettings::Pattern;
namespace Field = cms::GuestHostField;

namespace {

const QString kHostJid = QStringLiteral("host.user@example.com");

QString create(cmssim::SimCluster &cluster, const QString &collection, const cmssim::Params &params, const QString &parentId = {})
{
    auto created = cluster.config().create(cmssim::TypeSchema::get(collection), parentId, params);
    return std::holds_alternative<QString>(created) ? std::get<QString>(created) : QString();
}

void addUser(cmssim::SimCluster &cluster, const QString &jid)
{
    auto user = std::make_unique<cmssim::ConfigObject>();
    user->id = cluster.ids().guid();
    user->fields.insert(QStringLiteral("userJid"), jid);
    user->fields.insert(QStringLiteral("name"), QStringLiteral("Host User"));
    cluster.store().table(QStringLiteral("users")).insert(std::move(user));
}

// Every line of a tree, children too, in order.
QStringList lines(const QTreeWidget *tree, int column = 0)
{
    QStringList out;
    std::function<void(QTreeWidgetItem *)> walk = [&](QTreeWidgetItem *item) {
        out.append(item->text(column));
        for (int i = 0; i < item->childCount(); ++i)
            walk(item->child(i));
    };
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        walk(tree->topLevelItem(i));
    return out;
}

// The button that goes on from the current page: Next, Apply (a commit page) or Finish.
QAbstractButton *forward(QWizard *wizard)
{
    for (QWizard::WizardButton which : {QWizard::CommitButton, QWizard::NextButton, QWizard::FinishButton}) {
        QAbstractButton *button = wizard->button(which);
        if (button->isVisible())
            return button;
    }
    return nullptr;
}

QLineEdit *line(GuestHostWizard *wizard, QStringView field)
{
    return qobject_cast<QLineEdit *>(wizard->detailsPage()->editor(field));
}

} // namespace

class TestGuestHostWizard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();
    void opensFromThePaneAndTheMenu();
    void keyboardPatternToVerifiedSpace();
    void refusedValueShownAtItsField();
    void failureIsUndoneAndSaysSo();
    void applyToManyGivesOneResultEach();

private:
    GuestHostWizard *openWizard(const QStringList &spaceIds);
    bool goForward(GuestHostWizard *wizard);
    bool waitForDetailsChecked(GuestHostWizard *wizard);
    bool choosePatternByKeyboard(GuestHostWizard *wizard, Pattern pattern);
    cmssim::ConfigStore &store() { return m_cluster->store(); }

    std::unique_ptr<cmssim::SimCluster> m_cluster;
    std::unique_ptr<cms::ActivityLog> m_log;
    std::unique_ptr<TestSession> m_test;
    std::unique_ptr<SpacesSection> m_section;
    QPointer<GuestHostWizard> m_wizard;
    SpacesPane *m_pane = nullptr;
};

void TestGuestHostWizard::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    cmssim::ClusterOptions options;
    options.bridgeCount = 1;   // every write goes to the bridge whose faults a test sets
    m_cluster = startTestCluster(options);
    QVERIFY(m_cluster);
    addUser(*m_cluster, kHostJid);
    for (int i = 1; i <= 3; ++i)
        QVERIFY(!create(*m_cluster, QStringLiteral("coSpaces"),
                        {{QStringLiteral("name"), QStringLiteral("Team %1").arg(i)},
                         {QStringLiteral("uri"), QStringLiteral("team%1").arg(i)},
                         {QStringLiteral("callId"), QStringLiteral("7000%1").arg(i)}}).isEmpty());
    // Takes the hosts' URI the third team's would get with the suffix ".host".
    QVERIFY(!create(*m_cluster, QStringLiteral("coSpaces"),
                    {{QStringLiteral("name"), QStringLiteral("Taken")}, {QStringLiteral("uri"), QStringLiteral("team3.host")}}).isEmpty());
    m_log = std::make_unique<cms::ActivityLog>();
    QString error;
    m_test = TestSession::open(*m_cluster, {.log = m_log.get()}, &error);
    QVERIFY2(m_test, qPrintable(error));
    m_section = std::make_unique<SpacesSection>(*m_log);
    m_pane = qobject_cast<SpacesPane *>(m_section->widget());
    QVERIFY(m_pane);
    m_section->setCurrentCluster(m_test->session);
    m_pane->resize(1200, 700);
    m_pane->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_pane));
    QTRY_COMPARE_WITH_TIMEOUT(m_pane->model()->rowCount(), 4, 10000);
}

void TestGuestHostWizard::cleanupTestCase()
{
    m_section.reset();
    m_test.reset();
    m_cluster.reset();
}

void TestGuestHostWizard::init()
{
    m_cluster->bridge(0).faults().writesBeforeFailure = -1;
}

void TestGuestHostWizard::cleanup()
{
    if (m_wizard) {
        m_wizard->close();
        delete m_wizard;
    }
}

GuestHostWizard *TestGuestHostWizard::openWizard(const QStringList &spaceIds)
{
    m_pane->selectSpaces(spaceIds);
    if (spaceIds.isEmpty())
        m_pane->view()->clearSelection();
    QSignalSpy opened(m_section.get(), &Section::dialogOpened);
    m_pane->guestHostAction()->trigger();
    if (opened.count() != 1)
        return nullptr;
    m_wizard = qobject_cast<GuestHostWizard *>(opened.first().at(0).value<QDialog *>());
    if (m_wizard && !QTest::qWaitForWindowExposed(m_wizard))
        return nullptr;
    return m_wizard;
}

bool TestGuestHostWizard::goForward(GuestHostWizard *wizard)
{
    QAbstractButton *button = forward(wizard);
    if (!button || !button->isEnabled())
        return false;
    const int before = wizard->currentId();
    QTest::mouseClick(button, Qt::LeftButton);
    return wizard->currentId() != before;
}

bool TestGuestHostWizard::waitForDetailsChecked(GuestHostWizard *wizard)
{
    return QTest::qWaitFor([wizard] { return !wizard->detailsPage()->isCheckingCluster(); }, 10000);
}

// The radio buttons as a keyboard user reaches them: focus on the first, Space, then arrow keys.
bool TestGuestHostWizard::choosePatternByKeyboard(GuestHostWizard *wizard, Pattern pattern)
{
    GuestHostPatternPage *page = wizard->patternPage();
    QRadioButton *first = page->button(Pattern::DifferentUri);
    if (!first->hasFocus())
        return false;
    QTest::keyClick(first, Qt::Key_Space);
    for (int i = 1; i < int(pattern); ++i)
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down);
    return page->button(pattern)->isChecked() && page->button(pattern)->hasFocus() && wizard->form().pattern == pattern;
}

void TestGuestHostWizard::opensFromThePaneAndTheMenu()
{
    QAction *action = m_pane->guestHostAction();
    QVERIFY(action->isEnabled());
    QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G));
    QVERIFY(m_section->menuActions().contains(action));
    QVERIFY(m_pane->view()->actions().contains(action));   // the list's context menu
    QVERIFY(m_pane->actions().contains(action));           // the shortcut, wherever the focus is in the pane

    const QString team1 = m_pane->model()->index(m_pane->model()->rowOfSpace(store().table(QStringLiteral("coSpaces")).ordered().front()->id), 0)
                              .data(models::SpacesModel::SpaceIdRole).toString();
    m_pane->selectSpaces({team1});
    m_pane->view()->setFocus();
    QSignalSpy opened(m_section.get(), &Section::dialogOpened);
    QTest::keyClick(m_pane->view(), Qt::Key_G, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(opened.count(), 1);
    m_wizard = qobject_cast<GuestHostWizard *>(opened.first().at(0).value<QDialog *>());
    QVERIFY(m_wizard);
    QCOMPARE(m_wizard->targets().size(), 1);
    QCOMPARE(m_wizard->targets().first().id, team1);
    QCOMPARE(m_wizard->targets().first().name, QStringLiteral("Team 1"));
    QCOMPARE(m_wizard->targets().first().uri, QStringLiteral("team1"));
    QVERIFY(!m_wizard->isMany());
    // Each diagram says what it shows.
    for (Pattern p : {Pattern::DifferentUri, Pattern::SamePinDiffers, Pattern::EmptyGuestPin, Pattern::HostIsMember}) {
        QVERIFY(m_wizard->patternPage()->diagram(p)->accessibleDescription().contains(QStringLiteral("lobby")));
        QVERIFY(!m_wizard->patternPage()->button(p)->accessibleDescription().isEmpty());
    }
}

// A new space with pattern 3 (no guest PIN, guests wait 4 seconds), all by keyboard and typing.
void TestGuestHostWizard::keyboardPatternToVerifiedSpace()
{
    GuestHostWizard *wizard = openWizard({});
    QVERIFY(wizard);
    QVERIFY(wizard->isNewSpace());
    QVERIFY(!forward(wizard)->isEnabled());   // no pattern chosen yet
    QVERIFY(choosePatternByKeyboard(wizard, Pattern::EmptyGuestPin));
    QVERIFY(goForward(wizard));

    GuestHostDetailsPage *details = wizard->detailsPage();
    QVERIFY(line(wizard, Field::spaceName)->isVisible());
    QVERIFY(!line(wizard, Field::hostUri)->isVisible());   // pattern 3: hosts dial the space's URI
    QVERIFY(!line(wizard, Field::guestPin)->isVisible());
    QVERIFY(!line(wizard, Field::hostJid)->isVisible());
    QCOMPARE(line(wizard, Field::hostPin)->echoMode(), QLineEdit::Password);
    QTest::keyClicks(line(wizard, Field::spaceName), QStringLiteral("Board"));
    // A slip as typed is shown at its field at once.
    QTest::keyClicks(line(wizard, Field::spaceUri), QStringLiteral("board room"));
    QTRY_VERIFY(details->errorLabel(Field::spaceUri)->isVisible());
    QVERIFY2(details->errorLabel(Field::spaceUri)->text().contains(QStringLiteral("Guests: ")),
             qPrintable(details->errorLabel(Field::spaceUri)->text()));
    QVERIFY(!forward(wizard)->isEnabled());
    line(wizard, Field::spaceUri)->clear();
    QTest::keyClicks(line(wizard, Field::spaceUri), QStringLiteral("board"));
    QVERIFY(!details->errorLabel(Field::spaceUri)->isVisible());
    QTest::keyClicks(line(wizard, Field::spaceCallId), QStringLiteral("88001"));
    QTest::keyClicks(line(wizard, Field::hostCallId), QStringLiteral("88002"));
    QTest::keyClicks(line(wizard, Field::hostPin), QStringLiteral("4321"));
    auto *mode = qobject_cast<QComboBox *>(details->editor(Field::passcodeMode));
    QVERIFY(mode && mode->isVisible());
    mode->setFocus();
    QTest::keyClick(mode, Qt::Key_Down);   // "waiting in silence": the timeout appears
    QCOMPARE(wizard->form().passcodeMode, QStringLiteral("timeout"));
    auto *timeout = qobject_cast<SecondsSpinBox *>(details->editor(Field::passcodeTimeout));
    QVERIFY(timeout && timeout->isVisible());
    timeout->setValue(4);
    auto *deactivation = qobject_cast<QComboBox *>(details->editor(Field::deactivationMode));
    deactivation->setCurrentIndex(deactivation->findData(QStringLiteral("disconnect")));
    QVERIFY(waitForDetailsChecked(wizard));
    QVERIFY2(forward(wizard)->isEnabled(), qPrintable(details->statusLabel()->text()));

    // The plan, in words, while the store is as it was.
    const QStringList before = store().dump();
    QVERIFY(goForward(wizard));
    GuestHostPlanPage *plan = wizard->planPage();
    QSignalSpy shown(plan, &GuestHostPlanPage::planShown);
    QVERIFY(plan->isPlanned() || shown.wait(10000));
    const QString planText = lines(plan->planTree()).join(QLatin1Char('\n'));
    QVERIFY2(planText.contains(QStringLiteral("Create the guest call leg profile")), qPrintable(planText));
    QVERIFY2(planText.contains(QStringLiteral("passcodeMode=timeout")), qPrintable(planText));
    QVERIFY2(planText.contains(QStringLiteral("passcode=•••")), qPrintable(planText));
    QVERIFY2(!planText.contains(QStringLiteral("4321")), qPrintable(planText));
    QCOMPARE(store().dump(), before);
    QCOMPARE(forward(wizard), wizard->button(QWizard::CommitButton));

    QVERIFY(goForward(wizard));
    GuestHostRunPage *run = wizard->runPage();
    QSignalSpy ran(run, &GuestHostRunPage::runFinished);
    QVERIFY(run->isFinished() || ran.wait(20000));
    QVERIFY2(run->statusLabel()->text().startsWith(QStringLiteral("Done")), qPrintable(run->statusLabel()->text()));
    QCOMPARE(lines(run->resultTree(), 1), QStringList(run->resultTree()->topLevelItemCount(), QStringLiteral("Done")));
    QCOMPARE(run->progressBar()->value(), run->progressBar()->maximum());

    QVERIFY(goForward(wizard));
    GuestHostVerifyPage *verify = wizard->verifyPage();
    QSignalSpy verified(verify, &GuestHostVerifyPage::verified);
    QVERIFY(verify->isVerified() || verified.wait(20000));
    const QStringList statuses = lines(verify->expectationTree(), 1);
    QVERIFY2(verify->unmetCount() == 0, qPrintable(lines(verify->expectationTree()).join(QLatin1Char('\n'))));
    QVERIFY(statuses.count(QStringLiteral("Met")) >= 7);
    const QString expectations = lines(verify->expectationTree()).join(QLatin1Char('\n'));
    QVERIFY2(expectations.contains(QStringLiteral("waiting 4 second")), qPrintable(expectations));
    QVERIFY(forward(wizard) == wizard->button(QWizard::FinishButton));
    QVERIFY(!wizard->button(QWizard::BackButton)->isEnabled());   // the changes are not run twice

    // The simulator's side: the space, its call profile, the hosts' access method.
    const cms::GuestHostBatch::Entry entry = wizard->batch()->entries().first();
    const cmssim::ConfigObject *space = store().find(QStringLiteral("coSpaces"), entry.spaceId);
    QVERIFY(space);
    QCOMPARE(space->value(QStringLiteral("name")), QStringLiteral("Board"));
    QCOMPARE(space->value(QStringLiteral("uri")), QStringLiteral("board"));
    QVERIFY(space->value(QStringLiteral("passcode")).isEmpty());
    const cmssim::ConfigObject *guests = store().find(QStringLiteral("callLegProfiles"), space->value(QStringLiteral("callLegProfile")));
    QVERIFY(guests);
    QCOMPARE(guests->value(QStringLiteral("needsActivation")), QStringLiteral("true"));
    QCOMPARE(guests->value(QStringLiteral("deactivationMode")), QStringLiteral("disconnect"));
    const cmssim::ConfigObject *callProfile = store().find(QStringLiteral("callProfiles"), space->value(QStringLiteral("callProfile")));
    QVERIFY(callProfile);
    QCOMPARE(callProfile->value(QStringLiteral("passcodeTimeout")), QStringLiteral("4"));
    const cmssim::ObjectTable *methods = store().findTable(QStringLiteral("accessMethods"), entry.spaceId);
    QVERIFY(methods && methods->size() == 1);
    const cmssim::ConfigObject *method = methods->ordered().front();
    QCOMPARE(method->value(QStringLiteral("passcode")), QStringLiteral("4321"));
    QCOMPARE(method->value(QStringLiteral("callId")), QStringLiteral("88002"));
    QCOMPARE(store().find(QStringLiteral("callLegProfiles"), method->value(QStringLiteral("callLegProfile")))->value(QStringLiteral("needsActivation")),
             QStringLiteral("false"));
    QTest::mouseClick(forward(wizard), Qt::LeftButton);
    QTRY_VERIFY(!m_wizard);   // deleted on close

    // Again on that space, with the same values: nothing needs changing, nothing is created.
    QTRY_VERIFY_WITH_TIMEOUT(m_pane->model()->rowOfSpace(entry.spaceId) >= 0, 10000);
    const QStringList setUp = store().dump();
    GuestHostWizard *again = openWizard({entry.spaceId});
    QVERIFY(again);
    again->patternPage()->button(Pattern::EmptyGuestPin)->click();
    QVERIFY(goForward(again));
    QTest::keyClicks(line(again, Field::hostCallId), QStringLiteral("88002"));
    QTest::keyClicks(line(again, Field::hostPin), QStringLiteral("4321"));
    auto *againMode = qobject_cast<QComboBox *>(again->detailsPage()->editor(Field::passcodeMode));
    againMode->setCurrentIndex(1);
    qobject_cast<SecondsSpinBox *>(again->detailsPage()->editor(Field::passcodeTimeout))->setValue(4);
    auto *againDeactivation = qobject_cast<QComboBox *>(again->detailsPage()->editor(Field::deactivationMode));
    againDeactivation->setCurrentIndex(againDeactivation->findData(QStringLiteral("disconnect")));
    QVERIFY(waitForDetailsChecked(again));
    QVERIFY(goForward(again));
    QSignalSpy againShown(again->planPage(), &GuestHostPlanPage::planShown);
    QVERIFY(again->planPage()->isPlanned() || againShown.wait(10000));
    QVERIFY2(again->planPage()->statusLabel()->text().startsWith(QStringLiteral("Nothing needs changing")),
             qPrintable(again->planPage()->statusLabel()->text()));
    QCOMPARE(again->nextId(), int(GuestHostWizard::VerifyPageId));
    QVERIFY(goForward(again));
    QSignalSpy againVerified(again->verifyPage(), &GuestHostVerifyPage::verified);
    QVERIFY(again->verifyPage()->isVerified() || againVerified.wait(20000));
    QCOMPARE(again->verifyPage()->unmetCount(), 0);
    QCOMPARE(store().dump(), setUp);
}

// The planner refuses a hosts' URI another space has: said under that field, and Next stays off.
void TestGuestHostWizard::refusedValueShownAtItsField()
{
    GuestHostWizard *wizard = openWizard({});
    QVERIFY(wizard);
    wizard->patternPage()->button(Pattern::DifferentUri)->click();
    QVERIFY(goForward(wizard));
    QTest::keyClicks(line(wizard, Field::spaceName), QStringLiteral("Clash"));
    QTest::keyClicks(line(wizard, Field::spaceUri), QStringLiteral("clash"));
    QTest::keyClicks(line(wizard, Field::hostUri), QStringLiteral("team3.host"));
    QSignalSpy checked(wizard->detailsPage(), &GuestHostDetailsPage::clusterChecked);
    QVERIFY(checked.wait(10000));
    QLabel *error = wizard->detailsPage()->errorLabel(Field::hostUri);
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QStringLiteral("“Taken”")), qPrintable(error->text()));
    QVERIFY(!wizard->detailsPage()->errorLabel(Field::spaceUri)->isVisible());
    QVERIFY(!forward(wizard)->isEnabled());
    // Another value: the refusal goes, and Next comes back once the cluster has answered.
    QTest::keyClicks(line(wizard, Field::hostUri), QStringLiteral(".b"));
    QVERIFY(!error->isVisible());
    QVERIFY(waitForDetailsChecked(wizard));
    QVERIFY(forward(wizard)->isEnabled());
}

// The third write fails: the run page says which step failed and that everything was undone, the
// store is as it was, and there is nothing to verify.
void TestGuestHostWizard::failureIsUndoneAndSaysSo()
{
    GuestHostWizard *wizard = openWizard({});
    QVERIFY(wizard);
    wizard->patternPage()->button(Pattern::DifferentUri)->click();
    QVERIFY(goForward(wizard));
    QTest::keyClicks(line(wizard, Field::spaceName), QStringLiteral("Fragile"));
    QTest::keyClicks(line(wizard, Field::spaceUri), QStringLiteral("fragile"));
    QTest::keyClicks(line(wizard, Field::hostUri), QStringLiteral("fragile.host"));
    QVERIFY(waitForDetailsChecked(wizard));
    QVERIFY(goForward(wizard));
    QSignalSpy shown(wizard->planPage(), &GuestHostPlanPage::planShown);
    QVERIFY(wizard->planPage()->isPlanned() || shown.wait(10000));
    const QStringList steps = wizard->batch()->entries().first().steps;
    QVERIFY(steps.size() >= 3);

    const QStringList before = store().dump();
    m_cluster->bridge(0).faults().writesBeforeFailure = 2;
    QVERIFY(goForward(wizard));
    QSignalSpy ran(wizard->runPage(), &GuestHostRunPage::runFinished);
    QVERIFY(wizard->runPage()->isFinished() || ran.wait(20000));
    const QString status = wizard->runPage()->statusLabel()->text();
    QVERIFY2(status.contains(QStringLiteral("Step 3 failed")), qPrintable(status));
    QVERIFY2(status.contains(steps.at(2)), qPrintable(status));
    QVERIFY2(status.contains(QStringLiteral("nothing is left behind")), qPrintable(status));
    QCOMPARE(store().dump(), before);
    QCOMPARE(wizard->runPage()->resultTree()->topLevelItem(0)->text(1), QStringLiteral("Undone"));
    QCOMPARE(wizard->runPage()->resultTree()->topLevelItem(2)->text(1), QStringLiteral("Failed"));
    QCOMPARE(wizard->nextId(), -1);
    QCOMPARE(forward(wizard), wizard->button(QWizard::FinishButton));
}

// Pattern 1 on three spaces with the suffix ".host": Team 1 and Team 2 set up, Team 3 refused (its
// hosts' URI would be the one "Taken" has); the profiles are created once, for the first space.
void TestGuestHostWizard::applyToManyGivesOneResultEach()
{
    QStringList ids;
    for (int i = 1; i <= 3; ++i) {
        for (const cmssim::ConfigObject *space : store().table(QStringLiteral("coSpaces")).ordered()) {
            if (space->value(QStringLiteral("name")) == QStringLiteral("Team %1").arg(i))
                ids.append(space->id);
        }
    }
    QCOMPARE(ids.size(), 3);
    GuestHostWizard *wizard = openWizard(ids);
    QVERIFY(wizard);
    QVERIFY(wizard->isMany());
    QVERIFY(choosePatternByKeyboard(wizard, Pattern::DifferentUri));
    QVERIFY(goForward(wizard));
    QVERIFY(!line(wizard, Field::spaceUri)->isVisible());   // each space keeps its own
    QVERIFY(!line(wizard, Field::spaceCallId)->isVisible());
    QVERIFY(!line(wizard, Field::spaceName)->isVisible());
    QVERIFY(line(wizard, Field::hostUri)->isVisible());
    QVERIFY(!forward(wizard)->isEnabled());   // pattern 1 needs the hosts' URI or call ID made somehow
    QTest::keyClicks(line(wizard, Field::hostUri), QStringLiteral(".host"));
    QTRY_VERIFY(forward(wizard)->isEnabled());
    QCOMPARE(wizard->settingsFor(1).hostUri, QStringLiteral("team2.host"));
    QVERIFY(wizard->settingsFor(1).spaceUri.isEmpty());

    const qsizetype profilesBefore = store().table(QStringLiteral("callLegProfiles")).size();
    QVERIFY(goForward(wizard));
    QSignalSpy shown(wizard->planPage(), &GuestHostPlanPage::planShown);
    QVERIFY(wizard->planPage()->isPlanned() || shown.wait(20000));
    QCOMPARE(wizard->planPage()->planTree()->topLevelItemCount(), 3);
    QVERIFY(wizard->planPage()->planTree()->topLevelItem(2)->text(0).contains(QStringLiteral("refused")));
    QVERIFY(forward(wizard)->isEnabled());   // two of three can go

    QVERIFY(goForward(wizard));
    QSignalSpy ran(wizard->runPage(), &GuestHostRunPage::runFinished);
    QVERIFY(wizard->runPage()->isFinished() || ran.wait(30000));
    QTreeWidget *results = wizard->runPage()->resultTree();
    QCOMPARE(results->topLevelItemCount(), 3);
    QCOMPARE(results->topLevelItem(0)->text(1), QStringLiteral("Done"));
    QCOMPARE(results->topLevelItem(1)->text(1), QStringLiteral("Done"));
    QCOMPARE(results->topLevelItem(2)->text(1), QStringLiteral("Refused"));
    QVERIFY(results->topLevelItem(2)->childCount() == 1);
    QVERIFY2(results->topLevelItem(2)->child(0)->text(0).contains(QStringLiteral("“Taken”")),
             qPrintable(results->topLevelItem(2)->child(0)->text(0)));
    // The profiles made for Team 1 (those an earlier test left are reused) serve Team 2 as well.
    const auto createsProfile = [](const QString &step) { return step.startsWith(QStringLiteral("Create the")) && step.contains(QStringLiteral("call leg profile:")); };
    const QList<cms::GuestHostBatch::Entry> entries = wizard->batch()->entries();
    const qsizetype created = std::count_if(entries.at(0).steps.cbegin(), entries.at(0).steps.cend(), createsProfile);
    QVERIFY(created >= 1);   // deactivationMode=deactivate is new here (the other tests chose "disconnect")
    QCOMPARE(std::count_if(entries.at(1).steps.cbegin(), entries.at(1).steps.cend(), createsProfile), 0);
    QVERIFY2(entries.at(1).notes.join(QLatin1Char('\n')).contains(QStringLiteral("existing call leg profile")),
             qPrintable(entries.at(1).notes.join(QLatin1Char('\n'))));
    QCOMPARE(store().table(QStringLiteral("callLegProfiles")).size(), profilesBefore + created);
    for (int i = 0; i < 2; ++i) {
        const cmssim::ObjectTable *methods = store().findTable(QStringLiteral("accessMethods"), ids.at(i));
        QVERIFY(methods && methods->size() == 1);
        QCOMPARE(methods->ordered().front()->value(QStringLiteral("uri")), QStringLiteral("team%1.host").arg(i + 1));
    }
    QVERIFY(!store().findTable(QStringLiteral("accessMethods"), ids.at(2)) || store().findTable(QStringLiteral("accessMethods"), ids.at(2))->size() == 0);

    QVERIFY(goForward(wizard));
    QSignalSpy verified(wizard->verifyPage(), &GuestHostVerifyPage::verified);
    QVERIFY(wizard->verifyPage()->isVerified() || verified.wait(20000));
    QCOMPARE(wizard->verifyPage()->expectationTree()->topLevelItemCount(), 2);   // the two set up
    QCOMPARE(wizard->verifyPage()->unmetCount(), 0);
}

QTEST_MAIN(TestGuestHostWizard)
#include "tst_guesthostwizard.moc"
