// Redaction of every kind of secret in API traffic: names, headers, form and XML bodies, URLs, whole
// entries. Security-critical: each rule of diagnostics/redaction.h has a case here.
#include "diagnostics/redaction.h"
#include "tracesamples.h"

#include <QtTest>

using namespace cms;
using namespace tracesamples;

class TestRedaction : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void secretNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("secret");
        const auto row = [](const char *name, bool secret) {
            QTest::newRow(name) << QString::fromLatin1(name) << secret;
        };
        row("passcode", true);
        row("hostPasscode", true);
        row("guestPasscode", true);
        row("PASSWORD", true);
        row("secret", true);
        row("authToken", true);
        row("X-Cisco-CMS-Auth-Token", true);
        row("ns:passcode", true);
        row("passphrase", true);
        row("regenerateSecret", true);   // a secret name; its value true/false is what is kept
        row("passcodeMode", false);
        row("passcodeTimeout", false);
        row("minPasscodeLength", false);
        row("name", false);
        row("uri", false);
        row("callId", false);
        row("Content-Type", false);
    }

    void secretNames()
    {
        QFETCH(QString, name);
        QFETCH(bool, secret);
        QCOMPARE(Redaction::isSecretName(name), secret);
    }

    void headersKeepTheSchemeAndHideTheCredentials()
    {
        const RawHeaders in = {{"Authorization", "Basic " + basicCredentials},
                               {"Proxy-Authorization", "Bearer abcdef123456"},
                               {"X-Cisco-CMS-Auth-Token", eventsToken},
                               {"Cookie", "session=abc123"},
                               {"Content-Type", "application/x-www-form-urlencoded"},
                               {"Accept", "text/xml"},
                               {"Location", "/api/v1/coSpaces/1b2c"}};
        const RawHeaders expected = {{"Authorization", "Basic (redacted)"},
                                     {"Proxy-Authorization", "Bearer (redacted)"},
                                     {"X-Cisco-CMS-Auth-Token", "(redacted)"},
                                     {"Cookie", "(redacted)"},
                                     {"Content-Type", "application/x-www-form-urlencoded"},
                                     {"Accept", "text/xml"},
                                     {"Location", "/api/v1/coSpaces/1b2c"}};
        QCOMPARE(Redaction::redactHeaders(in), expected);
        QCOMPARE(Redaction::redactHeaders(expected), expected);   // idempotent
    }

    void formBodyHidesSecretValuesOnly()
    {
        const QByteArray in = "name=Team+A&passcode=" + passcode + "&uri=team.a&hostPasscode=%38%36%35%32%31"
            + "&regenerateSecret=true&secret=abc%2Fdef&passcodeMode=required&canChangePasscode=false"
            + "&pass%63ode=55312&guestPasscode=&callId=" + passcode + "0";
        const QByteArray expected = "name=Team+A&passcode=(redacted)&uri=team.a&hostPasscode=(redacted)"
                                    "&regenerateSecret=true&secret=(redacted)&passcodeMode=required"
                                    "&canChangePasscode=false&pass%63ode=(redacted)&guestPasscode=&callId="
            + passcode + "0";
        const QByteArray out = Redaction::redactFormBody(in);
        QCOMPARE(out, expected);
        QVERIFY(!out.contains("8652"));    // the percent-encoded hostPasscode, decoded
        QVERIFY(!out.contains("%38%36"));  // and as it was sent
        QVERIFY(!out.contains("55312"));   // behind a percent-encoded name
        QCOMPARE(Redaction::redactFormBody(out), out);
    }

    void xmlElementsAttributesNestingAndCdata()
    {
        const QByteArray in = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                              "<accessMethods total=\"2\">"
                              "<accessMethod id=\"a1\" passcode=\"" + passcode + "\" name='Hôte'>"
                              "<uri>host.team</uri><passcode>" + passcode + "</passcode>"
                              "<regenerateSecret>true</regenerateSecret><passcodeMode>timeout</passcodeMode>"
                              "<secret><![CDATA[" + cdataSecret + "]]></secret>"
                              "<hostPassword>\n  <value>" + password + "</value>\n</hostPassword>"
                              "<cms:authToken xmlns:cms=\"urn:x\">" + eventsToken + "</cms:authToken>"
                              "<!-- a comment -->"
                              "<guestPasscode/><empty></empty>"
                              "</accessMethod>"
                              "<accessMethod id=\"a2\" secret='" + spaceSecret + "'/>"
                              "</accessMethods>";
        const QByteArray expected
            = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
              "<accessMethods total=\"2\">"
              "<accessMethod id=\"a1\" passcode=\"(redacted)\" name='Hôte'>"
              "<uri>host.team</uri><passcode>(redacted)</passcode>"
              "<regenerateSecret>true</regenerateSecret><passcodeMode>timeout</passcodeMode>"
              "<secret><![CDATA[(redacted)]]></secret>"
              "<hostPassword>\n  <value>(redacted)</value>\n</hostPassword>"
              "<cms:authToken xmlns:cms=\"urn:x\">(redacted)</cms:authToken>"
              "<!-- a comment -->"
              "<guestPasscode/><empty></empty>"
              "</accessMethod>"
              "<accessMethod id=\"a2\" secret='(redacted)'/>"
              "</accessMethods>";
        const QByteArray out = Redaction::redactXmlBody(in);
        QCOMPARE(out, expected);
        QCOMPARE(Redaction::redactXmlBody(out), out);
        QCOMPARE(Redaction::redactBody(in), expected);   // sniffed as XML
        verifyNoSecret(out);
    }

    void xmlTruncatedOrMalformedStillHidesSecrets_data()
    {
        QTest::addColumn<QByteArray>("xml");
        QTest::newRow("cut in the value") << QByteArray("<coSpace><passcode>" + passcode);
        QTest::newRow("cut in an attribute") << QByteArray("<coSpace passcode=\"" + passcode);
        QTest::newRow("stray <") << QByteArray("<passcode>9<" + passcode + "</passcode>");
        QTest::newRow("unquoted attribute") << QByteArray("<coSpace passcode=" + passcode + ">");
        QTest::newRow("comment inside") << QByteArray("<secret><!--" + spaceSecret + "--></secret>");
        QTest::newRow("junk in end tag") << QByteArray("<secret>x</secret " + spaceSecret + ">");
        QTest::newRow("mismatched end") << QByteArray("<secret><a>" + spaceSecret + "</b></secret>");
        QTest::newRow("entities") << QByteArray("<secret>&amp;" + spaceSecret + "&lt;</secret>");
    }

    void xmlTruncatedOrMalformedStillHidesSecrets()
    {
        QFETCH(QByteArray, xml);
        const QByteArray out = Redaction::redactXmlBody(xml);
        verifyNoSecret(out);
        QVERIFY2(out.contains("(redacted)"), out.constData());
    }

    void urlHidesTokenQueryAndUserInfoPassword()
    {
        const QUrl events = eventsEntry().url;
        const QUrl safe = Redaction::redactUrl(events);
        QCOMPARE(
            safe.toString(), QStringLiteral("wss://cms1.example.com:445/events/v1?authToken=(redacted)&x=1"));
        QCOMPARE(Redaction::redactUrl(safe), safe);

        const QUrl withUser(
            QStringLiteral("https://admin:%1@cms1:445/api/v1/system/status?offset=20&limit=10")
                .arg(QString::fromLatin1(password.toPercentEncoding())));
        const QUrl safeUser = Redaction::redactUrl(withUser);
        QCOMPARE(safeUser.userName(), QStringLiteral("admin"));
        QCOMPARE(safeUser.password(), Redaction::redactedMarker());
        QCOMPARE(safeUser.query(), QStringLiteral("offset=20&limit=10"));
        verifyNoSecret(safeUser.toEncoded());
    }

    void redactedEntryHoldsNoSecretAnywhere()
    {
        for (const TraceEntry &e : {postEntry(), eventsEntry()}) {
            const TraceEntry safe = Redaction::redactEntry(e);
            verifyNoSecret(everything(safe));
            QCOMPARE(everything(Redaction::redactEntry(safe)), everything(safe));
        }
        // The error quoted the URL and the token: both are gone, the rest of the sentence stays.
        const TraceEntry safeEvents = Redaction::redactEntry(eventsEntry());
        QCOMPARE(safeEvents.error,
            QStringLiteral("Error transferring wss://cms1.example.com:445/events/v1?authToken=(redacted)&x=1"
                           " - server replied: Forbidden (token (redacted))"));
        // Nothing that is not secret is touched.
        const TraceEntry safePost = Redaction::redactEntry(postEntry());
        QCOMPARE(safePost.url, postEntry().url);
        QCOMPARE(safePost.replyHeaders, postEntry().replyHeaders);
        QVERIFY(safePost.replyBody.contains("<name>Team's room</name>"));
        QVERIFY(safePost.requestBody.contains("name=Team%27s+room&"));
        QCOMPARE(safePost.status, 200);
        QCOMPARE(safePost.elapsedMs, 42);
    }
};

QTEST_GUILESS_MAIN(TestRedaction)
#include "tst_redaction.moc"
