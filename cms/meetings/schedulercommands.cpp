#include "meetings/schedulercommands.h"

#include <QHostAddress>
#include <QRegularExpression>

namespace cms {

namespace {

const QString kKeyFile = QStringLiteral("<key-file>");
const QString kCertificateFile = QStringLiteral("<crt-fullchain-file>");
const QString kBundle = QStringLiteral("<bundle>");

QString enableOrDisable(bool on)
{
    return on ? QStringLiteral("enable") : QStringLiteral("disable");
}

} // namespace

QString SchedulerCommands::checkInterface(const QString &value)
{
    static const QStringList kInterfaces = {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"),
                                            QStringLiteral("d"), QStringLiteral("none")};
    if (value.isEmpty())
        return tr("Give an interface: a, b, c or d, or none to turn the scheduler's HTTPS API off.");
    if (!kInterfaces.contains(value))
        return tr("“%1” is not an interface: use a, b, c or d, or none.").arg(value);
    return {};
}

QString SchedulerCommands::checkPort(const QString &value)
{
    if (value.isEmpty())
        return tr("Give a port, from 1 to 65535.");
    static const QRegularExpression digits(QStringLiteral("^[0-9]{1,5}$"));
    const int port = digits.match(value).hasMatch() ? value.toInt() : 0;
    if (port < 1 || port > 65535)
        return tr("“%1” is not a port: use a number from 1 to 65535.").arg(value);
    return {};
}

QString SchedulerCommands::checkFileName(const QString &value)
{
    if (value.isEmpty())
        return tr("Give the name of the file on the server.");
    // The MMP takes a bare file name from the server's own store (uploaded by SFTP): nothing a shell
    // or the command line would read otherwise, no folders.
    static const QRegularExpression name(QStringLiteral("^[A-Za-z0-9_][A-Za-z0-9._-]*$"));
    if (!name.match(value).hasMatch())
        return tr("“%1” is not a file name the server takes: use letters, digits, “.”, “_” and “-” only, "
                  "without spaces, and do not start with “.” or “-”.").arg(value);
    return {};
}

QString SchedulerCommands::checkHost(const QString &value)
{
    if (value.isEmpty())
        return tr("Give the e-mail server's hostname or address.");
    if (!QHostAddress(value).isNull())
        return {};
    static const QRegularExpression host(QStringLiteral(
        "^(?=.{1,253}$)[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$"));
    if (!host.match(value).hasMatch())
        return tr("“%1” is neither a hostname nor an address.").arg(value);
    return {};
}

QString SchedulerCommands::checkUsername(const QString &value)
{
    static const QRegularExpression name(QStringLiteral("^[A-Za-z0-9._@+-]+$"));
    if (!value.isEmpty() && !name.match(value).hasMatch())
        return tr("“%1” cannot be typed as one word on the server's console: use letters, digits, “.”, “_”, "
                  "“@”, “+” and “-” only.").arg(value);
    return {};
}

QString SchedulerCommands::take(Field field, const QString &value, const QString &problem, const QString &placeholder)
{
    if (problem.isEmpty())
        return value;
    m_problems.insert(field, problem);
    return placeholder;
}

void SchedulerCommands::add(const QString &text, const QString &explanation, Where where)
{
    m_commands.append({text, explanation, where});
}

QString SchedulerCommands::text() const
{
    QStringList lines;
    for (const Command &command : m_commands)
        lines.append(command.text);
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

SchedulerCommands SchedulerCommands::build(const SchedulerSettings &in)
{
    SchedulerCommands out;
    const auto trimmed = [](const QString &value) { return value.trimmed(); };

    // The scheduler's own HTTPS API.
    const QString listenOn = out.take(Field::HttpsInterface, trimmed(in.httpsInterface),
                                       checkInterface(trimmed(in.httpsInterface)), QStringLiteral("<interface>"));
    const bool https = listenOn != u"none";
    QString httpsKey;
    QString httpsCertificate;
    if (https) {
        const QString port = out.take(Field::HttpsPort, trimmed(in.httpsPort), checkPort(trimmed(in.httpsPort)),
                                      QStringLiteral("<port>"));
        httpsKey = out.take(Field::HttpsKey, trimmed(in.httpsKey), checkFileName(trimmed(in.httpsKey)), kKeyFile);
        httpsCertificate = out.take(Field::HttpsCertificate, trimmed(in.httpsCertificate),
                                    checkFileName(trimmed(in.httpsCertificate)), kCertificateFile);
        out.add(QStringLiteral("scheduler https listen %1 %2").arg(listenOn, port),
                //: %1: an interface letter (a to d), %2: a port number
                tr("The scheduler's own HTTPS API listens on interface %1, port %2.").arg(listenOn, port));
        out.add(QStringLiteral("scheduler https certs %1 %2").arg(httpsKey, httpsCertificate),
                tr("The key and full-chain certificate the scheduler's HTTPS API presents."));
    } else {
        out.add(QStringLiteral("scheduler https listen none"), tr("The scheduler's own HTTPS API stays off."));
    }

    // C2W: the scheduler's connection to every web bridge. The HTTPS pair will do, as the call
    // bridge's certificate, which the web bridges already trust, will (source note 001).
    const QString c2wKeyValue = trimmed(in.c2wKey).isEmpty() && https ? trimmed(in.httpsKey) : trimmed(in.c2wKey);
    const QString c2wCertificateValue = trimmed(in.c2wCertificate).isEmpty() && https ? trimmed(in.httpsCertificate)
                                                                                       : trimmed(in.c2wCertificate);
    // A default taken from a wrong HTTPS value is that field's problem, not this one's.
    const bool keyInherited = trimmed(in.c2wKey).isEmpty() && https;
    const bool certificateInherited = trimmed(in.c2wCertificate).isEmpty() && https;
    const QString c2wKey = keyInherited ? httpsKey
                                        : out.take(Field::C2wKey, c2wKeyValue, checkFileName(c2wKeyValue), kKeyFile);
    const QString c2wCertificate = certificateInherited
        ? httpsCertificate
        : out.take(Field::C2wCertificate, c2wCertificateValue, checkFileName(c2wCertificateValue), kCertificateFile);
    out.add(QStringLiteral("scheduler c2w certs %1 %2").arg(c2wKey, c2wCertificate),
            tr("The key and full-chain certificate the scheduler presents to each web bridge (C2W)."));
    const QString c2wTrust = out.take(Field::C2wTrust, trimmed(in.c2wTrust), checkFileName(trimmed(in.c2wTrust)), kBundle);
    out.add(QStringLiteral("scheduler c2w trust %1").arg(c2wTrust),
            tr("The bundle of every web bridge's certificate: the scheduler trusts the web bridges it connects to."));

    // E-mail, when a server is given.
    const QString emailServer = trimmed(in.emailServer);
    if (!emailServer.isEmpty()) {
        const QString host = out.take(Field::EmailServer, emailServer, checkHost(emailServer),
                                      QStringLiteral("<hostname|address>"));
        const QString port = out.take(Field::EmailPort, trimmed(in.emailPort), checkPort(trimmed(in.emailPort)),
                                      QStringLiteral("<port>"));
        out.add(QStringLiteral("scheduler email server %1 %2").arg(host, port),
                tr("The e-mail server the scheduler sends its invitations through."));
        const bool smtps = in.emailProtocol == SchedulerSettings::Protocol::Smtps;
        out.add(QStringLiteral("scheduler email protocol %1").arg(smtps ? QStringLiteral("smtps") : QStringLiteral("smtp")),
                smtps ? tr("SMTPS: the connection to the e-mail server is encrypted from the start.")
                      : tr("SMTP: the connection to the e-mail server starts unencrypted."));
        const QString usernameValue = trimmed(in.emailUsername);
        QString usernameProblem = checkUsername(usernameValue);
        if (usernameProblem.isEmpty() && usernameValue.isEmpty() && in.emailAuth)
            usernameProblem = tr("Signing in to the e-mail server needs a user name.");
        const QString username = out.take(Field::EmailUsername, usernameValue, usernameProblem,
                                          QStringLiteral("<smtp username>"));
        if (username.isEmpty())
            out.add(QStringLiteral("scheduler email remove username"), tr("No user name for the e-mail server."));
        else
            out.add(QStringLiteral("scheduler email username %1").arg(username),
                    tr("The user name for the e-mail server. Its password is never written here: type it on the "
                       "server's console, at its own prompt."));
        out.add(QStringLiteral("scheduler email auth %1").arg(enableOrDisable(in.emailAuth)),
                in.emailAuth ? tr("The scheduler signs in to the e-mail server.")
                             : tr("The scheduler does not sign in to the e-mail server."));
        out.add(QStringLiteral("scheduler email starttls %1").arg(enableOrDisable(in.emailStartTls)),
                in.emailStartTls ? tr("The connection to the e-mail server is upgraded to TLS (STARTTLS).")
                                 : tr("The connection to the e-mail server is not upgraded to TLS (STARTTLS)."));
        const QString trustValue = trimmed(in.emailTrust);
        if (trustValue.isEmpty()) {
            out.add(QStringLiteral("scheduler email trust none"), tr("No trust bundle of your own for the e-mail server."));
        } else {
            const QString trust = out.take(Field::EmailTrust, trustValue, checkFileName(trustValue), kBundle);
            out.add(QStringLiteral("scheduler email trust %1").arg(trust),
                    tr("The bundle of certificates the scheduler trusts for the e-mail server."));
        }
    }

    // The web bridges' side: each must trust the scheduler before it connects.
    const QString webBridgeTrust = out.take(Field::WebBridgeTrust, trimmed(in.webBridgeTrust),
                                            checkFileName(trimmed(in.webBridgeTrust)), kBundle);
    out.add(QStringLiteral("webbridge3 c2w trust %1").arg(webBridgeTrust),
            tr("On each web bridge: the bundle of every scheduler's and call bridge's certificate, so that the "
               "web bridge trusts them."),
            Where::EachWebBridge);

    out.add(QStringLiteral("scheduler enable"),
            tr("Starts the scheduler; it checks that each key matches its certificate and that each full chain verifies."));
    out.add(QStringLiteral("scheduler status"),
            tr("Says whether the scheduler runs and whether HTTPS, C2W and e-mail are configured."));
    return out;
}

} // namespace cms
