#pragma once

#include "config/configstep.h"
#include "config/guesthostsettings.h"
#include "config/guesthoststate.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace cms {

// What applying a pattern to a space takes, in order, or why it cannot be done.
struct GuestHostPlan
{
    QList<ConfigStep> steps;        // empty when the space is already set up
    QStringList notes;              // translated: what is reused as it is, and why
    QList<GuestHostIssue> refusals; // what stops it; nothing may be sent then

    bool isRefused() const { return !refusals.isEmpty(); }
};

// Plans one of the four patterns (cms-api.md section 8) on a space from what the cluster holds
// (GuestHostState): in this order
//   1. the guest call leg profile (needsActivation=true, the chosen deactivationMode) and
//   2. the host call leg profile (needsActivation=false): a profile whose fields, its name aside,
//      are exactly these is reused; otherwise one is created;
//   3. pattern 3: a call profile with passcodeMode (and passcodeTimeout): the space's own when it
//      already says so, else an exact one reused, else a new one;
//   4. the space: created, or only its fields that differ changed (uri, callId, passcode,
//      callLegProfile, callProfile, ownerJid, and nonMemberAccess when it keeps guests out);
//   5. the host access method: one that already has the hosts' call ID (or URI) is changed where it
//      differs, else one is created;
//   6. pattern 4: the host user as a member with the host profile.
// Every part already right plans nothing, so a second run on the same space plans no step.
class GuestHostPlanner
{
    Q_DECLARE_TR_FUNCTIONS(GuestHostPlanner)

public:
    static GuestHostPlan plan(const GuestHostSettings &settings, const GuestHostState &state);

    // The URIs and call IDs the plan may set, to check against other spaces (GuestHostReader).
    static QStringList valuesToCheck(const GuestHostSettings &settings);

    // The fields of a right guest / host call leg profile and of a pattern 3 call profile.
    static QHash<QString, QString> guestProfileFields(const QString &deactivationMode);
    static QHash<QString, QString> hostProfileFields();
    static QHash<QString, QString> callProfileFields(const QString &passcodeMode, int passcodeTimeout);
    // The first profile whose fields other than its name are exactly `wanted`; null when none.
    static const GuestHostObject *findExact(const QList<GuestHostObject> &profiles, const QHash<QString, QString> &wanted);

    // Steps that make sure a call leg profile with `wanted` fields exists: none when one does (its id
    // in *id, a note in *notes), else a Create step named `ref` (*id is then its reference).
    static QList<ConfigStep> ensureCallLegProfile(const GuestHostState &state, const QHash<QString, QString> &wanted,
                                                  bool forGuests, const QString &ref, QString *id, QStringList *notes);
    static QList<ConfigStep> ensureCallProfile(const GuestHostState &state, const QHash<QString, QString> &wanted,
                                               const QString &ref, QString *id, QStringList *notes);
    // A PUT of the fields of `object` (at `path`) that differ from `wanted`; nothing when none differ.
    static QList<ConfigStep> update(const QString &path, const GuestHostObject &object, const Schema::Params &wanted,
                                    const QString &what, const QHash<QString, QString> &labels);
    // The words a description uses for the objects a plan creates.
    static QHash<QString, QString> referenceLabels();
};

} // namespace cms
