#include "ctlguesthost.h"

#include "config/guesthostcheck.h"
#include "config/guesthoststate.h"
#include "operations/guesthostoperation.h"

#include <QJsonArray>
#include <QJsonObject>

namespace {

QJsonArray toJson(const QStringList &lines)
{
    QJsonArray array;
    for (const QString &line : lines)
        array.append(line);
    return array;
}

QJsonArray stepsJson(const QList<cms::ConfigStep> &steps)
{
    QJsonArray array;
    for (const cms::ConfigStep &step : steps)
        array.append(step.description);
    return array;
}

QString outcomeName(const cms::OperationResult &result)
{
    using Outcome = cms::OperationResult::Outcome;
    switch (result.outcome) {
    case Outcome::Succeeded: return QStringLiteral("succeeded");
    case Outcome::Refused: return QStringLiteral("refused");
    case Outcome::RolledBack: return QStringLiteral("rolledBack");
    case Outcome::RollbackIncomplete: return QStringLiteral("rollbackIncomplete");
    case Outcome::Cancelled: return QStringLiteral("cancelled");
    }
    return {};
}

} // namespace

CtlGuestHost::CtlGuestHost(const CtlInvocation &invocation, cms::Connection &connection, CtlOutput &output,
                           QObject *parent)
    : QObject(parent)
    , m_inv(invocation)
    , m_connection(connection)
    , m_output(output)
{
}

void CtlGuestHost::run()
{
    if (m_inv.arguments.first() == QLatin1String("apply"))
        apply();
    else
        check();
}

void CtlGuestHost::apply()
{
    // Every input again, the PINs read since the command line with them.
    QStringList reasons;
    for (const cms::GuestHostIssue &issue : cms::GuestHostInputs::check(m_inv.guestHost))
        reasons.append(issue.reason);
    if (!reasons.isEmpty()) {
        done(cms::CmsError::invalidInput({}, reasons.join(QLatin1Char('\n'))));
        return;
    }
    auto *operation = new cms::GuestHostOperation(m_connection, m_inv.guestHost, this);
    connect(operation, &cms::Operation::planned, this, [this, operation] { planned(operation); });
    connect(operation, &cms::Operation::stepStarted, this, [this](int index, const QString &description) {
        //: %1: step number, %2: the step
        m_output.message(tr("Step %1: %2").arg(index + 1).arg(description));
    });
    connect(operation, &cms::Operation::finished, this,
            [this, operation](const cms::OperationResult &result) { applied(operation, result); });
    operation->plan();
}

void CtlGuestHost::planned(cms::GuestHostOperation *operation)
{
    const QStringList steps = operation->preview();
    m_output.message(tr("Plan: %1").arg(cms::GuestHostInputs::patternName(m_inv.guestHost.pattern)));
    for (const QString &note : operation->planResult().notes)
        m_output.message(QStringLiteral("  ") + note);
    for (qsizetype i = 0; i < steps.size(); ++i)
        m_output.message(QStringLiteral("  %1. %2").arg(i + 1).arg(steps.at(i)));
    if (steps.isEmpty()) {
        m_output.message(tr("The space is already set up this way: nothing to change."));
    } else if (!m_inv.yes) {
        m_output.message(tr("Nothing was changed: run again with --yes to carry out these steps."));
    }
    if (steps.isEmpty() || !m_inv.yes) {
        m_output.jsonResult({{QStringLiteral("pattern"), int(m_inv.guestHost.pattern)},
                             {QStringLiteral("notes"), toJson(operation->planResult().notes)},
                             {QStringLiteral("plan"), toJson(steps)},
                             {QStringLiteral("applied"), false},
                             {QStringLiteral("spaceId"), m_inv.guestHost.spaceId}});
        done();
        return;
    }
    operation->execute();
}

void CtlGuestHost::applied(cms::GuestHostOperation *operation, const cms::OperationResult &result)
{
    if (m_finished)
        return;
    if (result.outcome == cms::OperationResult::Outcome::Refused) {
        // The cluster could not be read, or the plan is refused (a URI in use, an unknown user): invalid input.
        done(result.error.isOk() ? cms::CmsError::invalidInput({}, result.message) : result.error);
        return;
    }
    m_output.jsonResult({{QStringLiteral("pattern"), int(m_inv.guestHost.pattern)},
                         {QStringLiteral("notes"), toJson(operation->planResult().notes)},
                         {QStringLiteral("plan"), toJson(operation->preview())},
                         {QStringLiteral("applied"), result.succeeded()},
                         {QStringLiteral("outcome"), outcomeName(result)},
                         {QStringLiteral("failedStep"), result.failedStep},
                         {QStringLiteral("message"), result.message},
                         {QStringLiteral("leftBehind"), toJson(result.undoProblems)},
                         {QStringLiteral("spaceId"), operation->spaceId()}});
    if (result.succeeded()) {
        m_output.message(tr("Done: the space %1 is set up.").arg(operation->spaceId()));
        done();
        return;
    }
    // The run failed: the message says which step and what was undone; the exit code says refused.
    m_output.usageError(result.message);
    m_finished = true;
    Q_EMIT finishedWithCode(1);
}

void CtlGuestHost::check()
{
    auto *reader = new cms::GuestHostReader(m_connection, this);
    connect(reader, &cms::GuestHostReader::finished, this, [this, reader] {
        if (!reader->error().isOk()) {
            done(reader->error());
            return;
        }
        std::optional<cms::GuestHostSettings::Pattern> intended;
        if (m_inv.intendedPattern != 0)
            intended = cms::GuestHostSettings::Pattern(m_inv.intendedPattern);
        const cms::GuestHostDiagnosis diagnosis = cms::GuestHostCheck::diagnose(reader->state(), intended);
        const QString pattern = diagnosis.pattern ? cms::GuestHostInputs::patternName(*diagnosis.pattern)
                                                  : tr("none of the four patterns");
        m_output.message(tr("Pattern: %1").arg(pattern));
        QJsonArray problems;
        for (const cms::GuestHostProblem &problem : diagnosis.problems) {
            m_output.message(tr("Problem: %1").arg(problem.message));
            m_output.message(tr("  Fix: %1").arg(problem.fixSummary));
            for (const cms::ConfigStep &step : problem.fix)
                m_output.message(QStringLiteral("    - ") + step.description);
            problems.append(QJsonObject{{QStringLiteral("kind"), cms::GuestHostCheck::kindKey(problem.kind)},
                                        {QStringLiteral("message"), problem.message},
                                        {QStringLiteral("fix"), problem.fixSummary},
                                        {QStringLiteral("fixSteps"), stepsJson(problem.fix)}});
        }
        if (diagnosis.isFine())
            m_output.message(tr("No problem found."));
        m_output.jsonResult({{QStringLiteral("spaceId"), m_inv.arguments.at(1)},
                             {QStringLiteral("pattern"), diagnosis.pattern ? int(*diagnosis.pattern) : 0},
                             {QStringLiteral("intendedPattern"), m_inv.intendedPattern},
                             {QStringLiteral("problems"), problems}});
        done();
    });
    reader->read(m_inv.arguments.at(1));
}

void CtlGuestHost::done(const cms::CmsError &error)
{
    if (m_finished)
        return;
    m_finished = true;
    Q_EMIT finished(error);
}
