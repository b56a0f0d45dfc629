#include "cluster/endpointlistmodel.h"

#include "net/connection.h"
#include "common/displayformat.h"

#include <QDataStream>
#include <QIODevice>
#include <QMimeData>

namespace models {

namespace {

QString mimeType()
{
    return QString::fromLatin1(EndpointListModel::MimeType);
}

// The row a drag carries, or -1 when the data is not ours or not readable.
int draggedRow(const QMimeData *data)
{
    if (!data || !data->hasFormat(mimeType()))
        return -1;
    QDataStream stream(data->data(mimeType()));
    qint32 row = -1;
    stream >> row;
    return stream.status() == QDataStream::Ok ? row : -1;
}

} // namespace

EndpointListModel::EndpointListModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void EndpointListModel::setEndpoints(const QList<cms::EndpointProfile> &endpoints)
{
    beginResetModel();
    m_endpoints = endpoints;
    m_passwords = QList<QString>(endpoints.size());
    endResetModel();
}

int EndpointListModel::addEndpoint(const cms::EndpointProfile &endpoint)
{
    if (indexOfAddress(endpoint.address) >= 0)
        return -1;
    const int row = int(m_endpoints.size());
    beginInsertRows({}, row, row);
    m_endpoints.append(endpoint);
    m_passwords.append(QString());
    endInsertRows();
    return row;
}

bool EndpointListModel::removeEndpoint(int row)
{
    if (row <= 0 || row >= m_endpoints.size())
        return false;
    beginRemoveRows({}, row, row);
    m_endpoints.removeAt(row);
    m_passwords.removeAt(row);
    endRemoveRows();
    return true;
}

bool EndpointListModel::moveEndpoint(int from, int to)
{
    const int count = int(m_endpoints.size());
    if (from < 0 || from >= count || to < 0 || to >= count || from == to)
        return false;
    // beginMoveRows wants the row it goes before, counted before the move.
    if (!beginMoveRows({}, from, from, {}, to > from ? to + 1 : to))
        return false;
    m_endpoints.move(from, to);
    m_passwords.move(from, to);
    endMoveRows();
    // The "(primary)" mark moves with row 0: the old and the new primary show other text.
    if (from == 0 || to == 0)
        Q_EMIT dataChanged(index(0), index(qMax(from, to)));
    return true;
}

bool EndpointListModel::moveRows(const QModelIndex &sourceParent, int sourceRow, int count,
                                 const QModelIndex &destinationParent, int destinationChild)
{
    // QListView's internal move asks for this, in beginMoveRows terms (the row it goes before).
    if (sourceParent.isValid() || destinationParent.isValid() || count != 1)
        return false;
    return moveEndpoint(sourceRow, destinationChild > sourceRow ? destinationChild - 1 : destinationChild);
}

void EndpointListModel::setEndpoint(int row, const cms::EndpointProfile &endpoint)
{
    if (row < 0 || row >= m_endpoints.size())
        return;
    m_endpoints[row] = endpoint;
    Q_EMIT dataChanged(index(row), index(row));
}

int EndpointListModel::indexOfAddress(const QUrl &address) const
{
    const QString key = cms::Connection::addressKey(address);
    for (int i = 0; i < m_endpoints.size(); ++i) {
        if (cms::Connection::addressKey(m_endpoints.at(i).address) == key)
            return i;
    }
    return -1;
}

void EndpointListModel::setPassword(int row, const QString &password)
{
    if (row < 0 || row >= m_passwords.size())
        return;
    m_passwords[row] = password;
    Q_EMIT dataChanged(index(row), index(row), {HasNewPasswordRole});
}

QHash<int, QString> EndpointListModel::passwords() const
{
    QHash<int, QString> result;
    for (int i = 0; i < m_passwords.size(); ++i) {
        if (!m_passwords.at(i).isEmpty())
            result.insert(i, m_passwords.at(i));
    }
    return result;
}

int EndpointListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_endpoints.size());
}

QVariant EndpointListModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    if (!index.isValid())
        return {};
    const int row = index.row();
    const cms::EndpointProfile &endpoint = m_endpoints.at(row);

    switch (role) {
    case Qt::DisplayRole: {
        const QString address = DisplayFormat::hostPort(endpoint.address);
        const QString text = endpoint.name.isEmpty()
            ? address
            //: An endpoint in the failover list: call bridge name — host:port
            : tr("%1 — %2").arg(endpoint.name, address);
        //: The first endpoint of the failover list, the one tried first
        return row == 0 ? tr("%1 (primary)").arg(text) : text;
    }
    case Qt::ToolTipRole:
        return endpoint.address.toDisplayString();
    case AddressRole:
        return endpoint.address;
    case NameRole:
        return endpoint.name;
    case CredentialModeRole:
        return int(endpoint.credentials);
    case UserRole:
        return endpoint.user;
    case PinnedRole:
        return endpoint.pinnedSha256;
    case IsPrimaryRole:
        return row == 0;
    case HasNewPasswordRole:
        return !m_passwords.value(row).isEmpty();
    default:
        return {};
    }
}

Qt::ItemFlags EndpointListModel::flags(const QModelIndex &index) const
{
    // Items can be dragged; drops land only between rows (on the root), never onto an endpoint.
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    return QAbstractListModel::flags(index) | Qt::ItemIsDragEnabled | Qt::ItemNeverHasChildren;
}

Qt::DropActions EndpointListModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

QStringList EndpointListModel::mimeTypes() const
{
    return {mimeType()};
}

QMimeData *EndpointListModel::mimeData(const QModelIndexList &indexes) const
{
    // One row at a time: the failover order is changed one endpoint at a time.
    if (indexes.isEmpty() || !indexes.first().isValid())
        return nullptr;
    QByteArray encoded;
    QDataStream stream(&encoded, QIODevice::WriteOnly);
    stream << qint32(indexes.first().row());
    auto *data = new QMimeData;
    data->setData(mimeType(), encoded);
    return data;
}

bool EndpointListModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                                        const QModelIndex &parent) const
{
    Q_UNUSED(column)
    if (action != Qt::MoveAction || parent.isValid())
        return false;
    const int from = draggedRow(data);
    return from >= 0 && from < m_endpoints.size() && row >= -1 && row <= m_endpoints.size();
}

bool EndpointListModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                                     const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    const int from = draggedRow(data);
    // row: the gap it was dropped in (-1: after the last row), counted before the move.
    const int gap = row < 0 ? int(m_endpoints.size()) : row;
    const int to = gap > from ? gap - 1 : gap;
    return moveEndpoint(from, to);
}

} // namespace models
