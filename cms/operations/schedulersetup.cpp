#include "operations/schedulersetup.h"

#include "api/cmsreply.h"
#include "api/cmsrequest.h"
#include "net/connection.h"

namespace cms {

namespace {

const QString kTrue = QStringLiteral("true");
const QString kFalse = QStringLiteral("false");
const QString kName = QStringLiteral("name");
const QString kCallLegProfile = QStringLiteral("callLegProfile");

} // namespace

SchedulerSetupOperation::SchedulerSetupOperation(Connection &connection, int version, QObject *parent)
    : Operation(connection, parent)
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
        planSteps();
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

void SchedulerSetupOperation::planSteps()
{
    const SchedulerReadiness &r = m_readiness;
    m_guestProfile = r.guestProfile.id;
    m_hostProfile = r.hostProfile.id;
    m_template = r.spaceTemplate.id;
    const QString profiles = QStringLiteral("callLegProfiles");
    const QString guestProfile = r.guestProfile.isFound() ? r.guestProfile.name : guestProfileName();
    const QString hostProfile = r.hostProfile.isFound() ? r.hostProfile.name : hostProfileName();
    const QString spaceTemplate = r.spaceTemplate.isFound() ? r.spaceTemplate.name : spaceTemplateName();

    if (!r.guestProfile.isFound()) {
        addCreation(tr("Create the call leg profile «%1», which holds guests in the lobby until a host joins and sends "
                       "them back when the last host leaves (POST /callLegProfiles needsActivation=true "
                       "deactivationMode=deactivate)").arg(guestProfile),
                    [profiles] { return profiles; },
                    [] {
                        return Params{{kName, guestProfileName()},
                                      {QStringLiteral("needsActivation"), kTrue},
                                      {QStringLiteral("deactivationMode"), QStringLiteral("deactivate")}};
                    },
                    &m_guestProfile);
    }
    if (!r.hostProfile.isFound()) {
        addCreation(tr("Create the call leg profile «%1», which lets hosts in and starts the meeting "
                       "(POST /callLegProfiles needsActivation=false)").arg(hostProfile),
                    [profiles] { return profiles; },
                    [] { return Params{{kName, hostProfileName()}, {QStringLiteral("needsActivation"), kFalse}}; },
                    &m_hostProfile);
    }
    if (!r.spaceTemplate.isFound()) {
        addCreation(tr("Create the space template «%1», whose spaces admit callers as guests unless they join "
                       "through the host access (POST /coSpaceTemplates callLegProfile=«%2»)").arg(spaceTemplate, guestProfile),
                    [] { return QStringLiteral("coSpaceTemplates"); },
                    [this] {
                        return Params{{kName, spaceTemplateName()},
                                      {QStringLiteral("description"),
                                       QStringLiteral("Guest and host access for meetings booked in the web app")},
                                      {kCallLegProfile, m_guestProfile}};
                    },
                    nullptr);
    }
    auto methods = [this] {
        return QStringLiteral("coSpaceTemplates/%1/accessMethodTemplates").arg(m_template);
    };
    if (!r.guestMethod.isFound()) {
        const QString generator = freeGenerator(QStringLiteral("$.guest"));
        //: %1: the access method template, %2: its uriGenerator, %3: the space template, %4: the call leg profile
        addCreation(tr("Add the guest access method template «%1» (%2, with a call ID of its own) to «%3», with the "
                       "call leg profile «%4» (POST /coSpaceTemplates/…/accessMethodTemplates)")
                        .arg(guestMethodName(), generator, spaceTemplate, guestProfile),
                    methods,
                    [this, generator] {
                        return Params{{kName, guestMethodName()},
                                      {QStringLiteral("uriGenerator"), generator},
                                      {kCallLegProfile, m_guestProfile},
                                      {QStringLiteral("generateUniqueCallId"), kTrue}};
                    },
                    &m_guestMethod);
    }
    if (!r.hostMethod.isFound()) {
        const QString generator = freeGenerator(QStringLiteral("$.host"));
        //: %1: the access method template, %2: its uriGenerator, %3: the space template, %4: the call leg profile
        addCreation(tr("Add the host access method template «%1» (%2) to «%3», with the call leg profile «%4» "
                       "(POST /coSpaceTemplates/…/accessMethodTemplates)")
                        .arg(hostMethodName(), generator, spaceTemplate, hostProfile),
                    methods,
                    [this, generator] {
                        return Params{{kName, hostMethodName()},
                                      {QStringLiteral("uriGenerator"), generator},
                                      {kCallLegProfile, m_hostProfile}};
                    },
                    &m_hostMethod);
    }
}

void SchedulerSetupOperation::addCreation(const QString &description, const std::function<QString()> &collection,
                                          const std::function<Params()> &params, QString *createdId)
{
    OperationStep *step = addStep(description);
    // The space template's id is this operation's m_template: the later steps create inside it.
    QString *id = createdId ? createdId : &m_template;
    auto path = [collection, id]() -> QString { return collection() + QLatin1Char('/') + *id; };
    step->setExecute([this, step, collection, params, id](const Completion &finished) {
        step->await(send(-1, CmsRequest::post(collection(), params())), finished, [id](const CmsReply &reply) {
            if (!reply.isOk())
                return StepOutcome{reply.error(), {}};
            *id = reply.createdId();
            if (id->isEmpty())
                return StepOutcome{{}, tr("The server said the object was created but did not say where.")};
            return StepOutcome{};
        });
    });
    step->setVerify([this, step, path, params](const Completion &finished) {
        const Params sent = params();
        step->await(send(-1, CmsRequest::get(path())), finished, [sent](const CmsReply &reply) {
            if (!reply.isOk())
                return StepOutcome{reply.error(), {}};
            CmsError problem;
            const CmsNode object = reply.object(&problem);
            if (problem)
                return StepOutcome{problem, {}};
            for (const auto &[field, value] : sent) {
                if (object.value(field) != value)
                    //: %1: a field of the API, as sent (e.g. needsActivation)
                    return StepOutcome{{}, tr("The server created the object, but its %1 is not what was sent.").arg(field)};
            }
            return StepOutcome{};
        });
    });
    step->setUndo([this, step, path](const Completion &finished) {
        step->await(send(-1, CmsRequest::del(path())), finished);
    });
}

} // namespace cms
