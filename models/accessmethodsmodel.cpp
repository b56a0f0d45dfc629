#include "accessmethodsmodel.h"

#include "clustersession.h"
#include "cmsreply.h"
#include "cmsrequest.h"
#include "collectionpager.h"
#include "connection.h"
#include "schema.h"

#include <QCollator>
#include <algorithm>

namespace models {

namespace {

const cms::ObjectType &accessMethodType()
{
    static const cms::ObjectType *type = cms::Schema::find(u"accessMethods");
    return *type;
}

} // namespace

AccessMethodsModel::AccessMethodsModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

AccessMethodsModel::~AccessMethodsModel() = default;

cms::ClusterSession *AccessMethodsModel::session() const
{
    return m_session;
}

void AccessMethodsModel::setSpace(cms::ClusterSession *session, const QString &spaceId)
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

void AccessMethodsModel::stop()
{
    ++m_generation;
    if (cms::CollectionPager *pager = m_pager) {
        m_pager = nullptr; // before cancel(): its finished() is not an answer any more
        pager->disconnect(this);
        pager->cancel();
        pager->deleteLater();
    }
}

void AccessMethodsModel::reload()
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
    connect(m_pager, &cms::CollectionPager::finished, this, &AccessMethodsModel::onListed);
    setLoading(true);
    m_pager->start();
}

QString AccessMethodsModel::path() const
{
    return QStringLiteral("coSpaces/%1/accessMethods").arg(m_spaceId);
}

void AccessMethodsModel::onListed()
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

void AccessMethodsModel::refreshObject(const QString &id)
{
    fetchDetails(id);
}

void AccessMethodsModel::fetchDetails(const QString &id)
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

AccessMethodsModel::Values AccessMethodsModel::valuesOf(const cms::CmsNode &node)
{
    Values values;
    for (const cms::FieldDef &field : accessMethodType().fields) {
        if (node.has(field.readPath()))
            values.insert(field.name, node.value(field.readPath()));
    }
    return values;
}

void AccessMethodsModel::upsert(const QString &id, const Values &values)
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

void AccessMethodsModel::removeObject(const QString &id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
}

void AccessMethodsModel::setLoading(bool loading)
{
    if (m_loading == loading)
        return;
    m_loading = loading;
    Q_EMIT loadingChanged(loading);
}

void AccessMethodsModel::loadProfiles()
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

QString AccessMethodsModel::callLegProfileName(const QString &id) const
{
    for (const auto &profile : m_profiles) {
        if (profile.first == id)
            return profile.second.isEmpty() ? id : profile.second;
    }
    return id;
}

QString AccessMethodsModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : QString();
}

int AccessMethodsModel::rowOf(const QString &id) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == id)
            return row;
    }
    return -1;
}

AccessMethodsModel::Values AccessMethodsModel::values(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).values : Values();
}

void AccessMethodsModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, int(Column::Count) - 1);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, int(Column::Count) - 1));
}

int AccessMethodsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AccessMethodsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QVariant AccessMethodsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    if (role == IdRole)
        return row.id;
    if (role != Qt::DisplayRole && role != RawValueRole)
        return {};
    const bool raw = role == RawValueRole;
    switch (Column(index.column())) {
    case Column::Name:
        return row.values.value(QStringLiteral("name"));
    case Column::Uri:
        return row.values.value(QStringLiteral("uri"));
    case Column::CallId:
        return row.values.value(QStringLiteral("callId"));
    case Column::Passcode: {
        const bool set = !row.values.value(QStringLiteral("passcode")).isEmpty();
        if (raw)
            return set;
        //: An access method's passcode column: a passcode is set (the passcode itself is not shown).
        return set ? tr("Set") : QString();
    }
    case Column::CallLegProfile: {
        const QString id = row.values.value(QStringLiteral("callLegProfile"));
        return id.isEmpty() ? QString() : callLegProfileName(id);
    }
    case Column::Scope: {
        const QString scope = row.values.value(QStringLiteral("scope"));
        if (raw)
            return scope;
        //: Scope of an access method: anyone may see it in the apps.
        if (scope == QLatin1String("public"))
            return tr("Public");
        //: Scope of an access method: hidden in the apps.
        if (scope == QLatin1String("private"))
            return tr("Private");
        //: Scope of an access method: only the space's members see it.
        if (scope == QLatin1String("member"))
            return tr("Members");
        return scope;
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
