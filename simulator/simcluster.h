#pragma once

#include "apimessage.h"
#include "configstore.h"
#include "idgenerator.h"
#include "simoptions.h"

#include <QList>
#include <QObject>

#include <memory>

namespace cmssim {

class ConfigApi;
class BulkSyncRunner;
class LiveApi;
class LiveEngine;
class SimBridge;
enum class MoveFault : int;
class SpaceRules;

// A simulated CMS cluster: N call bridges on their own loopback ports sharing one configuration
// store, each owning its live calls. Usable in-process (tests, the console's demo mode) and from the
// cms-sim executable.
class SimCluster : public QObject
{
    Q_OBJECT
public:
    explicit SimCluster(ClusterOptions options, QObject *parent = nullptr);
    ~SimCluster() override;

    // Generates (or loads) certificates and starts listening on every bridge.
    bool start(QString *error);

    const ClusterOptions &options() const { return m_options; }
    int bridgeCount() const { return int(m_bridges.size()); }
    SimBridge &bridge(int index) { return *m_bridges.at(index); }
    SimBridge *bridgeById(const QString &id);

    ConfigStore &store() { return m_store; }
    ConfigApi &config() { return *m_config; }
    LiveEngine &live() { return *m_live; }
    IdGenerator &ids() { return m_ids; }
    // The runner of bulk syncs: tests slow it down (stepDelayMs) to act while a sync is pending.
    BulkSyncRunner &bulkSyncs() { return *m_bulk; }

    // Serve one API request as call bridge `bridgeIndex` would, without HTTP: the servers, the
    // tests and the benchmarks all come through here.
    ApiResponse dispatch(int bridgeIndex, const ApiRequest &request);
    ApiResponse toResponse(const Reply &reply) const;

    // Fault injection, also reachable from the control channel.
    void setLatency(int bridgeIndex, int ms);
    void setErrorRate(int bridgeIndex, double rate);
    void setBusy(int bridgeIndex, bool busy);
    void setDown(int bridgeIndex, bool down);
    void setMoveFault(int bridgeIndex, MoveFault fault);
    void setHtmlPage(int bridgeIndex, bool on);
    void setContentType(int bridgeIndex, const QByteArray &contentType);   // empty: the bridge's own
    void setFrozen(int bridgeIndex, bool frozen);

    bool checkCredentials(const QString &user, const QString &password) const;

private:
    void registerBridges();

    ClusterOptions m_options;
    IdGenerator m_ids;
    ConfigStore m_store;
    std::unique_ptr<SpaceRules> m_rules;
    std::unique_ptr<ConfigApi> m_config;
    std::unique_ptr<LiveEngine> m_live;
    std::unique_ptr<BulkSyncRunner> m_bulk;
    QList<SimBridge *> m_bridges;
    std::vector<std::unique_ptr<LiveApi>> m_liveApis;
};

} // namespace cmssim
