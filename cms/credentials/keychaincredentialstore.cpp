#include "credentials/keychaincredentialstore.h"

#include <QSettings>
#include <QTimer>

#include <qt6keychain/keychain.h>

namespace cms {

namespace {

const QString indexSettingsKey = QStringLiteral("Credentials/keys");

// What the backends report while no secret service is reachable: QtKeychain's Linux backends give
// OtherError with the D-Bus failure as text, the others NoBackendAvailable.
bool looksLikeMissingService(const QKeychain::Job *keychainJob)
{
    if (keychainJob->error() == QKeychain::NoBackendAvailable)
        return true;
    if (keychainJob->error() != QKeychain::OtherError)
        return false;
    const QString text = keychainJob->errorString();
    return text.contains(QLatin1String("org.freedesktop.secrets"))
        || text.contains(QLatin1String("DBus"), Qt::CaseInsensitive)
        || text.contains(QLatin1String("D-Bus"), Qt::CaseInsensitive)
        || text.contains(QLatin1String("Could not connect"), Qt::CaseInsensitive);
}

bool isWorthRetrying(const QKeychain::Job *keychainJob)
{
    return keychainJob->error() == QKeychain::NoBackendAvailable
        || keychainJob->error() == QKeychain::OtherError;
}

} // namespace

QString KeychainCredentialStore::defaultService()
{
    return QStringLiteral("CMS Console");
}

KeychainCredentialStore::KeychainCredentialStore(QObject *parent)
    : KeychainCredentialStore(defaultService(), std::make_unique<QSettings>(), parent)
{
}

KeychainCredentialStore::KeychainCredentialStore(const QString &service, std::unique_ptr<QSettings> settings,
                                                 QObject *parent)
    : CredentialStore(parent)
    , m_service(service)
    , m_settings(std::move(settings))
{
}

KeychainCredentialStore::~KeychainCredentialStore() = default;

QList<CredentialKey> KeychainCredentialStore::storedKeys(const QString &cluster) const
{
    QList<CredentialKey> keys;
    const QStringList index = readIndex();
    for (const QString &keychainKey : index) {
        const std::optional<CredentialKey> key = CredentialKey::fromKeychainKey(keychainKey);
        if (key && (cluster.isEmpty() || key->cluster == cluster))
            keys.append(*key);
    }
    return keys;
}

void KeychainCredentialStore::startRead(CredentialJob *job)
{
    const QString keychainKey = job->key().toKeychainKey();
    const QString service = m_service;
    run(
        job,
        [service, keychainKey] {
            auto *read = new QKeychain::ReadPasswordJob(service);
            read->setKey(keychainKey);
            return read;
        },
        [job](QKeychain::Job *keychainJob) {
            CredentialResult result;
            if (keychainJob->error() == QKeychain::NoError)
                result.password = static_cast<QKeychain::ReadPasswordJob *>(keychainJob)->textData();
            else if (keychainJob->error() == QKeychain::EntryNotFound)
                result.notFound = true;
            else
                result = failureFrom(keychainJob);
            complete(job, result);
        });
}

void KeychainCredentialStore::startWrite(CredentialJob *job, const QString &password)
{
    const QString keychainKey = job->key().toKeychainKey();
    const QString service = m_service;
    const bool wasIndexed = !addToIndex(keychainKey);
    ++m_writesInFlight[keychainKey];
    run(
        job,
        [service, keychainKey, password] {
            auto *write = new QKeychain::WritePasswordJob(service);
            write->setKey(keychainKey);
            write->setTextData(password);
            return write;
        },
        [this, job, keychainKey, wasIndexed](QKeychain::Job *keychainJob) {
            const bool othersInFlight = --m_writesInFlight[keychainKey] > 0;
            if (!othersInFlight)
                m_writesInFlight.remove(keychainKey);
            if (keychainJob->error() == QKeychain::NoError) {
                // Again: a removal of the same key that finished meanwhile took it out.
                addToIndex(keychainKey);
                complete(job, {});
                return;
            }
            if (!wasIndexed && !othersInFlight)
                removeFromIndex(keychainKey);
            complete(job, failureFrom(keychainJob));
        });
}

void KeychainCredentialStore::startRemove(CredentialJob *job)
{
    startDelete(job, job->key().toKeychainKey(), [job](QKeychain::Job *keychainJob) {
        CredentialResult result;
        if (keychainJob->error() == QKeychain::EntryNotFound)
            result.notFound = true;
        else if (keychainJob->error() != QKeychain::NoError)
            result = failureFrom(keychainJob);
        complete(job, result);
    });
}

void KeychainCredentialStore::startRemoveCluster(CredentialJob *job)
{
    QStringList keychainKeys;
    const QList<CredentialKey> keys = storedKeys(job->key().cluster);
    for (const CredentialKey &key : keys)
        keychainKeys.append(key.toKeychainKey());
    if (keychainKeys.isEmpty()) {
        CredentialResult result;
        result.notFound = true;
        complete(job, result);
        return;
    }

    struct Progress
    {
        qsizetype remaining = 0;
        CredentialResult firstFailure;
    };
    auto progress = std::make_shared<Progress>();
    progress->remaining = keychainKeys.size();
    for (const QString &keychainKey : std::as_const(keychainKeys)) {
        startDelete(job, keychainKey, [job, progress](QKeychain::Job *keychainJob) {
            const QKeychain::Error error = keychainJob->error();
            if (error != QKeychain::NoError && error != QKeychain::EntryNotFound
                && progress->firstFailure.ok())
                progress->firstFailure = failureFrom(keychainJob);
            if (--progress->remaining == 0)
                complete(job, progress->firstFailure);
        });
    }
}

// Deletes one password and, when it is gone, its index entry; a failed deletion stays indexed so
// that a later removal can finish the work.
void KeychainCredentialStore::startDelete(CredentialJob *job, const QString &keychainKey,
                                          const KeychainJobDone &done)
{
    const QString service = m_service;
    run(
        job,
        [service, keychainKey] {
            auto *remove = new QKeychain::DeletePasswordJob(service);
            remove->setKey(keychainKey);
            return remove;
        },
        [this, keychainKey, done](QKeychain::Job *keychainJob) {
            const QKeychain::Error error = keychainJob->error();
            if (error == QKeychain::NoError || error == QKeychain::EntryNotFound)
                removeFromIndex(keychainKey);
            done(keychainJob);
        });
}

// Starts a QtKeychain job and hands its outcome to done, retrying once after m_retryDelay when the
// secret service looks absent. The QtKeychain jobs have no parent and delete themselves when they
// finish (deleting one in flight is unsafe with some backends); the retry timer belongs to our own
// job, so nothing a finished QtKeychain job does can cancel it.
void KeychainCredentialStore::run(
    CredentialJob *job, const MakeKeychainJob &make, const KeychainJobDone &done, bool isRetry)
{
    QKeychain::Job *keychainJob = make();
    keychainJob->setAutoDelete(true);
    keychainJob->setInsecureFallback(false);   // never a plain-text copy in QSettings
    connect(keychainJob, &QKeychain::Job::finished, job,
        [this, job, make, done, isRetry](QKeychain::Job *finished) {
            if (!isRetry && isWorthRetrying(finished)) {
                QTimer::singleShot(
                    m_retryDelay, job, [this, job, make, done] { run(job, make, done, true); });
                return;
            }
            done(finished);
        });
    keychainJob->start();
}

CredentialResult KeychainCredentialStore::failureFrom(const QKeychain::Job *keychainJob)
{
    CredentialResult::Error error = CredentialResult::Error::Failed;
    switch (keychainJob->error()) {
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        error = CredentialResult::Error::ServiceUnavailable;
        break;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        error = CredentialResult::Error::AccessDenied;
        break;
    case QKeychain::OtherError:
        if (looksLikeMissingService(keychainJob))
            error = CredentialResult::Error::ServiceUnavailable;
        break;
    case QKeychain::NoError:
    case QKeychain::EntryNotFound:
    case QKeychain::CouldNotDeleteEntry:
        break;
    }
    return failure(error, keychainJob->errorString());
}

QStringList KeychainCredentialStore::readIndex() const
{
    m_settings->sync();   // another process (cmsctl, a second window) may have changed it
    return m_settings->value(indexSettingsKey).toStringList();
}

void KeychainCredentialStore::writeIndex(const QStringList &keys)
{
    if (keys.isEmpty())
        m_settings->remove(indexSettingsKey);
    else
        m_settings->setValue(indexSettingsKey, keys);
    m_settings->sync();
}

bool KeychainCredentialStore::addToIndex(const QString &keychainKey)
{
    QStringList keys = readIndex();
    if (keys.contains(keychainKey))
        return false;
    keys.append(keychainKey);
    writeIndex(keys);
    return true;
}

void KeychainCredentialStore::removeFromIndex(const QString &keychainKey)
{
    QStringList keys = readIndex();
    if (keys.removeAll(keychainKey) > 0)
        writeIndex(keys);
}

} // namespace cms
