#include "simbridge.h"

#include "bridgeserver.h"
#include "eventshub.h"
#include "liveengine.h"
#include "simcluster.h"

#include <QTcpServer>

namespace cmssim {

SimBridge::SimBridge(SimCluster &cluster, int index, const QString &id, const QString &name)
    : QObject(&cluster)
    , m_cluster(cluster)
    , m_index(index)
    , m_id(id)
    , m_name(name)
    , m_events(new EventsHub(*this))
    , m_server(new BridgeServer(*this))
    , m_startedAt(QDateTime::currentDateTimeUtc())
{
}

SimBridge::~SimBridge() = default;

bool SimBridge::listen(const QHostAddress &address, quint16 port, const SimCertificate *certificate, QString *error)
{
    m_tls = certificate != nullptr;
    if (certificate) {
        m_certificate = *certificate;
        m_server->sslSetup(certificate->certificate, certificate->key);
    }
    const quint16 bound = m_server->listen(address, port);
    if (bound == 0) {
        *error = QStringLiteral("call bridge %1 cannot listen on %2:%3").arg(m_name, address.toString()).arg(port);
        return false;
    }
    m_address = address;
    m_port = bound;
    m_up = true;
    return true;
}

QUrl SimBridge::baseUrl() const
{
    QUrl url;
    url.setScheme(m_tls ? QStringLiteral("https") : QStringLiteral("http"));
    url.setHost(m_address.toString());
    url.setPort(m_port);
    return url;
}

void SimBridge::goDown()
{
    if (!m_up)
        return;
    m_up = false;
    m_server->closeAll();
    m_events->closeAll();
    m_cluster.live().bridgeWentDown(*this);
    Q_EMIT stateChanged(false);
}

bool SimBridge::comeUp()
{
    if (m_up)
        return true;
    if (!m_server->reopen(m_address, m_port))
        return false;
    m_server->setAccepting(!m_faults.frozen);   // a frozen bridge that restarts is still hung
    m_up = true;
    m_startedAt = QDateTime::currentDateTimeUtc();
    Q_EMIT stateChanged(true);
    return true;
}

void SimBridge::setFrozen(bool frozen)
{
    if (m_faults.frozen == frozen)
        return;
    m_faults.frozen = frozen;
    m_server->setAccepting(!frozen);
    m_events->setFrozen(frozen);
}

} // namespace cmssim
