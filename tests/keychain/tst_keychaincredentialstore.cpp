// The keychain credential store against a real secret service. Run inside a private D-Bus session
// with gnome-keyring unlocked (scripts/dev.sh with_secret_service):
//   dbus-run-session -- sh -c 'printf pw | gnome-keyring-daemon --unlock --components=secrets >/dev/null
//                              ./tests/keychain/tst_keychaincredentialstore'
#include "credentials/keychaincredentialstore.h"

#include <QFile>
#include <QPointer>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUuid>
#include <QtTest>

using namespace cms;

namespace {

// Waits for the job's one result and checks that it came once, after the call, and that the job is gone.
CredentialResult resultOf(CredentialJob *job)
{
    QPointer<CredentialJob> guard(job);
    QSignalSpy spy(job, &CredentialJob::finished);
    [&] {
        QVERIFY(!job->isFinished());
        QVERIFY(spy.wait(20000));
        QTRY_VERIFY(guard.isNull());
        QCOMPARE(spy.size(), 1);
    }();
    return spy.isEmpty() ? CredentialResult{} : spy.constFirst().constFirst().value<CredentialResult>();
}

QByteArray describe(const CredentialResult &result)
{
    return (result.message() + QStringLiteral(" [") + result.detail + QLatin1Char(']')).toUtf8();
}

} // namespace

class TestKeychainCredentialStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    // Unique per run: the daemon keeps its keyring in the user's home, so runs must not meet.
    const QString m_service
        = QStringLiteral("CMS Console test %1").arg(QUuid::createUuid().toString(QUuid::WithoutBraces));
    const QString m_password
        = QStringLiteral("Pässwörd-%1-🔑").arg(QUuid::createUuid().toString(QUuid::Id128));
    std::unique_ptr<KeychainCredentialStore> m_store;

    QString settingsPath() const { return m_dir.filePath(QStringLiteral("cmsconsole-test.ini")); }

    std::unique_ptr<KeychainCredentialStore> makeStore(const QString &settingsFile) const
    {
        return std::make_unique<KeychainCredentialStore>(
            m_service, std::make_unique<QSettings>(settingsFile, QSettings::IniFormat));
    }

    CredentialKey key(const QString &cluster, int bridge, const QString &user = QStringLiteral("admin")) const
    {
        return {cluster, QStringLiteral("cms%1.example.com:445").arg(bridge), user};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_store = makeStore(settingsPath());
        const CredentialResult probe = resultOf(m_store->readPassword(key(QStringLiteral("Probe"), 1)));
        if (!probe.ok())
            QFAIL(qPrintable(QStringLiteral("No usable secret service (run inside dbus-run-session with "
                                            "gnome-keyring, see scripts/dev.sh): %1")
                                 .arg(QString::fromUtf8(describe(probe)))));
        QVERIFY(probe.notFound);
    }

    void cleanupTestCase()
    {
        if (!m_store)
            return;
        for (const QString &cluster : {QStringLiteral("Production"), QStringLiteral("Lab")})
            resultOf(m_store->removeCluster(cluster));
    }

    void writeReadOverwriteRemove()
    {
        const CredentialKey admin = key(QStringLiteral("Production"), 1);
        const CredentialResult written = resultOf(m_store->writePassword(admin, m_password));
        QVERIFY2(written.ok(), describe(written));

        CredentialResult read = resultOf(m_store->readPassword(admin));
        QVERIFY2(read.ok(), describe(read));
        QVERIFY(!read.notFound);
        QCOMPARE(read.password, m_password);

        const QString second = m_password + QStringLiteral("-2");
        QVERIFY(resultOf(m_store->writePassword(admin, second)).ok());
        QCOMPARE(resultOf(m_store->readPassword(admin)).password, second);
        QCOMPARE(m_store->storedKeys(QStringLiteral("Production")), QList<CredentialKey>{admin});

        const CredentialResult removed = resultOf(m_store->removePassword(admin));
        QVERIFY2(removed.ok(), describe(removed));
        read = resultOf(m_store->readPassword(admin));
        QVERIFY(read.ok());
        QVERIFY(read.notFound);
        QVERIFY(read.password.isEmpty());
        QVERIFY(m_store->storedKeys(QStringLiteral("Production")).isEmpty());
    }

    void unknownKeyIsNotFound()
    {
        const CredentialResult read
            = resultOf(m_store->readPassword(key(QStringLiteral("Lab"), 9, QStringLiteral("nobody"))));
        QVERIFY2(read.ok(), describe(read));
        QVERIFY(read.notFound);
        QVERIFY(read.message().isEmpty());
    }

    void removeClusterRemovesEveryPasswordOfTheCluster()
    {
        const QList<CredentialKey> production
            = {key(QStringLiteral("Production"), 1), key(QStringLiteral("Production"), 2),
                key(QStringLiteral("Production"), 2, QStringLiteral("api/ops"))};
        const CredentialKey lab = key(QStringLiteral("Lab"), 1);
        for (const CredentialKey &k : production)
            QVERIFY(resultOf(m_store->writePassword(k, m_password + k.endpoint)).ok());
        QVERIFY(resultOf(m_store->writePassword(lab, m_password)).ok());
        QCOMPARE(m_store->storedKeys(QStringLiteral("Production")).size(), 3);

        const CredentialResult removed = resultOf(m_store->removeCluster(QStringLiteral("Production")));
        QVERIFY2(removed.ok(), describe(removed));
        QVERIFY(!removed.notFound);
        QVERIFY(m_store->storedKeys(QStringLiteral("Production")).isEmpty());

        // Gone from the keychain itself, not only from the index: a store with an empty index of its
        // own still asks the keychain and finds nothing.
        const auto fresh = makeStore(m_dir.filePath(QStringLiteral("other.ini")));
        for (const CredentialKey &k : production)
            QVERIFY(resultOf(fresh->readPassword(k)).notFound);
        QCOMPARE(resultOf(fresh->readPassword(lab)).password, m_password);

        const CredentialResult again = resultOf(m_store->removeCluster(QStringLiteral("Production")));
        QVERIFY(again.ok());
        QVERIFY(again.notFound);
    }

    void settingsHoldKeysButNoSecret()
    {
        const CredentialKey admin = key(QStringLiteral("Lab"), 3);
        QVERIFY(resultOf(m_store->writePassword(admin, m_password)).ok());

        QFile file(settingsPath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.contains("cms3.example.com:445"));   // the index is there…
        QVERIFY(!bytes.contains(m_password.toUtf8()));     // …and no password, in any form
        QVERIFY(
            !bytes.contains(m_password.section(QLatin1Char('-'), 1, 1).toLatin1())); // INI escapes non-ASCII
        QVERIFY(!bytes.contains(m_password.toUtf8().toBase64()));

        // A second store on the same settings sees the same index.
        const auto reopened = makeStore(settingsPath());
        QVERIFY(reopened->storedKeys(QStringLiteral("Lab")).contains(admin));
        QCOMPARE(resultOf(reopened->readPassword(admin)).password, m_password);
    }

    void tooLargeIsRefusedBeforeTheKeychain()
    {
        const CredentialKey big = key(QStringLiteral("Lab"), 4);
        const CredentialResult result = resultOf(
            m_store->writePassword(big, QString(CredentialStore::MaxPasswordBytes + 1, QLatin1Char('x'))));
        QCOMPARE(result.error, CredentialResult::Error::TooLarge);
        QVERIFY(!m_store->storedKeys(QStringLiteral("Lab")).contains(big));
    }
};

QTEST_GUILESS_MAIN(TestKeychainCredentialStore)
#include "tst_keychaincredentialstore.moc"
