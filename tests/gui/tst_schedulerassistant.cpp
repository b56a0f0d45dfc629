// The scheduler set-up assistant on real widgets against the simulator: the server console commands
// follow what is typed field by field, a port out of range is refused at its field (its command shows
// the placeholder, Copy is off), and Copy puts exactly the commands on the clipboard; the temporary
// spaces (those whose meetingScheduler field is set) are listed with their meeting's state and the
// right deletion time: exact for a meeting seen ending during the test, none while one runs, "at the
// latest" for one whose end the console never saw; a meeting that ends later is seen on Refresh.
#include "clientendpoints.h"
#include "cluster/clustersession.h"
#include "cluster/sessionservices.h"
#include "configapi.h"
#include "datasetseeder.h"
#include "live/livecluster.h"
#include "liveengine.h"
#include "meetings/meetingendlog.h"
#include "meetings/schedulerassistant.h"
#include "meetings/schedulercommandspage.h"
#include "meetings/temporaryspaces.h"
#include "meetings/temporaryspacespage.h"
#include "simbridge.h"
#include "simcluster.h"
#include "simtestclient.h"
#include "testsession.h"
#include "typeschema.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTextBlock>
#include <QTextEdit>
#include <QtTest>

using namespace views;
using Field = cms::SchedulerCommands::Field;
using cms::TemporarySpace;

namespace {

// Replaces a field's text by typing, as a user does: select all, then the keys.
void typeInto(QLineEdit *field, const QString &text)
{
    field->setFocus();
    field->selectAll();
    QTest::keyClick(field, Qt::Key_Backspace);
    QTest::keyClicks(field, text);
}

int rowNamed(const QTableWidget *table, const QString &name)
{
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, TemporarySpacesPage::Space)->text() == name)
            return row;
    }
    return -1;
}

} // namespace

class TestSchedulerAssistant : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void commandsFollowTheKeyboard();
    void tabGoesThroughTheFormInOrder();
    void temporarySpacesWithTheirDeletion();

private:
    QString createSpace(const QString &name, const QString &scheduler);
    QString startCall(const QString &spaceId);
    void endCall(const QString &callId);

    std::unique_ptr<cmssim::SimCluster> m_cluster;
    std::unique_ptr<TestSession> m_test;
};

void TestSchedulerAssistant::initTestCase()
{
    cmssim::ClusterOptions options;
    options.bridgeCount = 1;
    m_cluster = startTestCluster(options);
    QVERIFY(m_cluster);
    cmssim::SeedSpec spec;
    spec.spaces = 25;   // ordinary spaces, which the list leaves out
    cmssim::DatasetSeeder(*m_cluster).seed(spec);
    QString error;
    m_test = TestSession::open(*m_cluster, {}, &error);
    QVERIFY2(m_test, qPrintable(error));
}

void TestSchedulerAssistant::cleanupTestCase()
{
    m_test.reset();
    m_cluster.reset();
}

QString TestSchedulerAssistant::createSpace(const QString &name, const QString &scheduler)
{
    cmssim::Params params{{QStringLiteral("name"), name},
                          {QStringLiteral("uri"), name.toLower().replace(QLatin1Char(' '), QLatin1Char('.'))}};
    if (!scheduler.isEmpty())
        params.insert(QStringLiteral("meetingScheduler"), scheduler);
    const auto created = m_cluster->config().create(cmssim::TypeSchema::get(QStringLiteral("coSpaces")), {}, params);
    return std::holds_alternative<QString>(created) ? std::get<QString>(created) : QString();
}

// Starts a call on the space and waits until the console's live state knows the call's space.
QString TestSchedulerAssistant::startCall(const QString &spaceId)
{
    const auto started = m_cluster->live().startCall(m_cluster->bridge(0), spaceId, QStringLiteral("Scheduled"));
    if (!std::holds_alternative<QString>(started))
        return {};
    cms::MeetingEndLog &ends = m_test->session->services()->meetingEnds();
    return QTest::qWaitFor([&] { return ends.isRunning(spaceId); }, 15000) ? std::get<QString>(started) : QString();
}

void TestSchedulerAssistant::endCall(const QString &callId)
{
    m_cluster->live().endCall(m_cluster->bridge(0), callId);
}

void TestSchedulerAssistant::commandsFollowTheKeyboard()
{
    QPointer<SchedulerAssistant> assistant = SchedulerAssistant::openFor(*m_test->session, SchedulerAssistant::Page::Commands, nullptr);
    QVERIFY(assistant);
    QVERIFY(QTest::qWaitForWindowExposed(assistant.data()));
    QCOMPARE(assistant->currentPage(), SchedulerAssistant::Page::Commands);
    SchedulerCommandsPage *page = assistant->commandsPage();
    QTextEdit *view = page->commandsView();

    // Nothing typed yet: the files are missing, the commands say what goes where, Copy is off.
    QVERIFY(view->toPlainText().contains(QStringLiteral("scheduler https certs <key-file> <crt-fullchain-file>")));
    QVERIFY(!page->copyButton()->isEnabled());
    QVERIFY(page->problemLabel(Field::HttpsKey)->isVisible());

    typeInto(page->field(Field::HttpsKey), QStringLiteral("CB344748.key"));
    typeInto(page->field(Field::HttpsCertificate), QStringLiteral("BUN344748.cer"));
    QVERIFY(view->toPlainText().contains(QStringLiteral("scheduler https certs CB344748.key BUN344748.cer")));
    // The C2W pair follows the HTTPS one until it is given.
    QVERIFY(view->toPlainText().contains(QStringLiteral("scheduler c2w certs CB344748.key BUN344748.cer")));
    QVERIFY(!page->problemLabel(Field::HttpsKey)->isVisible());
    typeInto(page->field(Field::C2wTrust), QStringLiteral("wbbundle.cer"));
    typeInto(page->field(Field::WebBridgeTrust), QStringLiteral("schedulerbun.cer"));
    QVERIFY(page->copyButton()->isEnabled());

    // A port out of range: refused at its field, said to assistive technology, not copied.
    QLineEdit *port = page->field(Field::HttpsPort);
    typeInto(port, QStringLiteral("70000"));
    QLabel *portProblem = page->problemLabel(Field::HttpsPort);
    QVERIFY(portProblem->isVisible());
    QVERIFY2(portProblem->text().contains(QStringLiteral("“70000” is not a port")), qPrintable(portProblem->text()));
    QVERIFY(port->accessibleDescription().startsWith(portProblem->text()));
    QVERIFY(view->toPlainText().contains(QStringLiteral("scheduler https listen a <port>")));
    QVERIFY(!view->toPlainText().contains(QStringLiteral("70000")));
    QVERIFY(!page->copyButton()->isEnabled());
    for (Field other : {Field::HttpsKey, Field::HttpsCertificate, Field::C2wTrust, Field::WebBridgeTrust, Field::EmailPort})
        QVERIFY(!page->problemLabel(other)->isVisible());
    typeInto(port, QStringLiteral("9443"));
    QVERIFY(!portProblem->isVisible());

    // Interface b, by the keyboard; an e-mail server without a user name to sign in with.
    page->interfaceChoice()->setFocus();
    QTest::keyClick(page->interfaceChoice(), Qt::Key_Down);
    typeInto(page->field(Field::EmailServer), QStringLiteral("smtp.example.com"));
    QVERIFY(page->problemLabel(Field::EmailUsername)->isVisible());
    typeInto(page->field(Field::EmailUsername), QStringLiteral("scheduler"));
    QVERIFY(!page->problemLabel(Field::EmailUsername)->isVisible());

    // Copy: exactly the commands, one a line, nothing else.
    QGuiApplication::clipboard()->clear();
    QVERIFY(page->copyButton()->isEnabled());
    QTest::mouseClick(page->copyButton(), Qt::LeftButton);
    const QString expected = QStringList{
        QStringLiteral("scheduler https listen b 9443"),
        QStringLiteral("scheduler https certs CB344748.key BUN344748.cer"),
        QStringLiteral("scheduler c2w certs CB344748.key BUN344748.cer"),
        QStringLiteral("scheduler c2w trust wbbundle.cer"),
        QStringLiteral("scheduler email server smtp.example.com 587"),
        QStringLiteral("scheduler email protocol smtp"),
        QStringLiteral("scheduler email username scheduler"),
        QStringLiteral("scheduler email auth enable"),
        QStringLiteral("scheduler email starttls enable"),
        QStringLiteral("scheduler email trust none"),
        QStringLiteral("webbridge3 c2w trust schedulerbun.cer"),
        QStringLiteral("scheduler enable"),
        QStringLiteral("scheduler status"),
    }.join(QLatin1Char('\n')) + QLatin1Char('\n');
    QCOMPARE(QGuiApplication::clipboard()->text(), expected);
    QVERIFY(page->statusLabel()->text().startsWith(QStringLiteral("13 command")));
    // Each command is on the page in that order, left to right, with its explanation after it.
    const QString shown = view->toPlainText();
    qsizetype at = 0;
    for (const QString &line : expected.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const qsizetype found = shown.indexOf(line, at);
        QVERIFY2(found >= at, qPrintable(line));
        at = found + line.size();
        const QTextBlock block = view->document()->findBlock(int(found));
        QCOMPARE(block.text(), line);
        QCOMPARE(block.blockFormat().layoutDirection(), Qt::LeftToRight);
        QVERIFY(!block.next().text().isEmpty());
    }

    assistant->reject();
    QTRY_VERIFY(!assistant);   // deleted once closed
}

void TestSchedulerAssistant::tabGoesThroughTheFormInOrder()
{
    QPointer<SchedulerAssistant> assistant = SchedulerAssistant::openFor(*m_test->session, SchedulerAssistant::Page::Commands, nullptr);
    QVERIFY(assistant);
    QVERIFY(QTest::qWaitForWindowActive(assistant.data()));
    SchedulerCommandsPage *page = assistant->commandsPage();
    page->field(Field::EmailServer)->setText(QStringLiteral("smtp.example.com"));   // the e-mail fields take focus
    const QList<QWidget *> expected = {page->interfaceChoice(), page->field(Field::HttpsPort), page->field(Field::HttpsKey),
                                       page->field(Field::HttpsCertificate), page->field(Field::C2wKey),
                                       page->field(Field::C2wCertificate), page->field(Field::C2wTrust),
                                       page->field(Field::WebBridgeTrust), page->field(Field::EmailServer),
                                       page->field(Field::EmailPort)};
    page->interfaceChoice()->setFocus();
    QTRY_COMPARE(QApplication::focusWidget(), page->interfaceChoice());
    for (qsizetype i = 1; i < expected.size(); ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QVERIFY2(QApplication::focusWidget() == expected.at(i), qPrintable(QString::number(i)));
    }
    // On to the commands, then Copy.
    while (QApplication::focusWidget() != page->commandsView() && page->isAncestorOf(QApplication::focusWidget()))
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), page->commandsView());
    assistant->reject();
    QTRY_VERIFY(!assistant);
}

void TestSchedulerAssistant::temporarySpacesWithTheirDeletion()
{
    const QString running = createSpace(QStringLiteral("Weekly review"), QStringLiteral("scheduler-cms1"));
    const QString seenEnding = createSpace(QStringLiteral("Design sync"), QStringLiteral("scheduler-cms1"));
    const QString unknown = createSpace(QStringLiteral("Board call"), QStringLiteral("scheduler-cms2"));
    const QString ordinary = createSpace(QStringLiteral("Team room"), QString());
    QVERIFY(!running.isEmpty() && !seenEnding.isEmpty() && !unknown.isEmpty() && !ordinary.isEmpty());
    const QString ordinaryCall = startCall(ordinary);   // a meeting in an ordinary space: not listed
    QVERIFY(!ordinaryCall.isEmpty());

    // A meeting seen ending now.
    const QString ending = startCall(seenEnding);
    QVERIFY(!ending.isEmpty());
    cms::MeetingEndLog &ends = m_test->session->services()->meetingEnds();
    QSignalSpy ended(&ends, &cms::MeetingEndLog::meetingEnded);
    const QDateTime before = QDateTime::currentDateTimeUtc();
    endCall(ending);
    QVERIFY(ended.wait(15000));
    const QDateTime after = QDateTime::currentDateTimeUtc();
    const QDateTime endedAt = ends.endOf(seenEnding);
    QVERIFY(endedAt >= before && endedAt <= after);
    QCOMPARE(ended.first().at(0).toString(), seenEnding);
    QString runningCall = startCall(running);
    QVERIFY(!runningCall.isEmpty());

    QPointer<SchedulerAssistant> assistant = SchedulerAssistant::openFor(*m_test->session, SchedulerAssistant::Page::Readiness, nullptr);
    QVERIFY(assistant);
    TemporarySpacesPage *page = assistant->temporarySpacesPage();
    QSignalSpy refreshed(page, &TemporarySpacesPage::refreshed);
    assistant->showPage(SchedulerAssistant::Page::TemporarySpaces);   // read when first shown
    const QDateTime readFrom = QDateTime::currentDateTimeUtc();
    QVERIFY(refreshed.wait(20000));
    const QDateTime readTo = QDateTime::currentDateTimeUtc();
    QTableWidget *table = page->table();
    QCOMPARE(table->rowCount(), 3);
    QCOMPARE(rowNamed(table, QStringLiteral("Team room")), -1);
    QVERIFY(page->statusLabel()->text().startsWith(QStringLiteral("3 temporary space")));

    const auto deletedAt = [table](int row) { return table->item(row, TemporarySpacesPage::DeletedAt)->data(Qt::UserRole).toDateTime(); };
    const auto text = [table](int row, int column) { return table->item(row, column)->text(); };
    // Seen ending: exact.
    int row = rowNamed(table, QStringLiteral("Design sync"));
    QVERIFY(row >= 0);
    QCOMPARE(text(row, TemporarySpacesPage::Uri), QStringLiteral("design.sync"));
    QCOMPARE(text(row, TemporarySpacesPage::Meeting), QStringLiteral("Ended"));
    QCOMPARE(deletedAt(row), TemporarySpace::deletionTime(endedAt));
    QVERIFY(deletedAt(row) > endedAt.addSecs(24 * 3600));
    QCOMPARE(deletedAt(row).toUTC().time(), QTime(1, 15));
    const QString exact = text(row, TemporarySpacesPage::DeletedAt);
    QVERIFY2(exact.startsWith(TemporarySpace::localWithGmt(deletedAt(row), QLocale())), qPrintable(exact));
    QVERIFY2(exact.contains(QLocale().toString(deletedAt(row).toLocalTime(), QLocale::ShortFormat)), qPrintable(exact));
    QVERIFY2(exact.contains(QLocale().toString(QTime(1, 15), QLocale::ShortFormat) + QStringLiteral(" GMT)")), qPrintable(exact));
    // Running: no time yet.
    row = rowNamed(table, QStringLiteral("Weekly review"));
    QVERIFY(row >= 0);
    QCOMPARE(text(row, TemporarySpacesPage::Meeting), QStringLiteral("Running now"));
    QVERIFY(!deletedAt(row).isValid());
    QVERIFY(text(row, TemporarySpacesPage::DeletedAt).contains(QStringLiteral("after its meeting ends")));
    // Never seen running: at the latest as if it ended at the read.
    row = rowNamed(table, QStringLiteral("Board call"));
    QVERIFY(row >= 0);
    QCOMPARE(text(row, TemporarySpacesPage::Meeting), QStringLiteral("Not running"));
    QVERIFY(deletedAt(row) >= TemporarySpace::deletionTime(readFrom) && deletedAt(row) <= TemporarySpace::deletionTime(readTo));
    QVERIFY(text(row, TemporarySpacesPage::DeletedAt).contains(QStringLiteral("at the latest")));

    // The running meeting ends; Refresh (by its key) shows its exact time.
    QSignalSpy endedToo(&ends, &cms::MeetingEndLog::meetingEnded);
    endCall(runningCall);
    QVERIFY(endedToo.wait(15000));
    page->table()->setFocus();
    QTest::keyClick(page->table(), Qt::Key_F5);
    QVERIFY(refreshed.wait(20000));
    row = rowNamed(table, QStringLiteral("Weekly review"));
    QCOMPARE(text(row, TemporarySpacesPage::Meeting), QStringLiteral("Ended"));
    QCOMPARE(deletedAt(row), TemporarySpace::deletionTime(ends.endOf(running)));

    endCall(ordinaryCall);
    assistant->reject();
    QTRY_VERIFY(!assistant);
}

QTEST_MAIN(TestSchedulerAssistant)
#include "tst_schedulerassistant.moc"
