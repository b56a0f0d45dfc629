// The failover settings dialog on real widgets against a simulated three-bridge cluster: alternates
// added from discovery (trusted and pinned), own credentials, refusals, reordering, the policy, and
// what reaches the settings file (everything but a secret).
#include "clientendpoints.h"
#include "cluster/clusterprofilestore.h"
#include "cluster/clusterregistry.h"
#include "cluster/clustersession.h"
#include "cluster/endpointlistmodel.h"
#include "cluster/failoversettingsdialog.h"
#include "credentials/memorycredentialstore.h"
#include "simbridge.h"
#include "simcluster.h"
#include "simtestclient.h"
#include "cluster/trustdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace cms;
using views::FailoverSettingsDialog;
using views::TrustDialog;

namespace {

// Everything a test needs around the dialog: settings in a temporary INI file, passwords in memory.
struct Console
{
    explicit Console(const QString &settingsPath)
        : settings(settingsPath, QSettings::IniFormat)
        , store(settings)
        , registry(&store, credentials, nullptr, nullptr)
    {
    }

    // Saves a cluster (the primary's password given) and waits until its session is open.
    bool addCluster(const ClusterProfile &profile)
    {
        QSignalSpy saved(&registry, &ClusterRegistry::saveFinished);
        registry.saveCluster(profile, {{0, kTestPassword}});
        if (!saved.wait(10000) || !saved.first().at(1).toBool())
            return false;
        ClusterSession *session = registry.session(registry.indexOf(profile.id));
        return session
            && QTest::qWaitFor([session] { return session->state() == ClusterSession::State::Open; }, 10000);
    }

    QSettings settings;
    ClusterProfileStore store;
    MemoryCredentialStore credentials;
    ClusterRegistry registry;
};

template<typename T>
T *child(QWidget &parent, const char *name)
{
    T *widget = parent.findChild<T *>(QLatin1String(name));
    if (!widget)
        qWarning("no %s", name);
    return widget;
}

} // namespace

class TestFailoverSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        cmssim::ClusterOptions options;
        options.bridgeCount = 3;
        m_cluster = startTestCluster(options);
        QVERIFY(m_cluster);
        QVERIFY(m_dir.isValid());
    }

    void savesOrderPinsCredentialsAndPolicy()
    {
        const QString settingsPath = m_dir.filePath(QStringLiteral("settings.ini"));
        Console console(settingsPath);
        ClusterProfile profile = clusterOn(QStringLiteral("Production"), 0);
        QVERIFY(console.addCluster(profile));

        FailoverSettingsDialog dialog(console.registry, profile.id);
        dialog.show();
        auto *help = child<QLabel>(dialog, "helpLabel");
        auto *list = child<QListView>(dialog, "endpointList");
        auto *combo = child<QComboBox>(dialog, "discoveredCombo");
        auto *address = child<QLineEdit>(dialog, "addressEdit");
        auto *add = child<QPushButton>(dialog, "addButton");
        auto *addError = child<QLabel>(dialog, "addError");
        auto *own = child<QRadioButton>(dialog, "ownCredentialsRadio");
        auto *same = child<QRadioButton>(dialog, "sameAsPrimaryRadio");
        auto *user = child<QLineEdit>(dialog, "userEdit");
        auto *password = child<QLineEdit>(dialog, "passwordEdit");
        auto *moveDown = child<QPushButton>(dialog, "moveDownButton");
        auto *failback = child<QComboBox>(dialog, "failbackCombo");
        auto *delay = child<QSpinBox>(dialog, "failbackDelaySpin");
        auto *interval = child<QSpinBox>(dialog, "healthIntervalSpin");
        auto *buttons = child<QDialogButtonBox>(dialog, "buttons");
        QVERIFY(help && list && combo && address && add && addError && own && same && user && password
                && moveDown && failback && delay && interval && buttons);
        QVERIFY(help->wordWrap());
        QVERIFY(!help->text().isEmpty());
        QCOMPARE(list->dragDropMode(), QAbstractItemView::InternalMove);
        models::EndpointListModel *model = dialog.endpointModel();
        QCOMPARE(model->rowCount(), 1);
        QVERIFY(!same->isEnabled());   // the primary always has its own credentials
        QVERIFY(own->isChecked());

        // Discovery proposes the two other bridges.
        QTRY_COMPARE_WITH_TIMEOUT(combo->count(), 2, 15000);
        QVERIFY(combo->findData(bridgeUrl(1)) >= 0);
        QVERIFY(combo->findData(bridgeUrl(2)) >= 0);

        // Bridge 2 from the list: its certificate is trusted in the trust dialog and pinned.
        QSignalSpy trustOpened(&dialog, &FailoverSettingsDialog::trustDialogOpened);
        combo->setCurrentIndex(combo->findData(bridgeUrl(1)));
        add->click();
        QVERIFY(trustOpened.wait(10000));
        auto *trust = trustOpened.last().at(0).value<TrustDialog *>();
        QVERIFY(trust);
        QVERIFY(trust->isVisible());
        trust->accept();
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 2, 10000);
        QCOMPARE(model->endpoint(1).pinnedSha256, pin(1));
        QCOMPARE(model->endpoint(1).name, m_cluster->bridge(1).name());
        QCOMPARE(model->endpoint(1).credentials, CredentialMode::SameAsPrimary);
        QVERIFY2(addError->text().isEmpty(), qPrintable(addError->text()));
        QCOMPARE(combo->count(), 1);   // no longer proposed

        // Bridge 3, then its own credentials.
        combo->setCurrentIndex(combo->findData(bridgeUrl(2)));
        add->click();
        QVERIFY(trustOpened.wait(10000));
        trustOpened.last().at(0).value<TrustDialog *>()->accept();
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 3, 10000);
        QCOMPARE(list->currentIndex().row(), 2);   // the new one is selected
        QVERIFY(same->isEnabled());
        QVERIFY(same->isChecked());
        QVERIFY(!user->isEnabled());
        own->click();
        QVERIFY(user->isEnabled());
        QCOMPARE(user->text(), kTestUser);   // starts from the primary's user
        user->clear();
        QTest::keyClicks(user, kTestUser);
        QTest::keyClicks(password, kTestPassword);
        QCOMPARE(model->endpoint(2).credentials, CredentialMode::Own);
        QCOMPARE(model->passwords().value(2), kTestPassword);

        // Bridge 2 again, typed by hand: refused, nothing probed.
        QTest::keyClicks(address, bridgeUrl(1).toString());
        add->click();
        QVERIFY(addError->text().contains(bridgeUrl(1).toDisplayString()));
        QVERIFY(add->isEnabled());   // refused at once: no check of the bridge under way
        QCOMPARE(model->rowCount(), 3);
        QCOMPARE(trustOpened.count(), 2);

        // Not an address at all.
        address->clear();
        QTest::keyClicks(address, QStringLiteral("https://"));
        add->click();
        QVERIFY(!addError->text().isEmpty());
        QCOMPARE(model->rowCount(), 3);

        // Bridge 2 goes last.
        list->setCurrentIndex(model->index(1));
        moveDown->click();
        QCOMPARE(model->endpoint(1).address, bridgeUrl(2));
        QCOMPARE(model->endpoint(2).address, bridgeUrl(1));
        QCOMPARE(list->currentIndex().row(), 2);
        QVERIFY(!moveDown->isEnabled());

        // The policy: the delay counts only when returning to the primary.
        QVERIFY(!delay->isEnabled());
        failback->setCurrentIndex(failback->findData(int(FailbackPolicy::ReturnToPrimary)));
        QVERIFY(delay->isEnabled());
        delay->setValue(30);
        interval->setValue(5);
        QCOMPARE(interval->minimum(), ClusterProfile::MinHealthCheckIntervalSeconds);
        QCOMPARE(interval->maximum(), ClusterProfile::MaxHealthCheckIntervalSeconds);

        QSignalSpy accepted(&dialog, &QDialog::accepted);
        buttons->button(QDialogButtonBox::Ok)->click();
        QVERIFY(accepted.wait(10000));
        QCOMPARE(dialog.result(), int(QDialog::Accepted));

        // A fresh store over the same file reads back the same profile.
        console.settings.sync();
        QSettings reread(settingsPath, QSettings::IniFormat);
        const QList<ClusterProfile> loaded = ClusterProfileStore(reread).load();
        QCOMPARE(loaded.size(), 1);
        const ClusterProfile &back = loaded.first();
        QCOMPARE(back.id, profile.id);
        QCOMPARE(back.name, profile.name);
        QCOMPARE(back.endpoints.size(), 3);
        QCOMPARE(back.endpoints.at(0).address, bridgeUrl(0));
        QCOMPARE(back.endpoints.at(0).credentials, CredentialMode::Own);
        QCOMPARE(back.endpoints.at(0).user, kTestUser);
        QCOMPARE(back.endpoints.at(0).pinnedSha256, pin(0));
        QCOMPARE(back.endpoints.at(1).address, bridgeUrl(2));
        QCOMPARE(back.endpoints.at(1).name, m_cluster->bridge(2).name());
        QCOMPARE(back.endpoints.at(1).credentials, CredentialMode::Own);
        QCOMPARE(back.endpoints.at(1).user, kTestUser);
        QCOMPARE(back.endpoints.at(1).pinnedSha256, pin(2));
        QCOMPARE(back.endpoints.at(2).address, bridgeUrl(1));
        QCOMPARE(back.endpoints.at(2).credentials, CredentialMode::SameAsPrimary);
        QCOMPARE(back.endpoints.at(2).pinnedSha256, pin(1));
        QCOMPARE(back.failback, FailbackPolicy::ReturnToPrimary);
        QCOMPARE(back.failbackDelaySeconds, 30);
        QCOMPARE(back.healthCheckIntervalSeconds, 5);
        QVERIFY(back == console.registry.session(0)->profile());

        // Bridge 3's own password went to the credential store…
        QVERIFY(console.credentials.storedKeys(profile.id).contains(back.credentialKey(1)));
        // …and no secret to the settings file.
        QFile file(settingsPath);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray raw = file.readAll();
        QVERIFY(raw.contains(profile.id.toUtf8()));   // the right file
        QVERIFY(!raw.contains(kTestPassword.toUtf8()));
        QVERIFY(!raw.toLower().contains("password"));
    }

    void refusesOtherClustersBridgeAndPromotesAnAlternate()
    {
        const QString settingsPath = m_dir.filePath(QStringLiteral("promote.ini"));
        Console console(settingsPath);
        ClusterProfile profile = clusterOn(QStringLiteral("Paris"), 0);
        EndpointProfile alternate;
        alternate.address = bridgeUrl(1);
        alternate.pinnedSha256 = pin(1);
        profile.endpoints.append(alternate);
        QVERIFY(console.addCluster(profile));
        ClusterProfile other = clusterOn(QStringLiteral("Lyon"), 2);
        QVERIFY(console.addCluster(other));

        FailoverSettingsDialog dialog(console.registry, profile.id);
        dialog.show();
        auto *list = child<QListView>(dialog, "endpointList");
        auto *combo = child<QComboBox>(dialog, "discoveredCombo");
        auto *address = child<QLineEdit>(dialog, "addressEdit");
        auto *add = child<QPushButton>(dialog, "addButton");
        auto *addError = child<QLabel>(dialog, "addError");
        auto *moveUp = child<QPushButton>(dialog, "moveUpButton");
        auto *remove = child<QPushButton>(dialog, "removeButton");
        auto *own = child<QRadioButton>(dialog, "ownCredentialsRadio");
        auto *buttons = child<QDialogButtonBox>(dialog, "buttons");
        QVERIFY(list && combo && address && add && addError && moveUp && remove && own && buttons);
        models::EndpointListModel *model = dialog.endpointModel();
        QTRY_COMPARE_WITH_TIMEOUT(combo->count(), 1, 15000);   // bridge 3; bridge 2 is listed already

        // Bridge 3 belongs to "Lyon": refused, with that cluster named.
        QSignalSpy trustOpened(&dialog, &FailoverSettingsDialog::trustDialogOpened);
        add->click();
        QVERIFY2(addError->text().contains(other.name), qPrintable(addError->text()));
        QVERIFY(add->isEnabled());
        QCOMPARE(model->rowCount(), 2);
        QCOMPARE(trustOpened.count(), 0);

        // The primary cannot be removed or moved up; the alternate moves to the top and takes over
        // the old primary's user and password under its own keychain entry.
        QCOMPARE(list->currentIndex().row(), 0);
        QVERIFY(!remove->isEnabled());
        QVERIFY(!moveUp->isEnabled());
        list->setCurrentIndex(model->index(1));
        moveUp->click();
        QCOMPARE(model->endpoint(0).address, bridgeUrl(1));
        QCOMPARE(model->endpoint(0).credentials, CredentialMode::Own);
        QCOMPARE(model->endpoint(0).user, kTestUser);
        QCOMPARE(model->passwords().value(0), kTestPassword);
        QCOMPARE(model->endpoint(1).address, bridgeUrl(0));
        QCOMPARE(model->endpoint(1).credentials, CredentialMode::Own);
        QVERIFY(own->isChecked());
        QVERIFY(!own->isEnabled());

        QSignalSpy accepted(&dialog, &QDialog::accepted);
        buttons->button(QDialogButtonBox::Ok)->click();
        QVERIFY(accepted.wait(10000));
        ClusterSession *session = console.registry.session(console.registry.indexOf(profile.id));
        QCOMPARE(session->profile().endpoints.at(0).address, bridgeUrl(1));
        const CredentialKey promotedKey = session->profile().credentialKey(0);
        QVERIFY(console.credentials.storedKeys(profile.id).contains(promotedKey));
        // The session opens again with the new primary and its copied password.
        QTRY_COMPARE_WITH_TIMEOUT(session->state(), ClusterSession::State::Open, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(session->endpointState(0), EndpointState::Healthy, 10000);
    }

    void refusedCertificateAddsNothing()
    {
        Console console(m_dir.filePath(QStringLiteral("refused.ini")));
        const ClusterProfile profile = clusterOn(QStringLiteral("Oslo"), 0);
        QVERIFY(console.addCluster(profile));
        FailoverSettingsDialog dialog(console.registry, profile.id);
        QSignalSpy trustOpened(&dialog, &FailoverSettingsDialog::trustDialogOpened);
        models::EndpointListModel *model = dialog.endpointModel();
        dialog.show();

        // Bridge 2 typed by hand: its certificate is put to the user, who refuses it.
        const QString hostPort = QStringLiteral("127.0.0.1:%1").arg(m_cluster->bridge(1).port());
        QTest::keyClicks(child<QLineEdit>(dialog, "addressEdit"), hostPort);
        auto *add = child<QPushButton>(dialog, "addButton");
        auto *addError = child<QLabel>(dialog, "addError");
        QVERIFY(add && addError);
        add->click();
        QVERIFY(trustOpened.wait(10000));
        auto *trust = trustOpened.last().at(0).value<TrustDialog *>();
        QVERIFY(trust);
        QVERIFY(child<QLabel>(*trust, "headingLabel")->text().contains(hostPort));
        QVERIFY(!add->isEnabled());   // one check at a time
        child<QPushButton>(*trust, "cancelButton")->click();
        QCOMPARE(model->rowCount(), 1);
        QVERIFY2(addError->text().contains(bridgeUrl(1).toDisplayString()), qPrintable(addError->text()));
        QVERIFY(add->isEnabled());

        // Nothing was kept: adding it again asks again, and trusting it this time adds it, pinned.
        add->click();
        QVERIFY(trustOpened.wait(10000));
        QCOMPARE(trustOpened.count(), 2);
        trustOpened.last().at(0).value<TrustDialog *>()->accept();
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 2, 10000);
        QCOMPARE(model->endpoint(1).address, bridgeUrl(1));
        QCOMPARE(model->endpoint(1).pinnedSha256, pin(1));
        QVERIFY2(addError->text().isEmpty(), qPrintable(addError->text()));
    }

    void dragToTheTopPromotesAndCancelSavesNothing()
    {
        const QString settingsPath = m_dir.filePath(QStringLiteral("drag.ini"));
        Console console(settingsPath);
        ClusterProfile profile = clusterOn(QStringLiteral("Berlin"), 0);
        for (int bridge : {1, 2}) {
            EndpointProfile alternate;
            alternate.address = bridgeUrl(bridge);
            alternate.pinnedSha256 = pin(bridge);
            profile.endpoints.append(alternate);
        }
        QVERIFY(console.addCluster(profile));

        FailoverSettingsDialog dialog(console.registry, profile.id);
        dialog.show();
        auto *list = child<QListView>(dialog, "endpointList");
        auto *combo = child<QComboBox>(dialog, "discoveredCombo");
        auto *buttons = child<QDialogButtonBox>(dialog, "buttons");
        QVERIFY(list && combo && buttons);
        models::EndpointListModel *model = dialog.endpointModel();
        // Discovery done: everything is listed already, nothing to propose.
        QTRY_VERIFY_WITH_TIMEOUT(!console.registry.session(0)->discoveredBridges().isEmpty(), 15000);
        QCOMPARE(combo->count(), 0);

        // What the list view does on an internal move: the model's own MIME type, dropped in the gap
        // before row 0.
        std::unique_ptr<QMimeData> dragged(model->mimeData({model->index(2)}));
        QVERIFY(dragged);
        QVERIFY(model->dropMimeData(dragged.get(), Qt::MoveAction, 0, 0, {}));
        QCOMPARE(model->endpoint(0).address, bridgeUrl(2));
        QCOMPARE(model->endpoint(0).credentials, CredentialMode::Own);
        QCOMPARE(model->endpoint(0).user, kTestUser);
        QCOMPARE(model->passwords().value(0), kTestPassword);
        QCOMPARE(model->endpoint(1).address, bridgeUrl(0));
        QCOMPARE(model->endpoint(2).credentials, CredentialMode::SameAsPrimary);

        QSignalSpy rejected(&dialog, &QDialog::rejected);
        buttons->button(QDialogButtonBox::Cancel)->click();
        QCOMPARE(rejected.count(), 1);
        QCOMPARE(console.registry.session(0)->profile(), profile);
        console.settings.sync();
        QSettings reread(settingsPath, QSettings::IniFormat);
        const QList<ClusterProfile> loaded = ClusterProfileStore(reread).load();
        QCOMPARE(loaded.size(), 1);
        QVERIFY(loaded.first() == profile);
    }

private:
    // A saved cluster whose primary is that bridge, its certificate pinned.
    ClusterProfile clusterOn(const QString &name, int bridge)
    {
        ClusterProfile profile = ClusterProfile::create(name, bridgeUrl(bridge), kTestUser);
        profile.endpoints[0].pinnedSha256 = pin(bridge);
        return profile;
    }
    QUrl bridgeUrl(int index) { return m_cluster->bridge(index).baseUrl(); }
    QByteArray pin(int index) { return pinnedEndpoint(m_cluster->bridge(index)).pinnedSha256; }

    std::unique_ptr<cmssim::SimCluster> m_cluster;
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestFailoverSettings)
#include "tst_failoversettings.moc"
