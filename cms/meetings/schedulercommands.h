#pragma once

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace cms {

// What an admin wants of the CMS scheduler (3.3+) where the API cannot set it: the values typed in
// the assistant, as text, checked by SchedulerCommands. No password: `help scheduler` has no command
// for the e-mail password, which is taken to be typed at the server's own prompt [guess, cms-api.md
// section 8]; it never passes through the console.
struct SchedulerSettings
{
    enum class Protocol { Smtp, Smtps };

    QString httpsInterface = QStringLiteral("a");   // a, b, c, d, or "none": the scheduler's own HTTPS API off
    QString httpsPort = QStringLiteral("9443");
    QString httpsKey;            // file names on the server (uploaded by SFTP or made with the pki commands)
    QString httpsCertificate;    // full chain
    QString c2wKey;              // empty: the HTTPS key
    QString c2wCertificate;      // empty: the HTTPS certificate
    QString c2wTrust;            // every web bridge's certificate: the scheduler trusts them
    QString webBridgeTrust;      // every scheduler's and call bridge's certificate: each web bridge trusts them
    QString emailServer;         // hostname or address; empty: no e-mail commands
    QString emailPort = QStringLiteral("587");
    Protocol emailProtocol = Protocol::Smtp;
    QString emailUsername;       // empty: none
    bool emailAuth = true;
    bool emailStartTls = true;
    QString emailTrust;          // empty: none
};

// The MMP commands that configure the scheduler with `SchedulerSettings`, in the order they are run
// (source notes 001 and 003, `help scheduler`): the HTTPS API, the C2W certificates and trust, the
// e-mail server, the web bridges' trust of the scheduler (`webbridge3 c2w trust`, on each web
// bridge), then `scheduler enable` and `scheduler status`. Each command comes with a one-line
// translated explanation. A value that is missing or wrong is a problem of its field, said in words,
// and its command shows the placeholder of the server's own help (`<key-file>`) instead.
class SchedulerCommands
{
    Q_DECLARE_TR_FUNCTIONS(cms::SchedulerCommands)

public:
    enum class Field {
        HttpsInterface,
        HttpsPort,
        HttpsKey,
        HttpsCertificate,
        C2wKey,
        C2wCertificate,
        C2wTrust,
        WebBridgeTrust,
        EmailServer,
        EmailPort,
        EmailUsername,
        EmailTrust,
    };
    enum class Where {
        SchedulerServer,   // the MMP of the server that runs the scheduler (beside a call bridge)
        EachWebBridge,     // the MMP of each server that runs a web bridge
    };
    struct Command
    {
        QString text;          // the command itself, never translated
        QString explanation;   // translated, one line
        Where where = Where::SchedulerServer;
    };

    static SchedulerCommands build(const SchedulerSettings &settings);

    const QList<Command> &commands() const { return m_commands; }
    // Every command, one a line, as they are typed: what the Copy button copies.
    QString text() const;
    bool isComplete() const { return m_problems.isEmpty(); }
    const QMap<Field, QString> &problems() const { return m_problems; }
    QString problem(Field field) const { return m_problems.value(field); }

    // The checks, one per kind of value; each returns a translated problem, empty when the value is good.
    static QString checkInterface(const QString &value);
    static QString checkPort(const QString &value);
    static QString checkFileName(const QString &value);
    static QString checkHost(const QString &value);
    static QString checkUsername(const QString &value);

private:
    // `value` when it has no problem, else the help's placeholder; records the problem.
    QString take(Field field, const QString &value, const QString &problem, const QString &placeholder);
    void add(const QString &text, const QString &explanation, Where where = Where::SchedulerServer);

    QList<Command> m_commands;
    QMap<Field, QString> m_problems;
};

} // namespace cms
