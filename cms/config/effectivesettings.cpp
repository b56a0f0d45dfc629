#include "config/effectivesettings.h"

#include "schema/schema.h"

namespace cms {

namespace {

// One level of a chain that references a profile.
struct Link
{
    SettingLevel level;
    QString profileId;
};

using Chain = QList<Link>;   // most specific first

const QString kDefaultLayout = QStringLiteral("defaultLayout");

QStringList fieldsOf(QStringView collection, int serverVersion)
{
    QStringList names;
    const ObjectType *type = Schema::find(collection);
    if (!type)
        return names;
    for (const FieldDef &field : type->fields) {
        if (field.name == QLatin1String("name") || field.access == Access::ReadOnly || field.action)
            continue;
        if (serverVersion > 0 && !field.existsIn(serverVersion))
            continue;
        names.append(field.name);
    }
    return names;
}

void append(Chain &chain, SettingLevel level, const QString &profileId)
{
    if (!profileId.isEmpty())
        chain.append({level, profileId});
}

class Resolver
{
public:
    explicit Resolver(const EffectiveSettingsInput &input)
        : m_input(input)
        , m_callLegFields(EffectiveSettings::callLegFields(input.serverVersion))
        , m_callFields(EffectiveSettings::callFields(input.serverVersion))
    {
        append(m_spaceLegChain, SettingLevel::Space, input.space.callLegProfile);
        append(m_spaceLegChain, SettingLevel::Tenant, input.tenantCallLegProfile);
        append(m_spaceLegChain, SettingLevel::Global, input.globalCallLegProfile);
        append(m_callChain, SettingLevel::Space, input.space.callProfile);
        append(m_callChain, SettingLevel::Tenant, input.tenantCallProfile);
        append(m_callChain, SettingLevel::Global, input.globalCallProfile);
        m_callValues = resolveAll(ProfileKind::Call, m_callChain);
    }

    // The space's chain below a more specific level (or alone, for guests).
    void fill(JoinWay &way, SettingLevel level = SettingLevel::Default, const QString &profileId = {})
    {
        Chain chain;
        if (level != SettingLevel::Default)
            append(chain, level, profileId);
        chain += m_spaceLegChain;
        way.callLegValues = resolveAll(ProfileKind::CallLeg, chain);
        way.callValues = m_callValues;
    }

    QStringList missing() const { return m_missing; }

    QList<EffectiveValue> resolveProfile(ProfileKind kind, const QString &profileId)
    {
        Chain chain;
        append(chain, SettingLevel::Space, profileId);
        append(chain, SettingLevel::Global,
               kind == ProfileKind::CallLeg ? m_input.globalCallLegProfile : m_input.globalCallProfile);
        return resolveAll(kind, chain);
    }

private:
    QList<EffectiveValue> resolveAll(ProfileKind kind, const Chain &chain)
    {
        const auto &profiles = kind == ProfileKind::CallLeg ? m_input.callLegProfiles : m_input.callProfiles;
        for (const Link &link : chain) {
            if (!profiles.contains(link.profileId) && !m_missing.contains(link.profileId))
                m_missing.append(link.profileId);
        }
        QList<EffectiveValue> values;
        const QStringList &fields = kind == ProfileKind::CallLeg ? m_callLegFields : m_callFields;
        values.reserve(fields.size());
        for (const QString &field : fields)
            values.append(resolveOne(kind, field, chain, profiles));
        return values;
    }

    EffectiveValue resolveOne(ProfileKind kind, const QString &field, const Chain &chain,
                              const QHash<QString, ProfileValues> &profiles) const
    {
        EffectiveValue v;
        v.field = field;
        v.kind = kind;
        const bool spaceOwnField = kind == ProfileKind::CallLeg && field == kDefaultLayout
            && !m_input.space.defaultLayout.isEmpty();
        for (const Link &link : chain) {
            // The space's own defaultLayout comes before the space's profile, and in any case before
            // the tenant's and the global one (when the space has no call leg profile).
            if (spaceOwnField && link.level <= SettingLevel::Space) {
                v.value = m_input.space.defaultLayout;
                v.level = SettingLevel::Space;
                return v;
            }
            const auto profile = profiles.constFind(link.profileId);
            if (profile == profiles.constEnd())
                continue;
            const QString value = profile->fields.value(field);
            if (value.isEmpty())
                continue;
            v.value = value;
            v.level = link.level;
            v.profileId = link.profileId;
            v.profileName = profile->name;
            return v;
        }
        if (spaceOwnField) {   // no space, tenant or global profile at all
            v.value = m_input.space.defaultLayout;
            v.level = SettingLevel::Space;
            return v;
        }
        const ObjectType *type
            = Schema::find(kind == ProfileKind::CallLeg ? u"callLegProfiles" : u"callProfiles");
        if (const FieldDef *def = type ? type->field(field) : nullptr)
            v.value = def->defaultValue;
        v.level = SettingLevel::Default;
        return v;
    }

    const EffectiveSettingsInput &m_input;
    const QStringList m_callLegFields;
    const QStringList m_callFields;
    Chain m_spaceLegChain;
    Chain m_callChain;
    QList<EffectiveValue> m_callValues;
    QStringList m_missing;
};

} // namespace

EffectiveValue JoinWay::value(QStringView field) const
{
    for (const QList<EffectiveValue> *list : {&callLegValues, &callValues}) {
        for (const EffectiveValue &v : *list) {
            if (v.field == field)
                return v;
        }
    }
    return {};
}

EffectiveSettings EffectiveSettings::resolve(const EffectiveSettingsInput &input)
{
    EffectiveSettings result;
    result.spaceId = input.space.id;
    result.spaceName = input.space.name;
    result.tenantName = input.tenantName;
    Resolver resolver(input);

    JoinWay guests;
    guests.kind = JoinKind::Guests;
    guests.id = input.space.id;
    guests.name = input.space.name;
    guests.uri = input.space.uri;
    guests.callId = input.space.callId;
    guests.passcodeSet = input.space.passcodeSet;
    resolver.fill(guests);
    result.ways.append(guests);

    for (const AccessMethodLevel &method : input.accessMethods) {
        JoinWay way;
        way.kind = JoinKind::AccessMethod;
        way.id = method.id;
        way.name = method.name;
        way.uri = method.uri;
        way.callId = method.callId;
        way.passcodeSet = method.passcodeSet;
        resolver.fill(way, SettingLevel::AccessMethod, method.callLegProfile);
        result.ways.append(way);
    }
    for (const MemberLevel &member : input.members) {
        JoinWay way;
        way.kind = JoinKind::Member;
        way.id = member.id;
        way.userJid = member.userJid;
        resolver.fill(way, SettingLevel::Member, member.callLegProfile);
        result.ways.append(way);
    }
    result.missingProfiles = resolver.missing();
    return result;
}

QList<EffectiveValue> EffectiveSettings::resolveProfile(ProfileKind kind, const QString &profileId,
                                                       const EffectiveSettingsInput &input)
{
    return Resolver(input).resolveProfile(kind, profileId);
}

QString EffectiveSettings::levelName(SettingLevel level)
{
    switch (level) {
    case SettingLevel::Default:
        //: Where a setting comes from: nobody sets it, the server's default applies.
        return tr("Default");
    case SettingLevel::Global:
        //: Where a setting comes from: the global profiles (/system/profiles).
        return tr("Global");
    case SettingLevel::Tenant:
        //: Where a setting comes from: the space's tenant.
        return tr("Tenant");
    case SettingLevel::Space:
        //: Where a setting comes from: the space itself.
        return tr("Space");
    case SettingLevel::AccessMethod:
        //: Where a setting comes from: the access method used to join.
        return tr("Access method");
    case SettingLevel::Member:
        //: Where a setting comes from: the member's own call leg profile.
        return tr("Member");
    }
    return {};
}

QStringList EffectiveSettings::callLegFields(int serverVersion)
{
    return fieldsOf(u"callLegProfiles", serverVersion);
}

QStringList EffectiveSettings::callFields(int serverVersion)
{
    return fieldsOf(u"callProfiles", serverVersion);
}

const JoinWay *EffectiveSettings::find(JoinKind kind, const QString &id) const
{
    for (const JoinWay &way : ways) {
        if (way.kind == kind && way.id == id)
            return &way;
    }
    return nullptr;
}

} // namespace cms
