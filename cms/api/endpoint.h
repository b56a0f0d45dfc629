#pragma once

#include <QByteArray>
#include <QString>
#include <QUrl>

namespace cms {

// One call bridge of a cluster as the console reaches it: its Web Admin address, the API user and
// the pinned certificate. The password is held here in memory only while connected; it is read
// from and written to the keychain, never to settings.
struct Endpoint
{
    QUrl baseUrl;            // https://host[:port]
    QString user;
    QString password;        // memory only
    QByteArray pinnedSha256; // SHA-256 of the leaf certificate, lower-case hex without colons; empty: system trust

    QString key() const { return baseUrl.host() + QLatin1Char(':') + QString::number(baseUrl.port(443)); }

    // "cms1.example.com", "cms1.example.com:445", "10.0.0.31:8443", "https://host:445", "[::1]:445",
    // "café.example.com" or its ASCII form "xn--caf-dma.example.com", "[fe80::1%25eth0]:445".
    // Returns an invalid URL and sets *error (translated) when the text is not an address; a valid
    // URL's toString() reads back as the same URL (settings keep addresses that way).
    static QUrl parseAddress(const QString &text, QString *error);
    // Accepts a fingerprint with or without colons or spaces, any case; empty on anything else.
    static QByteArray normalizeFingerprint(const QString &text);
};

} // namespace cms
