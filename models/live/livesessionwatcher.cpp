#include "live/livesessionwatcher.h"

#include "cluster/clustersession.h"
#include "cluster/sessionservices.h"
#include "common/displayformat.h"
#include "live/livecluster.h"
#include "schema/schema.h"

namespace models {

LiveSessionWatcher::LiveSessionWatcher(QObject *parent)
    : QObject(parent)
{
}

void LiveSessionWatcher::setSession(cms::ClusterSession *session)
{
    if (session == m_session)
        return;
    detach();
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (session) {
        connect(session, &cms::ClusterSession::stateChanged, this, &LiveSessionWatcher::sync);
        connect(session, &cms::ClusterSession::profileChanged, this, &LiveSessionWatcher::bridgesRenamed);
        connect(session, &cms::ClusterSession::liveModeChanged, this,
                [this](int bridge) { Q_EMIT bridgeModeChanged(bridge); });
        connect(session, &QObject::destroyed, this, &LiveSessionWatcher::detach);
    }
    sync();
}

cms::ClusterSession *LiveSessionWatcher::session() const
{
    return m_session;
}

cms::LiveCluster *LiveSessionWatcher::live() const
{
    return m_live;
}

void LiveSessionWatcher::sync()
{
    cms::SessionServices *services = m_session ? m_session->services() : nullptr;
    cms::LiveCluster *live = services ? &services->liveCluster() : nullptr;
    if (m_attached && live == m_live)
        return;
    detach();
    if (live)
        attach(live);
}

void LiveSessionWatcher::attach(cms::LiveCluster *live)
{
    m_live = live;
    m_attached = true;
    // Its own destruction without the session saying so first (the session destroyed): let go.
    connect(live, &QObject::destroyed, this, &LiveSessionWatcher::detach);
    Q_EMIT attached(live);
}

void LiveSessionWatcher::detach()
{
    if (!m_attached)
        return;
    m_attached = false;
    if (m_live)
        disconnect(m_live, nullptr, this, nullptr);
    m_live = nullptr;
    Q_EMIT detached();
}

QString LiveSessionWatcher::clusterId() const
{
    return m_session ? m_session->profile().id : QString();
}

QString LiveSessionWatcher::bridgeName(int bridge) const
{
    if (!m_session || bridge < 0 || bridge >= m_session->endpointCount())
        return {};
    const cms::EndpointProfile &endpoint = m_session->profile().endpoints.at(bridge);
    return endpoint.name.isEmpty() ? DisplayFormat::hostPort(endpoint.address) : endpoint.name;
}

int LiveSessionWatcher::bridgeVersion(int bridge) const
{
    return cms::Schema::versionNumber(bridgeVersionText(bridge));
}

QString LiveSessionWatcher::bridgeVersionText(int bridge) const
{
    if (!m_session || bridge < 0 || bridge >= m_session->endpointCount())
        return {};
    return m_session->status(bridge).softwareVersion;
}

} // namespace models
