// The MMP commands of the CMS scheduler's set-up: the source notes' example session comes out in
// order, with the web bridges' trust and enable/status last; the C2W pair defaults to the HTTPS one;
// each wrong value is a problem of its own field, and its command shows the help's placeholder; the
// e-mail commands follow the choices, and no password is ever asked for or written.
#include "meetings/schedulercommands.h"

#include <QtTest>

using cms::SchedulerCommands;
using cms::SchedulerSettings;
using Field = cms::SchedulerCommands::Field;
using Where = cms::SchedulerCommands::Where;

namespace {

// The values of the notes' example (cms1).
SchedulerSettings noteSettings()
{
    SchedulerSettings s;
    s.httpsInterface = QStringLiteral("a");
    s.httpsPort = QStringLiteral("9443");
    s.httpsKey = QStringLiteral("CB344748.key");
    s.httpsCertificate = QStringLiteral("BUN344748.cer");
    s.c2wTrust = QStringLiteral("wbbundle.cer");
    s.webBridgeTrust = QStringLiteral("schedulerbun.cer");
    return s;
}

QStringList texts(const SchedulerCommands &commands)
{
    QStringList out;
    for (const auto &command : commands.commands())
        out.append(command.text);
    return out;
}

} // namespace

class TestSchedulerCommands : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theNotesSession();
    void c2wPairOfItsOwn();
    void httpsOff();
    void email();
    void emailWithoutSignIn();
    void badValues_data();
    void badValues();
    void wrongHttpsKeyIsNotAlsoTheC2wProblem();
    void checks_data();
    void checks();
};

void TestSchedulerCommands::theNotesSession()
{
    const SchedulerCommands commands = SchedulerCommands::build(noteSettings());
    QVERIFY(commands.isComplete());
    QCOMPARE(texts(commands), (QStringList{
        QStringLiteral("scheduler https listen a 9443"),
        QStringLiteral("scheduler https certs CB344748.key BUN344748.cer"),
        QStringLiteral("scheduler c2w certs CB344748.key BUN344748.cer"),
        QStringLiteral("scheduler c2w trust wbbundle.cer"),
        QStringLiteral("webbridge3 c2w trust schedulerbun.cer"),
        QStringLiteral("scheduler enable"),
        QStringLiteral("scheduler status"),
    }));
    for (const auto &command : commands.commands()) {
        QVERIFY2(!command.explanation.isEmpty(), qPrintable(command.text));
        QVERIFY2(!command.explanation.contains(QLatin1Char('\n')), qPrintable(command.explanation));
        QCOMPARE(command.where, command.text.startsWith(QStringLiteral("webbridge3")) ? Where::EachWebBridge
                                                                                       : Where::SchedulerServer);
    }
    QCOMPARE(commands.text(), texts(commands).join(QLatin1Char('\n')) + QLatin1Char('\n'));
}

void TestSchedulerCommands::c2wPairOfItsOwn()
{
    SchedulerSettings s = noteSettings();
    s.c2wKey = QStringLiteral("c2w.key");
    s.c2wCertificate = QStringLiteral(" c2w-chain.cer ");   // spaces around are dropped
    const SchedulerCommands commands = SchedulerCommands::build(s);
    QVERIFY(commands.isComplete());
    QVERIFY(texts(commands).contains(QStringLiteral("scheduler c2w certs c2w.key c2w-chain.cer")));
}

void TestSchedulerCommands::httpsOff()
{
    SchedulerSettings s = noteSettings();
    s.httpsInterface = QStringLiteral("none");
    s.httpsPort = QStringLiteral("not looked at");
    s.httpsKey.clear();
    s.httpsCertificate.clear();
    SchedulerCommands commands = SchedulerCommands::build(s);
    // No HTTPS pair to fall back on: the C2W pair is needed.
    QCOMPARE(texts(commands).first(), QStringLiteral("scheduler https listen none"));
    QVERIFY(texts(commands).contains(QStringLiteral("scheduler c2w certs <key-file> <crt-fullchain-file>")));
    QCOMPARE(commands.problems().keys(), (QList<Field>{Field::C2wKey, Field::C2wCertificate}));
    s.c2wKey = QStringLiteral("cb.key");
    s.c2wCertificate = QStringLiteral("cb.cer");
    commands = SchedulerCommands::build(s);
    QVERIFY(commands.isComplete());
    QCOMPARE(texts(commands).at(1), QStringLiteral("scheduler c2w certs cb.key cb.cer"));
}

void TestSchedulerCommands::email()
{
    SchedulerSettings s = noteSettings();
    s.emailServer = QStringLiteral("smtp.example.com");
    s.emailPort = QStringLiteral("465");
    s.emailProtocol = SchedulerSettings::Protocol::Smtps;
    s.emailUsername = QStringLiteral("scheduler@example.com");
    s.emailStartTls = false;
    s.emailTrust = QStringLiteral("mailca.cer");
    const SchedulerCommands commands = SchedulerCommands::build(s);
    QVERIFY2(commands.isComplete(), qPrintable(QStringList(commands.problems().values()).join(u'\n')));
    const QStringList all = texts(commands);
    const qsizetype first = all.indexOf(QStringLiteral("scheduler email server smtp.example.com 465"));
    QCOMPARE(first, 4);
    QCOMPARE(all.mid(first, 6), (QStringList{
        QStringLiteral("scheduler email server smtp.example.com 465"),
        QStringLiteral("scheduler email protocol smtps"),
        QStringLiteral("scheduler email username scheduler@example.com"),
        QStringLiteral("scheduler email auth enable"),
        QStringLiteral("scheduler email starttls disable"),
        QStringLiteral("scheduler email trust mailca.cer"),
    }));
    QCOMPARE(all.last(), QStringLiteral("scheduler status"));
    // The password: never a command, and the user name's explanation says where it goes.
    QVERIFY(!commands.text().contains(QStringLiteral("password"), Qt::CaseInsensitive));
    QVERIFY(commands.commands().at(first + 2).explanation.contains(QStringLiteral("password")));
}

void TestSchedulerCommands::emailWithoutSignIn()
{
    SchedulerSettings s = noteSettings();
    s.emailServer = QStringLiteral("10.0.0.25");
    s.emailPort = QStringLiteral("25");
    s.emailAuth = true;   // with no user name: a problem of the user name
    SchedulerCommands commands = SchedulerCommands::build(s);
    QCOMPARE(commands.problems().keys(), QList<Field>{Field::EmailUsername});
    s.emailAuth = false;
    commands = SchedulerCommands::build(s);
    QVERIFY(commands.isComplete());
    const QStringList all = texts(commands);
    QVERIFY(all.contains(QStringLiteral("scheduler email remove username")));
    QVERIFY(all.contains(QStringLiteral("scheduler email auth disable")));
    QVERIFY(all.contains(QStringLiteral("scheduler email starttls enable")));
    QVERIFY(all.contains(QStringLiteral("scheduler email trust none")));
    QVERIFY(all.contains(QStringLiteral("scheduler email protocol smtp")));
}

void TestSchedulerCommands::badValues_data()
{
    QTest::addColumn<int>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("command");
    const auto row = [](const char *name, Field field, const char *value, const char *command) {
        QTest::newRow(name) << int(field) << QString::fromUtf8(value) << QString::fromUtf8(command);
    };
    row("interface e", Field::HttpsInterface, "e", "scheduler https listen <interface> 9443");
    row("port 0", Field::HttpsPort, "0", "scheduler https listen a <port>");
    row("port 65536", Field::HttpsPort, "65536", "scheduler https listen a <port>");
    row("port letters", Field::HttpsPort, "94a3", "scheduler https listen a <port>");
    row("port empty", Field::HttpsPort, "", "scheduler https listen a <port>");
    row("key with a space", Field::HttpsKey, "my key.key", "scheduler https certs <key-file> BUN344748.cer");
    row("certificate with ;", Field::HttpsCertificate, "a.cer;reboot", "scheduler https certs CB344748.key <crt-fullchain-file>");
    row("certificate with $", Field::HttpsCertificate, "$(x).cer", "scheduler https certs CB344748.key <crt-fullchain-file>");
    row("c2w key with a folder", Field::C2wKey, "../c2w.key", "scheduler c2w certs <key-file> BUN344748.cer");
    row("c2w key starting with -", Field::C2wKey, "-rf", "scheduler c2w certs <key-file> BUN344748.cer");
    row("trust empty", Field::C2wTrust, "", "scheduler c2w trust <bundle>");
    row("web bridge trust quoted", Field::WebBridgeTrust, "\"b.cer\"", "webbridge3 c2w trust <bundle>");
    row("mail host", Field::EmailServer, "smtp_example.com", "scheduler email server <hostname|address> 587");
    row("mail host with a space", Field::EmailServer, "smtp example", "scheduler email server <hostname|address> 587");
    row("mail port", Field::EmailPort, "99999", "scheduler email server smtp.example.com <port>");
    row("mail user with a space", Field::EmailUsername, "a b", "scheduler email username <smtp username>");
    row("mail trust with |", Field::EmailTrust, "ca|x", "scheduler email trust <bundle>");
}

void TestSchedulerCommands::badValues()
{
    QFETCH(int, field);
    QFETCH(QString, value);
    QFETCH(QString, command);
    SchedulerSettings s = noteSettings();
    s.emailServer = QStringLiteral("smtp.example.com");
    s.emailUsername = QStringLiteral("sched");
    QString *target = nullptr;
    switch (Field(field)) {
    case Field::HttpsInterface: target = &s.httpsInterface; break;
    case Field::HttpsPort: target = &s.httpsPort; break;
    case Field::HttpsKey: target = &s.httpsKey; break;
    case Field::HttpsCertificate: target = &s.httpsCertificate; break;
    case Field::C2wKey: target = &s.c2wKey; break;
    case Field::C2wCertificate: target = &s.c2wCertificate; break;
    case Field::C2wTrust: target = &s.c2wTrust; break;
    case Field::WebBridgeTrust: target = &s.webBridgeTrust; break;
    case Field::EmailServer: target = &s.emailServer; break;
    case Field::EmailPort: target = &s.emailPort; break;
    case Field::EmailUsername: target = &s.emailUsername; break;
    case Field::EmailTrust: target = &s.emailTrust; break;
    }
    QVERIFY(target);
    QVERIFY(SchedulerCommands::build(s).isComplete());
    *target = value;
    const SchedulerCommands commands = SchedulerCommands::build(s);
    QCOMPARE(commands.problems().keys(), QList<Field>{Field(field)});
    QVERIFY(!commands.problem(Field(field)).isEmpty());
    QVERIFY2(texts(commands).contains(command), qPrintable(texts(commands).join(u'\n')));
    // The bad value itself never reaches a command (checked where it cannot be part of another word).
    if (value.size() > 2)
        QVERIFY(!commands.text().contains(value));
}

void TestSchedulerCommands::wrongHttpsKeyIsNotAlsoTheC2wProblem()
{
    SchedulerSettings s = noteSettings();
    s.httpsKey = QStringLiteral("a key");
    const SchedulerCommands commands = SchedulerCommands::build(s);
    QCOMPARE(commands.problems().keys(), QList<Field>{Field::HttpsKey});
    QVERIFY(texts(commands).contains(QStringLiteral("scheduler c2w certs <key-file> BUN344748.cer")));
}

void TestSchedulerCommands::checks_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("good");
    const auto row = [](const char *kind, const char *value, bool good) {
        QTest::addRow("%s %s", kind, value) << QString::fromUtf8(kind) << QString::fromUtf8(value) << good;
    };
    for (const char *v : {"a", "b", "c", "d", "none"})
        row("interface", v, true);
    for (const char *v : {"", "A", "e", "ab", "None", "1"})
        row("interface", v, false);
    for (const char *v : {"1", "443", "9443", "65535", "00080"})
        row("port", v, true);
    for (const char *v : {"", "0", "65536", "-1", "+80", "80 ", "1e3", "123456"})
        row("port", v, false);
    for (const char *v : {"CB344748.key", "a", "web_bridge-bundle.v2.cer", "9.cer"})
        row("file", v, true);
    for (const char *v : {"", ".hidden", "-x", "a b", "a/b", "a\\b", "a;b", "a&b", "a|b", "a>b", "a<b", "`a`", "a*", "a?", "a'b", "é.cer"})
        row("file", v, false);
    for (const char *v : {"smtp", "smtp.example.com", "mail-1.example.co.uk", "10.0.0.25", "::1", "2001:db8::25"})
        row("host", v, true);
    for (const char *v : {"", "-smtp", "smtp-", "a..b", "smtp_x", "a b", "smtp.example.com:25"})
        row("host", v, false);
}

void TestSchedulerCommands::checks()
{
    QFETCH(QString, kind);
    QFETCH(QString, value);
    QFETCH(bool, good);
    QString problem;
    if (kind == u"interface")
        problem = SchedulerCommands::checkInterface(value);
    else if (kind == u"port")
        problem = SchedulerCommands::checkPort(value);
    else if (kind == u"file")
        problem = SchedulerCommands::checkFileName(value);
    else
        problem = SchedulerCommands::checkHost(value);
    QCOMPARE(problem.isEmpty(), good);
}

QTEST_GUILESS_MAIN(TestSchedulerCommands)
#include "tst_schedulercommands.moc"
