#pragma once

#include <QObject>
#include <QString>

namespace cmssim {

class ConfigApi;
class ConfigStore;
class SpaceRules;
struct ClusterOptions;

// Carries out bulk syncs (POST /cospaceBulkSyncs) in the background as a real server does: the
// status moves pending -> running -> complete, or to one of the failed states, and the spaces of the
// parameter set's index range are created, updated or removed.
class BulkSyncRunner : public QObject
{
    Q_OBJECT
public:
    BulkSyncRunner(ConfigStore &store, ConfigApi &api, SpaceRules &rules, const ClusterOptions &options);

    void start(const QString &syncId);
    // Syncs the parameter set `setId` at once, without a sync object: the spaces are as a complete
    // sync leaves them (for seeding). Returns the status the sync would end with.
    QString syncNow(const QString &setId);
    int stepDelayMs = 20;   // time spent in each of pending and running

Q_SIGNALS:
    void finished(const QString &syncId, const QString &status);

private:
    void run(const QString &syncId);
    QString sync(const QString &setId, bool removeAll, int counts[3]);
    void setStatus(const QString &syncId, const QString &status);

    ConfigStore &m_store;
    ConfigApi &m_api;
    SpaceRules &m_rules;
    const ClusterOptions &m_options;
};

} // namespace cmssim
