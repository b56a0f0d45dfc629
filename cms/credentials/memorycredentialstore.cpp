#include "credentials/memorycredentialstore.h"

namespace cms {

QList<CredentialKey> MemoryCredentialStore::storedKeys(const QString &cluster) const
{
    QList<CredentialKey> keys;
    for (auto it = m_passwords.keyBegin(); it != m_passwords.keyEnd(); ++it) {
        const std::optional<CredentialKey> key = CredentialKey::fromKeychainKey(*it);
        if (key && (cluster.isEmpty() || key->cluster == cluster))
            keys.append(*key);
    }
    return keys;
}

void MemoryCredentialStore::startRead(CredentialJob *job)
{
    if (failIfAsked(job))
        return;
    CredentialResult result;
    const auto it = m_passwords.constFind(job->key().toKeychainKey());
    if (it == m_passwords.cend())
        result.notFound = true;
    else
        result.password = *it;
    complete(job, result);
}

void MemoryCredentialStore::startWrite(CredentialJob *job, const QString &password)
{
    if (failIfAsked(job))
        return;
    m_passwords.insert(job->key().toKeychainKey(), password);
    complete(job, {});
}

void MemoryCredentialStore::startRemove(CredentialJob *job)
{
    if (failIfAsked(job))
        return;
    CredentialResult result;
    result.notFound = m_passwords.remove(job->key().toKeychainKey()) == 0;
    complete(job, result);
}

void MemoryCredentialStore::startRemoveCluster(CredentialJob *job)
{
    if (failIfAsked(job))
        return;
    const QList<CredentialKey> keys = storedKeys(job->key().cluster);
    for (const CredentialKey &key : keys)
        m_passwords.remove(key.toKeychainKey());
    CredentialResult result;
    result.notFound = keys.isEmpty();
    complete(job, result);
}

bool MemoryCredentialStore::failIfAsked(CredentialJob *job)
{
    if (m_failure == CredentialResult::Error::None)
        return false;
    complete(job, failure(m_failure, QStringLiteral("simulated failure")));
    return true;
}

} // namespace cms
