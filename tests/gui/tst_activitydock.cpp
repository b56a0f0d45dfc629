// The Activity dock on real widgets: the API trace shows requests already redacted, the selected
// one in full, "Copy as curl" never puts a secret on the clipboard, Clear empties the trace, the
// table follows the newest row unless the user scrolled up, and the operations log shows entries
// with their severity icon.
#include "activity/activitydock.h"
#include "diagnostics/activitylog.h"
#include "activity/activitylogmodel.h"
#include "diagnostics/apitrace.h"
#include "diagnostics/redaction.h"
#include "activity/tracemodel.h"

#include <QAction>
#include <QClipboard>
#include <QDir>
#include <QHeaderView>
#include <QGuiApplication>
#include <QIcon>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QTableView>
#include <QToolButton>
#include <QtTest>

using namespace views;

namespace {

const QString kSecret = QStringLiteral("Hunter2-Secret!");
const QByteArray kBasicCredentials = QByteArrayLiteral("admin:Hunter2-Secret!").toBase64();

cms::TraceEntry userCreation()
{
    cms::TraceEntry entry;
    entry.started = QDateTime::currentDateTimeUtc();
    entry.elapsedMs = 42;
    entry.endpoint = QStringLiteral("cms1.example.com:445");
    entry.method = QByteArrayLiteral("POST");
    entry.url = QUrl(QStringLiteral("https://cms1.example.com:445/api/v1/coSpaces"));
    entry.requestHeaders
        = {{QByteArrayLiteral("Authorization"), QByteArrayLiteral("Basic ") + kBasicCredentials},
            {QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/x-www-form-urlencoded")}};
    entry.requestBody = QByteArrayLiteral("name=Board%20room&passcode=")
        + kSecret.toUtf8().toPercentEncoding() + QByteArrayLiteral("&password=")
        + kSecret.toUtf8().toPercentEncoding();
    entry.status = 200;
    entry.replyHeaders = {{QByteArrayLiteral("Location"), QByteArrayLiteral("/api/v1/coSpaces/1234")}};
    return entry;
}

cms::TraceEntry statusRead(int n)
{
    cms::TraceEntry entry;
    entry.started = QDateTime::currentDateTimeUtc();
    entry.endpoint = QStringLiteral("cms1.example.com:445");
    entry.method = QByteArrayLiteral("GET");
    entry.url = QUrl(QStringLiteral("https://cms1.example.com:445/api/v1/system/status?n=%1").arg(n));
    entry.status = 200;
    entry.replyBody = QByteArrayLiteral("<status><callLegsActive>0</callLegsActive></status>");
    return entry;
}

bool containsSecret(const QString &text)
{
    return text.contains(kSecret) || text.contains(QString::fromLatin1(kBasicCredentials))
        || text.contains(QString::fromLatin1(kSecret.toUtf8().toPercentEncoding()));
}

} // namespace

class TestActivityDock : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void traceShowsRedactedRequest();
    void copyAsCurlHasNoSecret();
    void copyNeedsASelection();
    void clearEmptiesTheTrace();
    void followsTheNewestRowUnlessScrolledUp();
    void operationsLogShowsEntriesWithSeverityIcons();
    void screenshot();

private:
    template<typename T>
    T *child(const char *name) const
    {
        return m_dock->findChild<T *>(QLatin1String(name));
    }

    std::unique_ptr<cms::ApiTrace> m_trace;
    std::unique_ptr<cms::ActivityLog> m_log;
    std::unique_ptr<ActivityDock> m_dock;
};

void TestActivityDock::init()
{
    m_trace = std::make_unique<cms::ApiTrace>();
    m_log = std::make_unique<cms::ActivityLog>();
    m_dock = std::make_unique<ActivityDock>(*m_trace, *m_log);
    m_dock->resize(800, 400);
    m_dock->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dock.get()));
    QGuiApplication::clipboard()->clear();
}

void TestActivityDock::cleanup()
{
    m_dock.reset();
    m_log.reset();
    m_trace.reset();
}

void TestActivityDock::traceShowsRedactedRequest()
{
    QCOMPARE(m_dock->objectName(), QStringLiteral("activityDock"));
    auto *view = child<QTableView>("traceView");
    auto *detail = child<QPlainTextEdit>("traceDetail");
    QVERIFY(view && detail);
    QVERIFY(detail->isReadOnly());

    m_trace->record(userCreation());
    QCOMPARE(view->model()->rowCount(), 1);
    QVERIFY(detail->toPlainText().isEmpty());

    view->selectRow(0);
    const QString text = detail->toPlainText();
    QVERIFY2(text.contains(QStringLiteral("coSpaces")), qPrintable(text));
    QVERIFY2(text.contains(cms::Redaction::redactedMarker()), qPrintable(text));
    QVERIFY2(!containsSecret(text), qPrintable(text));
    QCOMPARE(text, view->model()->index(0, 0).data(models::TraceModel::FormattedRole).toString());
}

void TestActivityDock::copyAsCurlHasNoSecret()
{
    auto *view = child<QTableView>("traceView");
    auto *button = child<QToolButton>("copyCurlButton");
    QVERIFY(view && button);
    QCOMPARE(button->defaultAction(), m_dock->copyCurlAction());
    QVERIFY(view->actions().contains(m_dock->copyCurlAction()));   // in the table's context menu too

    m_trace->record(userCreation());
    view->selectRow(0);
    QVERIFY(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);

    const QString copied = QGuiApplication::clipboard()->text();
    QVERIFY2(copied.contains(QStringLiteral("curl")), qPrintable(copied));
    QVERIFY2(copied.contains(QStringLiteral("coSpaces")), qPrintable(copied));
    QVERIFY2(copied.contains(QStringLiteral("CMS_PASSWORD")), qPrintable(copied));
    QVERIFY2(!containsSecret(copied), qPrintable(copied));
}

void TestActivityDock::copyNeedsASelection()
{
    m_trace->record(userCreation());
    QVERIFY(!m_dock->copyCurlAction()->isEnabled());
    m_dock->copyCurlAction()->trigger();
    QVERIFY(QGuiApplication::clipboard()->text().isEmpty());

    auto *view = child<QTableView>("traceView");
    view->selectRow(0);
    QVERIFY(m_dock->copyCurlAction()->isEnabled());
    view->clearSelection();
    QVERIFY(!m_dock->copyCurlAction()->isEnabled());
}

void TestActivityDock::clearEmptiesTheTrace()
{
    auto *view = child<QTableView>("traceView");
    auto *detail = child<QPlainTextEdit>("traceDetail");
    auto *clear = child<QToolButton>("clearTraceButton");
    QVERIFY(clear);
    m_trace->record(userCreation());
    m_trace->record(statusRead(1));
    view->selectRow(0);
    QVERIFY(!detail->toPlainText().isEmpty());

    QTest::mouseClick(clear, Qt::LeftButton);
    QCOMPARE(m_trace->entries().size(), 0);
    QCOMPARE(view->model()->rowCount(), 0);
    QVERIFY(detail->toPlainText().isEmpty());
    QVERIFY(!m_dock->copyCurlAction()->isEnabled());
}

void TestActivityDock::followsTheNewestRowUnlessScrolledUp()
{
    auto *view = child<QTableView>("traceView");
    QScrollBar *bar = view->verticalScrollBar();
    for (int i = 0; i < 100; ++i)
        m_trace->record(statusRead(i));
    QCOMPARE(view->model()->rowCount(), 100);
    QVERIFY(bar->maximum() > 0);
    QCOMPARE(bar->value(), bar->maximum());

    // The user scrolls up to read: new rows do not move the table.
    bar->setValue(0);
    for (int i = 100; i < 110; ++i)
        m_trace->record(statusRead(i));
    QCOMPARE(bar->value(), 0);

    // Back at the bottom: following again.
    bar->setValue(bar->maximum());
    m_trace->record(statusRead(110));
    QCOMPARE(bar->value(), bar->maximum());
    const QModelIndex newest = view->model()->index(view->model()->rowCount() - 1, 0);
    QVERIFY(view->viewport()->rect().intersects(view->visualRect(newest)));
}

void TestActivityDock::operationsLogShowsEntriesWithSeverityIcons()
{
    auto *view = child<QTableView>("activityView");
    QVERIFY(view);
    QCOMPARE(view->model()->rowCount(), 0);

    m_log->info(QStringLiteral("Production"), QStringLiteral("Connected to Production."));
    m_log->warning(QStringLiteral("Production"), QStringLiteral("CallBridge-2 does not answer."));
    m_log->error(QStringLiteral("Lab"), QStringLiteral("Lab could not be opened."));
    QCOMPARE(view->model()->rowCount(), 3);

    QAbstractItemModel *model = view->model();
    const int message = int(models::ActivityLogModel::Column::Message);
    const int cluster = int(models::ActivityLogModel::Column::Cluster);
    QCOMPARE(model->index(1, message).data().toString(), QStringLiteral("CallBridge-2 does not answer."));
    QCOMPARE(model->index(2, cluster).data().toString(), QStringLiteral("Lab"));

    // Each severity shows the style's icon for it.
    for (int row = 0; row < 3; ++row)
        QVERIFY(!model->index(row, 0).data(Qt::DecorationRole).value<QIcon>().isNull());
    const QIcon warning = view->style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, view);
    QCOMPARE(model->index(1, 0).data(Qt::DecorationRole).value<QIcon>().pixmap(16).toImage(),
             warning.pixmap(16).toImage());
}

void TestActivityDock::screenshot()
{
    for (int i = 0; i < 5; ++i)
        m_trace->record(statusRead(i));
    m_trace->record(userCreation());
    child<QTableView>("traceView")->selectRow(5);
    m_log->warning(QStringLiteral("Production"), QStringLiteral("CallBridge-2 does not answer."));

    const QString dir = QDir::tempPath() + QStringLiteral("/cmsconsole-screens");
    QVERIFY(QDir().mkpath(dir));
    QTest::qWait(50);   // the views lay out their columns after a zero timer
    QVERIFY(m_dock->grab().save(dir + QStringLiteral("/activitydock-trace.png")));
    m_dock->showOperations();
    QTest::qWait(50);
    QVERIFY(m_dock->grab().save(dir + QStringLiteral("/activitydock-operations.png")));
}

QTEST_MAIN(TestActivityDock)
#include "tst_activitydock.moc"
