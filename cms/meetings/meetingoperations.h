#pragma once

#include "api/cmsnode.h"
#include "meetings/placeholderpoolreader.h"
#include "operations/operation.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <functional>

namespace cms {

// What a scheduled meeting puts on its space.
struct MeetingSettings
{
    QString name;
    QString passcode;        // empty: no passcode
    QStringList addresses;   // dialled out once the call runs (start only)
};

// The meeting operations of a scheduler (cms-api.md section 8, source note 000). A meeting's call
// lives on one call bridge: its call and call leg requests go to that bridge only, never to another
// one by failover (Connection::send). When that bridge fails, its meeting has ended there and CMS
// does not move running meetings: the operation says so rather than starting it elsewhere.
class MeetingOperation : public Operation
{
    Q_OBJECT
public:
    MeetingOperation(Connection &connection, QString spaceId, QObject *parent = nullptr);

    QString spaceId() const { return m_spaceId; }
    // The call and the bridge that holds it, once planned (start: once the call is made).
    QString callId() const { return m_callId; }
    int endpointIndex() const { return m_endpoint; }
    // Translated remarks of the plan that are not steps (a bridge that does not answer, say).
    QStringList notes() const { return m_notes; }

protected:
    // Reads the space and the meetings of every bridge, then calls `ready` (or fails `done`).
    void readSpaceAndMeetings(const Completion &done, const std::function<void()> &ready);
    // PUT `params` on the space; read back (the secret must change when `regenerateSecret` is sent);
    // undone by putting back the values the space had, its secret too.
    void addSpaceStep(const QString &description, const QList<QPair<QString, QString>> &params);
    // The values of `params` for a person: passcodes masked, regenerateSecret said in words.
    static QString describe(const QList<QPair<QString, QString>> &params);
    QString bridgeName(int endpointIndex) const;
    QString spacePath() const { return QStringLiteral("coSpaces/") + m_spaceId; }
    // POST /calls coSpace=<the space> on m_endpoint, the call read back; undone by deleting the call.
    void addStartCallStep(const QString &description);
    // Why a meeting cannot be found or reached: its bridge is silent (translated).
    QString silentBridgesSentence() const;

    QString m_spaceId;
    CmsNode m_space;                               // as read while planning
    PlaceholderPoolReader::Meetings m_meetings;    // of every bridge, while planning
    QString m_callId;
    int m_endpoint = -1;
    QStringList m_notes;
};

// Starts a meeting on a space (a free placeholder, or any space): PUT name, passcode,
// nonMemberAccess=true and regenerateSecret=true; POST /calls coSpace=<id> on one bridge (the one
// asked for, else the active one if it answers, else another that does); then each address dialled
// out (POST /calls/<id>/callLegs remoteParty=…), each leg's state reported by legProgress().
class MeetingStartOperation : public MeetingOperation
{
    Q_OBJECT
public:
    MeetingStartOperation(Connection &connection, QString spaceId, MeetingSettings settings, int endpointIndex = -1,
                          QObject *parent = nullptr);
    QStringList callLegIds() const { return m_legIds; }

Q_SIGNALS:
    // `state` is the leg's status as read back (initial, ringing, connected…), `text` a sentence.
    void legProgress(int index, const QString &address, const QString &state, const QString &text);

protected:
    void buildPlan(const Completion &done) override;

private:
    void addDialStep(int index, const QString &address);

    MeetingSettings m_settings;
    int m_askedEndpoint;
    QStringList m_legIds;
};

// Extends a running meeting: PUT the same fields again (name, passcode, nonMemberAccess=true), after
// checking that its call still runs on its bridge. A name or passcode not given is the one the space
// has now.
class MeetingExtendOperation : public MeetingOperation
{
    Q_OBJECT
public:
    MeetingExtendOperation(Connection &connection, QString spaceId, MeetingSettings settings, QObject *parent = nullptr);

protected:
    void buildPlan(const Completion &done) override;

private:
    MeetingSettings m_settings;
};

// Ends a meeting: PUT the placeholder's name back, nonMemberAccess=false, no passcode,
// regenerateSecret=true; then DELETE the call on its bridge. The placeholder's name is the one given,
// else the one its pool's name pattern makes (found from the space's URI).
class MeetingEndOperation : public MeetingOperation
{
    Q_OBJECT
public:
    MeetingEndOperation(Connection &connection, QString spaceId, QString placeholderName = {}, QObject *parent = nullptr);
    QString placeholderName() const { return m_placeholderName; }

protected:
    void buildPlan(const Completion &done) override;

private:
    void planSteps(const Completion &done);

    QString m_placeholderName;
};

// Starts a meeting on a space as it is (the Live section's Start Meeting): only the fields given change
// (a passcode, whether non-members may join; none at all is fine), then POST /calls coSpace=<id> on the
// bridge given. Refused while a meeting already runs in the space, or when that bridge does not answer.
// No name, no new secret, no dial-out: that is MeetingStartOperation, for scheduled meetings.
class AdHocMeetingStartOperation : public MeetingOperation
{
    Q_OBJECT
public:
    AdHocMeetingStartOperation(Connection &connection, QString spaceId, int endpointIndex,
                               QList<QPair<QString, QString>> spaceValues, QObject *parent = nullptr);

protected:
    void buildPlan(const Completion &done) override;

private:
    int m_askedEndpoint;
    QList<QPair<QString, QString>> m_spaceValues;
};

} // namespace cms
