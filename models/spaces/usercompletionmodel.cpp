#include "spaces/usercompletionmodel.h"

#include "cluster/clustersession.h"
#include "api/cmsnode.h"
#include "net/collectionpager.h"
#include "net/connection.h"

#include <QSet>

namespace models {

UserCompletionModel *UserCompletionModel::forSession(cms::ClusterSession *session)
{
    if (!session)
        return nullptr;
    // The model is a child of its session, so it goes with it; the name marks it as the cached one.
    static const QString cacheName = QStringLiteral("cmsconsole-user-completion");
    if (auto *cached = session->findChild<UserCompletionModel *>(cacheName, Qt::FindDirectChildrenOnly)) {
        if (cached->rowCount() == 0)
            cached->reload(); // the session was not open yet the first time, or the read failed
        return cached;
    }
    auto *model = new UserCompletionModel(session, session);
    model->setObjectName(cacheName);
    model->reload();
    return model;
}

UserCompletionModel::UserCompletionModel(cms::ClusterSession *session, QObject *parent)
    : QAbstractListModel(parent)
    , m_session(session)
{ }

bool UserCompletionModel::isLoading() const
{
    return !m_pager.isNull();
}

void UserCompletionModel::reload()
{
    if (m_pager)
        return; // already reading
    cms::Connection *connection = m_session ? m_session->connection() : nullptr;
    if (!connection)
        return;
    auto *pager = new cms::CollectionPager(*connection, QStringLiteral("users"), {}, this);
    m_pager = pager;
    auto toUsers = [](const QList<cms::CmsNode> &items) {
        QList<User> users;
        users.reserve(items.size());
        for (const cms::CmsNode &item : items)
            users.append(User {item.value(u"userJid"), item.value(u"name")});
        return users;
    };
    connect(pager, &cms::CollectionPager::itemsArrived, this,
        [this, toUsers](const QList<cms::CmsNode> &items) { addUsers(toUsers(items)); });
    connect(pager, &cms::CollectionPager::finished, this, [this, pager, toUsers] {
        pager->deleteLater();
        m_pager = nullptr;
        if (pager->error().isOk())
            addUsers(toUsers(pager->items())); // what a re-read pass found that the pages did not show
        Q_EMIT loadingChanged(false);
    });
    pager->start();
    Q_EMIT loadingChanged(true);
}

void UserCompletionModel::addUsers(const QList<User> &users)
{
    QSet<QString> known;
    known.reserve(m_users.size());
    for (const User &user : std::as_const(m_users))
        known.insert(user.jid);
    QList<User> fresh;
    for (const User &user : users) {
        if (!user.jid.isEmpty() && !known.contains(user.jid)) {
            known.insert(user.jid);
            fresh.append(user);
        }
    }
    if (fresh.isEmpty())
        return;
    const int first = int(m_users.size());
    beginInsertRows({}, first, first + int(fresh.size()) - 1);
    m_users.append(fresh);
    endInsertRows();
}

int UserCompletionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_users.size());
}

QVariant UserCompletionModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const User &user = m_users.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        if (user.name.isEmpty())
            return user.jid;
        //: A user offered for completion: %1 is the name, %2 the address (JID).
        return tr("%1 <%2>").arg(user.name, user.jid);
    case JidRole:
        return user.jid;
    case NameRole:
        return user.name;
    default:
        return {};
    }
}

} // namespace models
