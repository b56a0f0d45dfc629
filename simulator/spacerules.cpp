#include "spacerules.h"

#include "idgenerator.h"
#include "simversion.h"

#include <QStringList>

namespace cmssim {

namespace {
const QString kUri = QStringLiteral("uri");
const QString kSecondaryUri = QStringLiteral("secondaryUri");
const QString kCallId = QStringLiteral("callId");
const QString kPasscode = QStringLiteral("passcode");
const QString kSecret = QStringLiteral("secret");
const QString kDialIn = QStringLiteral("dialInSecurityProfile");

} // namespace

SpaceRules::SpaceRules(ConfigStore &store, IdGenerator &ids, int version)
    : m_store(store)
    , m_ids(ids)
    , m_version(version)
{
}

bool SpaceRules::uriTakenByOther(const QString &uri, const QString &spaceId) const
{
    for (const Owner &o : m_uris.value(uri.toLower())) {
        if (o.spaceId != spaceId)
            return true;
    }
    return false;
}

bool SpaceRules::callIdTakenByOther(const QString &callId, const QString &spaceId) const
{
    for (const Owner &o : m_callIds.value(callId)) {
        if (o.spaceId != spaceId)
            return true;
    }
    return false;
}

std::optional<Failure> SpaceRules::checkSpace(const ConfigObject &candidate, const QString &objectId) const
{
    if (auto f = checkUnique(candidate, objectId, objectId))
        return f;
    if (auto f = checkPairs(candidate, objectId, objectId))
        return f;
    return checkPasscodePolicy(candidate, nullptr);
}

std::optional<Failure> SpaceRules::checkAccessMethod(const ConfigObject &candidate, const QString &spaceId,
                                                     const QString &objectId) const
{
    if (auto f = checkUnique(candidate, spaceId, objectId))
        return f;
    if (auto f = checkPairs(candidate, spaceId, objectId))
        return f;
    return checkPasscodePolicy(candidate, m_store.find(QStringLiteral("coSpaces"), spaceId));
}

std::optional<Failure> SpaceRules::checkUnique(const ConfigObject &candidate, const QString &spaceId,
                                               const QString &objectId) const
{
    for (const QString &field : {kUri, kSecondaryUri}) {
        const QString uri = candidate.value(field);
        // An empty spaceId (an object not created yet) matches no owner, so every use counts.
        if (!uri.isEmpty() && uriTakenByOther(uri, spaceId.isEmpty() ? QStringLiteral("-") : spaceId))
            return Failure{QStringLiteral("duplicateCoSpaceUri")};
    }
    const QString callId = candidate.value(kCallId);
    if (!callId.isEmpty() && callIdTakenByOther(callId, spaceId.isEmpty() ? QStringLiteral("-") : spaceId))
        return Failure{QStringLiteral("duplicateCoSpaceId")};
    const QString secret = candidate.value(kSecret);
    if (!secret.isEmpty()) {
        const auto it = m_secrets.constFind(secret);
        if (it != m_secrets.constEnd() && it.value() != objectId)
            return Failure{QStringLiteral("duplicateCoSpaceSecret")};
    }
    return std::nullopt;
}

// Within one space, the space itself and each access method are ways in; two ways in with the same
// URI (or call ID) and the same passcode cannot be told apart.
std::optional<Failure> SpaceRules::checkPairs(const ConfigObject &candidate, const QString &spaceId,
                                              const QString &objectId) const
{
    if (spaceId.isEmpty())
        return std::nullopt; // a new space has no access methods yet
    QList<const ConfigObject *> others;
    if (objectId != spaceId) {
        if (const ConfigObject *space = m_store.find(QStringLiteral("coSpaces"), spaceId))
            others.append(space);
    }
    if (const ObjectTable *methods = m_store.findTable(QStringLiteral("accessMethods"), spaceId)) {
        for (const ConfigObject *am : methods->ordered()) {
            if (am->id != objectId)
                others.append(am);
        }
    }
    // A space's secondary URI is a way in as much as its URI.
    auto urisOf = [](const ConfigObject &o) {
        QStringList uris;
        for (const QString &field : {kUri, kSecondaryUri}) {
            if (o.has(field))
                uris.append(o.value(field).toLower());
        }
        return uris;
    };
    const QString passcode = candidate.value(kPasscode);
    const QStringList uris = urisOf(candidate);
    const QString callId = candidate.value(kCallId);
    for (const ConfigObject *other : others) {
        if (other->value(kPasscode) != passcode)
            continue;
        for (const QString &uri : urisOf(*other)) {
            if (uris.contains(uri))
                return Failure{QStringLiteral("duplicateCoSpaceUriPasscode")};
        }
        if (!callId.isEmpty() && other->value(kCallId) == callId)
            return Failure{QStringLiteral("duplicateCoSpaceIdPasscode")};
    }
    return std::nullopt;
}

// The policy that applies is the most specific one set: access method, space, tenant, system.
std::optional<Failure> SpaceRules::checkPasscodePolicy(const ConfigObject &candidate, const ConfigObject *space) const
{
    if (m_version < since::dialInSecurity)
        return std::nullopt;
    const QString passcode = candidate.value(kPasscode);
    if (passcode.isEmpty())
        return std::nullopt;
    QString profileId = candidate.value(kDialIn);
    const ConfigObject *spaceLevel = space ? space : &candidate;
    if (profileId.isEmpty() && space)
        profileId = space->value(kDialIn);
    if (profileId.isEmpty() && spaceLevel->has(QStringLiteral("tenant"))) {
        if (const ConfigObject *tenant = m_store.find(QStringLiteral("tenants"), spaceLevel->value(QStringLiteral("tenant"))))
            profileId = tenant->value(kDialIn);
    }
    if (profileId.isEmpty())
        profileId = m_store.systemProfiles().value(kDialIn);
    const ConfigObject *profile = m_store.find(QStringLiteral("dialInSecurityProfiles"), profileId);
    if (!profile || profile->value(QStringLiteral("allowOutOfPolicy")) == QLatin1String("true"))
        return std::nullopt;
    if (passcode.size() < profile->value(QStringLiteral("minPasscodeLength")).toInt())
        return Failure{QStringLiteral("passcodeTooShort")};
    return std::nullopt;
}

void SpaceRules::fillGenerated(ConfigObject &object, bool regenerateSecret)
{
    const bool needsSecret = object.has(kCallId) && (!object.has(kSecret) || regenerateSecret);
    if (!needsSecret && !regenerateSecret)
        return;
    QString secret;
    do {
        secret = m_ids.secret();
    } while (m_secrets.contains(secret));
    object.fields.insert(kSecret, secret);
}

QString SpaceRules::uniqueCallId()
{
    QString callId;
    do {
        callId = m_ids.digits(9);
    } while (m_callIds.contains(callId));
    return callId;
}

void SpaceRules::index(const ConfigObject &object, const QString &spaceId)
{
    for (const QString &field : {kUri, kSecondaryUri}) {
        const QString uri = object.value(field).toLower();
        if (!uri.isEmpty())
            m_uris[uri].append({spaceId, object.id});
    }
    if (object.has(kCallId))
        m_callIds[object.value(kCallId)].append({spaceId, object.id});
    if (object.has(kSecret))
        m_secrets.insert(object.value(kSecret), object.id);
}

void SpaceRules::unindex(const ConfigObject &object, const QString &spaceId)
{
    Q_UNUSED(spaceId)
    for (const QString &field : {kUri, kSecondaryUri})
        removeOwner(m_uris, object.value(field).toLower(), object.id);
    removeOwner(m_callIds, object.value(kCallId), object.id);
    const auto it = m_secrets.find(object.value(kSecret));
    if (it != m_secrets.end() && it.value() == object.id)
        m_secrets.erase(it);
}

void SpaceRules::removeOwner(QHash<QString, QList<Owner>> &index, const QString &key, const QString &objectId)
{
    if (key.isEmpty())
        return;
    auto it = index.find(key);
    if (it == index.end())
        return;
    QList<Owner> &owners = it.value();
    for (qsizetype i = 0; i < owners.size(); ++i) {
        if (owners.at(i).objectId == objectId) {
            owners.removeAt(i);
            break;
        }
    }
    if (owners.isEmpty())
        index.erase(it);
}

} // namespace cmssim
