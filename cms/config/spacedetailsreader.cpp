#include "config/spacedetailsreader.h"

#include "net/connection.h"
#include "net/objectrequest.h"

#include <QTimer>

namespace cms {

SpaceDetailsReader::SpaceDetailsReader(Connection &connection, QObject *parent)
    : QObject(parent)
    , m_connection(&connection)
{
}

SpaceDetailsReader::~SpaceDetailsReader()
{
    // Nobody waits for these answers any more.
    for (auto it = m_inFlight.cbegin(); it != m_inFlight.cend(); ++it) {
        it.key()->disconnect(this);
        it.key()->cancel();
    }
}

void SpaceDetailsReader::read(const QStringList &ids)
{
    for (const QString &id : ids) {
        if (id.isEmpty() || isPending(id))
            continue;
        m_queue.push_back(id);
        m_queuedIds.insert(id);
    }
    startNext();
}

void SpaceDetailsReader::cancelQueued()
{
    m_queue.clear();
    m_queuedIds.clear();
}

void SpaceDetailsReader::startNext()
{
    if (!m_connection) {
        // Nothing can be read any more: each read waiting fails, after the call that queued it.
        const std::deque<QString> dropped = std::exchange(m_queue, {});
        m_queuedIds.clear();
        QTimer::singleShot(0, this, [this, dropped] {
            for (const QString &id : dropped)
                Q_EMIT readFailed(id, Connection::closedError());
        });
        return;
    }
    while (!m_queue.empty() && int(m_inFlight.size()) < m_maxInFlight) {
        const QString id = m_queue.front();
        m_queue.pop_front();
        m_queuedIds.remove(id);
        ObjectRequest *request = ObjectRequest::read(*m_connection, QStringLiteral("coSpaces/") + id, this);
        m_inFlight.insert(request, id);
        m_inFlightIds.insert(id);
        // ObjectRequest finishes asynchronously, never inside read().
        connect(request, &ObjectRequest::finished, this, [this, request] { onFinished(request); });
    }
}

void SpaceDetailsReader::onFinished(ObjectRequest *request)
{
    const QString id = m_inFlight.take(request);
    m_inFlightIds.remove(id);
    request->deleteLater();
    // A slot is free: start the next read before reporting, so a receiver that queues more keeps
    // the order.
    startNext();
    if (request->isOk())
        Q_EMIT objectRead(id, request->object());
    else
        Q_EMIT readFailed(id, request->error());
}

} // namespace cms
