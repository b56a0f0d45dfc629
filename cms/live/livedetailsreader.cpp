#include "live/livedetailsreader.h"

#include "api/cmsreply.h"
#include "net/connection.h"

#include <QDateTime>
#include <QUrlQuery>

namespace cms {

namespace {

// The moment something began that has run for `seconds` now, in milliseconds since the epoch;
// absent when the reply had no duration.
void putStart(QJsonObject &elements, const QString &key, const CmsNode &node, QStringView durationPath)
{
    bool ok = false;
    const qint64 seconds = node.value(durationPath).toLongLong(&ok);
    if (ok && seconds >= 0)
        elements.insert(key, double(QDateTime::currentMSecsSinceEpoch() - seconds * 1000));
}

} // namespace

LiveDetailsReader::LiveDetailsReader(Connection &connection, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
{
}

LiveDetailsReader::~LiveDetailsReader()
{
    clear();
}

void LiveDetailsReader::readCall(int bridge, const QString &callId)
{
    enqueue(bridge, Kind::Call, callId);
}

void LiveDetailsReader::readParticipant(int bridge, const QString &participantId)
{
    enqueue(bridge, Kind::Participant, participantId);
}

void LiveDetailsReader::enqueue(int bridge, Kind kind, const QString &id)
{
    if (id.isEmpty() || m_wanted.contains(id) || m_running.contains(id))
        return;
    m_wanted.insert(id);
    m_queues[bridge].append(Job{kind, id});
    pump(bridge);
}

void LiveDetailsReader::forget(const QString &id)
{
    // A queued job stays in its queue until its turn and is skipped then: no search through the queue.
    if (m_wanted.remove(id))
        return;
    const auto it = m_running.constFind(id);
    if (it == m_running.constEnd())
        return;
    const Running running = *it;
    m_running.erase(it);
    --m_inFlight[running.bridge];
    if (running.reply && !running.reply->isFinished())
        running.reply->cancel();   // its handler finds nothing running under that id any more
    pump(running.bridge);
}

void LiveDetailsReader::clear()
{
    m_queues.clear();
    m_wanted.clear();
    m_inFlight.clear();
    m_spaces.clear();
    const QHash<QString, Running> running = std::exchange(m_running, {});
    for (const Running &r : running) {
        if (r.reply && !r.reply->isFinished())
            r.reply->cancel();
    }
}

void LiveDetailsReader::pump(int bridge)
{
    QList<Job> &queue = m_queues[bridge];
    while (m_inFlight.value(bridge) < m_maxInFlight && !queue.isEmpty()) {
        const Job job = queue.takeFirst();
        if (!m_wanted.remove(job.id))
            continue;   // forgotten while it waited
        ++m_inFlight[bridge];
        m_running.insert(job.id, Running{bridge, ++m_serial, {}});
        if (job.kind == Kind::Call)
            startCall(job.id);
        else
            startParticipant(job.id);
    }
}

void LiveDetailsReader::send(const QString &id, const CmsRequest &request, bool shared, const Then &then)
{
    Running &running = m_running[id];
    CmsReply *reply = shared ? m_connection.sendShared(request) : m_connection.send(running.bridge, request);
    running.reply = reply;
    const quint64 serial = running.serial;
    connect(reply, &CmsReply::finished, this, [this, reply, id, serial, then] {
        const auto it = m_running.find(id);
        if (it == m_running.end() || it->serial != serial)
            return;   // forgotten or cleared meanwhile
        it->reply = nullptr;
        then(*reply);
    });
}

void LiveDetailsReader::finish(const QString &id)
{
    const auto it = m_running.constFind(id);
    if (it == m_running.constEnd())
        return;
    const int bridge = it->bridge;
    m_running.erase(it);
    --m_inFlight[bridge];
    pump(bridge);
}

void LiveDetailsReader::startCall(const QString &id)
{
    send(id, CmsRequest::get(QStringLiteral("calls/") + id), false, [this, id](const CmsReply &reply) {
        CmsError problem;
        const CmsNode call = reply.isOk() ? reply.object(&problem) : CmsNode{};
        if (!reply.isOk() || problem) {
            finish(id);
            return;
        }
        QJsonObject elements;
        putStart(elements, QStringLiteral("startTime"), call, u"durationSeconds");
        const QString space = call.value(u"coSpace");
        elements.insert(QStringLiteral("coSpace"), space);
        if (space.isEmpty()) {
            finish(id);
            Q_EMIT callRead(id, elements);
            return;
        }
        readSpace(id, space, elements);
    });
}

void LiveDetailsReader::readSpace(const QString &callId, const QString &spaceId, QJsonObject elements)
{
    const auto emitWith = [this, callId](QJsonObject e, const Space &space) {
        e.insert(QStringLiteral("coSpaceName"), space.name);
        e.insert(QStringLiteral("coSpaceUri"), space.uri);
        finish(callId);
        Q_EMIT callRead(callId, e);
    };
    const auto known = m_spaces.constFind(spaceId);
    if (known != m_spaces.constEnd()) {
        emitWith(elements, *known);
        return;
    }
    send(callId, CmsRequest::get(QStringLiteral("coSpaces/") + spaceId), true,
         [this, callId, spaceId, elements, emitWith](const CmsReply &reply) {
             CmsError problem;
             const CmsNode node = reply.isOk() ? reply.object(&problem) : CmsNode{};
             if (!reply.isOk() || problem) {
                 // The call's own fields are still worth having; the space is tried again with the next call.
                 finish(callId);
                 Q_EMIT callRead(callId, elements);
                 return;
             }
             const Space space{node.value(u"name"), node.value(u"uri")};
             m_spaces.insert(spaceId, space);
             emitWith(elements, space);
         });
}

void LiveDetailsReader::startParticipant(const QString &id)
{
    send(id, CmsRequest::get(QStringLiteral("participants/") + id), false, [this, id](const CmsReply &reply) {
        CmsError problem;
        const CmsNode participant = reply.isOk() ? reply.object(&problem) : CmsNode{};
        if (!reply.isOk() || problem) {
            finish(id);
            return;
        }
        QJsonObject elements;
        elements.insert(QStringLiteral("userJid"), participant.value(u"userJid"));
        readLeg(id, elements);
    });
}

// The type of a participant and its time in the call are its call leg's.
void LiveDetailsReader::readLeg(const QString &id, const QJsonObject &elements)
{
    QUrlQuery filter;
    filter.addQueryItem(QStringLiteral("participantFilter"), id);
    send(id, CmsRequest::get(QStringLiteral("callLegs"), filter), false, [this, id, elements](const CmsReply &legs) {
        const QList<CmsNode> items = legs.isOk() ? legs.collection().items : QList<CmsNode>{};
        if (items.isEmpty()) {
            finish(id);
            Q_EMIT participantRead(id, elements);
            return;
        }
        send(id, CmsRequest::get(QStringLiteral("callLegs/") + items.first().id()), false,
             [this, id, elements](const CmsReply &reply) {
                 CmsError problem;
                 const CmsNode leg = reply.isOk() ? reply.object(&problem) : CmsNode{};
                 QJsonObject all = elements;
                 if (reply.isOk() && !problem) {
                     all.insert(QStringLiteral("type"), leg.value(u"type"));
                     putStart(all, QStringLiteral("joinTime"), leg, u"status/durationSeconds");
                 }
                 finish(id);
                 Q_EMIT participantRead(id, all);
             });
    });
}

} // namespace cms
