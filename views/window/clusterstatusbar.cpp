#include "window/clusterstatusbar.h"

#include "cluster/clustersession.h"

#include <QEvent>
#include <QLabel>

namespace views {

namespace {

QString endpointText(const cms::ClusterProfile &profile, int index)
{
    const cms::EndpointProfile &e = profile.endpoints.at(index);
    const QString address = e.address.host() + QLatin1Char(':') + QString::number(e.address.port(443));
    return e.name.isEmpty() ? address : QStringLiteral("%1 (%2)").arg(e.name, address);
}

} // namespace

ClusterStatusBar::ClusterStatusBar(QWidget *parent)
    : QStatusBar(parent)
    , m_endpoint(new QLabel(this))
    , m_failover(new QLabel(this))
    , m_live(new QLabel(this))
{
    m_endpoint->setObjectName(QStringLiteral("endpointStatus"));
    m_failover->setObjectName(QStringLiteral("failoverStatus"));
    m_live->setObjectName(QStringLiteral("liveStatus"));
    addWidget(m_endpoint, 2);
    addWidget(m_failover, 1);
    addWidget(m_live, 1);
    refresh();
}

void ClusterStatusBar::setSession(cms::ClusterSession *session)
{
    if (m_session == session)
        return;
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (session) {
        connect(session, &cms::ClusterSession::stateChanged, this, &ClusterStatusBar::refresh);
        connect(session, &cms::ClusterSession::profileChanged, this, &ClusterStatusBar::refresh);
        connect(session, &cms::ClusterSession::endpointStateChanged, this, &ClusterStatusBar::refresh);
        connect(session, &cms::ClusterSession::activeEndpointChanged, this, &ClusterStatusBar::refresh);
        connect(session, &cms::ClusterSession::liveModeChanged, this, &ClusterStatusBar::refresh);
        connect(session, &QObject::destroyed, this, &ClusterStatusBar::refresh, Qt::QueuedConnection);
    }
    refresh();
}

cms::ClusterSession *ClusterStatusBar::session() const
{
    return m_session;
}

void ClusterStatusBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QStatusBar::changeEvent(event);
}

void ClusterStatusBar::refresh()
{
    cms::ClusterSession *s = m_session;
    if (!s || s->state() != cms::ClusterSession::State::Open || s->endpointCount() == 0) {
        m_endpoint->setText(!s ? tr("No cluster selected")
                               : s->state() == cms::ClusterSession::State::Opening ? tr("Connecting to %1…").arg(s->name())
                               : s->state() == cms::ClusterSession::State::Failed  ? s->errorMessage()
                                                                                   : tr("%1 is not connected").arg(s->name()));
        m_failover->clear();
        m_live->clear();
        return;
    }

    const int active = s->activeEndpoint();
    const bool activeAnswers = active >= 0 && s->endpointState(active) != cms::EndpointState::Down;
    m_endpoint->setText(activeAnswers ? tr("Active endpoint: %1").arg(endpointText(s->profile(), active))
                                      : tr("Active endpoint: none answers"));

    if (!activeAnswers)
        m_failover->setText(tr("Failover: no call bridge answers"));
    else if (active == 0)
        m_failover->setText(tr("Failover: on the primary"));
    else
        m_failover->setText(tr("Failover: on alternate %1").arg(endpointText(s->profile(), active)));

    int events = 0;
    int polling = 0;
    for (int i = 0; i < s->endpointCount(); ++i) {
        const cms::BridgeMode mode = s->liveMode(i);
        events += mode == cms::BridgeMode::Events ? 1 : 0;
        polling += mode == cms::BridgeMode::Polling ? 1 : 0;
    }
    if (events > 0 && polling == 0)
        m_live->setText(tr("Live updates: events"));
    else if (polling > 0 && events == 0)
        m_live->setText(tr("Live updates: polling"));
    else if (events > 0)
        m_live->setText(tr("Live updates: events on %Ln bridge(s), polling on %1", nullptr, events).arg(polling));
    else
        m_live->setText(tr("Live updates: connecting…"));
    m_live->setToolTip(tr("Events arrive at once over a WebSocket (CMS 2.9 and later); polling reads the calls "
                          "again at intervals when events are not available."));
}

} // namespace views
