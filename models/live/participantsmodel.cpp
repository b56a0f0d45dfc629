#include "live/participantsmodel.h"

#include "common/displayformat.h"
#include "common/languagewatcher.h"
#include "config/spacesearchindex.h"
#include "live/livecluster.h"
#include "live/livesessionwatcher.h"
#include "live/participantmimecodec.h"
#include "live/recentchanges.h"

#include <QDateTime>
#include <QMimeData>

#include <algorithm>

namespace models {

namespace {

constexpr int ColumnCount = int(ParticipantsModel::Column::Count);
constexpr QChar kFieldSeparator(0x1F);   // a search term never spans two fields

bool anyOf(const QStringList &fields, std::initializer_list<QLatin1String> names)
{
    return std::any_of(names.begin(), names.end(), [&fields](QLatin1String n) { return fields.contains(n); });
}

// Fields a search looks in.
bool changesSearch(const QStringList &fields)
{
    return anyOf(fields, {QLatin1String("name"), QLatin1String("uri"), QLatin1String("userJid")});
}

// Fields read once per participant: filling them in is not something that happened.
bool onlyDetails(const QStringList &fields)
{
    return std::all_of(fields.cbegin(), fields.cend(), [](const QString &f) {
        return f == QLatin1String("userJid") || f == QLatin1String("type") || f == QLatin1String("joinTime");
    });
}

QString yesNo(bool value)
{
    return value ? ParticipantsModel::tr("Yes") : ParticipantsModel::tr("No");
}

void appendFolded(QString &text, const QString &field)
{
    if (field.isEmpty())
        return;
    text += cms::SpaceSearchIndex::fold(field);
    text += kFieldSeparator;
}

bool isNumberColumn(ParticipantsModel::Column column)
{
    return column == ParticipantsModel::Column::TimeInCall;
}

} // namespace

ParticipantsModel::ParticipantsModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_watcher(new LiveSessionWatcher(this))
    , m_recent(new RecentChanges(this))
{
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, &ParticipantsModel::tick);
    connect(m_watcher, &LiveSessionWatcher::attached, this, &ParticipantsModel::attach);
    connect(m_watcher, &LiveSessionWatcher::detached, this, &ParticipantsModel::detach);
    connect(m_watcher, &LiveSessionWatcher::bridgesRenamed, this, [this] {
        if (!m_rows.isEmpty())
            Q_EMIT dataChanged(index(0, int(Column::Bridge)), index(rowCount() - 1, int(Column::Bridge)));
    });
    // Presenter and active speaker are known only while a bridge is followed through events.
    connect(m_watcher, &LiveSessionWatcher::bridgeModeChanged, this, [this] {
        m_recent->settle();   // a bridge (re)connected lists everything again
        if (!m_rows.isEmpty())
            Q_EMIT dataChanged(index(0, int(Column::Presenter)), index(rowCount() - 1, int(Column::ActiveSpeaker)));
    });
    connect(m_recent, &RecentChanges::expired, this, &ParticipantsModel::markExpired);
    connect(new LanguageWatcher(this), &LanguageWatcher::languageChanged, this, &ParticipantsModel::retranslate);
}

ParticipantsModel::~ParticipantsModel() = default;

void ParticipantsModel::setSession(cms::ClusterSession *session)
{
    m_watcher->setSession(session);
}

cms::ClusterSession *ParticipantsModel::session() const
{
    return m_watcher->session();
}

void ParticipantsModel::setRecentChangeMs(int ms)
{
    m_recent->setDurationMs(ms);
}

void ParticipantsModel::setRecentChangeSettleMs(int ms)
{
    m_recent->setSettleMs(ms);
}

void ParticipantsModel::setCalls(const QStringList &callIdsOrCorrelators)
{
    m_all = false;
    m_scope = QSet<QString>(callIdsOrCorrelators.cbegin(), callIdsOrCorrelators.cend());
    m_scope.remove(QString());
    syncScope();
}

void ParticipantsModel::setAllCalls()
{
    m_all = true;
    m_scope.clear();
    syncScope();
}

void ParticipantsModel::attach(cms::LiveCluster *live)
{
    m_live = live;
    m_recent->settle();   // the first picture arrives: nothing in it is news
    using L = cms::LiveCluster;
    connect(live, &L::participantAdded, this, &ParticipantsModel::addParticipant);
    connect(live, &L::participantRemoved, this,
            [this](const QString &, const QString &participantId) { removeParticipant(participantId); });
    connect(live, &L::participantChanged, this,
            [this](const QString &, const QString &participantId, const QStringList &fields) {
                onParticipantChanged(participantId, fields);
            });
    connect(live, &L::callChanged, this, &ParticipantsModel::onCallChanged);
    syncScope();   // the participants already there, unmarked
}

void ParticipantsModel::detach()
{
    if (m_live)
        disconnect(m_live, nullptr, this, nullptr);
    m_live = nullptr;
    m_recent->clear();
    // From our own bookkeeping: the live state may be gone already.
    if (!m_rows.isEmpty()) {
        beginRemoveRows({}, 0, int(m_rows.size()) - 1);
        m_rows.clear();
        m_rowOf.clear();
        m_rowOfStale = false;
        m_searchText.clear();
        endRemoveRows();
    }
    updateTicking();
}

bool ParticipantsModel::inScope(const QString &callId) const
{
    if (m_all)
        return true;
    if (m_scope.contains(callId))
        return true;
    const cms::LiveCall *call = m_live ? m_live->call(callId) : nullptr;
    return call && !call->correlator.isEmpty() && m_scope.contains(call->correlator);
}

// Rows of participants out of scope are removed (a run of rows at a time), those now in scope
// appended.
void ParticipantsModel::syncScope()
{
    QStringList wanted;
    if (m_live) {
        for (const QString &callId : m_live->callIds()) {
            if (inScope(callId))
                wanted.append(m_live->participantIds(callId));
        }
    }
    const QSet<QString> keep(wanted.cbegin(), wanted.cend());
    for (int last = int(m_rows.size()) - 1; last >= 0;) {
        if (keep.contains(m_rows.at(last))) {
            --last;
            continue;
        }
        int first = last;
        while (first > 0 && !keep.contains(m_rows.at(first - 1)))
            --first;
        beginRemoveRows({}, first, last);
        for (int row = first; row <= last; ++row) {
            m_recent->forget(m_rows.at(row));
            m_searchText.remove(m_rows.at(row));
        }
        m_rows.remove(first, last - first + 1);
        m_rowOfStale = true;
        endRemoveRows();
        last = first - 1;
    }
    QStringList added;
    for (const QString &id : std::as_const(wanted)) {
        if (rowOf(id) < 0)
            added.append(id);
    }
    appendRows(added);
    updateTicking();
}

void ParticipantsModel::appendRows(const QStringList &participantIds)
{
    if (participantIds.isEmpty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(participantIds.size()) - 1);
    for (const QString &id : participantIds) {
        if (!m_rowOfStale)
            m_rowOf.insert(id, int(m_rows.size()));
        m_rows.append(id);
    }
    endInsertRows();
}

void ParticipantsModel::addParticipant(const QString &callId, const QString &participantId)
{
    if (!inScope(callId) || rowOf(participantId) >= 0)
        return;
    appendRows({participantId});
    m_recent->mark(participantId);
    updateTicking();
}

void ParticipantsModel::removeParticipant(const QString &participantId)
{
    const int row = rowOf(participantId);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    m_rowOf.remove(participantId);
    m_rowOfStale = m_rowOfStale || row < m_rows.size();   // rows after it moved up
    m_recent->forget(participantId);
    m_searchText.remove(participantId);
    endRemoveRows();
    updateTicking();
}

void ParticipantsModel::onParticipantChanged(const QString &participantId, const QStringList &fields)
{
    if (rowOf(participantId) < 0)
        return;
    if (changesSearch(fields))
        m_searchText.remove(participantId);
    rowChanged(participantId, !onlyDetails(fields));
}

void ParticipantsModel::onCallChanged(const QString &callId, const QStringList &fields)
{
    if (!m_all && fields.contains(QLatin1String("callCorrelator"))) {
        syncScope();   // a meeting shown by its correlator may have gained or lost this call
        return;
    }
    if (!anyOf(fields, {QLatin1String("name"), QLatin1String("coSpaceName"), QLatin1String("coSpaceUri")}) || !m_live)
        return;
    // The meeting's name and space are part of what a search finds.
    for (const QString &id : m_live->participantIds(callId))
        m_searchText.remove(id);
    callRowsChanged(callId, 0, ColumnCount - 1);
}

void ParticipantsModel::rowChanged(const QString &participantId, bool mark)
{
    const int row = rowOf(participantId);
    if (row < 0)
        return;
    if (mark)
        m_recent->mark(participantId);
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void ParticipantsModel::callRowsChanged(const QString &callId, int firstColumn, int lastColumn)
{
    for (const QString &id : m_live->participantIds(callId)) {
        const int row = rowOf(id);
        if (row >= 0)
            Q_EMIT dataChanged(index(row, firstColumn), index(row, lastColumn));
    }
}

void ParticipantsModel::markExpired(const QStringList &participantIds)
{
    for (const QString &id : participantIds)
        rowChanged(id, false);
}

void ParticipantsModel::updateTicking()
{
    if (m_rows.isEmpty())
        m_tick.stop();
    else if (!m_tick.isActive())
        m_tick.start();
}

void ParticipantsModel::tick()
{
    if (m_rows.isEmpty())
        return;
    const int column = int(Column::TimeInCall);
    Q_EMIT dataChanged(index(0, column), index(rowCount() - 1, column), {Qt::DisplayRole, RawValueRole});
}

void ParticipantsModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int ParticipantsModel::rowOf(const QString &participantId) const
{
    if (m_rowOfStale) {
        m_rowOf.clear();
        m_rowOf.reserve(m_rows.size());
        for (int row = 0; row < m_rows.size(); ++row)
            m_rowOf.insert(m_rows.at(row), row);
        m_rowOfStale = false;
    }
    return m_rowOf.value(participantId, -1);
}

QModelIndex ParticipantsModel::indexOfParticipant(const QString &participantId, int column) const
{
    const int row = rowOf(participantId);
    return row < 0 ? QModelIndex() : index(row, column);
}

int ParticipantsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ParticipantsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ParticipantsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || !m_live)
        return {};
    const QString &id = m_rows.at(index.row());
    const cms::LiveParticipant *p = m_live->participant(id);
    if (!p)
        return {};
    const auto column = Column(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return displayValue(*p, column);
    case RawValueRole:
        return rawValue(*p, column);
    case Qt::ToolTipRole:
        if (column == Column::TimeInCall && p->joinTime.isValid())
            //: Tool tip of a participant's time in the call: when the participant joined
            return tr("Joined %1").arg(DisplayFormat::dateTime(p->joinTime));
        if (column == Column::Name && !p->userJid.isEmpty())
            //: Tool tip of a participant's name: the user account the participant signed in with
            return tr("Signed in as %1").arg(DisplayFormat::isolated(p->userJid));
        return {};
    case Qt::TextAlignmentRole:
        return isNumberColumn(column) ? QVariant(int(Qt::AlignTrailing | Qt::AlignVCenter)) : QVariant();
    case ParticipantIdRole:
        return p->id;
    case CallIdRole:
        return p->callId;
    case BridgeIndexRole:
        return p->bridge;
    case CanMoveRole:
        return p->canMove;
    case CorrelatorRole: {
        const cms::LiveCall *call = m_live->call(p->callId);
        return call ? call->correlator : QString();
    }
    case InLobbyRole:
        return p->deactivated;
    case LegTypeRole:
        return p->legType;
    case RecentlyChangedRole:
        return m_recent->isMarked(id);
    case SearchTextRole:
        return searchText(*p);
    default:
        return {};
    }
}

bool ParticipantsModel::followsSpeakers(int bridge) const
{
    return m_live && m_live->bridgeMode(bridge) != cms::BridgeMode::Polling;
}

QVariant ParticipantsModel::rawValue(const cms::LiveParticipant &p, Column column) const
{
    switch (column) {
    case Column::Name:
        return p.name.isEmpty() ? p.uri : p.name;
    case Column::Address:
        return p.uri;
    case Column::Kind:
        return kindText(p.legType);
    case Column::Meeting: {
        const cms::LiveCall *call = m_live->call(p.callId);
        return call ? (call->name.isEmpty() ? call->coSpaceName : call->name) : QString();
    }
    case Column::Bridge:
        return m_watcher->bridgeName(p.bridge);
    case Column::State:
        return stateText(p);
    case Column::AudioMuted:
        return p.audioMuted;
    case Column::VideoMuted:
        return p.videoMuted;
    case Column::Presenter:
        return followsSpeakers(p.bridge) ? QVariant(p.presenter) : QVariant();
    case Column::ActiveSpeaker:
        return followsSpeakers(p.bridge) ? QVariant(p.activeSpeaker) : QVariant();
    case Column::Host:
        return p.isActivator;
    case Column::CanMove:
        return p.canMove;
    case Column::TimeInCall:
        return p.joinTime.isValid() ? QVariant(qMax<qint64>(0, p.joinTime.secsTo(QDateTime::currentDateTimeUtc())))
                                    : QVariant();
    case Column::Count:
        break;
    }
    return {};
}

QVariant ParticipantsModel::displayValue(const cms::LiveParticipant &p, Column column) const
{
    const QVariant raw = rawValue(p, column);
    switch (column) {
    case Column::AudioMuted:
    case Column::VideoMuted:
    case Column::Host:
    case Column::CanMove:
        return yesNo(raw.toBool());
    case Column::Presenter:
    case Column::ActiveSpeaker:
        //: A yes/no cell the server does not say (a call bridge followed by polling)
        return raw.isValid() ? yesNo(raw.toBool()) : tr("—");
    case Column::TimeInCall:
        return raw.isValid() ? DisplayFormat::elapsed(raw.toLongLong()) : QString();
    case Column::Meeting:
        //: A call that has no name and no space
        return raw.toString().isEmpty() ? tr("Untitled call") : raw;
    default:
        return raw;
    }
}

QString ParticipantsModel::kindText(const QString &legType)
{
    if (legType.isEmpty())
        return {};
    if (legType == QLatin1String("sip"))
        //: Kind of participant: a SIP endpoint (video system or phone)
        return tr("SIP");
    if (legType == QLatin1String("acano"))
        //: Kind of participant: joined from the Meeting Server web app (browser)
        return tr("Web app");
    if (legType == QLatin1String("lync"))
        //: Kind of participant: a Skype for Business (Lync) client
        return tr("Skype for Business");
    if (legType == QLatin1String("lyncDistribution"))
        //: Kind of participant: the link to a Skype for Business meeting (dual-homed meeting)
        return tr("Skype for Business meeting");
    if (legType == QLatin1String("avaya"))
        //: Kind of participant: an Avaya endpoint
        return tr("Avaya");
    if (legType == QLatin1String("spark"))
        //: Kind of participant: joined from Webex
        return tr("Webex");
    //: Kind of participant the console does not know
    return tr("Other", "kind of participant");
}

QString ParticipantsModel::stateText(const cms::LiveParticipant &participant)
{
    if (participant.deactivated)
        //: State of a participant: waiting in the lobby until a host lets them in
        return tr("In the lobby");
    const QString &state = participant.state;
    if (state.isEmpty())
        return {};
    if (state == QLatin1String("connected"))
        //: State of a participant
        return tr("Connected");
    if (state == QLatin1String("ringing"))
        //: State of a participant: being called, not answered yet
        return tr("Ringing");
    if (state == QLatin1String("initial"))
        //: State of a participant: the call is being set up
        return tr("Connecting");
    if (state == QLatin1String("onHold"))
        //: State of a participant
        return tr("On hold");
    //: State of a participant the console does not know
    return tr("Other", "state of a participant");
}

QString ParticipantsModel::searchText(const cms::LiveParticipant &p) const
{
    const auto cached = m_searchText.constFind(p.id);
    if (cached != m_searchText.constEnd())
        return *cached;
    QString text;
    appendFolded(text, p.name);
    appendFolded(text, p.uri);
    appendFolded(text, p.userJid);
    if (const cms::LiveCall *call = m_live->call(p.callId)) {
        appendFolded(text, call->name);
        appendFolded(text, call->coSpaceName);
        appendFolded(text, call->coSpaceUri);
    }
    m_searchText.insert(p.id, text);
    return text;
}

QVariant ParticipantsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};
    if (role == Qt::TextAlignmentRole)
        return isNumberColumn(Column(section)) ? QVariant(int(Qt::AlignTrailing | Qt::AlignVCenter)) : QVariant();
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Column::Name:
        //: Column header of the participants list
        return tr("Name");
    case Column::Address:
        //: Column header of the participants list: the participant's URI
        return tr("Address");
    case Column::Kind:
        //: Column header of the participants list: SIP, web app…
        return tr("Kind");
    case Column::Meeting:
        //: Column header of the participants list: the meeting the participant is in
        return tr("Meeting");
    case Column::Bridge:
        //: Column header of the participants list: the call bridge hosting the participant
        return tr("Call bridge");
    case Column::State:
        //: Column header of the participants list: connected, ringing, in the lobby…
        return tr("State");
    case Column::AudioMuted:
        //: Column header of the participants list: the participant's audio is muted (Yes/No)
        return tr("Audio muted");
    case Column::VideoMuted:
        //: Column header of the participants list: the participant's video is muted (Yes/No)
        return tr("Video muted");
    case Column::Presenter:
        //: Column header of the participants list: the participant is presenting (Yes/No)
        return tr("Presenting");
    case Column::ActiveSpeaker:
        //: Column header of the participants list: the participant is the one speaking (Yes/No)
        return tr("Speaking");
    case Column::Host:
        //: Column header of the participants list: the participant is a host, who lets guests in (Yes/No)
        return tr("Host");
    case Column::CanMove:
        //: Column header of the participants list: the participant can be moved to another meeting (Yes/No)
        return tr("Can be moved");
    case Column::TimeInCall:
        //: Column header of the participants list: how long the participant has been in the meeting
        return tr("Time in call");
    case Column::Count:
        break;
    }
    return {};
}

Qt::ItemFlags ParticipantsModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemNeverHasChildren;
    const cms::LiveParticipant *p = m_live ? m_live->participant(m_rows.at(index.row())) : nullptr;
    if (p && p->canMove)
        flags |= Qt::ItemIsDragEnabled;
    return flags;
}

QStringList ParticipantsModel::mimeTypes() const
{
    return {ParticipantMimeCodec::mimeType()};
}

QMimeData *ParticipantsModel::mimeData(const QModelIndexList &indexes) const
{
    if (!m_live)
        return nullptr;
    QSet<int> seen;
    for (const QModelIndex &index : indexes) {
        if (index.isValid() && checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
            seen.insert(index.row());
    }
    QList<int> rows(seen.cbegin(), seen.cend());
    std::sort(rows.begin(), rows.end());
    QList<ParticipantRef> refs;
    const QString clusterId = m_watcher->clusterId();
    for (int row : std::as_const(rows)) {
        if (const cms::LiveParticipant *p = m_live->participant(m_rows.at(row)))
            refs.append(ParticipantRef{clusterId, p->bridge, p->callId, p->id});
    }
    return refs.isEmpty() ? nullptr : ParticipantMimeCodec::toMimeData(refs);
}

Qt::DropActions ParticipantsModel::supportedDragActions() const
{
    return Qt::MoveAction;
}

} // namespace models
