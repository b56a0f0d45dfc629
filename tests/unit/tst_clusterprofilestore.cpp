// Saved clusters: the profile's keychain and endpoint rules, and the settings they are kept in
// (never a password).
#include "cluster/clusterprofile.h"
#include "cluster/clusterprofilestore.h"
#include "credentials/memorycredentialstore.h"

#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QUuid>
#include <QtTest>

using namespace cms;

namespace {

QUrl address(const QString &text)
{
    QString error;
    const QUrl url = Endpoint::parseAddress(text, &error);
    if (!error.isEmpty())
        qWarning("bad address in test: %s", qPrintable(error));
    return url;
}

EndpointProfile endpoint(const QString &text, CredentialMode mode, const QString &user = {}, const QString &name = {})
{
    EndpointProfile e;
    e.address = address(text);
    e.credentials = mode;
    e.user = user;
    e.name = name;
    return e;
}

// Primary, an alternate with the primary's password, one with its own.
ClusterProfile threeBridges()
{
    ClusterProfile p = ClusterProfile::create(QStringLiteral("Production"), address(QStringLiteral("cms1.example.com:445")),
                                              QStringLiteral("admin"));
    p.endpoints[0].name = QStringLiteral("CallBridge-Paris");
    p.endpoints[0].pinnedSha256 = QByteArray(64, 'a');
    p.endpoints.append(endpoint(QStringLiteral("CMS2.example.com:445"), CredentialMode::SameAsPrimary,
                                QStringLiteral("ignored"), QStringLiteral("CallBridge-Lyon")));
    p.endpoints.append(endpoint(QStringLiteral("10.0.0.33"), CredentialMode::Own, QStringLiteral("api")));
    p.failback = FailbackPolicy::ReturnToPrimary;
    p.failbackDelaySeconds = 90;
    p.healthCheckIntervalSeconds = 15;
    return p;
}

} // namespace

class TestClusterProfileStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QUuid::createUuid().toString(QUuid::WithoutBraces) + QStringLiteral(".ini"));
    }

    void createGivesAFreshIdAndAPrimary()
    {
        const ClusterProfile a = ClusterProfile::create(QStringLiteral("Lab"), address(QStringLiteral("cms:445")),
                                                        QStringLiteral("admin"));
        const ClusterProfile b = ClusterProfile::create(QStringLiteral("Lab"), address(QStringLiteral("cms:445")),
                                                        QStringLiteral("admin"));
        QVERIFY(!a.id.isEmpty());
        QVERIFY(!a.id.startsWith(QLatin1Char('{')));
        QVERIFY(!QUuid::fromString(a.id).isNull());
        QVERIFY(a.id != b.id);
        QCOMPARE(a.name, QStringLiteral("Lab"));
        QCOMPARE(a.endpoints.size(), 1);
        QCOMPARE(a.endpoints.at(0).credentials, CredentialMode::Own);
        QCOMPARE(a.endpoints.at(0).user, QStringLiteral("admin"));
        QCOMPARE(a.failback, FailbackPolicy::Stay);
    }

    void credentialKeysFollowTheCredentialMode()
    {
        const ClusterProfile p = threeBridges();
        const CredentialKey primary{p.id, QStringLiteral("cms1.example.com:445"), QStringLiteral("admin")};
        QCOMPARE(p.effectiveUser(0), QStringLiteral("admin"));
        QCOMPARE(p.effectiveUser(1), QStringLiteral("admin"));   // the primary's, not its own field
        QCOMPARE(p.effectiveUser(2), QStringLiteral("api"));
        QCOMPARE(p.credentialKey(0), primary);
        QCOMPARE(p.credentialKey(1), primary);
        QCOMPARE(p.credentialKey(2), (CredentialKey{p.id, QStringLiteral("10.0.0.33:443"), QStringLiteral("api")}));
        QCOMPARE(p.credentialKeys(), (QList<CredentialKey>{primary, p.credentialKey(2)}));
        QVERIFY(p.credentialKey(0).isValid());
        QCOMPARE(p.effectiveUser(3), QString());
        QVERIFY(!p.credentialKey(-1).isValid());
    }

    void thePrimaryAlwaysUsesItsOwnCredentials()
    {
        ClusterProfile p = threeBridges();
        p.endpoints[0].credentials = CredentialMode::SameAsPrimary;
        QCOMPARE(p.credentialKey(0).user, QStringLiteral("admin"));
        QCOMPARE(p.credentialKeys().size(), 2);
    }

    void endpointsForTheConnection()
    {
        const ClusterProfile p = threeBridges();
        const QList<Endpoint> endpoints = p.toEndpoints();
        QCOMPARE(endpoints.size(), 3);
        QCOMPARE(endpoints.at(0).baseUrl, p.endpoints.at(0).address);
        QCOMPARE(endpoints.at(0).pinnedSha256, QByteArray(64, 'a'));
        QCOMPARE(endpoints.at(1).user, QStringLiteral("admin"));
        QCOMPARE(endpoints.at(2).user, QStringLiteral("api"));
        for (const Endpoint &e : endpoints)
            QVERIFY(e.password.isEmpty());
    }

    void addressesAreFoundWhateverTheirSpelling()
    {
        const ClusterProfile p = threeBridges();
        QCOMPARE(p.indexOfAddress(address(QStringLiteral("CMS1.Example.com:445"))), 0);
        QCOMPARE(p.indexOfAddress(address(QStringLiteral("https://cms2.example.com:445/"))), 1);
        QCOMPARE(p.indexOfAddress(address(QStringLiteral("10.0.0.33:443"))), 2);
        QCOMPARE(p.indexOfAddress(address(QStringLiteral("cms1.example.com"))), -1);   // 443, not 445
        QCOMPARE(p.indexOfAddress(QUrl()), -1);
    }

    void profilesRoundTrip()
    {
        const ClusterProfile a = threeBridges();
        ClusterProfile b = ClusterProfile::create(QStringLiteral("Lab"), address(QStringLiteral("[::1]:8445")),
                                                  QStringLiteral("lab"));
        {
            QSettings settings(m_path, QSettings::IniFormat);
            ClusterProfileStore store(settings);
            store.save(a);
            store.save(b);
        }
        QSettings settings(m_path, QSettings::IniFormat);
        ClusterProfileStore store(settings);
        const QList<ClusterProfile> loaded = store.load();
        QCOMPARE(loaded.size(), 2);
        QCOMPARE(loaded.at(0), a);
        QCOMPARE(loaded.at(1), b);

        // Replaced in place: the order stays, a shorter endpoint list leaves nothing behind.
        ClusterProfile changed = a;
        changed.name = QStringLiteral("Production (Paris)");
        changed.endpoints.removeLast();
        changed.failback = FailbackPolicy::Stay;
        store.save(changed);
        QCOMPARE(store.load(), (QList<ClusterProfile>{changed, b}));

        store.remove(a.id);
        QCOMPARE(store.load(), QList<ClusterProfile>{b});
        store.remove(QStringLiteral("no such cluster"));
        QCOMPARE(store.load().size(), 1);
    }

    void orderIsTheOrderOfFirstSave()
    {
        QSettings settings(m_path, QSettings::IniFormat);
        ClusterProfileStore store(settings);
        QList<ClusterProfile> saved;
        for (int i = 0; i < 12; ++i) {   // more than 9: the order must not be text order
            saved.append(ClusterProfile::create(QStringLiteral("Cluster %1").arg(i),
                                                address(QStringLiteral("cms%1.example.com").arg(i)), QStringLiteral("admin")));
            store.save(saved.last());
        }
        store.save(saved.at(3));
        QCOMPARE(store.load(), saved);
    }

    void unreadableEntriesAreSkipped()
    {
        QSettings settings(m_path, QSettings::IniFormat);
        ClusterProfileStore store(settings);
        const ClusterProfile good = threeBridges();
        store.save(good);
        settings.setValue(QStringLiteral("clusters/noendpoint/name"), QStringLiteral("Empty"));
        settings.setValue(QStringLiteral("clusters/badaddress/name"), QStringLiteral("Bad"));
        settings.setValue(QStringLiteral("clusters/badaddress/endpoints/size"), 1);
        settings.setValue(QStringLiteral("clusters/badaddress/endpoints/1/address"), QStringLiteral("ftp://x/y"));
        settings.setValue(QStringLiteral("clusters/badpin/name"), QStringLiteral("Bad pin"));
        settings.setValue(QStringLiteral("clusters/badpin/endpoints/size"), 1);
        settings.setValue(QStringLiteral("clusters/badpin/endpoints/1/address"), QStringLiteral("https://cms:445"));
        settings.setValue(QStringLiteral("clusters/badpin/endpoints/1/pinned"), QStringLiteral("not a fingerprint"));
        settings.setValue(QStringLiteral("clusters/interval/name"), QStringLiteral("Interval"));
        settings.setValue(QStringLiteral("clusters/interval/order"), 99);
        settings.setValue(QStringLiteral("clusters/interval/endpoints/size"), 1);
        settings.setValue(QStringLiteral("clusters/interval/endpoints/1/address"), QStringLiteral("https://cms:445"));
        settings.setValue(QStringLiteral("clusters/interval/healthCheckIntervalSeconds"), 0);
        const QList<ClusterProfile> loaded = store.load();
        QCOMPARE(loaded.size(), 2);
        QCOMPARE(loaded.at(0), good);
        QCOMPARE(loaded.at(1).id, QStringLiteral("interval"));
        QCOMPARE(loaded.at(1).healthCheckIntervalSeconds, ClusterProfile::MinHealthCheckIntervalSeconds);
    }

    void noPasswordReachesTheSettingsFile()
    {
        const QString password = QStringLiteral("S3cret-Pa55word-%1").arg(QUuid::createUuid().toString(QUuid::Id128));
        const ClusterProfile profile = threeBridges();

        // The way a session gets its password: from the credential store, under the profile's key.
        MemoryCredentialStore credentials;
        CredentialJob *write = credentials.writePassword(profile.credentialKey(0), password);
        QSignalSpy written(write, &CredentialJob::finished);
        QVERIFY(written.wait());
        QVERIFY(written.first().first().value<CredentialResult>().ok());
        QList<Endpoint> endpoints = profile.toEndpoints();
        endpoints[0].password = password;   // what the session's connection used

        {
            QSettings settings(m_path, QSettings::IniFormat);
            ClusterProfileStore store(settings);
            store.save(profile);
            settings.sync();
            QCOMPARE(settings.status(), QSettings::NoError);
        }
        QFile file(m_path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray raw = file.readAll();
        QVERIFY(raw.contains("cms1.example.com"));   // the file is the right one
        QVERIFY(raw.contains(profile.id.toLatin1()));
        QVERIFY(!raw.contains(password.toUtf8()));
        QVERIFY(!raw.contains(password.toUtf8().toBase64()));
        QVERIFY(!raw.toLower().contains("password"));
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
};

QTEST_GUILESS_MAIN(TestClusterProfileStore)
#include "tst_clusterprofilestore.moc"
