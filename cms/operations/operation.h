#pragma once

#include "api/cmserror.h"
#include "operations/operationstep.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <functional>

namespace cms {

class CmsReply;
class Connection;
struct CmsRequest;

// How an operation ended.
struct OperationResult
{
    enum class Outcome {
        Succeeded,
        Refused,              // the pre-flight checks (or a cancel while planning) stopped it: nothing was sent
        RolledBack,           // a step failed and every earlier step was undone
        RollbackIncomplete,   // a step failed and some undo failed too: the server is half changed
        Cancelled,            // the connection closed under it: nothing more was sent or checked;
                              // the steps that may have changed something and were not undone are
                              // listed in undoProblems (error and failedStep say what failed before)
    };
    // What a failed participant move did (cms-api.md section 5).
    enum class MoveFailure {
        None,
        NothingHappened,      // refused, never arrived, or canMove was false: the participant is where it was
        DroppedNotRejoined,   // the participant left the source call and never arrived
        WrongMeeting,         // the participant arrived in another meeting than the one asked for
    };

    Outcome outcome = Outcome::Succeeded;
    CmsError error;           // the server's answer that failed, if one did
    QString message;          // translated: what went wrong, for a person
    int failedStep = -1;      // index of the failed step; -1 for a pre-flight refusal
    MoveFailure moveFailure = MoveFailure::None;
    QStringList undoProblems; // translated, one per undo that failed

    bool succeeded() const { return outcome == Outcome::Succeeded; }
};

// Multi-step work against a cluster: plan (may read the server), preview the API steps, execute them
// one by one with progress, read back what each did, and undo the done steps in reverse order when
// one fails. Everything is asynchronous; finished() is emitted exactly once. The connection is held
// weakly: once it is closed or gone, the operation ends as Cancelled at the next answer it gets (or
// before the next step or undo), and no handler of it runs any more.
class Operation : public QObject
{
    Q_OBJECT
public:
    enum class State { Idle, Planning, Planned, Executing, RollingBack, Finished };

    explicit Operation(Connection &connection, QObject *parent = nullptr);
    ~Operation() override;

    // Reads what the plan needs and runs the pre-flight checks; emits planned() or finished().
    void plan();
    // The planned API steps, translated, in order.
    QStringList preview() const;
    // Runs the planned steps (plans first when plan() was not called).
    void execute();
    // Stops at the next step boundary and undoes what was done.
    void cancel();

    State state() const { return m_state; }
    bool isFinished() const { return m_state == State::Finished; }
    const OperationResult &result() const { return m_result; }
    int stepCount() const { return int(m_steps.size()); }
    // Valid while the connection is open, which is whenever a step, an undo or a read handler runs.
    Connection &connection() const;

Q_SIGNALS:
    void planned();
    void stepStarted(int index, const QString &description);
    void progress(int done, int total);
    void undoStarted(int index, const QString &description);
    void finished(const cms::OperationResult &result);

protected:
    using Completion = std::function<void(const StepOutcome &)>;

    // Reads the server and adds the steps; calls `done` once, with a failure to refuse the operation.
    virtual void buildPlan(const Completion &done) = 0;
    // A chance to add detail to a failed result (the move's failure case).
    virtual void describeFailure(OperationResult &result) { Q_UNUSED(result) }

    OperationStep *addStep(const QString &description);
    // One request to one call bridge (or shared configuration with endpointIndex -1), handled in
    // `handle` unless this operation is gone or finished by then (a closed connection finishes it).
    void read(int endpointIndex, const CmsRequest &request, const std::function<void(const CmsReply &)> &handle);
    // Once the connection is closed or gone: a reply that finishes as Cancelled, unsent.
    CmsReply *send(int endpointIndex, const CmsRequest &request);
    // When the connection is closed or gone, ends the operation as Cancelled (unless it has ended)
    // and returns true: the caller must then stop. Every answer is checked with it first.
    bool finishIfClosed();

private:
    void runStep(int index);
    void stepFailed(int index, const StepOutcome &outcome, bool stepDidChange);
    void undoStep(int index);
    void finish(OperationResult::Outcome outcome);

    QPointer<Connection> m_connection;
    QList<OperationStep *> m_steps;
    State m_state = State::Idle;
    bool m_executeWhenPlanned = false;
    bool m_cancelRequested = false;
    int m_lastDone = -1;          // index of the last step that changed something
    int m_unsettled = -1;         // the last step that may have changed something and is not undone
    OperationResult m_result;
};

} // namespace cms
