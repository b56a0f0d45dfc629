#pragma once

#include "api/cmserror.h"
#include "api/cmsnode.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>
#include <QStringList>

#include <deque>

namespace cms {

class Connection;
class ObjectRequest;

// Reads the full object of spaces one by one (GET coSpaces/<id>), for the fields a coSpaces list does
// not carry. At most maxInFlight() reads run at once, spread over the cluster by Connection::sendShared;
// the rest wait in a queue, first asked first read. An id already queued or being read is not asked
// twice. cancelQueued() drops what waits; the reads under way finish and are reported.
//
// Each read ends with objectRead(id, object) or readFailed(id, error), never before the call that
// queued it returned. Nothing is kept once reported: the object (which may hold the passcode) is the
// receiver's to reduce to what it needs. Once the connection (held weakly) is closed or gone, every
// read still queued fails as Cancelled.
class SpaceDetailsReader : public QObject
{
    Q_OBJECT
public:
    static constexpr int DefaultMaxInFlight = 4;

    explicit SpaceDetailsReader(Connection &connection, QObject *parent = nullptr);
    ~SpaceDetailsReader() override;

    void setMaxInFlight(int n) { m_maxInFlight = qMax(1, n); }
    int maxInFlight() const { return m_maxInFlight; }

    // Queues the ids not queued or being read already.
    void read(const QStringList &ids);
    void cancelQueued();
    // Queued or being read.
    bool isPending(const QString &id) const { return m_queuedIds.contains(id) || m_inFlightIds.contains(id); }
    int queuedCount() const { return int(m_queue.size()); }
    int inFlightCount() const { return int(m_inFlight.size()); }

Q_SIGNALS:
    void objectRead(const QString &id, const cms::CmsNode &object);
    void readFailed(const QString &id, const cms::CmsError &error);

private:
    void startNext();
    void onFinished(ObjectRequest *request);

    QPointer<Connection> m_connection;
    int m_maxInFlight = DefaultMaxInFlight;
    std::deque<QString> m_queue;
    QSet<QString> m_queuedIds;
    QHash<ObjectRequest *, QString> m_inFlight;   // children
    QSet<QString> m_inFlightIds;
};

} // namespace cms
