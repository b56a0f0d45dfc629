#include "guesthost/guesthostexpectations.h"

#include "common/displayformat.h"

namespace views {

namespace {

using Pattern = cms::GuestHostSettings::Pattern;
using Group = GuestHostExpectation::Group;

bool sameUri(const QString &a, const QString &b)
{
    return !a.isEmpty() && a.compare(b, Qt::CaseInsensitive) == 0;
}

} // namespace

QString GuestHostExpectations::groupTitle(Group group)
{
    switch (group) {
    case Group::Guest:
        return tr("For a guest");
    case Group::Host:
        return tr("For the host");
    case Group::Check:
        return tr("The check of the whole chain");
    }
    return {};
}

QString GuestHostExpectations::deactivationText(const QString &mode)
{
    if (mode == u"disconnect")
        return tr("When the last host leaves, the guests are disconnected.");
    if (mode == u"remainActivated")
        return tr("When the last host leaves, the meeting goes on with the guests.");
    return tr("When the last host leaves, the guests go back to the lobby.");
}

const cms::JoinWay *GuestHostExpectations::hostWay(const cms::GuestHostSettings &s, const cms::EffectiveSettings &effective)
{
    const cms::JoinWay *guests = effective.guests();
    const QString spaceUri = s.spaceUri.isEmpty() && guests ? guests->uri : s.spaceUri;
    for (const cms::JoinWay &way : effective.ways) {
        switch (way.kind) {
        case cms::JoinKind::Guests:
            break;
        case cms::JoinKind::Member:
            if (s.pattern == Pattern::HostIsMember && sameUri(way.userJid, s.hostJid))
                return &way;
            break;
        case cms::JoinKind::AccessMethod:
            if (s.pattern == Pattern::DifferentUri
                && (sameUri(way.uri, s.hostUri) || (!s.hostCallId.isEmpty() && way.callId == s.hostCallId)))
                return &way;
            if ((s.pattern == Pattern::SamePinDiffers || s.pattern == Pattern::EmptyGuestPin)
                && ((!s.hostCallId.isEmpty() && way.callId == s.hostCallId) || (sameUri(way.uri, spaceUri) && way.passcodeSet)))
                return &way;
            break;
        }
    }
    return nullptr;
}

QList<GuestHostExpectation> GuestHostExpectations::list(const cms::GuestHostSettings &s, const cms::EffectiveSettings &effective,
                                                        const cms::GuestHostDiagnosis &diagnosis)
{
    QList<GuestHostExpectation> out;
    auto add = [&out](Group group, const QString &text, bool met) { out.append({group, text, met}); };

    // A guest: joins by the space's own URI or call ID.
    const cms::JoinWay *guests = effective.guests();
    auto guestValue = [guests](QStringView field) { return guests ? guests->value(field).value : QString(); };
    add(Group::Guest, tr("Waits in the lobby until a host joins."), guestValue(u"needsActivation") == u"true");
    add(Group::Guest, deactivationText(s.deactivationMode), guestValue(u"deactivationMode") == s.deactivationMode);
    switch (s.pattern) {
    case Pattern::SamePinDiffers:
        add(Group::Guest, tr("Is asked for the guest PIN."), guests && guests->passcodeSet);
        break;
    case Pattern::EmptyGuestPin: {
        add(Group::Guest, tr("Has no PIN to enter."), guests && !guests->passcodeSet);
        const bool timeout = s.passcodeMode == u"timeout";
        const bool modeMet = guestValue(u"passcodeMode") == s.passcodeMode
            && (!timeout || guestValue(u"passcodeTimeout") == QString::number(s.passcodeTimeout));
        add(Group::Guest,
            timeout ? tr("Calling by SIP, enters the empty PIN by waiting %Ln second(s).", nullptr, s.passcodeTimeout)
                    : tr("Calling by SIP, enters the empty PIN by pressing #."),
            modeMet);
        break;
    }
    case Pattern::DifferentUri:
    case Pattern::HostIsMember:
        break;
    }

    // The host: by their own access method, or as the member (pattern 4).
    const cms::JoinWay *host = hostWay(s, effective);
    QString way;
    switch (s.pattern) {
    case Pattern::DifferentUri:
        way = s.hostUri.isEmpty()
            //: %1: a call ID
            ? tr("Has a call ID of their own: %1.").arg(models::DisplayFormat::isolated(s.hostCallId))
            //: %1: a URI
            : tr("Has a URI of their own: %1.").arg(models::DisplayFormat::isolated(s.hostUri));
        break;
    case Pattern::SamePinDiffers:
    case Pattern::EmptyGuestPin:
        way = tr("Dials the same URI and is told apart by the host PIN.");
        break;
    case Pattern::HostIsMember:
        //: %1: a user's JID
        way = tr("Joins as %1, a member of the space, in the web app.").arg(models::DisplayFormat::isolated(s.hostJid));
        break;
    }
    add(Group::Host, way, host != nullptr);
    add(Group::Host, tr("Starts the meeting without waiting in the lobby."),
        host && host->value(u"needsActivation").value == u"false");
    if (s.pattern == Pattern::SamePinDiffers || s.pattern == Pattern::EmptyGuestPin)
        add(Group::Host, tr("Is asked for the host PIN."), host && host->passcodeSet);

    // The chain as the check reads it.
    //: %1: the pattern's name
    add(Group::Check, tr("The space follows the pattern “%1”.").arg(cms::GuestHostInputs::patternName(s.pattern)),
        diagnosis.pattern == s.pattern);
    if (diagnosis.isFine())
        add(Group::Check, tr("The check finds no problem."), true);
    for (const cms::GuestHostProblem &problem : diagnosis.problems)
        add(Group::Check, problem.message, false);
    return out;
}

} // namespace views
