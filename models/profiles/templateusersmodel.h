#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QPointer>
#include <QString>
#include <QStringList>

namespace cms {
class ClusterSession;
struct CmsNode;
} // namespace cms

namespace models {

// The users a space template is assigned to (CMS 2.9+). The API keeps an assignment under the user
// (users/<id>/userCoSpaceTemplates, each naming its coSpaceTemplate) and has no reverse query, so the
// model reads /users, then each user's assignments, a few at a time, and keeps those of the template
// shown. A row is one assignment: the user's JID and name, with the ids needed to remove it. Rows
// arrive as users are read; addAssignment() and removeAssignment() follow what the editor changed.
class TemplateUsersModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Column { User, Name, Count };
    enum Role { UserIdRole = Qt::UserRole + 1, AssignmentIdRole };

    explicit TemplateUsersModel(QObject *parent = nullptr);
    ~TemplateUsersModel() override;

    // An empty templateId shows nothing.
    void show(cms::ClusterSession *session, const QString &templateId);
    void reload();
    QString templateId() const { return m_templateId; }
    bool isLoading() const { return m_loading; }
    int usersChecked() const { return m_checked; }
    int usersTotal() const { return int(m_queue.size()) + m_checked + m_running; }

    QString userIdAt(int row) const;
    QString jidAt(int row) const;
    QString assignmentIdAt(int row) const;
    int rowOfUser(const QString &userId) const;   // -1 when the template is not assigned to that user
    void addAssignment(const QString &userId, const QString &jid, const QString &name, const QString &assignmentId);
    void removeAssignment(const QString &assignmentId);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void loadingChanged(bool loading);
    void progress(int usersChecked, int usersTotal);
    void loadFailed(const QString &message);   // translated

private:
    struct User
    {
        QString id;
        QString jid;
        QString name;
    };
    struct Row
    {
        User user;
        QString assignmentId;
    };
    void setLoading(bool loading);
    void pump(quint64 generation);
    void readAssignments(const User &user, quint64 generation);

    static constexpr int kParallelReads = 4;   // the cluster serves other windows too
    QPointer<cms::ClusterSession> m_session;
    QString m_templateId;
    QList<Row> m_rows;
    QList<User> m_queue;   // users whose assignments are still to be read
    int m_running = 0;
    int m_checked = 0;
    bool m_loading = false;
    quint64 m_generation = 0;   // a read from an earlier show() or reload() is dropped
};

} // namespace models
