#pragma once

#include "api/cmsnode.h"
#include "live/livefeed.h"

#include <QHash>
#include <QList>
#include <QPointer>
#include <QTimer>
#include <QUrlQuery>

#include <functional>

namespace cms {

class CmsReply;
class Connection;

// Follows one call bridge's live state by polling, for servers without events (before 2.9) or
// when the socket keeps failing: every interval it lists /calls and each call's /participants
// (the participants this bridge hosts; remote ones of a distributed call belong to their own
// bridge), reads the details of participants it has not seen, and reports complete lists, which
// the receiver diffs against what it has.
class LivePoller : public LiveFeed
{
    Q_OBJECT
public:
    LivePoller(Connection &connection, int endpointIndex, QObject *parent = nullptr);
    ~LivePoller() override;

    void setIntervalMs(int ms) { m_intervalMs = qMax(10, ms); }
    // How many known participants have their details (lobby state, mute) read again on each poll,
    // those read longest ago first: the lists carry neither, and reading everyone on every poll
    // would cost too much on a large bridge.
    void setRefreshPerPoll(int participants) { m_refreshPerPoll = qMax(0, participants); }
    int intervalMs() const { return m_intervalMs; }
    void start();
    void stop();
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    // After each poll: ok false when the bridge could not be reached (nothing is reported then).
    void polled(bool ok);

private:
    struct CallSeen
    {
        QJsonObject elements;
        QStringList participants;
        bool listed = false;
    };
    // Pages through a live collection of this bridge: offset advances by what each page held.
    void list(const QString &path, qint64 offset, QList<CmsNode> items,
              const std::function<void(bool, const QList<CmsNode> &)> &done);
    void poll();
    void onCalls(bool ok, const QList<CmsNode> &calls);
    void onParticipants(const QString &callId, bool ok, const QList<CmsNode> &participants);
    void readDetails(const QString &participantId);
    void readMute(const QString &participantId);
    void refreshStalest();
    void finishWhenDone();
    void finish(bool ok);
    CmsReply *send(const QString &path, const QUrlQuery &query = {});

    Connection &m_connection;
    int m_index;
    int m_intervalMs = 2000;
    bool m_running = false;
    QTimer m_timer;
    int m_pending = 0;
    bool m_failed = false;
    quint64 m_generation = 0;
    QStringList m_callOrder;                       // this poll
    QHash<QString, CallSeen> m_calls;              // this poll
    QHash<QString, QJsonObject> m_details;         // participant id -> elements, kept between polls
    int m_refreshPerPoll = 20;
    quint64 m_pollNumber = 0;
    bool m_refreshDone = false;
    QStringList m_known;                           // this poll: participants seen before
    QHash<QString, quint64> m_lastRefreshed;       // participant id -> poll that last read its details
    QList<QPointer<CmsReply>> m_inFlight;
};

} // namespace cms
