#include "spaces/spacesmodel.h"

#include "config/spacecatalog.h"

namespace models {

namespace {

QString yesNoUnknown(const std::optional<bool> &value)
{
    if (!value)
        //: A yes/no cell whose value is not known (not carried by the list of spaces)
        return SpacesModel::tr("—");
    return *value ? SpacesModel::tr("Yes") : SpacesModel::tr("No");
}

QVariant rawBool(const std::optional<bool> &value)
{
    return value ? QVariant(*value) : QVariant();
}

} // namespace

SpacesModel::SpacesModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void SpacesModel::setCatalog(cms::SpaceCatalog *catalog)
{
    if (catalog == m_catalog)
        return;
    beginResetModel();
    disconnectCatalog();
    m_catalog = catalog;
    m_rowCount = catalog ? catalog->count() : 0;
    connectCatalog();
    endResetModel();
}

void SpacesModel::disconnectCatalog()
{
    for (const QMetaObject::Connection &connection : std::as_const(m_connections))
        disconnect(connection);
    m_connections.clear();
}

// The catalog speaks in item-model terms already (spacecatalog.h, "Changes"): forward each signal.
// The row count follows at each end…(): between an "about to" and its end, the views still see the
// rows as they were.
void SpacesModel::connectCatalog()
{
    if (!m_catalog)
        return;
    cms::SpaceCatalog *catalog = m_catalog;
    m_connections = {
        connect(catalog, &cms::SpaceCatalog::rowsChanged, this,
                [this](int first, int count) {
                    if (count > 0)
                        Q_EMIT dataChanged(index(first, 0), index(first + count - 1, int(Column::Count) - 1));
                }),
        connect(catalog, &cms::SpaceCatalog::rowsAboutToBeRemoved, this,
                [this](int first, int count) { beginRemoveRows({}, first, first + count - 1); }),
        connect(catalog, &cms::SpaceCatalog::rowsRemoved, this, [this](int, int count) {
            m_rowCount -= count;
            endRemoveRows();
        }),
        connect(catalog, &cms::SpaceCatalog::rowsAboutToBeInserted, this,
                [this](int first, int count) { beginInsertRows({}, first, first + count - 1); }),
        connect(catalog, &cms::SpaceCatalog::rowsArrived, this, [this](int, int count) {
            m_rowCount += count;
            endInsertRows();
        }),
        connect(catalog, &QObject::destroyed, this, &SpacesModel::onCatalogDestroyed),
    };
}

// m_catalog is already null here (QPointer), and the catalog's rows are gone: announce that every
// row shown was removed without reading any. Until endRemoveRows(), data() answers nothing.
void SpacesModel::onCatalogDestroyed()
{
    disconnectCatalog();
    m_catalog = nullptr;
    if (m_rowCount == 0)
        return;
    beginRemoveRows({}, 0, m_rowCount - 1);
    m_rowCount = 0;
    endRemoveRows();
}

void SpacesModel::setNames(const QHash<QString, QString> &names)
{
    m_names = names;
    if (rowCount() > 0) {
        Q_EMIT dataChanged(index(0, int(Column::Tenant)), index(rowCount() - 1, int(Column::Tenant)));
        Q_EMIT dataChanged(index(0, int(Column::CallLegProfile)), index(rowCount() - 1, int(Column::CallProfile)));
    }
}

void SpacesModel::setCallProfileText(CallProfileText text)
{
    m_callProfileText = std::move(text);
    callProfileTextChanged();
}

void SpacesModel::callProfileTextChanged()
{
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, int(Column::CallProfile)), index(rowCount() - 1, int(Column::CallProfile)));
}

void SpacesModel::requestDetails(int firstRow, int lastRow)
{
    if (m_catalog)
        m_catalog->requestDetails(firstRow, lastRow);
}

void SpacesModel::requestDetails(const QList<int> &rows)
{
    if (m_catalog)
        m_catalog->requestDetails(rows);
}

void SpacesModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, int(Column::Count) - 1);
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, int(Column::Count) - 1), {Qt::DisplayRole});
}

int SpacesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rowCount;
}

int SpacesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QString SpacesModel::spaceIdAt(int row) const
{
    return m_catalog && row >= 0 && row < m_rowCount ? m_catalog->record(row).id : QString();
}

int SpacesModel::rowOfSpace(const QString &id) const
{
    return m_catalog ? m_catalog->rowOf(id) : -1;
}

QVariant SpacesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || !m_catalog)
        return {};
    const cms::SpaceRecord &record = m_catalog->record(index.row());
    const auto column = Column(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return displayValue(record, column);
    case Qt::ToolTipRole:
        if (column == Column::Tenant || column == Column::CallLegProfile || column == Column::CallProfile) {
            const QString id = column == Column::Tenant ? record.tenant
                : column == Column::CallLegProfile      ? record.callLegProfile
                                                        : record.callProfile;
            return id.isEmpty() ? QVariant() : QVariant(id);
        }
        return {};
    case RawValueRole:
        return rawValue(record, column);
    case SpaceIdRole:
        return record.id;
    case AutoGeneratedRole:
        return record.autoGenerated.value_or(false);
    default:
        return {};
    }
}

QVariant SpacesModel::displayValue(const cms::SpaceRecord &record, Column column) const
{
    switch (column) {
    case Column::PasscodeSet:
        return yesNoUnknown(record.passcodeSet);
    case Column::NonMemberAccess:
        return yesNoUnknown(record.nonMemberAccess);
    case Column::AutoGenerated:
        return yesNoUnknown(record.autoGenerated);
    default:
        return rawValue(record, column);
    }
}

QVariant SpacesModel::rawValue(const cms::SpaceRecord &record, Column column) const
{
    switch (column) {
    case Column::Name:
        return record.name;
    case Column::Uri:
        return record.uri;
    case Column::SecondaryUri:
        return record.secondaryUri;
    case Column::CallId:
        return record.callId;
    case Column::PasscodeSet:
        return rawBool(record.passcodeSet);
    case Column::Tenant:
        return record.tenant.isEmpty() ? QString() : nameOf(record.tenant);
    case Column::Owner:
        return record.ownerJid;
    case Column::CallLegProfile:
        return record.callLegProfile.isEmpty() ? QString() : nameOf(record.callLegProfile);
    case Column::CallProfile:
        if (record.callProfile.isEmpty())
            return QString();
        if (!m_names.contains(record.callProfile) && m_callProfileText)
            return m_callProfileText(record.callProfile);
        return nameOf(record.callProfile);
    case Column::NonMemberAccess:
        return rawBool(record.nonMemberAccess);
    case Column::AutoGenerated:
        return rawBool(record.autoGenerated);
    case Column::Count:
        break;
    }
    return {};
}

QVariant SpacesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Column::Name:
        //: Column header: the space's name
        return tr("Name");
    case Column::Uri:
        //: Column header: the space's URI (user part)
        return tr("URI");
    case Column::SecondaryUri:
        return tr("Secondary URI");
    case Column::CallId:
        return tr("Call ID");
    case Column::PasscodeSet:
        //: Column header: whether the space has a passcode (Yes/No)
        return tr("Passcode");
    case Column::Tenant:
        return tr("Tenant");
    case Column::Owner:
        //: Column header: the JID of the space's owner
        return tr("Owner");
    case Column::CallLegProfile:
        return tr("Call leg profile");
    case Column::CallProfile:
        return tr("Call profile");
    case Column::NonMemberAccess:
        //: Column header: whether people who are not members can join (Yes/No)
        return tr("Non-member access");
    case Column::AutoGenerated:
        //: Column header: whether the space was created automatically for a user (Yes/No)
        return tr("Auto-generated");
    case Column::Count:
        break;
    }
    return {};
}

} // namespace models
