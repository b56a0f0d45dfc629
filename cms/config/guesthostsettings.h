#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace cms {

// What an admin chooses to give one space separate guest and host access (issue 14; the four
// patterns of cms-api.md section 8, from source note 002):
//   1 DifferentUri:      the space (guest profile) and a host access method with another URI/call ID;
//   2 SamePinDiffers:    one URI; the space has the guest PIN, a host access method the host PIN;
//   3 EmptyGuestPin:     as 2 with an empty guest PIN, plus a call profile with passcodeMode;
//   4 HostIsMember:      as 1 for guests; the host user is the owner and a member with the host
//                        profile (web app); with a host PIN also an access method on the space's
//                        own URI and call ID carrying the host profile, as the note's example does.
struct GuestHostSettings
{
    enum class Pattern { DifferentUri = 1, SamePinDiffers = 2, EmptyGuestPin = 3, HostIsMember = 4 };

    Pattern pattern = Pattern::DifferentUri;
    QString spaceId;            // an existing space; empty: create one named spaceName
    QString spaceName;          // a new space only
    QString spaceUri;           // the guests' URI; for an existing space empty keeps the one it has
    QString spaceCallId;        // the guests' call ID; same rule
    QString hostUri;            // pattern 1: the hosts' URI (patterns 2 to 4 use the space's)
    QString hostCallId;         // patterns 1 to 3: the hosts' call ID
    QString guestPin;           // the space's passcode (pattern 2; may be set in 1; empty in 3)
    QString hostPin;            // the host access method's passcode (2, 3; optional in 1 and 4)
    QString passcodeMode;       // pattern 3: "required" (guests press #) or "timeout"
    int passcodeTimeout = 0;    // pattern 3 with "timeout": seconds of silence that count as empty
    QString hostJid;            // pattern 4: the host user
    QString deactivationMode = QStringLiteral("deactivate");   // guests when the last host leaves

    bool createsSpace() const { return spaceId.isEmpty(); }
    bool usesHostAccessMethod() const { return pattern != Pattern::HostIsMember || !hostPin.isEmpty(); }
    bool usesCallProfile() const { return pattern == Pattern::EmptyGuestPin; }
};

// The input names, as GuestHostIssue::field spells them (a form shows a reason at its field).
namespace GuestHostField {
inline constexpr QStringView pattern = u"pattern";
inline constexpr QStringView spaceName = u"spaceName";
inline constexpr QStringView spaceUri = u"spaceUri";
inline constexpr QStringView spaceCallId = u"spaceCallId";
inline constexpr QStringView hostUri = u"hostUri";
inline constexpr QStringView hostCallId = u"hostCallId";
inline constexpr QStringView guestPin = u"guestPin";
inline constexpr QStringView hostPin = u"hostPin";
inline constexpr QStringView passcodeMode = u"passcodeMode";
inline constexpr QStringView passcodeTimeout = u"passcodeTimeout";
inline constexpr QStringView hostJid = u"hostJid";
inline constexpr QStringView deactivationMode = u"deactivationMode";
} // namespace GuestHostField

struct GuestHostIssue
{
    QString field;    // a GuestHostField name
    QString reason;   // translated
};

// Checks the inputs before anything is read or sent: each value as typed (checkValue, for a form
// field on every keystroke) and then how they fit together for the chosen pattern (check). What
// needs the cluster (a URI another space uses, an unknown user) is the planner's to say.
class GuestHostInputs
{
    Q_DECLARE_TR_FUNCTIONS(GuestHostInputs)

public:
    // One value of one field (a GuestHostField name); empty when fine. Empty values are fine here:
    // whether a field is needed depends on the pattern (check).
    static QString checkValue(QStringView field, const QString &value);
    // Every problem of the whole set, in field order; empty when it can be planned.
    static QList<GuestHostIssue> check(const GuestHostSettings &settings);
    // "Different URIs", …, translated, for lists and the plan's title.
    static QString patternName(GuestHostSettings::Pattern pattern);
};

} // namespace cms
