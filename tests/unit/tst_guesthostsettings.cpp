// The guest/host access inputs (issue 14, item 1): each value checked as typed, and how the values
// fit each of the four patterns.
#include "config/guesthostsettings.h"

#include <QtTest>

using namespace cms;
using Pattern = GuestHostSettings::Pattern;

namespace {

GuestHostSettings valid(Pattern pattern)
{
    GuestHostSettings s;
    s.pattern = pattern;
    s.spaceName = QStringLiteral("Board");
    s.spaceUri = QStringLiteral("board");
    s.spaceCallId = QStringLiteral("100");
    switch (pattern) {
    case Pattern::DifferentUri:
        s.hostUri = QStringLiteral("board.host");
        s.hostCallId = QStringLiteral("101");
        break;
    case Pattern::SamePinDiffers:
        s.hostCallId = QStringLiteral("101");
        s.guestPin = QStringLiteral("789");
        s.hostPin = QStringLiteral("1234");
        break;
    case Pattern::EmptyGuestPin:
        s.hostCallId = QStringLiteral("101");
        s.hostPin = QStringLiteral("1234");
        s.passcodeMode = QStringLiteral("timeout");
        s.passcodeTimeout = 5;
        break;
    case Pattern::HostIsMember:
        s.hostJid = QStringLiteral("host@example.com");
        s.hostPin = QStringLiteral("12345");
        break;
    }
    return s;
}

QStringList fields(const QList<GuestHostIssue> &issues)
{
    QStringList out;
    for (const GuestHostIssue &issue : issues) {
        out.append(issue.field);
        if (issue.reason.isEmpty())
            out.append(QStringLiteral("(no reason)"));
    }
    return out;
}

} // namespace

class TestGuestHostSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void valuesAsTyped_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("fine");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("uri") << GuestHostField::spaceUri.toString() << QStringLiteral("guest.space") << true << QString();
        QTest::newRow("uri with domain") << GuestHostField::spaceUri.toString() << QStringLiteral("guest@example.com") << false << QStringLiteral("@");
        QTest::newRow("uri with a space") << GuestHostField::hostUri.toString() << QStringLiteral("host space") << false << QStringLiteral("Hosts");
        QTest::newRow("uri bad escape") << GuestHostField::hostUri.toString() << QStringLiteral("a%zz") << false << QStringLiteral("%");
        QTest::newRow("call id") << GuestHostField::spaceCallId.toString() << QStringLiteral("628821815") << true << QString();
        QTest::newRow("call id letters") << GuestHostField::spaceCallId.toString() << QStringLiteral("12a") << false << QStringLiteral("a");
        QTest::newRow("call id too long") << GuestHostField::hostCallId.toString() << QString(21, u'1') << false << QStringLiteral("20");
        QTest::newRow("pin") << GuestHostField::guestPin.toString() << QStringLiteral("0789") << true << QString();
        QTest::newRow("pin letters") << GuestHostField::hostPin.toString() << QStringLiteral("12#4") << false << QStringLiteral("#");
        QTest::newRow("pin too long") << GuestHostField::guestPin.toString() << QString(33, u'9') << false << QStringLiteral("32");
        QTest::newRow("empty is fine as typed") << GuestHostField::hostPin.toString() << QString() << true << QString();
        QTest::newRow("passcode mode") << GuestHostField::passcodeMode.toString() << QStringLiteral("sometimes") << false << QStringLiteral("sometimes");
        QTest::newRow("deactivation") << GuestHostField::deactivationMode.toString() << QStringLiteral("remainActivated") << true << QString();
        QTest::newRow("jid") << GuestHostField::hostJid.toString() << QStringLiteral("not a jid") << false << QString();
    }

    void valuesAsTyped()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(bool, fine);
        QFETCH(QString, mentions);
        const QString reason = GuestHostInputs::checkValue(field, value);
        QCOMPARE(reason.isEmpty(), fine);
        if (!mentions.isEmpty())
            QVERIFY2(reason.contains(mentions), qPrintable(reason));
    }

    void eachPatternAcceptsItsInputs_data()
    {
        QTest::addColumn<int>("pattern");
        for (int p = 1; p <= 4; ++p)
            QTest::addRow("pattern %d", p) << p;
    }

    void eachPatternAcceptsItsInputs()
    {
        QFETCH(int, pattern);
        GuestHostSettings s = valid(Pattern(pattern));
        QCOMPARE(fields(GuestHostInputs::check(s)), QStringList());
        QVERIFY(!GuestHostInputs::patternName(s.pattern).isEmpty());
        s.spaceId = QStringLiteral("existing");
        s.spaceName.clear();
        QCOMPARE(fields(GuestHostInputs::check(s)), QStringList());
    }

    void mismatchesAreNamed_data()
    {
        QTest::addColumn<int>("pattern");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("expected");
        const QString name = GuestHostField::spaceName.toString();
        QTest::newRow("new space without name") << 1 << name << QString() << name;
        QTest::newRow("1: host uri same as guests'") << 1 << GuestHostField::hostUri.toString() << QStringLiteral("BOARD") << GuestHostField::hostUri.toString();
        QTest::newRow("1: host call id same as guests'") << 1 << GuestHostField::hostCallId.toString() << QStringLiteral("100") << GuestHostField::hostCallId.toString();
        QTest::newRow("2: no guest pin") << 2 << GuestHostField::guestPin.toString() << QString() << GuestHostField::guestPin.toString();
        QTest::newRow("2: same pins") << 2 << GuestHostField::hostPin.toString() << QStringLiteral("789") << GuestHostField::hostPin.toString();
        QTest::newRow("2: no uri for a new space") << 2 << GuestHostField::spaceUri.toString() << QString() << GuestHostField::spaceUri.toString();
        QTest::newRow("3: guest pin given") << 3 << GuestHostField::guestPin.toString() << QStringLiteral("1") << GuestHostField::guestPin.toString();
        QTest::newRow("3: no passcode mode") << 3 << GuestHostField::passcodeMode.toString() << QString() << GuestHostField::passcodeMode.toString();
        QTest::newRow("3: no host pin") << 3 << GuestHostField::hostPin.toString() << QString() << GuestHostField::hostPin.toString();
        QTest::newRow("4: no host user") << 4 << GuestHostField::hostJid.toString() << QString() << GuestHostField::hostJid.toString();
        QTest::newRow("bad uri as typed") << 2 << GuestHostField::spaceUri.toString() << QStringLiteral("a b") << GuestHostField::spaceUri.toString();
        QTest::newRow("no deactivation mode") << 1 << GuestHostField::deactivationMode.toString() << QString() << GuestHostField::deactivationMode.toString();
    }

    void mismatchesAreNamed()
    {
        QFETCH(int, pattern);
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(QString, expected);
        GuestHostSettings s = valid(Pattern(pattern));
        if (field == GuestHostField::spaceName) s.spaceName = value;
        else if (field == GuestHostField::spaceUri) s.spaceUri = value;
        else if (field == GuestHostField::hostUri) s.hostUri = value;
        else if (field == GuestHostField::hostCallId) s.hostCallId = value;
        else if (field == GuestHostField::guestPin) s.guestPin = value;
        else if (field == GuestHostField::hostPin) s.hostPin = value;
        else if (field == GuestHostField::passcodeMode) s.passcodeMode = value;
        else if (field == GuestHostField::hostJid) s.hostJid = value;
        else if (field == GuestHostField::deactivationMode) s.deactivationMode = value;
        QCOMPARE(fields(GuestHostInputs::check(s)), QStringList{expected});
    }

    void timeoutNeedsSeconds()
    {
        GuestHostSettings s = valid(Pattern::EmptyGuestPin);
        s.passcodeTimeout = 0;
        QCOMPARE(fields(GuestHostInputs::check(s)), QStringList{GuestHostField::passcodeTimeout.toString()});
        s.passcodeMode = QStringLiteral("required");
        QCOMPARE(fields(GuestHostInputs::check(s)), QStringList());
        GuestHostSettings other = valid(Pattern::SamePinDiffers);
        other.passcodeTimeout = 3;
        QCOMPARE(fields(GuestHostInputs::check(other)), QStringList{GuestHostField::passcodeTimeout.toString()});
    }

    void unknownPatternIsRefused()
    {
        GuestHostSettings s = valid(Pattern::DifferentUri);
        s.pattern = Pattern(7);
        QCOMPARE(fields(GuestHostInputs::check(s)), QStringList{GuestHostField::pattern.toString()});
    }
};

QTEST_GUILESS_MAIN(TestGuestHostSettings)
#include "tst_guesthostsettings.moc"
