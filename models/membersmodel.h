#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QPair>
#include <QPointer>
#include <QString>
#include <QStringList>

namespace cms {
class ClusterSession;
class CmsError;
class CollectionPager;
struct CmsNode;
} // namespace cms

namespace models {

// The members of one space (GET coSpaces/<id>/coSpaceUsers, every page, then each member for the
// permissions the list leaves out), with the call leg profiles' names to show profiles by name. After a
// change made elsewhere, refreshObject() and removeObject() update one row: rows are inserted, changed
// and removed, never reset, except when another space is shown.
class MembersModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Column {
        User, // the user's JID
        Permissions, // "3 of 9 permissions"; the tooltip names them
        CallLegProfile, // by name (its id when the name is unknown); empty when inherited
        Count
    };
    Q_ENUM(Column)

    enum Role {
        RawValueRole = Qt::UserRole + 1, // sortable raw value (QString; int for Permissions)
        IdRole, // the member's id (not the user's)
    };
    using Values = QHash<QString, QString>; // field name → value as the server reported it

    explicit MembersModel(QObject *parent = nullptr);
    ~MembersModel() override;

    // Reads the members of the space; an empty id (or no session) empties the model.
    void setSpace(cms::ClusterSession *session, const QString &spaceId);
    void reload();
    cms::ClusterSession *session() const;
    QString spaceId() const { return m_spaceId; }
    bool isLoading() const { return m_loading; }

    QString idAt(int row) const;
    int rowOf(const QString &id) const; // -1 when absent
    // Every field read for the member.
    Values values(int row) const;
    // Reads one member again (after it was created or changed) and inserts or updates its row.
    void refreshObject(const QString &id);
    void removeObject(const QString &id);

    // The call leg profiles of the cluster, (id, name), sorted by name.
    QList<QPair<QString, QString>> callLegProfiles() const { return m_profiles; }
    QString callLegProfileName(const QString &id) const;
    // The permission fields (booleans) of a member on this server, in schema order.
    QStringList permissionFields() const;

    // After a language change: headers and translated cells are announced as changed.
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void loadingChanged(bool loading);
    void loadFailed(const QString &message); // translated
    void callLegProfilesChanged();

private:
    struct Row
    {
        QString id;
        Values values;
    };
    static Values valuesOf(const cms::CmsNode &node);
    void stop();
    void onListed();
    void fetchDetails(const QString &id);
    void upsert(const QString &id, const Values &values);
    void setLoading(bool loading);
    void loadProfiles();
    QString path() const;

    QPointer<cms::ClusterSession> m_session;
    QString m_spaceId;
    QList<Row> m_rows;
    QList<QPair<QString, QString>> m_profiles;
    QPointer<cms::CollectionPager> m_pager;
    QPointer<cms::CollectionPager> m_profilePager;
    int m_generation = 0; // replies of an earlier space are ignored
    bool m_loading = false;
};

} // namespace models
