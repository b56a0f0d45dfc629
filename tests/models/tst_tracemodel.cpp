// The API trace as a table: rows follow cms::ApiTrace (already redacted), the model's own capacity
// drops the oldest rows, a cleared trace resets; every cell under QAbstractItemModelTester.
#include "diagnostics/apitrace.h"
#include "diagnostics/redaction.h"
#include "activity/tracemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

using cms::ApiTrace;
using cms::TraceEntry;
using models::TraceModel;

namespace {

// A path is shown between left-to-right marks, so that it reads the same in an Arabic table.
QString leftToRight(const QString &text)
{
    return QChar(0x200E) + text + QChar(0x200E);
}

const QByteArray secretPasscode = QByteArrayLiteral("97135");

TraceEntry getEntry(int n)
{
    TraceEntry e;
    e.started = QDateTime(QDate(2024, 5, 1), QTime(12, 0, n % 60), Qt::UTC);
    e.elapsedMs = 1200 + n;
    e.endpoint = QStringLiteral("cms1.example.com:445");
    e.method = "GET";
    e.url = QUrl(QStringLiteral("https://cms1.example.com:445/api/v1/coSpaces?offset=%1&limit=10").arg(n));
    e.status = 200;
    e.replyBody = "<coSpaces total=\"0\"/>";
    return e;
}

TraceEntry failedPost()
{
    TraceEntry e;
    e.started = QDateTime(QDate(2024, 5, 1), QTime(12, 1, 0), Qt::UTC);
    e.elapsedMs = 30000;
    e.endpoint = QStringLiteral("cms2.example.com:443");
    e.method = "POST";
    e.url = QUrl(QStringLiteral("https://cms2.example.com/api/v1/coSpaces"));
    e.requestHeaders = {{"Content-Type", "application/x-www-form-urlencoded"}};
    e.requestBody = "name=Room&passcode=" + secretPasscode;
    e.error = QStringLiteral("Connection refused");
    return e;
}

QString cell(const QAbstractItemModel &model, int row, TraceModel::Column column, int role = Qt::DisplayRole)
{
    return model.data(model.index(row, int(column)), role).toString();
}

} // namespace

class TestTraceModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void columnsOfAReply();
    void columnsOfAFailure();
    void followsTheTrace();
    void capacityDropsTheOldest();
    void headers();
};

void TestTraceModel::columnsOfAReply()
{
    ApiTrace trace;
    trace.record(getEntry(7));   // before the model: taken over when it starts
    TraceModel model(trace);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);

    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.columnCount(), int(TraceModel::Column::Count));
    QCOMPARE(cell(model, 0, TraceModel::Column::Bridge), QStringLiteral("cms1.example.com:445"));
    QCOMPARE(cell(model, 0, TraceModel::Column::Method), QStringLiteral("GET"));
    QCOMPARE(cell(model, 0, TraceModel::Column::Path), leftToRight(QStringLiteral("/api/v1/coSpaces?offset=7&limit=10")));
    QCOMPARE(cell(model, 0, TraceModel::Column::Status), QStringLiteral("200"));
    QCOMPARE(cell(model, 0, TraceModel::Column::Duration), QLocale().toString(1207) + QStringLiteral(" ms"));
    QCOMPARE(model.data(model.index(0, int(TraceModel::Column::Duration)), TraceModel::RawValueRole).toLongLong(), 1207);
    QCOMPARE(model.data(model.index(0, int(TraceModel::Column::Status)), TraceModel::RawValueRole).toInt(), 200);
    QCOMPARE(model.data(model.index(0, 0), TraceModel::IsErrorRole).toBool(), false);

    const QDateTime started = getEntry(7).started;
    QCOMPARE(model.data(model.index(0, 0), TraceModel::RawValueRole).toDateTime(), started);
    // Local time with seconds.
    const QString time = cell(model, 0, TraceModel::Column::Time);
    QVERIFY2(time.contains(QLocale().toString(started.toLocalTime().time(), QStringLiteral("ss"))), qPrintable(time));
    QVERIFY2(time.contains(QLocale().toString(started.toLocalTime().time(), QStringLiteral("mm"))), qPrintable(time));

    const int trailing = int(Qt::AlignTrailing | Qt::AlignVCenter);
    QCOMPARE(model.data(model.index(0, int(TraceModel::Column::Duration)), Qt::TextAlignmentRole).toInt(), trailing);

    QCOMPARE(cell(model, 0, TraceModel::Column::Path, TraceModel::FormattedRole),
             ApiTrace::format(trace.entries().at(0)));
    QCOMPARE(cell(model, 0, TraceModel::Column::Path, TraceModel::CurlRole), ApiTrace::toCurl(trace.entries().at(0)));
    QCOMPARE(model.entry(0).elapsedMs, 1207);
}

void TestTraceModel::columnsOfAFailure()
{
    ApiTrace trace;
    TraceModel model(trace);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    trace.record(failedPost());

    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(cell(model, 0, TraceModel::Column::Status), QStringLiteral("Connection refused"));
    QCOMPARE(cell(model, 0, TraceModel::Column::Path), leftToRight(QStringLiteral("/api/v1/coSpaces")));
    QCOMPARE(cell(model, 0, TraceModel::Column::Bridge), QStringLiteral("cms2.example.com:443"));
    QCOMPARE(model.data(model.index(0, 0), TraceModel::IsErrorRole).toBool(), true);

    // What the model shows comes from the redacted trace: no passcode in any role of any column.
    for (int c = 0; c < model.columnCount(); ++c) {
        for (int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole), int(TraceModel::FormattedRole),
                         int(TraceModel::CurlRole), int(TraceModel::RawValueRole)}) {
            const QString text = cell(model, 0, TraceModel::Column(c), role);
            QVERIFY2(!text.contains(QString::fromLatin1(secretPasscode)), qPrintable(text));
        }
    }
    QVERIFY(cell(model, 0, TraceModel::Column::Path, TraceModel::FormattedRole).contains(cms::Redaction::redactedMarker()));

    TraceEntry notFound = getEntry(1);
    notFound.status = 404;
    trace.record(notFound);
    QCOMPARE(model.data(model.index(1, 0), TraceModel::IsErrorRole).toBool(), true);
}

void TestTraceModel::followsTheTrace()
{
    ApiTrace trace;
    TraceModel model(trace);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

    for (int i = 0; i < 5; ++i)
        trace.record(getEntry(i));
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(inserted.size(), 5);
    QCOMPARE(inserted.last().at(1).toInt(), 4);   // appended at the end, newest last
    QCOMPARE(cell(model, 4, TraceModel::Column::Path), leftToRight(QStringLiteral("/api/v1/coSpaces?offset=4&limit=10")));
    QCOMPARE(reset.size(), 0);

    trace.clear();
    QCOMPARE(reset.size(), 1);
    QCOMPARE(model.rowCount(), 0);
    trace.record(getEntry(9));
    QCOMPARE(model.rowCount(), 1);
}

void TestTraceModel::capacityDropsTheOldest()
{
    ApiTrace trace;
    trace.setCapacity(0);   // the trace keeps nothing but still streams: the model keeps its own rows
    TraceModel model(trace);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setCapacity(3);

    QStringList events;
    connect(&model, &QAbstractItemModel::rowsInserted, this,
            [&](const QModelIndex &, int first, int last) { events << QStringLiteral("inserted %1-%2").arg(first).arg(last); });
    connect(&model, &QAbstractItemModel::rowsRemoved, this,
            [&](const QModelIndex &, int first, int last) { events << QStringLiteral("removed %1-%2").arg(first).arg(last); });

    for (int i = 0; i < 4; ++i)
        trace.record(getEntry(i));
    QCOMPARE(events, QStringList({QStringLiteral("inserted 0-0"), QStringLiteral("inserted 1-1"),
                                  QStringLiteral("inserted 2-2"), QStringLiteral("removed 0-0"),
                                  QStringLiteral("inserted 2-2")}));
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(cell(model, 0, TraceModel::Column::Path), leftToRight(QStringLiteral("/api/v1/coSpaces?offset=1&limit=10")));
    QCOMPARE(cell(model, 2, TraceModel::Column::Path), leftToRight(QStringLiteral("/api/v1/coSpaces?offset=3&limit=10")));
    events.clear();

    model.setCapacity(1);
    QCOMPARE(events, QStringList({QStringLiteral("removed 0-1")}));
    QCOMPARE(cell(model, 0, TraceModel::Column::Path), leftToRight(QStringLiteral("/api/v1/coSpaces?offset=3&limit=10")));

    // The model starts with at most its capacity of what the trace already holds.
    ApiTrace full;
    for (int i = 0; i < int(ApiTrace::DefaultCapacity); ++i)
        full.record(getEntry(i));
    TraceModel second(full);
    QCOMPARE(second.rowCount(), int(ApiTrace::DefaultCapacity));
    second.setCapacity(10);
    QCOMPARE(second.rowCount(), 10);
    QCOMPARE(second.entry(9).url, full.entries().last().url);
}

void TestTraceModel::headers()
{
    ApiTrace trace;
    TraceModel model(trace);
    QStringList headers;
    for (int c = 0; c < model.columnCount(); ++c)
        headers << model.headerData(c, Qt::Horizontal).toString();
    QCOMPARE(headers, QStringList({QStringLiteral("Time"), QStringLiteral("Bridge"), QStringLiteral("Method"),
                                   QStringLiteral("Path"), QStringLiteral("Status"), QStringLiteral("Duration")}));
}

QTEST_GUILESS_MAIN(TestTraceModel)
#include "tst_tracemodel.moc"
