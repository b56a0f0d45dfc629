#include "live/calllocator.h"

#include "api/cmsreply.h"
#include "net/connection.h"

namespace cms {

CallLocator::CallLocator(Connection &connection, QString path, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_path(std::move(path))
{
}

void CallLocator::start()
{
    m_pending = m_connection.endpointCount();
    if (m_pending == 0) {
        m_done = true;
        QMetaObject::invokeMethod(this, [this] { Q_EMIT failed(CmsError(CmsError::Kind::InvalidInput, QStringLiteral("no endpoints"))); },
                                  Qt::QueuedConnection);
        return;
    }
    for (int i = 0; i < m_connection.endpointCount(); ++i) {
        CmsReply *reply = m_connection.send(i, CmsRequest::get(m_path));
        connect(reply, &CmsReply::finished, this, [this, i, reply] {
            CmsError problem;
            CmsNode object;
            if (reply->isOk())
                object = reply->object(&problem);
            answered(i, reply->isOk() ? problem : reply->error(), object);
        }, Qt::SingleShotConnection);
    }
}

void CallLocator::answered(int endpointIndex, const CmsError &error, const CmsNode &object)
{
    --m_pending;
    if (m_done)
        return;
    if (error.isOk()) {
        if (!object.has(u"callBridge")) {
            m_done = true;
            Q_EMIT located(endpointIndex, object);
            return;
        }
        if (m_remoteView < 0) {
            m_remoteView = endpointIndex;
            m_remoteObject = object;
        }
    } else if (error.kind == CmsError::Kind::ServerRefused) {
        m_refusal = error;
    } else {
        m_unreachable = error;
    }
    if (m_pending > 0)
        return;
    m_done = true;
    if (m_remoteView >= 0)
        Q_EMIT located(m_remoteView, m_remoteObject);
    else
        Q_EMIT failed(m_unreachable.isOk() ? m_refusal : m_unreachable);
}

} // namespace cms
