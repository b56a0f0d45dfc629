#include "activity/tracemodel.h"

#include "common/languagewatcher.h"

#include "common/displayformat.h"

namespace models {

namespace {

bool isError(const cms::TraceEntry &entry)
{
    return entry.status == 0 || entry.status >= 400;
}

QString pathAndQuery(const cms::TraceEntry &entry)
{
    return entry.url.toString(QUrl::RemoveScheme | QUrl::RemoveAuthority | QUrl::RemoveFragment);
}

} // namespace

TraceModel::TraceModel(cms::ApiTrace &trace, QObject *parent)
    : QAbstractTableModel(parent)
    , m_capacity(int(cms::ApiTrace::DefaultCapacity))
{
    const QList<cms::TraceEntry> existing = trace.entries();
    m_entries = existing.mid(qMax<qsizetype>(0, existing.size() - m_capacity));
    connect(&trace, &cms::ApiTrace::entryAdded, this, &TraceModel::append);
    connect(&trace, &cms::ApiTrace::cleared, this, [this] {
        beginResetModel();
        m_entries.clear();
        endResetModel();
    });
    // Headers, times and durations follow the language.
    connect(new LanguageWatcher(this), &LanguageWatcher::languageChanged, this, [this] {
        Q_EMIT headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
        if (!m_entries.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    });
}

void TraceModel::setCapacity(int rows)
{
    m_capacity = qMax(1, rows);
    const int excess = int(m_entries.size()) - m_capacity;
    if (excess > 0) {
        beginRemoveRows({}, 0, excess - 1);
        m_entries.remove(0, excess);
        endRemoveRows();
    }
}

void TraceModel::append(const cms::TraceEntry &entry)
{
    // Oldest rows go first, so the row count never goes over the capacity.
    const int excess = int(m_entries.size()) + 1 - m_capacity;
    if (excess > 0) {
        beginRemoveRows({}, 0, excess - 1);
        m_entries.remove(0, excess);
        endRemoveRows();
    }
    const int row = int(m_entries.size());
    beginInsertRows({}, row, row);
    m_entries.append(entry);
    endInsertRows();
}

int TraceModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int TraceModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QVariant TraceModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    if (!index.isValid())
        return {};
    const cms::TraceEntry &e = m_entries.at(index.row());
    const auto column = Column(index.column());

    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Column::Time:
            return DisplayFormat::timeWithSeconds(e.started);
        case Column::Bridge:
            return e.endpoint;
        case Column::Method:
            return QString::fromLatin1(e.method);
        case Column::Path: {
            // A path reads left to right in every language: left-to-right marks at both ends keep its
            // slashes in place inside a right-to-left table.
            const QChar ltr(0x200E);
            return QString(ltr + pathAndQuery(e) + ltr);
        }
        case Column::Status:
            // An HTTP status is a code, not a quantity: its digits are not localised.
            return e.status > 0 ? QString::number(e.status) : e.error;
        case Column::Duration:
            return DisplayFormat::milliseconds(e.elapsedMs);
        case Column::Count:
            break;
        }
        break;
    case Qt::ToolTipRole:
        if (column == Column::Time)
            return DisplayFormat::dateTime(e.started);
        if (column == Column::Path)
            return pathAndQuery(e);
        if (column == Column::Status && !e.error.isEmpty())
            return e.error;
        break;
    case Qt::TextAlignmentRole:
        if (column == Column::Status || column == Column::Duration)
            return int(Qt::AlignTrailing | Qt::AlignVCenter);
        break;
    case RawValueRole:
        switch (column) {
        case Column::Time:
            return e.started;
        case Column::Bridge:
            return e.endpoint;
        case Column::Method:
            return QString::fromLatin1(e.method);
        case Column::Path:
            return pathAndQuery(e);
        case Column::Status:
            return e.status;
        case Column::Duration:
            return e.elapsedMs;
        case Column::Count:
            break;
        }
        break;
    case FormattedRole:
        return cms::ApiTrace::format(e);
    case CurlRole:
        return cms::ApiTrace::toCurl(e);
    case IsErrorRole:
        return isError(e);
    default:
        break;
    }
    return {};
}

QVariant TraceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Column::Time:
        //: Column header of the API trace
        return tr("Time");
    case Column::Bridge:
        //: Column header of the API trace: the call bridge the request went to
        return tr("Bridge");
    case Column::Method:
        //: Column header of the API trace: GET, POST, PUT, DELETE
        return tr("Method");
    case Column::Path:
        //: Column header of the API trace: the request's path and query
        return tr("Path");
    case Column::Status:
        //: Column header of the API trace: the HTTP status, or the error when there was no reply
        return tr("Status");
    case Column::Duration:
        //: Column header of the API trace: how long the request took
        return tr("Duration");
    case Column::Count:
        break;
    }
    return {};
}

} // namespace models
