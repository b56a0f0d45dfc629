#pragma once

#include <QByteArray>
#include <QDialog>
#include <QSslCertificate>

#include "api/cmserror.h"

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QPushButton;

namespace cms {
class BridgeCheck;
} // namespace cms

namespace views {

class CertificateSummary;

// Shown when a bridge's certificate is not trusted by the system. Reject ("Cancel") is the default
// button; accepting pins this one certificate (by its SHA-256) for this one bridge only, so another
// certificate later is refused. Open it with open(); read fingerprint() once accepted.
// A certificate that is more than unknown (expired, not valid yet, made out to another name: see
// setProblem()) is a matter for the server's administrator first: the dialog names the problem, and
// trusting it anyway takes ticking a box that says the admin was asked.
class TrustDialog : public QDialog
{
    Q_OBJECT
public:
    TrustDialog(const QSslCertificate &certificate, const QString &bridgeAddress /* host:port */,
                QWidget *parent = nullptr);

    // Puts the question a BridgeCheck asks (its trustRequested(error)) to the user: opens a trust
    // dialog on parent that answers the check with trust() or refuse(), and deletes itself on close.
    static TrustDialog *ask(cms::BridgeCheck &check, const cms::CmsError &error, QWidget *parent);

    // What the system found wrong with the certificate beyond an unknown issuer: the refusal
    // (UntrustedCertificate) whose certificateProblem and message() the dialog shows.
    void setProblem(const cms::CmsError &error);

    // SHA-256, lower-case hex without colons (cms::Transport::sha256Hex).
    QByteArray fingerprint() const { return m_fingerprint; }
    QSslCertificate certificate() const { return m_certificate; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    bool isMoreThanUnknown() const { return m_refusal.certificateProblem != cms::CmsError::CertificateProblem::NotTrusted; }

    QSslCertificate m_certificate;
    QString m_bridgeAddress;
    QByteArray m_fingerprint;
    cms::CmsError m_refusal;
    QLabel *m_heading = nullptr;
    QLabel *m_explanation = nullptr;
    CertificateSummary *m_summary = nullptr;
    QLabel *m_consequence = nullptr;
    QCheckBox *m_checked = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_trustButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
};

} // namespace views
