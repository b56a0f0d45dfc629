#include "profiles/templateusersmodel.h"

#include "api/cmsnode.h"
#include "cluster/clustersession.h"
#include "net/collectionpager.h"
#include "net/connection.h"

namespace models {

TemplateUsersModel::TemplateUsersModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

TemplateUsersModel::~TemplateUsersModel() = default;

void TemplateUsersModel::show(cms::ClusterSession *session, const QString &templateId)
{
    m_session = session;
    m_templateId = templateId;
    reload();
}

void TemplateUsersModel::reload()
{
    ++m_generation;
    beginResetModel();
    m_rows.clear();
    endResetModel();
    m_queue.clear();
    m_running = 0;
    m_checked = 0;
    cms::Connection *connection = m_session ? m_session->connection() : nullptr;
    if (!connection || m_templateId.isEmpty()) {
        setLoading(false);
        return;
    }
    setLoading(true);
    auto *pager = new cms::CollectionPager(*connection, QStringLiteral("users"), {}, this);
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
            m_queue.append({item.id(), item.value(u"userJid"), item.value(u"name")});
        Q_EMIT progress(m_checked, usersTotal());
        pump(generation);
    });
    pager->start();
}

void TemplateUsersModel::pump(quint64 generation)
{
    while (m_running < kParallelReads && !m_queue.isEmpty())
        readAssignments(m_queue.takeFirst(), generation);
    if (m_running == 0 && m_queue.isEmpty())
        setLoading(false);
}

void TemplateUsersModel::readAssignments(const User &user, quint64 generation)
{
    cms::Connection *connection = m_session ? m_session->connection() : nullptr;
    if (!connection || user.id.isEmpty())
        return;
    ++m_running;
    auto *pager = new cms::CollectionPager(*connection, QStringLiteral("users/%1/userCoSpaceTemplates").arg(user.id), {}, this);
    connect(pager, &cms::CollectionPager::finished, this, [this, pager, user, generation] {
        pager->deleteLater();
        if (generation != m_generation)
            return;
        --m_running;
        ++m_checked;
        if (pager->error().isOk()) {
            for (const cms::CmsNode &item : pager->items()) {
                if (item.value(u"coSpaceTemplate") == m_templateId)
                    addAssignment(user.id, user.jid, user.name, item.id());
            }
        } else if (!pager->error().reason.endsWith(QLatin1String("DoesNotExist"))) {   // a user gone meanwhile
            Q_EMIT loadFailed(pager->error().message());
        }
        Q_EMIT progress(m_checked, usersTotal());
        pump(generation);
    });
    pager->start();
}

void TemplateUsersModel::setLoading(bool loading)
{
    if (loading == m_loading)
        return;
    m_loading = loading;
    Q_EMIT loadingChanged(loading);
}

QString TemplateUsersModel::userIdAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).user.id : QString();
}

QString TemplateUsersModel::jidAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).user.jid : QString();
}

QString TemplateUsersModel::assignmentIdAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).assignmentId : QString();
}

int TemplateUsersModel::rowOfUser(const QString &userId) const
{
    for (qsizetype row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).user.id == userId)
            return int(row);
    }
    return -1;
}

void TemplateUsersModel::addAssignment(const QString &userId, const QString &jid, const QString &name,
                                       const QString &assignmentId)
{
    for (const Row &row : std::as_const(m_rows)) {
        if (row.assignmentId == assignmentId)
            return;
    }
    const int at = int(m_rows.size());
    beginInsertRows({}, at, at);
    m_rows.append({{userId, jid, name}, assignmentId});
    endInsertRows();
}

void TemplateUsersModel::removeAssignment(const QString &assignmentId)
{
    for (qsizetype row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).assignmentId != assignmentId)
            continue;
        beginRemoveRows({}, int(row), int(row));
        m_rows.removeAt(row);
        endRemoveRows();
        return;
    }
}

int TemplateUsersModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TemplateUsersModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QVariant TemplateUsersModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    if (role == UserIdRole)
        return row.user.id;
    if (role == AssignmentIdRole)
        return row.assignmentId;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != Qt::AccessibleTextRole)
        return {};
    switch (Column(index.column())) {
    case Column::User:
        return row.user.jid;
    case Column::Name:
        return row.user.name;
    case Column::Count:
        break;
    }
    return {};
}

QVariant TemplateUsersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Column::User:
        return tr("User");
    case Column::Name:
        return tr("Name");
    case Column::Count:
        break;
    }
    return {};
}

} // namespace models
