// The Scheduler Ready Check on real widgets against the simulator's seeded dataset: the Profiles
// page's action opens the scheduler set-up assistant on its readiness page; the checklist says what is missing and the plan says in words what would be
// created while the simulator's store is still untouched; Create makes the cluster ready (checked
// on the store) and the checklist, read again, says so; the dialog does not close while the changes
// run; a failure midway says the changes were undone and the store is as before; on a 3.2 cluster
// the action is disabled and says why.
#include "clientendpoints.h"
#include "cluster/clustersession.h"
#include "config/profilelabels.h"
#include "configstore.h"
#include "datasetseeder.h"
#include "net/connection.h"
#include "operations/schedulersetup.h"
#include "profiles/profilespane.h"
#include "meetings/schedulerassistant.h"
#include "profiles/schedulerreadinesspanel.h"
#include "simcluster.h"
#include "simtestclient.h"
#include "testsession.h"

#include <QAction>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QtTest>

using namespace views;
using Outcome = cms::OperationResult::Outcome;

namespace {

const QString kTemplates = QStringLiteral("coSpaceTemplates");

qsizetype storeTemplates(cmssim::SimCluster &sim)
{
    const cmssim::ObjectTable *table = sim.store().findTable(kTemplates);
    return table ? table->size() : 0;
}

QStringList statuses(const QTreeWidget *tree)
{
    QStringList out;
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        out << tree->topLevelItem(i)->text(1);
    return out;
}

} // namespace

class TestSchedulerReadyDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void checkPlanCreateReady();
    void failureMidwaySaysItWasUndone();
    void disabledBefore33();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<cms::ProfileLabels> m_labels;
    std::unique_ptr<cmssim::SimCluster> m_cluster;
    std::unique_ptr<TestSession> m_test;
    std::unique_ptr<ProfilesPane> m_pane;
};

void TestSchedulerReadyDialog::initTestCase()
{
    cmssim::ClusterOptions options;
    options.bridgeCount = 1;
    m_cluster = startTestCluster(options);
    QVERIFY(m_cluster);
    cmssim::SeedSpec spec;
    spec.users = 10;
    spec.spaces = 30;
    spec.callLegProfiles = 4;
    spec.guestHostPatterns = true;
    cmssim::DatasetSeeder(*m_cluster).seed(spec);
    QString error;
    m_test = TestSession::open(*m_cluster, {}, &error);
    QVERIFY2(m_test, qPrintable(error));
    m_settings = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("console.ini")), QSettings::IniFormat);
    m_labels = std::make_unique<cms::ProfileLabels>(*m_settings);
    m_pane = std::make_unique<ProfilesPane>(*m_labels);
    m_pane->resize(1000, 700);
    m_pane->setSession(m_test->session);
    m_pane->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_pane.get()));
}

void TestSchedulerReadyDialog::cleanupTestCase()
{
    m_pane.reset();
    m_test.reset();
    m_cluster.reset();
}

void TestSchedulerReadyDialog::checkPlanCreateReady()
{
    QAction *action = m_pane->schedulerAction();
    QVERIFY(m_pane->actions().contains(action));
    QTRY_VERIFY_WITH_TIMEOUT(action->isEnabled(), 10000);   // once the cluster has said it runs 3.8
    QSignalSpy opened(m_pane.get(), &ProfilesPane::dialogOpened);
    action->trigger();
    QCOMPARE(opened.count(), 1);
    auto *assistant = qobject_cast<SchedulerAssistant *>(opened.first().at(0).value<QDialog *>());
    QVERIFY(assistant);
    QCOMPARE(assistant->currentPage(), SchedulerAssistant::Page::Readiness);
    SchedulerReadinessPanel *dialog = assistant->readinessPanel();
    QTRY_VERIFY_WITH_TIMEOUT(dialog->planList()->isVisible(), 20000);

    // The checklist: version and both profiles met (seeded), the template and its two accesses missing.
    QCOMPARE(dialog->checklist()->topLevelItemCount(), 6);
    QCOMPARE(statuses(dialog->checklist()), (QStringList{QStringLiteral("Met"), QStringLiteral("Met"), QStringLiteral("Met"),
                                                         QStringLiteral("Missing"), QStringLiteral("Missing"), QStringLiteral("Missing")}));
    QVERIFY(dialog->checklist()->topLevelItem(3)->text(2).contains(QStringLiteral("no space template")));
    // The plan, in words, before anything changed.
    QCOMPARE(dialog->planList()->count(), 3);
    QVERIFY(dialog->planList()->isVisible());
    QVERIFY(dialog->planList()->item(1)->text().contains(QStringLiteral("$.guest")));
    QVERIFY(dialog->planList()->item(2)->text().contains(QStringLiteral("$.host")));
    QCOMPARE(storeTemplates(*m_cluster), 0);
    QVERIFY(dialog->createButton()->isEnabled());

    QSignalSpy finished(dialog, &SchedulerReadinessPanel::setupFinished);
    QSignalSpy checked(dialog, &SchedulerReadinessPanel::checked);
    QTest::mouseClick(dialog->createButton(), Qt::LeftButton);
    QVERIFY(!dialog->createButton()->isEnabled());
    assistant->showPage(SchedulerAssistant::Page::Commands);
    assistant->reject();   // refused while the changes run, back on the readiness page
    QVERIFY(assistant->isVisible());
    QCOMPARE(assistant->currentPage(), SchedulerAssistant::Page::Readiness);
    QVERIFY(finished.wait(20000));
    QVERIFY(finished.first().at(0).value<cms::OperationResult>().succeeded());
    QVERIFY(dialog->resultLabel()->text().startsWith(QStringLiteral("Done: 3 object")));
    QCOMPARE(storeTemplates(*m_cluster), 1);

    QVERIFY(checked.wait(20000));
    QVERIFY(dialog->readiness().isReady());
    QCOMPARE(statuses(dialog->checklist()), QStringList(6, QStringLiteral("Met")));
    QCOMPARE(dialog->statusLabel()->text(), QStringLiteral("The cluster is ready for the scheduler."));
    QVERIFY(!dialog->createButton()->isEnabled());
    QVERIFY(dialog->planList()->isHidden());
    assistant->reject();
    QTRY_VERIFY(!assistant->isVisible());
}

void TestSchedulerReadyDialog::failureMidwaySaysItWasUndone()
{
    // A cluster of its own with nothing on it: five steps, the third refused.
    cmssim::ClusterOptions options;
    options.bridgeCount = 1;
    auto sim = startTestCluster(options);
    QVERIFY(sim);
    cms::Connection connection(pinnedEndpoints(*sim));
    connection.transport().setBusyRetries(0, 0);
    SchedulerReadinessPanel dialog(connection, 308);
    dialog.show();
    QSignalSpy planShown(&dialog, &SchedulerReadinessPanel::planShown);
    QVERIFY(planShown.wait(20000));
    QCOMPARE(dialog.planList()->count(), 5);

    // The operation the dialog planned: after its second step the bridge turns busy, so the space
    // template is refused; the bridge comes back for the undo.
    auto *setup = dialog.findChild<cms::SchedulerSetupOperation *>();
    QVERIFY(setup);
    connect(setup, &cms::Operation::progress, this, [&sim](int done) {
        if (done == 2)
            sim->setBusy(0, true);
    });
    connect(setup, &cms::Operation::undoStarted, this, [&sim] { sim->setBusy(0, false); });
    QSignalSpy finished(&dialog, &SchedulerReadinessPanel::setupFinished);
    QTest::mouseClick(dialog.createButton(), Qt::LeftButton);
    QVERIFY(finished.wait(20000));
    sim->setBusy(0, false);
    const auto result = finished.first().at(0).value<cms::OperationResult>();
    QCOMPARE(result.outcome, Outcome::RolledBack);
    QCOMPARE(result.failedStep, 2);
    QVERIFY2(dialog.resultLabel()->text().contains(QStringLiteral("the cluster is as it was")), qPrintable(dialog.resultLabel()->text()));
    QCOMPARE(sim->store().table(QStringLiteral("callLegProfiles")).size(), 0);
    QCOMPARE(storeTemplates(*sim), 0);
}

void TestSchedulerReadyDialog::disabledBefore33()
{
    cmssim::ClusterOptions options;
    options.bridgeCount = 1;
    options.version = cmssim::SimVersion::parse(QStringLiteral("3.2.4"));
    auto sim = startTestCluster(options);
    QVERIFY(sim);
    QString error;
    auto test = TestSession::open(*sim, {}, &error);
    QVERIFY2(test, qPrintable(error));
    ProfilesPane pane(*m_labels);
    pane.setSession(test->session);
    QTRY_VERIFY_WITH_TIMEOUT(pane.schedulerAction()->toolTip().contains(QStringLiteral("3.2")), 10000);
    QVERIFY(!pane.schedulerAction()->isEnabled());
    QVERIFY2(pane.schedulerAction()->toolTip().contains(QStringLiteral("3.2")), qPrintable(pane.schedulerAction()->toolTip()));
    QSignalSpy opened(&pane, &ProfilesPane::dialogOpened);
    pane.schedulerAction()->trigger();   // a disabled action does nothing
    QCOMPARE(opened.count(), 0);
    pane.setSession(m_test->session);    // 3.8: enabled
    QTRY_VERIFY_WITH_TIMEOUT(pane.schedulerAction()->isEnabled(), 10000);
}

QTEST_MAIN(TestSchedulerReadyDialog)
#include "tst_schedulerreadydialog.moc"
