#include "config/profileusage.h"

#include "api/cmsnode.h"
#include "api/cmsreply.h"
#include "api/cmsrequest.h"
#include "config/spacecatalog.h"
#include "net/collectionpager.h"
#include "net/connection.h"

#include <algorithm>

namespace cms {

using Level = ProfileUsage::Level;
using Source = ProfileUsage::Source;

int ProfileUsage::count(Level level) const
{
    return int(std::count_if(places.cbegin(), places.cend(), [level](const Place &p) { return p.level == level; }));
}

QList<ProfileUsage::Place> ProfileUsage::at(Level level) const
{
    QList<Place> found;
    std::copy_if(places.cbegin(), places.cend(), std::back_inserter(found), [level](const Place &p) { return p.level == level; });
    return found;
}

bool ProfileUsage::isUsed() const
{
    return !places.isEmpty() || std::any_of(std::begin(flagged), std::end(flagged), [](bool f) { return f; });
}

ProfileUsageFinder::ProfileUsageFinder(Connection &connection, Kind kind, QString profileId, QObject *parent)
    : QObject(parent)
    , m_connection(&connection)
    , m_kind(kind)
    , m_id(std::move(profileId))
{
}

QString ProfileUsageFinder::collection(Kind kind)
{
    switch (kind) {
    case Kind::CallLegProfile: return QStringLiteral("callLegProfiles");
    case Kind::CallProfile: return QStringLiteral("callProfiles");
    case Kind::DialInSecurityProfile: return QStringLiteral("dialInSecurityProfiles");
    }
    return {};
}

QString ProfileUsageFinder::field(Kind kind)
{
    QString name = collection(kind);
    name.chop(1);
    return name;
}

bool ProfileUsageFinder::kindFromName(const QString &name, Kind *kind)
{
    for (Kind k : {Kind::CallLegProfile, Kind::CallProfile, Kind::DialInSecurityProfile}) {
        if (name.compare(collection(k), Qt::CaseInsensitive) == 0 || name.compare(field(k), Qt::CaseInsensitive) == 0) {
            *kind = k;
            return true;
        }
    }
    return false;
}

void ProfileUsageFinder::start()
{
    m_usage = {};
    m_error = {};
    m_finished = false;
    m_pending = 1;   // held until every read is under way, so that an early answer cannot finish
    // The profile itself: one that does not exist is an error (its reason), not "used nowhere".
    read(collection(m_kind) + QLatin1Char('/') + m_id, [](const CmsNode &) {});
    findGlobal();
    findTenants();
    findSpaces();
    findAccessMethodsAndMembers();
    findTemplates();
    done();
}

void ProfileUsageFinder::read(const QString &path, const Then &then, bool missingIsEmpty)
{
    if (!m_connection) {
        fail(Connection::closedError());
        return;
    }
    ++m_pending;
    CmsReply *reply = m_connection->sendShared(CmsRequest::get(path));
    connect(reply, &CmsReply::finished, this, [this, reply, then, missingIsEmpty] {
        reply->deleteLater();
        if (m_finished)
            return;
        if (!reply->isOk()) {
            if (missingIsEmpty && reply->error().status == 404)
                done();
            else
                fail(reply->error());
            return;
        }
        CmsError problem;
        const CmsNode object = reply->object(&problem);
        if (problem) {
            fail(problem);
            return;
        }
        then(object);
        done();
    });
}

void ProfileUsageFinder::list(const QString &path, const QUrlQuery &query,
                              const std::function<void(const QList<CmsNode> &)> &then, bool missingIsEmpty)
{
    if (!m_connection) {
        fail(Connection::closedError());
        return;
    }
    ++m_pending;
    auto *pager = new CollectionPager(*m_connection, path, query, this);
    connect(pager, &CollectionPager::finished, this, [this, pager, then, missingIsEmpty] {
        pager->deleteLater();
        if (m_finished)
            return;
        if (!pager->error().isOk()) {
            if (missingIsEmpty && pager->error().status == 404)
                done();
            else
                fail(pager->error());
            return;
        }
        then(pager->items());
        done();
    });
    pager->start();
}

void ProfileUsageFinder::done()
{
    if (m_finished || --m_pending > 0)
        return;
    m_finished = true;
    std::sort(m_usage.places.begin(), m_usage.places.end(), [](const ProfileUsage::Place &a, const ProfileUsage::Place &b) {
        return a.level != b.level ? a.level < b.level : a.name.localeAwareCompare(b.name) < 0;
    });
    Q_EMIT finished();
}

void ProfileUsageFinder::fail(const CmsError &error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = error;
    Q_EMIT finished();
}

void ProfileUsageFinder::addIfReferences(Level level, const CmsNode &object, const QString &parentId)
{
    if (object.value(field(m_kind)) == m_id)
        m_usage.places.append({level, object.id(), object.value(u"name"), parentId});
}

void ProfileUsageFinder::findGlobal()
{
    m_usage.sources[int(Level::Global)] = Source::Listed;
    read(QStringLiteral("system/profiles"), [this](const CmsNode &profiles) { addIfReferences(Level::Global, profiles); });
}

void ProfileUsageFinder::findTenants()
{
    m_usage.sources[int(Level::Tenant)] = Source::Listed;
    list(QStringLiteral("tenants"), {}, [this](const QList<CmsNode> &tenants) {
        for (const CmsNode &tenant : tenants) {
            const QString id = tenant.id();
            read(QStringLiteral("tenants/") + id, [this, id](const CmsNode &object) {
                CmsNode named = object;
                if (named.id().isEmpty())
                    named.attributes.append({QStringLiteral("id"), id});
                addIfReferences(Level::Tenant, named);
            });
        }
    });
}

void ProfileUsageFinder::findSpaces()
{
    if (m_kind == Kind::CallLegProfile) {
        m_usage.sources[int(Level::Space)] = Source::Listed;
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("callLegProfileFilter"), m_id);
        list(QStringLiteral("coSpaces"), query, [this](const QList<CmsNode> &spaces) {
            for (const CmsNode &space : spaces)
                m_usage.places.append({Level::Space, space.id(), space.value(u"name"), {}});
        });
        return;
    }
    // No filter for the others: what the catalog read in detail.
    m_usage.sources[int(Level::Space)] = m_catalog ? Source::PartlyRead : Source::NotChecked;
    if (!m_catalog)
        return;
    const bool callProfile = m_kind == Kind::CallProfile;
    m_usage.spacesKnown = m_catalog->count();
    const SpaceStore &spaces = m_catalog->spaces();   // field by field: no record made for each row
    for (int row = 0; row < spaces.size(); ++row) {
        if (spaces.details(row) == SpaceRecord::Details::Unknown)
            continue;
        ++m_usage.spacesChecked;
        // The catalog keeps the call profile and call leg profile of a space, not its dial-in profile.
        if (callProfile && spaces.text(row, SpaceStore::Text::CallProfile) == m_id)
            m_usage.places.append({Level::Space, spaces.id(row), spaces.text(row, SpaceStore::Text::Name), {}});
    }
    if (!callProfile)
        m_usage.sources[int(Level::Space)] = Source::NotChecked;
}

void ProfileUsageFinder::findAccessMethodsAndMembers()
{
    if (m_kind != Kind::CallLegProfile) {
        m_usage.sources[int(Level::AccessMethod)] = Source::NotChecked;
        m_usage.sources[int(Level::Member)] = Source::NotChecked;
        return;
    }
    m_usage.sources[int(Level::AccessMethod)] = Source::ServerFlag;
    m_usage.sources[int(Level::Member)] = Source::ServerFlag;
    read(QStringLiteral("callLegProfiles/%1/usage").arg(m_id), [this](const CmsNode &usage) {
        m_usage.flagged[int(Level::AccessMethod)] = usage.value(u"referencedByAccessMethods") == QLatin1String("true");
        m_usage.flagged[int(Level::Member)] = usage.value(u"referencedByCoSpaceUsers") == QLatin1String("true");
    });
}

void ProfileUsageFinder::findTemplates()
{
    m_usage.sources[int(Level::SpaceTemplate)] = Source::Listed;
    // Access method templates have a call leg profile and a dial-in security profile, no call profile.
    const bool methods = m_kind != Kind::CallProfile;
    m_usage.sources[int(Level::AccessMethodTemplate)] = methods ? Source::Listed : Source::NotChecked;
    list(QStringLiteral("coSpaceTemplates"), {}, [this, methods](const QList<CmsNode> &templates) {
        for (const CmsNode &item : templates) {
            const QString id = item.id();
            const QString path = QStringLiteral("coSpaceTemplates/") + id;
            read(path, [this, id](const CmsNode &object) {
                CmsNode named = object;
                if (named.id().isEmpty())
                    named.attributes.append({QStringLiteral("id"), id});
                addIfReferences(Level::SpaceTemplate, named);
            });
            if (!methods)
                continue;
            list(path + QStringLiteral("/accessMethodTemplates"), {}, [this, id, path](const QList<CmsNode> &items) {
                for (const CmsNode &method : items) {
                    const QString methodId = method.id();
                    read(path + QStringLiteral("/accessMethodTemplates/") + methodId, [this, id, methodId](const CmsNode &object) {
                        CmsNode named = object;
                        if (named.id().isEmpty())
                            named.attributes.append({QStringLiteral("id"), methodId});
                        addIfReferences(Level::AccessMethodTemplate, named, id);
                    });
                }
            });
        }
    }, /*missingIsEmpty=*/true);
}

} // namespace cms
