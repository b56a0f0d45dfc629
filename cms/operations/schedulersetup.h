#pragma once

#include "config/schedulerreadiness.h"
#include "operations/operation.h"

#include <QList>
#include <QPair>
#include <QString>

#include <functional>

namespace cms {

// Creates what the CMS scheduler still lacks (SchedulerReadinessCheck), reusing what the cluster
// has: a guest call leg profile (needsActivation=true, deactivationMode=deactivate: guests wait in
// the lobby, and go back to it when the last host leaves), a host call leg profile
// (needsActivation=false), a space template whose default is the guest profile, and in it the guest
// (`$.guest`, a call ID of its own) and host (`$.host`) access method templates of the source notes.
// Planning runs the check again, so the plan is made from what the cluster holds then; a cluster
// already ready, or older than 3.3, is refused. Each creation is read back, and undone (deleted) in
// reverse order when a later step fails.
class SchedulerSetupOperation : public Operation
{
    Q_OBJECT
public:
    SchedulerSetupOperation(Connection &connection, int version, QObject *parent = nullptr);

    // What the check found while planning.
    const SchedulerReadiness &readiness() const { return m_readiness; }
    // The ids in use once finished: found or created.
    QString guestProfileId() const { return m_guestProfile; }
    QString hostProfileId() const { return m_hostProfile; }
    QString spaceTemplateId() const { return m_template; }

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
    using Params = QList<QPair<QString, QString>>;
    void planSteps();
    // A step that POSTs to the collection `collection()` names when it runs, reads the object back
    // (each value sent must be there), and deletes it on undo; the new id goes to *createdId.
    void addCreation(const QString &description, const std::function<QString()> &collection,
                     const std::function<Params()> &params, QString *createdId);
    QString freeGenerator(const QString &wanted) const;

    int m_version;
    SchedulerReadiness m_readiness;
    QString m_guestProfile;
    QString m_hostProfile;
    QString m_template;
    QString m_guestMethod;
    QString m_hostMethod;
};

} // namespace cms
