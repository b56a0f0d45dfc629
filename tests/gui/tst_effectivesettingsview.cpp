// The Effective settings section on real widgets against a simulated cluster seeded with the four
// guest/host patterns of cms-api.md section 8: for each pattern, guests wait in the lobby ("Yes",
// from the space) and hosts do not ("No", from the access method, or from the member in pattern 4);
// pattern 3 shows the empty passcode mode from the space's call profile. Also the loading and error
// states, the selector's labels, a change of language keeping the way shown, and a hidden view
// reading nothing until shown. A call profile, which the API does not name, shows as its label with its id. Leaves a screenshot in <temp>/cmsconsole-screens/effectivesettings.png.
#include "diagnostics/activitylog.h"
#include "cluster/clustersession.h"
#include "config/profilelabels.h"
#include "configstore.h"
#include "datasetseeder.h"
#include "spaces/effectivesettingsview.h"
#include "simcluster.h"
#include "simtestclient.h"
#include "testsession.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QSettings>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QtTest>

using namespace views;
using State = EffectiveSettingsView::State;

namespace {

struct Row
{
    QString value;   // as shown
    QString level;   // as shown
    QString profile;
    bool found = false;
    QString raw;       // the API's value
    QString tooltip;   // of the value
};

} // namespace

class TestEffectiveSettingsView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void guestsAndHostsOfEachPattern_data();
    void guestsAndHostsOfEachPattern();
    void passcodeModeOfPattern3();
    void callProfileShowsItsLabel();
    void unknownSpaceShowsTheError();
    void languageChangeKeepsTheWayShown();
    void hiddenViewReadsWhenShown();
    void screenshot();

private:
    Row row(const QString &field) const;
    bool showSpace(const QString &spaceId);
    void saveScreenshot(QWidget &widget, const QString &fileName);

    std::unique_ptr<cmssim::SimCluster> m_cluster;
    std::unique_ptr<cms::ActivityLog> m_log;
    std::unique_ptr<TestSession> m_test;
    std::unique_ptr<EffectiveSettingsView> m_view;
    cms::ClusterSession *m_session = nullptr;
    cmssim::SeedResult m_seed;
};

void TestEffectiveSettingsView::initTestCase()
{
    m_cluster = startTestCluster({});
    QVERIFY(m_cluster);
    cmssim::SeedSpec spec;
    spec.guestHostPatterns = true;
    spec.spaces = 10;
    m_seed = cmssim::DatasetSeeder(*m_cluster).seed(spec);
    QCOMPARE(m_seed.guestHostSpaceIds.size(), 4);

    m_log = std::make_unique<cms::ActivityLog>();
    QString error;
    m_test = TestSession::open(
        *m_cluster, {.clusterName = QStringLiteral("Simulated cluster"), .nameEndpoints = true, .log = m_log.get()},
        &error);
    QVERIFY2(m_test, qPrintable(error));
    m_session = m_test->session;

    m_view = std::make_unique<EffectiveSettingsView>();
    m_view->resize(900, 700);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    QCOMPARE(m_view->state(), State::Empty);
    QVERIFY(m_view->findChild<QTreeWidget *>(QStringLiteral("effectiveSettingsTable")));
    QCOMPARE(m_view->findChild<QComboBox *>(QStringLiteral("joinSelector")), m_view->joinSelector());
}

void TestEffectiveSettingsView::cleanupTestCase()
{
    m_view.reset();
    m_test.reset();
    m_log.reset();
    m_cluster.reset();
}

Row TestEffectiveSettingsView::row(const QString &field) const
{
    const QTreeWidget *table = m_view->findChild<QTreeWidget *>(QStringLiteral("effectiveSettingsTable"));
    for (int i = 0; i < table->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = table->topLevelItem(i);
        if (item->data(EffectiveSettingsView::SettingColumn, EffectiveSettingsView::RawRole).toString() == field)
            return {item->text(EffectiveSettingsView::ValueColumn), item->text(EffectiveSettingsView::LevelColumn),
                    item->text(EffectiveSettingsView::ProfileColumn), true,
                    item->data(EffectiveSettingsView::ValueColumn, EffectiveSettingsView::RawRole).toString(),
                    item->toolTip(EffectiveSettingsView::ValueColumn)};
    }
    return {};
}

bool TestEffectiveSettingsView::showSpace(const QString &spaceId)
{
    QSignalSpy states(m_view.get(), &EffectiveSettingsView::stateChanged);
    m_view->setSpace(m_session, spaceId);
    if (m_view->state() != State::Loading)
        return false;
    return QTest::qWaitFor([&] { return m_view->state() != State::Loading; }, 20000)
        && states.first().first().value<State>() == State::Loading;
}

void TestEffectiveSettingsView::saveScreenshot(QWidget &widget, const QString &fileName)
{
    const QString dir = QDir::tempPath() + QStringLiteral("/cmsconsole-screens");
    QVERIFY(QDir().mkpath(dir));
    const QString path = dir + QLatin1Char('/') + fileName;
    QVERIFY2(widget.grab().save(path), qPrintable(path));
    qInfo("screenshot: %s", qPrintable(path));
}

void TestEffectiveSettingsView::guestsAndHostsOfEachPattern_data()
{
    QTest::addColumn<int>("pattern");
    QTest::addColumn<QString>("hostLevel");
    QTest::addColumn<QString>("hostLabelStart");
    QTest::newRow("1 different URI and call ID") << 1 << QStringLiteral("Access method") << QStringLiteral("Access method ");
    QTest::newRow("2 same URI, different PINs") << 2 << QStringLiteral("Access method") << QStringLiteral("Access method ");
    QTest::newRow("3 same URI, empty guest PIN") << 3 << QStringLiteral("Access method") << QStringLiteral("Access method ");
    QTest::newRow("4 host is a member") << 4 << QStringLiteral("Member") << QStringLiteral("Member ");
}

void TestEffectiveSettingsView::guestsAndHostsOfEachPattern()
{
    QFETCH(int, pattern);
    QFETCH(QString, hostLevel);
    QFETCH(QString, hostLabelStart);
    QVERIFY(showSpace(m_seed.guestHostSpaceIds.at(pattern - 1)));
    QCOMPARE(m_view->state(), State::Loaded);

    QComboBox *selector = m_view->joinSelector();
    QVERIFY(selector->isEnabled());
    QCOMPARE(selector->count(), 2);
    QVERIFY2(selector->itemText(0).startsWith(QStringLiteral("Guests (space URI ")), qPrintable(selector->itemText(0)));
    QVERIFY2(selector->itemText(1).startsWith(hostLabelStart), qPrintable(selector->itemText(1)));

    selector->setCurrentIndex(0);
    Row needsActivation = row(QStringLiteral("needsActivation"));
    QVERIFY(needsActivation.found);
    QCOMPARE(needsActivation.value, QStringLiteral("Yes"));
    QCOMPARE(needsActivation.level, QStringLiteral("Space"));
    QCOMPARE(needsActivation.profile, QStringLiteral("Guest"));
    // An enumerated value reads as a phrase; the API's value is in the tooltip.
    const Row deactivation = row(QStringLiteral("deactivationMode"));
    QCOMPARE(deactivation.value, QStringLiteral("Guests wait for a host again"));
    QCOMPARE(deactivation.raw, QStringLiteral("deactivate"));
    QCOMPARE(deactivation.tooltip, QStringLiteral("deactivate"));

    selector->setCurrentIndex(1);
    needsActivation = row(QStringLiteral("needsActivation"));
    QVERIFY(needsActivation.found);
    QCOMPARE(needsActivation.value, QStringLiteral("No"));
    QCOMPARE(needsActivation.level, hostLevel);
    QCOMPARE(needsActivation.profile, QStringLiteral("Host"));
    // What the host profile leaves unset still comes from the space.
    QCOMPARE(row(QStringLiteral("deactivationMode")).level, QStringLiteral("Space"));
    const auto *explanation = m_view->findChild<QLabel *>(QStringLiteral("effectiveSettingsExplanation"));
    QVERIFY(explanation->text().contains(pattern == 4 ? QStringLiteral("member") : QStringLiteral("access method")));
}

void TestEffectiveSettingsView::passcodeModeOfPattern3()
{
    QVERIFY(showSpace(m_seed.guestHostSpaceIds.at(2)));
    for (int way = 0; way < 2; ++way) {
        m_view->setCurrentWay(way);
        const Row mode = row(QStringLiteral("passcodeMode"));
        QCOMPARE(mode.value, QStringLiteral("Accepted after a wait"));
        QCOMPARE(mode.raw, QStringLiteral("timeout"));
        QCOMPARE(mode.level, QStringLiteral("Space"));
        const Row timeout = row(QStringLiteral("passcodeTimeout"));
        QCOMPARE(timeout.value, QStringLiteral("5 second(s)"));
        QCOMPARE(timeout.level, QStringLiteral("Space"));
    }
    // The guests' way says there is no passcode; the host's that there is one.
    const auto *details = m_view->findChild<QLabel *>(QStringLiteral("joinDetails"));
    m_view->setCurrentWay(0);
    QVERIFY2(details->text().contains(QStringLiteral("passcode: not set")), qPrintable(details->text()));
    m_view->setCurrentWay(1);
    QVERIFY2(details->text().endsWith(QStringLiteral("passcode: set")), qPrintable(details->text()));

    // Elsewhere nobody sets it: the server's choice.
    QVERIFY(showSpace(m_seed.guestHostSpaceIds.at(0)));
    QCOMPARE(row(QStringLiteral("passcodeMode")).level, QStringLiteral("Default"));
}

void TestEffectiveSettingsView::callProfileShowsItsLabel()
{
    const QString spaceId = m_seed.guestHostSpaceIds.at(2);   // pattern 3: a call profile on the space
    const QString callProfile = m_cluster->store().find(QStringLiteral("coSpaces"), spaceId)->value(QStringLiteral("callProfile"));
    QVERIFY(!callProfile.isEmpty());
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("console.ini")), QSettings::IniFormat);
    cms::ProfileLabels labels(settings);
    labels.setLabel(m_session->profile().id, callProfile, QStringLiteral("Empty guest PIN"));
    m_view->setProfileLabels(&labels);
    m_view->setSpace(nullptr, QString());
    QVERIFY(showSpace(spaceId));
    QCOMPARE(row(QStringLiteral("passcodeMode")).profile, QStringLiteral("Empty guest PIN (%1)").arg(callProfile));
    m_view->setProfileLabels(nullptr);
}

void TestEffectiveSettingsView::unknownSpaceShowsTheError()
{
    QVERIFY(showSpace(QStringLiteral("00000000-0000-0000-0000-000000000000")));
    QCOMPARE(m_view->state(), State::Failed);
    const auto *status = m_view->findChild<QLabel *>(QStringLiteral("effectiveSettingsStatus"));
    QVERIFY(status->isVisible());
    QVERIFY2(status->text().startsWith(QStringLiteral("The settings could not be read: ")), qPrintable(status->text()));
    QCOMPARE(m_view->joinSelector()->count(), 0);
    QVERIFY(!m_view->table()->isEnabled());

    m_view->setSpace(nullptr, {});
    QCOMPARE(m_view->state(), State::Empty);
}

void TestEffectiveSettingsView::languageChangeKeepsTheWayShown()
{
    QVERIFY(showSpace(m_seed.guestHostSpaceIds.at(3)));
    m_view->setCurrentWay(1);
    const QString label = m_view->joinSelector()->currentText();
    QEvent change(QEvent::LanguageChange);
    QApplication::sendEvent(m_view.get(), &change);
    QCOMPARE(m_view->currentWay(), 1);
    QCOMPARE(m_view->joinSelector()->currentText(), label);
    QCOMPARE(row(QStringLiteral("needsActivation")).level, QStringLiteral("Member"));
}

void TestEffectiveSettingsView::hiddenViewReadsWhenShown()
{
    QVERIFY(showSpace(m_seed.guestHostSpaceIds.at(0)));
    m_view->hide();
    m_view->setSpace(m_session, m_seed.guestHostSpaceIds.at(1));
    QCOMPARE(m_view->state(), State::Loading);
    QCOMPARE(m_view->joinSelector()->count(), 0);   // the previous space's ways are gone
    QTest::qWait(300);   // a negative check: nothing is read while hidden
    QCOMPARE(m_view->state(), State::Loading);
    m_view->show();
    QTRY_COMPARE_WITH_TIMEOUT(m_view->state(), State::Loaded, 20000);
    QCOMPARE(m_view->settings().spaceId, m_seed.guestHostSpaceIds.at(1));
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
}

void TestEffectiveSettingsView::screenshot()
{
    QVERIFY(showSpace(m_seed.guestHostSpaceIds.at(2)));
    m_view->resize(920, 880);   // every row of pattern 3's host, down to the passcode mode
    m_view->setCurrentWay(1);
    const auto *explanation = m_view->findChild<QLabel *>(QStringLiteral("effectiveSettingsExplanation"));
    // The new explanation's height is settled by the layout request it posted.
    QTRY_VERIFY(explanation->height() >= explanation->heightForWidth(explanation->width()));
    saveScreenshot(*m_view, QStringLiteral("effectivesettings.png"));
}

QTEST_MAIN(TestEffectiveSettingsView)
#include "tst_effectivesettingsview.moc"
