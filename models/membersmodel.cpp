#include "membersmodel.h"

#include "clustersession.h"
#include "cmsreply.h"
#include "cmsrequest.h"
#include "collectionpager.h"
#include "connection.h"
#include "schema.h"

#include <QCollator>
#include <QLocale>
#include <algorithm>

namespace models {

namespace {

const cms::ObjectType &memberType()
{
    static const cms::ObjectType *type = cms::Schema::find(u"coSpaceUsers");
    return *type;
}

int serverVersion(cms::ClusterSession *session)
{
    if (!session)
        return 0;
    for (int i = 0; i < session->endpointCount(); ++i) {
        if (const int version = cms::Schema::versionNumber(session->status(i).softwareVersion))
            return version;
    }
    return 0;
}

} // namespace

MembersModel::MembersModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

MembersModel::~MembersModel() = default;

cms::ClusterSession *MembersModel::session() const
{
    return m_session;
}

void MembersModel::setSpace(cms::ClusterSession *session, const QString &spaceId)
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

void MembersModel::stop()
{
    ++m_generation;
    if (cms::CollectionPager *pager = m_pager) {
        m_pager = nullptr; // before cancel(): its finished() is not an answer any more
        pager->disconnect(this);
        pager->cancel();
        pager->deleteLater();
    }
}

void MembersModel::reload()
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
    connect(m_pager, &cms::CollectionPager::finished, this, &MembersModel::onListed);
    setLoading(true);
    m_pager->start();
}

QString MembersModel::path() const
{
    return QStringLiteral("coSpaces/%1/coSpaceUsers").arg(m_spaceId);
}

void MembersModel::onListed()
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
    // The list carries only the summary fields: show them now, read each member for its permissions.
    for (const cms::CmsNode &item : pager->items()) {
        upsert(item.id(), valuesOf(item));
        fetchDetails(item.id());
    }
}

void MembersModel::refreshObject(const QString &id)
{
    fetchDetails(id);
}

void MembersModel::fetchDetails(const QString &id)
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

MembersModel::Values MembersModel::valuesOf(const cms::CmsNode &node)
{
    Values values;
    for (const cms::FieldDef &field : memberType().fields) {
        if (node.has(field.readPath()))
            values.insert(field.name, node.value(field.readPath()));
    }
    return values;
}

void MembersModel::upsert(const QString &id, const Values &values)
{
    const int row = rowOf(id);
    if (row >= 0) {
        m_rows[row].values = values;
        Q_EMIT dataChanged(index(row, 0), index(row, int(Column::Count) - 1));
        return;
    }
    const int at = int(m_rows.size());
    beginInsertRows({}, at, at);
    m_rows.append(Row {id, values});
    endInsertRows();
}

void MembersModel::removeObject(const QString &id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
}

void MembersModel::setLoading(bool loading)
{
    if (m_loading == loading)
        return;
    m_loading = loading;
    Q_EMIT loadingChanged(loading);
}

void MembersModel::loadProfiles()
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
            const int column = int(Column::CallLegProfile);
            Q_EMIT dataChanged(index(0, column), index(int(m_rows.size()) - 1, column));
        }
    });
    pager->start();
}

QString MembersModel::callLegProfileName(const QString &id) const
{
    for (const auto &profile : m_profiles) {
        if (profile.first == id)
            return profile.second.isEmpty() ? id : profile.second;
    }
    return id;
}

QString MembersModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : QString();
}

int MembersModel::rowOf(const QString &id) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == id)
            return row;
    }
    return -1;
}

MembersModel::Values MembersModel::values(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).values : Values();
}

void MembersModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, int(Column::Count) - 1);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, int(Column::Count) - 1));
}

int MembersModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MembersModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QStringList MembersModel::permissionFields() const
{
    const int version = serverVersion(m_session);
    QStringList names;
    for (const cms::FieldDef &field : memberType().fields) {
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
    const Row &row = m_rows.at(index.row());
    if (role == IdRole)
        return row.id;
    const Column column = Column(index.column());
    if (column == Column::Permissions
        && (role == Qt::DisplayRole || role == RawValueRole || role == Qt::ToolTipRole)) {
        const QStringList fields = permissionFields();
        QStringList granted;
        for (const QString &name : fields) {
            if (row.values.value(name) == QLatin1String("true"))
                granted.append(memberType().field(name)->label());
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
        return row.values.value(QStringLiteral("userJid"));
    case Column::Permissions:
        break;
    case Column::CallLegProfile: {
        const QString id = row.values.value(QStringLiteral("callLegProfile"));
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
