// The keychain credential store when no secret service can be reached: one delayed retry, then a
// clear "not available" result, and nothing left behind in the index. The process points itself at
// a D-Bus address that does not exist before QtKeychain connects, whatever session it runs in.
#include "credentials/keychaincredentialstore.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace cms;
using namespace std::chrono_literals;

class TestKeychainUnavailable : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<KeychainCredentialStore> m_store;
    const CredentialKey m_key{QStringLiteral("Production"), QStringLiteral("cms1.example.com:445"),
                              QStringLiteral("admin")};

    // Finishes once, not before the retry delay has passed once, and well before it passed twice.
    CredentialResult timedResultOf(CredentialJob *job)
    {
        QPointer<CredentialJob> guard(job);
        QSignalSpy spy(job, &CredentialJob::finished);
        QElapsedTimer timer;
        timer.start();
        [&] {
            QVERIFY(spy.wait(20000));
            const auto elapsed = std::chrono::milliseconds(timer.elapsed());
            QVERIFY2(elapsed >= m_store->retryDelay(), qPrintable(QString::number(elapsed.count())));
            QVERIFY2(
                elapsed < 2 * m_store->retryDelay() - 100ms, qPrintable(QString::number(elapsed.count())));
            QTRY_VERIFY(guard.isNull());
            QCOMPARE(spy.size(), 1);
        }();
        return spy.isEmpty() ? CredentialResult{} : spy.constFirst().constFirst().value<CredentialResult>();
    }

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/cmsconsole-test-bus");
        QVERIFY(m_dir.isValid());
        m_store = std::make_unique<KeychainCredentialStore>(
            QStringLiteral("CMS Console unavailable test"),
            std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("index.ini")), QSettings::IniFormat));
        m_store->setRetryDelay(1000ms);
    }

    void readReportsServiceUnavailableAfterOneRetry()
    {
        const CredentialResult result = timedResultOf(m_store->readPassword(m_key));
        QCOMPARE(result.error, CredentialResult::Error::ServiceUnavailable);
        QVERIFY(!result.notFound);
        QVERIFY(result.message().contains(QLatin1String("not available")));
        QVERIFY(!result.detail.isEmpty());
    }

    void failedWriteLeavesNoIndexEntry()
    {
        const CredentialResult result = timedResultOf(m_store->writePassword(m_key, QStringLiteral("pw")));
        QCOMPARE(result.error, CredentialResult::Error::ServiceUnavailable);
        QVERIFY(m_store->storedKeys().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestKeychainUnavailable)
#include "tst_keychainunavailable.moc"
