#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

namespace cms {
class ClusterSession;
class LiveCluster;
} // namespace cms

namespace models {

// Follows, for a live model, the live state of one cluster session: its services' LiveCluster
// (cms::SessionServices::liveCluster()) while the session is open, nothing otherwise. attached()
// comes when there is live state to show (set on an open session, or the session opened), detached()
// before the model must stop looking at it (the session closes, goes, or another is set). Neither
// the session nor its live state is owned. After detached() the live state may already be destroyed:
// a model forgets its rows from its own bookkeeping, without reading it.
class LiveSessionWatcher : public QObject
{
    Q_OBJECT
public:
    explicit LiveSessionWatcher(QObject *parent = nullptr);

    void setSession(cms::ClusterSession *session);
    cms::ClusterSession *session() const;
    cms::LiveCluster *live() const;   // null unless attached

    // The cluster's id (ClusterProfile::id); empty without a session.
    QString clusterId() const;
    // A call bridge as people know it: its name, else host:port.
    QString bridgeName(int bridge) const;
    // The software version a call bridge reported (cms::Schema::versionNumber, e.g. 302), and its
    // text; 0 / empty until it answered.
    int bridgeVersion(int bridge) const;
    QString bridgeVersionText(int bridge) const;

Q_SIGNALS:
    void attached(cms::LiveCluster *live);
    void detached();
    // The bridges' names may have changed (the profile changed).
    void bridgesRenamed();
    // A bridge's live mode changed (events, polling, down).
    void bridgeModeChanged(int bridge);

private:
    void sync();
    void attach(cms::LiveCluster *live);
    void detach();

    QPointer<cms::ClusterSession> m_session;
    QPointer<cms::LiveCluster> m_live;
    bool m_attached = false;
};

} // namespace models
