// The in-memory credential store, used through the CredentialStore interface: every job finishes
// exactly once, after the call that started it, and "not found" is not an error.
#include "credentials/memorycredentialstore.h"

#include <QPointer>
#include <QSignalSpy>
#include <QtTest>

#include <functional>
#include <memory>

using namespace cms;

namespace {

const CredentialKey prodAdmin{QStringLiteral("Production"), QStringLiteral("cms1.example.com:445"),
                              QStringLiteral("admin")};
const CredentialKey prodOther{QStringLiteral("Production"), QStringLiteral("cms2.example.com:445"),
                              QStringLiteral("api")};
const CredentialKey labAdmin{QStringLiteral("Lab"), QStringLiteral("10.0.0.5:443"), QStringLiteral("admin")};

// Waits for the job's one result, then checks that no second one follows and that the job is gone.
CredentialResult resultOf(CredentialJob *job)
{
    QPointer<CredentialJob> guard(job);
    QSignalSpy spy(job, &CredentialJob::finished);
    [&] {
        QVERIFY(!job->isFinished());   // never finished inside the call
        QCOMPARE(spy.size(), 0);
        QVERIFY(spy.wait(5000));
        QTRY_VERIFY(guard.isNull());   // deleted itself after finishing
        QCOMPARE(spy.size(), 1);
    }();
    return spy.isEmpty() ? CredentialResult{} : spy.constFirst().constFirst().value<CredentialResult>();
}

} // namespace

class TestMemoryCredentialStore : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<CredentialStore> m_store;
    MemoryCredentialStore *memory() { return static_cast<MemoryCredentialStore *>(m_store.get()); }

private Q_SLOTS:
    void init() { m_store = std::make_unique<MemoryCredentialStore>(); }
    void cleanup() { m_store.reset(); }

    void keyScheme()
    {
        QCOMPARE(prodAdmin.toKeychainKey(), QStringLiteral("Production/cms1.example.com:445/admin"));
        const CredentialKey odd {
            QStringLiteral("Lab/2 100%"), QStringLiteral("[::1]:445"), QStringLiteral("DOM/user")};
        QCOMPARE(odd.toKeychainKey(), QStringLiteral("Lab%2F2 100%25/[::1]:445/DOM%2Fuser"));
        QCOMPARE(CredentialKey::fromKeychainKey(odd.toKeychainKey()), std::optional<CredentialKey>(odd));
        QVERIFY(!CredentialKey::fromKeychainKey(QStringLiteral("a/b")));
        QVERIFY(!CredentialKey::fromKeychainKey(QStringLiteral("a//c")));
    }

    void writeThenRead()
    {
        const QString password = QStringLiteral("pässwörd-日本-🔑");
        const CredentialResult written = resultOf(m_store->writePassword(prodAdmin, password));
        QVERIFY(written.ok());
        QVERIFY(!written.notFound);
        QVERIFY(written.message().isEmpty());

        const CredentialResult read = resultOf(m_store->readPassword(prodAdmin));
        QVERIFY(read.ok());
        QVERIFY(!read.notFound);
        QCOMPARE(read.password, password);
        QCOMPARE(m_store->storedKeys(), QList<CredentialKey>{prodAdmin});
    }

    void overwrite()
    {
        QVERIFY(resultOf(m_store->writePassword(prodAdmin, QStringLiteral("one"))).ok());
        QVERIFY(resultOf(m_store->writePassword(prodAdmin, QStringLiteral("two"))).ok());
        QCOMPARE(resultOf(m_store->readPassword(prodAdmin)).password, QStringLiteral("two"));
        QCOMPARE(m_store->storedKeys().size(), 1);
    }

    void unknownKeyIsNotFoundNotAnError()
    {
        const CredentialResult read = resultOf(m_store->readPassword(labAdmin));
        QVERIFY(read.ok());
        QVERIFY(read.notFound);
        QVERIFY(read.password.isEmpty());
        QVERIFY(read.message().isEmpty());

        const CredentialResult removed = resultOf(m_store->removePassword(labAdmin));
        QVERIFY(removed.ok());
        QVERIFY(removed.notFound);
    }

    void remove()
    {
        QVERIFY(resultOf(m_store->writePassword(prodAdmin, QStringLiteral("pw"))).ok());
        const CredentialResult removed = resultOf(m_store->removePassword(prodAdmin));
        QVERIFY(removed.ok());
        QVERIFY(!removed.notFound);
        QVERIFY(resultOf(m_store->readPassword(prodAdmin)).notFound);
        QVERIFY(m_store->storedKeys().isEmpty());
    }

    void removeClusterRemovesOnlyThatCluster()
    {
        QVERIFY(resultOf(m_store->writePassword(prodAdmin, QStringLiteral("a"))).ok());
        QVERIFY(resultOf(m_store->writePassword(prodOther, QStringLiteral("b"))).ok());
        QVERIFY(resultOf(m_store->writePassword(labAdmin, QStringLiteral("c"))).ok());
        QCOMPARE(m_store->storedKeys(QStringLiteral("Production")).size(), 2);

        const CredentialResult removed = resultOf(m_store->removeCluster(QStringLiteral("Production")));
        QVERIFY(removed.ok());
        QVERIFY(!removed.notFound);
        QVERIFY(resultOf(m_store->readPassword(prodAdmin)).notFound);
        QVERIFY(resultOf(m_store->readPassword(prodOther)).notFound);
        QCOMPARE(resultOf(m_store->readPassword(labAdmin)).password, QStringLiteral("c"));
        QCOMPARE(m_store->storedKeys(), QList<CredentialKey>{labAdmin});

        const CredentialResult again = resultOf(m_store->removeCluster(QStringLiteral("Production")));
        QVERIFY(again.ok());
        QVERIFY(again.notFound);
    }

    void incompleteKeyIsRefused()
    {
        const CredentialKey noUser{QStringLiteral("Production"), QStringLiteral("cms1:445"), {}};
        const QList<std::function<CredentialJob *()>> starts = {
            [&] { return m_store->readPassword(noUser); },
            [&] { return m_store->writePassword(noUser, QStringLiteral("x")); },
            [&] { return m_store->removePassword(noUser); },
            [&] { return m_store->removeCluster({}); },
        };
        for (const auto &start : starts) {
            const CredentialResult result = resultOf(start());
            QVERIFY(!result.ok());
            QCOMPARE(result.error, CredentialResult::Error::InvalidKey);
            QVERIFY(!result.message().isEmpty());
        }
    }

    void passwordSizeLimit()
    {
        QVERIFY(resultOf(
            m_store->writePassword(prodAdmin, QString(CredentialStore::MaxPasswordBytes, QLatin1Char('x'))))
                    .ok());
        // Counted in UTF-8 bytes: 1,025 two-byte characters are over the limit.
        const CredentialResult tooLarge = resultOf(m_store->writePassword(
            prodOther, QString(CredentialStore::MaxPasswordBytes / 2 + 1, QChar(0xE9))));
        QCOMPARE(tooLarge.error, CredentialResult::Error::TooLarge);
        QVERIFY(tooLarge.message().contains(QString::number(CredentialStore::MaxPasswordBytes)));
        QVERIFY(resultOf(m_store->readPassword(prodOther)).notFound);   // nothing was kept
    }

    void failuresSaySomethingUseful()
    {
        memory()->setFailure(CredentialResult::Error::ServiceUnavailable);
        const CredentialResult result = resultOf(m_store->readPassword(prodAdmin));
        QCOMPARE(result.error, CredentialResult::Error::ServiceUnavailable);
        QVERIFY(!result.notFound);
        QVERIFY(result.message().contains(QLatin1String("not available")));
        QVERIFY(!resultOf(m_store->writePassword(prodAdmin, QStringLiteral("x"))).ok());

        memory()->setFailure(CredentialResult::Error::None);
        QVERIFY(resultOf(m_store->readPassword(prodAdmin)).notFound);
    }

    void manyJobsEachFinishOnce()
    {
        QList<QPointer<CredentialJob>> jobs;
        int finished = 0;
        for (int i = 0; i < 20; ++i) {
            const CredentialKey key{QStringLiteral("C"), QStringLiteral("h:%1").arg(i), QStringLiteral("u")};
            for (CredentialJob *job :
                {m_store->writePassword(key, QString::number(i)), m_store->readPassword(key)}) {
                connect(job, &CredentialJob::finished, this, [&finished] { ++finished; });
                jobs.append(job);
            }
        }
        QCOMPARE(finished, 0);
        QTRY_COMPARE(finished, 40);
        QTRY_VERIFY(std::all_of(
            jobs.cbegin(), jobs.cend(), [](const QPointer<CredentialJob> &j) { return j.isNull(); }));
        QTest::qWait(50);
        QCOMPARE(finished, 40);
    }

    void destroyingTheStoreDropsItsJobs()
    {
        QPointer<CredentialJob> job = m_store->readPassword(prodAdmin);
        int finished = 0;
        connect(job, &CredentialJob::finished, this, [&finished] { ++finished; });
        m_store.reset();
        QVERIFY(job.isNull());
        QTest::qWait(20);
        QCOMPARE(finished, 0);
    }
};

QTEST_GUILESS_MAIN(TestMemoryCredentialStore)
#include "tst_memorycredentialstore.moc"
