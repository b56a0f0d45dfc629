#include "ctlmovebatch.h"

#include "ctlrunner.h"
#include "operations/participantmove.h"

#include <QJsonObject>

namespace {

QString failureCase(cms::OperationResult::MoveFailure failure)
{
    using Failure = cms::OperationResult::MoveFailure;
    switch (failure) {
    case Failure::NothingHappened:
        return QStringLiteral("nothingHappened");
    case Failure::DroppedNotRejoined:
        return QStringLiteral("droppedNotRejoined");
    case Failure::WrongMeeting:
        return QStringLiteral("wrongMeeting");
    case Failure::None:
        break;
    }
    return {};
}

} // namespace

CtlMoveBatch::CtlMoveBatch(cms::Connection &connection, QStringList participantIds, QString targetCallId,
                           CtlOutput &output, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_participantIds(std::move(participantIds))
    , m_targetCallId(std::move(targetCallId))
    , m_output(output)
{
}

void CtlMoveBatch::start()
{
    moveNext();
}

void CtlMoveBatch::moveNext()
{
    if (m_next >= m_participantIds.size()) {
        Q_EMIT finished(m_notMoved, m_exitCode);
        return;
    }
    const QString id = m_participantIds.at(m_next++);
    auto *move = new cms::ParticipantMove(m_connection, id, m_targetCallId, this);
    connect(move, &cms::Operation::finished, this, [this, move, id](const cms::OperationResult &result) {
        move->deleteLater();
        report(id, move->newParticipantId(), result);
        moveNext();
    });
    move->execute();
}

void CtlMoveBatch::report(const QString &participantId, const QString &newId, const cms::OperationResult &result)
{
    QJsonObject line{{QStringLiteral("participant"), participantId}, {QStringLiteral("call"), m_targetCallId},
                     {QStringLiteral("moved"), result.succeeded()}};
    if (result.succeeded()) {
        line.insert(QStringLiteral("newParticipant"), newId);
        m_output.message(tr("%1: moved into the call %2, now participant %3.").arg(participantId, m_targetCallId, newId));
    } else {
        ++m_notMoved;
        // What went wrong, then which of the three cases of a failed move it is, if not said already.
        QString why = result.message.isEmpty() ? result.error.message() : result.message;
        const QString failureCaseText = cms::ParticipantMove::describe(result.moveFailure);
        if (!failureCaseText.isEmpty() && !why.contains(failureCaseText))
            why += QLatin1Char(' ') + failureCaseText;
        line.insert(QStringLiteral("message"), why);
        if (result.moveFailure != cms::OperationResult::MoveFailure::None)
            line.insert(QStringLiteral("case"), failureCase(result.moveFailure));
        if (!result.error.isOk()) {
            line.insert(QStringLiteral("error"), QJsonObject{{QStringLiteral("kind"), result.error.kindName()},
                                                             {QStringLiteral("reason"), result.error.reason}});
        }
        m_output.message(tr("%1: not moved. %2").arg(participantId, why));
        // A refusal, or a move that did not verify, is 1; a bridge out of reach says so with 3.
        m_exitCode = qMax(m_exitCode, result.error.isOk() ? int(CtlRunner::Refused) : CtlRunner::exitCodeFor(result.error));
    }
    m_output.jsonResult(line);
}
