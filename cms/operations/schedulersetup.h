#pragma once

#include "config/schedulerreadiness.h"
#include "operations/configstepsoperation.h"

#include <QString>

namespace cms {

// Creates what the CMS scheduler still lacks (SchedulerReadinessCheck), reusing what the cluster
// has: a guest call leg profile (needsActivation=true, deactivationMode=deactivate: guests wait in
// the lobby, and go back to it when the last host leaves), a host call leg profile
// (needsActivation=false), a space template whose default is the guest profile, and in it the guest
// (`$.guest`, a call ID of its own) and host (`$.host`) access method templates of the source notes.
// Planning runs the check again, so the plan is made from what the cluster holds then; a cluster
// already ready, or older than 3.3, is refused. The creations are ConfigSteps: each is read back,
// and undone (deleted) in reverse order when a later step fails.
class SchedulerSetupOperation : public ConfigStepsOperation
{
    Q_OBJECT
public:
    SchedulerSetupOperation(Connection &connection, int version, QObject *parent = nullptr);

    // What the check found while planning.
    const SchedulerReadiness &readiness() const { return m_readiness; }
    // The ids in use once finished: found or created.
    QString guestProfileId() const;
    QString hostProfileId() const;
    QString spaceTemplateId() const;

    // The names given to what is created. They are data kept on the shared server, which admins of
    // every language read, so they are not translated.
    static QString guestProfileName() { return QStringLiteral("Scheduler guests (lobby)"); }
    static QString hostProfileName() { return QStringLiteral("Scheduler hosts"); }
    static QString spaceTemplateName() { return QStringLiteral("Scheduled meetings"); }
    static QString guestMethodName() { return QStringLiteral("Guests"); }
    static QString hostMethodName() { return QStringLiteral("Hosts"); }

protected:
    void buildPlan(const Completion &done) override;

private:
    QList<ConfigStep> planSteps() const;
    QString freeGenerator(const QString &wanted) const;
    // The id of what readiness found, else the one the step named `ref` created.
    QString foundOrCreated(const SchedulerReadiness::Named &found, const QString &ref) const;

    int m_version;
    SchedulerReadiness m_readiness;
};

} // namespace cms
