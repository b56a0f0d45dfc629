#include "live/dialaddress.h"

#include "api/bidi.h"

#include <QHostAddress>
#include <QRegularExpression>
#include <QStringList>

namespace cms {

namespace {

const QStringList kSchemes{QStringLiteral("sip:"), QStringLiteral("sips:"), QStringLiteral("h323:"), QStringLiteral("tel:")};

// Characters a SIP URI's user part cannot hold unescaped, nor people mean to type there.
const QString kForbiddenInUser = QStringLiteral("<>\"\\[]{}|^`:");

bool looksLikeNumber(const QString &text)
{
    static const QRegularExpression number(QStringLiteral("^\\+?[0-9][0-9 ().\\-]*$"));
    return number.match(text).hasMatch();
}

bool isPort(const QString &text)
{
    bool ok = false;
    const int port = text.toInt(&ok);
    return ok && port >= 1 && port <= 65535 && !text.startsWith(QLatin1Char('+'));
}

} // namespace

bool DialAddress::isHost(const QString &host)
{
    QHostAddress ip;
    if (ip.setAddress(host) && ip.protocol() == QAbstractSocket::IPv4Protocol)
        return true;
    if (host.size() > 253)
        return false;
    const QStringList labels = host.split(QLatin1Char('.'));
    for (const QString &label : labels) {
        if (label.isEmpty() || label.size() > 63 || label.startsWith(QLatin1Char('-')) || label.endsWith(QLatin1Char('-')))
            return false;
        for (const QChar c : label) {
            if (!c.isLetterOrNumber() && c != QLatin1Char('-'))
                return false;
        }
    }
    return true;
}

DialAddress DialAddress::check(const QString &typed)
{
    DialAddress result;
    const QString text = typed.trimmed();
    QString scheme;
    for (const QString &candidate : kSchemes) {
        if (text.startsWith(candidate, Qt::CaseInsensitive))
            scheme = text.left(candidate.size());
    }
    const QString rest = text.mid(scheme.size());
    const auto refuse = [&result](Problem problem, const QString &culprit = {}) {
        result.m_problem = problem;
        result.m_culprit = culprit;
        return result;
    };
    if (rest.isEmpty())
        return refuse(Problem::Empty);

    const bool tel = scheme.compare(QLatin1String("tel:"), Qt::CaseInsensitive) == 0;
    QHostAddress ipAlone;
    const bool isIpAlone = ipAlone.setAddress(rest) && ipAlone.protocol() == QAbstractSocket::IPv4Protocol;
    if (tel || (!rest.contains(QLatin1Char('@')) && !isIpAlone && looksLikeNumber(rest))) {
        QString digits = rest;
        digits.remove(QRegularExpression(QStringLiteral("[ ().\\-]")));
        static const QRegularExpression number(QStringLiteral("^\\+?[0-9]{1,32}$"));
        if (!number.match(digits).hasMatch())
            return refuse(Problem::BadNumber);
        result.m_problem = Problem::None;
        result.m_address = scheme + digits;
        return result;
    }

    for (const QChar c : rest) {
        if (c.isSpace())
            return refuse(Problem::Blank);
    }
    const qsizetype at = rest.indexOf(QLatin1Char('@'));
    if (at != rest.lastIndexOf(QLatin1Char('@')))
        return refuse(Problem::SeveralAt);
    const QString user = at >= 0 ? rest.left(at) : QString();
    QString hostPort = at >= 0 ? rest.mid(at + 1) : rest;
    if (at == 0)
        return refuse(Problem::NoUser);
    if (at >= 0 && hostPort.isEmpty())
        return refuse(Problem::NoHost);
    for (const QChar c : user) {
        if (kForbiddenInUser.contains(c) || !c.isPrint())
            return refuse(Problem::BadUserCharacter, QString(c));
    }

    QString host = hostPort;
    QString port;
    if (hostPort.startsWith(QLatin1Char('['))) {
        const qsizetype close = hostPort.indexOf(QLatin1Char(']'));
        QHostAddress ip;
        if (close < 0 || !ip.setAddress(hostPort.mid(1, close - 1)) || ip.protocol() != QAbstractSocket::IPv6Protocol)
            return refuse(Problem::BadHost, hostPort);
        const QString after = hostPort.mid(close + 1);
        if (!after.isEmpty() && !(after.startsWith(QLatin1Char(':')) && isPort(after.mid(1))))
            return refuse(Problem::BadPort, after.mid(1));
    } else {
        const qsizetype colon = hostPort.indexOf(QLatin1Char(':'));
        if (colon >= 0) {
            host = hostPort.left(colon);
            port = hostPort.mid(colon + 1);
            if (!isPort(port))
                return refuse(Problem::BadPort, port);
        }
        if (!isHost(host))
            return refuse(Problem::BadHost, host);
        // A single word with neither user nor domain is a name half typed, not a host anyone dials.
        QHostAddress ip;
        if (at < 0 && !host.contains(QLatin1Char('.')) && !ip.setAddress(host))
            return refuse(Problem::NoDomain, host);
    }
    result.m_problem = Problem::None;
    result.m_address = scheme + rest;
    return result;
}

QString DialAddress::message() const
{
    const QString culprit = Bidi::isolated(m_culprit);
    switch (m_problem) {
    case Problem::None:
        return {};
    case Problem::Empty:
        return tr("Type the address to dial: a URI such as alice@example.com, or a telephone number.");
    case Problem::Blank:
        return tr("An address cannot contain spaces.");
    case Problem::NoUser:
        return tr("Type the name before the @, as in alice@example.com.");
    case Problem::NoHost:
        return tr("Type the domain after the @, as in alice@example.com.");
    case Problem::SeveralAt:
        return tr("An address holds only one @.");
    case Problem::BadUserCharacter:
        return tr("The character %1 cannot be used before the @.").arg(culprit);
    case Problem::BadHost:
        return tr("%1 is not a domain name or an IP address.").arg(culprit);
    case Problem::NoDomain:
        return tr("%1 has no domain: type the whole address, as in %2.").arg(culprit, Bidi::isolated(m_culprit + QStringLiteral("@example.com")));
    case Problem::BadPort:
        return tr("%1 is not a port number (1 to 65535).").arg(culprit);
    case Problem::BadNumber:
        return tr("A telephone number holds only digits, with an optional + first.");
    }
    return {};
}

} // namespace cms
