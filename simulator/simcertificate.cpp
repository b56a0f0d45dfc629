#include "simcertificate.h"

#include <QFile>

#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <memory>

namespace cmssim {

namespace {

template<typename T, void (*Free)(T *)>
struct Deleter
{
    void operator()(T *p) const { Free(p); }
};
using KeyPtr = std::unique_ptr<EVP_PKEY, Deleter<EVP_PKEY, EVP_PKEY_free>>;
using CertPtr = std::unique_ptr<X509, Deleter<X509, X509_free>>;
using BioPtr = std::unique_ptr<BIO, Deleter<BIO, BIO_free_all>>;

QByteArray bioToBytes(BIO *bio)
{
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    return QByteArray(data, int(size));
}

bool addExtension(X509 *cert, int nid, const char *value)
{
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, cert, cert, nullptr, nullptr, 0);
    X509_EXTENSION *ext = X509V3_EXT_conf_nid(nullptr, &ctx, nid, value);
    if (!ext)
        return false;
    const bool ok = X509_add_ext(cert, ext, -1) == 1;
    X509_EXTENSION_free(ext);
    return ok;
}

} // namespace

SimCertificate SimCertificate::generate(const QString &commonName, quint64 serial)
{
    return generate(commonName, serial, Shape());
}

SimCertificate SimCertificate::generate(const QString &commonName, quint64 serial, const Shape &shape)
{
    SimCertificate out;
    KeyPtr key(EVP_EC_gen("P-256"));
    CertPtr cert(X509_new());
    if (!key || !cert)
        return out;
    X509_set_version(cert.get(), 2);
    ASN1_INTEGER_set_uint64(X509_get_serialNumber(cert.get()), serial);
    X509_gmtime_adj(X509_getm_notBefore(cert.get()), long(shape.validFromSeconds));
    X509_gmtime_adj(X509_getm_notAfter(cert.get()), long(shape.validUntilSeconds));
    X509_set_pubkey(cert.get(), key.get());
    X509_NAME *name = X509_get_subject_name(cert.get());
    const QByteArray cn = commonName.toUtf8();
    X509_NAME_add_entry_by_txt(name, "O", MBSTRING_UTF8, reinterpret_cast<const unsigned char *>("CMS simulator"), -1, -1, 0);
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8, reinterpret_cast<const unsigned char *>(cn.constData()), -1, -1, 0);
    X509_set_issuer_name(cert.get(), name);
    if (!addExtension(cert.get(), NID_subject_alt_name, shape.subjectAltNames.constData())
        || !addExtension(cert.get(), NID_basic_constraints, "critical,CA:FALSE")
        || !addExtension(cert.get(), NID_ext_key_usage, "serverAuth"))
        return out;
    if (X509_sign(cert.get(), key.get(), EVP_sha256()) == 0)
        return out;

    BioPtr certBio(BIO_new(BIO_s_mem()));
    BioPtr keyBio(BIO_new(BIO_s_mem()));
    PEM_write_bio_X509(certBio.get(), cert.get());
    PEM_write_bio_PrivateKey(keyBio.get(), key.get(), nullptr, nullptr, 0, nullptr, nullptr);
    out.certificate = QSslCertificate(bioToBytes(certBio.get()), QSsl::Pem);
    out.key = QSslKey(bioToBytes(keyBio.get()), QSsl::Ec, QSsl::Pem);
    return out;
}

SimCertificate SimCertificate::load(const QString &certificateFile, const QString &keyFile, QString *error)
{
    SimCertificate out;
    QFile cf(certificateFile);
    QFile kf(keyFile);
    if (!cf.open(QIODevice::ReadOnly) || !kf.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1 or %2").arg(certificateFile, keyFile);
        return out;
    }
    const QList<QSslCertificate> chain = QSslCertificate::fromData(cf.readAll(), QSsl::Pem);
    const QByteArray keyPem = kf.readAll();
    out.certificate = chain.value(0);
    for (QSsl::KeyAlgorithm algorithm : {QSsl::Rsa, QSsl::Ec}) {
        out.key = QSslKey(keyPem, algorithm, QSsl::Pem);
        if (!out.key.isNull())
            break;
    }
    if (!out.isValid())
        *error = QStringLiteral("%1 or %2 is not a PEM certificate and private key").arg(certificateFile, keyFile);
    return out;
}

QString SimCertificate::fingerprint() const
{
    const QByteArray digest = certificate.digest(QCryptographicHash::Sha256).toHex(':');
    return QString::fromLatin1(digest);
}

} // namespace cmssim
