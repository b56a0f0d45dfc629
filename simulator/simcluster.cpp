#include "simcluster.h"

#include "bulksyncrunner.h"
#include "configapi.h"
#include "liveapi.h"
#include "liveengine.h"
#include "simbridge.h"
#include "simcertificate.h"
#include "spacerules.h"

namespace cmssim {

namespace {
// Bridge names of the demo cluster: one per language the console speaks, then numbered.
QString bridgeName(int index)
{
    static const char *names[] = {"CallBridge-Paris", "CallBridge-Seoul", "CallBridge-Dubai"};
    if (index < 3)
        return QString::fromLatin1(names[index]);
    return QStringLiteral("CallBridge-%1").arg(index + 1);
}
} // namespace

SimCluster::SimCluster(ClusterOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_ids(m_options.seed)
{
    m_rules = std::make_unique<SpaceRules>(m_store, m_ids, m_options.version.number);
    m_config = std::make_unique<ConfigApi>(m_store, *m_rules, m_ids, m_options);
    m_live = std::make_unique<LiveEngine>(*this);
    m_bulk = std::make_unique<BulkSyncRunner>(m_store, *m_config, *m_rules, m_options);
    m_config->onBulkSyncCreated = [this](const QString &id) { m_bulk->start(id); };
    registerBridges();
}

SimCluster::~SimCluster()
{
    // Bridges (children) reach into the engine while they close: delete them first.
    qDeleteAll(m_bridges);
    m_bridges.clear();
}

void SimCluster::registerBridges()
{
    const TypeSpec &groups = TypeSchema::get(QStringLiteral("callBridgeGroups"));
    const auto group = m_config->create(groups, {}, {{QStringLiteral("name"), QStringLiteral("Default")},
                                                     {QStringLiteral("loadBalancingEnabled"), QStringLiteral("true")}});
    for (int i = 0; i < m_options.bridgeCount; ++i) {
        const QString id = m_ids.guid();
        auto *bridge = new SimBridge(*this, i, id, bridgeName(i));
        m_bridges.append(bridge);
        m_liveApis.push_back(std::make_unique<LiveApi>(*this, *bridge));
        // The bridge's own entry in /callBridges: every bridge knows all the others.
        auto entry = std::make_unique<ConfigObject>();
        entry->id = id;
        entry->fields.insert(QStringLiteral("name"), bridge->name());
        entry->fields.insert(QStringLiteral("sipDomain"), QStringLiteral("cms.example"));
        entry->fields.insert(QStringLiteral("callBridgeGroup"), std::get<QString>(group));
        m_store.table(QStringLiteral("callBridges")).insert(std::move(entry));
    }
}

bool SimCluster::start(QString *error)
{
    SimCertificate given;
    if (!m_options.plainHttp && !m_options.certificateFile.isEmpty()) {
        given = SimCertificate::load(m_options.certificateFile, m_options.keyFile, error);
        if (!given.isValid())
            return false;
    }
    for (SimBridge *bridge : std::as_const(m_bridges)) {
        const quint16 port = m_options.ports.value(bridge->index(), 0);
        SimCertificate certificate = given;
        if (!m_options.plainHttp && !certificate.isValid())
            certificate = SimCertificate::generate(bridge->name(), quint64(bridge->index()) + m_ids.random().generate64() / 2);
        if (!m_options.plainHttp && !certificate.isValid()) {
            *error = QStringLiteral("cannot generate a certificate for %1").arg(bridge->name());
            return false;
        }
        if (!bridge->listen(m_options.address, port, m_options.plainHttp ? nullptr : &certificate, error))
            return false;
        if (ConfigObject *entry = m_store.find(QStringLiteral("callBridges"), bridge->id()))
            entry->fields.insert(QStringLiteral("address"), bridge->baseUrl().toString());
    }
    return true;
}

SimBridge *SimCluster::bridgeById(const QString &id)
{
    for (SimBridge *b : std::as_const(m_bridges)) {
        if (b->id() == id)
            return b;
    }
    return nullptr;
}

ApiResponse SimCluster::dispatch(int bridgeIndex, const ApiRequest &request)
{
    if (auto reply = m_config->handle(request))
        return toResponse(*reply);
    if (auto reply = m_liveApis.at(size_t(bridgeIndex))->handle(request))
        return toResponse(*reply);
    return toResponse(Failure{QStringLiteral("unrecognisedObject"), {}, 404});
}

ApiResponse SimCluster::toResponse(const Reply &reply) const
{
    if (const auto *response = std::get_if<ApiResponse>(&reply))
        return *response;
    const Failure &f = std::get<Failure>(reply);
    ApiResponse r = ApiResponse::xml(f.toXml(m_options.xmlDeclaration()));
    r.status = (f.isNotFound && m_options.notFoundAs404) ? 404 : f.status;
    return r;
}

void SimCluster::setLatency(int bridgeIndex, int ms)
{
    bridge(bridgeIndex).faults().latencyMs = qMax(0, ms);
}

void SimCluster::setErrorRate(int bridgeIndex, double rate)
{
    bridge(bridgeIndex).faults().errorRate = qBound(0.0, rate, 1.0);
}

void SimCluster::setBusy(int bridgeIndex, bool busy)
{
    bridge(bridgeIndex).faults().busy = busy;
}

void SimCluster::setDown(int bridgeIndex, bool down)
{
    if (down)
        bridge(bridgeIndex).goDown();
    else
        bridge(bridgeIndex).comeUp();
}

void SimCluster::setHtmlPage(int bridgeIndex, bool on)
{
    bridge(bridgeIndex).faults().htmlPage = on;
}

void SimCluster::setContentType(int bridgeIndex, const QByteArray &contentType)
{
    bridge(bridgeIndex).faults().contentType = contentType;
}

void SimCluster::setFrozen(int bridgeIndex, bool frozen)
{
    bridge(bridgeIndex).setFrozen(frozen);
}

void SimCluster::setMoveFault(int bridgeIndex, MoveFault fault)
{
    bridge(bridgeIndex).faults().moveFault = fault;
}

bool SimCluster::checkCredentials(const QString &user, const QString &password) const
{
    const auto it = m_options.users.constFind(user);
    return it != m_options.users.constEnd() && it.value() == password;
}

} // namespace cmssim
