#pragma once

#include "api/cmsnode.h"
#include "operations/operation.h"

#include <QList>
#include <QPair>
#include <QString>

#include <functional>

namespace cms {

// An operation on live objects: finds the call bridge that hosts its object before planning.
class LiveOperation : public Operation
{
    Q_OBJECT
public:
    using Operation::Operation;

protected:
    // Finds the bridge hosting `path`; on failure completes `done` with the error.
    void locate(const QString &path, const Completion &done,
                const std::function<void(int endpointIndex, const CmsNode &object)> &found);
    // A step check: the object at `path` on `endpointIndex` must be gone (refused as not existing).
    void expectGone(OperationStep *step, int endpointIndex, const QString &path, const Completion &done);
};

// Ends a call for everyone: DELETE /calls/<id> on its bridge.
class EndCallOperation : public LiveOperation
{
    Q_OBJECT
public:
    EndCallOperation(Connection &connection, QString callId, QObject *parent = nullptr);

protected:
    void buildPlan(const Completion &done) override;

private:
    QString m_callId;
};

// Dials out from a call: POST /calls/<id>/callLegs remoteParty=…; undone by hanging up the new leg.
class DialOutOperation : public LiveOperation
{
    Q_OBJECT
public:
    DialOutOperation(Connection &connection, QString callId, QString remoteParty, QObject *parent = nullptr);
    QString callLegId() const { return m_callLegId; }

protected:
    void buildPlan(const Completion &done) override;

private:
    QString m_callId;
    QString m_remoteParty;
    QString m_callLegId;
};

// Mutes or unmutes a call leg's or a participant's audio or video (what the bridge receives from
// them: rxAudioMute / rxVideoMute). A call leg's previous value is read, checked and restored on undo.
class MuteOperation : public LiveOperation
{
    Q_OBJECT
public:
    enum class Target { CallLeg, Participant };
    enum class Media { Audio, Video };

    MuteOperation(Connection &connection, Target target, QString id, Media media, bool mute, QObject *parent = nullptr);

protected:
    void buildPlan(const Completion &done) override;

private:
    QString parameter() const;
    QString path() const;

    Target m_target;
    QString m_id;
    Media m_media;
    bool m_mute;
};

// Disconnects a participant: DELETE /participants/<id> on its bridge.
class DisconnectOperation : public LiveOperation
{
    Q_OBJECT
public:
    DisconnectOperation(Connection &connection, QString participantId, QObject *parent = nullptr);

protected:
    void buildPlan(const Completion &done) override;

private:
    QString m_participantId;
};

// Lets a participant in from the lobby: PUT /participants/<id> deactivated=false (CMS 2.9).
class AdmitOperation : public LiveOperation
{
    Q_OBJECT
public:
    AdmitOperation(Connection &connection, QString participantId, QObject *parent = nullptr);

protected:
    void buildPlan(const Completion &done) override;

private:
    QString m_participantId;
};

} // namespace cms
