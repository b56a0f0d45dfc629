// The API trace: redaction of every kind of secret, the bounded ring, and the texts it produces.
#include "diagnostics/apitrace.h"

#include <QProcess>
#include <QSignalSpy>
#include <QtTest>

using namespace cms;

namespace {

const QByteArray password = QByteArrayLiteral("S3cr3t-Pa55!");
const QByteArray basicCredentials = QByteArray("admin:" + password).toBase64();
const QByteArray eventsToken = QByteArrayLiteral("tok-AbC123xyz+/=");
const QByteArray passcode = QByteArrayLiteral("97135");
const QByteArray hostPasscode = QByteArrayLiteral("86521");
const QByteArray spaceSecret = QByteArrayLiteral("sEcReT-VaLuE-42");
const QByteArray cdataSecret = QByteArrayLiteral("cdata-only-secret");

// Every secret this file uses, in every form it appears in the inputs.
QList<QByteArray> allSecrets()
{
    return {password,    basicCredentials, eventsToken, eventsToken.toPercentEncoding(), passcode,
            hostPasscode, spaceSecret,      cdataSecret};
}

TraceEntry postEntry()
{
    TraceEntry e;
    e.started = QDateTime(QDate(2024, 5, 1), QTime(12, 0, 0, 123), Qt::UTC);
    e.elapsedMs = 42;
    e.endpoint = QStringLiteral("cms1.example.com:445");
    e.method = "POST";
    e.url = QUrl(QStringLiteral("https://cms1.example.com:445/api/v1/coSpaces"));
    e.requestHeaders = {{"Authorization", "Basic " + basicCredentials},
                        {"Content-Type", "application/x-www-form-urlencoded"},
                        {"Content-Length", "95"},
                        {"Accept-Language", "fr"}};
    e.requestBody = "name=Team%27s+room&passcode=" + passcode + "&uri=team.a&hostPasscode=" + hostPasscode
        + "&regenerateSecret=true";
    e.status = 200;
    e.replyHeaders = {{"Location", "/api/v1/coSpaces/1b2c"}, {"Content-Type", "text/xml"}};
    e.replyBody = "<?xml version=\"1.0\"?>\n<coSpace id=\"1b2c\">\n  <name>Team's room</name>\n  <passcode>"
        + passcode + "</passcode>\n  <secret>" + spaceSecret + "</secret>\n</coSpace>\n";
    return e;
}

TraceEntry eventsEntry()
{
    TraceEntry e;
    e.started = QDateTime(QDate(2024, 5, 1), QTime(12, 0, 1), Qt::UTC);
    e.endpoint = QStringLiteral("cms1.example.com:445");
    e.method = "GET";
    e.url = QUrl(QStringLiteral("wss://cms1.example.com:445/events/v1?authToken=%1&x=1")
                     .arg(QString::fromLatin1(eventsToken.toPercentEncoding())));
    e.requestHeaders = {{"X-Cisco-CMS-Auth-Token", eventsToken}};
    e.error = QStringLiteral("Error transferring %1 - server replied: Forbidden (token %2)")
                  .arg(e.url.toString(), QString::fromLatin1(eventsToken));
    return e;
}

QByteArray everything(const TraceEntry &e)
{
    QByteArray all = e.endpoint.toUtf8() + e.method + e.url.toEncoded() + e.url.toString().toUtf8()
        + e.requestBody + e.replyBody + e.error.toUtf8();
    for (const auto &[name, value] : e.requestHeaders + e.replyHeaders)
        all += name + value;
    return all;
}

void verifyNoSecret(const QByteArray &text)
{
    for (const QByteArray &secret : allSecrets()) {
        if (text.contains(secret))
            QFAIL(qPrintable(QStringLiteral("secret %1 found in: %2")
                                 .arg(QString::fromLatin1(secret), QString::fromUtf8(text))));
    }
}

// Runs a curl command in sh with curl replaced by a function that prints its arguments, one a line.
QProcess *runCurlCommand(const QString &command, const QStringList &environment, QObject *parent)
{
    auto *sh = new QProcess(parent);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &var : {QStringLiteral("CMS_USER"), QStringLiteral("CMS_PASSWORD"),
                               QStringLiteral("CMS_PASSCODE"), QStringLiteral("CMS_HOSTPASSCODE"),
                               QStringLiteral("CMS_AUTHTOKEN"), QStringLiteral("CMS_X_CISCO_CMS_AUTH_TOKEN")})
        env.remove(var);
    for (const QString &assignment : environment)
        env.insert(assignment.section(QLatin1Char('='), 0, 0), assignment.section(QLatin1Char('='), 1));
    sh->setProcessEnvironment(env);
    sh->start(QStringLiteral("/bin/sh"),
              {QStringLiteral("-c"), QStringLiteral("curl() { printf '%s\\n' \"$@\"; }\n") + command});
    return sh;
}

} // namespace

class TestApiTrace : public QObject
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
        QCOMPARE(ApiTrace::isSecretName(name), secret);
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
        QCOMPARE(ApiTrace::redactHeaders(in), expected);
        QCOMPARE(ApiTrace::redactHeaders(expected), expected);   // idempotent
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
        const QByteArray out = ApiTrace::redactFormBody(in);
        QCOMPARE(out, expected);
        QVERIFY(!out.contains("8652"));    // the percent-encoded hostPasscode, decoded
        QVERIFY(!out.contains("%38%36"));  // and as it was sent
        QVERIFY(!out.contains("55312"));   // behind a percent-encoded name
        QCOMPARE(ApiTrace::redactFormBody(out), out);
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
        const QByteArray out = ApiTrace::redactXmlBody(in);
        QCOMPARE(out, expected);
        QCOMPARE(ApiTrace::redactXmlBody(out), out);
        QCOMPARE(ApiTrace::redactBody(in), expected);   // sniffed as XML
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
        const QByteArray out = ApiTrace::redactXmlBody(xml);
        verifyNoSecret(out);
        QVERIFY2(out.contains("(redacted)"), out.constData());
    }

    void urlHidesTokenQueryAndUserInfoPassword()
    {
        const QUrl events = eventsEntry().url;
        const QUrl safe = ApiTrace::redactUrl(events);
        QCOMPARE(
            safe.toString(), QStringLiteral("wss://cms1.example.com:445/events/v1?authToken=(redacted)&x=1"));
        QCOMPARE(ApiTrace::redactUrl(safe), safe);

        const QUrl withUser(
            QStringLiteral("https://admin:%1@cms1:445/api/v1/system/status?offset=20&limit=10")
                .arg(QString::fromLatin1(password.toPercentEncoding())));
        const QUrl safeUser = ApiTrace::redactUrl(withUser);
        QCOMPARE(safeUser.userName(), QStringLiteral("admin"));
        QCOMPARE(safeUser.password(), ApiTrace::redactedMarker());
        QCOMPARE(safeUser.query(), QStringLiteral("offset=20&limit=10"));
        verifyNoSecret(safeUser.toEncoded());
    }

    void redactedEntryHoldsNoSecretAnywhere()
    {
        for (const TraceEntry &e : {postEntry(), eventsEntry()}) {
            const TraceEntry safe = ApiTrace::redacted(e);
            verifyNoSecret(everything(safe));
            QCOMPARE(everything(ApiTrace::redacted(safe)), everything(safe));
        }
        // The error quoted the URL and the token: both are gone, the rest of the sentence stays.
        const TraceEntry safeEvents = ApiTrace::redacted(eventsEntry());
        QCOMPARE(safeEvents.error,
            QStringLiteral("Error transferring wss://cms1.example.com:445/events/v1?authToken=(redacted)&x=1"
                           " - server replied: Forbidden (token (redacted))"));
        // Nothing that is not secret is touched.
        const TraceEntry safePost = ApiTrace::redacted(postEntry());
        QCOMPARE(safePost.url, postEntry().url);
        QCOMPARE(safePost.replyHeaders, postEntry().replyHeaders);
        QVERIFY(safePost.replyBody.contains("<name>Team's room</name>"));
        QVERIFY(safePost.requestBody.contains("name=Team%27s+room&"));
        QCOMPARE(safePost.status, 200);
        QCOMPARE(safePost.elapsedMs, 42);
    }

    void recordRedactsAndKeepsABoundedRing()
    {
        ApiTrace trace;
        QCOMPARE(trace.capacity(), ApiTrace::DefaultCapacity);
        trace.setCapacity(3);
        QSignalSpy added(&trace, &ApiTrace::entryAdded);
        for (int i = 0; i < 5; ++i) {
            TraceEntry e = postEntry();
            e.elapsedMs = i;
            trace.record(e);
        }
        QCOMPARE(added.size(), 5);
        verifyNoSecret(everything(added.constLast().constFirst().value<TraceEntry>()));

        QList<TraceEntry> kept = trace.entries();
        QCOMPARE(kept.size(), 3);
        QCOMPARE(kept.at(0).elapsedMs, 2);
        QCOMPARE(kept.at(2).elapsedMs, 4);
        for (const TraceEntry &e : kept)
            verifyNoSecret(everything(e));

        trace.setCapacity(2);
        kept = trace.entries();
        QCOMPARE(kept.size(), 2);
        QCOMPARE(kept.at(0).elapsedMs, 3);

        QSignalSpy cleared(&trace, &ApiTrace::cleared);
        trace.clear();
        QCOMPARE(cleared.size(), 1);
        QVERIFY(trace.entries().isEmpty());

        // Capacity 0 streams without keeping anything.
        trace.setCapacity(0);
        trace.record(eventsEntry());
        QCOMPARE(added.size(), 6);
        QVERIFY(trace.entries().isEmpty());
        verifyNoSecret(everything(added.constLast().constFirst().value<TraceEntry>()));
    }

    void formatShowsRequestAndReply()
    {
        const QString text = ApiTrace::format(postEntry());
        verifyNoSecret(text.toUtf8());
        const QStringList lines = text.split(QLatin1Char('\n'));
        QCOMPARE(lines.value(0), QStringLiteral("2024-05-01T12:00:00.123Z  cms1.example.com:445  42 ms"));
        QCOMPARE(lines.value(1), QStringLiteral("> POST https://cms1.example.com:445/api/v1/coSpaces"));
        QCOMPARE(lines.value(2), QStringLiteral("> Authorization: Basic (redacted)"));
        QVERIFY(lines.contains(QStringLiteral("> Content-Type: application/x-www-form-urlencoded")));
        QVERIFY(lines.contains(QStringLiteral("> name=Team%27s+room&passcode=(redacted)&uri=team.a"
                                              "&hostPasscode=(redacted)&regenerateSecret=true")));
        QVERIFY(lines.contains(QStringLiteral("< 200")));
        QVERIFY(lines.contains(QStringLiteral("< Location: /api/v1/coSpaces/1b2c")));
        QVERIFY(lines.contains(QStringLiteral("<   <passcode>(redacted)</passcode>")));
        QVERIFY(lines.contains(QStringLiteral("<   <name>Team's room</name>")));
        QVERIFY(lines.indexOf(QStringLiteral("> POST https://cms1.example.com:445/api/v1/coSpaces"))
                < lines.indexOf(QStringLiteral("< 200")));

        const QString events = ApiTrace::format(eventsEntry());
        verifyNoSecret(events.toUtf8());
        QVERIFY(events.contains(QStringLiteral("\n< (no reply)\n")));
        QVERIFY(events.contains(QStringLiteral("\n! Error transferring")));
    }

    void curlNeverCarriesASecret()
    {
        const QString post = ApiTrace::toCurl(postEntry());
        const QString events = ApiTrace::toCurl(eventsEntry());
        verifyNoSecret(post.toUtf8());
        verifyNoSecret(events.toUtf8());
        QVERIFY(post.startsWith(
            QLatin1String("curl --request POST --user \"${CMS_USER:?}:${CMS_PASSWORD:?}\" ")));
        QVERIFY(!post.contains(QLatin1String("Content-Length")));
        QVERIFY(!post.contains(ApiTrace::redactedMarker()));   // every secret comes from a variable
        QVERIFY(events.contains(
            QLatin1String("--header 'X-Cisco-CMS-Auth-Token: '\"${CMS_X_CISCO_CMS_AUTH_TOKEN:?}\"")));
    }

    void curlRunsWithTheSecretsFromTheEnvironment()
    {
#ifdef Q_OS_WIN
        QSKIP("needs a POSIX shell");
#endif
        const QString command = ApiTrace::toCurl(postEntry());
        QProcess *sh = runCurlCommand(command,
            {QStringLiteral("CMS_USER=admin"), QStringLiteral("CMS_PASSWORD=pw from env"),
                QStringLiteral("CMS_PASSCODE=1 2"), QStringLiteral("CMS_HOSTPASSCODE=3&4")},
            this);
        QVERIFY(sh->waitForFinished(10000));
        QCOMPARE(sh->exitCode(), 0);
        const QStringList args
            = QString::fromUtf8(sh->readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        const QStringList expected = {
            QStringLiteral("--request"), QStringLiteral("POST"),
            QStringLiteral("--user"), QStringLiteral("admin:pw from env"),
            QStringLiteral("--header"), QStringLiteral("Content-Type: application/x-www-form-urlencoded"),
            QStringLiteral("--header"), QStringLiteral("Accept-Language: fr"),
            QStringLiteral("--data-raw"), QStringLiteral("name=Team%27s+room"),
            QStringLiteral("--data-urlencode"), QStringLiteral("passcode=1 2"),
            QStringLiteral("--data-raw"), QStringLiteral("uri=team.a"),
            QStringLiteral("--data-urlencode"), QStringLiteral("hostPasscode=3&4"),
            QStringLiteral("--data-raw"), QStringLiteral("regenerateSecret=true"),
            QStringLiteral("https://cms1.example.com:445/api/v1/coSpaces"),
        };
        QCOMPARE(args, expected);

        QProcess *events = runCurlCommand(ApiTrace::toCurl(eventsEntry()),
                                          {QStringLiteral("CMS_AUTHTOKEN=t1"),
                                           QStringLiteral("CMS_X_CISCO_CMS_AUTH_TOKEN=t2")},
                                          this);
        QVERIFY(events->waitForFinished(10000));
        QCOMPARE(events->exitCode(), 0);
        QCOMPARE(
            QString::fromUtf8(events->readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts),
            QStringList({QStringLiteral("--header"), QStringLiteral("X-Cisco-CMS-Auth-Token: t2"),
                QStringLiteral("wss://cms1.example.com:445/events/v1?authToken=t1&x=1")}));
    }

    void curlRefusesToRunWithoutTheSecrets()
    {
#ifdef Q_OS_WIN
        QSKIP("needs a POSIX shell");
#endif
        QProcess *sh
            = runCurlCommand(ApiTrace::toCurl(postEntry()), {QStringLiteral("CMS_USER=admin")}, this);
        QVERIFY(sh->waitForFinished(10000));
        QVERIFY(sh->exitCode() != 0);
        QVERIFY(sh->readAllStandardOutput().isEmpty());   // curl never ran
    }

    void curlMarksSecretsItCannotTakeFromVariables()
    {
        TraceEntry e = postEntry();
        e.requestHeaders = {{"Content-Type", "text/xml"}};
        e.requestBody = "<coSpace><passcode>" + passcode + "</passcode></coSpace>";
        const QString curl = ApiTrace::toCurl(e);
        verifyNoSecret(curl.toUtf8());
        QVERIFY(curl.startsWith(QLatin1String("# (redacted) marks a secret")));
        QVERIFY(curl.contains(
            QLatin1String("--data-binary '<coSpace><passcode>(redacted)</passcode></coSpace>'")));
    }
};

QTEST_GUILESS_MAIN(TestApiTrace)
#include "tst_apitrace.moc"
