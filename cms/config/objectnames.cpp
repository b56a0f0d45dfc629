#include "config/objectnames.h"

#include "api/cmsnode.h"
#include "net/collectionpager.h"

namespace cms {

namespace {

// The collections whose objects spaces name by id.
const QLatin1String kCollections[] = {QLatin1String("tenants"), QLatin1String("callLegProfiles"),
                                      QLatin1String("callProfiles")};

} // namespace

ObjectNames::ObjectNames(Connection &connection, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
{
}

ObjectNames::~ObjectNames() = default;

void ObjectNames::loadOnce()
{
    if (!m_loadStarted)
        load();
}

void ObjectNames::load()
{
    m_loadStarted = true;
    for (const QPointer<CollectionPager> &old : std::as_const(m_pagers)) {
        if (!old)
            continue;
        old->disconnect(this);   // its finished() must not reach us any more
        old->cancel();
        old->deleteLater();
    }
    m_pagers.clear();
    for (const QLatin1String collection : kCollections) {
        auto *pager = new CollectionPager(m_connection, collection, {}, this);
        connect(pager, &CollectionPager::finished, this,
                [this, collection = QString(collection), pager] { onPagerFinished(collection, pager); });
        m_pagers.append(pager);
    }
    // Started once all are listed, from a copy: a pager that fails at once finishes inside start().
    const QList<QPointer<CollectionPager>> pagers = m_pagers;
    for (const QPointer<CollectionPager> &pager : pagers) {
        if (pager)
            pager->start();
    }
}

void ObjectNames::onPagerFinished(const QString &collection, CollectionPager *pager)
{
    m_pagers.removeAll(pager);
    pager->deleteLater();   // we are inside its signal
    if (!pager->error()) {
        QHash<QString, QString> names;
        for (const CmsNode &item : pager->items()) {
            const QString name = item.value(u"name");
            if (!name.isEmpty())
                names.insert(item.id(), name);
        }
        m_byCollection.insert(collection, names);
        m_names.clear();
        for (const QHash<QString, QString> &some : std::as_const(m_byCollection))
            m_names.insert(some);
        Q_EMIT namesChanged();
    }
    if (m_pagers.isEmpty())
        Q_EMIT finished();
}

} // namespace cms
