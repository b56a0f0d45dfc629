#pragma once

#include <QDateTime>
#include <QSslCertificate>
#include <QWidget>

class QLabel;

namespace views {

// A certificate as a person checks it before trusting it: who it was issued to and by, when it is
// valid, its SHA-256 fingerprint (the value an administrator reads out to compare), and whether it
// has expired or is not valid yet. Used by the trust and the certificate-changed dialogs.
class CertificateSummary : public QWidget
{
    Q_OBJECT
public:
    enum class Validity { Valid, Expired, NotYetValid };

    explicit CertificateSummary(const QSslCertificate &certificate, QWidget *parent = nullptr);

    const QSslCertificate &certificate() const { return m_certificate; }

    // "AB:CD:…": a lower- or upper-case hex digest as colon-separated upper-case pairs.
    static QString formatFingerprint(const QByteArray &hex);
    static Validity validityAt(const QSslCertificate &certificate, const QDateTime &when);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    QString describeName(const QStringList &commonNames, const QStringList &organizations) const;
    QString formatDateTime(const QDateTime &when) const;

    QSslCertificate m_certificate;
    QLabel *m_subjectCaption = nullptr;
    QLabel *m_subject = nullptr;
    QLabel *m_issuerCaption = nullptr;
    QLabel *m_issuer = nullptr;
    QLabel *m_validFromCaption = nullptr;
    QLabel *m_validFrom = nullptr;
    QLabel *m_validUntilCaption = nullptr;
    QLabel *m_validUntil = nullptr;
    QLabel *m_fingerprintCaption = nullptr;
    QLabel *m_fingerprint = nullptr;
    QLabel *m_validity = nullptr;
};

} // namespace views
