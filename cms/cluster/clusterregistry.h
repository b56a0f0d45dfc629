#pragma once

#include "cluster/clusterprofile.h"

#include <QHash>
#include <QList>
#include <QObject>

#include <memory>

namespace cms {

class ActivityLog;
class ApiTrace;
class ClusterProfileStore;
class ClusterSession;
class CredentialStore;

// The clusters the console knows, each a ClusterSession. Adding or changing one writes its passwords
// to the credential store first, then its profile to settings; when a password cannot be stored,
// what was already written is removed again and nothing is saved (saveFinished(false)).
// Removing one removes its settings and every keychain entry of it.
// With no profile store (demo mode) nothing is written to settings.
class ClusterRegistry : public QObject
{
    Q_OBJECT
public:
    ClusterRegistry(ClusterProfileStore *profiles, CredentialStore &credentials, ApiTrace *trace,
                    ActivityLog *log, QObject *parent = nullptr);
    ~ClusterRegistry() override;

    // Creates (closed) sessions for the saved clusters; call once at start.
    void loadSaved();
    void openAll();

    int count() const { return int(m_sessions.size()); }
    ClusterSession *session(int index) const { return m_sessions.value(index); }
    int indexOf(const QString &clusterId) const;
    int indexOf(const ClusterSession *session) const;
    CredentialStore &credentials() const { return m_credentials; }

    // Is that address already an endpoint of a known cluster (other than exceptClusterId)? Returns
    // the cluster's name, or an empty string.
    QString clusterUsingAddress(const QUrl &address, const QString &exceptClusterId = {}) const;

    // passwords: endpoint index → password for the endpoints whose password is new or changed
    // (those with their own credentials, and the primary). Missing indexes keep what is stored.
    // Ends with saveFinished; on success the session is added (clusterAdded) or updated, and opened.
    void saveCluster(const ClusterProfile &profile, const QHash<int, QString> &passwords);
    void removeCluster(const QString &clusterId);

Q_SIGNALS:
    void clusterAdded(int index);
    void clusterAboutToBeRemoved(int index);
    void clusterRemoved(int index);
    void clusterUpdated(int index);
    // message: translated; empty on success.
    void saveFinished(const QString &clusterId, bool ok, const QString &message);

private:
    struct Save;
    void writeNext(const std::shared_ptr<Save> &save);
    void rollBack(const std::shared_ptr<Save> &save);
    void commit(const std::shared_ptr<Save> &save);

    ClusterProfileStore *m_profiles;
    CredentialStore &m_credentials;
    ApiTrace *m_trace;
    ActivityLog *m_log;
    QList<ClusterSession *> m_sessions;   // children
};

} // namespace cms
