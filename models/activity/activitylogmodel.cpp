#include "activity/activitylogmodel.h"

#include "common/languagewatcher.h"

#include "common/displayformat.h"

namespace models {

ActivityLogModel::ActivityLogModel(cms::ActivityLog &log, QObject *parent)
    : QAbstractTableModel(parent)
    , m_log(log)
    , m_entries(log.entries())
{
    // The log has already changed when it signals, so the model keeps its own copy and applies each
    // change between the matching begin/end calls.
    connect(&m_log, &cms::ActivityLog::entriesDropped, this, [this](int count) {
        count = qMin(count, int(m_entries.size()));
        if (count <= 0)
            return;
        beginRemoveRows({}, 0, count - 1);
        m_entries.remove(0, count);
        endRemoveRows();
    });
    connect(&m_log, &cms::ActivityLog::entryAdded, this, [this](const cms::ActivityEntry &entry) {
        const int row = int(m_entries.size());
        beginInsertRows({}, row, row);
        m_entries.append(entry);
        endInsertRows();
    });
    connect(new LanguageWatcher(this), &LanguageWatcher::languageChanged, this, [this] {
        Q_EMIT headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
        if (!m_entries.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    });
    connect(&m_log, &cms::ActivityLog::cleared, this, [this] {
        beginResetModel();
        m_entries.clear();
        endResetModel();
    });
}

int ActivityLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int ActivityLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QVariant ActivityLogModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    if (!index.isValid())
        return {};
    const cms::ActivityEntry &entry = m_entries.at(index.row());
    const auto column = Column(index.column());

    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Column::Time:
            return DisplayFormat::timeWithSeconds(entry.time);
        case Column::Cluster:
            return entry.cluster;
        case Column::Message:
            return entry.message;
        case Column::Count:
            break;
        }
        break;
    case Qt::ToolTipRole:
        if (column == Column::Time)
            return DisplayFormat::dateTime(entry.time);
        if (column == Column::Message)
            return entry.message;
        break;
    case SeverityRole:
        return int(entry.severity);
    case RawValueRole:
        switch (column) {
        case Column::Time:
            return entry.time;
        case Column::Cluster:
            return entry.cluster;
        case Column::Message:
            return entry.message;
        case Column::Count:
            break;
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant ActivityLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Column::Time:
        //: Column header of the activity log
        return tr("Time");
    case Column::Cluster:
        //: Column header of the activity log
        return tr("Cluster");
    case Column::Message:
        //: Column header of the activity log: what happened
        return tr("Event");
    case Column::Count:
        break;
    }
    return {};
}

} // namespace models
