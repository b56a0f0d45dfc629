#pragma once

#include <QByteArray>
#include <QDialog>
#include <QSslCertificate>

class QDialogButtonBox;
class QLabel;
class QPushButton;

namespace cms {
class BridgeCheck;
class CmsError;
} // namespace cms

namespace views {

class CertificateSummary;

// Shown when a bridge's certificate is not trusted by the system. Reject ("Cancel") is the default
// button; accepting pins this one certificate (by its SHA-256) for this one bridge only, so another
// certificate later is refused. Open it with open(); read fingerprint() once accepted.
class TrustDialog : public QDialog
{
    Q_OBJECT
public:
    TrustDialog(const QSslCertificate &certificate, const QString &bridgeAddress /* host:port */,
                QWidget *parent = nullptr);

    // Puts the question a BridgeCheck asks (its trustRequested(error)) to the user: opens a trust
    // dialog on parent that answers the check with trust() or refuse(), and deletes itself on close.
    static TrustDialog *ask(cms::BridgeCheck &check, const cms::CmsError &error, QWidget *parent);

    // SHA-256, lower-case hex without colons (cms::Transport::sha256Hex).
    QByteArray fingerprint() const { return m_fingerprint; }
    QSslCertificate certificate() const { return m_certificate; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QSslCertificate m_certificate;
    QString m_bridgeAddress;
    QByteArray m_fingerprint;
    QLabel *m_heading = nullptr;
    QLabel *m_explanation = nullptr;
    CertificateSummary *m_summary = nullptr;
    QLabel *m_consequence = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_trustButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
};

} // namespace views
