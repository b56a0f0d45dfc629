#include "meetings/placeholderpoolmodel.h"

#include "live/livecluster.h"

#include <QEvent>

namespace models {

using cms::PlaceholderState;
using Kind = PlaceholderState::Kind;

PlaceholderPoolModel::PlaceholderPoolModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

int PlaceholderPoolModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PlaceholderPoolModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QVariant PlaceholderPoolModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Column::Index: return tr("Index");
    case Column::Name: return tr("Name");
    case Column::Uri: return tr("URI");
    case Column::State: return tr("State");
    case Column::Participants: return tr("Participants");
    case Column::Bridge: return tr("Call bridge");
    case Column::Problems: return tr("Problems");
    case Column::Count: break;
    }
    return {};
}

QVariant PlaceholderPoolModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PlaceholderState &s = m_rows.at(index.row());
    switch (role) {
    case SpaceIdRole: return s.spaceId;
    case StateKindRole: return int(s.kind);
    case CallIdRole: return s.meeting.callId;
    case EndpointIndexRole: return s.meeting.endpointIndex;
    case Qt::ToolTipRole: return s.problems.join(QLatin1Char('\n'));
    default: break;
    }
    if (role != Qt::DisplayRole && role != RawValueRole)
        return {};
    const bool raw = role == RawValueRole;
    switch (Column(index.column())) {
    case Column::Index:
        return raw ? QVariant(s.index) : QVariant(QString::number(s.index));
    case Column::Name:
        return s.spaceId.isEmpty() ? s.placeholderName : s.name;
    case Column::Uri:
        return s.placeholderUri;
    case Column::State:
        return raw ? QVariant(int(s.kind)) : QVariant(PlaceholderState::kindName(s.kind));
    case Column::Participants:
        if (raw)
            return s.inMeeting() ? s.meeting.participants : -1;
        return s.inMeeting() ? QVariant(QString::number(s.meeting.participants)) : QVariant(QString());
    case Column::Bridge:
        return s.inMeeting() ? m_bridgeNames.value(s.meeting.endpointIndex) : QString();
    case Column::Problems:
        return s.problems.join(QLatin1Char(' '));
    case Column::Count:
        break;
    }
    return {};
}

void PlaceholderPoolModel::setStates(const QList<PlaceholderState> &states)
{
    // Both lists are in index order: walk them together. A row that left is removed, one that came
    // is inserted, one that stayed and changed is one dataChanged (runs of each are grouped).
    int row = 0;
    qsizetype next = 0;
    while (next < states.size() || row < m_rows.size()) {
        const int have = row < m_rows.size() ? m_rows.at(row).index : INT_MAX;
        const int want = next < states.size() ? states.at(next).index : INT_MAX;
        if (have < want) {
            int last = row;
            while (last + 1 < m_rows.size() && m_rows.at(last + 1).index < want)
                ++last;
            beginRemoveRows({}, row, last);
            m_rows.remove(row, last - row + 1);
            endRemoveRows();
        } else if (want < have) {
            qsizetype end = next;
            while (end + 1 < states.size() && states.at(end + 1).index < have)
                ++end;
            beginInsertRows({}, row, row + int(end - next));
            m_rows.insert(row, end - next + 1, PlaceholderState());
            for (qsizetype i = next; i <= end; ++i)
                m_rows[row + int(i - next)] = states.at(i);
            endInsertRows();
            row += int(end - next + 1);
            next = end + 1;
        } else {
            int first = -1;
            while (row < m_rows.size() && next < states.size() && m_rows.at(row).index == states.at(next).index) {
                if (!(m_rows.at(row) == states.at(next))) {
                    m_rows[row] = states.at(next);
                    if (first < 0)
                        first = row;
                } else if (first >= 0) {
                    Q_EMIT dataChanged(index(first, 0), index(row - 1, int(Column::Count) - 1));
                    first = -1;
                }
                ++row;
                ++next;
            }
            if (first >= 0)
                Q_EMIT dataChanged(index(first, 0), index(row - 1, int(Column::Count) - 1));
        }
    }
    rebuildLookup();
}

void PlaceholderPoolModel::rebuildLookup()
{
    m_rowOfSpace.clear();
    for (int row = 0; row < m_rows.size(); ++row) {
        if (!m_rows.at(row).spaceId.isEmpty())
            m_rowOfSpace.insert(m_rows.at(row).spaceId, row);
    }
}

int PlaceholderPoolModel::rowOfIndex(int placeholderIndex) const
{
    const auto it = std::lower_bound(m_rows.cbegin(), m_rows.cend(), placeholderIndex,
                                     [](const PlaceholderState &s, int wanted) { return s.index < wanted; });
    return it != m_rows.cend() && it->index == placeholderIndex ? int(it - m_rows.cbegin()) : -1;
}

int PlaceholderPoolModel::countOf(Kind kind) const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(), [kind](const PlaceholderState &s) { return s.kind == kind; }));
}

void PlaceholderPoolModel::setBridgeNames(const QStringList &names)
{
    m_bridgeNames = names;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, int(Column::Bridge)), index(rowCount() - 1, int(Column::Bridge)));
}

void PlaceholderPoolModel::setLiveCluster(cms::LiveCluster *live)
{
    if (m_live)
        disconnect(m_live, nullptr, this, nullptr);
    m_live = live;
    if (!live)
        return;
    // The space of a call is known once its details are read; a removed call's space is looked up
    // in the rows that show it.
    connect(live, &cms::LiveCluster::callChanged, this, [this](const QString &callId, const QStringList &fields) {
        if (!fields.contains(QStringLiteral("coSpace")) && !fields.contains(QStringLiteral("participants")))
            return;
        if (const cms::LiveCall *call = m_live->call(callId))
            updateFromLive(call->coSpaceId);
    });
    connect(live, &cms::LiveCluster::callRemoved, this, [this](const QString &callId) {
        for (const PlaceholderState &s : std::as_const(m_rows)) {
            if (s.meeting.callId == callId) {
                updateFromLive(s.spaceId);
                return;
            }
        }
    });
}

void PlaceholderPoolModel::updateFromLive(const QString &spaceId)
{
    const int row = m_rowOfSpace.value(spaceId, -1);
    if (!m_live || row < 0)
        return;
    cms::SpaceMeeting meeting;
    for (const QString &callId : m_live->callIds()) {
        const cms::LiveCall *call = m_live->call(callId);
        if (!call || call->coSpaceId != spaceId)
            continue;
        if (meeting.callId.isEmpty()) {
            meeting.callId = call->id;
            meeting.endpointIndex = call->bridge;
        }
        ++meeting.instances;
        meeting.participants += call->participantCount;
    }
    PlaceholderState &s = m_rows[row];
    if (s.meeting == meeting)
        return;
    s.meeting = meeting;
    // The problems stay those of the last reading; a clean placeholder follows its meeting.
    if (s.problems.isEmpty())
        s.kind = s.inMeeting() ? Kind::InMeeting : Kind::Free;
    Q_EMIT dataChanged(index(row, 0), index(row, int(Column::Count) - 1));
}

void PlaceholderPoolModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, int(Column::Count) - 1);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, int(Column::State)), index(rowCount() - 1, int(Column::State)));
}

} // namespace models
