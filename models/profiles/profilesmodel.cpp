#include "profiles/profilesmodel.h"

#include "api/cmsnode.h"
#include "api/cmsreply.h"
#include "api/cmsrequest.h"
#include "cluster/clustersession.h"
#include "net/collectionpager.h"
#include "net/connection.h"
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
    : QAbstractTableModel(parent)
{
}

ProfilesModel::~ProfilesModel() = default;

const cms::ObjectType &ProfilesModel::objectType() const
{
    return *cms::Schema::find(collectionOf(m_kind));
}

void ProfilesModel::show(cms::ClusterSession *session, ProfileKind kind)
{
    m_session = session;
    m_kind = kind;
    reload();
}

void ProfilesModel::reload()
{
    ++m_generation;
    beginResetModel();
    m_rows.clear();
    endResetModel();
    m_pendingReads = 0;
    cms::Connection *connection = m_session ? m_session->connection() : nullptr;
    if (!connection) {
        setLoading(false);
        return;
    }
    setLoading(true);
    auto *pager = new cms::CollectionPager(*connection, collectionOf(m_kind), {}, this);
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

void ProfilesModel::readObject(const QString &id, quint64 generation)
{
    cms::Connection *connection = m_session ? m_session->connection() : nullptr;
    if (!connection || id.isEmpty())
        return;
    ++m_pendingReads;
    cms::CmsReply *reply = connection->sendShared(cms::CmsRequest::get(collectionOf(m_kind) + QLatin1Char('/') + id));
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

void ProfilesModel::storeObject(const QString &id, const cms::CmsNode &object)
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

void ProfilesModel::setLoading(bool loading)
{
    if (loading == m_loading)
        return;
    m_loading = loading;
    Q_EMIT loadingChanged(loading);
}

void ProfilesModel::setLabelOf(LabelOf labelOf)
{
    m_labelOf = std::move(labelOf);
    labelsChanged();
}

void ProfilesModel::labelsChanged()
{
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, int(Column::Name)), index(rowCount() - 1, int(Column::Name)));
}

QString ProfilesModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : QString();
}

int ProfilesModel::rowOf(const QString &id) const
{
    for (qsizetype row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == id)
            return int(row);
    }
    return -1;
}

ProfilesModel::Values ProfilesModel::values(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).values : Values();
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
    if (row < 0 || row >= m_rows.size())
        return {};
    const QString name = nameOf(m_rows.at(row));
    return name.isEmpty() ? m_rows.at(row).id : name;
}

void ProfilesModel::refreshObject(const QString &id)
{
    readObject(id, m_generation);
}

void ProfilesModel::removeObject(const QString &id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
}

int ProfilesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ProfilesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QVariant ProfilesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
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
