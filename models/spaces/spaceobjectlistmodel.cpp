#include "spaces/spaceobjectlistmodel.h"

#include "cluster/clustersession.h"
#include "api/cmsreply.h"
#include "api/cmsrequest.h"
#include "net/collectionpager.h"
#include "net/connection.h"
#include "schema/schema.h"

#include <QCollator>
#include <algorithm>

namespace models {

SpaceObjectListModel::SpaceObjectListModel(
    QStringView collection, int columnCount, int callLegProfileColumn, QObject *parent)
    : QAbstractTableModel(parent)
    , m_type(cms::Schema::find(collection))
    , m_columnCount(columnCount)
    , m_callLegProfileColumn(callLegProfileColumn)
{
    Q_ASSERT(m_type);
}

SpaceObjectListModel::~SpaceObjectListModel() = default;

cms::ClusterSession *SpaceObjectListModel::session() const
{
    return m_session;
}

void SpaceObjectListModel::setSpace(cms::ClusterSession *session, const QString &spaceId)
{
    const bool otherSession = session != m_session;
    m_session = session;
    m_spaceId = spaceId;
    if (otherSession) {
        m_profiles.clear();
        Q_EMIT callLegProfilesChanged();
        loadProfiles();
    }
    reload();
}

void SpaceObjectListModel::stop()
{
    ++m_generation;
    if (cms::CollectionPager *pager = m_pager) {
        m_pager = nullptr; // before cancel(): its finished() is not an answer any more
        pager->disconnect(this);
        pager->cancel();
        pager->deleteLater();
    }
}

void SpaceObjectListModel::reload()
{
    stop();
    if (!m_rows.isEmpty()) {
        beginRemoveRows({}, 0, int(m_rows.size()) - 1);
        m_rows.clear();
        endRemoveRows();
    }
    cms::Connection *connection = m_session ? m_session->connection() : nullptr;
    if (!connection || m_spaceId.isEmpty()) {
        setLoading(false);
        return;
    }
    m_pager = new cms::CollectionPager(*connection, path(), {}, this);
    connect(m_pager, &cms::CollectionPager::finished, this, &SpaceObjectListModel::onListed);
    setLoading(true);
    m_pager->start();
}

QString SpaceObjectListModel::path() const
{
    return QStringLiteral("coSpaces/%1/").arg(m_spaceId) + m_type->collection;
}

void SpaceObjectListModel::onListed()
{
    cms::CollectionPager *pager = m_pager;
    if (!pager || sender() != pager)
        return;
    m_pager = nullptr;
    pager->deleteLater();
    setLoading(false);
    if (!pager->error().isOk()) {
        Q_EMIT loadFailed(pager->error().message());
        return;
    }
    // The list carries only the summary fields: show them now, read the rest of each object.
    for (const cms::CmsNode &item : pager->items()) {
        upsert(item.id(), valuesOf(item));
        fetchDetails(item.id());
    }
}

void SpaceObjectListModel::refreshObject(const QString &id)
{
    fetchDetails(id);
}

void SpaceObjectListModel::fetchDetails(const QString &id)
{
    cms::Connection *connection = m_session ? m_session->connection() : nullptr;
    if (!connection || id.isEmpty())
        return;
    cms::CmsReply *reply = connection->sendShared(cms::CmsRequest::get(path() + QLatin1Char('/') + id));
    const int generation = m_generation;
    connect(reply, &cms::CmsReply::finished, this, [this, reply, id, generation] {
        if (generation != m_generation)
            return;
        cms::CmsError error = reply->error();
        cms::CmsNode node;
        if (error.isOk())
            node = reply->object(&error);
        if (!error.isOk()) {
            Q_EMIT loadFailed(error.message());
            return;
        }
        upsert(id, valuesOf(node));
    });
}

SpaceObjectListModel::Values SpaceObjectListModel::valuesOf(const cms::CmsNode &node) const
{
    Values values;
    for (const cms::FieldDef &field : m_type->fields) {
        if (node.has(field.readPath()))
            values.insert(field.name, node.value(field.readPath()));
    }
    return values;
}

void SpaceObjectListModel::upsert(const QString &id, const Values &values)
{
    const int row = rowOf(id);
    if (row >= 0) {
        m_rows[row].values = values;
        Q_EMIT dataChanged(index(row, 0), index(row, m_columnCount - 1));
        return;
    }
    const int at = int(m_rows.size());
    beginInsertRows({}, at, at);
    m_rows.append(Row {id, values});
    endInsertRows();
}

void SpaceObjectListModel::removeObject(const QString &id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
}

void SpaceObjectListModel::setLoading(bool loading)
{
    if (m_loading == loading)
        return;
    m_loading = loading;
    Q_EMIT loadingChanged(loading);
}

void SpaceObjectListModel::loadProfiles()
{
    if (cms::CollectionPager *old = m_profilePager) {
        m_profilePager = nullptr;
        old->disconnect(this);
        old->cancel();
        old->deleteLater();
    }
    cms::Connection *connection = m_session ? m_session->connection() : nullptr;
    if (!connection)
        return;
    auto *pager = new cms::CollectionPager(*connection, QStringLiteral("callLegProfiles"), {}, this);
    m_profilePager = pager;
    connect(pager, &cms::CollectionPager::finished, this, [this, pager] {
        pager->deleteLater();
        if (pager != m_profilePager || !pager->error().isOk())
            return;
        m_profiles.clear();
        for (const cms::CmsNode &item : pager->items())
            m_profiles.append({item.id(), item.value(u"name")});
        QCollator collator;
        collator.setCaseSensitivity(Qt::CaseInsensitive);
        std::sort(m_profiles.begin(), m_profiles.end(),
            [&collator](const auto &a, const auto &b) { return collator.compare(a.second, b.second) < 0; });
        Q_EMIT callLegProfilesChanged();
        if (!m_rows.isEmpty()) {
            const int column = m_callLegProfileColumn;
            Q_EMIT dataChanged(index(0, column), index(int(m_rows.size()) - 1, column));
        }
    });
    pager->start();
}

QString SpaceObjectListModel::callLegProfileName(const QString &id) const
{
    for (const auto &profile : m_profiles) {
        if (profile.first == id)
            return profile.second.isEmpty() ? id : profile.second;
    }
    return id;
}

QString SpaceObjectListModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : QString();
}

int SpaceObjectListModel::rowOf(const QString &id) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == id)
            return row;
    }
    return -1;
}

SpaceObjectListModel::Values SpaceObjectListModel::values(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).values : Values();
}

void SpaceObjectListModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, m_columnCount - 1);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, m_columnCount - 1));
}

int SpaceObjectListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SpaceObjectListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_columnCount;
}

} // namespace models
