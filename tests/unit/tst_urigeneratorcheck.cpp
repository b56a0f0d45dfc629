// The uriGenerator check of access method templates: what the API takes passes, and each slip gets
// its own reason, naming the field and, for a wrong character, the character and where it is.
#include "schema/schema.h"
#include "schema/urigeneratorcheck.h"

#include <QtTest>

using cms::UriGeneratorCheck;
using Problem = cms::UriGeneratorCheck::Problem;

class TestUriGeneratorCheck : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void accepted_data();
    void accepted();
    void refused_data();
    void refused();
    void eachSlipHasItsOwnReason();
    void schemaFieldUsesIt();
};

void TestUriGeneratorCheck::accepted_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::newRow("empty is unset") << QString();
    QTest::newRow("guest") << QStringLiteral("$.guest");
    QTest::newRow("host") << QStringLiteral("$.host");
    QTest::newRow("prefix") << QStringLiteral("meet-$");
    QTest::newRow("alone") << QStringLiteral("$");
    QTest::newRow("every allowed character") << QStringLiteral("Az09._-$.x_Y-9");
}

void TestUriGeneratorCheck::accepted()
{
    QFETCH(QString, pattern);
    const UriGeneratorCheck check = UriGeneratorCheck::check(pattern);
    QVERIFY(check.isValid());
    QCOMPARE(check.problem(), Problem::None);
    QVERIFY(check.message(QStringLiteral("URI pattern")).isEmpty());
}

void TestUriGeneratorCheck::refused_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<Problem>("problem");
    QTest::addColumn<QString>("culprit");
    QTest::addColumn<int>("position");
    QTest::newRow("no dollar") << QStringLiteral("guest") << Problem::NoPlaceholder << QStringLiteral("0") << 0;
    QTest::newRow("two dollars") << QStringLiteral("$.$") << Problem::SeveralPlaceholders << QStringLiteral("2") << 0;
    QTest::newRow("three dollars") << QStringLiteral("$$$") << Problem::SeveralPlaceholders << QStringLiteral("3") << 0;
    QTest::newRow("space") << QStringLiteral("$ guest") << Problem::Blank << QStringLiteral(" ") << 2;
    QTest::newRow("tab") << QStringLiteral("$.\tguest") << Problem::Blank << QStringLiteral("\t") << 3;
    QTest::newRow("at sign") << QStringLiteral("$@example.com") << Problem::BadCharacter << QStringLiteral("@") << 2;
    QTest::newRow("accent") << QStringLiteral("$.invité") << Problem::BadCharacter << QStringLiteral("é") << 8;
    QTest::newRow("hangul") << QStringLiteral("손님.$") << Problem::BadCharacter << QStringLiteral("손") << 1;
    QTest::newRow("outside the BMP") << QStringLiteral("a\U0001F600$") << Problem::BadCharacter << QStringLiteral("\U0001F600") << 2;
    QTest::newRow("character before count") << QStringLiteral("a+b") << Problem::BadCharacter << QStringLiteral("+") << 2;
    QTest::newRow("slash") << QStringLiteral("$/guest") << Problem::BadCharacter << QStringLiteral("/") << 2;
}

void TestUriGeneratorCheck::refused()
{
    QFETCH(QString, pattern);
    QFETCH(Problem, problem);
    QFETCH(QString, culprit);
    QFETCH(int, position);
    const UriGeneratorCheck check = UriGeneratorCheck::check(pattern);
    QVERIFY(!check.isValid());
    QCOMPARE(check.problem(), problem);
    QCOMPARE(check.culprit(), culprit);
    QCOMPARE(check.position(), position);
    const QString message = check.message(QStringLiteral("URI pattern"));
    QVERIFY(message.contains(QStringLiteral("URI pattern")));
    if (problem == Problem::BadCharacter)
        QVERIFY2(message.contains(culprit) && message.contains(QString::number(position)), qPrintable(message));
    if (problem == Problem::Blank)
        QVERIFY2(message.contains(QString::number(position)), qPrintable(message));
}

void TestUriGeneratorCheck::eachSlipHasItsOwnReason()
{
    const QStringList messages = {
        UriGeneratorCheck::check(QStringLiteral("a b$")).message(QStringLiteral("F")),
        UriGeneratorCheck::check(QStringLiteral("a@$")).message(QStringLiteral("F")),
        UriGeneratorCheck::check(QStringLiteral("guest")).message(QStringLiteral("F")),
        UriGeneratorCheck::check(QStringLiteral("$$")).message(QStringLiteral("F")),
    };
    for (int i = 0; i < messages.size(); ++i) {
        QVERIFY(!messages.at(i).isEmpty());
        for (int j = i + 1; j < messages.size(); ++j)
            QVERIFY2(messages.at(i) != messages.at(j), qPrintable(messages.at(i)));
    }
    QVERIFY(messages.at(3).contains(QLatin1Char('2')));   // how many "$" there are
}

// The schema's check of the field (what every form shows as the user types) is this one.
void TestUriGeneratorCheck::schemaFieldUsesIt()
{
    const cms::FieldDef *field = cms::Schema::find(u"accessMethodTemplates")->field(u"uriGenerator");
    QVERIFY(field);
    for (const QString &pattern : {QStringLiteral("a b$"), QStringLiteral("a@$"), QStringLiteral("guest"), QStringLiteral("$$")})
        QCOMPARE(cms::Schema::checkValue(*field, pattern, 0), UriGeneratorCheck::check(pattern).message(field->label()));
    QVERIFY(cms::Schema::checkValue(*field, QStringLiteral("$.guest"), 0).isEmpty());
}

QTEST_GUILESS_MAIN(TestUriGeneratorCheck)
#include "tst_urigeneratorcheck.moc"
