#include "live/calllegdetailsreader.h"

#include "api/cmsreply.h"
#include "api/cmsrequest.h"
#include "net/connection.h"

#include <QUrlQuery>

namespace cms {

namespace {
constexpr int kDefaultIntervalMs = 2000;
} // namespace

CallLegDetailsReader::CallLegDetailsReader(Connection &connection, QObject *parent)
    : QObject(parent)
    , m_connection(&connection)
{
    // Single shot, started again when a read ends: a slow bridge is never asked twice at once.
    m_timer.setSingleShot(true);
    m_timer.setInterval(kDefaultIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &CallLegDetailsReader::read);
}

CallLegDetailsReader::~CallLegDetailsReader()
{
    stop();
}

void CallLegDetailsReader::setIntervalMs(int ms)
{
    m_timer.setInterval(qMax(0, ms));
}

void CallLegDetailsReader::start(int bridge, const QString &participantId)
{
    stop();
    if (bridge != m_bridge || participantId != m_participantId) {
        m_legs.clear();
        m_lastUpdate = {};
        m_lastError = {};
    }
    m_bridge = bridge;
    m_participantId = participantId;
    m_running = true;
    read();
}

void CallLegDetailsReader::stop()
{
    m_running = false;
    m_timer.stop();
    cancelReplies();
}

bool CallLegDetailsReader::connectionLost() const
{
    return !m_connection || m_connection->isClosed();
}

void CallLegDetailsReader::read()
{
    if (!m_running || m_reading)
        return;
    if (connectionLost()) {
        // Said at the next turn of the event loop, never inside start().
        m_running = false;
        m_lastError = Connection::closedError();
        QMetaObject::invokeMethod(this, [this, error = m_lastError] { Q_EMIT failed(error); }, Qt::QueuedConnection);
        return;
    }
    m_reading = true;
    const quint64 round = ++m_round;
    Q_EMIT readStarted();
    // A participant has a leg or two: the first page (10 items or more on every server) holds them all.
    QUrlQuery filter;
    filter.addQueryItem(QStringLiteral("participantFilter"), m_participantId);
    CmsReply *reply = m_connection->send(m_bridge, CmsRequest::get(QStringLiteral("callLegs"), filter));
    m_listReply = reply;
    connect(reply, &CmsReply::finished, this, [this, reply, round] { onListed(reply, round); });
}

void CallLegDetailsReader::onListed(CmsReply *reply, quint64 round)
{
    if (round != m_round)
        return;   // stopped or started again meanwhile
    m_listReply = nullptr;
    CmsError problem = reply->error();
    const CmsCollection list = problem ? CmsCollection{} : reply->collection(&problem);
    if (problem) {
        fail(problem);
        return;
    }
    m_read = QList<std::optional<CallLegStats>>(list.items.size());
    m_waiting = int(list.items.size());
    if (m_waiting == 0) {
        succeed();
        return;
    }
    for (int position = 0; position < list.items.size(); ++position) {
        CmsReply *leg = m_connection->send(m_bridge, CmsRequest::get(QStringLiteral("callLegs/") + list.items.at(position).id()));
        m_pending.append(leg);
        connect(leg, &CmsReply::finished, this, [this, leg, round, position] { onLegRead(leg, round, position); });
    }
}

void CallLegDetailsReader::onLegRead(CmsReply *reply, quint64 round, int position)
{
    if (round != m_round)
        return;
    --m_waiting;
    CmsError problem = reply->error();
    const CmsNode node = problem ? CmsNode{} : reply->object(&problem);
    if (!problem) {
        m_read[position] = CallLegStats::fromNode(node);
    } else if (!(problem.kind == CmsError::Kind::ServerRefused && problem.reason == QLatin1String("callLegDoesNotExist"))) {
        // (A leg that ended after the list was read is not a failure: it is left out.)
        fail(problem);
        return;
    }
    if (m_waiting == 0)
        succeed();
}

void CallLegDetailsReader::succeed()
{
    m_reading = false;
    m_pending.clear();
    m_legs.clear();
    for (const std::optional<CallLegStats> &leg : std::as_const(m_read)) {
        if (leg)
            m_legs.append(*leg);
    }
    m_read.clear();
    m_lastUpdate = QDateTime::currentDateTimeUtc();
    m_lastError = {};
    scheduleNext();   // before the signal, so that a receiver may stop() or start() again
    Q_EMIT legsRead(m_legs);
}

void CallLegDetailsReader::fail(const CmsError &error)
{
    cancelReplies();
    m_lastError = error;
    if (connectionLost())
        m_running = false;   // nothing more can be read through it
    scheduleNext();
    Q_EMIT failed(error);
}

// Ends the read under way, if any: its replies still to come are ignored, those still running cancelled.
void CallLegDetailsReader::cancelReplies()
{
    ++m_round;
    m_reading = false;
    m_read.clear();
    m_waiting = 0;
    QList<QPointer<CmsReply>> replies = std::exchange(m_pending, {});
    replies.append(std::exchange(m_listReply, nullptr));
    for (const QPointer<CmsReply> &reply : std::as_const(replies)) {
        if (reply && !reply->isFinished())
            reply->cancel();
    }
}

void CallLegDetailsReader::scheduleNext()
{
    if (m_running)
        m_timer.start();
}

} // namespace cms
