#pragma once

#include "api/cmserror.h"
#include "meetings/placeholderpool.h"
#include "meetings/placeholderstate.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <functional>

namespace cms {

class Connection;

// Reads placeholder pools from a cluster. readPools(): the bulk parameter sets, grouped into pools.
// readStates(): the state of every placeholder of one pool: its space (found by URI, through a
// filtered list), the calls of every call bridge (a meeting's instances, with their participant
// counts), and the page of each space that needs a closer look (in a meeting, or named otherwise
// than its placeholder; every space with setDeepCheck(true), which also finds non-member access or a
// passcode left on a free placeholder). finished() comes once per read, with error() set when the
// configuration could not be read; a call bridge that does not answer is named in bridgeProblems()
// (its meetings are then not seen). The connection is held weakly: a closed one ends the read.
class PlaceholderPoolReader : public QObject
{
    Q_OBJECT
public:
    explicit PlaceholderPoolReader(Connection &connection, QObject *parent = nullptr);

    void setDeepCheck(bool deep) { m_deep = deep; }
    void readPools();
    void readStates(const PlaceholderPool &pool);

    const CmsError &error() const { return m_error; }
    const QList<PlaceholderPool> &pools() const { return m_pools; }
    const QList<PlaceholderState> &states() const { return m_states; }
    QStringList bridgeProblems() const { return m_bridgeProblems; }
    int pagesFetched() const { return m_pagesFetched; }   // of the spaces' list, by the last readStates()

    // The meetings of every call bridge, by space id (the calls lists, then each call's page).
    struct Meetings
    {
        QHash<QString, SpaceMeeting> bySpace;
        QList<int> silentBridges;   // bridges whose calls could not be read
        QStringList problems;       // translated, one per silent bridge
    };
    static void readMeetings(Connection &connection, QObject *context, const std::function<void(const Meetings &)> &done);

Q_SIGNALS:
    void progress(qint64 done, qint64 total);
    void finished();

private:
    void readSpaces();
    void readDetails(QList<QString> spaceIds);
    void classifyAll();
    void fail(const CmsError &error);
    bool gone();

    QPointer<Connection> m_connection;
    bool m_deep = false;
    bool m_busy = false;
    CmsError m_error;
    QList<PlaceholderPool> m_pools;
    PlaceholderPool m_pool;
    QHash<int, CmsNode> m_spaces;          // by placeholder index
    QHash<QString, int> m_indexOfSpace;    // space id → index
    QHash<QString, bool> m_detailed;       // space id → its own page was read
    QHash<QString, SpaceMeeting> m_meetings;
    QList<PlaceholderState> m_states;
    QStringList m_bridgeProblems;
    int m_pagesFetched = 0;
};

} // namespace cms
