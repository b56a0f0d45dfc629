#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QPointer>
#include <QString>

namespace cms {
class ClusterSession;
struct CmsNode;
struct ObjectType;
} // namespace cms

namespace models {

// Every object of one collection, each read whole (GET <collection>/<id>: the list leaves fields out,
// and editors need them all; for collections of tens of objects, not thousands). Rows are inserted,
// changed and removed as objects are read again or deleted; a reset only when another collection is
// shown. A subclass says what collection (showCollection()), its columns and what each cell shows.
class WholeObjectsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    using Values = QHash<QString, QString>;   // field name → value as the server reported it

    ~WholeObjectsModel() override;

    void reload();
    bool isLoading() const { return m_loading; }
    // The collection's path, where objects are created; empty when nothing is shown.
    QString collectionPath() const { return m_collection; }

    QString idAt(int row) const;
    int rowOf(const QString &id) const;   // -1 when absent
    Values values(int row) const;         // secrets included: never log them
    void refreshObject(const QString &id);   // read again; inserted when new
    void removeObject(const QString &id);

    int rowCount(const QModelIndex &parent = {}) const override;

Q_SIGNALS:
    void loadingChanged(bool loading);
    void loadFailed(const QString &message);   // translated

protected:
    struct Row
    {
        QString id;
        Values values;
    };

    explicit WholeObjectsModel(QObject *parent);

    // Reads the objects of `collection` (of schema type `type`); an empty collection shows nothing.
    void showCollection(cms::ClusterSession *session, const QString &collection, const cms::ObjectType &type);
    const Row &rowAt(int row) const { return m_rows.at(row); }

private:
    void setLoading(bool loading);
    void readObject(const QString &id, quint64 generation);
    void storeObject(const QString &id, const cms::CmsNode &object);

    QPointer<cms::ClusterSession> m_session;
    QString m_collection;
    const cms::ObjectType *m_type = nullptr;
    QList<Row> m_rows;
    // Each object's place in the list as the server gave it: the objects are read one by one and
    // answer in any order, and the rows keep the server's. Objects added later go last.
    QHash<QString, int> m_listPositions;
    bool m_loading = false;
    int m_pendingReads = 0;
    quint64 m_generation = 0;   // a read from an earlier show or reload is dropped
};

} // namespace models
