#include "operations/participantmove.h"

#include "live/calllocator.h"
#include "api/cmsreply.h"
#include "net/connection.h"

#include <QRegularExpression>
#include <QTimer>

namespace cms {

namespace {

constexpr int kMovesSince = 206;
constexpr int kWebAppMovesSince = 302;

// "3.8.1" -> 308, "2.0(RC)" -> 200; 0 when unreadable.
int versionNumber(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^\\s*(\\d+)\\.(\\d+)"));
    const QRegularExpressionMatch m = pattern.match(text);
    return m.hasMatch() ? m.captured(1).toInt() * 100 + m.captured(2).toInt() : 0;
}

bool isGoneRefusal(const CmsError &error)
{
    return error.kind == CmsError::Kind::ServerRefused && error.reason.endsWith(QLatin1String("DoesNotExist"));
}

} // namespace

ParticipantMove::ParticipantMove(Connection &connection, QString participantId, QString targetCallId, QObject *parent)
    : LiveOperation(connection, parent)
    , m_participantId(std::move(participantId))
    , m_targetCallId(std::move(targetCallId))
{
}

void ParticipantMove::setVerifyPolling(int attempts, int intervalMs)
{
    m_attempts = qMax(1, attempts);
    m_intervalMs = qMax(0, intervalMs);
}

QString ParticipantMove::describe(OperationResult::MoveFailure failure)
{
    switch (failure) {
    case OperationResult::MoveFailure::NothingHappened:
        return tr("Nothing happened: the participant is still where it was.");
    case OperationResult::MoveFailure::DroppedNotRejoined:
        return tr("The participant was dropped from the call and never joined the target meeting.");
    case OperationResult::MoveFailure::WrongMeeting:
        return tr("The participant landed in another meeting than the one asked for.");
    case OperationResult::MoveFailure::None:
        break;
    }
    return {};
}

void ParticipantMove::buildPlan(const Completion &done)
{
    m_failure = OperationResult::MoveFailure::NothingHappened;   // until a move is sent
    locate(CallLocator::callPath(m_targetCallId), done, [this, done](int targetEndpoint, const CmsNode &) {
        m_targetEndpoint = targetEndpoint;
        if (!connection().isHealthy(targetEndpoint)) {
            done(StepOutcome{{}, tr("The call bridge %1 that hosts the target call is not healthy.")
                                     .arg(connection().endpoints().at(targetEndpoint).key())});
            return;
        }
        locate(CallLocator::participantPath(m_participantId), done, [this, done](int sourceEndpoint, const CmsNode &participant) {
            checkVersion(Source{sourceEndpoint, participant}, done);
        });
    });
}

void ParticipantMove::checkVersion(const Source &source, const Completion &done)
{
    read(m_targetEndpoint, CmsRequest::get(QStringLiteral("system/status")), [this, source, done](const CmsReply &reply) {
        CmsError problem;
        const CmsNode status = reply.isOk() ? reply.object(&problem) : CmsNode{};
        if (!reply.isOk() || problem) {
            done(StepOutcome{reply.isOk() ? problem : reply.error(), {}});
            return;
        }
        const QString text = status.value(u"softwareVersion");
        const int version = versionNumber(text);
        if (version < kMovesSince) {
            done(StepOutcome{{}, tr("Moving participants needs CMS 2.6 or later; the server runs %1.").arg(text)});
            return;
        }
        checkKind(source, version, text, done);
    });
}

// Web app participants can be moved only from 3.2: the call leg's type says what the participant is.
void ParticipantMove::checkKind(const Source &source, int version, const QString &versionText, const Completion &done)
{
    QUrlQuery filter;
    filter.addQueryItem(QStringLiteral("participantFilter"), m_participantId);
    read(source.endpoint, CmsRequest::get(QStringLiteral("callLegs"), filter),
         [this, source, version, versionText, done](const CmsReply &legs) {
             const QList<CmsNode> items = legs.isOk() ? legs.collection().items : QList<CmsNode>{};
             if (items.isEmpty()) {
                 addMoveStep(source, done);
                 return;
             }
             read(source.endpoint, CmsRequest::get(CallLocator::callLegPath(items.first().id())),
                  [this, source, version, versionText, done](const CmsReply &legReply) {
                      const CmsNode leg = legReply.isOk() ? legReply.object() : CmsNode{};
                      if (leg.value(u"type") == QLatin1String("acano") && version < kWebAppMovesSince) {
                          done(StepOutcome{{}, tr("Web app participants can be moved from CMS 3.2; the server runs %1.").arg(versionText)});
                          return;
                      }
                      addMoveStep(source, done);
                  });
         });
}

void ParticipantMove::addMoveStep(const Source &source, const Completion &done)
{
    m_sourceEndpoint = source.endpoint;
    m_participantName = source.participant.value(u"name");
    if (source.participant.value(u"canMove") == QLatin1String("false")) {
        done(StepOutcome{{}, tr("%1 cannot be moved (for example a Lync or Skype participant, or one in a dual-homed meeting).")
                                 .arg(m_participantName)});
        return;
    }
    if (source.participant.value(u"call") == m_targetCallId) {
        done(StepOutcome{{}, tr("%1 is already in that meeting.").arg(m_participantName)});
        return;
    }
    OperationStep *step = addStep(tr("Move %1 into the call %2 on %3 (POST /calls/%2/participants movedParticipant=%4 needsActivation=false)")
                                      .arg(m_participantName, m_targetCallId,
                                           connection().endpoints().at(m_targetEndpoint).key(), m_participantId));
    step->setExecute([this, step](const Completion &finished) {
        const CmsRequest request = CmsRequest::post(CallLocator::callPath(m_targetCallId) + QStringLiteral("/participants"),
                                                    {{QStringLiteral("movedParticipant"), m_participantId},
                                                     {QStringLiteral("needsActivation"), QStringLiteral("false")}});
        CmsReply *reply = send(m_targetEndpoint, request);
        connect(reply, &CmsReply::finished, this, [this, reply, finished] {
            if (reply->isOk()) {
                m_newId = reply->createdId();
                finished({});
                return;
            }
            const CmsError error = reply->error();
            if (error.kind == CmsError::Kind::ServerRefused || !reply->mayHaveReachedServer()) {
                m_failure = OperationResult::MoveFailure::NothingHappened;
                finished(StepOutcome{error, {}});
                return;
            }
            // No answer: the move may or may not have happened. The source says which.
            read(m_sourceEndpoint, CmsRequest::get(CallLocator::participantPath(m_participantId)),
                 [this, error, finished](const CmsReply &old) {
                     m_failure = old.isOk() ? OperationResult::MoveFailure::NothingHappened
                                            : OperationResult::MoveFailure::DroppedNotRejoined;
                     finished(StepOutcome{error, {}});
                 });
        }, Qt::SingleShotConnection);
    });
    step->setVerify([this](const Completion &finished) { checkArrival(1, finished); });
    done({});
}

void ParticipantMove::checkArrival(int attempt, const Completion &done)
{
    read(m_targetEndpoint, CmsRequest::get(CallLocator::participantPath(m_newId)), [this, attempt, done](const CmsReply &reply) {
        if (reply.isOk()) {
            const CmsNode arrived = reply.object();
            const QString moved = arrived.value(u"movedParticipant");
            if (arrived.value(u"call") != m_targetCallId || (!moved.isEmpty() && moved != m_participantId)) {
                fail(OperationResult::MoveFailure::WrongMeeting, done);
                return;
            }
            checkOldGone(attempt, done);
            return;
        }
        lookElsewhere(attempt, done);
    });
}

// Not in the target call's view: if another bridge has it, it is in another meeting.
void ParticipantMove::lookElsewhere(int attempt, const Completion &done)
{
    auto *locator = new CallLocator(connection(), CallLocator::participantPath(m_newId), this);
    connect(locator, &CallLocator::located, this, [this, locator, done](int, const CmsNode &) {
        locator->deleteLater();
        fail(OperationResult::MoveFailure::WrongMeeting, done);
    });
    connect(locator, &CallLocator::failed, this, [this, locator, attempt, done](const CmsError &) {
        locator->deleteLater();
        retryOrConclude(attempt, done);
    });
    locator->start();
}

void ParticipantMove::checkOldGone(int attempt, const Completion &done)
{
    read(m_sourceEndpoint, CmsRequest::get(CallLocator::participantPath(m_participantId)), [this, attempt, done](const CmsReply &reply) {
        if (isGoneRefusal(reply.error())) {
            m_failure = OperationResult::MoveFailure::None;
            done({});
            return;
        }
        if (attempt < m_attempts) {
            QTimer::singleShot(m_intervalMs, this, [this, attempt, done] { checkArrival(attempt + 1, done); });
            return;
        }
        m_failure = OperationResult::MoveFailure::None;
        done(StepOutcome{{}, tr("%1 arrived in the target meeting, but is still listed in the original call.").arg(m_participantName)});
    });
}

void ParticipantMove::retryOrConclude(int attempt, const Completion &done)
{
    if (attempt < m_attempts) {
        QTimer::singleShot(m_intervalMs, this, [this, attempt, done] { checkArrival(attempt + 1, done); });
        return;
    }
    read(m_sourceEndpoint, CmsRequest::get(CallLocator::participantPath(m_participantId)), [this, done](const CmsReply &old) {
        fail(old.isOk() ? OperationResult::MoveFailure::NothingHappened : OperationResult::MoveFailure::DroppedNotRejoined, done);
    });
}

void ParticipantMove::fail(OperationResult::MoveFailure failure, const Completion &done)
{
    m_failure = failure;
    done(StepOutcome{{}, describe(failure)});
}

void ParticipantMove::describeFailure(OperationResult &result)
{
    if (result.outcome == OperationResult::Outcome::Cancelled)
        return;   // the connection closed: what the move did was not found out
    result.moveFailure = m_failure;
    if (m_failure == OperationResult::MoveFailure::DroppedNotRejoined || m_failure == OperationResult::MoveFailure::WrongMeeting)
        result.outcome = OperationResult::Outcome::RollbackIncomplete;   // a move cannot be taken back
}

} // namespace cms
