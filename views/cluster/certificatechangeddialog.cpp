#include "cluster/certificatechangeddialog.h"

#include "cluster/certificatesummary.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFontDatabase>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace views {

namespace {

QLabel *wrappedLabel(QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

} // namespace

CertificateChangedDialog::CertificateChangedDialog(const QByteArray &pinnedSha256,
    const QSslCertificate &presented, const QString &bridgeAddress, QWidget *parent)
    : QDialog(parent)
    , m_pinnedSha256(pinnedSha256)
    , m_bridgeAddress(bridgeAddress)
{
    setObjectName(QStringLiteral("certificateChangedDialog"));
    setModal(true);

    auto *icon = new QLabel(this);
    const int iconSize = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this).pixmap(iconSize));
    icon->setAlignment(Qt::AlignTop);

    m_heading = wrappedLabel(this, QStringLiteral("headingLabel"));
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);
    m_risk = wrappedLabel(this, QStringLiteral("riskLabel"));

    m_pinnedCaption = wrappedLabel(this, QStringLiteral("pinnedCaption"));
    m_pinned = new QLabel(CertificateSummary::formatFingerprint(m_pinnedSha256), this);
    m_pinned->setObjectName(QStringLiteral("pinnedFingerprintLabel"));
    m_pinned->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_pinned->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_pinned->setTextFormat(Qt::PlainText);

    m_presentedCaption = wrappedLabel(this, QStringLiteral("presentedCaption"));
    m_presented = new CertificateSummary(presented, this);
    m_presented->setObjectName(QStringLiteral("certificateSummary"));
    m_howTo = wrappedLabel(this, QStringLiteral("howToLabel"));

    // Close only: nothing here lets the changed certificate through.
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_buttons->setObjectName(QStringLiteral("buttons"));
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *text = new QVBoxLayout;
    text->addWidget(m_heading);
    text->addWidget(m_risk);
    text->addSpacing(style()->pixelMetric(QStyle::PM_LayoutVerticalSpacing, nullptr, this));
    text->addWidget(m_pinnedCaption);
    text->addWidget(m_pinned);
    text->addWidget(m_presentedCaption);
    text->addWidget(m_presented);
    text->addWidget(m_howTo);
    auto *top = new QHBoxLayout;
    top->addWidget(icon, 0, Qt::AlignTop);
    top->addLayout(text, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_buttons);

    retranslateUi();
}

void CertificateChangedDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void CertificateChangedDialog::retranslateUi()
{
    setWindowTitle(tr("Certificate Changed"));
    m_heading->setText(tr("The call bridge %1 presented a different certificate from the one you trusted. "
                          "The connection was refused.")
                           .arg(m_bridgeAddress));
    m_risk->setText(
        tr("Someone may be intercepting the connection to read or change what the console sends, "
           "passwords included. Or an administrator may have replaced the call bridge's "
           "certificate. Ask the call bridge's administrator which is the case before you go on."));
    m_pinnedCaption->setText(tr("SHA-256 fingerprint of the trusted certificate:"));
    m_presentedCaption->setText(tr("Certificate presented now:"));
    m_howTo->setText(
        tr("If the administrator confirms the new certificate, edit the cluster, choose “Forget the "
           "pinned certificate”, then “Test connection” and trust the new certificate after "
           "comparing its fingerprint."));
}

} // namespace views
