#pragma once

#include "live/livefeed.h"
#include "live/livetypes.h"

#include <QPointer>
#include <QTimer>

namespace cms {

class CmsReply;
class Connection;
class EventsClient;
class LivePoller;

// Chooses and keeps up how one call bridge's live state is followed: the events socket when the
// server has it (2.9 and later), reconnecting with back-off and a fresh token, and polling when it
// has not (an older softwareVersion, or authTokens answering 404) or when the socket keeps
// failing, trying events again now and then. Forwards whichever source is in use; reports an empty call list when the bridge is
// down, since a failed bridge's calls end there.
class LiveBridge : public LiveFeed
{
    Q_OBJECT
public:
    LiveBridge(Connection &connection, int endpointIndex, QObject *parent = nullptr);
    ~LiveBridge() override;

    void setPollIntervalMs(int ms);
    void setPollingOnly(bool pollingOnly) { m_pollingOnly = pollingOnly; }
    void setRetryDelays(int firstMs, int maxMs);
    // Socket failures in a row (before any update came through) after which polling takes over.
    void setSocketFailureLimit(int failures) { m_socketFailureLimit = qMax(1, failures); }
    // After falling back to polling because the socket kept failing, events are tried again this
    // often (polling goes on until they work).
    void setEventsRetryMs(int ms) { m_eventsRetry.setInterval(qMax(1, ms)); }

    void start();
    void stop();
    BridgeMode mode() const { return m_mode; }
    int tokensRequested() const;

Q_SIGNALS:
    void modeChanged(cms::BridgeMode mode);

private:
    void probe();
    void onStatus(CmsReply *reply);
    void startEvents();
    void startPolling(bool retryEvents);
    void retireEvents();
    void onEventsFailed(int failure);
    void retryLater();
    void goDown();
    void setMode(BridgeMode mode);
    void forward(LiveFeed *source);

    Connection &m_connection;
    int m_index;
    BridgeMode m_mode = BridgeMode::Connecting;
    bool m_running = false;
    bool m_pollingOnly = false;
    int m_pollIntervalMs = 2000;
    int m_firstRetryMs = 250;
    int m_maxRetryMs = 10000;
    int m_retryMs = 250;
    int m_socketFailures = 0;
    int m_socketFailureLimit = 3;
    int m_tokensBefore = 0;
    QTimer m_retry;
    QTimer m_eventsRetry;
    QPointer<CmsReply> m_status;
    EventsClient *m_events = nullptr;
    LivePoller *m_poller = nullptr;
};

} // namespace cms
