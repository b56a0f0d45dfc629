#include "operations/operation.h"

#include "api/cmsreply.h"
#include "net/connection.h"

namespace cms {

Operation::Operation(Connection &connection, QObject *parent)
    : QObject(parent)
    , m_connection(&connection)
{
}

Operation::~Operation() = default;

Connection &Operation::connection() const
{
    Q_ASSERT(m_connection);
    return *m_connection;
}

void Operation::plan()
{
    if (m_state != State::Idle)
        return;
    m_state = State::Planning;
    // Queued, so that a caller connecting after plan() still sees every signal.
    QMetaObject::invokeMethod(this, [this] {
        if (finishIfClosed())
            return;
        buildPlan([this](const StepOutcome &outcome) {
            if (m_state != State::Planning || finishIfClosed())
                return;
            if (!outcome.failed() && m_cancelRequested) {
                StepOutcome cancelled{CmsError(CmsError::Kind::Cancelled), {}};
                m_result.error = cancelled.error;
                m_result.message = cancelled.message();
                finish(OperationResult::Outcome::Refused);
                return;
            }
            if (outcome.failed()) {
                m_result.error = outcome.error;
                m_result.message = outcome.message();
                finish(OperationResult::Outcome::Refused);
                return;
            }
            m_state = State::Planned;
            Q_EMIT planned();
            if (m_executeWhenPlanned)
                execute();
        });
    }, Qt::QueuedConnection);
}

QStringList Operation::preview() const
{
    QStringList out;
    for (const OperationStep *step : m_steps)
        out.append(step->description());
    return out;
}

void Operation::execute()
{
    if (m_state == State::Idle || m_state == State::Planning) {
        m_executeWhenPlanned = true;
        plan();
        return;
    }
    if (m_state != State::Planned)
        return;
    m_state = State::Executing;
    Q_EMIT progress(0, stepCount());
    runStep(0);
}

void Operation::cancel()
{
    m_cancelRequested = true;
}

OperationStep *Operation::addStep(const QString &description)
{
    auto *step = new OperationStep(description, this);
    m_steps.append(step);
    return step;
}

CmsReply *Operation::send(int endpointIndex, const CmsRequest &request)
{
    if (!m_connection)
        return CmsReply::unsent(Endpoint(), request, Connection::closedError());
    return endpointIndex < 0 ? m_connection->sendShared(request) : m_connection->send(endpointIndex, request);
}

void Operation::read(int endpointIndex, const CmsRequest &request, const std::function<void(const CmsReply &)> &handle)
{
    CmsReply *reply = send(endpointIndex, request);
    connect(reply, &CmsReply::finished, this, [this, reply, handle] {
        if (!isFinished() && !finishIfClosed())
            handle(*reply);
    }, Qt::SingleShotConnection);
}

void Operation::runStep(int index)
{
    if (finishIfClosed())
        return;
    if (index >= stepCount()) {
        finish(OperationResult::Outcome::Succeeded);
        return;
    }
    if (m_cancelRequested) {
        stepFailed(index, StepOutcome{CmsError(CmsError::Kind::Cancelled), {}}, false);
        return;
    }
    m_unsettled = index;
    OperationStep *step = m_steps.at(index);
    Q_EMIT stepStarted(index, step->description());
    step->execute([this, index, step](const StepOutcome &executed) {
        if (isFinished() || finishIfClosed())
            return;
        if (executed.failed()) {
            stepFailed(index, executed, false);
            return;
        }
        m_lastDone = index;
        step->verify([this, index](const StepOutcome &verified) {
            if (isFinished() || finishIfClosed())
                return;
            if (verified.failed()) {
                stepFailed(index, verified, true);
                return;
            }
            Q_EMIT progress(index + 1, stepCount());
            runStep(index + 1);
        });
    });
}

void Operation::stepFailed(int index, const StepOutcome &outcome, bool stepDidChange)
{
    m_result.failedStep = index;
    m_result.error = outcome.error;
    m_result.message = outcome.message();
    m_lastDone = stepDidChange ? index : index - 1;
    m_unsettled = m_lastDone;
    m_state = State::RollingBack;
    undoStep(m_lastDone);
}

void Operation::undoStep(int index)
{
    m_unsettled = index;   // the later steps are undone (or had nothing to undo)
    if (index < 0) {
        finish(m_result.undoProblems.isEmpty() ? OperationResult::Outcome::RolledBack
                                               : OperationResult::Outcome::RollbackIncomplete);
        return;
    }
    if (finishIfClosed())
        return;
    OperationStep *step = m_steps.at(index);
    if (!step->canUndo()) {
        undoStep(index - 1);
        return;
    }
    Q_EMIT undoStarted(index, step->description());
    step->undo([this, index](const StepOutcome &undone) {
        if (isFinished() || finishIfClosed())
            return;
        if (undone.failed())
            m_result.undoProblems.append(undone.message());
        undoStep(index - 1);
    });
}

bool Operation::finishIfClosed()
{
    if (m_connection && !m_connection->isClosed())
        return false;
    if (isFinished())
        return true;
    if (m_state == State::Executing && m_result.failedStep < 0)
        m_result.failedStep = m_unsettled;
    if (m_result.error.isOk() && m_result.message.isEmpty()) {
        m_result.error = Connection::closedError();
        m_result.message = tr("The connection to the cluster was closed before the operation ended.");
    }
    for (int index = m_unsettled; index >= 0; --index) {
        const OperationStep *step = m_steps.at(index);
        if (step->canUndo())
            m_result.undoProblems.append(
                //: %1: the step, as in the preview
                tr("Not undone, because the connection to the cluster was closed: %1").arg(step->description()));
    }
    finish(OperationResult::Outcome::Cancelled);
    return true;
}

void Operation::finish(OperationResult::Outcome outcome)
{
    if (m_state == State::Finished)
        return;
    m_state = State::Finished;
    m_result.outcome = outcome;
    if (outcome != OperationResult::Outcome::Succeeded)
        describeFailure(m_result);
    Q_EMIT finished(m_result);
}

} // namespace cms
