#include "config/guesthostplanner.h"

#include "api/bidi.h"

#include <algorithm>

namespace cms {

namespace {

using Pattern = GuestHostSettings::Pattern;

const QString kUri = QStringLiteral("uri");
const QString kCallId = QStringLiteral("callId");
const QString kPasscode = QStringLiteral("passcode");
const QString kCallLegProfile = QStringLiteral("callLegProfile");
const QString kCallProfile = QStringLiteral("callProfile");
const QString kName = QStringLiteral("name");

bool sameValue(const QString &field, const QString &a, const QString &b)
{
    // The server stores URIs and JIDs in lower case.
    if (field == kUri || field.endsWith(QLatin1String("Jid")))
        return a.compare(b, Qt::CaseInsensitive) == 0;
    return a == b;
}

Schema::Params sortedParams(const QHash<QString, QString> &fields)
{
    QStringList keys = fields.keys();
    keys.sort();
    Schema::Params params;
    for (const QString &key : std::as_const(keys))
        params.append({key, fields.value(key)});
    return params;
}

// A path for a description: references replaced by their words.
Schema::Params withoutEmpty(const Schema::Params &params)
{
    Schema::Params out;
    for (const auto &param : params) {
        if (!param.second.isEmpty())
            out.append(param);
    }
    return out;
}

} // namespace

QHash<QString, QString> GuestHostPlanner::guestProfileFields(const QString &deactivationMode)
{
    return {{QStringLiteral("needsActivation"), QStringLiteral("true")},
            {QStringLiteral("deactivationMode"), deactivationMode}};
}

QHash<QString, QString> GuestHostPlanner::hostProfileFields()
{
    return {{QStringLiteral("needsActivation"), QStringLiteral("false")}};
}

QHash<QString, QString> GuestHostPlanner::callProfileFields(const QString &passcodeMode, int passcodeTimeout)
{
    QHash<QString, QString> fields{{QStringLiteral("passcodeMode"), passcodeMode}};
    if (passcodeMode == u"timeout")
        fields.insert(QStringLiteral("passcodeTimeout"), QString::number(passcodeTimeout));
    return fields;
}

const GuestHostObject *GuestHostPlanner::findExact(const QList<GuestHostObject> &profiles,
                                                   const QHash<QString, QString> &wanted)
{
    for (const GuestHostObject &profile : profiles) {
        QHash<QString, QString> fields = profile.fields;
        fields.remove(kName);
        if (fields == wanted)
            return &profile;
    }
    return nullptr;
}

QHash<QString, QString> GuestHostPlanner::referenceLabels()
{
    return {
        {ConfigStep::reference(QStringLiteral("guestProfile")), tr("(the new guest call leg profile)")},
        {ConfigStep::reference(QStringLiteral("hostProfile")), tr("(the new host call leg profile)")},
        {ConfigStep::reference(QStringLiteral("callProfile")), tr("(the new call profile)")},
        {ConfigStep::reference(QStringLiteral("space")), tr("(the new space)")},
    };
}

QList<ConfigStep> GuestHostPlanner::ensureCallLegProfile(const GuestHostState &state, const QHash<QString, QString> &wanted,
                                                         bool forGuests, const QString &ref, QString *id, QStringList *notes)
{
    const QString settings = ConfigStep::describeParams(sortedParams(wanted));
    if (const GuestHostObject *found = findExact(state.callLegProfiles, wanted)) {
        *id = found->id;
        const QString name = found->value(kName);
        notes->append(forGuests
            //: %1: profile name, %2: its id, %3: its settings ("deactivationMode=deactivate, needsActivation=true")
            ? tr("The guests use the existing call leg profile “%1” (%2): its settings are exactly %3.").arg(name, Bidi::inSentence(found->id), settings)
            : tr("The hosts use the existing call leg profile “%1” (%2): its settings are exactly %3.").arg(name, Bidi::inSentence(found->id), settings));
        return {};
    }
    ConfigStep step;
    step.kind = ConfigStep::Kind::Create;
    step.path = QStringLiteral("callLegProfiles");
    step.params = {{kName, forGuests ? tr("Guests wait for a host") : tr("Hosts")}};
    step.params.append(sortedParams(wanted));
    step.ref = ref;
    step.description = forGuests
        ? tr("Create the guest call leg profile: %1 (POST /callLegProfiles)").arg(ConfigStep::describeParams(step.params))
        : tr("Create the host call leg profile: %1 (POST /callLegProfiles)").arg(ConfigStep::describeParams(step.params));
    *id = ConfigStep::reference(ref);
    return {step};
}

QList<ConfigStep> GuestHostPlanner::ensureCallProfile(const GuestHostState &state, const QHash<QString, QString> &wanted,
                                                      const QString &ref, QString *id, QStringList *notes)
{
    if (const GuestHostObject *found = findExact(state.callProfiles, wanted)) {
        *id = found->id;
        notes->append(tr("The space uses the existing call profile %1: its settings are exactly %2.")
                          .arg(Bidi::inSentence(found->id), ConfigStep::describeParams(sortedParams(wanted))));
        return {};
    }
    ConfigStep step;
    step.kind = ConfigStep::Kind::Create;
    step.path = QStringLiteral("callProfiles");
    step.params = sortedParams(wanted);
    step.ref = ref;
    step.description = tr("Create a call profile for guests without a PIN: %1 (POST /callProfiles)")
                           .arg(ConfigStep::describeParams(step.params));
    *id = ConfigStep::reference(ref);
    return {step};
}

QList<ConfigStep> GuestHostPlanner::update(const QString &path, const GuestHostObject &object, const Schema::Params &wanted,
                                           const QString &what, const QHash<QString, QString> &labels)
{
    ConfigStep step;
    step.kind = ConfigStep::Kind::Update;
    step.path = path;
    for (const auto &field : wanted) {
        const QString current = object.value(field.first);
        if (sameValue(field.first, current, field.second))
            continue;
        step.params.append(field);
        step.previous.append({field.first, current});
    }
    if (step.params.isEmpty())
        return {};
    //: %1: what is changed ("the space “Board”"), %2: "field: old → new, …", %3: the API path
    step.description = tr("Change %1: %2 (PUT /%3)").arg(what, ConfigStep::describeChange(step.params, step.previous, labels), path);
    return {step};
}

QStringList GuestHostPlanner::valuesToCheck(const GuestHostSettings &s)
{
    QStringList values{s.spaceUri, s.spaceCallId};
    if (s.pattern == Pattern::DifferentUri)
        values.append(s.hostUri);
    if (s.pattern != Pattern::HostIsMember)
        values.append(s.hostCallId);
    values.removeAll(QString());
    return values;
}

GuestHostPlan GuestHostPlanner::plan(const GuestHostSettings &s, const GuestHostState &state)
{
    GuestHostPlan plan;
    plan.refusals = GuestHostInputs::check(s);
    if (plan.isRefused())
        return plan;
    auto refuse = [&plan](QStringView field, const QString &reason) { plan.refusals.append({field.toString(), reason}); };

    const bool existing = !s.createsSpace();
    if (existing && state.space.id != s.spaceId) {
        refuse(GuestHostField::spaceName, tr("The space %1 was not found on the cluster.").arg(s.spaceId));
        return plan;
    }
    const QString spaceUri = s.spaceUri.isEmpty() ? state.space.value(kUri) : s.spaceUri;
    const QString spaceCallId = s.spaceCallId.isEmpty() ? state.space.value(kCallId) : s.spaceCallId;
    const bool hostsShareUri = s.pattern != Pattern::DifferentUri;
    if (hostsShareUri && s.usesHostAccessMethod() && spaceUri.isEmpty())
        refuse(GuestHostField::spaceUri, tr("The space has no URI, and hosts dial the space's URI in this pattern: give it one."));
    if (s.pattern == Pattern::DifferentUri && !s.hostUri.isEmpty() && s.hostUri.compare(spaceUri, Qt::CaseInsensitive) == 0)
        refuse(GuestHostField::hostUri, tr("The hosts' URI must differ from the guests' URI."));
    if (s.pattern != Pattern::HostIsMember && !s.hostCallId.isEmpty() && s.hostCallId == spaceCallId)
        refuse(GuestHostField::hostCallId, tr("The hosts' call ID must differ from the guests' call ID."));
    const QList<QPair<QStringView, QString>> unique = {
        {GuestHostField::spaceUri, s.spaceUri},
        {GuestHostField::spaceCallId, s.spaceCallId},
        {GuestHostField::hostUri, s.pattern == Pattern::DifferentUri ? s.hostUri : QString()},
        {GuestHostField::hostCallId, s.pattern != Pattern::HostIsMember ? s.hostCallId : QString()},
    };
    for (const auto &value : unique) {
        const QStringList users = state.usedElsewhere.value(value.second);
        if (!value.second.isEmpty() && !users.isEmpty())
            //: %1: a URI or call ID, %2: the name of the space that has it
            refuse(value.first, tr("“%1” is already used by the space “%2”.").arg(value.second, users.first()));
    }
    if (s.pattern == Pattern::HostIsMember && !state.user.isValid())
        refuse(GuestHostField::hostJid, tr("The cluster knows no user %1 (users come from the directory).").arg(s.hostJid));
    if (plan.isRefused())
        return plan;

    QHash<QString, QString> labels = referenceLabels();
    for (const GuestHostObject &profile : state.callLegProfiles) {
        if (!profile.value(kName).isEmpty())
            labels.insert(profile.id, QStringLiteral("%1 (“%2”)").arg(profile.id, profile.value(kName)));
    }

    // 1 and 2: the call leg profiles.
    QString guestProfile;
    QString hostProfile;
    plan.steps += ensureCallLegProfile(state, guestProfileFields(s.deactivationMode), true,
                                       QStringLiteral("guestProfile"), &guestProfile, &plan.notes);
    plan.steps += ensureCallLegProfile(state, hostProfileFields(), false, QStringLiteral("hostProfile"), &hostProfile,
                                       &plan.notes);

    // 3: pattern 3's call profile.
    QString callProfile;
    if (s.usesCallProfile()) {
        const QHash<QString, QString> wanted = callProfileFields(s.passcodeMode, s.passcodeTimeout);
        const GuestHostObject *current = existing ? state.callProfile(state.space.value(kCallProfile)) : nullptr;
        if (current && current->value(QStringLiteral("passcodeMode")) == s.passcodeMode
            && (s.passcodeMode != u"timeout" || current->value(QStringLiteral("passcodeTimeout")) == wanted.value(QStringLiteral("passcodeTimeout")))) {
            callProfile = current->id;
            plan.notes.append(tr("The space's call profile %1 already has passcodeMode=%2.").arg(Bidi::inSentence(current->id), s.passcodeMode));
        } else {
            plan.steps += ensureCallProfile(state, wanted, QStringLiteral("callProfile"), &callProfile, &plan.notes);
        }
    }

    // 4: the space.
    Schema::Params spaceWanted;
    if (!s.spaceUri.isEmpty())
        spaceWanted.append({kUri, s.spaceUri});
    if (!s.spaceCallId.isEmpty())
        spaceWanted.append({kCallId, s.spaceCallId});
    if (s.pattern == Pattern::SamePinDiffers || s.pattern == Pattern::EmptyGuestPin || !s.guestPin.isEmpty())
        spaceWanted.append({kPasscode, s.guestPin});
    spaceWanted.append({kCallLegProfile, guestProfile});
    if (s.usesCallProfile())
        spaceWanted.append({kCallProfile, callProfile});
    if (s.pattern == Pattern::HostIsMember)
        spaceWanted.append({QStringLiteral("ownerJid"), s.hostJid});
    QString spacePath;
    if (existing) {
        spacePath = QStringLiteral("coSpaces/") + s.spaceId;
        // Guests are not members: with nonMemberAccess=false nobody but members gets in.
        if (state.space.value(QStringLiteral("nonMemberAccess")) == u"false")
            spaceWanted.append({QStringLiteral("nonMemberAccess"), QStringLiteral("true")});
        const QString name = state.space.value(kName);
        const QList<ConfigStep> change = update(spacePath, state.space, spaceWanted, tr("the space “%1”").arg(name), labels);
        if (change.isEmpty())
            plan.notes.append(tr("The space “%1” is already set up for guests.").arg(name));
        plan.steps += change;
    } else {
        ConfigStep step;
        step.kind = ConfigStep::Kind::Create;
        step.path = QStringLiteral("coSpaces");
        step.params = withoutEmpty(Schema::Params{{kName, s.spaceName}} + spaceWanted);
        step.ref = QStringLiteral("space");
        step.description = tr("Create the space “%1”: %2 (POST /coSpaces)")
                               .arg(s.spaceName, ConfigStep::describeParams(step.params, labels));
        plan.steps.append(step);
        spacePath = QStringLiteral("coSpaces/") + ConfigStep::reference(step.ref);
    }

    // 5: the hosts' access method.
    if (s.usesHostAccessMethod()) {
        const QString uri = s.pattern == Pattern::DifferentUri ? s.hostUri : spaceUri;
        const QString callId = s.pattern == Pattern::HostIsMember ? spaceCallId : s.hostCallId;
        Schema::Params wanted;
        if (!uri.isEmpty())
            wanted.append({kUri, uri});
        if (!callId.isEmpty())
            wanted.append({kCallId, callId});
        wanted.append({kPasscode, s.hostPin});
        wanted.append({kCallLegProfile, hostProfile});
        const GuestHostObject *match = nullptr;
        for (const GuestHostObject &method : state.accessMethods) {
            const bool sameCallId = !callId.isEmpty() && method.value(kCallId) == callId && s.pattern != Pattern::HostIsMember;
            const bool sameUri = !uri.isEmpty() && sameValue(kUri, method.value(kUri), uri)
                && (s.pattern == Pattern::DifferentUri || method.value(kPasscode) == s.hostPin);
            if (sameCallId || sameUri) {
                match = &method;
                break;
            }
        }
        if (match) {
            const QString path = spacePath + QStringLiteral("/accessMethods/") + match->id;
            const QList<ConfigStep> change = update(path, *match, wanted, tr("the hosts' access method %1").arg(Bidi::inSentence(match->id)), labels);
            if (change.isEmpty())
                plan.notes.append(tr("The hosts' access method %1 is already right.").arg(Bidi::inSentence(match->id)));
            plan.steps += change;
        } else {
            ConfigStep step;
            step.kind = ConfigStep::Kind::Create;
            step.path = spacePath + QStringLiteral("/accessMethods");
            step.params = withoutEmpty(wanted);
            step.ref = QStringLiteral("hostAccess");
            step.description = tr("Create the hosts' access method: %1 (POST /%2)")
                                   .arg(ConfigStep::describeParams(step.params, labels), ConfigStep::describePath(step.path, labels));
            plan.steps.append(step);
        }
    }

    // 6: pattern 4's member.
    if (s.pattern == Pattern::HostIsMember) {
        const GuestHostObject *member = nullptr;
        for (const GuestHostObject &candidate : state.members) {
            if (sameValue(QStringLiteral("userJid"), candidate.value(QStringLiteral("userJid")), s.hostJid))
                member = &candidate;
        }
        if (member) {
            const QString path = spacePath + QStringLiteral("/coSpaceUsers/") + member->id;
            const QList<ConfigStep> change = update(path, *member, {{kCallLegProfile, hostProfile}},
                                                    tr("the member %1").arg(s.hostJid), labels);
            if (change.isEmpty())
                plan.notes.append(tr("%1 is already a member with the host call leg profile.").arg(s.hostJid));
            plan.steps += change;
        } else {
            ConfigStep step;
            step.kind = ConfigStep::Kind::Create;
            step.path = spacePath + QStringLiteral("/coSpaceUsers");
            step.params = {{QStringLiteral("userJid"), s.hostJid}, {kCallLegProfile, hostProfile}};
            step.ref = QStringLiteral("member");
            step.description = tr("Add %1 as a member with the host call leg profile: %2 (POST /%3)")
                                   .arg(s.hostJid, ConfigStep::describeParams(step.params, labels), ConfigStep::describePath(step.path, labels));
            plan.steps.append(step);
        }
    }
    return plan;
}

} // namespace cms
