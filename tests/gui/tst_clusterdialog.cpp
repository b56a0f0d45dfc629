// The add/edit cluster dialog against the simulator (three bridges, self-signed certificates): address
// validation as typed, Test connection, trusting a certificate, a changed certificate, a wrong
// password, cancelling, and what ends up in the registry and the credential store.
#include "cluster/certificatechangeddialog.h"
#include "cluster/certificatesummary.h"
#include "cluster/clusterdialog.h"
#include "cluster/clusterregistry.h"
#include "cluster/clustersession.h"
#include "api/cmserror.h"
#include "credentials/memorycredentialstore.h"
#include "simbridge.h"
#include "simcluster.h"
#include "simtestclient.h"
#include "net/transport.h"
#include "cluster/trustdialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QtTest>

using namespace views;

namespace {

QString addressOf(cmssim::SimBridge &bridge)
{
    return QStringLiteral("127.0.0.1:%1").arg(bridge.port());
}

QByteArray fingerprintOf(cmssim::SimBridge &bridge)
{
    return cms::Endpoint::normalizeFingerprint(bridge.certificate().fingerprint());
}

// The dialog's widgets, found the way a user sees them.
struct Ui
{
    explicit Ui(ClusterDialog &dialog)
        : name(dialog.findChild<QLineEdit *>(QStringLiteral("nameEdit")))
        , address(dialog.findChild<QLineEdit *>(QStringLiteral("addressEdit")))
        , addressError(dialog.findChild<QLabel *>(QStringLiteral("addressError")))
        , user(dialog.findChild<QLineEdit *>(QStringLiteral("userEdit")))
        , password(dialog.findChild<QLineEdit *>(QStringLiteral("passwordEdit")))
        , test(dialog.findChild<QPushButton *>(QStringLiteral("testButton")))
        , result(dialog.findChild<QLabel *>(QStringLiteral("testResult")))
        , forgetPin(dialog.findChild<QPushButton *>(QStringLiteral("forgetPinButton")))
        , buttons(dialog.findChild<QDialogButtonBox *>(QStringLiteral("buttons")))
    {
    }
    bool complete() const
    {
        return name && address && addressError && user && password && test && result && forgetPin && buttons;
    }
    QPushButton *ok() const { return buttons->button(QDialogButtonBox::Ok); }
    QPushButton *cancel() const { return buttons->button(QDialogButtonBox::Cancel); }

    QLineEdit *name;
    QLineEdit *address;
    QLabel *addressError;
    QLineEdit *user;
    QLineEdit *password;
    QPushButton *test;
    QLabel *result;
    QPushButton *forgetPin;
    QDialogButtonBox *buttons;
};

} // namespace

class TestClusterDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void addressValidatedAsTyped();
    void addClusterTrustingTheCertificate();
    void cancelledTrustLeavesNothing();
    void changedCertificateIsRefused();
    void forgettingThePinAsksAgain();
    void wrongPassword();
    void editKeepsTheStoredPassword();
    void editedAddressKeepsTheStoredPassword();
    void cancelAbortsTheTest();
    void cancelWhileAskingTrust();
    void addressOfAnotherCluster();

private:
    void fill(Ui &ui, const QString &name, const QString &address, const QString &password);
    QString storedPassword(const cms::CredentialKey &key);
    cms::ClusterProfile pinnedProfile(int bridge, const QByteArray &pin);
    TrustDialog *waitForTrustDialog(QSignalSpy &spy, int count);

    std::unique_ptr<cmssim::SimCluster> m_cluster;
    std::unique_ptr<cms::MemoryCredentialStore> m_store;
    std::unique_ptr<cms::ClusterRegistry> m_registry;
};

void TestClusterDialog::initTestCase()
{
    m_cluster = startTestCluster(cmssim::ClusterOptions{});
    QCOMPARE(m_cluster->bridgeCount(), 3);
}

void TestClusterDialog::init()
{
    m_store = std::make_unique<cms::MemoryCredentialStore>();
    m_registry = std::make_unique<cms::ClusterRegistry>(nullptr, *m_store, nullptr, nullptr);
}

void TestClusterDialog::cleanup()
{
    m_registry.reset();
    m_store.reset();
    for (int i = 0; i < m_cluster->bridgeCount(); ++i)
        m_cluster->setLatency(i, 0);
}

void TestClusterDialog::fill(Ui &ui, const QString &name, const QString &address, const QString &password)
{
    ui.name->clear();
    QTest::keyClicks(ui.name, name);
    ui.address->clear();
    QTest::keyClicks(ui.address, address);
    ui.user->clear();
    QTest::keyClicks(ui.user, kTestUser);
    ui.password->clear();
    QTest::keyClicks(ui.password, password);
}

QString TestClusterDialog::storedPassword(const cms::CredentialKey &key)
{
    cms::CredentialJob *job = m_store->readPassword(key);
    QSignalSpy finished(job, &cms::CredentialJob::finished);
    if (!finished.wait(5000))
        return QStringLiteral("<no answer>");
    return finished.at(0).at(0).value<cms::CredentialResult>().password;
}

cms::ClusterProfile TestClusterDialog::pinnedProfile(int bridge, const QByteArray &pin)
{
    cms::ClusterProfile profile = cms::ClusterProfile::create(
        QStringLiteral("Pinned"), m_cluster->bridge(bridge).baseUrl(), kTestUser);
    profile.endpoints[0].pinnedSha256 = pin;
    return profile;
}

TrustDialog *TestClusterDialog::waitForTrustDialog(QSignalSpy &spy, int count)
{
    if (!QTest::qWaitFor([&] { return spy.count() >= count; }, 20000))
        return nullptr;
    auto *dialog = spy.at(count - 1).at(0).value<TrustDialog *>();
    if (dialog && !QTest::qWaitForWindowExposed(dialog))
        return nullptr;
    return dialog;
}

void TestClusterDialog::addressValidatedAsTyped()
{
    ClusterDialog dialog(*m_registry);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    Ui ui(dialog);
    QVERIFY(ui.complete());
    QVERIFY(!ui.addressError->isVisible());   // no complaint before anything is typed
    QVERIFY(!ui.ok()->isEnabled());
    QCOMPARE(ui.ok()->text(), QStringLiteral("Add"));
    QCOMPARE(ui.password->echoMode(), QLineEdit::Password);

    QTest::keyClicks(ui.address, QStringLiteral("https://"));
    QVERIFY(ui.addressError->isVisible());
    QVERIFY(!ui.addressError->text().isEmpty());
    QVERIFY(!ui.ok()->isEnabled());

    ui.address->clear();
    QTest::keyClicks(ui.address, QStringLiteral("host:99999"));
    QVERIFY(ui.addressError->isVisible());
    QVERIFY2(ui.addressError->text().contains(QStringLiteral("99999")), qPrintable(ui.addressError->text()));
    QVERIFY(!ui.ok()->isEnabled());
    QVERIFY(!ui.test->isEnabled());

    // A good address clears the error; OK also waits for the user and the password.
    ui.address->clear();
    QTest::keyClicks(ui.address, QStringLiteral("cms1.example.com:445"));
    QVERIFY(!ui.addressError->isVisible());
    QVERIFY(!ui.ok()->isEnabled());
    QTest::keyClicks(ui.user, kTestUser);
    QVERIFY(ui.test->isEnabled());
    QVERIFY(!ui.ok()->isEnabled());
    QTest::keyClicks(ui.password, kTestPassword);
    QVERIFY(ui.ok()->isEnabled());
    QVERIFY(!ui.forgetPin->isVisible());   // add mode, nothing pinned

    // The name falls back to the host.
    QCOMPARE(dialog.profile().name, QStringLiteral("cms1.example.com"));
    QCOMPARE(dialog.profile().endpoints.constFirst().address,
        QUrl(QStringLiteral("https://cms1.example.com:445")));
}

void TestClusterDialog::addClusterTrustingTheCertificate()
{
    cmssim::SimBridge &bridge = m_cluster->bridge(1);
    ClusterDialog dialog(*m_registry);
    QSignalSpy trustOpened(&dialog, &ClusterDialog::trustDialogOpened);
    QSignalSpy added(m_registry.get(), &cms::ClusterRegistry::clusterAdded);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    Ui ui(dialog);
    fill(ui, QString(), addressOf(bridge), kTestPassword);

    QTest::mouseClick(ui.test, Qt::LeftButton);
    QVERIFY(!ui.address->isEnabled());   // busy while testing
    TrustDialog *trust = waitForTrustDialog(trustOpened, 1);
    QVERIFY(trust);
    QCOMPARE(trust->fingerprint(), fingerprintOf(bridge));
    QTest::mouseClick(trust->findChild<QPushButton *>(QStringLiteral("trustButton")), Qt::LeftButton);

    // Trusting tests again, now with the pin.
    QTRY_VERIFY_WITH_TIMEOUT(ui.result->text().contains(m_cluster->options().version.text), 20000);
    QCOMPARE(trustOpened.count(), 1);
    QVERIFY(ui.address->isEnabled());
    QCOMPARE(dialog.profile().endpoints.constFirst().pinnedSha256, fingerprintOf(bridge));
    QCOMPARE(m_registry->count(), 0);   // nothing stored before OK
    QVERIFY(m_store->storedKeys().isEmpty());

    QVERIFY(ui.ok()->isEnabled());
    QTest::mouseClick(ui.ok(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(dialog.result(), int(QDialog::Accepted), 20000);
    QVERIFY(!dialog.isVisible());
    QCOMPARE(trustOpened.count(), 1);   // already tested: OK saved without testing again

    QCOMPARE(m_registry->count(), 1);
    QCOMPARE(added.count(), 1);
    const cms::ClusterProfile saved = m_registry->session(0)->profile();
    QCOMPARE(saved.id, dialog.profile().id);
    QCOMPARE(saved.name, QStringLiteral("127.0.0.1"));
    QCOMPARE(saved.endpoints.size(), 1);
    QCOMPARE(saved.endpoints.constFirst().address, bridge.baseUrl());
    QCOMPARE(saved.endpoints.constFirst().user, kTestUser);
    QCOMPARE(saved.endpoints.constFirst().pinnedSha256, fingerprintOf(bridge));
    QVERIFY(m_store->storedKeys().contains(saved.credentialKey(0)));
    QCOMPARE(storedPassword(saved.credentialKey(0)), kTestPassword);
}

void TestClusterDialog::cancelledTrustLeavesNothing()
{
    cmssim::SimBridge &bridge = m_cluster->bridge(1);
    ClusterDialog dialog(*m_registry);
    QSignalSpy trustOpened(&dialog, &ClusterDialog::trustDialogOpened);
    QSignalSpy saved(m_registry.get(), &cms::ClusterRegistry::saveFinished);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    Ui ui(dialog);
    fill(ui, QStringLiteral("Lab"), addressOf(bridge), kTestPassword);

    // OK on an untested address tests first, and so meets the certificate.
    QTest::mouseClick(ui.ok(), Qt::LeftButton);
    TrustDialog *trust = waitForTrustDialog(trustOpened, 1);
    QVERIFY(trust);
    auto *trustButtons = trust->findChild<QDialogButtonBox *>(QStringLiteral("buttons"));
    QTest::mouseClick(trustButtons->button(QDialogButtonBox::Cancel), Qt::LeftButton);

    QTRY_VERIFY(ui.address->isEnabled());
    QVERIFY(!ui.result->text().isEmpty());
    QVERIFY(dialog.isVisible());
    QVERIFY(dialog.profile().endpoints.constFirst().pinnedSha256.isEmpty());
    QTest::qWait(200);   // a save would be asynchronous: give it the chance to happen
    QCOMPARE(saved.count(), 0);
    QCOMPARE(m_registry->count(), 0);
    QVERIFY(m_store->storedKeys().isEmpty());
    QCOMPARE(trustOpened.count(), 1);
}

void TestClusterDialog::changedCertificateIsRefused()
{
    // Pinned to bridge 0's certificate, but the address is bridge 2's.
    const cms::ClusterProfile profile = pinnedProfile(2, fingerprintOf(m_cluster->bridge(0)));
    ClusterDialog dialog(*m_registry, profile);
    QSignalSpy changedOpened(&dialog, &ClusterDialog::certificateChangedDialogOpened);
    QSignalSpy trustOpened(&dialog, &ClusterDialog::trustDialogOpened);
    QSignalSpy saved(m_registry.get(), &cms::ClusterRegistry::saveFinished);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    Ui ui(dialog);
    QCOMPARE(ui.ok()->text(), QStringLiteral("Save"));
    QCOMPARE(ui.address->text(), addressOf(m_cluster->bridge(2)));
    QVERIFY(!ui.password->placeholderText().isEmpty());   // says that empty keeps the stored password
    QTest::keyClicks(ui.password, kTestPassword);

    QTest::mouseClick(ui.ok(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(changedOpened.count(), 1, 20000);
    auto *changed = changedOpened.at(0).at(0).value<CertificateChangedDialog *>();
    QVERIFY(changed);
    QVERIFY(QTest::qWaitForWindowExposed(changed));
    QCOMPARE(changed->findChild<QLabel *>(QStringLiteral("pinnedFingerprintLabel"))->text(),
             CertificateSummary::formatFingerprint(fingerprintOf(m_cluster->bridge(0))));
    QCOMPARE(changed->findChild<QLabel *>(QStringLiteral("fingerprintLabel"))->text(),
             CertificateSummary::formatFingerprint(fingerprintOf(m_cluster->bridge(2))));
    QCOMPARE(ui.result->text(), cms::CmsError(cms::CmsError::Kind::CertificateChanged).message());
    QCOMPARE(trustOpened.count(), 0);

    QTest::mouseClick(
        changed->findChild<QDialogButtonBox *>(QStringLiteral("buttons"))->button(QDialogButtonBox::Close),
        Qt::LeftButton);
    QTest::qWait(200);
    QVERIFY(dialog.isVisible());
    QCOMPARE(saved.count(), 0);
    QCOMPARE(m_registry->count(), 0);
    QVERIFY(m_store->storedKeys().isEmpty());
    // The pin stays until the user forgets it.
    QCOMPARE(dialog.profile().endpoints.constFirst().pinnedSha256, fingerprintOf(m_cluster->bridge(0)));
    QVERIFY(ui.forgetPin->isVisible());
}

void TestClusterDialog::forgettingThePinAsksAgain()
{
    const cms::ClusterProfile profile = pinnedProfile(2, fingerprintOf(m_cluster->bridge(0)));
    ClusterDialog dialog(*m_registry, profile);
    QSignalSpy trustOpened(&dialog, &ClusterDialog::trustDialogOpened);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    Ui ui(dialog);
    QTest::keyClicks(ui.password, kTestPassword);

    QVERIFY(ui.forgetPin->isVisible());
    QTest::mouseClick(ui.forgetPin, Qt::LeftButton);
    QVERIFY(!ui.forgetPin->isVisible());
    QVERIFY(dialog.profile().endpoints.constFirst().pinnedSha256.isEmpty());

    QTest::mouseClick(ui.test, Qt::LeftButton);
    TrustDialog *trust = waitForTrustDialog(trustOpened, 1);
    QVERIFY(trust);
    QCOMPARE(trust->fingerprint(), fingerprintOf(m_cluster->bridge(2)));
    QTest::mouseClick(trust->findChild<QPushButton *>(QStringLiteral("trustButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(ui.result->text().contains(m_cluster->options().version.text), 20000);
    QCOMPARE(dialog.profile().endpoints.constFirst().pinnedSha256, fingerprintOf(m_cluster->bridge(2)));
}

void TestClusterDialog::wrongPassword()
{
    const cms::ClusterProfile profile = pinnedProfile(0, fingerprintOf(m_cluster->bridge(0)));
    ClusterDialog dialog(*m_registry, profile);
    QSignalSpy saved(m_registry.get(), &cms::ClusterRegistry::saveFinished);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    Ui ui(dialog);
    QTest::keyClicks(ui.password, QStringLiteral("not the password"));

    const QString expected = cms::CmsError(cms::CmsError::Kind::Authentication).message();
    QTest::mouseClick(ui.test, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(ui.result->text(), expected, 20000);

    // A change of language says the outcome again rather than losing it.
    QEvent languageChange(QEvent::LanguageChange);
    QCoreApplication::sendEvent(&dialog, &languageChange);
    QCOMPARE(ui.result->text(), expected);
    QCOMPARE(ui.ok()->text(), QStringLiteral("Save"));

    // OK tests again, fails again and stays.
    ui.result->clear();
    QTest::mouseClick(ui.ok(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(ui.result->text(), expected, 20000);
    QVERIFY(dialog.isVisible());
    QCOMPARE(saved.count(), 0);
    QVERIFY(m_store->storedKeys().isEmpty());
}

void TestClusterDialog::editKeepsTheStoredPassword()
{
    const cms::ClusterProfile profile = pinnedProfile(0, fingerprintOf(m_cluster->bridge(0)));
    {
        cms::CredentialJob *job = m_store->writePassword(profile.credentialKey(0), kTestPassword);
        QSignalSpy written(job, &cms::CredentialJob::finished);
        QVERIFY(written.wait(5000));
    }
    ClusterDialog dialog(*m_registry, profile);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    Ui ui(dialog);
    QVERIFY(ui.password->text().isEmpty());
    QVERIFY(ui.ok()->isEnabled());   // an empty password keeps the stored one

    QTest::mouseClick(ui.test, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(ui.result->text().contains(m_cluster->options().version.text), 20000);
}

void TestClusterDialog::editedAddressKeepsTheStoredPassword()
{
    cmssim::SimBridge &bridge = m_cluster->bridge(1);
    const cms::ClusterProfile existing = pinnedProfile(1, fingerprintOf(bridge));
    QSignalSpy saved(m_registry.get(), &cms::ClusterRegistry::saveFinished);
    m_registry->saveCluster(existing, {{0, kTestPassword}});
    QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, 10000);
    QVERIFY(saved.at(0).at(1).toBool());

    // The same bridge under another name: the password is stored under the address, so it must move.
    ClusterDialog dialog(*m_registry, existing);
    QSignalSpy trustOpened(&dialog, &ClusterDialog::trustDialogOpened);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    Ui ui(dialog);
    ui.address->clear();
    QTest::keyClicks(ui.address, QStringLiteral("localhost:%1").arg(bridge.port()));
    QVERIFY(
        dialog.profile().endpoints.constFirst().pinnedSha256.isEmpty()); // the pin was for the old address
    QTest::mouseClick(ui.ok(), Qt::LeftButton);
    TrustDialog *trust = waitForTrustDialog(trustOpened, 1);
    QVERIFY(trust);
    QTest::mouseClick(trust->findChild<QPushButton *>(QStringLiteral("trustButton")), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(dialog.result(), int(QDialog::Accepted), 20000);

    QCOMPARE(m_registry->count(), 1);
    const cms::ClusterProfile edited = m_registry->session(0)->profile();
    QCOMPARE(edited.endpoints.constFirst().address.host(), QStringLiteral("localhost"));
    QCOMPARE(edited.endpoints.constFirst().pinnedSha256, fingerprintOf(bridge));
    QCOMPARE(storedPassword(edited.credentialKey(0)), kTestPassword);
    QTRY_COMPARE(m_store->storedKeys(existing.id), QList<cms::CredentialKey>{edited.credentialKey(0)});
}

void TestClusterDialog::cancelAbortsTheTest()
{
    const cms::ClusterProfile profile = pinnedProfile(2, fingerprintOf(m_cluster->bridge(2)));
    m_cluster->setLatency(2, 10000);
    ClusterDialog dialog(*m_registry, profile);
    QSignalSpy rejected(&dialog, &QDialog::rejected);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    Ui ui(dialog);
    QTest::keyClicks(ui.password, kTestPassword);

    QTest::mouseClick(ui.test, Qt::LeftButton);
    QVERIFY(!ui.address->isEnabled());
    QVERIFY(!ui.password->isEnabled());
    QVERIFY(!ui.test->isEnabled());
    QVERIFY(!ui.ok()->isEnabled());
    QVERIFY(ui.cancel()->isEnabled());

    QTest::mouseClick(ui.cancel(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(ui.address->isEnabled(), 5000);   // well before the 10 s reply
    QVERIFY(dialog.isVisible());   // Cancel stopped the test, not the dialog
    QCOMPARE(rejected.count(), 0);
    QVERIFY(!ui.result->text().isEmpty());

    // Idle, Cancel closes.
    QTest::mouseClick(ui.cancel(), Qt::LeftButton);
    QCOMPARE(rejected.count(), 1);
}

void TestClusterDialog::cancelWhileAskingTrust()
{
    ClusterDialog dialog(*m_registry);
    QSignalSpy trustOpened(&dialog, &ClusterDialog::trustDialogOpened);
    QSignalSpy rejected(&dialog, &QDialog::rejected);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    Ui ui(dialog);
    fill(ui, QString(), addressOf(m_cluster->bridge(1)), kTestPassword);
    QTest::mouseClick(ui.test, Qt::LeftButton);
    const QPointer<TrustDialog> trust = waitForTrustDialog(trustOpened, 1);
    QVERIFY(trust);
    QVERIFY(!ui.test->isEnabled());   // the test goes on until the question is answered
    QVERIFY(ui.cancel()->isEnabled());

    // Cancel (what a window closing it does; the user's keys go to the trust dialog): the test
    // stops, the question goes with it, nothing is pinned and the dialog stays.
    dialog.reject();
    QTRY_VERIFY(!trust || !trust->isVisible());
    QCOMPARE(rejected.count(), 0);
    QVERIFY(dialog.isVisible());
    QCOMPARE(ui.result->text(), QStringLiteral("The test was cancelled."));
    QVERIFY(ui.test->isEnabled());
    QVERIFY(dialog.profile().endpoints.constFirst().pinnedSha256.isEmpty());

    // Tested again: asked again.
    QTest::mouseClick(ui.test, Qt::LeftButton);
    QVERIFY(waitForTrustDialog(trustOpened, 2));
}

void TestClusterDialog::addressOfAnotherCluster()
{
    cms::ClusterProfile existing = pinnedProfile(0, fingerprintOf(m_cluster->bridge(0)));
    existing.name = QStringLiteral("Existing");
    QSignalSpy saved(m_registry.get(), &cms::ClusterRegistry::saveFinished);
    m_registry->saveCluster(existing, {{0, kTestPassword}});
    QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, 10000);
    QVERIFY(saved.at(0).at(1).toBool());

    ClusterDialog dialog(*m_registry);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    Ui ui(dialog);
    fill(ui, QStringLiteral("Twice"), addressOf(m_cluster->bridge(0)), kTestPassword);
    QVERIFY(ui.addressError->isVisible());
    QVERIFY2(
        ui.addressError->text().contains(QStringLiteral("Existing")), qPrintable(ui.addressError->text()));
    QVERIFY(!ui.ok()->isEnabled());

    // Editing that cluster itself keeps its own address.
    ClusterDialog edit(*m_registry, existing);
    edit.show();
    QVERIFY(QTest::qWaitForWindowExposed(&edit));
    Ui editUi(edit);
    QVERIFY(!editUi.addressError->isVisible());
    QVERIFY(editUi.ok()->isEnabled());
}

QTEST_MAIN(TestClusterDialog)
#include "tst_clusterdialog.moc"
