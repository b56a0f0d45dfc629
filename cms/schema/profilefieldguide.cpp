#include "schema/profilefieldguide.h"

#include <iterator>

namespace cms {

namespace {

using Group = ProfileFieldGuide::Group;

constexpr char kContext[] = "ProfileFieldGuide";

struct Entry
{
    QStringView collection;
    QStringView field;
    Group group;
    const char *explanation;   // marked with QT_TRANSLATE_NOOP, translated at use
};

// One line per field, per type, in the schema's order.
const Entry kEntries[] = {
    {u"callLegProfiles", u"name", Group::General,
     QT_TRANSLATE_NOOP("ProfileFieldGuide", "The name shown for it in lists and choices.")},
    {u"callLegProfiles", u"needsActivation", Group::LobbyAndActivation,
     QT_TRANSLATE_NOOP("ProfileFieldGuide", "Yes: the participant waits in the lobby until a host joins.")},
    {u"callLegProfiles", u"deactivationMode", Group::LobbyAndActivation,
     QT_TRANSLATE_NOOP("ProfileFieldGuide", "What happens to the participants who waited for a host when the last host leaves.")},
    {u"callLegProfiles", u"deactivationModeTime", Group::LobbyAndActivation,
     QT_TRANSLATE_NOOP("ProfileFieldGuide", "How long after the last host leaves that happens.")},
    {u"callLegProfiles", u"defaultLayout", Group::Media,
     QT_TRANSLATE_NOOP("ProfileFieldGuide", "The screen layout the participant sees on joining.")},
    {u"callLegProfiles", u"changeLayoutAllowed", Group::Rights,
     QT_TRANSLATE_NOOP("ProfileFieldGuide", "Whether the participant may change the layout.")},
    {u"callLegProfiles", u"participantLabels", Group::Media,
     QT_TRANSLATE_NOOP("ProfileFieldGuide", "Whether participants' names are shown on their video.")},
    {u"callLegProfiles", u"presentationContributionAllowed", Group::Rights,
     QT_TRANSLATE_NOOP("ProfileFieldGuide", "Whether the participant may share a presentation.")},
    {u"callLegProfiles", u"presentationViewingAllowed", Group::Rights,
     QT_TRANSLATE_NOOP("ProfileFieldGuide", "Whether the participant sees the presentations others share.")},
    {u"callLegProfiles", u"endCallAllowed", Group::Rights,
     QT_TRANSLATE_NOOP("ProfileFieldGuide", "Whether the participant may end the meeting for everyone.")},
    {u"callLegProfiles", u"muteOthersAllowed", Group::Rights,
     QT_TRANSLATE_NOOP("ProfileFieldGuide", "Whether the participant may mute other participants' audio.")},
    {u"callLegProfiles", u"videoMuteOthersAllowed", Group::Rights,
     QT_TRANSLATE_NOOP("ProfileFieldGuide", "Whether the participant may stop other participants' video.")},
    {u"callLegProfiles", u"muteSelfAllowed", Group::Rights,
     QT_TRANSLATE_NOOP("ProfileFieldGuide", "Whether the participant may mute their own audio.")},
    {u"callLegProfiles", u"videoMuteSelfAllowed", Group::Rights,
     QT_TRANSLATE_NOOP("ProfileFieldGuide", "Whether the participant may stop their own video.")},
    {u"callLegProfiles", u"disconnectOthersAllowed", Group::Rights,
     QT_TRANSLATE_NOOP("ProfileFieldGuide", "Whether the participant may disconnect other participants.")},
    {u"callLegProfiles", u"addParticipantAllowed", Group::Rights,
     QT_TRANSLATE_NOOP("ProfileFieldGuide", "Whether the participant may add participants to the meeting.")},
    {u"callLegProfiles", u"rxAudioMute", Group::Media,
     QT_TRANSLATE_NOOP("ProfileFieldGuide", "Yes: the participant's audio is not passed on to the meeting.")},
    {u"callLegProfiles", u"txAudioMute", Group::Media,
     QT_TRANSLATE_NOOP("ProfileFieldGuide", "Yes: the meeting's audio is not sent to the participant.")},
    {u"callLegProfiles", u"rxVideoMute", Group::Media,
     QT_TRANSLATE_NOOP("ProfileFieldGuide", "Yes: the participant's video is not passed on to the meeting.")},
    {u"callLegProfiles", u"txVideoMute", Group::Media,
     QT_TRANSLATE_NOOP("ProfileFieldGuide", "Yes: the meeting's video is not sent to the participant.")},
    {u"callLegProfiles", u"joinToneParticipantThreshold", Group::Media,
     QT_TRANSLATE_NOOP("ProfileFieldGuide", "A tone sounds when someone joins while the meeting has at most this many participants.")},
    {u"callLegProfiles", u"leaveToneParticipantThreshold", Group::Media,
     QT_TRANSLATE_NOOP("ProfileFieldGuide", "A tone sounds when someone leaves while the meeting has at most this many participants.")},
    {u"callLegProfiles", u"maxCallDurationTime", Group::Limits,
     QT_TRANSLATE_NOOP("ProfileFieldGuide", "The longest the participant's call may last.")},
    {u"callLegProfiles", u"qualityMain", Group::Media,
     QT_TRANSLATE_NOOP("ProfileFieldGuide", "The highest resolution and frame rate of the main video.")},
    {u"callLegProfiles", u"qualityPresentation", Group::Media,
     QT_TRANSLATE_NOOP("ProfileFieldGuide", "The highest resolution and frame rate of presentations.")},
    {u"callLegProfiles", u"participantCounter", Group::Media,
     QT_TRANSLATE_NOOP("ProfileFieldGuide", "When the number of participants is shown on screen.")},
    {u"callLegProfiles", u"sipMediaEncryption", Group::Media,
     QT_TRANSLATE_NOOP("ProfileFieldGuide", "Whether a SIP call's media may, must or must not be encrypted.")},

    {u"callProfiles", u"participantLimit", Group::Limits,
     QT_TRANSLATE_NOOP("ProfileFieldGuide", "The most participants a meeting with this profile may have.")},
    {u"callProfiles", u"locked", Group::LobbyAndActivation,
     QT_TRANSLATE_NOOP("ProfileFieldGuide", "Yes: meetings are locked, and the lock keeps newcomers out.")},
    {u"callProfiles", u"lockMode", Group::LobbyAndActivation,
     QT_TRANSLATE_NOOP("ProfileFieldGuide", "Whom a locked meeting keeps out: everyone new, or only those who wait for a host.")},
    {u"callProfiles", u"recordingMode", Group::Media,
     QT_TRANSLATE_NOOP("ProfileFieldGuide", "Whether meetings can be recorded, and whether recording starts by itself.")},
    {u"callProfiles", u"streamingMode", Group::Media,
     QT_TRANSLATE_NOOP("ProfileFieldGuide", "Whether meetings can be streamed, and whether streaming starts by itself.")},
    {u"callProfiles", u"passcodeMode", Group::Passcodes,
     QT_TRANSLATE_NOOP("ProfileFieldGuide", "How a SIP caller gives an empty passcode: by pressing #, or by silence until the timeout.")},
    {u"callProfiles", u"passcodeTimeout", Group::Passcodes,
     QT_TRANSLATE_NOOP("ProfileFieldGuide", "How long a silence counts as an empty passcode, when the timeout applies.")},
    {u"callProfiles", u"messageBoardEnabled", Group::Other,
     QT_TRANSLATE_NOOP("ProfileFieldGuide", "Whether meetings have a message board (before CMS 3.0).")},

    {u"dialInSecurityProfiles", u"name", Group::General,
     QT_TRANSLATE_NOOP("ProfileFieldGuide", "The name shown for it in lists and choices.")},
    {u"dialInSecurityProfiles", u"minPasscodeLength", Group::Passcodes,
     QT_TRANSLATE_NOOP("ProfileFieldGuide", "The fewest digits a passcode may have: a shorter one is refused.")},
    {u"dialInSecurityProfiles", u"allowOutOfPolicy", Group::Passcodes,
     QT_TRANSLATE_NOOP("ProfileFieldGuide", "Yes: passcodes already set that are shorter keep working.")},

    {u"coSpaceTemplates", u"name", Group::General,
     QT_TRANSLATE_NOOP("ProfileFieldGuide", "The name shown for it in lists and choices.")},
    {u"coSpaceTemplates", u"description", Group::General,
     QT_TRANSLATE_NOOP("ProfileFieldGuide", "What the template is for, in a few words.")},
    {u"coSpaceTemplates", u"numAccessMethodTemplates", Group::General,
     QT_TRANSLATE_NOOP("ProfileFieldGuide", "How many access method templates the template has.")},
    {u"coSpaceTemplates", u"callProfile", Group::Profiles,
     QT_TRANSLATE_NOOP("ProfileFieldGuide", "The call profile of the spaces made from this template.")},
    {u"coSpaceTemplates", u"callLegProfile", Group::Profiles,
     QT_TRANSLATE_NOOP("ProfileFieldGuide", "The call leg profile of the spaces made from this template.")},
    {u"coSpaceTemplates", u"dialInSecurityProfile", Group::Profiles,
     QT_TRANSLATE_NOOP("ProfileFieldGuide", "The dial-in security profile of the spaces made from this template.")},
};

const Entry *find(QStringView collection, QStringView field)
{
    for (const Entry &entry : kEntries) {
        if (entry.collection == collection && entry.field == field)
            return &entry;
    }
    return nullptr;
}

} // namespace

bool ProfileFieldGuide::covers(QStringView collection)
{
    for (const Entry &entry : kEntries) {
        if (entry.collection == collection)
            return true;
    }
    return false;
}

ProfileFieldGuide::Group ProfileFieldGuide::groupOf(QStringView collection, QStringView field)
{
    const Entry *entry = find(collection, field);
    return entry ? entry->group : Group::Other;
}

QString ProfileFieldGuide::explanation(QStringView collection, QStringView field)
{
    const Entry *entry = find(collection, field);
    return entry ? QCoreApplication::translate(kContext, entry->explanation) : QString();
}

QString ProfileFieldGuide::groupTitle(Group group)
{
    switch (group) {
    case Group::General:
        //: Heading of a profile editor's group of settings: name and description.
        return tr("General");
    case Group::LobbyAndActivation:
        //: Heading of a profile editor's group of settings: waiting for a host, locking.
        return tr("Lobby and activation");
    case Group::Passcodes:
        return tr("Passcodes");
    case Group::Rights:
        //: Heading of a profile editor's group of settings: what participants may do.
        return tr("Rights");
    case Group::Media:
        //: Heading of a profile editor's group of settings: audio, video, layout, recording.
        return tr("Media");
    case Group::Limits:
        return tr("Limits");
    case Group::Profiles:
        //: Heading of a space template's group of settings: the profiles its spaces get.
        return tr("Profiles");
    case Group::Other:
        return tr("Other settings");
    }
    return {};
}

QString ProfileFieldGuide::groupKey(Group group)
{
    switch (group) {
    case Group::General: return QStringLiteral("general");
    case Group::LobbyAndActivation: return QStringLiteral("lobbyAndActivation");
    case Group::Passcodes: return QStringLiteral("passcodes");
    case Group::Rights: return QStringLiteral("rights");
    case Group::Media: return QStringLiteral("media");
    case Group::Limits: return QStringLiteral("limits");
    case Group::Profiles: return QStringLiteral("profiles");
    case Group::Other: return QStringLiteral("other");
    }
    return {};
}

} // namespace cms
