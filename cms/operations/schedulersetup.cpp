#include "operations/schedulersetup.h"


namespace cms {

namespace {

const QString kTrue = QStringLiteral("true");
const QString kFalse = QStringLiteral("false");
const QString kName = QStringLiteral("name");
const QString kCallLegProfile = QStringLiteral("callLegProfile");
// The names the plan's steps give what they create, for the steps after them.
const QString kGuestProfileRef = QStringLiteral("guestProfile");
const QString kHostProfileRef = QStringLiteral("hostProfile");
const QString kTemplateRef = QStringLiteral("spaceTemplate");

} // namespace

SchedulerSetupOperation::SchedulerSetupOperation(Connection &connection, int version, QObject *parent)
    : ConfigStepsOperation(connection, {}, parent)
    , m_version(version)
{
}

void SchedulerSetupOperation::buildPlan(const Completion &done)
{
    if (m_version != 0 && m_version < SchedulerReadinessCheck::kSchedulerVersion) {
        done(StepOutcome{{}, tr("The scheduler needs CMS 3.3 or later: nothing was changed.")});
        return;
    }
    auto *check = new SchedulerReadinessCheck(connection(), m_version, this);
    connect(check, &SchedulerReadinessCheck::finished, this, [this, check, done] {
        check->deleteLater();
        if (isFinished() || finishIfClosed())
            return;
        if (!check->error().isOk()) {
            done(StepOutcome{check->error(), {}});
            return;
        }
        m_readiness = check->readiness();
        if (m_readiness.isReady()) {
            done(StepOutcome{{}, tr("The cluster is already ready for the scheduler: there is nothing to create.")});
            return;
        }
        addConfigSteps(planSteps());
        done({});
    });
    check->start();
}

QString SchedulerSetupOperation::freeGenerator(const QString &wanted) const
{
    QString generator = wanted;
    for (int n = 2; m_readiness.uriGenerators.contains(generator, Qt::CaseInsensitive); ++n)
        generator = wanted + QString::number(n);
    return generator;
}

QString SchedulerSetupOperation::foundOrCreated(const SchedulerReadiness::Named &found, const QString &ref) const
{
    return found.isFound() ? found.id : createdId(ref);
}

QString SchedulerSetupOperation::guestProfileId() const
{
    return foundOrCreated(m_readiness.guestProfile, kGuestProfileRef);
}

QString SchedulerSetupOperation::hostProfileId() const
{
    return foundOrCreated(m_readiness.hostProfile, kHostProfileRef);
}

QString SchedulerSetupOperation::spaceTemplateId() const
{
    return foundOrCreated(m_readiness.spaceTemplate, kTemplateRef);
}

QList<ConfigStep> SchedulerSetupOperation::planSteps() const
{
    const SchedulerReadiness &r = m_readiness;
    // An object found is named by its id, one this plan creates by a reference to its step.
    auto idOf = [](const SchedulerReadiness::Named &found, const QString &ref) {
        return found.isFound() ? found.id : ConfigStep::reference(ref);
    };
    const QString guestId = idOf(r.guestProfile, kGuestProfileRef);
    const QString hostId = idOf(r.hostProfile, kHostProfileRef);
    const QString templateId = idOf(r.spaceTemplate, kTemplateRef);
    const QString profiles = QStringLiteral("callLegProfiles");
    const QString guestProfile = r.guestProfile.isFound() ? r.guestProfile.name : guestProfileName();
    const QString hostProfile = r.hostProfile.isFound() ? r.hostProfile.name : hostProfileName();
    const QString spaceTemplate = r.spaceTemplate.isFound() ? r.spaceTemplate.name : spaceTemplateName();
    auto creation = [](const QString &collection, const Schema::Params &params, const QString &ref,
                       const QString &description) {
        ConfigStep step;
        step.kind = ConfigStep::Kind::Create;
        step.path = collection;
        step.params = params;
        step.ref = ref;
        step.description = description;
        return step;
    };

    QList<ConfigStep> steps;
    if (!r.guestProfile.isFound()) {
        steps.append(creation(profiles,
                              {{kName, guestProfileName()},
                               {QStringLiteral("needsActivation"), kTrue},
                               {QStringLiteral("deactivationMode"), QStringLiteral("deactivate")}},
                              kGuestProfileRef,
                              tr("Create the call leg profile «%1», which holds guests in the lobby until a host joins and sends "
                                 "them back when the last host leaves (POST /callLegProfiles needsActivation=true "
                                 "deactivationMode=deactivate)").arg(guestProfile)));
    }
    if (!r.hostProfile.isFound()) {
        steps.append(creation(profiles, {{kName, hostProfileName()}, {QStringLiteral("needsActivation"), kFalse}},
                              kHostProfileRef,
                              tr("Create the call leg profile «%1», which lets hosts in and starts the meeting "
                                 "(POST /callLegProfiles needsActivation=false)").arg(hostProfile)));
    }
    if (!r.spaceTemplate.isFound()) {
        steps.append(creation(QStringLiteral("coSpaceTemplates"),
                              {{kName, spaceTemplateName()},
                               {QStringLiteral("description"),
                                QStringLiteral("Guest and host access for meetings booked in the web app")},
                               {kCallLegProfile, guestId}},
                              kTemplateRef,
                              tr("Create the space template «%1», whose spaces admit callers as guests unless they join "
                                 "through the host access (POST /coSpaceTemplates callLegProfile=«%2»)")
                                  .arg(spaceTemplate, guestProfile)));
    }
    const QString methods = QStringLiteral("coSpaceTemplates/%1/accessMethodTemplates").arg(templateId);
    if (!r.guestMethod.isFound()) {
        const QString generator = freeGenerator(QStringLiteral("$.guest"));
        steps.append(creation(methods,
                              {{kName, guestMethodName()},
                               {QStringLiteral("uriGenerator"), generator},
                               {kCallLegProfile, guestId},
                               {QStringLiteral("generateUniqueCallId"), kTrue}},
                              {},
                              //: %1: the access method template, %2: its uriGenerator, %3: the space template, %4: the call leg profile
                              tr("Add the guest access method template «%1» (%2, with a call ID of its own) to «%3», with the "
                                 "call leg profile «%4» (POST /coSpaceTemplates/…/accessMethodTemplates)")
                                  .arg(guestMethodName(), generator, spaceTemplate, guestProfile)));
    }
    if (!r.hostMethod.isFound()) {
        const QString generator = freeGenerator(QStringLiteral("$.host"));
        steps.append(creation(methods,
                              {{kName, hostMethodName()},
                               {QStringLiteral("uriGenerator"), generator},
                               {kCallLegProfile, hostId}},
                              {},
                              //: %1: the access method template, %2: its uriGenerator, %3: the space template, %4: the call leg profile
                              tr("Add the host access method template «%1» (%2) to «%3», with the call leg profile «%4» "
                                 "(POST /coSpaceTemplates/…/accessMethodTemplates)")
                                  .arg(hostMethodName(), generator, spaceTemplate, hostProfile)));
    }
    return steps;
}

} // namespace cms
