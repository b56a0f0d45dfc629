#pragma once

#include <QCoreApplication>
#include <QList>
#include <QObject>
#include <QString>

#include <optional>

namespace cms {

// Which password: one user on one call bridge of one cluster.
//
// Key scheme, shared by every store: the secret is kept under the service name
// KeychainCredentialStore::defaultService() ("CMS Console") with the key
//     "<cluster>/<host:port>/<user>"      e.g. "Production/cms1.example.com:445/admin"
// In each part "%" is written "%25" and "/" is written "%2F", so the three parts can always be
// told apart and read back, whatever a cluster or user name contains.
struct CredentialKey
{
    QString cluster;
    QString endpoint;   // host:port of the call bridge's API
    QString user;

    bool isValid() const { return !cluster.isEmpty() && !endpoint.isEmpty() && !user.isEmpty(); }
    QString toKeychainKey() const;
    static std::optional<CredentialKey> fromKeychainKey(const QString &keychainKey);

    friend bool operator==(const CredentialKey &, const CredentialKey &) = default;
};

// How a credential job ended. "No credential stored" is not a failure: a read of an unknown key
// ends ok() with notFound set and an empty password.
class CredentialResult
{
    Q_DECLARE_TR_FUNCTIONS(CredentialResult)

public:
    enum class Error {
        None,
        ServiceUnavailable,   // no keychain / secret service, even after the retry
        AccessDenied,         // the keyring stayed locked or the user refused access
        TooLarge,             // the password is over CredentialStore::MaxPasswordBytes
        InvalidKey,           // cluster, endpoint or user missing
        Failed,               // anything else the keychain reported; see detail
    };

    bool ok() const { return error == Error::None; }
    // The translated sentence for a person; empty when ok().
    QString message() const;

    Error error = Error::None;
    bool notFound = false;   // read or remove: nothing was stored under the key
    QString password;        // read: the password; never log it
    QString detail;          // raw text from the keychain, untranslated, never contains the password
};

// One asynchronous credential operation. It finishes exactly once, always after the call that
// created it has returned (so connecting right after the call is safe), then deletes itself.
class CredentialJob : public QObject
{
    Q_OBJECT

public:
    enum class Operation { Read, Write, Remove, RemoveCluster };

    Operation operation() const { return m_operation; }
    // For RemoveCluster only key().cluster is set.
    const CredentialKey &key() const { return m_key; }
    bool isFinished() const { return m_finished; }
    const CredentialResult &result() const { return m_result; }

Q_SIGNALS:
    void finished(const cms::CredentialResult &result);

private:
    friend class CredentialStore;
    CredentialJob(Operation operation, CredentialKey key, QObject *parent);
    void finish(CredentialResult result);

    Operation m_operation;
    CredentialKey m_key;
    CredentialResult m_result;
    bool m_finishing = false;
    bool m_finished = false;
};

// Where passwords live. Everything is asynchronous: each call returns a job owned by the store
// (it dies with the store) that reports through CredentialJob::finished. Implementations:
// KeychainCredentialStore (the system keychain) and MemoryCredentialStore (tests, demo).
class CredentialStore : public QObject
{
    Q_OBJECT

public:
    // Windows' credential store takes at most 2,560 bytes per value; one limit on every platform
    // keeps a credential portable. Counted in UTF-8.
    static constexpr qsizetype MaxPasswordBytes = 2048;

    using QObject::QObject;

    CredentialJob *readPassword(const CredentialKey &key);
    CredentialJob *writePassword(const CredentialKey &key, const QString &password);
    CredentialJob *removePassword(const CredentialKey &key);
    // Removes every password stored for the cluster; notFound when there was none.
    CredentialJob *removeCluster(const QString &cluster);

    // The keys that hold a password, all of them or one cluster's. Never the passwords.
    virtual QList<CredentialKey> storedKeys(const QString &cluster = {}) const = 0;

protected:
    // Called with a validated job; each must end with complete(job, …) exactly once, from any
    // context (delivery is always queued).
    virtual void startRead(CredentialJob *job) = 0;
    virtual void startWrite(CredentialJob *job, const QString &password) = 0;
    virtual void startRemove(CredentialJob *job) = 0;
    virtual void startRemoveCluster(CredentialJob *job) = 0;

    static void complete(CredentialJob *job, CredentialResult result);
    static CredentialResult failure(CredentialResult::Error error, const QString &detail = {});

private:
    CredentialJob *createJob(CredentialJob::Operation operation, const CredentialKey &key);
};

} // namespace cms
