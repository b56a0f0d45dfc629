#include "spaces/accessmethodsmodel.h"

#include "schema/schema.h"

namespace models {

AccessMethodsModel::AccessMethodsModel(QObject *parent)
    : SpaceObjectListModel(u"accessMethods", int(Column::Count), int(Column::CallLegProfile), parent)
{ }

AccessMethodsModel::~AccessMethodsModel() = default;

QVariant AccessMethodsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role == IdRole)
        return idAt(index.row());
    const Values rowValues = values(index.row());
    if (role != Qt::DisplayRole && role != RawValueRole)
        return {};
    const bool raw = role == RawValueRole;
    switch (Column(index.column())) {
    case Column::Name:
        return rowValues.value(QStringLiteral("name"));
    case Column::Uri:
        return rowValues.value(QStringLiteral("uri"));
    case Column::CallId:
        return rowValues.value(QStringLiteral("callId"));
    case Column::Passcode: {
        const bool set = !rowValues.value(QStringLiteral("passcode")).isEmpty();
        if (raw)
            return set;
        //: An access method's passcode column: a passcode is set (the passcode itself is not shown).
        return set ? tr("Set") : QString();
    }
    case Column::CallLegProfile: {
        const QString id = rowValues.value(QStringLiteral("callLegProfile"));
        return id.isEmpty() ? QString() : callLegProfileName(id);
    }
    case Column::Scope: {
        const QString scope = rowValues.value(QStringLiteral("scope"));
        if (raw)
            return scope;
        const cms::FieldDef *field = objectType().field(u"scope");
        return field ? field->valueText(scope) : scope;
    }
    case Column::Count:
        break;
    }
    return {};
}

QVariant AccessMethodsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Column::Name:
        return tr("Name");
    case Column::Uri:
        return tr("URI");
    case Column::CallId:
        return tr("Call ID");
    case Column::Passcode:
        return tr("Passcode");
    case Column::CallLegProfile:
        return tr("Call leg profile");
    case Column::Scope:
        return tr("Scope");
    case Column::Count:
        break;
    }
    return {};
}

} // namespace models
