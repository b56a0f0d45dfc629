// What a call bridge says about itself in GET /system/status, read into SystemStatus.
#include "api/systemstatus.h"
#include "api/xmlcodec.h"

#include <QTimeZone>
#include <QtTest>

using namespace cms;

namespace {

CmsNode statusNode(const QByteArray &inner)
{
    const auto parsed = XmlCodec::parseObject("<?xml version=\"1.0\"?><status>" + inner + "</status>");
    if (!parsed.ok())
        qWarning("status did not parse");
    return parsed.value;
}

QDateTime utc(int h, int m, int s, int ms = 0)
{
    return QDateTime(QDate(2026, 3, 14), QTime(h, m, s, ms), QTimeZone::utc());
}

} // namespace

class TestSystemStatus : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyFieldIsRead()
    {
        const CmsNode node = statusNode("<softwareVersion>3.8.1</softwareVersion>"
                                        "<uptimeSeconds>86400</uptimeSeconds>"
                                        "<activated>true</activated>"
                                        "<clusterEnabled>false</clusterEnabled>"
                                        "<cdrTime>2026-03-14T10:00:05Z</cdrTime>"
                                        "<callLegsActive>12</callLegsActive>"
                                        "<callLegsMaxActive>40</callLegsMaxActive>"
                                        "<callLegsCompleted>1234</callLegsCompleted>"
                                        "<audioBitRateOutgoing>64000</audioBitRateOutgoing>");
        const SystemStatus s = SystemStatus::fromNode(node, utc(10, 0, 0));
        QVERIFY(s.isValid());
        QCOMPARE(s.softwareVersion, QStringLiteral("3.8.1"));
        QCOMPARE(s.uptimeSeconds, 86400);
        QCOMPARE(s.activated, std::optional<bool>(true));
        QCOMPARE(s.clusterEnabled, std::optional<bool>(false));
        QCOMPARE(s.cdrTime, utc(10, 0, 5));
        QCOMPARE(s.callLegsActive, 12);
        QCOMPARE(s.callLegsMaxActive, 40);
        QCOMPARE(s.callLegsCompleted, 1234);
        QCOMPARE(s.receivedAt, utc(10, 0, 0));
        QCOMPARE(s.clockSkewMs, std::optional<qint64>(5000));   // the bridge is ahead
    }

    void missingFieldsStayUnset()
    {
        const SystemStatus s = SystemStatus::fromNode(statusNode("<softwareVersion>2.0(RC)</softwareVersion>"),
                                                      utc(10, 0, 0));
        QVERIFY(s.isValid());
        QCOMPARE(s.softwareVersion, QStringLiteral("2.0(RC)"));
        QCOMPARE(s.uptimeSeconds, -1);
        QVERIFY(!s.activated.has_value());
        QVERIFY(!s.clusterEnabled.has_value());
        QVERIFY(!s.cdrTime.isValid());
        QVERIFY(!s.clockSkewMs.has_value());
        QCOMPARE(s.callLegsActive, -1);
        QCOMPARE(s.callLegsMaxActive, -1);
        QCOMPARE(s.callLegsCompleted, -1);
    }

    void unreadableValuesStayUnset()
    {
        const SystemStatus s = SystemStatus::fromNode(statusNode("<uptimeSeconds>soon</uptimeSeconds>"
                                                                 "<activated>maybe</activated>"
                                                                 "<cdrTime>yesterday</cdrTime>"
                                                                 "<callLegsActive/>"
                                                                 "<callLegsCompleted>-3</callLegsCompleted>"),
                                                      utc(10, 0, 0));
        QCOMPARE(s.uptimeSeconds, -1);
        QVERIFY(!s.activated.has_value());
        QVERIFY(!s.cdrTime.isValid());
        QVERIFY(!s.clockSkewMs.has_value());
        QCOMPARE(s.callLegsActive, -1);
        QCOMPARE(s.callLegsCompleted, -1);
    }

    void cdrTimeFormats_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QDateTime>("expected");
        QTest::addColumn<qint64>("skewMs");
        QTest::newRow("Z") << QByteArray("2026-03-14T09:59:58Z") << utc(9, 59, 58) << qint64(-2000);
        QTest::newRow("no zone is UTC") << QByteArray("2026-03-14T10:00:03") << utc(10, 0, 3) << qint64(3000);
        QTest::newRow("fraction") << QByteArray("2026-03-14T10:00:00.250Z") << utc(10, 0, 0, 250) << qint64(250);
        QTest::newRow("fraction, no zone") << QByteArray("2026-03-14T10:00:01.5") << utc(10, 0, 1, 500) << qint64(1500);
        QTest::newRow("offset") << QByteArray("2026-03-14T11:00:00+01:00") << utc(10, 0, 0) << qint64(0);
        QTest::newRow("negative offset") << QByteArray("2026-03-14T04:30:10-05:30") << utc(10, 0, 10) << qint64(10000);
        QTest::newRow("spaces around") << QByteArray("  2026-03-14T10:00:00Z \n") << utc(10, 0, 0) << qint64(0);
    }

    void cdrTimeFormats()
    {
        QFETCH(QByteArray, text);
        QFETCH(QDateTime, expected);
        QFETCH(qint64, skewMs);
        const SystemStatus s = SystemStatus::fromNode(statusNode("<cdrTime>" + text + "</cdrTime>"), utc(10, 0, 0));
        QVERIFY(s.cdrTime.isValid());
        QCOMPARE(s.cdrTime, expected);
        QCOMPARE(s.cdrTime.timeSpec(), Qt::UTC);
        QCOMPARE(s.clockSkewMs, std::optional<qint64>(skewMs));
    }

    void receivedAtIsKeptInUtc()
    {
        const QDateTime local = utc(10, 0, 0).toLocalTime();
        const SystemStatus s = SystemStatus::fromNode(statusNode("<cdrTime>2026-03-14T10:00:00Z</cdrTime>"), local);
        QCOMPARE(s.receivedAt.timeSpec(), Qt::UTC);
        QCOMPARE(s.clockSkewMs, std::optional<qint64>(0));
    }

    void defaultIsInvalid()
    {
        QVERIFY(!SystemStatus().isValid());
    }
};

QTEST_GUILESS_MAIN(TestSystemStatus)
#include "tst_systemstatus.moc"
