#pragma once

#include <QSslCertificate>
#include <QSslKey>
#include <QString>

namespace cmssim {

// A TLS identity for a simulated call bridge: generated at start (self-signed, ECDSA P-256, valid
// for localhost and 127.0.0.1), or read from PEM files given on the command line.
struct SimCertificate
{
    QSslCertificate certificate;
    QSslKey key;

    static SimCertificate generate(const QString &commonName, quint64 serial);
    static SimCertificate load(const QString &certificateFile, const QString &keyFile, QString *error);
    bool isValid() const { return !certificate.isNull() && !key.isNull(); }
    // SHA-256 of the DER certificate, lower-case hex with colons: what a user compares and pins.
    QString fingerprint() const;
};

} // namespace cmssim
