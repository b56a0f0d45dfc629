#pragma once

#include <QObject>

#include <memory>

namespace cms {

class Connection;
class LiveCluster;
class MeetingEndLog;
class ObjectNames;
class SpaceCatalog;

// What the panes of one open cluster session observe: the session's shared state, read from the
// cluster once and kept while the session stays open, whoever looks at it.
//
// The pattern, for the services here and those to come (the profiles catalog…):
//  - A pane asks the session for its services (ClusterSession::services(), null unless Open) and
//    for the one it shows. Each is made on first use, without starting network work, and is then
//    shared: two panes, or one pane hidden and shown again, get the same object, with its rows,
//    its loading, its progress and its last error.
//  - The pane starts what it needs through the service (loadOnce() when first shown, refresh(),
//    cancel()) and shows what the service says; it holds no network work of its own, so a load
//    started in one pane shows its progress, and can be cancelled, in every other.
//  - The session owns its services and destroys them when it closes (after emitting stateChanged,
//    at the next turn of the event loop) or goes, always before its connection. Observers hold
//    them by QPointer and let go on the session's stateChanged; a model still showing one when it
//    is destroyed announces its rows removed (models::SpacesModel).
// The live state of the bridges is the one exception to "made on first use": the session follows it
// from the moment it opens (for each bridge's events or polling status), so liveCluster() hands out
// that same object rather than a second one.
class SessionServices : public QObject
{
    Q_OBJECT
public:
    // `live` is the session's own, which outlives these services (ClusterSession::live()).
    SessionServices(Connection &connection, LiveCluster &live, QObject *parent = nullptr);
    ~SessionServices() override;

    // Every call and participant of every call bridge, as events or polling report them
    // (live/livecluster.h). Already started: its calls arrive as the bridges answer.
    LiveCluster &liveCluster() { return m_live; }

    // Every space of the cluster (config/spacecatalog.h).
    SpaceCatalog &spaceCatalog();
    // The names of tenants and profiles that spaces refer to by id (config/objectnames.h).
    ObjectNames &objectNames();
    // When each space's meeting was seen to end (meetings/meetingendlog.h). Another exception to
    // "made on first use": it follows the live state from the moment the session opens, or it would
    // miss the ends before it was first asked for.
    MeetingEndLog &meetingEnds() { return *m_meetingEnds; }

private:
    Connection &m_connection;
    LiveCluster &m_live;
    std::unique_ptr<SpaceCatalog> m_spaceCatalog;
    std::unique_ptr<ObjectNames> m_objectNames;
    std::unique_ptr<MeetingEndLog> m_meetingEnds;
};

} // namespace cms
