#include "credentials/credentialstore.h"

#include <QStringList>
#include <QUrl>

namespace cms {

namespace {

QString escapePart(const QString &part)
{
    QString escaped = part;
    escaped.replace(QLatin1Char('%'), QLatin1String("%25"));
    escaped.replace(QLatin1Char('/'), QLatin1String("%2F"));
    return escaped;
}

QString unescapePart(const QString &part)
{
    return QUrl::fromPercentEncoding(part.toUtf8());
}

} // namespace

QString CredentialKey::toKeychainKey() const
{
    return escapePart(cluster) % QLatin1Char('/') % escapePart(endpoint) % QLatin1Char('/')
        % escapePart(user);
}

std::optional<CredentialKey> CredentialKey::fromKeychainKey(const QString &keychainKey)
{
    const QStringList parts = keychainKey.split(QLatin1Char('/'));
    if (parts.size() != 3)
        return std::nullopt;
    CredentialKey key{unescapePart(parts.at(0)), unescapePart(parts.at(1)), unescapePart(parts.at(2))};
    if (!key.isValid())
        return std::nullopt;
    return key;
}

QString CredentialResult::message() const
{
    switch (error) {
    case Error::None:
        return {};
    case Error::ServiceUnavailable:
        return tr(
            "The system keychain is not available, so the password cannot be read or saved. "
            "Make sure your desktop's keyring (secret service) is running and unlocked, then try again.");
    case Error::AccessDenied:
        return tr("Access to the system keychain was refused. Unlock the keyring or allow CMS Console "
                  "to use it, then try again.");
    case Error::TooLarge:
        return tr("The password is too long to be kept in the system keychain (at most %1 bytes).")
            .arg(CredentialStore::MaxPasswordBytes);
    case Error::InvalidKey:
        return tr("The password cannot be kept: the cluster name, the call bridge address or the user "
                  "name is missing.");
    case Error::Failed:
        if (detail.isEmpty())
            return tr("The system keychain reported an unknown error.");
        return tr("The system keychain reported an error: %1").arg(detail);
    }
    return {};
}

CredentialJob::CredentialJob(Operation operation, CredentialKey key, QObject *parent)
    : QObject(parent)
    , m_operation(operation)
    , m_key(std::move(key))
{
}

void CredentialJob::finish(CredentialResult result)
{
    if (m_finishing)
        return;
    m_finishing = true;
    // Queued: the job never finishes inside the call that created it, nor inside a backend's callback.
    QMetaObject::invokeMethod(
        this,
        [this, result = std::move(result)] {
            m_result = result;
            m_finished = true;
            Q_EMIT finished(m_result);
            deleteLater();
        },
        Qt::QueuedConnection);
}

CredentialJob *CredentialStore::readPassword(const CredentialKey &key)
{
    CredentialJob *job = createJob(CredentialJob::Operation::Read, key);
    if (!key.isValid())
        complete(job, failure(CredentialResult::Error::InvalidKey));
    else
        startRead(job);
    return job;
}

CredentialJob *CredentialStore::writePassword(const CredentialKey &key, const QString &password)
{
    CredentialJob *job = createJob(CredentialJob::Operation::Write, key);
    if (!key.isValid())
        complete(job, failure(CredentialResult::Error::InvalidKey));
    else if (password.toUtf8().size() > MaxPasswordBytes)
        complete(job, failure(CredentialResult::Error::TooLarge));
    else
        startWrite(job, password);
    return job;
}

CredentialJob *CredentialStore::removePassword(const CredentialKey &key)
{
    CredentialJob *job = createJob(CredentialJob::Operation::Remove, key);
    if (!key.isValid())
        complete(job, failure(CredentialResult::Error::InvalidKey));
    else
        startRemove(job);
    return job;
}

CredentialJob *CredentialStore::removeCluster(const QString &cluster)
{
    CredentialJob *job = createJob(CredentialJob::Operation::RemoveCluster, CredentialKey{cluster, {}, {}});
    if (cluster.isEmpty())
        complete(job, failure(CredentialResult::Error::InvalidKey));
    else
        startRemoveCluster(job);
    return job;
}

void CredentialStore::complete(CredentialJob *job, CredentialResult result)
{
    job->finish(std::move(result));
}

CredentialResult CredentialStore::failure(CredentialResult::Error error, const QString &detail)
{
    CredentialResult result;
    result.error = error;
    result.detail = detail;
    return result;
}

CredentialJob *CredentialStore::createJob(CredentialJob::Operation operation, const CredentialKey &key)
{
    return new CredentialJob(operation, key, this);
}

} // namespace cms
