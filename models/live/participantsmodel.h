#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QPointer>
#include <QSet>
#include <QStringList>
#include <QTimer>

namespace cms {
class ClusterSession;
class LiveCluster;
struct LiveParticipant;
} // namespace cms

namespace models {

class LiveSessionWatcher;
class RecentChanges;

// The participants of one cluster as a flat table, over the session's live state (cms::LiveCluster):
// those of the calls chosen with setCalls() (call ids, or correlators for every instance of a
// meeting, including instances that appear later), or of every call (setAllCalls(), the default).
// Rows are in the order people were seen; sorting and searching go through a proxy
// (LiveFilterProxyModel).
//
// Live changes, and a change of the calls shown, arrive as rows inserted, rows removed and
// dataChanged, never as a reset, so that a view keeps its selection and scroll position. A row whose
// shown values changed (joined, muted, admitted, presenting…) is marked for
// RecentChanges::durationMs() (RecentlyChangedRole); details read once (kind, user, join time) change
// it without marking it. While there are rows, the Time in call column ticks: one dataChanged a
// second for that column only.
//
// Drags: a participant that can be moved is drag-enabled; mimeData() carries the dragged rows in our
// MIME type (ParticipantMimeCodec: cluster, bridge, call and participant ids). The drop side
// (CallsModel) decides whether the move is allowed.
class ParticipantsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Column {
        Name,
        Address,         // URI
        Kind,            // SIP, Web app, Skype for Business… (a phrase, never the API's value)
        Meeting,         // the call's name
        Bridge,          // the hosting call bridge, by name
        State,           // Connected, Ringing, In the lobby…
        AudioMuted,      // Yes / No
        VideoMuted,      // Yes / No
        Presenter,       // Yes / No; "—" on a polled bridge (polling cannot tell)
        ActiveSpeaker,   // Yes / No; "—" on a polled bridge
        Host,            // Yes / No: an activator, who lets guests out of the lobby
        CanMove,         // Yes / No
        TimeInCall,      // "12:05", ticking
        Count
    };
    Q_ENUM(Column)

    enum Role {
        RawValueRole = Qt::UserRole + 1,   // sortable raw value: QString, bool, qint64 seconds; invalid when unknown
        ParticipantIdRole,     // QString
        CallIdRole,            // QString: the call instance hosting the participant
        BridgeIndexRole,       // int: the hosting call bridge (endpoint index)
        CanMoveRole,           // bool
        CorrelatorRole,        // QString: the meeting's callCorrelator
        InLobbyRole,           // bool: waiting in the lobby
        LegTypeRole,           // QString: the call leg's type as the API says it (sip, acano, lync…), for icons
        RecentlyChangedRole,   // bool: the row changed a moment ago
        SearchTextRole,        // QString: folded text a search looks in (participant and meeting)
    };

    explicit ParticipantsModel(QObject *parent = nullptr);
    ~ParticipantsModel() override;

    // The session whose participants are shown (not owned; may be null): its live state while open.
    void setSession(cms::ClusterSession *session);
    cms::ClusterSession *session() const;

    // The participants of these calls (call ids or correlators) only.
    void setCalls(const QStringList &callIdsOrCorrelators);
    // The participants of every call of the cluster.
    void setAllCalls();
    bool showsAllCalls() const { return m_all; }
    QStringList calls() const { return m_scope.values(); }   // empty when showing all

    void setRecentChangeMs(int ms);
    // How long after the live state is attached, or a bridge's mode changes, changes are not marked
    // (RecentChanges::settle()).
    void setRecentChangeSettleMs(int ms);
    bool isTicking() const { return m_tick.isActive(); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    QString participantIdAt(int row) const { return m_rows.value(row); }
    QModelIndex indexOfParticipant(const QString &participantId, int column = 0) const;

    QStringList mimeTypes() const override;
    // Our MIME type with the dragged rows (each row once, whatever columns were selected).
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDragActions() const override;   // MoveAction

    // The language changed: headers and translated cells are said again.
    void retranslate();

    // How a call leg's type and a participant's state are said (empty for an unknown type not yet read).
    static QString kindText(const QString &legType);
    static QString stateText(const cms::LiveParticipant &participant);

private:
    void attach(cms::LiveCluster *live);
    void detach();
    bool inScope(const QString &callId) const;
    void syncScope();
    void addParticipant(const QString &callId, const QString &participantId);
    void removeParticipant(const QString &participantId);
    void onParticipantChanged(const QString &participantId, const QStringList &fields);
    void onCallChanged(const QString &callId, const QStringList &fields);
    void rowChanged(const QString &participantId, bool mark);
    void callRowsChanged(const QString &callId, int firstColumn, int lastColumn);
    void markExpired(const QStringList &participantIds);
    void updateTicking();
    void tick();
    int rowOf(const QString &participantId) const;
    void appendRows(const QStringList &participantIds);
    QVariant displayValue(const cms::LiveParticipant &p, Column column) const;
    QVariant rawValue(const cms::LiveParticipant &p, Column column) const;
    QString searchText(const cms::LiveParticipant &p) const;
    bool followsSpeakers(int bridge) const;

    LiveSessionWatcher *m_watcher = nullptr;   // child
    RecentChanges *m_recent = nullptr;         // child; keyed by participant id
    QPointer<cms::LiveCluster> m_live;
    bool m_all = true;
    QSet<QString> m_scope;                      // call ids and correlators, unless m_all
    QStringList m_rows;                         // participant ids
    mutable QHash<QString, int> m_rowOf;        // participant id -> row, made again after removals
    mutable bool m_rowOfStale = false;
    mutable QHash<QString, QString> m_searchText;   // participant id -> folded text, made when first asked
    QTimer m_tick;
};

} // namespace models
