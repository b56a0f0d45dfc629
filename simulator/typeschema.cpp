#include "typeschema.h"

namespace cmssim {

namespace {

FieldSpec text(const QString &name, bool summary = false)
{
    FieldSpec f;
    f.name = name;
    f.inSummary = summary;
    return f;
}

FieldSpec boolean(const QString &name, const QString &defaultValue = {})
{
    FieldSpec f;
    f.name = name;
    f.kind = FieldKind::Bool;
    f.defaultValue = defaultValue;
    return f;
}

FieldSpec integer(const QString &name)
{
    FieldSpec f;
    f.name = name;
    f.kind = FieldKind::Integer;
    return f;
}

FieldSpec digits(const QString &name, bool summary = false)
{
    FieldSpec f;
    f.name = name;
    f.kind = FieldKind::Digits;
    f.inSummary = summary;
    return f;
}

FieldSpec uri(const QString &name, bool summary = false)
{
    FieldSpec f;
    f.name = name;
    f.kind = FieldKind::Uri;
    f.inSummary = summary;
    return f;
}

FieldSpec choice(const QString &name, const QStringList &values)
{
    FieldSpec f;
    f.name = name;
    f.kind = FieldKind::Enum;
    f.enumValues = values;
    return f;
}

FieldSpec ref(const QString &name, const QString &collection, bool summary = false)
{
    FieldSpec f;
    f.name = name;
    f.kind = FieldKind::Reference;
    f.reference = collection;
    f.inSummary = summary;
    return f;
}

FieldSpec readOnly(FieldSpec f, bool summary = false)
{
    f.access = FieldAccess::ReadOnly;
    f.inSummary = summary;
    return f;
}

FieldSpec createOnly(FieldSpec f)
{
    f.access = FieldAccess::CreateOnly;
    return f;
}

FieldSpec action(const QString &name)
{
    FieldSpec f = boolean(name);
    f.access = FieldAccess::Action;
    return f;
}

FieldSpec sinceVersion(FieldSpec f, int version)
{
    f.since = version;
    return f;
}

FieldSpec untilVersion(FieldSpec f, int version)
{
    f.until = version;
    return f;
}

const QString kCoSpaces = QStringLiteral("coSpaces");
const QString kTenants = QStringLiteral("tenants");
const QString kCallProfiles = QStringLiteral("callProfiles");
const QString kCallLegProfiles = QStringLiteral("callLegProfiles");
const QString kDialIn = QStringLiteral("dialInSecurityProfiles");
const QString kTemplates = QStringLiteral("coSpaceTemplates");

QList<FieldSpec> callLegProfileFields()
{
    const QStringList layouts = TypeSchema::layouts();
    return {
        text(QStringLiteral("name"), true),
        boolean(QStringLiteral("needsActivation")),
        choice(QStringLiteral("deactivationMode"),
               {QStringLiteral("deactivate"), QStringLiteral("disconnect"), QStringLiteral("remainActivated")}),
        integer(QStringLiteral("deactivationModeTime")),
        choice(QStringLiteral("defaultLayout"), layouts),
        boolean(QStringLiteral("changeLayoutAllowed")),
        boolean(QStringLiteral("participantLabels")),
        boolean(QStringLiteral("presentationContributionAllowed")),
        boolean(QStringLiteral("presentationViewingAllowed")),
        boolean(QStringLiteral("endCallAllowed")),
        boolean(QStringLiteral("muteOthersAllowed")),
        boolean(QStringLiteral("videoMuteOthersAllowed")),
        boolean(QStringLiteral("muteSelfAllowed")),
        boolean(QStringLiteral("videoMuteSelfAllowed")),
        boolean(QStringLiteral("disconnectOthersAllowed")),
        boolean(QStringLiteral("addParticipantAllowed")),
        boolean(QStringLiteral("rxAudioMute")),
        boolean(QStringLiteral("txAudioMute")),
        boolean(QStringLiteral("rxVideoMute")),
        boolean(QStringLiteral("txVideoMute")),
        integer(QStringLiteral("joinToneParticipantThreshold")),
        integer(QStringLiteral("leaveToneParticipantThreshold")),
        integer(QStringLiteral("maxCallDurationTime")),
        choice(QStringLiteral("qualityMain"),
               {QStringLiteral("unrestricted"), QStringLiteral("max1080p30"), QStringLiteral("max720p30"),
                QStringLiteral("max480p30")}),
        choice(QStringLiteral("qualityPresentation"),
               {QStringLiteral("unrestricted"), QStringLiteral("max1080p30"), QStringLiteral("max720p5")}),
        choice(QStringLiteral("participantCounter"),
               {QStringLiteral("never"), QStringLiteral("auto"), QStringLiteral("always")}),
        choice(QStringLiteral("sipMediaEncryption"),
               {QStringLiteral("optional"), QStringLiteral("required"), QStringLiteral("prohibited")}),
    };
}

QList<TypeSpec> buildSchema()
{
    QList<TypeSpec> types;

    TypeSpec tenants;
    tenants.collection = kTenants;
    tenants.element = QStringLiteral("tenant");
    tenants.missingReason = QStringLiteral("tenantDoesNotExist");
    tenants.fields = {text(QStringLiteral("name"), true), ref(QStringLiteral("callProfile"), kCallProfiles),
                      ref(QStringLiteral("callLegProfile"), kCallLegProfiles),
                      sinceVersion(ref(QStringLiteral("dialInSecurityProfile"), kDialIn), 300),
                      integer(QStringLiteral("participantLimit"))};
    tenants.filterFields = {QStringLiteral("name")};
    types.append(tenants);

    TypeSpec groups;
    groups.collection = QStringLiteral("callBridgeGroups");
    groups.element = QStringLiteral("callBridgeGroup");
    groups.missingReason = QStringLiteral("callBridgeGroupDoesNotExist");
    groups.fields = {text(QStringLiteral("name"), true), boolean(QStringLiteral("loadBalancingEnabled")),
                     boolean(QStringLiteral("loadBalanceIndirectCalls"))};
    groups.filterFields = {QStringLiteral("name")};
    types.append(groups);

    TypeSpec bridges;
    bridges.collection = QStringLiteral("callBridges");
    bridges.element = QStringLiteral("callBridge");
    bridges.missingReason = QStringLiteral("callBridgeDoesNotExist");
    bridges.fields = {text(QStringLiteral("name"), true), text(QStringLiteral("address")),
                      text(QStringLiteral("sipDomain")),
                      ref(QStringLiteral("callBridgeGroup"), QStringLiteral("callBridgeGroups"))};
    bridges.filterFields = {QStringLiteral("name")};
    types.append(bridges);

    TypeSpec spaces;
    spaces.collection = kCoSpaces;
    spaces.element = QStringLiteral("coSpace");
    spaces.missingReason = QStringLiteral("coSpaceDoesNotExist");
    spaces.fields = {
        text(QStringLiteral("name"), true),
        readOnly(boolean(QStringLiteral("autoGenerated"), QStringLiteral("false")), true),
        uri(QStringLiteral("uri"), true),
        uri(QStringLiteral("secondaryUri"), true),
        digits(QStringLiteral("callId"), true),
        digits(QStringLiteral("passcode")),
        choice(QStringLiteral("defaultLayout"), TypeSchema::layouts()),
        ref(QStringLiteral("tenant"), kTenants, true),
        ref(QStringLiteral("callProfile"), kCallProfiles),
        ref(QStringLiteral("callLegProfile"), kCallLegProfiles),
        sinceVersion(ref(QStringLiteral("dialInSecurityProfile"), kDialIn), 300),
        boolean(QStringLiteral("nonMemberAccess"), QStringLiteral("true")),
        text(QStringLiteral("ownerJid")),
        text(QStringLiteral("ownerId")),
        text(QStringLiteral("secret")),
        action(QStringLiteral("regenerateSecret")),
        text(QStringLiteral("cdrTag")),
        text(QStringLiteral("streamUrl")),
        text(QStringLiteral("meetingScheduler")),
        createOnly(boolean(QStringLiteral("requireCallId"))),
        readOnly(integer(QStringLiteral("numAccessMethods"))),
    };
    spaces.filterFields = {QStringLiteral("name"), QStringLiteral("uri"), QStringLiteral("secondaryUri"),
                           QStringLiteral("callId")};
    spaces.referenceFilters = {{QStringLiteral("tenantFilter"), QStringLiteral("tenant")},
                               {QStringLiteral("callLegProfileFilter"), QStringLiteral("callLegProfile")}};
    types.append(spaces);

    TypeSpec accessMethods;
    accessMethods.collection = QStringLiteral("accessMethods");
    accessMethods.element = QStringLiteral("accessMethod");
    accessMethods.parent = kCoSpaces;
    accessMethods.missingReason = QStringLiteral("accessMethodDoesNotExist");
    accessMethods.fields = {
        uri(QStringLiteral("uri"), true),
        digits(QStringLiteral("callId"), true),
        digits(QStringLiteral("passcode")),
        [] { FieldSpec f = sinceVersion(text(QStringLiteral("name")), 209); f.inSummary = true; return f; }(),
        ref(QStringLiteral("callLegProfile"), kCallLegProfiles),
        text(QStringLiteral("secret")),
        action(QStringLiteral("regenerateSecret")),
        choice(QStringLiteral("scope"), {QStringLiteral("public"), QStringLiteral("private"), QStringLiteral("member")}),
        integer(QStringLiteral("importance")),
        sinceVersion(ref(QStringLiteral("dialInSecurityProfile"), kDialIn), 300),
    };
    accessMethods.filterFields = {QStringLiteral("uri"), QStringLiteral("callId"), QStringLiteral("name")};
    accessMethods.referenceFilters = {{QStringLiteral("callLegProfileFilter"), QStringLiteral("callLegProfile")}};
    types.append(accessMethods);

    TypeSpec members;
    members.collection = QStringLiteral("coSpaceUsers");
    members.element = QStringLiteral("coSpaceUser");
    members.parent = kCoSpaces;
    members.missingReason = QStringLiteral("coSpaceUserDoesNotExist");
    members.fields = {
        [] { FieldSpec f = createOnly(text(QStringLiteral("userJid"))); f.inSummary = true; return f; }(),
        readOnly(text(QStringLiteral("userId")), true),
        readOnly(boolean(QStringLiteral("autoGenerated"), QStringLiteral("false")), true),
        ref(QStringLiteral("callLegProfile"), kCallLegProfiles),
        boolean(QStringLiteral("canDestroy")),
        boolean(QStringLiteral("canAddRemoveMember")),
        boolean(QStringLiteral("canChangeName")),
        boolean(QStringLiteral("canChangeUri")),
        boolean(QStringLiteral("canChangeCallId")),
        boolean(QStringLiteral("canChangePasscode")),
        boolean(QStringLiteral("canRemoveSelf")),
        boolean(QStringLiteral("canDeleteAllMessages")),
        boolean(QStringLiteral("canChangeNonMemberAccessAllowed")),
    };
    members.filterFields = {QStringLiteral("userJid")};
    members.referenceFilters = {{QStringLiteral("callLegProfileFilter"), QStringLiteral("callLegProfile")}};
    types.append(members);

    TypeSpec users;
    users.collection = QStringLiteral("users");
    users.element = QStringLiteral("user");
    users.missingReason = QStringLiteral("userDoesNotExist");
    users.fields = {text(QStringLiteral("userJid"), true), text(QStringLiteral("name"), true),
                    text(QStringLiteral("email")), ref(QStringLiteral("tenant"), kTenants)};
    users.filterFields = {QStringLiteral("userJid"), QStringLiteral("name")};
    users.writable = false;
    types.append(users);

    TypeSpec userTemplates;
    userTemplates.collection = QStringLiteral("userCoSpaceTemplates");
    userTemplates.element = QStringLiteral("userCoSpaceTemplate");
    userTemplates.parent = QStringLiteral("users");
    userTemplates.missingReason = QStringLiteral("coSpaceTemplateDoesNotExist");
    userTemplates.fields = {[] {
        FieldSpec f = createOnly(ref(QStringLiteral("coSpaceTemplate"), kTemplates));
        f.inSummary = true;
        return f;
    }()};
    userTemplates.since = 209;
    types.append(userTemplates);

    TypeSpec callProfiles;
    callProfiles.collection = kCallProfiles;
    callProfiles.element = QStringLiteral("callProfile");
    callProfiles.missingReason = QStringLiteral("callProfileDoesNotExist");
    const QStringList modes = {QStringLiteral("disabled"), QStringLiteral("manual"), QStringLiteral("automatic")};
    callProfiles.fields = {
        [] { FieldSpec f = integer(QStringLiteral("participantLimit")); f.inSummary = true; return f; }(),
        boolean(QStringLiteral("locked")),
        sinceVersion(choice(QStringLiteral("lockMode"), {QStringLiteral("all"), QStringLiteral("needsActivation")}), 209),
        choice(QStringLiteral("recordingMode"), modes),
        choice(QStringLiteral("streamingMode"), modes),
        choice(QStringLiteral("passcodeMode"), {QStringLiteral("required"), QStringLiteral("timeout")}),
        integer(QStringLiteral("passcodeTimeout")),
        untilVersion(boolean(QStringLiteral("messageBoardEnabled")), 300),
    };
    callProfiles.usageFilter = true;
    types.append(callProfiles);

    TypeSpec legProfiles;
    legProfiles.collection = kCallLegProfiles;
    legProfiles.element = QStringLiteral("callLegProfile");
    legProfiles.missingReason = QStringLiteral("callLegProfileDoesNotExist");
    legProfiles.fields = callLegProfileFields();
    legProfiles.filterFields = {QStringLiteral("name")};
    legProfiles.usageFilter = true;
    types.append(legProfiles);

    TypeSpec dialIn;
    dialIn.collection = kDialIn;
    dialIn.element = QStringLiteral("dialInSecurityProfile");
    dialIn.missingReason = QStringLiteral("dialInSecurityProfileDoesNotExist");
    dialIn.fields = {text(QStringLiteral("name"), true), integer(QStringLiteral("minPasscodeLength")),
                     boolean(QStringLiteral("allowOutOfPolicy"))};
    dialIn.filterFields = {QStringLiteral("name")};
    dialIn.usageFilter = true;
    dialIn.since = 300;
    types.append(dialIn);

    TypeSpec templates;
    templates.collection = kTemplates;
    templates.element = QStringLiteral("coSpaceTemplate");
    templates.missingReason = QStringLiteral("coSpaceTemplateDoesNotExist");
    templates.fields = {text(QStringLiteral("name"), true), text(QStringLiteral("description")),
                        ref(QStringLiteral("callProfile"), kCallProfiles),
                        ref(QStringLiteral("callLegProfile"), kCallLegProfiles),
                        sinceVersion(ref(QStringLiteral("dialInSecurityProfile"), kDialIn), 300),
                        readOnly(integer(QStringLiteral("numAccessMethodTemplates")))};
    templates.filterFields = {QStringLiteral("name")};
    templates.since = 209;
    types.append(templates);

    TypeSpec amTemplates;
    amTemplates.collection = QStringLiteral("accessMethodTemplates");
    amTemplates.element = QStringLiteral("accessMethodTemplate");
    amTemplates.parent = kTemplates;
    amTemplates.missingReason = QStringLiteral("coSpaceAccessMethodTemplateDoesNotExist");
    amTemplates.fields = {text(QStringLiteral("name"), true), text(QStringLiteral("uriGenerator"), true),
                          ref(QStringLiteral("callLegProfile"), kCallLegProfiles),
                          boolean(QStringLiteral("generateUniqueCallId")),
                          sinceVersion(ref(QStringLiteral("dialInSecurityProfile"), kDialIn), 300)};
    amTemplates.filterFields = {QStringLiteral("name")};
    amTemplates.since = 209;
    types.append(amTemplates);

    TypeSpec bulkSets;
    bulkSets.collection = QStringLiteral("cospaceBulkParameterSets");
    bulkSets.element = QStringLiteral("cospaceBulkParameterSet");
    bulkSets.missingReason = QStringLiteral("cospaceBulkParameterSetDoesNotExist");
    bulkSets.fields = {[] { FieldSpec f = integer(QStringLiteral("startIndex")); f.inSummary = true; return f; }(),
                       [] { FieldSpec f = integer(QStringLiteral("endIndex")); f.inSummary = true; return f; }(),
                       text(QStringLiteral("coSpaceUriMapping")),
                       text(QStringLiteral("coSpaceNameMapping")),
                       text(QStringLiteral("coSpaceCallIdMapping")),
                       ref(QStringLiteral("tenant"), kTenants),
                       ref(QStringLiteral("callProfile"), kCallProfiles),
                       ref(QStringLiteral("callLegProfile"), kCallLegProfiles),
                       boolean(QStringLiteral("nonMemberAccess"))};
    types.append(bulkSets);

    TypeSpec bulkSyncs;
    bulkSyncs.collection = QStringLiteral("cospaceBulkSyncs");
    bulkSyncs.element = QStringLiteral("cospaceBulkSync");
    bulkSyncs.missingReason = QStringLiteral("cospaceBulkSyncDoesNotExist");
    bulkSyncs.fields = {createOnly(text(QStringLiteral("cospaceBulkParameterSet"))),
                        createOnly(boolean(QStringLiteral("removeAll"))),
                        readOnly(text(QStringLiteral("status")), true),
                        readOnly(integer(QStringLiteral("coSpacesCreated"))),
                        readOnly(integer(QStringLiteral("coSpacesUpdated"))),
                        readOnly(integer(QStringLiteral("coSpacesDeleted")))};
    types.append(bulkSyncs);

    return types;
}

} // namespace

const FieldSpec *TypeSpec::field(const QString &name) const
{
    for (const auto &f : fields) {
        if (f.name == name)
            return &f;
    }
    return nullptr;
}

const QList<TypeSpec> &TypeSchema::all()
{
    static const QList<TypeSpec> types = buildSchema();
    return types;
}

const TypeSpec *TypeSchema::find(const QString &collection, const QString &parent)
{
    for (const auto &t : all()) {
        if (t.collection.compare(collection, Qt::CaseInsensitive) == 0
            && t.parent.compare(parent, Qt::CaseInsensitive) == 0)
            return &t;
    }
    return nullptr;
}

const TypeSpec &TypeSchema::get(const QString &collection)
{
    for (const auto &t : all()) {
        if (t.collection == collection)
            return t;
    }
    qFatal("unknown collection in simulator schema");
}

const TypeSpec &TypeSchema::systemProfiles()
{
    static const TypeSpec spec = [] {
        TypeSpec t;
        t.collection = QStringLiteral("profiles");
        t.element = QStringLiteral("profiles");
        t.parent = QStringLiteral("system");
        t.fields = {ref(QStringLiteral("callProfile"), kCallProfiles),
                    ref(QStringLiteral("callLegProfile"), kCallLegProfiles),
                    sinceVersion(ref(QStringLiteral("dialInSecurityProfile"), kDialIn), 300),
                    text(QStringLiteral("dtmfProfile")),
                    text(QStringLiteral("callBrandingProfile")),
                    text(QStringLiteral("ivrBrandingProfile")),
                    text(QStringLiteral("compatibilityProfile")),
                    text(QStringLiteral("userProfile"))};
        return t;
    }();
    return spec;
}

const QStringList &TypeSchema::layouts()
{
    static const QStringList values = {
        QStringLiteral("allEqual"),           QStringLiteral("speakerOnly"),
        QStringLiteral("telepresence"),       QStringLiteral("stacked"),
        QStringLiteral("allEqualQuarters"),   QStringLiteral("allEqualNinths"),
        QStringLiteral("allEqualSixteenths"), QStringLiteral("allEqualTwentyFifths"),
        QStringLiteral("onePlusFive"),        QStringLiteral("onePlusSeven"),
        QStringLiteral("onePlusNine"),        QStringLiteral("automatic"),
        QStringLiteral("onePlusN"),
    };
    return values;
}

} // namespace cmssim
