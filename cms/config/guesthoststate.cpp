#include "config/guesthoststate.h"

#include "api/cmsnode.h"
#include "api/cmsreply.h"
#include "api/cmsrequest.h"
#include "net/collectionpager.h"
#include "net/connection.h"

#include <memory>

namespace cms {

namespace {

GuestHostObject toObject(const CmsNode &node)
{
    GuestHostObject object;
    object.id = node.id();
    for (const CmsNode &child : node.children) {
        if (child.isLeaf() && !child.text.isEmpty())
            object.fields.insert(child.name, child.text);
    }
    return object;
}

bool same(const QString &a, const QString &b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

} // namespace

const GuestHostObject *GuestHostState::find(const QList<GuestHostObject> &list, const QString &id)
{
    for (const GuestHostObject &object : list) {
        if (object.id == id)
            return &object;
    }
    return nullptr;
}

GuestHostReader::GuestHostReader(Connection &connection, QObject *parent)
    : QObject(parent)
    , m_connection(&connection)
{
}

GuestHostReader::~GuestHostReader()
{
    cancel();
}

void GuestHostReader::cancel()
{
    for (const QPointer<CmsReply> &reply : std::as_const(m_replies)) {
        if (reply)
            reply->cancel();
    }
    for (const QPointer<CollectionPager> &pager : std::as_const(m_pagers)) {
        if (pager)
            pager->cancel();
    }
    m_replies.clear();
    m_pagers.clear();
}

void GuestHostReader::read(const QString &spaceId, const QStringList &uniqueValues, const QString &userJid)
{
    m_state = GuestHostState();
    m_error = CmsError();
    m_finished = false;
    m_pending = 0;
    if (!m_connection) {
        fail(CmsError(CmsError::Kind::Cancelled, QStringLiteral("no connection")));
        return;
    }
    begin();   // held until every read below is asked for, so that an early answer cannot end it
    readAll(QStringLiteral("callLegProfiles"), &m_state.callLegProfiles);
    readAll(QStringLiteral("callProfiles"), &m_state.callProfiles);
    if (!spaceId.isEmpty()) {
        const QString path = QStringLiteral("coSpaces/") + spaceId;
        get(path, [this](const CmsNode &node) { m_state.space = toObject(node); });
        readAll(path + QStringLiteral("/accessMethods"), &m_state.accessMethods);
        readAll(path + QStringLiteral("/coSpaceUsers"), &m_state.members);
    }
    for (const QString &value : uniqueValues) {
        if (value.isEmpty() || m_state.usedElsewhere.contains(value))
            continue;
        m_state.usedElsewhere.insert(value, {});
        list(QStringLiteral("coSpaces"), value, [this, value, spaceId](const QList<CmsNode> &items) {
            QStringList names;
            for (const CmsNode &item : items) {
                if (item.id() == spaceId)
                    continue;
                if (same(item.value(u"uri"), value) || same(item.value(u"secondaryUri"), value)
                    || item.value(u"callId") == value)
                    names.append(item.value(u"name").isEmpty() ? item.id() : item.value(u"name"));
            }
            m_state.usedElsewhere.insert(value, names);
        });
    }
    if (!userJid.isEmpty()) {
        list(QStringLiteral("users"), userJid, [this, userJid](const QList<CmsNode> &items) {
            for (const CmsNode &item : items) {
                if (same(item.value(u"userJid"), userJid)) {
                    m_state.user = toObject(item);
                    return;
                }
            }
        });
    }
    end();
}

void GuestHostReader::get(const QString &path, const Handler &handler)
{
    begin();
    CmsReply *reply = m_connection->sendShared(CmsRequest::get(path));
    m_replies.append(reply);
    connect(reply, &CmsReply::finished, this, [this, reply, handler] {
        reply->deleteLater();
        if (m_finished)
            return;
        CmsError problem;
        const CmsNode node = reply->isOk() ? reply->object(&problem) : CmsNode{};
        if (!reply->isOk() || problem) {
            fail(reply->isOk() ? problem : reply->error());
            return;
        }
        handler(node);
        end();
    }, Qt::SingleShotConnection);
}

void GuestHostReader::list(const QString &path, const QString &filter,
                           const std::function<void(const QList<CmsNode> &)> &handler)
{
    begin();
    QUrlQuery query;
    if (!filter.isEmpty())
        query.addQueryItem(QStringLiteral("filter"), filter);
    auto *pager = new CollectionPager(*m_connection, path, query, this);
    m_pagers.append(pager);
    connect(pager, &CollectionPager::finished, this, [this, pager, handler] {
        pager->deleteLater();
        if (m_finished)
            return;
        if (!pager->error().isOk()) {
            fail(pager->error());
            return;
        }
        handler(pager->items());
        end();
    });
    pager->start();
}

void GuestHostReader::readAll(const QString &path, QList<GuestHostObject> *into)
{
    list(path, {}, [this, path, into](const QList<CmsNode> &items) {
        into->resize(items.size());
        for (qsizetype i = 0; i < items.size(); ++i) {
            (*into)[i].id = items.at(i).id();
            get(path + QLatin1Char('/') + items.at(i).id(), [into, i](const CmsNode &node) {
                (*into)[i] = toObject(node);
            });
        }
    });
}

void GuestHostReader::end()
{
    if (m_finished || --m_pending > 0)
        return;
    m_finished = true;
    m_replies.clear();
    m_pagers.clear();
    Q_EMIT finished();
}

void GuestHostReader::fail(const CmsError &error)
{
    if (m_finished)
        return;
    m_error = error;
    m_finished = true;
    cancel();
    Q_EMIT finished();
}

} // namespace cms
