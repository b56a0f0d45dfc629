// The Activity dock's log (cms::ActivityLog: bounded, dropped before added, cleared) and its table
// model, which follows the log row by row under QAbstractItemModelTester.
#include "diagnostics/activitylog.h"
#include "activity/activitylogmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

using cms::ActivityEntry;
using cms::ActivityLog;
using models::ActivityLogModel;

namespace {

QString cell(const QAbstractItemModel &model, int row, ActivityLogModel::Column column,
             int role = Qt::DisplayRole)
{
    return model.data(model.index(row, int(column)), role).toString();
}

} // namespace

class TestActivityLogModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void logDropsBeforeAdding();
    void logCapacityAndClear();
    void modelShowsExistingEntries();
    void modelFollowsAddDropAndClear();
    void modelHeaders();
};

void TestActivityLogModel::logDropsBeforeAdding()
{
    ActivityLog log;
    log.setCapacity(2);
    QStringList order;
    connect(&log, &ActivityLog::entriesDropped, this, [&](int n) { order << QStringLiteral("dropped %1").arg(n); });
    connect(&log, &ActivityLog::entryAdded, this,
            [&](const ActivityEntry &e) { order << QStringLiteral("added ") + e.message; });

    log.info(QStringLiteral("Lab"), QStringLiteral("one"));
    log.warning(QStringLiteral("Lab"), QStringLiteral("two"));
    log.error({}, QStringLiteral("three"));

    QCOMPARE(order, QStringList({QStringLiteral("added one"), QStringLiteral("added two"),
                                 QStringLiteral("dropped 1"), QStringLiteral("added three")}));
    QCOMPARE(log.entries().size(), 2);
    QCOMPARE(log.entries().at(0).message, QStringLiteral("two"));
    QCOMPARE(log.entries().at(0).severity, ActivityEntry::Severity::Warning);
    QCOMPARE(log.entries().at(1).severity, ActivityEntry::Severity::Error);
    QCOMPARE(log.entries().at(1).cluster, QString());
    QCOMPARE(log.entries().at(1).time.timeSpec(), Qt::UTC);
    QVERIFY(qAbs(log.entries().at(1).time.secsTo(QDateTime::currentDateTimeUtc())) < 60);
}

void TestActivityLogModel::logCapacityAndClear()
{
    ActivityLog log;
    QCOMPARE(log.capacity(), ActivityLog::DefaultCapacity);
    for (int i = 0; i < 5; ++i)
        log.info(QStringLiteral("Lab"), QString::number(i));

    QSignalSpy dropped(&log, &ActivityLog::entriesDropped);
    log.setCapacity(0);   // at least one is kept
    QCOMPARE(log.capacity(), 1);
    QCOMPARE(dropped.size(), 1);
    QCOMPARE(dropped.at(0).at(0).toInt(), 4);
    QCOMPARE(log.entries().size(), 1);
    QCOMPARE(log.entries().at(0).message, QStringLiteral("4"));

    QSignalSpy cleared(&log, &ActivityLog::cleared);
    log.clear();
    QCOMPARE(cleared.size(), 1);
    QVERIFY(log.entries().isEmpty());
}

void TestActivityLogModel::modelShowsExistingEntries()
{
    ActivityLog log;
    log.info(QStringLiteral("Production"), QStringLiteral("Connected."));
    log.error(QStringLiteral("Lab"), QStringLiteral("Failed over."));

    ActivityLogModel model(log);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), int(ActivityLogModel::Column::Count));
    QCOMPARE(cell(model, 0, ActivityLogModel::Column::Cluster), QStringLiteral("Production"));
    QCOMPARE(cell(model, 1, ActivityLogModel::Column::Message), QStringLiteral("Failed over."));
    QCOMPARE(model.data(model.index(1, 0), ActivityLogModel::SeverityRole).toInt(),
             int(ActivityEntry::Severity::Error));
    QCOMPARE(model.data(model.index(0, 0), ActivityLogModel::SeverityRole).toInt(),
             int(ActivityEntry::Severity::Info));

    // The time in the locale's short format with seconds, local time; the raw value the UTC time.
    const QDateTime time = log.entries().at(0).time;
    QCOMPARE(model.data(model.index(0, 0), ActivityLogModel::RawValueRole).toDateTime(), time);
    const QString shown = cell(model, 0, ActivityLogModel::Column::Time);
    QVERIFY(!shown.isEmpty());
    QVERIFY2(shown.contains(QLocale().toString(time.toLocalTime().time(), QStringLiteral("mm"))), qPrintable(shown));
}

void TestActivityLogModel::modelFollowsAddDropAndClear()
{
    ActivityLog log;
    log.setCapacity(3);
    ActivityLogModel model(log);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);

    QStringList events;
    connect(&model, &QAbstractItemModel::rowsInserted, this,
            [&](const QModelIndex &, int first, int last) { events << QStringLiteral("inserted %1-%2").arg(first).arg(last); });
    connect(&model, &QAbstractItemModel::rowsRemoved, this,
            [&](const QModelIndex &, int first, int last) { events << QStringLiteral("removed %1-%2").arg(first).arg(last); });
    connect(&model, &QAbstractItemModel::modelReset, this, [&] { events << QStringLiteral("reset"); });

    for (int i = 0; i < 3; ++i)
        log.info(QStringLiteral("Lab"), QStringLiteral("message %1").arg(i));
    QCOMPARE(events, QStringList({QStringLiteral("inserted 0-0"), QStringLiteral("inserted 1-1"),
                                  QStringLiteral("inserted 2-2")}));
    events.clear();

    // Full: the oldest row leaves at the top before the new one arrives at the end.
    log.warning(QStringLiteral("Lab"), QStringLiteral("message 3"));
    QCOMPARE(events, QStringList({QStringLiteral("removed 0-0"), QStringLiteral("inserted 2-2")}));
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(cell(model, 0, ActivityLogModel::Column::Message), QStringLiteral("message 1"));
    QCOMPARE(cell(model, 2, ActivityLogModel::Column::Message), QStringLiteral("message 3"));
    QCOMPARE(model.data(model.index(2, 0), ActivityLogModel::SeverityRole).toInt(),
             int(ActivityEntry::Severity::Warning));
    events.clear();

    log.setCapacity(1);
    QCOMPARE(events, QStringList({QStringLiteral("removed 0-1")}));
    QCOMPARE(cell(model, 0, ActivityLogModel::Column::Message), QStringLiteral("message 3"));
    events.clear();

    log.clear();
    QCOMPARE(events, QStringList({QStringLiteral("reset")}));
    QCOMPARE(model.rowCount(), 0);

    log.info({}, QStringLiteral("after clear"));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(cell(model, 0, ActivityLogModel::Column::Cluster), QString());
}

void TestActivityLogModel::modelHeaders()
{
    ActivityLog log;
    ActivityLogModel model(log);
    QStringList headers;
    for (int c = 0; c < model.columnCount(); ++c)
        headers << model.headerData(c, Qt::Horizontal).toString();
    QCOMPARE(headers, QStringList({QStringLiteral("Time"), QStringLiteral("Cluster"), QStringLiteral("Event")}));
    QVERIFY(!model.headerData(0, Qt::Vertical).isValid());
}

QTEST_GUILESS_MAIN(TestActivityLogModel)
#include "tst_activitylogmodel.moc"
