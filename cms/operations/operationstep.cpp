#include "operations/operationstep.h"

#include "api/cmsreply.h"

namespace cms {

OperationStep::OperationStep(QString description, QObject *parent)
    : QObject(parent)
    , m_description(std::move(description))
{
}

void OperationStep::execute(const Completion &done)
{
    run(m_execute, done);
}

void OperationStep::undo(const Completion &done)
{
    run(m_undo, done);
}

void OperationStep::verify(const Completion &done)
{
    run(m_verify, done);
}

void OperationStep::run(const Action &action, const Completion &done)
{
    if (!action) {
        done({});
        return;
    }
    action(done);
}

void OperationStep::await(CmsReply *reply, const Completion &done, const ReplyCheck &check)
{
    auto handle = [reply, done, check] {
        if (check) {
            done(check(*reply));
            return;
        }
        done(StepOutcome{reply->error(), {}});
    };
    if (reply->isFinished()) {
        handle();
        return;
    }
    connect(reply, &CmsReply::finished, this, handle, Qt::SingleShotConnection);
}

} // namespace cms
