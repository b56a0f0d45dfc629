// The address check before a dial-out: what people type is accepted as CMS takes it, and each slip
// gets its own reason.
#include "live/dialaddress.h"

#include <QtTest>

using cms::DialAddress;
using Problem = cms::DialAddress::Problem;

class TestDialAddress : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void accepted_data();
    void accepted();
    void refused_data();
    void refused();
};

void TestDialAddress::accepted_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("sent");
    QTest::newRow("uri") << "alice@example.com" << "alice@example.com";
    QTest::newRow("blanks around") << "  alice@example.com \t" << "alice@example.com";
    QTest::newRow("sip scheme") << "sip:room.42@video.example.com" << "sip:room.42@video.example.com";
    QTest::newRow("SIPS upper case") << "SIPS:bob@example.com" << "SIPS:bob@example.com";
    QTest::newRow("port") << "bob@example.com:5061" << "bob@example.com:5061";
    QTest::newRow("ipv4 host") << "endpoint@192.0.2.10" << "endpoint@192.0.2.10";
    QTest::newRow("ipv6 host") << "endpoint@[2001:db8::1]:5060" << "endpoint@[2001:db8::1]:5060";
    QTest::newRow("host only") << "codec.example.com" << "codec.example.com";
    QTest::newRow("ip only") << "192.0.2.10" << "192.0.2.10";
    QTest::newRow("number") << "+33 1 23-45.67 (89)" << "+33123456789";
    QTest::newRow("tel") << "tel:+82 2 123 4567" << "tel:+8221234567";
    QTest::newRow("extension") << "4567" << "4567";
    QTest::newRow("idn domain") << "jean@société.fr" << "jean@société.fr";
    QTest::newRow("korean user") << "김민준@example.kr" << "김민준@example.kr";
}

void TestDialAddress::accepted()
{
    QFETCH(QString, typed);
    QFETCH(QString, sent);
    const DialAddress address = DialAddress::check(typed);
    QVERIFY2(address.isValid(), qPrintable(address.message()));
    QCOMPARE(address.address(), sent);
    QVERIFY(address.message().isEmpty());
}

void TestDialAddress::refused_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<Problem>("problem");
    QTest::addColumn<QString>("named");   // what the message quotes, if anything
    QTest::newRow("empty") << "" << Problem::Empty << "";
    QTest::newRow("scheme only") << "sip:" << Problem::Empty << "";
    QTest::newRow("space inside") << "alice smith@example.com" << Problem::Blank << "";
    QTest::newRow("no user") << "@example.com" << Problem::NoUser << "";
    QTest::newRow("no host") << "alice@" << Problem::NoHost << "";
    QTest::newRow("two at") << "alice@bob@example.com" << Problem::SeveralAt << "";
    QTest::newRow("angle bracket") << "<alice@example.com" << Problem::BadUserCharacter << "<";
    QTest::newRow("bad host") << "alice@exa_mple.com" << Problem::BadHost << "exa_mple.com";
    QTest::newRow("empty label") << "alice@example..com" << Problem::BadHost << "example..com";
    QTest::newRow("bad ipv6") << "alice@[2001:zz::1]" << Problem::BadHost << "[2001:zz::1]";
    QTest::newRow("port word") << "alice@example.com:sip" << Problem::BadPort << "sip";
    QTest::newRow("port too big") << "alice@example.com:70000" << Problem::BadPort << "70000";
    QTest::newRow("one word") << "alice" << Problem::NoDomain << "alice";
    QTest::newRow("tel letters") << "tel:+33 1 ABC" << Problem::BadNumber << "";
}

void TestDialAddress::refused()
{
    QFETCH(QString, typed);
    QFETCH(Problem, problem);
    QFETCH(QString, named);
    const DialAddress address = DialAddress::check(typed);
    QVERIFY(!address.isValid());
    QCOMPARE(address.problem(), problem);
    QVERIFY(address.address().isEmpty());
    QVERIFY(!address.message().isEmpty());
    if (!named.isEmpty())   // quoted, isolated from the sentence's direction
        QVERIFY2(address.message().contains(QChar(0x2068) + named + QChar(0x2069)), qPrintable(address.message()));
}

QTEST_GUILESS_MAIN(TestDialAddress)
#include "tst_dialaddress.moc"
