#include "spaces/membersmodel.h"

#include "schema/schema.h"
#include "common/sessionversion.h"

#include <QLocale>

namespace models {

MembersModel::MembersModel(QObject *parent)
    : SpaceObjectListModel(u"coSpaceUsers", int(Column::Count), int(Column::CallLegProfile), parent)
{ }

MembersModel::~MembersModel() = default;

QStringList MembersModel::permissionFields() const
{
    const int version = serverVersion(session());
    QStringList names;
    for (const cms::FieldDef &field : objectType().fields) {
        if (field.type == cms::FieldType::Bool && field.isWritable(cms::WriteMode::Update) && !field.action
            && field.existsIn(version))
            names.append(field.name);
    }
    return names;
}

QVariant MembersModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role == IdRole)
        return idAt(index.row());
    const Values rowValues = values(index.row());
    const Column column = Column(index.column());
    if (column == Column::Permissions
        && (role == Qt::DisplayRole || role == RawValueRole || role == Qt::ToolTipRole)) {
        const QStringList fields = permissionFields();
        QStringList granted;
        for (const QString &name : fields) {
            if (rowValues.value(name) == QLatin1String("true"))
                granted.append(objectType().field(name)->label());
        }
        if (role == RawValueRole)
            return int(granted.size());
        if (role == Qt::ToolTipRole)
            return granted.join(QLatin1Char('\n'));
        //: A member's permissions: %1 is how many they have, %Ln how many there are ("3 of 9 permissions").
        return tr("%1 of %Ln permissions", nullptr, int(fields.size()))
            .arg(QLocale().toString(granted.size()));
    }
    if (role != Qt::DisplayRole && role != RawValueRole)
        return {};
    switch (column) {
    case Column::User:
        return rowValues.value(QStringLiteral("userJid"));
    case Column::Permissions:
        break;
    case Column::CallLegProfile: {
        const QString id = rowValues.value(QStringLiteral("callLegProfile"));
        return id.isEmpty() ? QString() : callLegProfileName(id);
    }
    case Column::Count:
        break;
    }
    return {};
}

QVariant MembersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Column::User:
        return tr("User");
    case Column::Permissions:
        return tr("Permissions");
    case Column::CallLegProfile:
        return tr("Call leg profile");
    case Column::Count:
        break;
    }
    return {};
}

} // namespace models
