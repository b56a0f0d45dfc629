#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace cms {

// The settings that really apply to the people joining one space (issue 6, item 2): for guests
// joining by the space's own URI or call ID, for each access method and for each member, every call
// leg profile value and every call profile value, with the level it comes from.
//
// The rules (cms-api.md section 4, "Profile precedence", and the guest/host patterns of section 8):
// - The chain of a way of joining, most specific first:
//     guests by the space URI:  space → tenant → global
//     an access method:         access method → space → tenant → global
//     a member (coSpaceUser):   member → space → tenant → global
//   A level takes part when it references a profile (an unset reference means "inherit").
// - A value is taken from the most specific profile of the chain that sets it: a profile reference
//   overrides the level above, and what the chosen profile leaves unset falls back to the next
//   profile up the chain. When no profile sets it, the server's default applies (Level::Default,
//   FieldDef::defaultValue; empty when the schema knows no default: "the server decides").
// - Only call leg profiles exist at the access method and member levels: call profile values are
//   the same for every way of joining (space → tenant → global).
// Decisions where the notes say nothing [open]:
// - The space's own `defaultLayout` field counts at the space level, before the space's call leg
//   profile (the more specific setting of the two); an access method's or member's call leg profile
//   still wins over it. Its profileId is empty.
// - The tenant is the space's tenant, also for members (a member's user may belong to another one).
// - A member joins as that user with the member's call leg profile, whatever access method or URI
//   is used (the web app, pattern 4); a member without one follows the space's chain.
// - A referenced profile that cannot be read (deleted meanwhile) sets nothing; its id is listed in
//   missingProfiles.
// - The tenant's participantLimit is a limit for the whole tenant, not a call profile value: not mixed in.

// Where an effective value comes from, most general first.
enum class SettingLevel {
    Default,        // nobody sets it: the server's default
    Global,         // /system/profiles
    Tenant,         // the space's tenant
    Space,          // the space (its profiles, or its own defaultLayout)
    AccessMethod,   // the access method's call leg profile
    Member,         // the member's (coSpaceUser's) call leg profile
};

enum class ProfileKind { CallLeg, Call };

// A call leg profile or call profile as GET /callLegProfiles/<id> (/callProfiles/<id>) reported it.
struct ProfileValues
{
    QString id;
    QString name;                    // call leg profiles only: call profiles have no name
    QHash<QString, QString> fields;  // the fields it sets, by API name (unset fields are absent)
};

struct SpaceLevel
{
    QString id;
    QString name;
    QString uri;
    QString secondaryUri;
    QString callId;
    bool passcodeSet = false;
    QString tenant;
    QString callLegProfile;
    QString callProfile;
    QString defaultLayout;   // the space's own field
};

struct AccessMethodLevel
{
    QString id;
    QString name;
    QString uri;
    QString callId;
    bool passcodeSet = false;
    QString scope;
    QString callLegProfile;
};

struct MemberLevel
{
    QString id;   // the member's id (the user's id)
    QString userJid;
    QString callLegProfile;
};

// Everything the resolution needs, as plain data (EffectiveSettingsLoader fills it from a server;
// tests build it by hand).
struct EffectiveSettingsInput
{
    QHash<QString, ProfileValues> callLegProfiles;   // every referenced one that could be read, by id
    QHash<QString, ProfileValues> callProfiles;
    QString globalCallLegProfile;                    // /system/profiles
    QString globalCallProfile;
    QString tenantName;                              // the space's tenant (space.tenant), if any
    QString tenantCallLegProfile;
    QString tenantCallProfile;
    SpaceLevel space;
    QList<AccessMethodLevel> accessMethods;
    QList<MemberLevel> members;
    int serverVersion = 0;   // Schema::versionNumber; 0 = unknown: every field of the schema
};

// One value that applies, and where it comes from.
struct EffectiveValue
{
    QString field;           // the API name: "needsActivation"
    ProfileKind kind = ProfileKind::CallLeg;
    QString value;           // as the API spells it ("true", "deactivate", "5"); empty: server decides
    SettingLevel level = SettingLevel::Default;
    QString profileId;       // the profile that sets it; empty for Default and the space's own field
    QString profileName;     // its name when it has one (call leg profiles), else empty
};

enum class JoinKind { Guests, AccessMethod, Member };

// One way of joining the space and what applies to it.
struct JoinWay
{
    JoinKind kind = JoinKind::Guests;
    QString id;              // access method or member id; the space's id for guests
    QString name;            // access method name (2.9), empty otherwise
    QString uri;
    QString callId;
    bool passcodeSet = false;
    QString userJid;         // members
    QList<EffectiveValue> callLegValues;   // in schema order
    QList<EffectiveValue> callValues;      // in schema order

    // The value of a field of either kind; a default-constructed one (empty field) when not shown.
    EffectiveValue value(QStringView field) const;
};

class EffectiveSettings
{
    Q_DECLARE_TR_FUNCTIONS(EffectiveSettings)

public:
    static EffectiveSettings resolve(const EffectiveSettingsInput &input);
    // What one profile gives where it applies with only the global profile above it (the comparison
    // of two profiles): the values it sets itself (with its own id as profileId, at the Space level,
    // where a space referencing it would have them), for what it leaves unset the global profile's
    // (Global), else the server's default (Default). Of `input` only the profiles of the kind, the
    // global reference of the kind and the server version are used.
    static QList<EffectiveValue> resolveProfile(ProfileKind kind, const QString &profileId,
                                                const EffectiveSettingsInput &input);

    // "Global", "Tenant", "Space", "Access method", "Member", "Default", translated.
    static QString levelName(SettingLevel level);
    // The call leg profile fields and call profile fields shown, in schema order (for a version).
    static QStringList callLegFields(int serverVersion = 0);
    static QStringList callFields(int serverVersion = 0);

    QString spaceId;
    QString spaceName;
    QString tenantName;
    QList<JoinWay> ways;            // guests first, then the access methods, then the members
    QStringList missingProfiles;    // referenced ids that could not be read

    bool isEmpty() const { return ways.isEmpty(); }
    const JoinWay *guests() const { return find(JoinKind::Guests, spaceId); }
    const JoinWay *accessMethod(const QString &id) const { return find(JoinKind::AccessMethod, id); }
    const JoinWay *member(const QString &id) const { return find(JoinKind::Member, id); }

private:
    const JoinWay *find(JoinKind kind, const QString &id) const;
};

} // namespace cms
