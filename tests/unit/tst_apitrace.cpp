// The API trace: the bounded ring, and the texts it produces (redaction itself: tst_redaction).
#include "diagnostics/apitrace.h"
#include "diagnostics/redaction.h"
#include "tracesamples.h"

#include <QProcess>
#include <QSignalSpy>
#include <QtTest>

using namespace cms;
using namespace tracesamples;

namespace {

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
        QVERIFY(!post.contains(Redaction::redactedMarker()));   // every secret comes from a variable
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
