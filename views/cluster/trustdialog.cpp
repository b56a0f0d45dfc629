#include "cluster/trustdialog.h"

#include "cluster/bridgecheck.h"
#include "cluster/certificatesummary.h"
#include "net/connection.h"
#include "net/transport.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace views {

TrustDialog::TrustDialog(const QSslCertificate &certificate, const QString &bridgeAddress, QWidget *parent)
    : QDialog(parent)
    , m_certificate(certificate)
    , m_bridgeAddress(bridgeAddress)
    , m_fingerprint(cms::Transport::sha256Hex(certificate))
{
    setObjectName(QStringLiteral("trustDialog"));
    setModal(true);

    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("headingLabel"));
    m_heading->setWordWrap(true);
    m_heading->setTextFormat(Qt::PlainText);
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);

    m_explanation = new QLabel(this);
    m_explanation->setObjectName(QStringLiteral("explanationLabel"));
    m_explanation->setWordWrap(true);
    m_explanation->setTextFormat(Qt::PlainText);

    m_summary = new CertificateSummary(certificate, this);
    m_summary->setObjectName(QStringLiteral("certificateSummary"));

    m_consequence = new QLabel(this);
    m_consequence->setObjectName(QStringLiteral("consequenceLabel"));
    m_consequence->setWordWrap(true);
    m_consequence->setTextFormat(Qt::PlainText);

    m_checked = new QCheckBox(this);
    m_checked->setObjectName(QStringLiteral("checkedWithAdministrator"));
    m_checked->setVisible(false);

    // Reject is the safe answer and the default: Enter must never trust a certificate by accident.
    m_buttons = new QDialogButtonBox(this);
    m_buttons->setObjectName(QStringLiteral("buttons"));
    m_trustButton = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_trustButton->setObjectName(QStringLiteral("trustButton"));
    m_trustButton->setAutoDefault(false);
    m_cancelButton = m_buttons->addButton(QDialogButtonBox::Cancel);
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    m_cancelButton->setDefault(true);
    m_cancelButton->setFocus();
    connect(m_checked, &QCheckBox::toggled, m_trustButton, [this](bool checked) {
        m_trustButton->setEnabled(!isMoreThanUnknown() || checked);
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_explanation);
    layout->addWidget(m_summary);
    layout->addWidget(m_consequence);
    layout->addWidget(m_checked);
    layout->addWidget(m_buttons);

    retranslateUi();
}

TrustDialog *TrustDialog::ask(cms::BridgeCheck &check, const cms::CmsError &error, QWidget *parent)
{
    auto *dialog = new TrustDialog(error.certificate, cms::Connection::addressKey(check.endpoint().baseUrl), parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setProblem(error);
    connect(dialog, &QDialog::accepted, &check, &cms::BridgeCheck::trust);
    connect(dialog, &QDialog::rejected, &check, &cms::BridgeCheck::refuse);
    dialog->open();
    return dialog;
}

void TrustDialog::setProblem(const cms::CmsError &error)
{
    m_refusal = error;
    m_checked->setChecked(false);
    m_checked->setVisible(isMoreThanUnknown());
    m_trustButton->setEnabled(!isMoreThanUnknown());
    retranslateUi();
}

void TrustDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void TrustDialog::retranslateUi()
{
    using Problem = cms::CmsError::CertificateProblem;
    setWindowTitle(tr("Untrusted Certificate"));
    m_consequence->setText(
        tr("If you trust it, the console will accept this one certificate for this one call "
           "bridge only, recognised by its SHA-256 fingerprint. If the call bridge presents "
           "another certificate later, the console will refuse the connection."));
    m_checked->setText(tr("I have checked this certificate and its fingerprint with the call bridge's administrator"));
    m_checked->setAccessibleDescription(tr("Trusting a certificate with this problem needs this box ticked first."));
    switch (m_refusal.certificateProblem) {
    case Problem::NotTrusted:
        m_heading->setText(tr("The certificate of the call bridge %1 is not trusted by this computer.")
                               .arg(m_bridgeAddress));
        m_explanation->setText(
            tr("It may be a self-signed certificate, as call bridges often use, or someone may be "
               "intercepting the connection. Compare the fingerprint below with the one the "
               "call bridge's administrator gives you before you trust it."));
        m_trustButton->setText(tr("Trust this certificate for this bridge"));
        return;
    case Problem::Expired:
        m_heading->setText(tr("The certificate of the call bridge %1 has expired.").arg(m_bridgeAddress));
        break;
    case Problem::NotYetValid:
        m_heading->setText(tr("The certificate of the call bridge %1 is not valid yet.").arg(m_bridgeAddress));
        break;
    case Problem::OtherName:
        m_heading->setText(tr("The certificate of the call bridge %1 is made out to another name.").arg(m_bridgeAddress));
        break;
    }
    m_explanation->setText(m_refusal.message());   // in the language now in use
    m_trustButton->setText(tr("Trust it anyway for this bridge"));
}

} // namespace views
