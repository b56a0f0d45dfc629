#pragma once

#include "live/participantmimecodec.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QPointer>
#include <QStringList>
#include <QTimer>

#include <memory>
#include <vector>

namespace cms {
class ClusterSession;
class LiveCluster;
struct LiveCall;
} // namespace cms

namespace models {

class LiveSessionWatcher;
class RecentChanges;

// The calls of one cluster as a tree, over the session's live state (cms::LiveCluster): one
// top-level row per meeting, in the order meetings began. A meeting spread over call bridges (call
// instances sharing a callCorrelator) has one child row per instance, in the order they appeared;
// a meeting on one bridge has none. The meeting row sums up its instances (participants added up,
// every bridge named, locked / recording / streaming when any instance is, the duration of the
// oldest).
//
// Live changes arrive as rows inserted, rows removed and dataChanged, never as a reset, so that a
// view keeps its selection and scroll position: a second instance appearing inserts both child
// rows under the meeting, the last but one leaving removes them; a call whose correlator changes
// moves to the meeting it now belongs to (removed, then inserted). A row whose shown values changed
// (name, participants, lobby, lock, recording, streaming) is marked for RecentChanges::durationMs()
// (RecentlyChangedRole); details read once (space, start time) change it without marking it. While
// there are rows, the Duration column ticks: one dataChanged a second for that column only.
//
// Drops: a call row accepts our participants MIME type (ParticipantMimeCodec). checkDrop() says
// whether the participants dragged may go into that call and, if not, why, in a sentence;
// dropMimeData() only emits moveRequested(): the move itself is run by the caller.
class CallsModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum class Column {
        Name,           // the call's name (its space's when it has none)
        Space,          // "name (URI)" of its space, where known
        Bridges,        // the call bridges it runs on, by name
        Participants,   // "12", or "12 (3 in the lobby)"
        Duration,       // "12:05", ticking
        Locked,         // Yes / No
        Recording,      // Yes / No
        Streaming,      // Yes / No
        Count
    };
    Q_ENUM(Column)

    enum Role {
        RawValueRole = Qt::UserRole + 1,   // sortable raw value: QString, int, qint64 seconds, bool; invalid when unknown
        CallIdsRole,           // QStringList: the meeting's instances; a child row: its own call
        CallIdRole,            // QString: the call a drop or an action on this row targets (a meeting row: its first instance)
        BridgeIndexRole,       // int: the call bridge of CallIdRole's call
        CorrelatorRole,        // QString: the meeting's callCorrelator (empty when the server gave none)
        InstanceCountRole,     // int: call instances of the meeting (1 on a child row)
        LobbyCountRole,        // int: participants waiting in the lobby
        IsInstanceRole,        // bool: a child row (one call instance of a distributed meeting)
        RecentlyChangedRole,   // bool: the row changed a moment ago
        SearchTextRole,        // QString: folded text a search looks in (meeting, space and participants)
    };

    // Why participants may not be dropped on a call (checkDrop()).
    enum class DropRefusal {
        None,               // the drop is allowed
        NotParticipants,    // the data carries none of our participants
        NoTarget,           // not dropped on a call row
        TargetEnded,        // the call dropped on has ended
        OtherCluster,       // the participants belong to another cluster
        ParticipantLeft,    // a participant is no longer in any call
        SameCall,           // a participant is already in that meeting
        CannotMove,         // the server says the participant cannot be moved
        ServerTooOld,       // moves need CMS 2.6
        WebAppServerTooOld, // a web app participant, and a server before 3.2
    };
    Q_ENUM(DropRefusal)

    struct DropCheck
    {
        DropRefusal refusal = DropRefusal::None;
        QString message;   // translated; empty when allowed
        bool isAllowed() const { return refusal == DropRefusal::None; }
    };

    explicit CallsModel(QObject *parent = nullptr);
    ~CallsModel() override;

    // The session whose calls are shown (not owned; may be null): its live state while it is open.
    void setSession(cms::ClusterSession *session);
    cms::ClusterSession *session() const;

    // How long a changed row stays marked (RecentlyChangedRole); RecentChanges::DefaultDurationMs.
    void setRecentChangeMs(int ms);
    // How long after the live state is attached, or a bridge's mode changes, changes are not marked
    // (RecentChanges::settle()).
    void setRecentChangeSettleMs(int ms);
    // Whether the Duration column is ticking (only while there are rows).
    bool isTicking() const { return m_tick.isActive(); }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    // The row that shows a call: its child row in a distributed meeting, else its meeting's row.
    QModelIndex indexOfCall(const QString &callId, int column = 0) const;
    // The meeting row of a correlator or of one of its calls.
    QModelIndex indexOfMeeting(const QString &callIdOrCorrelator, int column = 0) const;

    QStringList mimeTypes() const override;
    Qt::DropActions supportedDropActions() const override;   // MoveAction
    // True when checkDrop() allows it, for a MoveAction onto a row (row == -1, parent the call row).
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    // Emits moveRequested() when canDropMimeData() allows the drop; moves nothing itself.
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent) override;
    // Whether the participants `data` carries may be moved into the call at `target`, and if not why.
    DropCheck checkDrop(const QMimeData *data, const QModelIndex &target) const;
    DropCheck checkDrop(const QList<ParticipantRef> &participants, const QModelIndex &target) const;

    // The language changed: headers and translated cells are said again.
    void retranslate();

Q_SIGNALS:
    // Participants dropped on a call: move them there (POST /calls/<target>/participants on the
    // target's bridge; cms::ParticipantMove).
    void moveRequested(const QList<models::ParticipantRef> &participants, const QString &targetCallId);

private:
    struct Meeting
    {
        QString key;          // its correlator, or its only call's id when the server gave none
        QStringList callIds;  // instances, in the order they appeared
    };

    void attach(cms::LiveCluster *live);
    void detach();
    void addCall(const QString &callId);
    void removeCall(const QString &callId);
    void onCallChanged(const QString &callId, const QStringList &fields);
    void onParticipantsChanged(const QString &callId, bool shownValuesChanged);
    void callChanged(const QString &callId, bool mark);
    void markExpired(const QStringList &callIds);
    void updateTicking();
    void tick();
    void emitRowsChanged(const Meeting &meeting, int firstColumn, int lastColumn, const QList<int> &roles = {});

    int rowOf(const Meeting *meeting) const;
    Meeting *meetingOfIndex(const QModelIndex &index) const;   // the row's meeting (its own, or its parent's)
    QString callOfIndex(const QModelIndex &index) const;       // a child row's call; empty on meeting rows
    static QString keyOf(const cms::LiveCall &call);
    QList<const cms::LiveCall *> callsOf(const Meeting &meeting, const QString &only = {}) const;
    QVariant cellData(const Meeting &meeting, const QString &only, Column column, int role) const;
    QVariant displayValue(const QList<const cms::LiveCall *> &calls, Column column) const;
    QVariant rawValue(const QList<const cms::LiveCall *> &calls, Column column) const;
    int participantCount(const QList<const cms::LiveCall *> &calls) const;
    int lobbyCount(const QList<const cms::LiveCall *> &calls) const;
    QString searchText(const Meeting &meeting) const;

    LiveSessionWatcher *m_watcher = nullptr;   // child
    RecentChanges *m_recent = nullptr;         // child; keyed by call id
    QPointer<cms::LiveCluster> m_live;
    std::vector<std::unique_ptr<Meeting>> m_meetings;
    QHash<QString, Meeting *> m_byKey;
    QHash<QString, Meeting *> m_ofCall;
    mutable QHash<const Meeting *, QString> m_searchText;   // folded, made when first asked
    QTimer m_tick;
};

} // namespace models
