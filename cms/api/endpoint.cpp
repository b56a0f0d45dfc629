#include "api/endpoint.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QRegularExpression>

namespace cms {

namespace {
class EndpointText
{
    Q_DECLARE_TR_FUNCTIONS(Endpoint)
public:
    static QString empty() { return tr("Enter the call bridge's address, for example cms1.example.com:445."); }
    static QString scheme() { return tr("Only https:// addresses are supported."); }
    static QString host(const QString &h) { return tr("“%1” is not a valid host name or IP address.").arg(h); }
    static QString port(const QString &p) { return tr("“%1” is not a valid port: use a number from 1 to 65535.").arg(p); }
    static QString path() { return tr("Give the address only, without a path: the API path is added by the console."); }
};
} // namespace

QUrl Endpoint::parseAddress(const QString &text, QString *error)
{
    QString t = text.trimmed();
    if (t.isEmpty()) {
        *error = EndpointText::empty();
        return {};
    }
    if (t.contains(QLatin1String("://"))) {
        if (!t.startsWith(QLatin1String("https://"), Qt::CaseInsensitive)) {
            *error = EndpointText::scheme();
            return {};
        }
        t = t.mid(8);
    }
    if (t.endsWith(QLatin1Char('/')))
        t.chop(1);
    if (t.contains(QLatin1Char('/'))) {
        *error = EndpointText::path();
        return {};
    }
    QString host = t;
    QString portText;
    if (t.startsWith(QLatin1Char('['))) {   // [IPv6]:port
        const qsizetype close = t.indexOf(QLatin1Char(']'));
        host = t.mid(1, close - 1);
        if (close < 0 || (close + 1 < t.size() && t.at(close + 1) != QLatin1Char(':'))) {
            *error = EndpointText::host(t);
            return {};
        }
        portText = t.mid(close + 2);
        // An IPv6 zone in brackets is written %25eth0 (RFC 6874), as QUrl writes it back: without this,
        // an address the console shows would read back with another zone.
        const qsizetype zone = host.indexOf(QLatin1String("%25"));
        if (zone >= 0)
            host.replace(zone, 3, QLatin1Char('%'));
    } else if (t.count(QLatin1Char(':')) == 1) {
        host = t.section(QLatin1Char(':'), 0, 0);
        portText = t.section(QLatin1Char(':'), 1);
    }
    static const QRegularExpression hostName(QStringLiteral("^(?=.{1,253}$)([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$"));
    // An IPv6 zone names a network interface (fe80::1%eth0): the characters RFC 6874 allows unencoded.
    // Anything else after the % (blanks, control characters…) is no address, and the URL would not
    // read back as the same one.
    static const QRegularExpression zone(QStringLiteral("^[^%]*(%[A-Za-z0-9._~-]+)?$"));
    // A domain name in another script (café.example) is checked in its ASCII form (xn--caf-dma.example):
    // QUrl shows a name in either form, and what it shows must read back.
    const bool isAddress = !QHostAddress(host).isNull();
    const QString ace = isAddress ? QString() : QString::fromLatin1(QUrl::toAce(host));
    if (isAddress ? !zone.match(host).hasMatch() : !hostName.match(ace).hasMatch()) {
        *error = EndpointText::host(host);
        return {};
    }
    int port = 443;
    if (!portText.isEmpty() || t.endsWith(QLatin1Char(':'))) {
        bool ok = false;
        port = portText.toInt(&ok);
        if (!ok || port < 1 || port > 65535) {
            *error = EndpointText::port(portText);
            return {};
        }
    }
    QUrl url;
    url.setScheme(QStringLiteral("https"));
    url.setHost(host);
    // QHostAddress reads more than a URL holds (a blank inside an address): what QUrl refuses is no
    // address either. Checked before setPort(), which forgets QUrl's error and leaves a valid URL
    // without a host.
    // And a name QUrl would reach under another ASCII form (punycode not written as its encoder would,
    // xn--1e for xn--1ea) is not the name typed.
    if (!url.isValid() || url.host().isEmpty()
        || (!isAddress && url.host(QUrl::FullyEncoded).compare(ace, Qt::CaseInsensitive) != 0)) {
        *error = EndpointText::host(host);
        return {};
    }
    if (port != 443)
        url.setPort(port);
    error->clear();
    return url;
}

QByteArray Endpoint::normalizeFingerprint(const QString &text)
{
    QString hex = text.trimmed().toLower();
    hex.remove(QLatin1Char(':')).remove(QLatin1Char(' '));
    static const QRegularExpression sha256(QStringLiteral("^[0-9a-f]{64}$"));
    return sha256.match(hex).hasMatch() ? hex.toLatin1() : QByteArray();
}

} // namespace cms
