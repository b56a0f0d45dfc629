// When the CMS scheduler's daily job (01:15 GMT) deletes a temporary space: the first 01:15 UTC at
// or after the meeting's end + 24 h, across midnight, months and years, at the exact boundaries, from
// any time zone (UTC only: no daylight saving); what the table says for each state of the meeting.
#include "meetings/temporaryspaces.h"

#include <QLocale>
#include <QTimeZone>
#include <QtTest>

using cms::TemporarySpace;

namespace {

QDateTime utc(const char *text)
{
    QDateTime t = QDateTime::fromString(QString::fromLatin1(text), Qt::ISODate);
    t.setTimeZone(QTimeZone::utc());
    return t;
}

} // namespace

class TestTemporarySpaces : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void deletionTime_data();
    void deletionTime();
    void otherTimeZonesIn();
    void invalidEnd();
    void deletedAtByState();
    void texts();
};

void TestTemporarySpaces::deletionTime_data()
{
    QTest::addColumn<QDateTime>("end");
    QTest::addColumn<QDateTime>("deleted");
    QTest::newRow("afternoon: the night after next") << utc("2026-12-06T15:00:00") << utc("2026-12-08T01:15:00");
    QTest::newRow("exactly 01:15: 24 h later") << utc("2026-12-06T01:15:00") << utc("2026-12-07T01:15:00");
    QTest::newRow("a second after 01:15: a day more") << utc("2026-12-06T01:15:01") << utc("2026-12-08T01:15:00");
    QTest::newRow("a millisecond after") << utc("2026-12-06T01:15:00.001") << utc("2026-12-08T01:15:00");
    QTest::newRow("a second before 01:15") << utc("2026-12-06T01:14:59") << utc("2026-12-07T01:15:00");
    QTest::newRow("just before midnight") << utc("2026-12-06T23:59:59") << utc("2026-12-08T01:15:00");
    QTest::newRow("midnight") << utc("2026-12-07T00:00:00") << utc("2026-12-08T01:15:00");
    QTest::newRow("just after midnight") << utc("2026-12-07T00:30:00") << utc("2026-12-08T01:15:00");
    QTest::newRow("end of month") << utc("2026-11-30T12:00:00") << utc("2026-12-02T01:15:00");
    QTest::newRow("end of year") << utc("2026-12-31T02:00:00") << utc("2027-01-02T01:15:00");
    QTest::newRow("leap day") << utc("2028-02-28T01:00:00") << utc("2028-02-29T01:15:00");
    QTest::newRow("European DST change day (no effect in UTC)") << utc("2026-03-29T00:30:00") << utc("2026-03-30T01:15:00");
}

void TestTemporarySpaces::deletionTime()
{
    QFETCH(QDateTime, end);
    QFETCH(QDateTime, deleted);
    const QDateTime got = TemporarySpace::deletionTime(end);
    QCOMPARE(got, deleted);
    QCOMPARE(got.timeSpec(), Qt::UTC);
    // The job's rule itself: at least 24 h after the end, less than 48 h, at 01:15.
    QVERIFY(end.secsTo(got) >= 24 * 3600);
    QVERIFY(end.msecsTo(got) < 48LL * 3600 * 1000);
    QCOMPARE(got.time(), QTime(1, 15));
}

void TestTemporarySpaces::otherTimeZonesIn()
{
    // 23:30 in Paris in winter is 22:30 UTC; 03:00 in Seoul is 18:00 UTC the day before.
    const QDateTime paris(QDate(2026, 12, 6), QTime(23, 30), QTimeZone("Europe/Paris"));
    QCOMPARE(TemporarySpace::deletionTime(paris), utc("2026-12-08T01:15:00"));
    const QDateTime seoul(QDate(2026, 12, 7), QTime(3, 0), QTimeZone("Asia/Seoul"));
    QCOMPARE(TemporarySpace::deletionTime(seoul), utc("2026-12-08T01:15:00"));
    const QDateTime offset(QDate(2026, 12, 7), QTime(3, 15), QTimeZone(2 * 3600));   // 01:15 UTC
    QCOMPARE(TemporarySpace::deletionTime(offset), utc("2026-12-08T01:15:00"));
}

void TestTemporarySpaces::invalidEnd()
{
    QVERIFY(!TemporarySpace::deletionTime(QDateTime()).isValid());
}

void TestTemporarySpaces::deletedAtByState()
{
    const QDateTime now = utc("2026-12-06T14:00:00");
    TemporarySpace space;
    space.meeting = TemporarySpace::Meeting::Running;
    QVERIFY(!space.deletedAt(now).isValid());
    space.meeting = TemporarySpace::Meeting::EndSeen;
    space.endedAt = utc("2026-12-06T10:00:00");
    QCOMPARE(space.deletedAt(now), utc("2026-12-08T01:15:00"));
    // Not running, end not seen: at the latest as if it had ended now.
    space.meeting = TemporarySpace::Meeting::NotRunning;
    space.endedAt = {};
    QCOMPARE(space.deletedAt(now), utc("2026-12-08T01:15:00"));
    QCOMPARE(space.deletedAt(utc("2026-12-06T00:30:00")), utc("2026-12-07T01:15:00"));
}

void TestTemporarySpaces::texts()
{
    qputenv("TZ", "UTC");
    const QLocale english(QLocale::English, QLocale::UnitedKingdom);
    const QDateTime now = utc("2026-12-06T14:00:00");
    TemporarySpace space;
    space.meeting = TemporarySpace::Meeting::EndSeen;
    space.endedAt = utc("2026-12-06T10:00:00");
    const QString text = space.deletionText(now, english);
    QVERIFY2(text.contains(QStringLiteral("(01:15 GMT)")), qPrintable(text));
    QVERIFY2(text.contains(english.toString(utc("2026-12-08T01:15:00").toLocalTime(), QLocale::ShortFormat)), qPrintable(text));
    space.meeting = TemporarySpace::Meeting::NotRunning;
    const QString unknown = space.deletionText(now, english);
    QVERIFY2(unknown.contains(QStringLiteral("if it has already ended")), qPrintable(unknown));
    QVERIFY2(unknown.contains(QStringLiteral("(01:15 GMT)")), qPrintable(unknown));
    space.meeting = TemporarySpace::Meeting::Running;
    QVERIFY(!space.deletionText(now, english).contains(QStringLiteral("GMT)")));
    QCOMPARE(space.meetingText(), QStringLiteral("Running now"));
}

QTEST_GUILESS_MAIN(TestTemporarySpaces)
#include "tst_temporaryspaces.moc"
