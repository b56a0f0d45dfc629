// The object types of the CMS API (cms-api.md section 4), one line per field.
#include "schema/schema.h"

#include <QCoreApplication>

namespace cms {

namespace {

using namespace Qt::StringLiterals;
using enum FieldType;

constexpr int maxCallIdDigits = 20;
constexpr int maxPasscodeDigits = 32;

// Builds one FieldDef: F(u"callId", Digits, QT_TR_NOOP("Call ID")).summary().maxLength(20)
class F
{
public:
    F(QStringView name, FieldType type, const char *label)
    {
        m_def.name = name.toString();
        m_def.type = type;
        m_def.labelSource = label;
    }

    F &&summary() && { m_def.inListSummary = true; return std::move(*this); }
    F &&secret() && { m_def.secret = true; return std::move(*this); }
    F &&required() && { m_def.required = true; return std::move(*this); }
    F &&action() && { m_def.action = true; return std::move(*this); }
    F &&readOnly() && { m_def.access = Access::ReadOnly; return std::move(*this); }
    F &&createOnly() && { m_def.access = Access::CreateOnly; return std::move(*this); }
    F &&updateOnly() && { m_def.access = Access::UpdateOnly; return std::move(*this); }
    F &&since(int version) && { m_def.since = version; return std::move(*this); }
    F &&until(int version) && { m_def.until = version; return std::move(*this); }
    F &&maxLength(int length) && { m_def.maxLength = length; return std::move(*this); }
    F &&mapsTo(FieldType type) && { m_def.mappedType = type; return std::move(*this); }
    F &&at(QStringView path) && { m_def.path = path.toString(); return std::move(*this); }
    F &&values(const QStringList &values) && { m_def.enumValues = values; return std::move(*this); }
    F &&references(QStringView collection) &&
    {
        m_def.referencedCollection = collection.toString();
        return std::move(*this);
    }
    F &&byDefault(QStringView value) && { m_def.defaultValue = value.toString(); return std::move(*this); }
    F &&valueSince(QStringView value, int version) &&
    {
        m_def.enumValueSince.insert(value.toString(), version);
        return std::move(*this);
    }
    F &&range(qint64 minimum, qint64 maximum) &&
    {
        m_def.minimum = minimum;
        m_def.maximum = maximum;
        return std::move(*this);
    }

    operator FieldDef() && { return std::move(m_def); }

private:
    FieldDef m_def;
};

F choice(QStringView name, const char *label, const QStringList &values)
{
    return F(name, Enum, label).values(values);
}

F ref(QStringView name, const char *label, QStringView collection)
{
    return F(name, Reference, label).references(collection);
}

ObjectType type(QStringView collection, QStringView element, const char *label, QStringView missingReason)
{
    ObjectType t;
    t.collection = collection.toString();
    t.element = element.toString();
    t.labelSource = label;
    t.missingReason = missingReason.toString();
    t.creatable = true;
    t.updatable = true;
    return t;
}

ObjectType liveType(QStringView collection, QStringView element, const char *label, QStringView missingReason)
{
    ObjectType t = type(collection, element, label, missingReason);
    t.live = true;
    return t;
}

ObjectType childType(QStringView parent, QStringView collection, QStringView element, const char *label,
                     QStringView missingReason)
{
    ObjectType t = type(collection, element, label, missingReason);
    t.parentCollection = parent.toString();
    t.topLevel = false;
    return t;
}

ObjectType readOnlyType(ObjectType t)
{
    t.creatable = false;
    t.updatable = false;
    for (FieldDef &field : t.fields)
        field.access = Access::ReadOnly;
    return t;
}

QStringList layouts()
{
    return {u"allEqual"_s, u"speakerOnly"_s, u"telepresence"_s, u"stacked"_s, u"allEqualQuarters"_s,
            u"allEqualNinths"_s, u"allEqualSixteenths"_s, u"allEqualTwentyFifths"_s, u"onePlusFive"_s,
            u"onePlusSeven"_s, u"onePlusNine"_s, u"automatic"_s, u"onePlusN"_s};
}

QStringList recordingModes()
{
    return {u"disabled"_s, u"manual"_s, u"automatic"_s};
}

QStringList callLegStates()
{
    return {u"initial"_s, u"ringing"_s, u"connected"_s, u"onHold"_s};
}

// Labels are marked here with QT_TR_NOOP under the context "SchemaField" and translated at use
// (FieldDef::label), so that a language chosen after start-up still applies.
class SchemaTable
{
    Q_DECLARE_TR_FUNCTIONS(SchemaField)

public:
    static QList<ObjectType> types();

private:
    // References that many types share.
    static F tenantRef() { return ref(u"tenant", QT_TR_NOOP("Tenant"), u"tenants"); }
    static F callProfileRef() { return ref(u"callProfile", QT_TR_NOOP("Call profile"), u"callProfiles"); }
    static F callLegProfileRef()
    {
        return ref(u"callLegProfile", QT_TR_NOOP("Call leg profile"), u"callLegProfiles");
    }
    static F dialInSecurityProfileRef()
    {
        const char *label = QT_TR_NOOP("Dial-in security profile");
        return ref(u"dialInSecurityProfile", label, u"dialInSecurityProfiles").since(300);
    }

    static ObjectType systemStatus();
    static ObjectType systemProfiles();
    static ObjectType tenants();
    static ObjectType callBridges();
    static ObjectType callBridgeGroups();
    static ObjectType coSpaces();
    static ObjectType accessMethods();
    static ObjectType coSpaceUsers();
    static ObjectType users();
    static ObjectType userCoSpaceTemplates();
    static ObjectType callProfiles();
    static ObjectType callLegProfiles();
    static ObjectType dialInSecurityProfiles();
    static ObjectType coSpaceTemplates();
    static ObjectType accessMethodTemplates();
    static ObjectType bulkParameterSets();
    static ObjectType bulkSyncs();
    static ObjectType calls();
    static ObjectType callLegs();
    static ObjectType participants();
};

QList<ObjectType> SchemaTable::types()
{
    return {systemStatus(), systemProfiles(), tenants(), callBridges(), callBridgeGroups(), coSpaces(),
            accessMethods(), coSpaceUsers(), users(), userCoSpaceTemplates(), callProfiles(),
            callLegProfiles(), dialInSecurityProfiles(), coSpaceTemplates(), accessMethodTemplates(),
            bulkParameterSets(), bulkSyncs(), calls(), callLegs(), participants()};
}

ObjectType SchemaTable::systemStatus()
{
    ObjectType t = type(u"system/status", u"status", QT_TR_NOOP("System status"), {});
    t.singleton = true;
    t.fields = {
        F(u"softwareVersion", Text, QT_TR_NOOP("Software version")).summary(),
        F(u"uptimeSeconds", Duration, QT_TR_NOOP("Uptime")),
        F(u"activated", Bool, QT_TR_NOOP("Activated")),
        F(u"clusterEnabled", Bool, QT_TR_NOOP("Clustered")),
        F(u"cdrTime", Text, QT_TR_NOOP("CDR time")),
        F(u"callLegsActive", Integer, QT_TR_NOOP("Active call legs")),
        F(u"callLegsMaxActive", Integer, QT_TR_NOOP("Most call legs active at once")),
        F(u"callLegsCompleted", Integer, QT_TR_NOOP("Completed call legs")),
        F(u"audioBitRateOutgoing", Integer, QT_TR_NOOP("Outgoing audio bit rate")),
        F(u"audioBitRateIncoming", Integer, QT_TR_NOOP("Incoming audio bit rate")),
        F(u"videoBitRateOutgoing", Integer, QT_TR_NOOP("Outgoing video bit rate")),
        F(u"videoBitRateIncoming", Integer, QT_TR_NOOP("Incoming video bit rate")),
    };
    return readOnlyType(t);
}

ObjectType SchemaTable::systemProfiles()
{
    ObjectType t = type(u"system/profiles", u"profiles", QT_TR_NOOP("System profiles"), {});
    t.singleton = true;
    t.creatable = false;
    t.fields = {
        callProfileRef(),
        callLegProfileRef(),
        dialInSecurityProfileRef(),
    };
    return t;
}

ObjectType SchemaTable::tenants()
{
    ObjectType t = type(u"tenants", u"tenant", QT_TR_NOOP("Tenants"), u"tenantDoesNotExist");
    t.fields = {
        F(u"name", Text, QT_TR_NOOP("Name")).summary(),
        callProfileRef(),
        callLegProfileRef(),
        dialInSecurityProfileRef(),
        // 0 would keep everyone out of every meeting of the tenant.
        F(u"participantLimit", Integer, QT_TR_NOOP("Participant limit")).range(1, 2147483647),
    };
    return t;
}

ObjectType SchemaTable::callBridges()
{
    ObjectType t = type(u"callBridges", u"callBridge", QT_TR_NOOP("Call bridges"), u"callBridgeDoesNotExist");
    t.fields = {
        F(u"name", Text, QT_TR_NOOP("Name")).summary().required(),
        F(u"address", Url, QT_TR_NOOP("Web Admin address")),
        F(u"sipDomain", Text, QT_TR_NOOP("SIP domain")),
        ref(u"callBridgeGroup", QT_TR_NOOP("Call bridge group"), u"callBridgeGroups"),
    };
    return t;
}

ObjectType SchemaTable::callBridgeGroups()
{
    ObjectType t = type(u"callBridgeGroups", u"callBridgeGroup", QT_TR_NOOP("Call bridge groups"),
                        u"callBridgeGroupDoesNotExist");
    t.fields = {
        F(u"name", Text, QT_TR_NOOP("Name")).summary(),
        F(u"loadBalancingEnabled", Bool, QT_TR_NOOP("Load balancing")),
    };
    return t;
}

ObjectType SchemaTable::coSpaces()
{
    ObjectType t = type(u"coSpaces", u"coSpace", QT_TR_NOOP("Spaces"), u"coSpaceDoesNotExist");
    t.fields = {
        F(u"name", Text, QT_TR_NOOP("Name")).summary(),
        F(u"uri", Uri, QT_TR_NOOP("URI")).summary(),
        F(u"secondaryUri", Uri, QT_TR_NOOP("Secondary URI")).summary(),
        F(u"callId", Digits, QT_TR_NOOP("Call ID")).summary().maxLength(maxCallIdDigits),
        F(u"passcode", Digits, QT_TR_NOOP("Passcode")).secret().maxLength(maxPasscodeDigits),
        choice(u"defaultLayout", QT_TR_NOOP("Default layout"), layouts()),
        tenantRef().summary(),
        callProfileRef(),
        callLegProfileRef(),
        dialInSecurityProfileRef(),
        F(u"nonMemberAccess", Bool, QT_TR_NOOP("Non-members may join")).byDefault(u"true"),
        F(u"ownerJid", Jid, QT_TR_NOOP("Owner")),
        ref(u"ownerId", QT_TR_NOOP("Owner id"), u"users"),
        F(u"secret", Text, QT_TR_NOOP("Secret")).secret(),
        F(u"regenerateSecret", Bool, QT_TR_NOOP("Generate a new secret")).updateOnly().action(),
        F(u"cdrTag", Text, QT_TR_NOOP("CDR tag")).maxLength(100),
        F(u"streamUrl", Url, QT_TR_NOOP("Streaming URL")),
        F(u"meetingScheduler", Text, QT_TR_NOOP("Meeting scheduler")),
        F(u"requireCallId", Bool, QT_TR_NOOP("Generate a call ID")).createOnly().action(),
        F(u"autoGenerated", Bool, QT_TR_NOOP("Generated automatically")).readOnly().summary(),
        F(u"numAccessMethods", Integer, QT_TR_NOOP("Access methods")).readOnly(),
    };
    return t;
}

ObjectType SchemaTable::accessMethods()
{
    ObjectType t = childType(u"coSpaces", u"accessMethods", u"accessMethod", QT_TR_NOOP("Access methods"),
                             u"accessMethodDoesNotExist");
    t.fields = {
        F(u"uri", Uri, QT_TR_NOOP("URI")).summary(),
        F(u"callId", Digits, QT_TR_NOOP("Call ID")).summary().maxLength(maxCallIdDigits),
        F(u"passcode", Digits, QT_TR_NOOP("Passcode")).secret().maxLength(maxPasscodeDigits),
        F(u"name", Text, QT_TR_NOOP("Name")).summary().since(209),
        callLegProfileRef(),
        F(u"secret", Text, QT_TR_NOOP("Secret")).secret(),
        F(u"regenerateSecret", Bool, QT_TR_NOOP("Generate a new secret")).updateOnly().action(),
        //: Who may see an access method in the apps: public, private, or members (from CMS 3.2).
        choice(u"scope", QT_TR_NOOP("Scope"), {u"public"_s, u"private"_s, u"member"_s})
            .valueSince(u"member", 302),
        F(u"importance", Integer, QT_TR_NOOP("Importance")),
        dialInSecurityProfileRef(),
    };
    return t;
}

ObjectType SchemaTable::coSpaceUsers()
{
    ObjectType t = childType(u"coSpaces", u"coSpaceUsers", u"coSpaceUser", QT_TR_NOOP("Space members"),
                             u"coSpaceUserDoesNotExist");
    t.fields = {
        F(u"userJid", Jid, QT_TR_NOOP("User")).summary().createOnly().required(),
        ref(u"userId", QT_TR_NOOP("User id"), u"users").summary().readOnly(),
        callLegProfileRef(),
        F(u"canDestroy", Bool, QT_TR_NOOP("Can delete the space")),
        F(u"canAddRemoveMember", Bool, QT_TR_NOOP("Can add and remove members")),
        F(u"canChangeName", Bool, QT_TR_NOOP("Can change the name")),
        F(u"canChangeUri", Bool, QT_TR_NOOP("Can change the URI")),
        F(u"canChangeCallId", Bool, QT_TR_NOOP("Can change the call ID")),
        F(u"canChangePasscode", Bool, QT_TR_NOOP("Can change the passcode")),
        F(u"canRemoveSelf", Bool, QT_TR_NOOP("Can leave the space")),
        F(u"canDeleteAllMessages", Bool, QT_TR_NOOP("Can delete all messages")),
        F(u"canChangeNonMemberAccessAllowed", Bool, QT_TR_NOOP("Can let non-members join")),
        F(u"autoGenerated", Bool, QT_TR_NOOP("Generated automatically")).summary().readOnly(),
    };
    return t;
}

ObjectType SchemaTable::users()
{
    ObjectType t = type(u"users", u"user", QT_TR_NOOP("Users"), u"userDoesNotExist");
    t.fields = {
        F(u"userJid", Jid, QT_TR_NOOP("User")).summary(),
        F(u"name", Text, QT_TR_NOOP("Name")).summary(),
        F(u"email", Text, QT_TR_NOOP("E-mail")),
        tenantRef().summary(),
    };
    return readOnlyType(t);
}

ObjectType SchemaTable::userCoSpaceTemplates()
{
    // An assignment has no failure reason of its own; the server names the template.
    ObjectType t = childType(u"users", u"userCoSpaceTemplates", u"userCoSpaceTemplate",
                             QT_TR_NOOP("User space templates"), u"coSpaceTemplateDoesNotExist");
    t.since = 209;
    t.updatable = false;
    t.fields = {
        ref(u"coSpaceTemplate", QT_TR_NOOP("Space template"), u"coSpaceTemplates")
            .summary().createOnly().required(),
    };
    return t;
}

ObjectType SchemaTable::callProfiles()
{
    ObjectType t =
        type(u"callProfiles", u"callProfile", QT_TR_NOOP("Call profiles"), u"callProfileDoesNotExist");
    t.fields = {
        // 0 would keep everyone out of every meeting using the profile.
        F(u"participantLimit", Integer, QT_TR_NOOP("Participant limit")).summary().range(1, 2147483647),
        F(u"locked", Bool, QT_TR_NOOP("Locked")),
        //: Whom a locked meeting keeps out: everyone new, or only guests who wait for a host.
        choice(u"lockMode", QT_TR_NOOP("Lock applies to"), {u"all"_s, u"needsActivation"_s}).since(209),
        choice(u"recordingMode", QT_TR_NOOP("Recording"), recordingModes()),
        choice(u"streamingMode", QT_TR_NOOP("Streaming"), recordingModes()),
        //: What counts as an empty passcode: pressing # (required) or silence (timeout).
        choice(u"passcodeMode", QT_TR_NOOP("Empty passcode"), {u"required"_s, u"timeout"_s}).since(201),
        F(u"passcodeTimeout", Duration, QT_TR_NOOP("Passcode timeout")).since(201).range(1, 2147483647),
        F(u"messageBoardEnabled", Bool, QT_TR_NOOP("Message board")).until(300),
    };
    return t;
}

ObjectType SchemaTable::callLegProfiles()
{
    ObjectType t = type(u"callLegProfiles", u"callLegProfile", QT_TR_NOOP("Call leg profiles"),
                        u"callLegProfileDoesNotExist");
    t.fields = {
        F(u"name", Text, QT_TR_NOOP("Name")).summary(),
        F(u"needsActivation", Bool, QT_TR_NOOP("Waits in the lobby for a host")),
        choice(u"deactivationMode", QT_TR_NOOP("When the last host leaves"),
               {u"deactivate"_s, u"disconnect"_s, u"remainActivated"_s}),
        F(u"deactivationModeTime", Duration, QT_TR_NOOP("Delay after the last host leaves")),
        choice(u"defaultLayout", QT_TR_NOOP("Default layout"), layouts()),
        F(u"changeLayoutAllowed", Bool, QT_TR_NOOP("May change the layout")),
        F(u"participantLabels", Bool, QT_TR_NOOP("Participant labels")),
        F(u"presentationContributionAllowed", Bool, QT_TR_NOOP("May present")),
        F(u"presentationViewingAllowed", Bool, QT_TR_NOOP("May view presentations")),
        F(u"endCallAllowed", Bool, QT_TR_NOOP("May end the meeting")),
        F(u"muteOthersAllowed", Bool, QT_TR_NOOP("May mute others")),
        F(u"videoMuteOthersAllowed", Bool, QT_TR_NOOP("May stop others' video")),
        F(u"muteSelfAllowed", Bool, QT_TR_NOOP("May mute themselves")),
        F(u"videoMuteSelfAllowed", Bool, QT_TR_NOOP("May stop their own video")),
        F(u"disconnectOthersAllowed", Bool, QT_TR_NOOP("May disconnect others")),
        F(u"addParticipantAllowed", Bool, QT_TR_NOOP("May add participants")),
        F(u"rxAudioMute", Bool, QT_TR_NOOP("Others cannot hear them")),
        F(u"txAudioMute", Bool, QT_TR_NOOP("They cannot hear others")),
        F(u"rxVideoMute", Bool, QT_TR_NOOP("Others cannot see them")),
        F(u"txVideoMute", Bool, QT_TR_NOOP("They cannot see others")),
        F(u"joinToneParticipantThreshold", Integer, QT_TR_NOOP("Join tone up to participants")),
        F(u"leaveToneParticipantThreshold", Integer, QT_TR_NOOP("Leave tone up to participants")),
        F(u"maxCallDurationTime", Duration, QT_TR_NOOP("Longest call")),
        choice(u"qualityMain", QT_TR_NOOP("Main video quality"),
               {u"unrestricted"_s, u"max1080p30"_s, u"max720p30"_s, u"max480p30"_s}).since(202),
        choice(u"qualityPresentation", QT_TR_NOOP("Presentation quality"),
               {u"unrestricted"_s, u"max1080p30"_s, u"max720p5"_s}).since(202),
        choice(u"participantCounter", QT_TR_NOOP("Participant counter"),
               {u"never"_s, u"auto"_s, u"always"_s}).since(202),
        choice(u"sipMediaEncryption", QT_TR_NOOP("SIP media encryption"),
               {u"optional"_s, u"required"_s, u"prohibited"_s}),
    };
    return t;
}

ObjectType SchemaTable::dialInSecurityProfiles()
{
    ObjectType t = type(u"dialInSecurityProfiles", u"dialInSecurityProfile",
                        QT_TR_NOOP("Dial-in security profiles"), u"dialInSecurityProfileDoesNotExist");
    t.since = 300;
    t.fields = {
        F(u"name", Text, QT_TR_NOOP("Name")).summary(),
        F(u"minPasscodeLength", Integer, QT_TR_NOOP("Shortest passcode")).range(0, maxPasscodeDigits),
        F(u"allowOutOfPolicy", Bool, QT_TR_NOOP("Existing shorter passcodes still work")),
    };
    return t;
}

ObjectType SchemaTable::coSpaceTemplates()
{
    ObjectType t = type(u"coSpaceTemplates", u"coSpaceTemplate", QT_TR_NOOP("Space templates"),
                        u"coSpaceTemplateDoesNotExist");
    t.since = 209;
    t.fields = {
        F(u"name", Text, QT_TR_NOOP("Name")).summary(),
        F(u"description", Text, QT_TR_NOOP("Description")),
        callProfileRef(),
        callLegProfileRef(),
        dialInSecurityProfileRef(),
        F(u"numAccessMethodTemplates", Integer, QT_TR_NOOP("Access method templates")).readOnly(),
    };
    return t;
}

ObjectType SchemaTable::accessMethodTemplates()
{
    ObjectType t =
        childType(u"coSpaceTemplates", u"accessMethodTemplates", u"accessMethodTemplate",
                  QT_TR_NOOP("Access method templates"), u"coSpaceAccessMethodTemplateDoesNotExist");
    t.since = 209;
    t.fields = {
        F(u"name", Text, QT_TR_NOOP("Name")).summary(),
        F(u"uriGenerator", UriGenerator, QT_TR_NOOP("URI pattern")).summary(),
        callLegProfileRef(),
        F(u"generateUniqueCallId", Bool, QT_TR_NOOP("Generate a unique call ID")),
        dialInSecurityProfileRef(),
    };
    return t;
}

ObjectType SchemaTable::bulkParameterSets()
{
    ObjectType t = type(u"cospaceBulkParameterSets", u"cospaceBulkParameterSet",
                        QT_TR_NOOP("Bulk space parameter sets"), u"cospaceBulkParameterSetDoesNotExist");
    t.since = 200;
    t.fields = {
        F(u"startIndex", Integer, QT_TR_NOOP("First index")).summary().required(),
        F(u"endIndex", Integer, QT_TR_NOOP("Last index")).summary().required(),
        F(u"coSpaceUriMapping", IndexMapping, QT_TR_NOOP("URI mapping")).mapsTo(Uri),
        F(u"coSpaceNameMapping", IndexMapping, QT_TR_NOOP("Name mapping")).mapsTo(Text),
        F(u"coSpaceCallIdMapping", IndexMapping, QT_TR_NOOP("Call ID mapping")).mapsTo(Digits),
        tenantRef(),
        callProfileRef(),
        callLegProfileRef(),
        F(u"nonMemberAccess", Bool, QT_TR_NOOP("Non-members may join")),
    };
    return t;
}

ObjectType SchemaTable::bulkSyncs()
{
    ObjectType t = type(u"cospaceBulkSyncs", u"cospaceBulkSync", QT_TR_NOOP("Bulk space synchronisations"),
                        u"cospaceBulkSyncDoesNotExist");
    t.since = 200;
    t.updatable = false;
    t.fields = {
        ref(u"cospaceBulkParameterSet", QT_TR_NOOP("Parameter set"), u"cospaceBulkParameterSets")
            .summary().createOnly().required(),
        F(u"removeAll", Bool, QT_TR_NOOP("Delete the spaces")).createOnly().action().byDefault(u"false"),
        choice(u"status", QT_TR_NOOP("Status"),
               {u"pending"_s, u"running"_s, u"complete"_s, u"failedCoSpaceUriConflict"_s,
                u"failedCallIdConflict"_s, u"failedIndexRangeInvalid"_s, u"failedIndexRangeTooGreat"_s,
                u"failedNoSuchParameterSet"_s, u"failed"_s}).summary().readOnly(),
    };
    return t;
}

ObjectType SchemaTable::calls()
{
    ObjectType t = liveType(u"calls", u"call", QT_TR_NOOP("Calls"), u"callDoesNotExist");
    t.fields = {
        F(u"name", Text, QT_TR_NOOP("Name")).summary().createOnly(),
        ref(u"coSpace", QT_TR_NOOP("Space"), u"coSpaces").summary().createOnly(),
        F(u"callCorrelator", Text, QT_TR_NOOP("Call correlator")).summary().readOnly(),
        tenantRef().summary().readOnly(),
        F(u"callType", Text, QT_TR_NOOP("Call type")).readOnly(),
        F(u"durationSeconds", Duration, QT_TR_NOOP("Duration")).readOnly(),
        F(u"numCallLegs", Integer, QT_TR_NOOP("Call legs")).readOnly(),
        F(u"numParticipantsLocal", Integer, QT_TR_NOOP("Participants here")).readOnly(),
        F(u"numParticipantsRemote", Integer, QT_TR_NOOP("Participants on other call bridges")).readOnly(),
        F(u"numDistributedInstances", Integer, QT_TR_NOOP("Other call bridges")).readOnly(),
        F(u"locked", Bool, QT_TR_NOOP("Locked")),
        F(u"recording", Bool, QT_TR_NOOP("Recording")),
        F(u"streaming", Bool, QT_TR_NOOP("Streaming")),
    };
    return t;
}

ObjectType SchemaTable::callLegs()
{
    ObjectType t = liveType(u"callLegs", u"callLeg", QT_TR_NOOP("Call legs"), u"callLegDoesNotExist");
    t.parentCollection = u"calls"_s;
    t.fields = {
        F(u"name", Text, QT_TR_NOOP("Name")).summary().readOnly(),
        F(u"remoteParty", Text, QT_TR_NOOP("Remote party")).summary().createOnly().required(),
        F(u"localAddress", Text, QT_TR_NOOP("Local address")).readOnly(),
        ref(u"call", QT_TR_NOOP("Call"), u"calls").summary().readOnly(),
        F(u"type", Text, QT_TR_NOOP("Type")).readOnly(),
        choice(u"direction", QT_TR_NOOP("Direction"), {u"incoming"_s, u"outgoing"_s}).readOnly(),
        F(u"canMove", Bool, QT_TR_NOOP("Can be moved")).readOnly().since(206),
        F(u"rxAudioMute", Bool, QT_TR_NOOP("Others cannot hear them")).at(u"configuration/rxAudioMute"),
        F(u"txAudioMute", Bool, QT_TR_NOOP("They cannot hear others")).at(u"configuration/txAudioMute"),
        F(u"rxVideoMute", Bool, QT_TR_NOOP("Others cannot see them")).at(u"configuration/rxVideoMute"),
        F(u"txVideoMute", Bool, QT_TR_NOOP("They cannot see others")).at(u"configuration/txVideoMute"),
        choice(u"chosenLayout", QT_TR_NOOP("Layout"), layouts()).at(u"configuration/chosenLayout"),
        F(u"importance", Integer, QT_TR_NOOP("Importance")).at(u"configuration/importance"),
        choice(u"status/state", QT_TR_NOOP("State"), callLegStates()).readOnly(),
        F(u"status/durationSeconds", Duration, QT_TR_NOOP("Duration")).readOnly(),
        F(u"status/deactivated", Bool, QT_TR_NOOP("Waiting in the lobby")).readOnly(),
        F(u"status/rxAudio/codec", Text, QT_TR_NOOP("Received audio codec")).readOnly(),
        F(u"status/rxAudio/bitRate", Integer, QT_TR_NOOP("Received audio bit rate")).readOnly(),
        F(u"status/rxAudio/jitter", Integer, QT_TR_NOOP("Received audio jitter")).readOnly(),
        F(u"status/rxAudio/packetLossPercentage", Text, QT_TR_NOOP("Received audio packet loss")).readOnly(),
        F(u"status/txAudio/codec", Text, QT_TR_NOOP("Sent audio codec")).readOnly(),
        F(u"status/txAudio/bitRate", Integer, QT_TR_NOOP("Sent audio bit rate")).readOnly(),
        F(u"status/txAudio/roundTripTime", Integer, QT_TR_NOOP("Audio round trip time")).readOnly(),
        F(u"status/rxVideo/codec", Text, QT_TR_NOOP("Received video codec")).readOnly(),
        F(u"status/rxVideo/bitRate", Integer, QT_TR_NOOP("Received video bit rate")).readOnly(),
        F(u"status/rxVideo/jitter", Integer, QT_TR_NOOP("Received video jitter")).readOnly(),
        F(u"status/rxVideo/packetLossPercentage", Text, QT_TR_NOOP("Received video packet loss")).readOnly(),
        F(u"status/txVideo/codec", Text, QT_TR_NOOP("Sent video codec")).readOnly(),
        F(u"status/txVideo/bitRate", Integer, QT_TR_NOOP("Sent video bit rate")).readOnly(),
        F(u"status/txVideo/roundTripTime", Integer, QT_TR_NOOP("Video round trip time")).readOnly(),
        F(u"alarms/packetLoss", Text, QT_TR_NOOP("Packet loss alarm")).readOnly(),
        F(u"alarms/excessiveJitter", Text, QT_TR_NOOP("Jitter alarm")).readOnly(),
        F(u"alarms/highRoundTripTime", Text, QT_TR_NOOP("Round trip time alarm")).readOnly(),
    };
    return t;
}

ObjectType SchemaTable::participants()
{
    ObjectType t =
        liveType(u"participants", u"participant", QT_TR_NOOP("Participants"), u"participantDoesNotExist");
    t.parentCollection = u"calls"_s;
    t.updateAll = true;
    t.fields = {
        F(u"name", Text, QT_TR_NOOP("Name")).summary().readOnly(),
        ref(u"call", QT_TR_NOOP("Call"), u"calls").summary().readOnly(),
        F(u"uri", Text, QT_TR_NOOP("Address")).readOnly(),
        F(u"userJid", Jid, QT_TR_NOOP("User")).readOnly(),
        //: Yes/no column: the participant lets guests out of the lobby (a host).
        F(u"isActivator", Bool, QT_TR_NOOP("Host")).readOnly(),
        F(u"canMove", Bool, QT_TR_NOOP("Can be moved")).readOnly().since(206),
        ref(u"movedParticipant", QT_TR_NOOP("Moved from"), u"participants").createOnly().since(206),
        ref(u"movedParticipantCallBridge", QT_TR_NOOP("Moved from call bridge"), u"callBridges")
            .readOnly().since(206),
        ref(u"callBridge", QT_TR_NOOP("Hosting call bridge"), u"callBridges").readOnly(),
        F(u"numCallLegs", Integer, QT_TR_NOOP("Call legs")).readOnly(),
        choice(u"status/state", QT_TR_NOOP("State"), callLegStates()).readOnly(),
        F(u"status/deactivated", Bool, QT_TR_NOOP("Waiting in the lobby")).readOnly(),
        F(u"remoteParty", Text, QT_TR_NOOP("Address to dial")).createOnly().action(),
        F(u"needsActivation", Bool, QT_TR_NOOP("Waits in the lobby for a host")).createOnly().action(),
        F(u"importance", Integer, QT_TR_NOOP("Importance")).at(u"configuration/importance"),
        F(u"deactivated", Bool, QT_TR_NOOP("Waiting in the lobby")).updateOnly().action().since(209),
        F(u"rxAudioMute", Bool, QT_TR_NOOP("Others cannot hear them")).updateOnly().action(),
        F(u"txAudioMute", Bool, QT_TR_NOOP("They cannot hear others")).updateOnly().action(),
        F(u"rxVideoMute", Bool, QT_TR_NOOP("Others cannot see them")).updateOnly().action(),
        F(u"txVideoMute", Bool, QT_TR_NOOP("They cannot see others")).updateOnly().action(),
        F(u"filterIds", Text, QT_TR_NOOP("Only these participants")).updateOnly().action(),
    };
    return t;
}

} // namespace

QList<ObjectType> Schema::buildTypes()
{
    return SchemaTable::types();
}

} // namespace cms
