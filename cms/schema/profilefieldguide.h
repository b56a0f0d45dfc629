#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringView>

namespace cms {

// What the profile editors say about each field of a profile or space template (issue 13, item 1):
// the group it is shown in (lobby and activation, passcodes, rights, media, limits…) and a one-line
// explanation in the user's language. The explanations keep to what cms-api.md section 4 and 8 and
// the schema (schemafields.cpp) say of a field. A field not listed here, say one a newer server
// brought, belongs to Group::Other and has no explanation: shown, never dropped.
class ProfileFieldGuide
{
    Q_DECLARE_TR_FUNCTIONS(ProfileFieldGuide)

public:
    // In the order the editors show them.
    enum class Group { General, LobbyAndActivation, Passcodes, Rights, Media, Limits, Profiles, Other };

    // Whether the guide knows the type (callLegProfiles, callProfiles, dialInSecurityProfiles,
    // coSpaceTemplates): the editors of other types are not grouped.
    static bool covers(QStringView collection);
    static Group groupOf(QStringView collection, QStringView field);
    // The group's heading, translated.
    static QString groupTitle(Group group);
    // A name for object names and tests: "lobbyAndActivation".
    static QString groupKey(Group group);
    // The one-line explanation, translated; empty when the field is not listed.
    static QString explanation(QStringView collection, QStringView field);
};

} // namespace cms
