#include "live/callsmodel.h"

#include "cluster/clustersession.h"
#include "common/displayformat.h"
#include "common/languagewatcher.h"
#include "config/spacesearchindex.h"
#include "live/livecluster.h"
#include "live/livesessionwatcher.h"
#include "live/recentchanges.h"

#include <QDateTime>
#include <QLocale>
#include <QMimeData>

#include <algorithm>

namespace models {

namespace {

constexpr int ColumnCount = int(CallsModel::Column::Count);
constexpr int kMovesSince = 206;
constexpr int kWebAppMovesSince = 302;
constexpr QChar kFieldSeparator(0x1F);   // a search term never spans two fields

bool anyOf(const QStringList &fields, std::initializer_list<QLatin1String> names)
{
    return std::any_of(names.begin(), names.end(), [&fields](QLatin1String n) { return fields.contains(n); });
}

QString yesNo(bool value)
{
    return value ? CallsModel::tr("Yes") : CallsModel::tr("No");
}

void appendFolded(QString &text, const QString &field)
{
    if (field.isEmpty())
        return;
    text += cms::SpaceSearchIndex::fold(field);
    text += kFieldSeparator;
}

} // namespace

CallsModel::CallsModel(QObject *parent)
    : QAbstractItemModel(parent)
    , m_watcher(new LiveSessionWatcher(this))
    , m_recent(new RecentChanges(this))
{
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, &CallsModel::tick);
    connect(m_watcher, &LiveSessionWatcher::attached, this, &CallsModel::attach);
    connect(m_watcher, &LiveSessionWatcher::detached, this, &CallsModel::detach);
    connect(m_watcher, &LiveSessionWatcher::bridgeModeChanged, m_recent, &RecentChanges::settle);   // lists again
    connect(m_watcher, &LiveSessionWatcher::bridgesRenamed, this, [this] {
        if (!m_meetings.empty())
            Q_EMIT dataChanged(index(0, int(Column::Bridges)), index(rowCount() - 1, int(Column::Bridges)));
        for (const auto &meeting : m_meetings)
            emitRowsChanged(*meeting, int(Column::Bridges), int(Column::Bridges));
    });
    connect(m_recent, &RecentChanges::expired, this, &CallsModel::markExpired);
    connect(new LanguageWatcher(this), &LanguageWatcher::languageChanged, this, &CallsModel::retranslate);
}

CallsModel::~CallsModel() = default;

void CallsModel::setSession(cms::ClusterSession *session)
{
    m_watcher->setSession(session);
}

cms::ClusterSession *CallsModel::session() const
{
    return m_watcher->session();
}

void CallsModel::setRecentChangeMs(int ms)
{
    m_recent->setDurationMs(ms);
}

void CallsModel::setRecentChangeSettleMs(int ms)
{
    m_recent->setSettleMs(ms);
}

void CallsModel::attach(cms::LiveCluster *live)
{
    m_live = live;
    m_recent->settle();   // the first picture arrives: nothing in it is news
    using L = cms::LiveCluster;
    connect(live, &L::callAdded, this, &CallsModel::addCall);
    connect(live, &L::callRemoved, this, &CallsModel::removeCall);
    connect(live, &L::callChanged, this, &CallsModel::onCallChanged);
    connect(live, &L::participantAdded, this, [this](const QString &callId) { onParticipantsChanged(callId, true); });
    connect(live, &L::participantRemoved, this, [this](const QString &callId) { onParticipantsChanged(callId, true); });
    connect(live, &L::participantChanged, this, [this](const QString &callId, const QString &, const QStringList &fields) {
        if (fields.contains(QLatin1String("deactivated")))
            onParticipantsChanged(callId, true);   // the lobby count changed
        else if (anyOf(fields, {QLatin1String("name"), QLatin1String("uri"), QLatin1String("userJid")}))
            onParticipantsChanged(callId, false);  // only what a search finds
    });
    // The calls already there, without marking them: they did not just change.
    const QStringList calls = live->callIds();
    for (const QString &id : calls)
        addCall(id);
    m_recent->clear();
}

void CallsModel::detach()
{
    if (m_live)
        disconnect(m_live, nullptr, this, nullptr);
    m_live = nullptr;
    m_recent->clear();
    // From our own bookkeeping: the live state may be gone already.
    if (!m_meetings.empty()) {
        beginRemoveRows({}, 0, int(m_meetings.size()) - 1);
        m_meetings.clear();
        m_byKey.clear();
        m_ofCall.clear();
        m_searchText.clear();
        endRemoveRows();
    }
    updateTicking();
}

QString CallsModel::keyOf(const cms::LiveCall &call)
{
    return call.correlator.isEmpty() ? call.id : call.correlator;
}

void CallsModel::addCall(const QString &callId)
{
    const cms::LiveCall *call = m_live ? m_live->call(callId) : nullptr;
    if (!call || m_ofCall.contains(callId))
        return;
    const QString key = keyOf(*call);
    Meeting *meeting = m_byKey.value(key);
    if (!meeting) {
        const int row = int(m_meetings.size());
        beginInsertRows({}, row, row);
        m_meetings.push_back(std::make_unique<Meeting>(Meeting{key, {callId}}));
        meeting = m_meetings.back().get();
        m_byKey.insert(key, meeting);
        m_ofCall.insert(callId, meeting);
        endInsertRows();
        updateTicking();
    } else {
        const QModelIndex parent = index(rowOf(meeting), 0);
        const int instances = int(meeting->callIds.size());
        // One instance shows no child row; two show both.
        const int first = instances == 1 ? 0 : instances;
        beginInsertRows(parent, first, instances);
        meeting->callIds.append(callId);
        m_ofCall.insert(callId, meeting);
        endInsertRows();
        m_searchText.remove(meeting);
        const int row = rowOf(meeting);
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
    m_recent->mark(callId);
}

void CallsModel::removeCall(const QString &callId)
{
    Meeting *meeting = m_ofCall.value(callId);
    if (!meeting)
        return;
    m_recent->forget(callId);
    const int row = rowOf(meeting);
    const int instances = int(meeting->callIds.size());
    if (instances == 1) {
        beginRemoveRows({}, row, row);
        std::unique_ptr<Meeting> removed = std::move(m_meetings[size_t(row)]);
        m_meetings.erase(m_meetings.begin() + row);
        m_byKey.remove(removed->key);
        m_ofCall.remove(callId);
        m_searchText.remove(removed.get());
        endRemoveRows();
        updateTicking();
        return;
    }
    const QModelIndex parent = index(row, 0);
    const int position = int(meeting->callIds.indexOf(callId));
    // Two instances show two child rows; one shows none.
    if (instances == 2)
        beginRemoveRows(parent, 0, 1);
    else
        beginRemoveRows(parent, position, position);
    meeting->callIds.removeAt(position);
    m_ofCall.remove(callId);
    endRemoveRows();
    m_searchText.remove(meeting);
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    for (const QString &id : std::as_const(meeting->callIds))
        m_recent->mark(id);
}

void CallsModel::onCallChanged(const QString &callId, const QStringList &fields)
{
    Meeting *meeting = m_ofCall.value(callId);
    const cms::LiveCall *call = m_live ? m_live->call(callId) : nullptr;
    if (!meeting || !call)
        return;
    if (keyOf(*call) != meeting->key) {
        // Another meeting now: out of this one, into that one.
        removeCall(callId);
        addCall(callId);
        return;
    }
    // Marked when something people see happened; not for details read once (space, start time).
    const bool shown = anyOf(fields, {QLatin1String("name"), QLatin1String("lockState"), QLatin1String("recording"),
                                      QLatin1String("streaming")});
    m_searchText.remove(meeting);
    callChanged(callId, shown);
}

void CallsModel::onParticipantsChanged(const QString &callId, bool shownValuesChanged)
{
    Meeting *meeting = m_ofCall.value(callId);
    if (!meeting)
        return;
    m_searchText.remove(meeting);
    callChanged(callId, shownValuesChanged);
}

// The call's rows (its child row, and its meeting's row) say dataChanged, the call marked if asked.
void CallsModel::callChanged(const QString &callId, bool mark)
{
    Meeting *meeting = m_ofCall.value(callId);
    if (!meeting)
        return;
    if (mark)
        m_recent->mark(callId);
    const int row = rowOf(meeting);
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    if (meeting->callIds.size() > 1) {
        const int child = int(meeting->callIds.indexOf(callId));
        const QModelIndex parent = index(row, 0);
        Q_EMIT dataChanged(index(child, 0, parent), index(child, ColumnCount - 1, parent));
    }
}

void CallsModel::markExpired(const QStringList &callIds)
{
    for (const QString &id : callIds)
        callChanged(id, false);
}

void CallsModel::updateTicking()
{
    if (m_meetings.empty())
        m_tick.stop();
    else if (!m_tick.isActive())
        m_tick.start();
}

void CallsModel::tick()
{
    if (m_meetings.empty())
        return;
    const QList<int> roles{Qt::DisplayRole, RawValueRole};
    const int duration = int(Column::Duration);
    Q_EMIT dataChanged(index(0, duration), index(int(m_meetings.size()) - 1, duration), roles);
    for (const auto &meeting : m_meetings)
        emitRowsChanged(*meeting, duration, duration, roles);
}

// dataChanged for the child rows of a meeting, if it shows any.
void CallsModel::emitRowsChanged(const Meeting &meeting, int firstColumn, int lastColumn, const QList<int> &roles)
{
    const int children = int(meeting.callIds.size());
    if (children < 2)
        return;
    const QModelIndex parent = index(rowOf(&meeting), 0);
    Q_EMIT dataChanged(index(0, firstColumn, parent), index(children - 1, lastColumn, parent), roles);
}

void CallsModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (m_meetings.empty())
        return;
    Q_EMIT dataChanged(index(0, 0), index(int(m_meetings.size()) - 1, ColumnCount - 1));
    for (const auto &meeting : m_meetings)
        emitRowsChanged(*meeting, 0, ColumnCount - 1);
}

int CallsModel::rowOf(const Meeting *meeting) const
{
    for (size_t i = 0; i < m_meetings.size(); ++i) {
        if (m_meetings[i].get() == meeting)
            return int(i);
    }
    return -1;
}

QModelIndex CallsModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0)
        return {};
    if (!parent.isValid())
        return size_t(row) < m_meetings.size() ? createIndex(row, column, nullptr) : QModelIndex();
    if (parent.internalPointer() || parent.row() < 0 || size_t(parent.row()) >= m_meetings.size())
        return {};   // instances have no children
    Meeting *meeting = m_meetings[size_t(parent.row())].get();
    if (meeting->callIds.size() < 2 || row >= meeting->callIds.size())
        return {};
    return createIndex(row, column, meeting);
}

QModelIndex CallsModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || !child.internalPointer())
        return {};
    const int row = rowOf(static_cast<const Meeting *>(child.internalPointer()));
    return row < 0 ? QModelIndex() : createIndex(row, 0, nullptr);
}

int CallsModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_meetings.size());
    if (parent.column() != 0 || parent.internalPointer() || size_t(parent.row()) >= m_meetings.size())
        return 0;
    const qsizetype instances = m_meetings[size_t(parent.row())]->callIds.size();
    return instances > 1 ? int(instances) : 0;
}

int CallsModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

CallsModel::Meeting *CallsModel::meetingOfIndex(const QModelIndex &index) const
{
    if (!index.isValid())
        return nullptr;
    if (index.internalPointer())
        return static_cast<Meeting *>(index.internalPointer());
    return size_t(index.row()) < m_meetings.size() ? m_meetings[size_t(index.row())].get() : nullptr;
}

QString CallsModel::callOfIndex(const QModelIndex &index) const
{
    if (!index.isValid() || !index.internalPointer())
        return {};
    const auto *meeting = static_cast<const Meeting *>(index.internalPointer());
    return meeting->callIds.value(index.row());
}

QList<const cms::LiveCall *> CallsModel::callsOf(const Meeting &meeting, const QString &only) const
{
    QList<const cms::LiveCall *> calls;
    if (!m_live)
        return calls;
    for (const QString &id : meeting.callIds) {
        if (!only.isEmpty() && id != only)
            continue;
        if (const cms::LiveCall *call = m_live->call(id))
            calls.append(call);
    }
    return calls;
}

QVariant CallsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Meeting *meeting = meetingOfIndex(index);
    if (!meeting)
        return {};
    return cellData(*meeting, callOfIndex(index), Column(index.column()), role);
}

QVariant CallsModel::cellData(const Meeting &meeting, const QString &only, Column column, int role) const
{
    const QList<const cms::LiveCall *> calls = callsOf(meeting, only);
    switch (role) {
    case Qt::DisplayRole:
        return calls.isEmpty() ? QVariant() : displayValue(calls, column);
    case RawValueRole:
        return calls.isEmpty() ? QVariant() : rawValue(calls, column);
    case Qt::ToolTipRole:
        if (column == Column::Duration && !calls.isEmpty()) {
            QDateTime start;
            for (const cms::LiveCall *c : calls) {
                if (c->startTime.isValid() && (!start.isValid() || c->startTime < start))
                    start = c->startTime;
            }
            //: Tool tip of a call's duration: when it began
            return start.isValid() ? tr("Started %1").arg(DisplayFormat::dateTime(start)) : QVariant();
        }
        return {};
    case Qt::TextAlignmentRole:
        if (column == Column::Participants || column == Column::Duration)
            return int(Qt::AlignTrailing | Qt::AlignVCenter);
        return {};
    case CallIdsRole:
        return only.isEmpty() ? meeting.callIds : QStringList{only};
    case CallIdRole:
        return only.isEmpty() ? meeting.callIds.value(0) : only;
    case BridgeIndexRole:
        return calls.isEmpty() ? -1 : calls.first()->bridge;
    case CorrelatorRole:
        return calls.isEmpty() ? QString() : calls.first()->correlator;
    case InstanceCountRole:
        return only.isEmpty() ? int(meeting.callIds.size()) : 1;
    case LobbyCountRole:
        return lobbyCount(calls);
    case IsInstanceRole:
        return !only.isEmpty();
    case RecentlyChangedRole:
        return std::any_of(calls.cbegin(), calls.cend(), [this](const cms::LiveCall *c) { return m_recent->isMarked(c->id); });
    case SearchTextRole:
        return searchText(meeting);
    default:
        return {};
    }
}

int CallsModel::participantCount(const QList<const cms::LiveCall *> &calls) const
{
    int count = 0;
    for (const cms::LiveCall *c : calls)
        count += int(m_live->participantIds(c->id).size());
    return count;
}

int CallsModel::lobbyCount(const QList<const cms::LiveCall *> &calls) const
{
    int count = 0;
    for (const cms::LiveCall *c : calls) {
        for (const QString &id : m_live->participantIds(c->id)) {
            const cms::LiveParticipant *p = m_live->participant(id);
            count += p && p->deactivated ? 1 : 0;
        }
    }
    return count;
}

QVariant CallsModel::rawValue(const QList<const cms::LiveCall *> &calls, Column column) const
{
    const cms::LiveCall &first = *calls.first();
    const auto any = [&calls](bool cms::LiveCall::*flag) {
        return std::any_of(calls.cbegin(), calls.cend(), [flag](const cms::LiveCall *c) { return c->*flag; });
    };
    switch (column) {
    case Column::Name:
        return first.name.isEmpty() ? first.coSpaceName : first.name;
    case Column::Space:
        for (const cms::LiveCall *c : calls) {
            if (!c->coSpaceName.isEmpty() || !c->coSpaceUri.isEmpty())
                return c->coSpaceName.isEmpty() ? c->coSpaceUri : c->coSpaceName;
        }
        return QString();
    case Column::Bridges:
        return displayValue(calls, column);
    case Column::Participants:
        return participantCount(calls);
    case Column::Duration: {
        QDateTime start;
        for (const cms::LiveCall *c : calls) {
            if (c->startTime.isValid() && (!start.isValid() || c->startTime < start))
                start = c->startTime;
        }
        if (!start.isValid())
            return {};
        return qMax<qint64>(0, start.secsTo(QDateTime::currentDateTimeUtc()));
    }
    case Column::Locked:
        return any(&cms::LiveCall::locked);
    case Column::Recording:
        return any(&cms::LiveCall::recording);
    case Column::Streaming:
        return any(&cms::LiveCall::streaming);
    case Column::Count:
        break;
    }
    return {};
}

QVariant CallsModel::displayValue(const QList<const cms::LiveCall *> &calls, Column column) const
{
    switch (column) {
    case Column::Name: {
        const QString name = rawValue(calls, column).toString();
        //: A call that has no name and no space
        return name.isEmpty() ? tr("Untitled call") : name;
    }
    case Column::Space:
        for (const cms::LiveCall *c : calls) {
            if (c->coSpaceName.isEmpty() && c->coSpaceUri.isEmpty())
                continue;
            if (c->coSpaceName.isEmpty() || c->coSpaceUri.isEmpty())
                return c->coSpaceName.isEmpty() ? c->coSpaceUri : c->coSpaceName;
            //: A space as the calls list shows it: its name, then its URI in parentheses
            return tr("%1 (%2)").arg(c->coSpaceName, DisplayFormat::isolated(c->coSpaceUri));
        }
        return QString();
    case Column::Bridges: {
        QList<int> bridges;
        for (const cms::LiveCall *c : calls) {
            if (!bridges.contains(c->bridge))
                bridges.append(c->bridge);
        }
        std::sort(bridges.begin(), bridges.end());
        QStringList names;
        for (int b : std::as_const(bridges))
            names.append(m_watcher->bridgeName(b));
        return QLocale().createSeparatedList(names);
    }
    case Column::Participants: {
        const QString count = DisplayFormat::number(participantCount(calls));
        const int lobby = lobbyCount(calls);
        if (lobby == 0)
            return count;
        //: Participants of a call, with how many of them wait in the lobby: "12 (3 in the lobby)"
        return tr("%1 (%Ln in the lobby)", nullptr, lobby).arg(count);
    }
    case Column::Duration: {
        const QVariant seconds = rawValue(calls, column);
        return seconds.isValid() ? DisplayFormat::elapsed(seconds.toLongLong()) : QString();
    }
    case Column::Locked:
    case Column::Recording:
    case Column::Streaming:
        return yesNo(rawValue(calls, column).toBool());
    case Column::Count:
        break;
    }
    return {};
}

QString CallsModel::searchText(const Meeting &meeting) const
{
    const auto cached = m_searchText.constFind(&meeting);
    if (cached != m_searchText.constEnd())
        return *cached;
    QString text;
    for (const cms::LiveCall *c : callsOf(meeting)) {
        appendFolded(text, c->name);
        appendFolded(text, c->coSpaceName);
        appendFolded(text, c->coSpaceUri);
        for (const QString &id : m_live->participantIds(c->id)) {
            if (const cms::LiveParticipant *p = m_live->participant(id)) {
                appendFolded(text, p->name);
                appendFolded(text, p->uri);
                appendFolded(text, p->userJid);
            }
        }
    }
    m_searchText.insert(&meeting, text);
    return text;
}

QVariant CallsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};
    if (role == Qt::TextAlignmentRole) {
        const auto column = Column(section);
        if (column == Column::Participants || column == Column::Duration)
            return int(Qt::AlignTrailing | Qt::AlignVCenter);
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Column::Name:
        //: Column header of the calls list: the meeting's name
        return tr("Meeting");
    case Column::Space:
        //: Column header of the calls list: the space the meeting is held in
        return tr("Space");
    case Column::Bridges:
        //: Column header of the calls list: the call bridges a meeting runs on
        return tr("Call bridges");
    case Column::Participants:
        //: Column header of the calls list: how many people are in the meeting
        return tr("Participants");
    case Column::Duration:
        //: Column header of the calls list: how long the meeting has been running
        return tr("Duration");
    case Column::Locked:
        //: Column header of the calls list: the meeting is locked (Yes/No)
        return tr("Locked");
    case Column::Recording:
        //: Column header of the calls list: the meeting is being recorded (Yes/No)
        return tr("Recording");
    case Column::Streaming:
        //: Column header of the calls list: the meeting is being streamed (Yes/No)
        return tr("Streaming");
    case Column::Count:
        break;
    }
    return {};
}

Qt::ItemFlags CallsModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return Qt::NoItemFlags;
    const Qt::ItemFlags flags = Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsDropEnabled;
    return index.internalPointer() ? flags | Qt::ItemNeverHasChildren : flags;
}

QModelIndex CallsModel::indexOfCall(const QString &callId, int column) const
{
    const Meeting *meeting = m_ofCall.value(callId);
    if (!meeting)
        return {};
    const int row = rowOf(meeting);
    if (meeting->callIds.size() < 2)
        return index(row, column);
    return index(int(meeting->callIds.indexOf(callId)), column, index(row, 0));
}

QModelIndex CallsModel::indexOfMeeting(const QString &callIdOrCorrelator, int column) const
{
    const Meeting *meeting = m_byKey.value(callIdOrCorrelator);
    if (!meeting)
        meeting = m_ofCall.value(callIdOrCorrelator);
    return meeting ? index(rowOf(meeting), column) : QModelIndex();
}

QStringList CallsModel::mimeTypes() const
{
    return {ParticipantMimeCodec::mimeType()};
}

Qt::DropActions CallsModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

bool CallsModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int,
                                 const QModelIndex &parent) const
{
    if (action != Qt::MoveAction || row != -1)
        return false;
    return checkDrop(data, parent).isAllowed();
}

bool CallsModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    Q_EMIT moveRequested(ParticipantMimeCodec::fromMimeData(data), parent.data(CallIdRole).toString());
    return true;
}

CallsModel::DropCheck CallsModel::checkDrop(const QMimeData *data, const QModelIndex &target) const
{
    return checkDrop(ParticipantMimeCodec::fromMimeData(data), target);
}

CallsModel::DropCheck CallsModel::checkDrop(const QList<ParticipantRef> &participants, const QModelIndex &target) const
{
    const auto refuse = [](DropRefusal refusal, const QString &message) { return DropCheck{refusal, message}; };
    if (participants.isEmpty())
        return refuse(DropRefusal::NotParticipants, tr("Only participants can be dropped on a call."));
    const Meeting *meeting = target.isValid() && target.model() == this ? meetingOfIndex(target) : nullptr;
    if (!meeting || !m_live)
        return refuse(DropRefusal::NoTarget, tr("Drop the participants on a call."));
    const QString targetCall = target.data(CallIdRole).toString();
    const cms::LiveCall *call = m_live->call(targetCall);
    if (!call)
        return refuse(DropRefusal::TargetEnded, tr("That meeting has ended."));

    const int targetVersion = m_watcher->bridgeVersion(call->bridge);
    if (targetVersion > 0 && targetVersion < kMovesSince) {
        return refuse(DropRefusal::ServerTooOld, tr("Moving participants needs CMS 2.6 or later; the call bridge %1 runs %2.")
                                                     .arg(m_watcher->bridgeName(call->bridge),
                                                          m_watcher->bridgeVersionText(call->bridge)));
    }
    const QString clusterId = m_watcher->clusterId();
    for (const ParticipantRef &ref : participants) {
        if (ref.clusterId != clusterId)
            return refuse(DropRefusal::OtherCluster,
                          tr("These participants are in another cluster: people can be moved only between meetings of one cluster."));
        const cms::LiveParticipant *p = m_live->participant(ref.participantId);
        if (!p)
            return refuse(DropRefusal::ParticipantLeft, tr("A participant you are dragging has left the meeting."));
        const QString name = DisplayFormat::isolated(p->name.isEmpty() ? p->uri : p->name);
        if (meeting->callIds.contains(p->callId))
            return refuse(DropRefusal::SameCall, tr("%1 is already in this meeting.").arg(name));
        // Before canMove, which a server before 3.2 sets to false for web app participants: this says why.
        if (p->legType == QLatin1String("acano")) {
            // Both bridges take part in a move: the older one decides.
            const int sourceVersion = m_watcher->bridgeVersion(p->bridge);
            const bool sourceOld = sourceVersion > 0 && sourceVersion < kWebAppMovesSince;
            const bool targetOld = targetVersion > 0 && targetVersion < kWebAppMovesSince;
            if (sourceOld || targetOld) {
                const int bridge = sourceOld ? p->bridge : call->bridge;
                return refuse(DropRefusal::WebAppServerTooOld,
                              tr("%1 joined from the web app, and web app participants can be moved from CMS 3.2; the call bridge %2 runs %3.")
                                  .arg(name, m_watcher->bridgeName(bridge), m_watcher->bridgeVersionText(bridge)));
            }
        }
        if (!p->canMove) {
            return refuse(DropRefusal::CannotMove,
                          tr("%1 cannot be moved (for example a Skype for Business participant, or one in a dual-homed meeting).")
                              .arg(name));
        }
    }
    return {};
}

} // namespace models
