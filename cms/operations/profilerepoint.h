#pragma once

#include "config/profileusage.h"
#include "operations/configstepsoperation.h"

namespace cms {

// Re-points every reference to a profile to another one (or to none: the level above then applies),
// then deletes the profile: the step that lets an admin retire a profile still in use.
//
// Planning finds where the profile is used (ProfileUsageFinder, read afresh) and adds one PUT per
// place (a ConfigStep: read back, and undone by putting the profile back); then a check that nothing uses the
// profile any more and the DELETE, last, so that a failure anywhere leaves the profile and every
// reference as they were. A level the API can name no object of (access methods and members of a
// call leg profile, which the server only flags; spaces of a call profile or dial-in security
// profile, which cannot be filtered) could still reference the profile after the re-pointing: the
// plan is refused then, and notCovered() says which levels and why, so that nothing is deleted that
// may still be referenced.
class ProfileRepoint : public ConfigStepsOperation
{
    Q_OBJECT
public:
    using Kind = ProfileUsageFinder::Kind;

    // An empty replacementId unsets the references instead.
    ProfileRepoint(Connection &connection, Kind kind, QString profileId, QString replacementId, QObject *parent = nullptr);

    // How the preview names the two profiles (their ids when not set).
    void setDisplayNames(const QString &profile, const QString &replacement);

    // After planning: where the profile was found, and the levels that cannot be covered (translated,
    // one sentence each; empty when every possible reference is re-pointed).
    const ProfileUsage &usage() const { return m_usage; }
    QStringList notCovered() const { return m_notCovered; }

    // The API path of a place ("coSpaces/<id>", "system/profiles"); empty for a level the API cannot
    // write one by one here (access methods and members, which the usage does not list).
    static QString pathOf(const ProfileUsage::Place &place);

protected:
    void buildPlan(const Completion &done) override;

private:
    void checkReplacement(const Completion &done);
    void findUsage(const Completion &done);
    QStringList uncoveredLevels() const;
    bool levelCanReference(ProfileUsage::Level level) const;
    ConfigStep repointStep(const ProfileUsage::Place &place) const;
    void addFinalSteps();
    QString placeText(const ProfileUsage::Place &place) const;

    Kind m_kind;
    QString m_id;
    QString m_replacementId;
    QString m_name;
    QString m_replacementName;
    ProfileUsage m_usage;
    QStringList m_notCovered;
};

} // namespace cms
