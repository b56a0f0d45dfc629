#include "common/wholeobjectsmodel.h"

#include "api/cmsnode.h"
#include "api/cmsreply.h"
#include "api/cmsrequest.h"
#include "cluster/clustersession.h"
#include "net/collectionpager.h"
#include "net/connection.h"
#include "schema/schema.h"

#include <algorithm>
#include <limits>

namespace models {

WholeObjectsModel::WholeObjectsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

WholeObjectsModel::~WholeObjectsModel() = default;

void WholeObjectsModel::showCollection(cms::ClusterSession *session, const QString &collection,
                                       const cms::ObjectType &type)
{
    m_session = session;
    m_collection = collection;
    m_type = &type;
    reload();
}

void WholeObjectsModel::reload()
{
    ++m_generation;
    beginResetModel();
    m_rows.clear();
    endResetModel();
    m_listPositions.clear();
    m_pendingReads = 0;
    cms::Connection *connection = m_session ? m_session->connection() : nullptr;
    if (!connection || m_collection.isEmpty()) {
        setLoading(false);
        return;
    }
    setLoading(true);
    auto *pager = new cms::CollectionPager(*connection, m_collection, {}, this);
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
        for (const cms::CmsNode &item : pager->items()) {
            m_listPositions.insert(item.id(), int(m_listPositions.size()));
            readObject(item.id(), generation);
        }
        if (m_pendingReads == 0)
            setLoading(false);
    });
    pager->start();
}

void WholeObjectsModel::readObject(const QString &id, quint64 generation)
{
    cms::Connection *connection = m_session ? m_session->connection() : nullptr;
    if (!connection || id.isEmpty() || m_collection.isEmpty())
        return;
    ++m_pendingReads;
    cms::CmsReply *reply = connection->sendShared(cms::CmsRequest::get(m_collection + QLatin1Char('/') + id));
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

void WholeObjectsModel::storeObject(const QString &id, const cms::CmsNode &object)
{
    Values values;
    for (const cms::FieldDef &field : m_type->fields) {
        if (object.has(field.readPath()))
            values.insert(field.name, object.value(field.readPath()));
    }
    const int row = rowOf(id);
    if (row >= 0) {
        m_rows[row].values = values;
        Q_EMIT dataChanged(index(row, 0), index(row, columnCount() - 1));
        return;
    }
    const int place = m_listPositions.value(id, std::numeric_limits<int>::max());
    const auto after = std::find_if(m_rows.cbegin(), m_rows.cend(), [this, place](const Row &r) {
        return m_listPositions.value(r.id, std::numeric_limits<int>::max()) > place;
    });
    const int at = int(after - m_rows.cbegin());
    beginInsertRows({}, at, at);
    m_rows.insert(at, {id, values});
    endInsertRows();
}

void WholeObjectsModel::setLoading(bool loading)
{
    if (loading == m_loading)
        return;
    m_loading = loading;
    Q_EMIT loadingChanged(loading);
}

QString WholeObjectsModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : QString();
}

int WholeObjectsModel::rowOf(const QString &id) const
{
    for (qsizetype row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == id)
            return int(row);
    }
    return -1;
}

WholeObjectsModel::Values WholeObjectsModel::values(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).values : Values();
}

void WholeObjectsModel::refreshObject(const QString &id)
{
    readObject(id, m_generation);
}

void WholeObjectsModel::removeObject(const QString &id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
}

int WholeObjectsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

} // namespace models
