#pragma once

#include "operations/liveoperations.h"

namespace cms {

// Moves a participant into another call (cms-api.md section 5). Pre-flight: the target call is alive
// on a healthy bridge, the server version supports moving this kind of participant (2.6; web app
// participants from 3.2) and canMove is true. Then POST /calls/<target>/participants
// movedParticipant=<id> needsActivation=false to the target's bridge, and read back until the new
// participant is in the target call and the old one is gone. A failure says which of the three
// cases happened (OperationResult::moveFailure).
class ParticipantMove : public LiveOperation
{
    Q_OBJECT
public:
    ParticipantMove(Connection &connection, QString participantId, QString targetCallId, QObject *parent = nullptr);

    // A real server places the moved participant a moment later: read back this many times.
    void setVerifyPolling(int attempts, int intervalMs);

    QString newParticipantId() const { return m_newId; }
    static QString describe(OperationResult::MoveFailure failure);

protected:
    void buildPlan(const Completion &done) override;
    void describeFailure(OperationResult &result) override;

private:
    struct Source
    {
        int endpoint = -1;
        CmsNode participant;
    };
    void checkVersion(const Source &source, const Completion &done);
    void checkKind(const Source &source, int version, const QString &versionText, const Completion &done);
    void addMoveStep(const Source &source, const Completion &done);
    void checkArrival(int attempt, const Completion &done);
    void lookElsewhere(int attempt, const Completion &done);
    void checkOldGone(int attempt, const Completion &done);
    void retryOrConclude(int attempt, const Completion &done);
    void fail(OperationResult::MoveFailure failure, const Completion &done);

    QString m_participantId;
    QString m_targetCallId;
    QString m_participantName;
    int m_targetEndpoint = -1;
    int m_sourceEndpoint = -1;
    QString m_newId;
    int m_attempts = 5;
    int m_intervalMs = 500;
    OperationResult::MoveFailure m_failure = OperationResult::MoveFailure::None;
};

} // namespace cms
