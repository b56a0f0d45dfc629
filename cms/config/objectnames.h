#pragma once

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

namespace cms {

class CollectionPager;
class Connection;

// The names of the objects that spaces refer to by id: tenants, call leg profiles and call profiles,
// so that a table can show "Sales" rather than a GUID. One table for all (ids are GUIDs). They are
// few: each collection is read whole, once per open cluster session on first use (loadOnce()), and
// again on load(). Until its collection is read, or when that read fails, an id has no name (the
// last names read stay). One per open session, shared by every pane (cms::SessionServices owns it).
class ObjectNames : public QObject
{
    Q_OBJECT
public:
    explicit ObjectNames(Connection &connection, QObject *parent = nullptr);
    ~ObjectNames() override;

    // Reads every collection again; reads under way are dropped.
    void load();
    // load(), unless a load was started already.
    void loadOnce();
    bool isLoading() const { return !m_pagers.isEmpty(); }

    // id → name, for every object read so far.
    const QHash<QString, QString> &names() const { return m_names; }
    QString nameOf(const QString &id) const { return m_names.value(id); }   // empty when unknown

Q_SIGNALS:
    // names() changed: one more collection was read.
    void namesChanged();
    // The last collection of a load() came back (read or not).
    void finished();

private:
    void onPagerFinished(const QString &collection, CollectionPager *pager);

    Connection &m_connection;
    bool m_loadStarted = false;
    QList<QPointer<CollectionPager>> m_pagers;   // children; those still reading
    QHash<QString, QHash<QString, QString>> m_byCollection;   // collection → (id → name)
    QHash<QString, QString> m_names;   // the union of m_byCollection
};

} // namespace cms
