#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QPair>
#include <QPointer>
#include <QString>

namespace cms {
class ClusterSession;
class CollectionPager;
struct CmsNode;
struct ObjectType;
} // namespace cms

namespace models {

// The objects of one sub-collection of a space (GET coSpaces/<id>/<collection>, every page, then each
// object for the fields the list leaves out), with the call leg profiles' names to show profiles by name.
// After a change made elsewhere, refreshObject() and removeObject() update one row: rows are inserted,
// changed and removed, never reset, except when another space is shown. A subclass names the collection
// and its columns, and says what each cell shows (data(), headerData()); this class holds no text of its own.
class SpaceObjectListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role {
        RawValueRole = Qt::UserRole + 1, // sortable raw value (the subclass says its type per column)
        IdRole, // the object's id
    };
    using Values = QHash<QString, QString>; // field name → value as the server reported it

    ~SpaceObjectListModel() override;

    // Reads the objects of the space; an empty id (or no session) empties the model.
    void setSpace(cms::ClusterSession *session, const QString &spaceId);
    void reload();
    cms::ClusterSession *session() const;
    QString spaceId() const { return m_spaceId; }
    // The objects' path: "coSpaces/<space id>/<collection>"; an object's is this path, '/' and its id.
    QString path() const;
    bool isLoading() const { return m_loading; }

    QString idAt(int row) const;
    int rowOf(const QString &id) const; // -1 when absent
    // Every field read for the object (secrets included: never log them).
    Values values(int row) const;
    // Reads one object again (after it was created or changed) and inserts or updates its row.
    void refreshObject(const QString &id);
    void removeObject(const QString &id);

    // The call leg profiles of the cluster, (id, name), sorted by name.
    QList<QPair<QString, QString>> callLegProfiles() const { return m_profiles; }
    QString callLegProfileName(const QString &id) const;

    // After a language change: headers and translated cells are announced as changed.
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;

Q_SIGNALS:
    void loadingChanged(bool loading);
    void loadFailed(const QString &message); // translated
    void callLegProfilesChanged();

protected:
    // collection: the sub-collection of coSpaces/<id>/, also the name of its type in cms::Schema.
    // callLegProfileColumn: the column that shows call leg profiles by name, announced as changed when
    // the profiles' names arrive.
    SpaceObjectListModel(QStringView collection, int columnCount, int callLegProfileColumn, QObject *parent);

    const cms::ObjectType &objectType() const { return *m_type; }

private:
    struct Row
    {
        QString id;
        Values values;
    };
    Values valuesOf(const cms::CmsNode &node) const;
    void stop();
    void onListed();
    void fetchDetails(const QString &id);
    void upsert(const QString &id, const Values &values);
    void setLoading(bool loading);
    void loadProfiles();

    const cms::ObjectType *m_type;
    const int m_columnCount;
    const int m_callLegProfileColumn;
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
