#pragma once

#include "api/cmserror.h"

#include <QObject>
#include <QString>

#include <functional>

namespace cms {

class CmsReply;

// How one step (or its undo, or its check) ended: a refusal or transport error from the server, or
// a problem found by reading back (a translated sentence) when the server said yes but the result
// is not what was asked for.
struct StepOutcome
{
    CmsError error;
    QString problem;

    bool failed() const { return !error.isOk() || !problem.isEmpty(); }
    QString message() const { return problem.isEmpty() ? error.message() : problem; }
};

// One API step of an Operation: a translated description for the preview, an action that sends
// its request(s) and records what it needs to undo, an optional undo and an optional read-back.
// Each action is asynchronous and calls its completion exactly once.
class OperationStep : public QObject
{
    Q_OBJECT
public:
    using Completion = std::function<void(const StepOutcome &)>;
    using Action = std::function<void(const Completion &)>;
    // Checks a finished reply; returns the outcome of the step.
    using ReplyCheck = std::function<StepOutcome(const CmsReply &)>;

    explicit OperationStep(QString description, QObject *parent = nullptr);

    QString description() const { return m_description; }

    void setExecute(Action action) { m_execute = std::move(action); }
    void setUndo(Action action) { m_undo = std::move(action); }
    void setVerify(Action action) { m_verify = std::move(action); }

    bool canUndo() const { return bool(m_undo); }
    bool canVerify() const { return bool(m_verify); }

    void execute(const Completion &done);
    void undo(const Completion &done);
    void verify(const Completion &done);

    // Waits for `reply` and completes with `check` (by default: ok unless the reply failed).
    void await(CmsReply *reply, const Completion &done, const ReplyCheck &check = {});

private:
    void run(const Action &action, const Completion &done);

    QString m_description;
    Action m_execute;
    Action m_undo;
    Action m_verify;
};

} // namespace cms
