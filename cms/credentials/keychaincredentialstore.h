#pragma once

#include "credentials/credentialstore.h"

#include <QHash>
#include <QStringList>

#include <chrono>
#include <functional>
#include <memory>

class QSettings;

namespace QKeychain {
class Job;
}

namespace cms {

// Passwords in the system keychain through QtKeychain (Secret Service on Linux, Keychain on macOS,
// Credential Manager on Windows), under service() with the keys described at CredentialKey.
//
// The keychain cannot list what an application stored, so the store keeps an index of its keys
// (keys only, never a secret) in QSettings under "Credentials/keys": removeCluster() removes every
// password of a cluster through it. A key is indexed before its password is written, so a crash
// can leave an extra key in the index but never an unlisted password.
//
// When the keychain answers as if no secret service were running (it may still be starting with the
// session), the operation is tried once more after retryDelay().
class KeychainCredentialStore : public CredentialStore
{
    Q_OBJECT

public:
    static QString defaultService();   // "CMS Console"

    // The index lives in the application's default QSettings.
    explicit KeychainCredentialStore(QObject *parent = nullptr);
    KeychainCredentialStore(const QString &service, std::unique_ptr<QSettings> settings,
                            QObject *parent = nullptr);
    ~KeychainCredentialStore() override;

    QString service() const { return m_service; }
    std::chrono::milliseconds retryDelay() const { return m_retryDelay; }
    void setRetryDelay(std::chrono::milliseconds delay) { m_retryDelay = delay; }

    QList<CredentialKey> storedKeys(const QString &cluster = {}) const override;

protected:
    void startRead(CredentialJob *job) override;
    void startWrite(CredentialJob *job, const QString &password) override;
    void startRemove(CredentialJob *job) override;
    void startRemoveCluster(CredentialJob *job) override;

private:
    using MakeKeychainJob = std::function<QKeychain::Job *()>;
    using KeychainJobDone = std::function<void(QKeychain::Job *)>;

    void run(
        CredentialJob *job, const MakeKeychainJob &make, const KeychainJobDone &done, bool isRetry = false);
    void startDelete(CredentialJob *job, const QString &keychainKey, const KeychainJobDone &done);
    static CredentialResult failureFrom(const QKeychain::Job *keychainJob);

    QStringList readIndex() const;
    void writeIndex(const QStringList &keys);
    bool addToIndex(const QString &keychainKey);   // false when it was there already
    void removeFromIndex(const QString &keychainKey);

    QString m_service;
    std::unique_ptr<QSettings> m_settings;
    std::chrono::milliseconds m_retryDelay{500};
    QHash<QString, int> m_writesInFlight;   // keychain key → writes not finished yet
};

} // namespace cms
