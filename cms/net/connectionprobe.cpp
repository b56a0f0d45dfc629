#include "net/connectionprobe.h"

#include "api/cmsreply.h"
#include "net/transport.h"

#include <QDateTime>

namespace cms {

ConnectionProbe::ConnectionProbe(QObject *parent)
    : QObject(parent)
    , m_transport(new Transport(this))
{
    // A probe answers the person waiting in front of a dialog: no long back-off on a busy bridge.
    m_transport->setBusyRetries(0, 0);
}

ConnectionProbe::~ConnectionProbe()
{
    // Nobody listens any more: drop the reply quietly (the transport finishes it as it goes).
    if (m_reply) {
        disconnect(m_reply, nullptr, this, nullptr);
        m_reply->cancel();
    }
}

void ConnectionProbe::setTimeoutMs(int ms)
{
    m_transport->setTimeoutMs(ms);
}

void ConnectionProbe::start(const Endpoint &endpoint)
{
    cancel();
    CmsReply *reply = m_transport->send(endpoint, CmsRequest::get(QStringLiteral("system/status")));
    m_reply = reply;
    connect(reply, &CmsReply::finished, this, [this, reply] {
        if (m_reply != reply)
            return;
        m_reply = nullptr;
        const QDateTime receivedAt = QDateTime::currentDateTimeUtc();
        CmsError error = reply->error();
        SystemStatus status;
        if (error.isOk()) {
            const CmsNode node = reply->object(&error);
            if (error.isOk() && node.name != QLatin1String("status"))
                error = CmsError(CmsError::Kind::MalformedReply,
                                 QStringLiteral("expected <status>, got <%1>").arg(node.name));
            if (error.isOk())
                status = SystemStatus::fromNode(node, receivedAt);
        }
        Q_EMIT finished(error, status);
    });
}

void ConnectionProbe::cancel()
{
    if (!m_reply)
        return;
    // Finish this probe here and now, so that a cancelled probe never reports after a new start().
    CmsReply *reply = m_reply;
    m_reply = nullptr;
    disconnect(reply, nullptr, this, nullptr);
    reply->cancel();
    Q_EMIT finished(CmsError(CmsError::Kind::Cancelled), SystemStatus());
}

} // namespace cms
