#pragma once

#include "config/configstep.h"
#include "config/guesthostsettings.h"
#include "config/guesthoststate.h"

#include <QCoreApplication>
#include <QList>
#include <optional>

namespace cms {

// One thing that keeps guests or hosts from joining a space as the pattern means them to.
struct GuestHostProblem
{
    enum class Kind {
        GuestsNotHeld,                 // the space's call leg profile is missing or lacks needsActivation=true
        NonMembersShutOut,             // nonMemberAccess=false: only members get in, and guests are not members
        HostMethodCarriesGuestProfile, // the hosts' access method has the guest profile, or none (inherits it)
        NoWayInForHosts,               // guests wait for a host, but no access method or member lets one in
        SharedCallId,                  // patterns 1 to 3: the hosts' access method has the space's call ID
        NoPasscodeMode,                // pattern 3: no passcodeMode on the space's call profile
        HostNotMember,                 // pattern 4: the owner is not a member of the space
        MemberWithoutHostProfile,      // pattern 4: the owner member lacks a profile with needsActivation=false
        NotTheIntendedPattern,         // the space follows another pattern (or none) than the one it is meant to
    };

    Kind kind;
    QString message;          // translated: what is wrong and what it does to the people joining
    QString fixSummary;       // translated: what the fix does (or, without steps, what to do by hand)
    QList<ConfigStep> fix;    // run with ConfigStepsOperation; empty when it needs a choice of the admin
};

struct GuestHostDiagnosis
{
    std::optional<GuestHostSettings::Pattern> pattern;   // the pattern the space follows; none when it has no host way in
    std::optional<GuestHostSettings::Pattern> intended;  // the pattern it is meant to follow, when the admin said
    QList<GuestHostProblem> problems;

    bool isFine() const { return problems.isEmpty(); }
};

// "Why can't my guests get in?" (issue 14, item 3): walks the chain source note 002 gives for a
// space (call profile → call leg profiles → the space's links → access methods → members), says which
// pattern it follows, and lists each problem found with a fix planned from what the cluster holds
// (reusing a call leg or call profile that is exactly right, as the planner does). The chain is read
// at the space level: a needsActivation set by the tenant or global profile is not looked at [open].
// Given the pattern the space is meant to follow, the checks of that pattern apply (pattern 3's
// passcodeMode, for one), and a space that follows another is a problem of its own, fixed by applying
// the intended pattern (the wizard or cmsctl guesthost apply: it needs URIs and PINs).
class GuestHostCheck
{
    Q_DECLARE_TR_FUNCTIONS(GuestHostCheck)

public:
    static GuestHostDiagnosis diagnose(const GuestHostState &state,
                                       std::optional<GuestHostSettings::Pattern> intended = std::nullopt);
    // "NoPasscodeMode"…: a stable name for tools (cmsctl --json).
    static QString kindKey(GuestHostProblem::Kind kind);
};

} // namespace cms
