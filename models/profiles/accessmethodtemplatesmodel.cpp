#include "profiles/accessmethodtemplatesmodel.h"

#include "schema/schema.h"

namespace models {

AccessMethodTemplatesModel::AccessMethodTemplatesModel(QObject *parent)
    : WholeObjectsModel(parent)
{
}

AccessMethodTemplatesModel::~AccessMethodTemplatesModel() = default;

const cms::ObjectType &AccessMethodTemplatesModel::objectType()
{
    return *cms::Schema::find(u"accessMethodTemplates");
}

void AccessMethodTemplatesModel::show(cms::ClusterSession *session, const QString &templateId)
{
    m_templateId = templateId;
    const QString collection = templateId.isEmpty()
        ? QString()
        : QStringLiteral("coSpaceTemplates/%1/accessMethodTemplates").arg(templateId);
    showCollection(session, collection, objectType());
}

QString AccessMethodTemplatesModel::displayName(int row) const
{
    if (row < 0 || row >= rowCount())
        return {};
    const Row &r = rowAt(row);
    for (const QString &field : {QStringLiteral("name"), QStringLiteral("uriGenerator")}) {
        if (!r.values.value(field).isEmpty())
            return r.values.value(field);
    }
    return r.id;
}

int AccessMethodTemplatesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QVariant AccessMethodTemplatesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != Qt::AccessibleTextRole)
        return {};
    const Row &row = rowAt(index.row());
    switch (Column(index.column())) {
    case Column::Name:
        return row.values.value(QStringLiteral("name"));
    case Column::UriGenerator:
        return row.values.value(QStringLiteral("uriGenerator"));
    case Column::Id:
        return row.id;
    case Column::Count:
        break;
    }
    return {};
}

QVariant AccessMethodTemplatesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Column::Name:
        return tr("Name");
    case Column::UriGenerator:
        //: The uriGenerator of an access method template, as in $.guest
        return tr("URI pattern");
    case Column::Id:
        return tr("Id");
    case Column::Count:
        break;
    }
    return {};
}

} // namespace models
