#pragma once

#include <QAbstractListModel>
#include <QList>
#include <QPointer>
#include <QString>

namespace cms {
class ClusterSession;
class CollectionPager;
} // namespace cms

namespace models {

// The users of a cluster (GET /users, every page, read in the background) for completing a user JID:
// each row shows "Name <jid>" so that a completer matching anywhere in the display text finds a user
// by either. One model per session, kept for the session's life: forSession() reads /users once.
class UserCompletionModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        JidRole = Qt::UserRole + 1, // what a completion inserts
        NameRole,
    };

    // The session's model, created (and its reading started) on first use; owned by the session.
    static UserCompletionModel *forSession(cms::ClusterSession *session);

    explicit UserCompletionModel(cms::ClusterSession *session, QObject *parent = nullptr);

    // Reads /users again (rows arrive as pages land; nothing already listed is removed).
    void reload();
    bool isLoading() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void loadingChanged(bool loading);

private:
    struct User
    {
        QString jid;
        QString name;
    };
    void addUsers(const QList<User> &users);

    QPointer<cms::ClusterSession> m_session;
    QPointer<cms::CollectionPager> m_pager;
    QList<User> m_users;
};

} // namespace models
