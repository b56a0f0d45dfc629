#include "profiles/profilesmodel.h"

#include "schema/schema.h"

namespace models {

QString collectionOf(ProfileKind kind)
{
    switch (kind) {
    case ProfileKind::CallLegProfiles: return QStringLiteral("callLegProfiles");
    case ProfileKind::CallProfiles: return QStringLiteral("callProfiles");
    case ProfileKind::DialInSecurityProfiles: return QStringLiteral("dialInSecurityProfiles");
    case ProfileKind::SpaceTemplates: return QStringLiteral("coSpaceTemplates");
    }
    return {};
}

int sinceVersion(ProfileKind kind)
{
    switch (kind) {
    case ProfileKind::DialInSecurityProfiles: return 300;
    case ProfileKind::SpaceTemplates: return 209;
    default: return 0;
    }
}

ProfilesModel::ProfilesModel(QObject *parent)
    : WholeObjectsModel(parent)
{
}

ProfilesModel::~ProfilesModel() = default;

const cms::ObjectType &ProfilesModel::objectType() const
{
    return *cms::Schema::find(collectionOf(m_kind));
}

void ProfilesModel::show(cms::ClusterSession *session, ProfileKind kind)
{
    m_kind = kind;
    showCollection(session, collectionOf(kind), objectType());
}

void ProfilesModel::setLabelOf(LabelOf labelOf)
{
    m_labelOf = std::move(labelOf);
    labelsChanged();
}

void ProfilesModel::labelsChanged()
{
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, int(Column::Name)), index(rowCount() - 1, int(Column::Name)));
}

QString ProfilesModel::nameOf(const Row &row) const
{
    const QString name = row.values.value(QStringLiteral("name"));
    if (!name.isEmpty() || m_kind != ProfileKind::CallProfiles || !m_labelOf)
        return name;
    return m_labelOf(row.id);
}

QString ProfilesModel::displayName(int row) const
{
    if (row < 0 || row >= rowCount())
        return {};
    const QString name = nameOf(rowAt(row));
    return name.isEmpty() ? rowAt(row).id : name;
}

int ProfilesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QVariant ProfilesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = rowAt(index.row());
    if (role == IdRole)
        return row.id;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != Qt::AccessibleTextRole)
        return {};
    switch (Column(index.column())) {
    case Column::Name: {
        const QString name = nameOf(row);
        if (!name.isEmpty() || role == Qt::DisplayRole)
            return name;
        //: A call profile the console has no name for (the API does not name call profiles)
        return tr("No name");
    }
    case Column::Id:
        return row.id;
    case Column::Count:
        break;
    }
    return {};
}

QVariant ProfilesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Column::Name:
        return m_kind == ProfileKind::CallProfiles ? tr("Name in the console") : tr("Name");
    case Column::Id:
        return tr("Id");
    case Column::Count:
        break;
    }
    return {};
}

} // namespace models
