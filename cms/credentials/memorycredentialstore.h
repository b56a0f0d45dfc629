#pragma once

#include "credentials/credentialstore.h"

#include <QMap>

namespace cms {

// Passwords in process memory, behind the same asynchronous interface as the system keychain:
// for logic tests and for the demo mode. Nothing is written anywhere.
class MemoryCredentialStore : public CredentialStore
{
    Q_OBJECT

public:
    using CredentialStore::CredentialStore;

    QList<CredentialKey> storedKeys(const QString &cluster = {}) const override;

    // Test seam: while set, every operation fails with this error (None restores normal behaviour).
    void setFailure(CredentialResult::Error error) { m_failure = error; }

protected:
    void startRead(CredentialJob *job) override;
    void startWrite(CredentialJob *job, const QString &password) override;
    void startRemove(CredentialJob *job) override;
    void startRemoveCluster(CredentialJob *job) override;

private:
    bool failIfAsked(CredentialJob *job);

    QMap<QString, QString> m_passwords;   // keychain key → password
    CredentialResult::Error m_failure = CredentialResult::Error::None;
};

} // namespace cms
