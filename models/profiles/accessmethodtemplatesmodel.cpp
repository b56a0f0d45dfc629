#include "profiles/accessmethodtemplatesmodel.h"

#include "api/cmsnode.h"
#include "api/cmsreply.h"
#include "api/cmsrequest.h"
#include "cluster/clustersession.h"
#include "net/collectionpager.h"
#include "net/connection.h"
#include "schema/schema.h"

namespace models {

AccessMethodTemplatesModel::AccessMethodTemplatesModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

AccessMethodTemplatesModel::~AccessMethodTemplatesModel() = default;

const cms::ObjectType &AccessMethodTemplatesModel::objectType()
{
    return *cms::Schema::find(u"accessMethodTemplates");
}

QString AccessMethodTemplatesModel::collectionPath() const
{
    return QStringLiteral("coSpaceTemplates/%1/accessMethodTemplates").arg(m_templateId);
}

void AccessMethodTemplatesModel::show(cms::ClusterSession *session, const QString &templateId)
{
    m_session = session;
    m_templateId = templateId;
    reload();
}

void AccessMethodTemplatesModel::reload()
{
    ++m_generation;
    beginResetModel();
    m_rows.clear();
    endResetModel();
    m_pendingReads = 0;
    cms::Connection *connection = m_session ? m_session->connection() : nullptr;
    if (!connection || m_templateId.isEmpty()) {
        setLoading(false);
        return;
    }
    setLoading(true);
    auto *pager = new cms::CollectionPager(*connection, collectionPath(), {}, this);
    const quint64 generation = m_generation;
    connect(pager, &cms::CollectionPager::finished, this, [this, pager, generation] {
        pager->deleteLater();
        if (generation != m_generation)
            return;
        if (!pager->error().isOk()) {
            setLoading(false);
            Q_EMIT loadFailed(pager->error().message());
            return;
        }
        for (const cms::CmsNode &item : pager->items())
            readObject(item.id(), generation);
        if (m_pendingReads == 0)
            setLoading(false);
    });
    pager->start();
}

void AccessMethodTemplatesModel::readObject(const QString &id, quint64 generation)
{
    cms::Connection *connection = m_session ? m_session->connection() : nullptr;
    if (!connection || id.isEmpty())
        return;
    ++m_pendingReads;
    cms::CmsReply *reply = connection->sendShared(cms::CmsRequest::get(collectionPath() + QLatin1Char('/') + id));
    connect(reply, &cms::CmsReply::finished, this, [this, reply, id, generation] {
        reply->deleteLater();
        if (generation != m_generation)
            return;
        cms::CmsError problem = reply->error();
        const cms::CmsNode object = problem.isOk() ? reply->object(&problem) : cms::CmsNode();
        if (problem.isOk())
            storeObject(id, object);
        else if (problem.kind == cms::CmsError::Kind::ServerRefused && problem.reason.endsWith(QLatin1String("DoesNotExist")))
            removeObject(id);   // deleted meanwhile
        else
            Q_EMIT loadFailed(problem.message());
        if (--m_pendingReads == 0)
            setLoading(false);
    });
}

void AccessMethodTemplatesModel::storeObject(const QString &id, const cms::CmsNode &object)
{
    Values values;
    for (const cms::FieldDef &field : objectType().fields) {
        if (object.has(field.readPath()))
            values.insert(field.name, object.value(field.readPath()));
    }
    const int row = rowOf(id);
    if (row >= 0) {
        m_rows[row].values = values;
        Q_EMIT dataChanged(index(row, 0), index(row, columnCount() - 1));
        return;
    }
    const int at = int(m_rows.size());
    beginInsertRows({}, at, at);
    m_rows.append({id, values});
    endInsertRows();
}

void AccessMethodTemplatesModel::setLoading(bool loading)
{
    if (loading == m_loading)
        return;
    m_loading = loading;
    Q_EMIT loadingChanged(loading);
}

QString AccessMethodTemplatesModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : QString();
}

int AccessMethodTemplatesModel::rowOf(const QString &id) const
{
    for (qsizetype row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == id)
            return int(row);
    }
    return -1;
}

AccessMethodTemplatesModel::Values AccessMethodTemplatesModel::values(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).values : Values();
}

QString AccessMethodTemplatesModel::displayName(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return {};
    const Row &r = m_rows.at(row);
    for (const QString &field : {QStringLiteral("name"), QStringLiteral("uriGenerator")}) {
        if (!r.values.value(field).isEmpty())
            return r.values.value(field);
    }
    return r.id;
}

void AccessMethodTemplatesModel::refreshObject(const QString &id)
{
    readObject(id, m_generation);
}

void AccessMethodTemplatesModel::removeObject(const QString &id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
}

int AccessMethodTemplatesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
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
    const Row &row = m_rows.at(index.row());
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
