// How the models write times, durations, clock skews and addresses: through QLocale and tr(), in
// local time, with seconds where a log needs them.
#include "common/displayformat.h"

#include <QGuiApplication>
#include <QTranslator>
#include <QtTest>

using models::DisplayFormat;

class TestDisplayFormat : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup() { QLocale::setDefault(QLocale::c()); }
    void timeWithSeconds_data();
    void timeWithSeconds();
    void durations();
    void durationsAgreeWithTheirNumbers();
    void isolatesAndDirection();
    void clockSkew();
    void localeNumbers();
    void hostPort();
};

void TestDisplayFormat::timeWithSeconds_data()
{
    QTest::addColumn<QString>("locale");
    QTest::newRow("C") << QStringLiteral("C");
    QTest::newRow("en_US") << QStringLiteral("en_US");
    QTest::newRow("fr_FR") << QStringLiteral("fr_FR");
    QTest::newRow("ko_KR") << QStringLiteral("ko_KR");
    QTest::newRow("ar_EG") << QStringLiteral("ar_EG");
}

void TestDisplayFormat::timeWithSeconds()
{
    QFETCH(QString, locale);
    QLocale::setDefault(QLocale(locale));
    const QDateTime local(QDate(2024, 5, 1), QTime(14, 5, 9));
    const QString text = DisplayFormat::timeWithSeconds(local.toUTC());
    // The locale's own short format with the seconds added: shown in local time, seconds present.
    const QLocale l;
    QVERIFY2(text.contains(l.toString(QTime(14, 5, 9), QStringLiteral("ss"))), qPrintable(text));
    QVERIFY2(text.contains(l.toString(QTime(14, 5, 9), QStringLiteral("mm"))), qPrintable(text));
    QVERIFY2(text.startsWith(l.toString(QTime(14, 5, 9), QLocale::ShortFormat).left(1)), qPrintable(text));
    QVERIFY(DisplayFormat::timeWithSeconds(QDateTime()).isEmpty());
    QVERIFY(!DisplayFormat::dateTime(local).isEmpty());
}

void TestDisplayFormat::durations()
{
    QCOMPARE(DisplayFormat::duration(3 * 86400 + 4 * 3600 + 59), QStringLiteral("3 d 4 h"));
    QCOMPARE(DisplayFormat::duration(5 * 3600 + 12 * 60), QStringLiteral("5 h 12 min"));
    QCOMPARE(DisplayFormat::duration(7 * 60 + 3), QStringLiteral("7 min"));
    QCOMPARE(DisplayFormat::duration(42), QStringLiteral("42 s"));
    QCOMPARE(DisplayFormat::duration(0), QStringLiteral("0 s"));
    QCOMPARE(DisplayFormat::duration(-1), QString());
    QCOMPARE(DisplayFormat::milliseconds(120), QStringLiteral("120 ms"));
}

void TestDisplayFormat::clockSkew()
{
    QCOMPARE(DisplayFormat::clockSkew(1200), QStringLiteral("+1.2 s"));
    QCOMPARE(DisplayFormat::clockSkew(1249), QStringLiteral("+1.2 s"));
    QCOMPARE(DisplayFormat::clockSkew(1250), QStringLiteral("+1.3 s"));
    QCOMPARE(DisplayFormat::clockSkew(-400), QStringLiteral("-0.4 s"));
    QCOMPARE(DisplayFormat::clockSkew(-1250), QStringLiteral("-1.3 s"));
    QCOMPARE(DisplayFormat::clockSkew(40), QStringLiteral("0.0 s"));
    QCOMPARE(DisplayFormat::clockSkew(-40), QStringLiteral("0.0 s"));
}

void TestDisplayFormat::localeNumbers()
{
    QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
    QCOMPARE(DisplayFormat::clockSkew(1200), QStringLiteral("+1,2 s"));
    QCOMPARE(DisplayFormat::number(12345), QLocale().toString(12345));
    QCOMPARE(DisplayFormat::duration(100 * 86400), QLocale().toString(100) + QStringLiteral(" d 0 h"));
    QCOMPARE(DisplayFormat::milliseconds(1500), QLocale().toString(1500) + QStringLiteral(" ms"));
}

void TestDisplayFormat::durationsAgreeWithTheirNumbers()
{
    // Each unit takes the plural form its number asks for, in the language's digits and joined its way.
    QTranslator arabic;
    QVERIFY(arabic.load(QStringLiteral(CMS_TRANSLATIONS_BINARY_DIR "/cmsconsole_ar.qm")));
    QCoreApplication::installTranslator(&arabic);
    QLocale::setDefault(QLocale(QLocale::Arabic, QLocale::Egypt));
    const auto restore = qScopeGuard([&arabic] {
        QCoreApplication::removeTranslator(&arabic);
        QLocale::setDefault(QLocale::c());
    });
    QCOMPARE(DisplayFormat::duration(3 * 86400 + 4 * 3600), QStringLiteral("٣ أيام و٤ ساعات"));
    QCOMPARE(DisplayFormat::duration(2 * 3600 + 60), QStringLiteral("ساعتان ودقيقة واحدة"));
    QCOMPARE(DisplayFormat::duration(11 * 60), QStringLiteral("١١ دقيقة"));
    QCOMPARE(DisplayFormat::duration(5), QStringLiteral("٥ ثوانٍ"));
}

void TestDisplayFormat::isolatesAndDirection()
{
    QCOMPARE(DisplayFormat::isolated(QStringLiteral("room.1")), QStringLiteral("\u2068room.1\u2069"));
    QGuiApplication::setLayoutDirection(Qt::RightToLeft);
    QCOMPARE(DisplayFormat::inLayoutDirection(QStringLiteral("URI: x")).at(0), QChar(0x200F));
    QGuiApplication::setLayoutDirection(Qt::LeftToRight);
    QCOMPARE(DisplayFormat::inLayoutDirection(QStringLiteral("URI: x")).at(0), QChar(0x200E));
}

void TestDisplayFormat::hostPort()
{
    QCOMPARE(DisplayFormat::hostPort(QUrl(QStringLiteral("https://cms1.example.com"))),
             QStringLiteral("cms1.example.com:443"));
    QCOMPARE(DisplayFormat::hostPort(QUrl(QStringLiteral("https://cms1.example.com:445"))),
             QStringLiteral("cms1.example.com:445"));
    QCOMPARE(DisplayFormat::hostPort(QUrl(QStringLiteral("https://[::1]:445"))), QStringLiteral("[::1]:445"));
}

QTEST_MAIN(TestDisplayFormat)
#include "tst_displayformat.moc"
