#include "config/guesthostcheck.h"

#include "config/guesthostplanner.h"

namespace cms {

namespace {

using Pattern = GuestHostSettings::Pattern;
using Kind = GuestHostProblem::Kind;

const QString kCallLegProfile = QStringLiteral("callLegProfile");
const QString kNeedsActivation = QStringLiteral("needsActivation");

bool sameText(const QString &a, const QString &b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

// needsActivation of the profile an object references; empty when it references none (or a gone one).
QString needsActivation(const GuestHostState &state, const GuestHostObject &object)
{
    const GuestHostObject *profile = state.callLegProfile(object.value(kCallLegProfile));
    return profile ? profile->value(kNeedsActivation) : QString();
}

QString profileName(const GuestHostState &state, const QString &id)
{
    const GuestHostObject *profile = state.callLegProfile(id);
    const QString name = profile ? profile->value(QStringLiteral("name")) : QString();
    return name.isEmpty() ? id : QStringLiteral("“%1”").arg(name);
}

QString what(const GuestHostObject &method)
{
    const QString uri = method.value(QStringLiteral("uri"));
    return uri.isEmpty() ? method.id : QStringLiteral("%1 (%2)").arg(method.id, uri);
}

} // namespace

QString GuestHostCheck::kindKey(Kind kind)
{
    switch (kind) {
    case Kind::GuestsNotHeld: return QStringLiteral("GuestsNotHeld");
    case Kind::NonMembersShutOut: return QStringLiteral("NonMembersShutOut");
    case Kind::HostMethodCarriesGuestProfile: return QStringLiteral("HostMethodCarriesGuestProfile");
    case Kind::NoWayInForHosts: return QStringLiteral("NoWayInForHosts");
    case Kind::SharedCallId: return QStringLiteral("SharedCallId");
    case Kind::NoPasscodeMode: return QStringLiteral("NoPasscodeMode");
    case Kind::HostNotMember: return QStringLiteral("HostNotMember");
    case Kind::MemberWithoutHostProfile: return QStringLiteral("MemberWithoutHostProfile");
    case Kind::NotTheIntendedPattern: return QStringLiteral("NotTheIntendedPattern");
    }
    return {};
}

GuestHostDiagnosis GuestHostCheck::diagnose(const GuestHostState &state, std::optional<Pattern> intended)
{
    GuestHostDiagnosis result;
    result.intended = intended;
    const GuestHostObject &space = state.space;
    if (!space.isValid())
        return result;
    const QString spacePath = QStringLiteral("coSpaces/") + space.id;
    const QString spaceName = space.value(QStringLiteral("name"));
    const QHash<QString, QString> labels = GuestHostPlanner::referenceLabels();
    QStringList unusedNotes;   // the fixes say in their steps what they reuse

    // The links: which access method and member are the hosts' way in.
    const GuestHostObject *hostMethod = nullptr;
    for (const GuestHostObject &method : state.accessMethods) {
        if (needsActivation(state, method) == u"false") {
            hostMethod = &method;
            break;
        }
    }
    if (!hostMethod && !state.accessMethods.isEmpty())
        hostMethod = &state.accessMethods.first();
    const QString owner = space.value(QStringLiteral("ownerJid"));
    const GuestHostObject *ownerMember = nullptr;
    bool memberIsHost = false;
    for (const GuestHostObject &member : state.members) {
        if (!owner.isEmpty() && sameText(member.value(QStringLiteral("userJid")), owner))
            ownerMember = &member;
        if (needsActivation(state, member) == u"false")
            memberIsHost = true;
    }

    // Which pattern.
    if (!owner.isEmpty() || memberIsHost)
        result.pattern = Pattern::HostIsMember;
    else if (hostMethod && sameText(hostMethod->value(QStringLiteral("uri")), space.value(QStringLiteral("uri")))
             && !space.value(QStringLiteral("uri")).isEmpty())
        result.pattern = space.value(QStringLiteral("passcode")).isEmpty() ? Pattern::EmptyGuestPin : Pattern::SamePinDiffers;
    else if (hostMethod)
        result.pattern = Pattern::DifferentUri;

    auto add = [&result](Kind kind, const QString &message, const QString &fixSummary, const QList<ConfigStep> &fix) {
        result.problems.append({kind, message, fixSummary, fix});
    };
    // The pattern whose checks apply: the one meant, else the one found.
    const std::optional<Pattern> checked = intended ? intended : result.pattern;
    if (intended && result.pattern != intended) {
        const QString meant = GuestHostInputs::patternName(*intended);
        add(Kind::NotTheIntendedPattern,
            result.pattern
                //: %1, %2: names of two of the four guest/host patterns
                ? tr("The space follows the pattern “%1”, not “%2” as it is meant to.")
                      .arg(GuestHostInputs::patternName(*result.pattern), meant)
                : tr("The space follows none of the four patterns, not “%1” as it is meant to.").arg(meant),
            tr("Apply the pattern “%1” to the space (Guest and Host Access…): it changes only what differs, "
               "and needs the URIs and PINs of that pattern.").arg(meant),
            {});
    }

    // The space's call leg profile: guests wait for a host.
    const QString guestId = space.value(kCallLegProfile);
    const GuestHostObject *guestProfile = state.callLegProfile(guestId);
    if (!guestProfile || guestProfile->value(kNeedsActivation) != u"true") {
        const QString mode = guestProfile && !guestProfile->value(QStringLiteral("deactivationMode")).isEmpty()
            ? guestProfile->value(QStringLiteral("deactivationMode")) : QStringLiteral("deactivate");
        QString id;
        QList<ConfigStep> fix = GuestHostPlanner::ensureCallLegProfile(state, GuestHostPlanner::guestProfileFields(mode), true,
                                                                      QStringLiteral("guestProfile"), &id, &unusedNotes);
        fix += GuestHostPlanner::update(spacePath, space, {{kCallLegProfile, id}}, tr("the space “%1”").arg(spaceName), labels);
        add(Kind::GuestsNotHeld,
            guestProfile ? tr("The space's call leg profile %1 does not set needsActivation=true: guests start the meeting without a host.")
                               .arg(profileName(state, guestId))
                         : tr("The space has no call leg profile of its own: guests are not held in the lobby until a host joins."),
            tr("Give the space a guest call leg profile (needsActivation=true, deactivationMode=%1).").arg(mode), fix);
    }

    // The space's links: guests are not members.
    if (space.value(QStringLiteral("nonMemberAccess")) == u"false") {
        add(Kind::NonMembersShutOut,
            tr("The space does not let non-members in (nonMemberAccess=false): guests cannot join at all."),
            tr("Let non-members join the space (nonMemberAccess=true)."),
            GuestHostPlanner::update(spacePath, space, {{QStringLiteral("nonMemberAccess"), QStringLiteral("true")}},
                                     tr("the space “%1”").arg(spaceName), labels));
    }

    // The access methods: the hosts' one must not hold them like guests.
    auto hostProfileFix = [&](const QString &path, const GuestHostObject &object, const QString &whose) {
        QString id;
        QList<ConfigStep> fix = GuestHostPlanner::ensureCallLegProfile(state, GuestHostPlanner::hostProfileFields(), false,
                                                                      QStringLiteral("hostProfile"), &id, &unusedNotes);
        fix += GuestHostPlanner::update(path, object, {{kCallLegProfile, id}}, whose, labels);
        return fix;
    };
    if (hostMethod && needsActivation(state, *hostMethod) != u"false") {
        const QString methodProfile = hostMethod->value(kCallLegProfile);
        add(Kind::HostMethodCarriesGuestProfile,
            methodProfile.isEmpty()
                ? tr("The access method %1 has no call leg profile, so it takes the space's guest profile: hosts who join through it wait in the lobby like guests.")
                      .arg(what(*hostMethod))
                : tr("The access method %1 carries the call leg profile %2, which holds people in the lobby: hosts who join through it wait like guests.")
                      .arg(what(*hostMethod), profileName(state, methodProfile)),
            tr("Give the access method a host call leg profile (needsActivation=false)."),
            hostProfileFix(spacePath + QStringLiteral("/accessMethods/") + hostMethod->id, *hostMethod,
                           tr("the hosts' access method %1").arg(hostMethod->id)));
    }
    if (!hostMethod && !result.pattern && guestProfile && guestProfile->value(kNeedsActivation) == u"true") {
        add(Kind::NoWayInForHosts,
            tr("Guests wait in the lobby for a host, but the space has no access method and no member for hosts: nobody can let them in."),
            tr("Apply one of the four patterns to the space: hosts need a URI, call ID or PIN of their own, or to be members."), {});
    }
    if (hostMethod && checked && checked != Pattern::HostIsMember
        && !hostMethod->value(QStringLiteral("callId")).isEmpty()
        && hostMethod->value(QStringLiteral("callId")) == space.value(QStringLiteral("callId"))) {
        add(Kind::SharedCallId,
            tr("The hosts' access method %1 has the guests' call ID %2: whoever dials it is taken as a guest or a host by the PIN alone, which this pattern does not intend.")
                .arg(what(*hostMethod), space.value(QStringLiteral("callId"))),
            tr("Take the call ID off the hosts' access method: hosts then join by its URI and PIN."),
            GuestHostPlanner::update(spacePath + QStringLiteral("/accessMethods/") + hostMethod->id, *hostMethod,
                                     {{QStringLiteral("callId"), QString()}}, tr("the hosts' access method %1").arg(hostMethod->id), labels));
    }

    // The call profile of pattern 3.
    if (checked == Pattern::EmptyGuestPin) {
        const GuestHostObject *callProfile = state.callProfile(space.value(QStringLiteral("callProfile")));
        if (!callProfile || callProfile->value(QStringLiteral("passcodeMode")).isEmpty()) {
            QString id;
            QList<ConfigStep> fix = GuestHostPlanner::ensureCallProfile(
                state, GuestHostPlanner::callProfileFields(QStringLiteral("required"), 0), QStringLiteral("callProfile"), &id, &unusedNotes);
            fix += GuestHostPlanner::update(spacePath, space, {{QStringLiteral("callProfile"), id}}, tr("the space “%1”").arg(spaceName), labels);
            add(Kind::NoPasscodeMode,
                tr("Guests have no PIN, but the space's call profile does not set passcodeMode: SIP guests are asked for a PIN they do not have."),
                tr("Give the space a call profile with passcodeMode=required (guests press # for an empty PIN)."), fix);
        }
    }

    // The members of pattern 4.
    if (!owner.isEmpty() && !ownerMember) {
        QString id;
        QList<ConfigStep> fix = GuestHostPlanner::ensureCallLegProfile(state, GuestHostPlanner::hostProfileFields(), false,
                                                                      QStringLiteral("hostProfile"), &id, &unusedNotes);
        ConfigStep add_;
        add_.kind = ConfigStep::Kind::Create;
        add_.path = spacePath + QStringLiteral("/coSpaceUsers");
        add_.params = {{QStringLiteral("userJid"), owner}, {kCallLegProfile, id}};
        add_.ref = QStringLiteral("member");
        add_.description = GuestHostPlanner::tr("Add %1 as a member with the host call leg profile: %2 (POST /%3)")
                               .arg(owner, ConfigStep::describeParams(add_.params, labels), add_.path);
        fix.append(add_);
        add(Kind::HostNotMember,
            tr("The owner %1 is not a member of the space: joining through the web app, the host is held like a guest.").arg(owner),
            tr("Add %1 as a member with a host call leg profile (needsActivation=false).").arg(owner), fix);
    } else if (ownerMember && needsActivation(state, *ownerMember) != u"false") {
        add(Kind::MemberWithoutHostProfile,
            tr("The member %1 has no host call leg profile: the host waits in the lobby with the guests.").arg(owner),
            tr("Give the member a host call leg profile (needsActivation=false)."),
            hostProfileFix(spacePath + QStringLiteral("/coSpaceUsers/") + ownerMember->id, *ownerMember,
                           GuestHostPlanner::tr("the member %1").arg(owner)));
    }
    return result;
}

} // namespace cms
