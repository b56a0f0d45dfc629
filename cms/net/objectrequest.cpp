#include "net/objectrequest.h"

#include "api/cmsreply.h"
#include "api/cmsrequest.h"
#include "net/connection.h"

namespace cms {

ObjectRequest *ObjectRequest::read(Connection &connection, const QString &path, QObject *parent)
{
    return new ObjectRequest(connection, CmsRequest::get(path), parent);
}

ObjectRequest *ObjectRequest::remove(Connection &connection, const QString &path, QObject *parent)
{
    return new ObjectRequest(connection, CmsRequest::del(path), parent);
}

ObjectRequest::ObjectRequest(Connection &connection, const CmsRequest &request, QObject *parent)
    : QObject(parent)
    , m_reply(connection.sendShared(request))
    , m_read(request.method == QByteArrayLiteral("GET"))
{
    connect(m_reply, &CmsReply::finished, this, &ObjectRequest::onReplyFinished);
}

ObjectRequest::~ObjectRequest()
{
    if (m_reply && !m_reply->isFinished()) // the request goes on; nobody waits for its answer
        connect(m_reply, &CmsReply::finished, m_reply, &QObject::deleteLater);
}

void ObjectRequest::cancel()
{
    if (m_reply && !m_finished)
        m_reply->cancel(); // finishes the reply as Cancelled, which finishes this request
}

void ObjectRequest::onReplyFinished()
{
    if (m_finished)
        return;
    m_finished = true;
    m_reply->deleteLater();
    m_error = m_reply->error();
    m_mayHaveHappened = !m_read && m_reply->mayHaveBeenCarriedOut();
    m_error.mayHaveTakenEffect = m_mayHaveHappened;
    if (m_error.isOk() && m_read)
        m_object = m_reply->object(&m_error);
    Q_EMIT finished();
}

} // namespace cms
