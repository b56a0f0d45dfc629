#pragma once

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>

namespace cms {

class LiveCluster;

// When the console saw each space's meeting end: the moment the last call on the space went from the
// live state of the cluster (every instance, on every call bridge). A space whose call comes back is
// forgotten until that call goes too. Calls that go because a bridge went down, or because the live
// state stopped, say nothing about the meeting and are not counted. Made when the session opens
// (cms::SessionServices) so that it sees every end while the session stays open.
class MeetingEndLog : public QObject
{
    Q_OBJECT
public:
    explicit MeetingEndLog(LiveCluster &live, QObject *parent = nullptr);

    // UTC; invalid when no end of that space's meeting was seen.
    QDateTime endOf(const QString &spaceId) const { return m_ends.value(spaceId); }
    bool isRunning(const QString &spaceId) const;

Q_SIGNALS:
    void meetingEnded(const QString &spaceId, const QDateTime &at);

private:
    void noteCall(const QString &callId);
    void callGone(const QString &callId);

    struct Call
    {
        QString space;
        int bridge = -1;
    };
    QPointer<LiveCluster> m_live;
    QHash<QString, Call> m_calls;   // calls that have a space, by call id
    QHash<QString, QDateTime> m_ends;   // by space id
};

} // namespace cms
