#pragma once

#include "api/cmserror.h"
#include "live/calllegstats.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace cms {

class CmsReply;
class Connection;

// Follows the call legs of one participant while someone looks at them: reads them now, then again
// every interval() after each read ends, until stop(). A read asks the call bridge that hosts the
// participant (live objects belong to one bridge) for its legs (GET /callLegs?participantFilter=<id>),
// then each leg in full (GET /callLegs/<leg>, all at once), and says the result in one legsRead().
//
// A read that fails says why in failed() and changes nothing: legs() keeps the last good figures, and
// the next read comes at the usual time. A leg that ends between the list and its own read is simply
// left out. The reader holds the connection weakly: once it is closed or gone, failed() says so and the
// refreshing stops. Nothing blocks; stop() cancels the read under way.
class CallLegDetailsReader : public QObject
{
    Q_OBJECT
public:
    explicit CallLegDetailsReader(Connection &connection, QObject *parent = nullptr);
    ~CallLegDetailsReader() override;

    // Time from the end of one read to the start of the next; 2 s unless set.
    void setIntervalMs(int ms);
    int intervalMs() const { return m_timer.interval(); }

    // Follows that participant, hosted on that call bridge (endpoint index): a first read now. The
    // figures of another participant followed before are forgotten; those of the same one stay until
    // the read ends (a view shown again keeps showing them meanwhile).
    void start(int bridge, const QString &participantId);
    // Stops refreshing and cancels the read under way; the last figures stay.
    void stop();
    bool isRunning() const { return m_running; }
    bool isReading() const { return m_reading; }

    int bridge() const { return m_bridge; }
    QString participantId() const { return m_participantId; }
    // The last figures read, legs in the server's order; empty until the first read.
    const QList<CallLegStats> &legs() const { return m_legs; }
    QDateTime lastUpdate() const { return m_lastUpdate; }   // UTC; invalid until the first read
    const CmsError &lastError() const { return m_lastError; }   // of the last read; None after a good one

Q_SIGNALS:
    void readStarted();
    void legsRead(const QList<cms::CallLegStats> &legs);
    void failed(const cms::CmsError &error);

private:
    void read();
    void onListed(CmsReply *reply, quint64 round);
    void onLegRead(CmsReply *reply, quint64 round, int position);
    void succeed();
    void fail(const CmsError &error);
    void cancelReplies();
    void scheduleNext();
    bool connectionLost() const;

    QPointer<Connection> m_connection;
    QTimer m_timer;
    bool m_running = false;
    bool m_reading = false;
    int m_bridge = -1;
    QString m_participantId;
    quint64 m_round = 0;   // replies of an earlier read (before stop() or start()) are ignored
    QPointer<CmsReply> m_listReply;
    QList<QPointer<CmsReply>> m_pending;        // leg reads under way
    QList<std::optional<CallLegStats>> m_read;  // this read's legs, in list order (empty: ended meanwhile)
    int m_waiting = 0;
    QList<CallLegStats> m_legs;
    QDateTime m_lastUpdate;
    CmsError m_lastError;
};

} // namespace cms
