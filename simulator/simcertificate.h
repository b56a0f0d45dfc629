#pragma once

#include <QByteArray>
#include <QSslCertificate>
#include <QSslKey>
#include <QString>

namespace cmssim {

// A TLS identity for a simulated call bridge: generated at start (self-signed, ECDSA P-256, valid
// for localhost and 127.0.0.1, unless shaped otherwise), or read from PEM files given on the command line.
struct SimCertificate
{
    // What a generated certificate says: the names it is valid for and when, in seconds from now.
    // Tests of what a client must refuse give other names, or a validity that has ended.
    struct Shape
    {
        QByteArray subjectAltNames = "DNS:localhost,IP:127.0.0.1,IP:::1";
        qint64 validFromSeconds = -3600;
        qint64 validUntilSeconds = 365LL * 24 * 3600;
    };

    QSslCertificate certificate;
    QSslKey key;

    static SimCertificate generate(const QString &commonName, quint64 serial);
    static SimCertificate generate(const QString &commonName, quint64 serial, const Shape &shape);
    static SimCertificate load(const QString &certificateFile, const QString &keyFile, QString *error);
    bool isValid() const { return !certificate.isNull() && !key.isNull(); }
    // SHA-256 of the DER certificate, lower-case hex with colons: what a user compares and pins.
    QString fingerprint() const;
};

} // namespace cmssim
