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
    return m_catalog && row >= 0 && row < m_rowCount ? m_catalog->spaces().id(row) : QString();
}

QVariant SpacesModel::rawValueAt(int row, int column) const
{
    if (!m_catalog || row < 0 || row >= m_rowCount || column < 0 || column >= int(Column::Count))
        return {};
    return rawValue(row, Column(column));
}

SpacesSortValue SpacesModel::sortValueAt(int row, int column) const
{
    using Text = cms::SpaceStore::Text;
    Text field;
    switch (Column(column)) {
    case Column::Name:
        field = Text::Name;
        break;
    case Column::Uri:
        field = Text::Uri;
        break;
    case Column::SecondaryUri:
        field = Text::SecondaryUri;
        break;
    case Column::CallId:
        field = Text::CallId;
        break;
    default:
        return {rawValueAt(row, column)};
    }
    if (!m_catalog || row < 0 || row >= m_rowCount)
        return {};
    cms::SpaceStore::TextSlice slice = m_catalog->spaces().textSlice(row, field);
    return {QVariant(std::move(slice.whole)), slice.start, slice.length};
}

int SpacesModel::rowOfSpace(const QString &id) const
{
    return m_catalog ? m_catalog->rowOf(id) : -1;
}

QVariant SpacesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || !m_catalog)
        return {};
    // One field of the row, read where the catalog keeps it (no whole record made for one cell).
    const cms::SpaceStore &spaces = m_catalog->spaces();
    const int row = index.row();
    const auto column = Column(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return displayValue(row, column);
    case Qt::ToolTipRole:
        if (column == Column::Tenant || column == Column::CallLegProfile || column == Column::CallProfile) {
            using Text = cms::SpaceStore::Text;
            const QString id = spaces.text(row, column == Column::Tenant ? Text::Tenant
                                               : column == Column::CallLegProfile ? Text::CallLegProfile
                                                                                  : Text::CallProfile);
            return id.isEmpty() ? QVariant() : QVariant(id);
        }
        return {};
    case RawValueRole:
        return rawValue(row, column);
    case SpaceIdRole:
        return spaces.id(row);
    case AutoGeneratedRole:
        return spaces.autoGenerated(row).value_or(false);
    default:
        return {};
    }
}

QVariant SpacesModel::displayValue(int row, Column column) const
{
    const cms::SpaceStore &spaces = m_catalog->spaces();
    switch (column) {
    case Column::PasscodeSet:
        return yesNoUnknown(spaces.passcodeSet(row));
    case Column::NonMemberAccess:
        return yesNoUnknown(spaces.nonMemberAccess(row));
    case Column::AutoGenerated:
        return yesNoUnknown(spaces.autoGenerated(row));
    default:
        return rawValue(row, column);
    }
}

QVariant SpacesModel::rawValue(int row, Column column) const
{
    const cms::SpaceStore &spaces = m_catalog->spaces();
    using Text = cms::SpaceStore::Text;
    switch (column) {
    case Column::Name:
        return spaces.text(row, Text::Name);
    case Column::Uri:
        return spaces.text(row, Text::Uri);
    case Column::SecondaryUri:
        return spaces.text(row, Text::SecondaryUri);
    case Column::CallId:
        return spaces.text(row, Text::CallId);
    case Column::PasscodeSet:
        return rawBool(spaces.passcodeSet(row));
    case Column::Tenant: {
        const QString id = spaces.text(row, Text::Tenant);
        return id.isEmpty() ? QString() : nameOf(id);
    }
    case Column::Owner:
        return spaces.text(row, Text::OwnerJid);
    case Column::CallLegProfile: {
        const QString id = spaces.text(row, Text::CallLegProfile);
        return id.isEmpty() ? QString() : nameOf(id);
    }
    case Column::CallProfile: {
        const QString id = spaces.text(row, Text::CallProfile);
        if (id.isEmpty())
            return QString();
        if (!m_names.contains(id) && m_callProfileText)
            return m_callProfileText(id);
        return nameOf(id);
    }
    case Column::NonMemberAccess:
        return rawBool(spaces.nonMemberAccess(row));
    case Column::AutoGenerated:
        return rawBool(spaces.autoGenerated(row));
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
