#include "cluster/certificatesummary.h"

#include "net/transport.h"

#include <QEvent>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace views {

namespace {

QLabel *addValueLabel(QFormLayout *form, QLabel *caption, const QString &objectName)
{
    auto *value = new QLabel(form->parentWidget());
    value->setObjectName(objectName);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    value->setTextFormat(Qt::PlainText);
    caption->setBuddy(value);
    form->addRow(caption, value);
    return value;
}

} // namespace

CertificateSummary::CertificateSummary(const QSslCertificate &certificate, QWidget *parent)
    : QWidget(parent)
    , m_certificate(certificate)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *form = new QFormLayout;
    layout->addLayout(form);

    m_subjectCaption = new QLabel(this);
    m_subject = addValueLabel(form, m_subjectCaption, QStringLiteral("subjectLabel"));
    m_subject->setWordWrap(true);
    m_issuerCaption = new QLabel(this);
    m_issuer = addValueLabel(form, m_issuerCaption, QStringLiteral("issuerLabel"));
    m_issuer->setWordWrap(true);
    m_validFromCaption = new QLabel(this);
    m_validFrom = addValueLabel(form, m_validFromCaption, QStringLiteral("validFromLabel"));
    m_validUntilCaption = new QLabel(this);
    m_validUntil = addValueLabel(form, m_validUntilCaption, QStringLiteral("validUntilLabel"));
    m_fingerprintCaption = new QLabel(this);
    m_fingerprint = addValueLabel(form, m_fingerprintCaption, QStringLiteral("fingerprintLabel"));
    m_fingerprint->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));

    m_validity = new QLabel(this);
    m_validity->setObjectName(QStringLiteral("validityLabel"));
    m_validity->setWordWrap(true);
    layout->addWidget(m_validity);

    retranslateUi();
}

QString CertificateSummary::formatFingerprint(const QByteArray &hex)
{
    const QString upper = QString::fromLatin1(hex).toUpper();
    QStringList pairs;
    pairs.reserve(upper.size() / 2 + 1);
    for (qsizetype i = 0; i < upper.size(); i += 2)
        pairs.append(upper.mid(i, 2));
    return pairs.join(QLatin1Char(':'));
}

CertificateSummary::Validity CertificateSummary::validityAt(const QSslCertificate &certificate,
                                                            const QDateTime &when)
{
    if (certificate.effectiveDate().isValid() && when < certificate.effectiveDate())
        return Validity::NotYetValid;
    if (certificate.expiryDate().isValid() && when > certificate.expiryDate())
        return Validity::Expired;
    return Validity::Valid;
}

void CertificateSummary::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void CertificateSummary::retranslateUi()
{
    //: Certificate field: the server the certificate names
    m_subjectCaption->setText(tr("Issued to:"));
    //: Certificate field: who signed the certificate
    m_issuerCaption->setText(tr("Issued by:"));
    m_validFromCaption->setText(tr("Valid from:"));
    m_validUntilCaption->setText(tr("Valid until:"));
    m_fingerprintCaption->setText(tr("SHA-256 fingerprint:"));

    m_subject->setText(describeName(m_certificate.subjectInfo(QSslCertificate::CommonName),
                                    m_certificate.subjectInfo(QSslCertificate::Organization)));
    m_issuer->setText(describeName(m_certificate.issuerInfo(QSslCertificate::CommonName),
                                   m_certificate.issuerInfo(QSslCertificate::Organization)));
    m_validFrom->setText(formatDateTime(m_certificate.effectiveDate()));
    m_validUntil->setText(formatDateTime(m_certificate.expiryDate()));
    m_fingerprint->setText(
        m_certificate.isNull() ? tr("(none)") : formatFingerprint(cms::Transport::sha256Hex(m_certificate)));

    QFont emphasis = font();
    switch (validityAt(m_certificate, QDateTime::currentDateTimeUtc())) {
    case Validity::Valid:
        m_validity->setText(tr("The certificate is within its validity period."));
        break;
    case Validity::Expired:
        emphasis.setBold(true);
        m_validity->setText(tr("This certificate has expired."));
        break;
    case Validity::NotYetValid:
        emphasis.setBold(true);
        m_validity->setText(tr("This certificate is not valid yet: check the clocks of this computer and of "
                               "the call bridge."));
        break;
    }
    m_validity->setFont(emphasis);
}

QString CertificateSummary::describeName(
    const QStringList &commonNames, const QStringList &organizations) const
{
    const QString commonName = commonNames.join(QStringLiteral(", "));
    const QString organization = organizations.join(QStringLiteral(", "));
    if (commonName.isEmpty() && organization.isEmpty())
        return tr("(not given)");
    if (organization.isEmpty())
        return commonName;
    if (commonName.isEmpty())
        return organization;
    //: A certificate's common name, then its organization: "cms1.example.com (Example Corp)"
    return tr("%1 (%2)").arg(commonName, organization);
}

QString CertificateSummary::formatDateTime(const QDateTime &when) const
{
    if (!when.isValid())
        return tr("(not given)");
    return QLocale().toString(when.toLocalTime(), QLocale::LongFormat);
}

} // namespace views
