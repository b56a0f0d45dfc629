#pragma once

#include <QByteArray>
#include <QDialog>
#include <QSslCertificate>

class QDialogButtonBox;
class QLabel;

namespace views {

class CertificateSummary;

// A pinned bridge presented another certificate. A blocking warning (modal; open it with open()):
// what the risk is, the pinned fingerprint and the certificate presented, and how to accept a
// legitimate new certificate. It only closes: the connection stays refused.
class CertificateChangedDialog : public QDialog
{
    Q_OBJECT
public:
    CertificateChangedDialog(const QByteArray &pinnedSha256, const QSslCertificate &presented,
                             const QString &bridgeAddress, QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QByteArray m_pinnedSha256;
    QString m_bridgeAddress;
    QLabel *m_heading = nullptr;
    QLabel *m_risk = nullptr;
    QLabel *m_pinnedCaption = nullptr;
    QLabel *m_pinned = nullptr;
    QLabel *m_presentedCaption = nullptr;
    CertificateSummary *m_presented = nullptr;
    QLabel *m_howTo = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace views
