#include "live/livebridge.h"

#include "api/cmsreply.h"
#include "net/connection.h"
#include "live/eventsclient.h"
#include "live/livepoller.h"

#include <QVersionNumber>

namespace cms {

namespace {
const QVersionNumber kEventsSince(2, 9);
}

LiveBridge::LiveBridge(Connection &connection, int endpointIndex, QObject *parent)
    : LiveFeed(parent)
    , m_connection(connection)
    , m_index(endpointIndex)
{
    m_retry.setSingleShot(true);
    m_eventsRetry.setSingleShot(true);
    m_eventsRetry.setInterval(60000);
    connect(&m_eventsRetry, &QTimer::timeout, this, [this] {
        m_socketFailures = 0;
        startEvents();
    });
}

LiveBridge::~LiveBridge()
{
    stop();
}

void LiveBridge::setPollIntervalMs(int ms)
{
    m_pollIntervalMs = ms;
    if (m_poller)
        m_poller->setIntervalMs(ms);
}

void LiveBridge::setRetryDelays(int firstMs, int maxMs)
{
    m_firstRetryMs = qMax(1, firstMs);
    m_maxRetryMs = qMax(m_firstRetryMs, maxMs);
    m_retryMs = m_firstRetryMs;
}

int LiveBridge::tokensRequested() const
{
    return m_tokensBefore + (m_events ? m_events->tokensRequested() : 0);
}

void LiveBridge::start()
{
    stop();
    m_running = true;
    m_retryMs = m_firstRetryMs;
    m_socketFailures = 0;
    setMode(BridgeMode::Connecting);
    probe();
}

void LiveBridge::stop()
{
    m_running = false;
    m_retry.stop();
    m_eventsRetry.stop();
    m_retry.disconnect(this);
    if (m_status && !m_status->isFinished())
        m_status->cancel();
    m_status = nullptr;
    if (m_events) {
        m_tokensBefore += m_events->tokensRequested();
        delete std::exchange(m_events, nullptr);
    }
    delete std::exchange(m_poller, nullptr);
}

void LiveBridge::retireEvents()
{
    if (!m_events)
        return;
    m_tokensBefore += m_events->tokensRequested();
    m_events->disconnect(this);
    m_events->deleteLater();
    m_events = nullptr;
}

void LiveBridge::probe()
{
    m_status = m_connection.send(m_index, CmsRequest::get(QStringLiteral("system/status")));
    CmsReply *reply = m_status;
    connect(reply, &CmsReply::finished, this, [this, reply] { onStatus(reply); });
}

void LiveBridge::onStatus(CmsReply *reply)
{
    if (!m_running || reply != m_status)
        return;
    m_status = nullptr;
    if (!reply->isOk()) {
        goDown();
        m_retry.disconnect(this);
        connect(&m_retry, &QTimer::timeout, this, &LiveBridge::probe);
        retryLater();
        return;
    }
    // "3.8.1", "2.0(RC)": the leading numbers decide.
    const QVersionNumber version = QVersionNumber::fromString(reply->object().value(u"softwareVersion"));
    if (m_pollingOnly || (!version.isNull() && version < kEventsSince))
        startPolling(false);
    else
        startEvents();
}

void LiveBridge::startEvents()
{
    m_events = new EventsClient(m_connection, m_index, this);
    forward(m_events);
    connect(m_events, &EventsClient::established, this, [this] {
        // Events work (again): polling, if it was standing in, is no longer needed.
        delete std::exchange(m_poller, nullptr);
        m_socketFailures = 0;
        m_retryMs = m_firstRetryMs;
        setMode(BridgeMode::Events);
    });
    connect(m_events, &EventsClient::failed, this,
            [this](EventsClient::Failure failure) { onEventsFailed(int(failure)); });
    m_retry.disconnect(this);
    connect(&m_retry, &QTimer::timeout, m_events, &EventsClient::start);
    m_events->start();
}

void LiveBridge::onEventsFailed(int failure)
{
    if (m_poller) {
        // A trial of events while polling stands in: polling goes on until the next trial.
        if (EventsClient::Failure(failure) == EventsClient::Failure::NoEvents
            || ++m_socketFailures >= m_socketFailureLimit) {
            m_retry.stop();
            retireEvents();
            if (EventsClient::Failure(failure) != EventsClient::Failure::NoEvents)
                m_eventsRetry.start();
            return;
        }
        retryLater();
        return;
    }
    switch (EventsClient::Failure(failure)) {
    case EventsClient::Failure::NoEvents:
        startPolling(false);
        return;
    case EventsClient::Failure::Unreachable:
        goDown();
        break;
    case EventsClient::Failure::SocketFailed:
        if (++m_socketFailures >= m_socketFailureLimit) {
            startPolling(true);
            return;
        }
        setMode(BridgeMode::Connecting);
        break;
    case EventsClient::Failure::Closed:
        // It worked until now: reconnect at once; what the bridge holds comes again in full.
        m_socketFailures = 0;
        m_retryMs = m_firstRetryMs;
        setMode(BridgeMode::Connecting);
        break;
    }
    retryLater();
}

void LiveBridge::startPolling(bool retryEvents)
{
    retireEvents();
    m_retry.stop();
    m_retry.disconnect(this);
    m_poller = new LivePoller(m_connection, m_index, this);
    m_poller->setIntervalMs(m_pollIntervalMs);
    forward(m_poller);
    connect(m_poller, &LivePoller::polled, this, [this](bool ok) {
        if (ok)
            setMode(BridgeMode::Polling);
        else
            goDown();
    });
    m_poller->start();
    if (retryEvents)
        m_eventsRetry.start();
}

void LiveBridge::retryLater()
{
    if (!m_running)
        return;
    m_retry.start(m_retryMs);
    m_retryMs = qMin(m_retryMs * 2, m_maxRetryMs);
}

void LiveBridge::goDown()
{
    if (m_mode == BridgeMode::Down)
        return;
    setMode(BridgeMode::Down);
    Q_EMIT callsListed({});
}

void LiveBridge::setMode(BridgeMode mode)
{
    if (m_mode == mode)
        return;
    m_mode = mode;
    Q_EMIT modeChanged(mode);
}

void LiveBridge::forward(LiveFeed *source)
{
    connect(source, &LiveFeed::callsListed, this, &LiveFeed::callsListed);
    connect(source, &LiveFeed::callUpdated, this, &LiveFeed::callUpdated);
    connect(source, &LiveFeed::callRemoved, this, &LiveFeed::callRemoved);
    connect(source, &LiveFeed::rosterListed, this, &LiveFeed::rosterListed);
    connect(source, &LiveFeed::participantUpdated, this, &LiveFeed::participantUpdated);
    connect(source, &LiveFeed::participantRemoved, this, &LiveFeed::participantRemoved);
}

} // namespace cms
