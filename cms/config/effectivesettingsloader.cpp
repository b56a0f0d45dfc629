#include "config/effectivesettingsloader.h"

#include "api/cmsnode.h"
#include "api/cmsreply.h"
#include "api/cmsrequest.h"
#include "net/collectionpager.h"
#include "net/connection.h"

namespace cms {

namespace {

const QString kCallLegProfile = QStringLiteral("callLegProfile");
const QString kCallProfile = QStringLiteral("callProfile");

bool hasPasscode(const CmsNode &node)
{
    return !node.value(u"passcode").isEmpty();
}

// Every plain field the object reports, by name (nested blocks are not profile values).
QHash<QString, QString> leafFields(const CmsNode &node)
{
    QHash<QString, QString> fields;
    for (const CmsNode &child : node.children) {
        if (child.isLeaf() && !child.text.isEmpty())
            fields.insert(child.name, child.text);
    }
    return fields;
}

} // namespace

EffectiveSettingsLoader::EffectiveSettingsLoader(Connection &connection, QObject *parent)
    : QObject(parent)
    , m_connection(&connection)
{
}

EffectiveSettingsLoader::~EffectiveSettingsLoader()
{
    dropRequests();
}

void EffectiveSettingsLoader::clearCache()
{
    m_callLegProfileCache.clear();
    m_callProfileCache.clear();
}

void EffectiveSettingsLoader::cancel()
{
    dropRequests();
    m_loading = false;
}

void EffectiveSettingsLoader::load(const QString &spaceId)
{
    dropRequests();
    m_spaceId = spaceId;
    m_loading = true;
    m_readingProfiles = false;
    m_pending = 0;
    m_input = EffectiveSettingsInput();
    m_input.serverVersion = m_serverVersion;
    m_input.space.id = spaceId;
    m_accessMethodIds.clear();
    m_memberIds.clear();
    m_accessMethods.clear();
    m_members.clear();
    m_missingCallLegProfiles.clear();
    m_missingCallProfiles.clear();
    if (!m_connection) {
        fail(CmsError(CmsError::Kind::Cancelled, QStringLiteral("no connection")));
        return;
    }

    const QString spacePath = QStringLiteral("coSpaces/") + spaceId;
    // Counted as one step until every part of the first round has been asked for, so that a reply
    // arriving early cannot end the round.
    ++m_pending;
    get(spacePath, [this](const CmsNode &node) { onSpace(node); });
    get(QStringLiteral("system/profiles"), [this](const CmsNode &node) { onSystemProfiles(node); });
    readCollection(spacePath + QStringLiteral("/accessMethods"),
                   [this](const CmsNode &node) { onAccessMethod(node); });
    readCollection(spacePath + QStringLiteral("/coSpaceUsers"),
                   [this](const CmsNode &node) { onMember(node); });
    stepDone();
}

void EffectiveSettingsLoader::get(const QString &path, const NodeHandler &handler,
                                  const QString &toleratedReason, const std::function<void()> &onMissing)
{
    if (!m_connection)
        return;
    ++m_pending;
    CmsReply *reply = m_connection->sendShared(CmsRequest::get(path));
    m_replies.append(reply);
    const int generation = m_generation;
    connect(reply, &CmsReply::finished, this, [this, reply, handler, toleratedReason, onMissing, generation] {
        if (generation != m_generation)
            return;
        m_replies.removeAll(reply);
        CmsError error = reply->error();
        if (error && !toleratedReason.isEmpty() && error.kind == CmsError::Kind::ServerRefused
            && error.reason == toleratedReason) {
            if (onMissing)
                onMissing();
            stepDone();
            return;
        }
        CmsNode node;
        if (!error)
            node = reply->object(&error);
        if (error) {
            fail(error);
            return;
        }
        handler(node);
        if (generation == m_generation)
            stepDone();
    });
}

void EffectiveSettingsLoader::readCollection(const QString &path, const NodeHandler &handler)
{
    ++m_pending;
    auto *pager = new CollectionPager(*m_connection, path, {}, this);
    m_pagers.append(pager);
    const int generation = m_generation;
    connect(pager, &CollectionPager::finished, this, [this, pager, path, handler, generation] {
        pager->deleteLater();
        if (generation != m_generation)
            return;
        m_pagers.removeAll(pager);
        if (pager->error()) {
            fail(pager->error());
            return;
        }
        for (const CmsNode &item : pager->items())
            get(path + QLatin1Char('/') + item.id(), handler);
        stepDone();
    });
    pager->start();
}

void EffectiveSettingsLoader::onSpace(const CmsNode &node)
{
    SpaceLevel &space = m_input.space;
    space.name = node.value(u"name");
    space.uri = node.value(u"uri");
    space.secondaryUri = node.value(u"secondaryUri");
    space.callId = node.value(u"callId");
    space.passcodeSet = hasPasscode(node);
    space.tenant = node.value(u"tenant");
    space.callLegProfile = node.value(kCallLegProfile);
    space.callProfile = node.value(kCallProfile);
    space.defaultLayout = node.value(u"defaultLayout");
    if (!space.tenant.isEmpty()) {
        get(QStringLiteral("tenants/") + space.tenant, [this](const CmsNode &tenant) { onTenant(tenant); },
            QStringLiteral("tenantDoesNotExist"));
    }
}

void EffectiveSettingsLoader::onSystemProfiles(const CmsNode &node)
{
    m_input.globalCallLegProfile = node.value(kCallLegProfile);
    m_input.globalCallProfile = node.value(kCallProfile);
}

void EffectiveSettingsLoader::onTenant(const CmsNode &node)
{
    m_input.tenantName = node.value(u"name");
    m_input.tenantCallLegProfile = node.value(kCallLegProfile);
    m_input.tenantCallProfile = node.value(kCallProfile);
}

void EffectiveSettingsLoader::onAccessMethod(const CmsNode &node)
{
    AccessMethodLevel method;
    method.id = node.id();
    method.name = node.value(u"name");
    method.uri = node.value(u"uri");
    method.callId = node.value(u"callId");
    method.passcodeSet = hasPasscode(node);
    method.scope = node.value(u"scope");
    method.callLegProfile = node.value(kCallLegProfile);
    if (!m_accessMethods.contains(method.id))
        m_accessMethodIds.append(method.id);
    m_accessMethods.insert(method.id, method);
}

void EffectiveSettingsLoader::onMember(const CmsNode &node)
{
    MemberLevel member;
    member.id = node.id();
    member.userJid = node.value(u"userJid");
    member.callLegProfile = node.value(kCallLegProfile);
    if (!m_members.contains(member.id))
        m_memberIds.append(member.id);
    m_members.insert(member.id, member);
}

void EffectiveSettingsLoader::onCallLegProfile(const CmsNode &node)
{
    ProfileValues profile;
    profile.id = node.id();
    profile.name = node.value(u"name");
    profile.fields = leafFields(node);
    profile.fields.remove(QStringLiteral("name"));
    m_callLegProfileCache.insert(profile.id, profile);
}

void EffectiveSettingsLoader::onCallProfile(const CmsNode &node)
{
    ProfileValues profile;
    profile.id = node.id();
    profile.fields = leafFields(node);
    m_callProfileCache.insert(profile.id, profile);
}

void EffectiveSettingsLoader::stepDone()
{
    if (!m_loading || --m_pending > 0)
        return;
    if (m_readingProfiles)
        finish();
    else
        readProfiles();
}

void EffectiveSettingsLoader::readProfiles()
{
    m_readingProfiles = true;
    QStringList legIds
        = {m_input.globalCallLegProfile, m_input.tenantCallLegProfile, m_input.space.callLegProfile};
    for (const AccessMethodLevel &method : std::as_const(m_accessMethods))
        legIds.append(method.callLegProfile);
    for (const MemberLevel &member : std::as_const(m_members))
        legIds.append(member.callLegProfile);
    const QStringList callIds
        = {m_input.globalCallProfile, m_input.tenantCallProfile, m_input.space.callProfile};

    ++m_pending;
    QSet<QString> asked;
    for (const QString &id : std::as_const(legIds)) {
        if (id.isEmpty() || m_callLegProfileCache.contains(id) || asked.contains(id))
            continue;
        asked.insert(id);
        // The id the reply carries is the one asked for; a missing profile is remembered by it.
        get(QStringLiteral("callLegProfiles/") + id,
            [this, id](const CmsNode &node) {
                CmsNode withId = node;
                if (withId.id().isEmpty())
                    withId.attributes.append({QStringLiteral("id"), id});
                onCallLegProfile(withId);
            },
            QStringLiteral("callLegProfileDoesNotExist"),
            [this, id] { m_missingCallLegProfiles.insert(id); });
    }
    asked.clear();
    for (const QString &id : callIds) {
        if (id.isEmpty() || m_callProfileCache.contains(id) || asked.contains(id))
            continue;
        asked.insert(id);
        get(QStringLiteral("callProfiles/") + id,
            [this, id](const CmsNode &node) {
                CmsNode withId = node;
                if (withId.id().isEmpty())
                    withId.attributes.append({QStringLiteral("id"), id});
                onCallProfile(withId);
            },
            QStringLiteral("callProfileDoesNotExist"), [this, id] { m_missingCallProfiles.insert(id); });
    }
    stepDone();
}

void EffectiveSettingsLoader::finish()
{
    for (const QString &id : std::as_const(m_accessMethodIds))
        m_input.accessMethods.append(m_accessMethods.value(id));
    for (const QString &id : std::as_const(m_memberIds))
        m_input.members.append(m_members.value(id));
    // The whole cache: the resolution only looks up what the space references.
    m_input.callLegProfiles = m_callLegProfileCache;
    m_input.callProfiles = m_callProfileCache;
    for (const QString &id : std::as_const(m_missingCallLegProfiles))
        m_input.callLegProfiles.remove(id);
    for (const QString &id : std::as_const(m_missingCallProfiles))
        m_input.callProfiles.remove(id);
    m_loading = false;
    ++m_generation;
    Q_EMIT loaded(EffectiveSettings::resolve(m_input));
}

void EffectiveSettingsLoader::fail(const CmsError &error)
{
    dropRequests();
    m_loading = false;
    Q_EMIT failed(error);
}

void EffectiveSettingsLoader::dropRequests()
{
    ++m_generation;
    const auto replies = m_replies;
    m_replies.clear();
    for (const QPointer<CmsReply> &reply : replies) {
        if (reply) {
            reply->disconnect(this);
            reply->cancel();
        }
    }
    const auto pagers = m_pagers;
    m_pagers.clear();
    for (const QPointer<CollectionPager> &pager : pagers) {
        if (pager) {
            pager->disconnect(this);
            pager->cancel();
            pager->deleteLater();
        }
    }
}

} // namespace cms
