#include "operations/configstepsoperation.h"

#include "api/cmsnode.h"
#include "api/cmsreply.h"
#include "api/cmsrequest.h"

namespace cms {

namespace {

bool sameValue(const QString &field, const QString &a, const QString &b)
{
    if (field == u"uri" || field.endsWith(QLatin1String("Jid")))
        return a.compare(b, Qt::CaseInsensitive) == 0;
    return a == b;
}

QString masked(const QString &field, const QString &value)
{
    return ConfigStep::isSecret(field) && !value.isEmpty() ? QStringLiteral("•••") : value;
}

} // namespace

ConfigStepsOperation::ConfigStepsOperation(Connection &connection, QList<ConfigStep> steps, QObject *parent)
    : Operation(connection, parent)
    , m_initial(std::move(steps))
{
}

void ConfigStepsOperation::buildPlan(const Completion &done)
{
    addConfigSteps(m_initial);
    done({});
}

void ConfigStepsOperation::addConfigSteps(const QList<ConfigStep> &steps)
{
    for (const ConfigStep &step : steps)
        addConfigStep(step);
}

QString ConfigStepsOperation::resolve(const QString &text) const
{
    QString out = text;
    for (auto it = m_created.cbegin(); it != m_created.cend(); ++it)
        out.replace(ConfigStep::reference(it.key()), it.value());
    return out;
}

Schema::Params ConfigStepsOperation::resolved(const Schema::Params &params) const
{
    Schema::Params out;
    for (const auto &param : params)
        out.append({param.first, resolve(param.second)});
    return out;
}

void ConfigStepsOperation::readBack(OperationStep *step, const QString &path, const Schema::Params &params,
                                    const Completion &done)
{
    step->await(send(-1, CmsRequest::get(path)), done, [params](const CmsReply &reply) {
        CmsError problem;
        const CmsNode object = reply.isOk() ? reply.object(&problem) : CmsNode{};
        if (!reply.isOk() || problem)
            return StepOutcome{reply.isOk() ? problem : reply.error(), {}};
        for (const auto &param : params) {
            const QString actual = object.value(param.first);
            if (!sameValue(param.first, actual, param.second))
                //: %1: a field, %2: the value read back, %3: the value sent
                return StepOutcome{{}, tr("The server accepted the request, but %1 reads back as “%2” instead of “%3”.")
                                           .arg(param.first, masked(param.first, actual), masked(param.first, param.second))};
        }
        return StepOutcome{};
    });
}

void ConfigStepsOperation::addConfigStep(const ConfigStep &planned)
{
    m_planned.append(planned);
    OperationStep *step = addStep(planned.description);
    if (planned.kind == ConfigStep::Kind::Create) {
        auto objectPath = std::make_shared<QString>();
        step->setExecute([this, step, planned, objectPath](const Completion &finished) {
            const QString collection = resolve(planned.path);
            step->await(send(-1, CmsRequest::post(collection, resolved(planned.params))), finished,
                        [this, planned, collection, objectPath](const CmsReply &reply) {
                            if (!reply.isOk())
                                return StepOutcome{reply.error(), {}};
                            const QString id = reply.createdId();
                            if (id.isEmpty())
                                return StepOutcome{{}, tr("The server accepted the request but did not say what it created.")};
                            *objectPath = collection + QLatin1Char('/') + id;
                            if (!planned.ref.isEmpty())
                                m_created.insert(planned.ref, id);
                            return StepOutcome{};
                        });
        });
        step->setVerify([this, step, planned, objectPath](const Completion &finished) {
            readBack(step, *objectPath, resolved(planned.params), finished);
        });
        step->setUndo([this, step, planned, objectPath](const Completion &finished) {
            const QString path = *objectPath;
            step->await(send(-1, CmsRequest::del(path)), finished, [this, planned, path](const CmsReply &reply) {
                if (reply.isOk()) {
                    m_created.remove(planned.ref);
                    return StepOutcome{};
                }
                //: %1: the API path of an object that was created and could not be deleted, %2: why
                return StepOutcome{reply.error(), tr("Left on the cluster: /%1, created by this run (deleting it failed: %2).")
                                                      .arg(path, reply.error().message())};
            });
        });
        return;
    }

    step->setExecute([this, step, planned](const Completion &finished) {
        step->await(send(-1, CmsRequest::put(resolve(planned.path), resolved(planned.params))), finished);
    });
    step->setVerify([this, step, planned](const Completion &finished) {
        readBack(step, resolve(planned.path), resolved(planned.params), finished);
    });
    step->setUndo([this, step, planned](const Completion &finished) {
        const QString path = resolve(planned.path);
        step->await(send(-1, CmsRequest::put(path, planned.previous)), finished, [planned, path](const CmsReply &reply) {
            if (reply.isOk())
                return StepOutcome{};
            QStringList fields;
            for (const auto &param : planned.params)
                fields.append(param.first);
            //: %1: API path, %2: the fields that keep their new values, %3: why
            return StepOutcome{reply.error(), tr("Left on the cluster: /%1 keeps the new values of %2 (putting the old ones back failed: %3).")
                                                  .arg(path, fields.join(QStringLiteral(", ")), reply.error().message())};
        });
    });
}

void ConfigStepsOperation::describeFailure(OperationResult &result)
{
    if (result.failedStep < 0 || result.failedStep >= m_planned.size())
        return;
    const QString step = m_planned.at(result.failedStep).description;
    const QString reason = result.message;
    switch (result.outcome) {
    case OperationResult::Outcome::RolledBack:
        //: %1: step number, %2: the step, %3: why it failed
        result.message = tr("Step %1 failed: %2\n%3\nEverything done before it was undone: nothing is left behind.")
                             .arg(result.failedStep + 1).arg(step, reason);
        break;
    case OperationResult::Outcome::RollbackIncomplete:
    case OperationResult::Outcome::Cancelled:
        //: %1: step number, %2: the step, %3: why it failed, %4: what is left, one per line
        result.message = tr("Step %1 failed: %2\n%3\nNot everything could be undone:\n%4")
                             .arg(result.failedStep + 1).arg(step, reason, result.undoProblems.join(QLatin1Char('\n')));
        break;
    default:
        break;
    }
}

} // namespace cms
