#include "operations/liveoperations.h"

#include "live/calllocator.h"
#include "api/cmsreply.h"
#include "net/connection.h"

namespace cms {

namespace {

const QString kTrue = QStringLiteral("true");
const QString kFalse = QStringLiteral("false");

QString bridgeName(const Connection &connection, int endpointIndex)
{
    return connection.endpoints().at(endpointIndex).key();
}

// Ok when the reply succeeded; otherwise its error.
StepOutcome replyOutcome(const CmsReply &reply)
{
    return StepOutcome{reply.error(), {}};
}

} // namespace

void LiveOperation::locate(const QString &path, const Completion &done,
                           const std::function<void(int, const CmsNode &)> &found)
{
    auto *locator = new CallLocator(connection(), path, this);
    connect(locator, &CallLocator::located, this, [this, locator, found](int endpointIndex, const CmsNode &object) {
        locator->deleteLater();
        if (!isFinished() && !finishIfClosed())
            found(endpointIndex, object);
    });
    connect(locator, &CallLocator::failed, this, [this, locator, done](const CmsError &error) {
        locator->deleteLater();
        if (!isFinished() && !finishIfClosed())
            done(StepOutcome{error, {}});
    });
    locator->start();
}

void LiveOperation::expectGone(OperationStep *step, int endpointIndex, const QString &path, const Completion &done)
{
    step->await(send(endpointIndex, CmsRequest::get(path)), done, [](const CmsReply &reply) {
        if (reply.isOk())
            return StepOutcome{{}, tr("The server accepted the request, but the object is still there.")};
        if (reply.error().kind == CmsError::Kind::ServerRefused && reply.error().reason.endsWith(QLatin1String("DoesNotExist")))
            return StepOutcome{};
        return replyOutcome(reply);
    });
}

// --- End call

EndCallOperation::EndCallOperation(Connection &connection, QString callId, QObject *parent)
    : LiveOperation(connection, parent)
    , m_callId(std::move(callId))
{
}

void EndCallOperation::buildPlan(const Completion &done)
{
    locate(CallLocator::callPath(m_callId), done, [this, done](int endpoint, const CmsNode &call) {
        const QString path = CallLocator::callPath(m_callId);
        OperationStep *step = addStep(tr("End the call “%1” on %2 for everyone (DELETE /calls/%3)")
                                          .arg(call.value(u"name"), bridgeName(connection(), endpoint), m_callId));
        step->setExecute([this, step, endpoint, path](const Completion &finished) {
            step->await(send(endpoint, CmsRequest::del(path)), finished);
        });
        step->setVerify([this, step, endpoint, path](const Completion &finished) {
            expectGone(step, endpoint, path, finished);
        });
        done({});
    });
}

// --- Dial out

DialOutOperation::DialOutOperation(Connection &connection, QString callId, QString remoteParty, QObject *parent)
    : LiveOperation(connection, parent)
    , m_callId(std::move(callId))
    , m_remoteParty(std::move(remoteParty))
{
}

void DialOutOperation::buildPlan(const Completion &done)
{
    locate(CallLocator::callPath(m_callId), done, [this, done](int endpoint, const CmsNode &call) {
        OperationStep *step = addStep(tr("Dial %1 from the call “%2” on %3 (POST /calls/%4/callLegs)")
                                          .arg(m_remoteParty, call.value(u"name"), bridgeName(connection(), endpoint), m_callId));
        step->setExecute([this, step, endpoint](const Completion &finished) {
            const CmsRequest request = CmsRequest::post(CallLocator::callPath(m_callId) + QStringLiteral("/callLegs"),
                                                        {{QStringLiteral("remoteParty"), m_remoteParty}});
            step->await(send(endpoint, request), finished, [this](const CmsReply &reply) {
                if (reply.isOk())
                    m_callLegId = reply.createdId();
                return replyOutcome(reply);
            });
        });
        step->setVerify([this, step, endpoint](const Completion &finished) {
            step->await(send(endpoint, CmsRequest::get(CallLocator::callLegPath(m_callLegId))), finished);
        });
        step->setUndo([this, step, endpoint](const Completion &finished) {
            step->await(send(endpoint, CmsRequest::del(CallLocator::callLegPath(m_callLegId))), finished);
        });
        done({});
    });
}

// --- Mute

MuteOperation::MuteOperation(Connection &connection, Target target, QString id, Media media, bool mute, QObject *parent)
    : LiveOperation(connection, parent)
    , m_target(target)
    , m_id(std::move(id))
    , m_media(media)
    , m_mute(mute)
{
}

QString MuteOperation::parameter() const
{
    return m_media == Media::Audio ? QStringLiteral("rxAudioMute") : QStringLiteral("rxVideoMute");
}

QString MuteOperation::path() const
{
    return m_target == Target::CallLeg ? CallLocator::callLegPath(m_id) : CallLocator::participantPath(m_id);
}

void MuteOperation::buildPlan(const Completion &done)
{
    locate(path(), done, [this, done](int endpoint, const CmsNode &object) {
        QString description;
        const QString who = object.value(u"name");
        const QString where = bridgeName(connection(), endpoint);
        if (m_media == Media::Audio)
            description = m_mute ? tr("Mute the audio of %1 on %2 (PUT /%3)").arg(who, where, path())
                                 : tr("Unmute the audio of %1 on %2 (PUT /%3)").arg(who, where, path());
        else
            description = m_mute ? tr("Stop the video of %1 on %2 (PUT /%3)").arg(who, where, path())
                                 : tr("Restore the video of %1 on %2 (PUT /%3)").arg(who, where, path());
        OperationStep *step = addStep(description);
        const QString value = m_mute ? kTrue : kFalse;
        step->setExecute([this, step, endpoint, value](const Completion &finished) {
            step->await(send(endpoint, CmsRequest::put(path(), {{parameter(), value}})), finished);
        });
        // Only a call leg shows its mute state, so only a call leg is checked and restored.
        const QString key = QStringLiteral("configuration/") + parameter();
        if (m_target == Target::CallLeg && object.has(key)) {
            const QString previous = object.value(key);
            step->setVerify([this, step, endpoint, value, key](const Completion &finished) {
                step->await(send(endpoint, CmsRequest::get(path())), finished, [value, key](const CmsReply &reply) {
                    CmsError problem;
                    const CmsNode leg = reply.isOk() ? reply.object(&problem) : CmsNode{};
                    if (!reply.isOk() || problem)
                        return StepOutcome{reply.isOk() ? problem : reply.error(), {}};
                    if (leg.value(key) != value)
                        return StepOutcome{{}, tr("The server accepted the change, but the call leg still shows the old mute state.")};
                    return StepOutcome{};
                });
            });
            step->setUndo([this, step, endpoint, previous](const Completion &finished) {
                step->await(send(endpoint, CmsRequest::put(path(), {{parameter(), previous}})), finished);
            });
        }
        done({});
    });
}

// --- Disconnect

DisconnectOperation::DisconnectOperation(Connection &connection, QString participantId, QObject *parent)
    : LiveOperation(connection, parent)
    , m_participantId(std::move(participantId))
{
}

void DisconnectOperation::buildPlan(const Completion &done)
{
    const QString path = CallLocator::participantPath(m_participantId);
    locate(path, done, [this, done, path](int endpoint, const CmsNode &participant) {
        OperationStep *step = addStep(tr("Disconnect %1 on %2 (DELETE /%3)")
                                          .arg(participant.value(u"name"), bridgeName(connection(), endpoint), path));
        step->setExecute([this, step, endpoint, path](const Completion &finished) {
            step->await(send(endpoint, CmsRequest::del(path)), finished);
        });
        step->setVerify([this, step, endpoint, path](const Completion &finished) {
            expectGone(step, endpoint, path, finished);
        });
        done({});
    });
}

// --- Admit

AdmitOperation::AdmitOperation(Connection &connection, QString participantId, QObject *parent)
    : LiveOperation(connection, parent)
    , m_participantId(std::move(participantId))
{
}

void AdmitOperation::buildPlan(const Completion &done)
{
    const QString path = CallLocator::participantPath(m_participantId);
    locate(path, done, [this, done, path](int endpoint, const CmsNode &participant) {
        const QString name = participant.value(u"name");
        if (participant.value(u"status/deactivated") != kTrue) {
            done(StepOutcome{{}, tr("%1 is not waiting in the lobby.").arg(name)});
            return;
        }
        OperationStep *step = addStep(tr("Let %1 in from the lobby on %2 (PUT /%3 deactivated=false)")
                                          .arg(name, bridgeName(connection(), endpoint), path));
        step->setExecute([this, step, endpoint, path](const Completion &finished) {
            step->await(send(endpoint, CmsRequest::put(path, {{QStringLiteral("deactivated"), kFalse}})), finished);
        });
        step->setVerify([this, step, endpoint, path](const Completion &finished) {
            step->await(send(endpoint, CmsRequest::get(path)), finished, [](const CmsReply &reply) {
                CmsError problem;
                const CmsNode p = reply.isOk() ? reply.object(&problem) : CmsNode{};
                if (!reply.isOk() || problem)
                    return StepOutcome{reply.isOk() ? problem : reply.error(), {}};
                if (p.value(u"status/deactivated") == kTrue)
                    return StepOutcome{{}, tr("The server accepted the request, but the participant is still in the lobby.")};
                return StepOutcome{};
            });
        });
        done({});
    });
}

} // namespace cms
