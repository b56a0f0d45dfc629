// The trust dialog and the certificate summary against a simulated bridge's real (self-signed)
// certificate: what the user is shown, which button is the default, what fingerprint is pinned.
#include "cluster/certificatechangeddialog.h"
#include "cluster/certificatesummary.h"
#include "api/endpoint.h"
#include "simbridge.h"
#include "simcluster.h"
#include "simtestclient.h"
#include "net/transport.h"
#include "cluster/trustdialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QtTest>

using namespace views;

class TestTrustDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void showsTheCertificate();
    void cancelIsTheDefault();
    void trustButtonAccepts();
    void problemNeedsTheAdministratorsWord_data();
    void problemNeedsTheAdministratorsWord();
    void fingerprintFormat();
    void validityPeriod();
    void certificateChangedDialog();

private:
    QString labelText(QWidget &parent, const char *objectName);
    QString bridgeAddress() const;

    std::unique_ptr<cmssim::SimCluster> m_cluster;
    QSslCertificate m_certificate;
};

void TestTrustDialog::initTestCase()
{
    m_cluster = startTestCluster(cmssim::ClusterOptions{});
    m_certificate = m_cluster->bridge(0).certificate().certificate;
    QVERIFY(!m_certificate.isNull());
}

QString TestTrustDialog::labelText(QWidget &parent, const char *objectName)
{
    auto *label = parent.findChild<QLabel *>(QLatin1String(objectName));
    if (!label) {
        qWarning("no label %s", objectName);
        return {};
    }
    return label->text();
}

QString TestTrustDialog::bridgeAddress() const
{
    const QUrl url = m_cluster->bridge(0).baseUrl();
    return url.host() + QLatin1Char(':') + QString::number(url.port());
}

void TestTrustDialog::showsTheCertificate()
{
    TrustDialog dialog(m_certificate, bridgeAddress());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));

    const QString commonName = m_cluster->bridge(0).name();
    QVERIFY(!commonName.isEmpty());
    const QStringList organization = m_certificate.subjectInfo(QSslCertificate::Organization);
    const QString subject = organization.isEmpty()
        ? commonName
        : QStringLiteral("%1 (%2)").arg(commonName, organization.join(QStringLiteral(", ")));
    QCOMPARE(labelText(dialog, "subjectLabel"), subject);
    QCOMPARE(labelText(dialog, "issuerLabel"), subject);   // self-signed
    QCOMPARE(labelText(dialog, "validFromLabel"),
             QLocale().toString(m_certificate.effectiveDate().toLocalTime(), QLocale::LongFormat));
    QCOMPARE(labelText(dialog, "validUntilLabel"),
             QLocale().toString(m_certificate.expiryDate().toLocalTime(), QLocale::LongFormat));
    // The simulator computes its fingerprint on its own: lower-case pairs with colons.
    QCOMPARE(
        labelText(dialog, "fingerprintLabel"), m_cluster->bridge(0).certificate().fingerprint().toUpper());
    QVERIFY(!labelText(dialog, "validityLabel").isEmpty());
    QVERIFY(labelText(dialog, "headingLabel").contains(bridgeAddress()));

    auto *trust = dialog.findChild<QPushButton *>(QStringLiteral("trustButton"));
    QVERIFY(trust);
    QCOMPARE(trust->text(), QStringLiteral("Trust this certificate for this bridge"));
    QVERIFY(trust->isVisible());
    QVERIFY(trust->isEnabled());
    QVERIFY(!dialog.findChild<QCheckBox *>(QStringLiteral("checkedWithAdministrator"))->isVisible());

    // A change of language keeps every text (the widgets say them again).
    QEvent languageChange(QEvent::LanguageChange);
    QCoreApplication::sendEvent(&dialog, &languageChange);
    QCOMPARE(trust->text(), QStringLiteral("Trust this certificate for this bridge"));
    QCOMPARE(labelText(dialog, "fingerprintLabel"), m_cluster->bridge(0).certificate().fingerprint().toUpper());
}

void TestTrustDialog::cancelIsTheDefault()
{
    TrustDialog dialog(m_certificate, bridgeAddress());
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    QSignalSpy rejected(&dialog, &QDialog::rejected);
    dialog.open();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));

    auto *buttons = dialog.findChild<QDialogButtonBox *>(QStringLiteral("buttons"));
    QVERIFY(buttons);
    QPushButton *cancel = buttons->button(QDialogButtonBox::Cancel);
    QVERIFY(cancel);
    QVERIFY(cancel->isDefault());
    QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("trustButton"))->isDefault());

    // Enter answers with the default button: the certificate is not trusted.
    QTest::keyClick(&dialog, Qt::Key_Return);
    QCOMPARE(rejected.count(), 1);
    QCOMPARE(accepted.count(), 0);
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
}

void TestTrustDialog::trustButtonAccepts()
{
    TrustDialog dialog(m_certificate, bridgeAddress());
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    dialog.open();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));

    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("trustButton")), Qt::LeftButton);
    QCOMPARE(accepted.count(), 1);
    const QByteArray expected
        = cms::Endpoint::normalizeFingerprint(m_cluster->bridge(0).certificate().fingerprint());
    QVERIFY(!expected.isEmpty());
    QCOMPARE(dialog.fingerprint(), expected);
    QCOMPARE(dialog.fingerprint(), cms::Transport::sha256Hex(m_certificate));
}

void TestTrustDialog::problemNeedsTheAdministratorsWord_data()
{
    QTest::addColumn<cms::CmsError::CertificateProblem>("problem");
    QTest::addColumn<QString>("heading");
    QTest::newRow("expired") << cms::CmsError::CertificateProblem::Expired << QStringLiteral("has expired");
    QTest::newRow("not yet valid") << cms::CmsError::CertificateProblem::NotYetValid << QStringLiteral("is not valid yet");
    QTest::newRow("another name") << cms::CmsError::CertificateProblem::OtherName
                                  << QStringLiteral("is made out to another name");
}

// An expired certificate, or one made out to another name, is named as such, and trusting it takes
// the box that says the administrator was asked: the trust button stays off until it is ticked.
void TestTrustDialog::problemNeedsTheAdministratorsWord()
{
    QFETCH(cms::CmsError::CertificateProblem, problem);
    QFETCH(QString, heading);
    cms::CmsError refusal(cms::CmsError::Kind::UntrustedCertificate);
    refusal.certificate = m_certificate;
    refusal.certificateProblem = problem;
    TrustDialog dialog(m_certificate, bridgeAddress());
    dialog.setProblem(refusal);
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    dialog.open();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));

    QVERIFY(labelText(dialog, "headingLabel").contains(heading));
    QCOMPARE(labelText(dialog, "explanationLabel"), refusal.message());
    auto *trust = dialog.findChild<QPushButton *>(QStringLiteral("trustButton"));
    auto *checked = dialog.findChild<QCheckBox *>(QStringLiteral("checkedWithAdministrator"));
    QVERIFY(trust && checked);
    QVERIFY(checked->isVisible());
    QVERIFY(!checked->accessibleDescription().isEmpty());
    QVERIFY(!trust->isEnabled());
    QTest::mouseClick(trust, Qt::LeftButton);
    QCOMPARE(accepted.count(), 0);

    // From the keyboard: the box, then the trust button.
    checked->setFocus();
    QTest::keyClick(checked, Qt::Key_Space);
    QVERIFY(checked->isChecked());
    QVERIFY(trust->isEnabled());
    QTest::keyClick(trust, Qt::Key_Space);
    QCOMPARE(accepted.count(), 1);
    QCOMPARE(dialog.fingerprint(), cms::Transport::sha256Hex(m_certificate));
}

void TestTrustDialog::fingerprintFormat()
{
    QCOMPARE(CertificateSummary::formatFingerprint("0a1bff"), QStringLiteral("0A:1B:FF"));
    QCOMPARE(CertificateSummary::formatFingerprint(QByteArray()), QString());
    const QString formatted = CertificateSummary::formatFingerprint(cms::Transport::sha256Hex(m_certificate));
    QCOMPARE(formatted.size(), 32 * 3 - 1);
    QCOMPARE(formatted.count(QLatin1Char(':')), 31);
    QCOMPARE(formatted, formatted.toUpper());
}

void TestTrustDialog::validityPeriod()
{
    const QDateTime from = m_certificate.effectiveDate();
    const QDateTime until = m_certificate.expiryDate();
    QVERIFY(from.isValid() && until.isValid());
    QCOMPARE(CertificateSummary::validityAt(m_certificate, QDateTime::currentDateTimeUtc()),
             CertificateSummary::Validity::Valid);
    QCOMPARE(CertificateSummary::validityAt(m_certificate, from.addDays(-1)),
             CertificateSummary::Validity::NotYetValid);
    QCOMPARE(CertificateSummary::validityAt(m_certificate, until.addDays(1)),
        CertificateSummary::Validity::Expired);

    // The summary says the current state in words; a certificate of another bridge says the same.
    CertificateSummary summary(m_cluster->bridge(1).certificate().certificate);
    QCOMPARE(summary.findChild<QLabel *>(QStringLiteral("validityLabel"))->text(),
             CertificateSummary::tr("The certificate is within its validity period."));
}

void TestTrustDialog::certificateChangedDialog()
{
    const QByteArray pinned = cms::Transport::sha256Hex(m_cluster->bridge(1).certificate().certificate);
    CertificateChangedDialog dialog(pinned, m_certificate, bridgeAddress());
    QSignalSpy rejected(&dialog, &QDialog::rejected);
    dialog.open();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(dialog.isModal());

    QCOMPARE(labelText(dialog, "pinnedFingerprintLabel"), CertificateSummary::formatFingerprint(pinned));
    QCOMPARE(
        labelText(dialog, "fingerprintLabel"), m_cluster->bridge(0).certificate().fingerprint().toUpper());
    QVERIFY(labelText(dialog, "howToLabel").contains(QStringLiteral("Forget the pinned certificate")));
    QVERIFY(labelText(dialog, "headingLabel").contains(bridgeAddress()));

    // Close is the only way out: nothing here accepts the new certificate.
    auto *buttons = dialog.findChild<QDialogButtonBox *>(QStringLiteral("buttons"));
    QVERIFY(buttons);
    QCOMPARE(buttons->buttons().size(), 1);
    QPushButton *close = buttons->button(QDialogButtonBox::Close);
    QVERIFY(close);
    QTest::mouseClick(close, Qt::LeftButton);
    QCOMPARE(rejected.count(), 1);
}

QTEST_MAIN(TestTrustDialog)
#include "tst_trustdialog.moc"
