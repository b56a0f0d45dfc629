#include "cluster/clusterregistry.h"

#include "cluster/clusterprofilestore.h"
#include "cluster/clustersession.h"
#include "credentials/credentialstore.h"

#include <QSet>

#include <algorithm>

namespace cms {

// One saveCluster() under way: the passwords are written one after another, so that a failure
// knows exactly what to undo.
struct ClusterRegistry::Save
{
    struct Entry
    {
        CredentialKey key;
        QString password;          // never logged
        bool existed = false;      // a password was already stored under the key
        bool previousRead = false;
        QString previous;          // what to put back on rollback
        bool written = false;
    };

    ClusterProfile profile;
    QList<Entry> entries;
    int next = 0;
    QString failure;   // translated
};

ClusterRegistry::ClusterRegistry(ClusterProfileStore *profiles, CredentialStore &credentials, ApiTrace *trace,
                                 ActivityLog *log, QObject *parent)
    : QObject(parent)
    , m_profiles(profiles)
    , m_credentials(credentials)
    , m_trace(trace)
    , m_log(log)
{
}

ClusterRegistry::~ClusterRegistry() = default;

void ClusterRegistry::loadSaved()
{
    if (!m_profiles)
        return;
    const QList<ClusterProfile> saved = m_profiles->load();
    for (const ClusterProfile &profile : saved) {
        if (indexOf(profile.id) >= 0)
            continue;
        m_sessions.append(new ClusterSession(profile, m_credentials, m_trace, m_log, this));
        Q_EMIT clusterAdded(count() - 1);
    }
}

void ClusterRegistry::openAll()
{
    const QList<ClusterSession *> sessions = m_sessions;   // a listener may change the list
    for (ClusterSession *session : sessions)
        session->open();
}

int ClusterRegistry::indexOf(const QString &clusterId) const
{
    for (int i = 0; i < m_sessions.size(); ++i) {
        if (m_sessions.at(i)->profile().id == clusterId)
            return i;
    }
    return -1;
}

int ClusterRegistry::indexOf(const ClusterSession *session) const
{
    return int(m_sessions.indexOf(session));
}

QString ClusterRegistry::clusterUsingAddress(const QUrl &address, const QString &exceptClusterId) const
{
    for (const ClusterSession *session : m_sessions) {
        const ClusterProfile &profile = session->profile();
        if (profile.id != exceptClusterId && profile.indexOfAddress(address) >= 0)
            return profile.name;
    }
    return {};
}

void ClusterRegistry::saveCluster(const ClusterProfile &profile, const QHash<int, QString> &passwords)
{
    auto save = std::make_shared<Save>();
    save->profile = profile;
    if (profile.id.isEmpty() || profile.endpoints.isEmpty()) {
        save->failure = tr("The cluster was not saved: it needs at least the primary call bridge's address.");
        QMetaObject::invokeMethod(this, [this, save] { rollBack(save); }, Qt::QueuedConnection);
        return;
    }
    const QList<CredentialKey> stored = m_credentials.storedKeys(profile.id);
    QList<int> indexes = passwords.keys();
    std::sort(indexes.begin(), indexes.end());
    for (int index : std::as_const(indexes)) {
        // An endpoint that uses the primary's password has none of its own to write.
        if (index < 0 || index >= profile.endpoints.size()
            || (index != 0 && profile.endpoints.at(index).credentials == CredentialMode::SameAsPrimary))
            continue;
        Save::Entry entry;
        entry.key = profile.credentialKey(index);
        entry.password = passwords.value(index);
        entry.existed = stored.contains(entry.key);
        const auto same = std::find_if(save->entries.begin(), save->entries.end(),
                                       [&](const Save::Entry &e) { return e.key == entry.key; });
        if (same != save->entries.end())
            *same = entry;
        else
            save->entries.append(entry);
    }
    // Always finish after this call has returned, as the credential jobs do.
    QMetaObject::invokeMethod(this, [this, save] { writeNext(save); }, Qt::QueuedConnection);
}

void ClusterRegistry::writeNext(const std::shared_ptr<Save> &save)
{
    if (save->next >= save->entries.size()) {
        commit(save);
        return;
    }
    Save::Entry &entry = save->entries[save->next];
    const auto failed = [this, save](const CredentialResult &result) {
        save->failure = tr("The cluster “%1” was not saved: a password could not be stored. %2")
                            .arg(save->profile.name, result.message());
        rollBack(save);
    };
    if (entry.existed && !entry.previousRead) {
        // Keep what is stored, to put it back if a later write fails.
        CredentialJob *job = m_credentials.readPassword(entry.key);
        connect(job, &CredentialJob::finished, this, [this, save, failed](const CredentialResult &result) {
            if (!result.ok()) {
                failed(result);
                return;
            }
            Save::Entry &e = save->entries[save->next];
            e.previousRead = true;
            e.previous = result.password;
            writeNext(save);
        });
        return;
    }
    CredentialJob *job = m_credentials.writePassword(entry.key, entry.password);
    connect(job, &CredentialJob::finished, this, [this, save, failed](const CredentialResult &result) {
        if (!result.ok()) {
            failed(result);
            return;
        }
        save->entries[save->next].written = true;
        ++save->next;
        writeNext(save);
    });
}

void ClusterRegistry::rollBack(const std::shared_ptr<Save> &save)
{
    // Undo the writes of this call, last first, one at a time; then report.
    for (qsizetype i = save->entries.size() - 1; i >= 0; --i) {
        Save::Entry &entry = save->entries[i];
        if (!entry.written)
            continue;
        entry.written = false;
        CredentialJob *job = entry.existed && !entry.previous.isEmpty()
            ? m_credentials.writePassword(entry.key, entry.previous)
            : m_credentials.removePassword(entry.key);
        connect(job, &CredentialJob::finished, this, [this, save] { rollBack(save); });
        return;
    }
    Q_EMIT saveFinished(save->profile.id, false, save->failure);
}

void ClusterRegistry::commit(const std::shared_ptr<Save> &save)
{
    const ClusterProfile &profile = save->profile;
    const int index = indexOf(profile.id);

    // Keychain entries the profile no longer uses (an endpoint removed, a user renamed, an
    // endpoint back to the primary's password) go away with it.
    QList<CredentialKey> before = m_credentials.storedKeys(profile.id);
    if (index >= 0)
        before += m_sessions.at(index)->profile().credentialKeys();
    const QList<CredentialKey> used = profile.credentialKeys();
    QSet<QString> removed;
    for (const CredentialKey &key : std::as_const(before)) {
        if (!used.contains(key) && !removed.contains(key.toKeychainKey())) {
            removed.insert(key.toKeychainKey());
            m_credentials.removePassword(key);
        }
    }

    if (m_profiles)
        m_profiles->save(profile);
    if (index >= 0) {
        ClusterSession *session = m_sessions.at(index);
        session->setProfile(profile);
        session->open();   // a failed or closed session tries again with what was just saved
        Q_EMIT clusterUpdated(index);
    } else {
        auto *session = new ClusterSession(profile, m_credentials, m_trace, m_log, this);
        m_sessions.append(session);
        session->open();
        Q_EMIT clusterAdded(count() - 1);
    }
    Q_EMIT saveFinished(profile.id, true, QString());
}

void ClusterRegistry::removeCluster(const QString &id)
{
    // A copy: callers often pass the session's own profile().id, which dies with the session deleted below.
    const QString clusterId = id;
    if (clusterId.isEmpty())
        return;
    const int index = indexOf(clusterId);
    if (index >= 0) {
        Q_EMIT clusterAboutToBeRemoved(index);
        ClusterSession *session = m_sessions.takeAt(index);
        session->close();
        delete session;
    }
    if (m_profiles)
        m_profiles->remove(clusterId);
    m_credentials.removeCluster(clusterId);
    if (index >= 0)
        Q_EMIT clusterRemoved(index);
}

} // namespace cms
