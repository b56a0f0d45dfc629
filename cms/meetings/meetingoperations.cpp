#include "meetings/meetingoperations.h"

#include "api/bidi.h"
#include "api/cmsreply.h"
#include "api/cmsrequest.h"
#include "live/calllocator.h"
#include "meetings/placeholderpool.h"
#include "net/connection.h"

namespace cms {

namespace {

const QString kName = QStringLiteral("name");
const QString kPasscode = QStringLiteral("passcode");
const QString kNonMembers = QStringLiteral("nonMemberAccess");
const QString kSecret = QStringLiteral("secret");
const QString kRegenerate = QStringLiteral("regenerateSecret");
const QString kTrue = QStringLiteral("true");
const QString kFalse = QStringLiteral("false");

StepOutcome replyOutcome(const CmsReply &reply)
{
    return StepOutcome{reply.error(), {}};
}

StepOutcome objectOf(const CmsReply &reply, CmsNode *object)
{
    CmsError problem;
    *object = reply.isOk() ? reply.object(&problem) : CmsNode{};
    if (!reply.isOk() || problem)
        return StepOutcome{reply.isOk() ? problem : reply.error(), {}};
    return {};
}

bool isGone(const CmsReply &reply)
{
    return reply.error().kind == CmsError::Kind::ServerRefused && reply.error().reason.endsWith(QLatin1String("DoesNotExist"));
}

} // namespace

MeetingOperation::MeetingOperation(Connection &connection, QString spaceId, QObject *parent)
    : Operation(connection, parent)
    , m_spaceId(std::move(spaceId))
{
}

QString MeetingOperation::bridgeName(int endpointIndex) const
{
    return connection().endpoints().at(endpointIndex).key();
}

QString MeetingOperation::silentBridgesSentence() const
{
    QStringList names;
    for (int bridge : m_meetings.silentBridges)
        names.append(bridgeName(bridge));
    //: %1: call bridges that do not answer
    return tr("%1 does not answer: a meeting that ran there has ended with it, and CMS does not move running meetings "
              "to another call bridge.").arg(names.join(QStringLiteral(", ")));
}

QString MeetingOperation::describe(const QList<QPair<QString, QString>> &params)
{
    QStringList parts;
    for (const auto &[field, value] : params) {
        if (field == kRegenerate)
            parts.append(tr("a new secret"));
        else if (field == kPasscode)
            parts.append(value.isEmpty() ? tr("no passcode") : tr("passcode •••"));
        else if (field == kNonMembers)
            parts.append(value == kTrue ? tr("non-members may join") : tr("non-members may not join"));
        else if (field == kName)
            parts.append(tr("name “%1”").arg(value));
        else
            parts.append(field + QLatin1Char('=') + value);
    }
    return parts.join(QStringLiteral(", "));
}

void MeetingOperation::readSpaceAndMeetings(const Completion &done, const std::function<void()> &ready)
{
    read(-1, CmsRequest::get(spacePath()), [this, done, ready](const CmsReply &reply) {
        const StepOutcome outcome = objectOf(reply, &m_space);
        if (outcome.failed()) {
            done(outcome);
            return;
        }
        PlaceholderPoolReader::readMeetings(connection(), this, [this, ready](const PlaceholderPoolReader::Meetings &seen) {
            if (isFinished() || finishIfClosed())
                return;
            m_meetings = seen;
            const auto meeting = m_meetings.bySpace.constFind(m_spaceId);
            if (meeting != m_meetings.bySpace.cend()) {
                m_callId = meeting->callId;
                m_endpoint = meeting->endpointIndex;
            }
            ready();
        });
    });
}

void MeetingOperation::addSpaceStep(const QString &description, const QList<QPair<QString, QString>> &params)
{
    OperationStep *step = addStep(description);
    const QString oldSecret = m_space.value(kSecret);
    QList<QPair<QString, QString>> previous;
    bool regenerates = false;
    for (const auto &param : params) {
        if (param.first == kRegenerate)
            regenerates = true;
        else
            previous.append({param.first, m_space.value(param.first)});   // absent: sent empty, unset again
    }
    if (regenerates && !oldSecret.isEmpty())
        previous.append({kSecret, oldSecret});
    step->setExecute([this, step, params](const Completion &finished) {
        step->await(send(-1, CmsRequest::put(spacePath(), params)), finished);
    });
    step->setVerify([this, step, params, regenerates, oldSecret](const Completion &finished) {
        step->await(send(-1, CmsRequest::get(spacePath())), finished, [params, regenerates, oldSecret](const CmsReply &reply) {
            CmsNode space;
            const StepOutcome read = objectOf(reply, &space);
            if (read.failed())
                return read;
            for (const auto &[field, value] : params) {
                if (field == kRegenerate || space.value(field) == value)
                    continue;
                const bool secret = field == kPasscode;
                //: %1: a field, %2: the value read back, %3: the value sent
                return StepOutcome{{}, tr("The server accepted the change, but %1 reads back as “%2” instead of “%3”.")
                                           .arg(field, secret ? QStringLiteral("•••") : space.value(field),
                                                secret ? QStringLiteral("•••") : value)};
            }
            if (regenerates && space.value(kSecret) == oldSecret)
                return StepOutcome{{}, tr("The server accepted the change, but the space's secret is still the old one: "
                                          "links to the last meeting would still let people in.")};
            return StepOutcome{};
        });
    });
    step->setUndo([this, step, previous](const Completion &finished) {
        step->await(send(-1, CmsRequest::put(spacePath(), previous)), finished, [this](const CmsReply &reply) {
            if (reply.isOk())
                return StepOutcome{};
            //: %1: API path, %2: why
            return StepOutcome{reply.error(), tr("Left on the cluster: /%1 keeps the meeting's values (putting the old "
                                                 "ones back failed: %2).").arg(spacePath(), reply.error().message())};
        });
    });
}

void MeetingOperation::addStartCallStep(const QString &description)
{
    OperationStep *start = addStep(description);
    start->setExecute([this, start](const Completion &finished) {
        const CmsRequest request = CmsRequest::post(QStringLiteral("calls"), {{QStringLiteral("coSpace"), m_spaceId}});
        start->await(send(m_endpoint, request), finished, [this](const CmsReply &reply) {
            if (reply.isOk())
                m_callId = reply.createdId();
            return replyOutcome(reply);
        });
    });
    start->setVerify([this, start](const Completion &finished) {
        start->await(send(m_endpoint, CmsRequest::get(CallLocator::callPath(m_callId))), finished, [this](const CmsReply &reply) {
            CmsNode call;
            const StepOutcome read = objectOf(reply, &call);
            if (read.failed())
                return read;
            if (call.value(u"coSpace") != m_spaceId)
                return StepOutcome{{}, tr("The call that started does not belong to the space.")};
            return StepOutcome{};
        });
    });
    start->setUndo([this, start](const Completion &finished) {
        start->await(send(m_endpoint, CmsRequest::del(CallLocator::callPath(m_callId))), finished, [this](const CmsReply &reply) {
            if (reply.isOk() || isGone(reply))
                return StepOutcome{};
            return StepOutcome{reply.error(), tr("Left on %1: the call %2, started by this run (ending it failed: %3).")
                                                  .arg(bridgeName(m_endpoint), m_callId, reply.error().message())};
        });
    });
}

// --- Start

MeetingStartOperation::MeetingStartOperation(Connection &connection, QString spaceId, MeetingSettings settings,
                                             int endpointIndex, QObject *parent)
    : MeetingOperation(connection, std::move(spaceId), parent)
    , m_settings(std::move(settings))
    , m_askedEndpoint(endpointIndex)
{
}

void MeetingStartOperation::buildPlan(const Completion &done)
{
    if (m_settings.name.trimmed().isEmpty()) {
        done(StepOutcome{CmsError::invalidInput(kName, tr("A meeting needs a name.")), {}});
        return;
    }
    readSpaceAndMeetings(done, [this, done] {
        const QString spaceName = m_space.value(kName);
        if (!m_callId.isEmpty()) {
            //: %1: the space, %2: the call bridge
            done(StepOutcome{{}, tr("A meeting already runs in “%1” on %2: extend it or end it.")
                                     .arg(spaceName, bridgeName(m_endpoint))});
            return;
        }
        const QList<int> &silent = m_meetings.silentBridges;
        if (m_askedEndpoint >= 0) {
            if (m_askedEndpoint >= connection().endpointCount()) {
                done(StepOutcome{CmsError::invalidInput({}, tr("There is no call bridge number %1.").arg(m_askedEndpoint + 1)), {}});
                return;
            }
            if (silent.contains(m_askedEndpoint)) {
                done(StepOutcome{{}, tr("%1 does not answer: the meeting is not started there, nor moved to another "
                                        "call bridge without your say.").arg(bridgeName(m_askedEndpoint))});
                return;
            }
            m_endpoint = m_askedEndpoint;
        } else {
            // A new meeting may go to any bridge that answers: the active one first.
            m_endpoint = -1;
            const int active = connection().activeEndpoint();
            if (!silent.contains(active))
                m_endpoint = active;
            for (int i = 0; m_endpoint < 0 && i < connection().endpointCount(); ++i) {
                if (!silent.contains(i))
                    m_endpoint = i;
            }
            if (m_endpoint < 0) {
                done(StepOutcome{{}, tr("No call bridge of the cluster answers: the meeting cannot start.")});
                return;
            }
        }
        m_notes = m_meetings.problems;

        const QList<QPair<QString, QString>> values = {{kName, m_settings.name},
                                                       {kPasscode, m_settings.passcode},
                                                       {kNonMembers, kTrue},
                                                       {kRegenerate, kTrue}};
        //: %1: the space, %2: what changes
        addSpaceStep(tr("Prepare the space “%1” for the meeting: %2 (PUT /%3)").arg(spaceName, describe(values), spacePath()),
                     values);

        //: %1: the meeting's name, %2: the call bridge
        addStartCallStep(tr("Start the meeting “%1” on %2 (POST /calls coSpace=%3)").arg(m_settings.name, bridgeName(m_endpoint), m_spaceId));

        m_legIds = QStringList(m_settings.addresses.size());
        for (int i = 0; i < m_settings.addresses.size(); ++i)
            addDialStep(i, m_settings.addresses.at(i));
        done({});
    });
}

void MeetingStartOperation::addDialStep(int index, const QString &address)
{
    //: %1: the address dialled, %2: the call bridge
    OperationStep *step = addStep(tr("Dial %1 into the meeting from %2 (POST /calls/…/callLegs remoteParty=%1)")
                                      .arg(Bidi::leftToRight(address), bridgeName(m_endpoint)));
    step->setExecute([this, step, index, address](const Completion &finished) {
        const CmsRequest request = CmsRequest::post(CallLocator::callPath(m_callId) + QStringLiteral("/callLegs"),
                                                    {{QStringLiteral("remoteParty"), address}});
        step->await(send(m_endpoint, request), finished, [this, index](const CmsReply &reply) {
            if (reply.isOk())
                m_legIds[index] = reply.createdId();
            return replyOutcome(reply);
        });
    });
    step->setVerify([this, step, index, address](const Completion &finished) {
        const CmsRequest request = CmsRequest::get(CallLocator::callLegPath(m_legIds.at(index)));
        step->await(send(m_endpoint, request), finished, [this, index, address](const CmsReply &reply) {
            CmsNode leg;
            const StepOutcome read = objectOf(reply, &leg);
            if (read.failed())
                return read;
            const QString state = leg.value(u"status/state");
            QString text;
            if (state == u"connected")
                text = tr("%1 is connected.").arg(Bidi::leftToRight(address));
            else if (state == u"ringing")
                text = tr("%1 is ringing.").arg(Bidi::leftToRight(address));
            else if (state == u"onHold")
                text = tr("%1 is on hold.").arg(Bidi::leftToRight(address));
            else
                text = tr("%1 is being dialled.").arg(Bidi::leftToRight(address));
            Q_EMIT legProgress(index, address, state, text);
            return StepOutcome{};
        });
    });
    step->setUndo([this, step, index, address](const Completion &finished) {
        const CmsRequest request = CmsRequest::del(CallLocator::callLegPath(m_legIds.at(index)));
        step->await(send(m_endpoint, request), finished, [address](const CmsReply &reply) {
            if (reply.isOk() || isGone(reply))
                return StepOutcome{};
            return StepOutcome{reply.error(), tr("Left in the meeting: the call to %1 (hanging up failed: %2).")
                                                  .arg(Bidi::leftToRight(address), reply.error().message())};
        });
    });
}

// --- Extend

MeetingExtendOperation::MeetingExtendOperation(Connection &connection, QString spaceId, MeetingSettings settings,
                                               QObject *parent)
    : MeetingOperation(connection, std::move(spaceId), parent)
    , m_settings(std::move(settings))
{
}

void MeetingExtendOperation::buildPlan(const Completion &done)
{
    readSpaceAndMeetings(done, [this, done] {
        const QString spaceName = m_space.value(kName);
        if (m_callId.isEmpty()) {
            done(StepOutcome{{}, m_meetings.silentBridges.isEmpty()
                                     ? tr("No meeting runs in “%1”: there is nothing to extend.").arg(spaceName)
                                     : tr("No meeting of “%1” was found. %2").arg(spaceName, silentBridgesSentence())});
            return;
        }
        const QString name = m_settings.name.isEmpty() ? spaceName : m_settings.name;
        OperationStep *check = addStep(tr("Check that the meeting still runs on %1 (GET /calls/%2)")
                                           .arg(bridgeName(m_endpoint), m_callId));
        check->setExecute([this, check](const Completion &finished) {
            check->await(send(m_endpoint, CmsRequest::get(CallLocator::callPath(m_callId))), finished, [this](const CmsReply &reply) {
                if (reply.isOk())
                    return StepOutcome{};
                if (isGone(reply))
                    return StepOutcome{reply.error(), tr("The meeting ended meanwhile: there is nothing to extend.")};
                //: %1: the call bridge, %2: why
                return StepOutcome{reply.error(), tr("The meeting's call bridge %1 does not answer (%2): a meeting is not "
                                                     "moved to another call bridge, so it cannot be extended.")
                                                      .arg(bridgeName(m_endpoint), reply.error().message())};
            });
        });
        // A passcode not given is the one the meeting has: extending never removes it by omission.
        const QString passcode = m_settings.passcode.isEmpty() ? m_space.value(kPasscode) : m_settings.passcode;
        const QList<QPair<QString, QString>> values = {{kName, name}, {kPasscode, passcode}, {kNonMembers, kTrue}};
        addSpaceStep(tr("Extend the meeting in “%1”: %2 again (PUT /%3)").arg(spaceName, describe(values), spacePath()), values);
        done({});
    });
}

// --- End

MeetingEndOperation::MeetingEndOperation(Connection &connection, QString spaceId, QString placeholderName, QObject *parent)
    : MeetingOperation(connection, std::move(spaceId), parent)
    , m_placeholderName(std::move(placeholderName))
{
}

void MeetingEndOperation::buildPlan(const Completion &done)
{
    readSpaceAndMeetings(done, [this, done] {
        if (!m_placeholderName.isEmpty()) {
            planSteps(done);
            return;
        }
        // The placeholder's own name, from the pool whose URI pattern makes the space's URI.
        auto *reader = new PlaceholderPoolReader(connection(), this);
        connect(reader, &PlaceholderPoolReader::finished, this, [this, reader, done] {
            reader->deleteLater();
            if (isFinished() || finishIfClosed())
                return;
            if (!reader->error().isOk()) {
                done(StepOutcome{reader->error(), {}});
                return;
            }
            const QString uri = m_space.value(u"uri");
            for (const PlaceholderPool &pool : reader->pools()) {
                const int index = pool.indexOfUri(uri);
                if (index >= 0 && pool.containsIndex(index))
                    m_placeholderName = pool.nameFor(index);
            }
            if (m_placeholderName.isEmpty()) {
                done(StepOutcome{CmsError::invalidInput(kName, tr("“%1” is not a placeholder of any pool: give the name "
                                                                  "to put back on it.").arg(m_space.value(kName))), {}});
                return;
            }
            planSteps(done);
        });
        reader->readPools();
    });
}

void MeetingEndOperation::planSteps(const Completion &done)
{
    const QString spaceName = m_space.value(kName);
    if (m_callId.isEmpty()) {
        m_notes.append(tr("No meeting runs in “%1”: only the placeholder is put back.").arg(spaceName));
        if (!m_meetings.silentBridges.isEmpty())
            m_notes.append(silentBridgesSentence());
    }
    const QList<QPair<QString, QString>> values = {{kName, m_placeholderName},
                                                   {kNonMembers, kFalse},
                                                   {kPasscode, QString()},
                                                   {kRegenerate, kTrue}};
    addSpaceStep(tr("Put the placeholder back on “%1”: %2 (PUT /%3)").arg(spaceName, describe(values), spacePath()), values);
    if (!m_callId.isEmpty()) {
        const QString path = CallLocator::callPath(m_callId);
        OperationStep *end = addStep(tr("End the meeting's call on %1 for everyone (DELETE /%2)").arg(bridgeName(m_endpoint), path));
        end->setExecute([this, end, path](const Completion &finished) {
            end->await(send(m_endpoint, CmsRequest::del(path)), finished, [this](const CmsReply &reply) {
                if (reply.isOk())
                    return StepOutcome{};
                if (isUnreachable(reply.error()))
                    return StepOutcome{reply.error(), tr("The meeting's call bridge %1 does not answer (%2): its meeting "
                                                         "is not moved to another call bridge.")
                                                          .arg(bridgeName(m_endpoint), reply.error().message())};
                return replyOutcome(reply);
            });
        });
        end->setVerify([this, end, path](const Completion &finished) {
            end->await(send(m_endpoint, CmsRequest::get(path)), finished, [](const CmsReply &reply) {
                if (reply.isOk())
                    return StepOutcome{{}, tr("The server accepted the request, but the meeting's call is still there.")};
                return isGone(reply) ? StepOutcome{} : replyOutcome(reply);
            });
        });
    }
    done({});
}

// --- Start as the space is

AdHocMeetingStartOperation::AdHocMeetingStartOperation(Connection &connection, QString spaceId, int endpointIndex,
                                                       QList<QPair<QString, QString>> spaceValues, QObject *parent)
    : MeetingOperation(connection, std::move(spaceId), parent)
    , m_askedEndpoint(endpointIndex)
    , m_spaceValues(std::move(spaceValues))
{
}

void AdHocMeetingStartOperation::buildPlan(const Completion &done)
{
    readSpaceAndMeetings(done, [this, done] {
        const QString spaceName = m_space.value(kName);
        if (!m_callId.isEmpty()) {
            //: %1: the space, %2: the call bridge
            done(StepOutcome{{}, tr("A meeting already runs in “%1” on %2.").arg(spaceName, bridgeName(m_endpoint))});
            return;
        }
        if (m_meetings.silentBridges.contains(m_askedEndpoint)) {
            done(StepOutcome{{}, tr("%1 does not answer: the meeting is not started there, nor moved to another "
                                    "call bridge without your say.").arg(bridgeName(m_askedEndpoint))});
            return;
        }
        m_endpoint = m_askedEndpoint;
        m_notes = m_meetings.problems;
        // Nothing to change on the space: the meeting starts as the space is.
        if (!m_spaceValues.isEmpty()) {
            //: %1: the space, %2: what changes
            addSpaceStep(tr("Prepare the space “%1” for the meeting: %2 (PUT /%3)").arg(spaceName, describe(m_spaceValues), spacePath()),
                         m_spaceValues);
        }
        //: %1: the space, %2: the call bridge
        addStartCallStep(tr("Start the meeting of “%1” on %2 (POST /calls coSpace=%3)").arg(spaceName, bridgeName(m_endpoint), m_spaceId));
        done({});
    });
}

} // namespace cms
