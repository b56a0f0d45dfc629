#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace cms {

// How the console follows one call bridge's live state.
enum class BridgeMode { Connecting, Events, Polling, Down };

// A call instance on one call bridge. A meeting spread over bridges has one instance per bridge,
// all with the same correlator.
struct LiveCall
{
    QString id;
    int bridge = -1;
    QString name;
    QString correlator;
    QString callType;
    int participantCount = 0;
    int distributedInstances = 0;
    bool recording = false;
    bool streaming = false;
    bool locked = false;
    // Read once per call (LiveDetailsReader); empty or invalid until then, or when the server does
    // not say (a call without a space).
    QString coSpaceId;
    QString coSpaceName;
    QString coSpaceUri;
    QDateTime startTime;   // UTC

    // Takes the events element names (name, callCorrelator, participants, …) and those of the
    // details read (coSpace, coSpaceName, coSpaceUri, startTime in ms since the epoch); returns the
    // names of the fields that changed.
    QStringList apply(const QJsonObject &elements);
};

// A participant hosted by one call bridge.
struct LiveParticipant
{
    QString id;
    QString callId;
    int bridge = -1;
    QString name;
    QString uri;
    QString state;
    bool audioMuted = false;
    bool videoMuted = false;
    bool isActivator = false;
    bool deactivated = false;   // waiting in the lobby
    bool canMove = false;
    bool presenter = false;       // events only: polling cannot tell
    bool activeSpeaker = false;   // events only
    // Read once per participant (LiveDetailsReader); empty or invalid until then.
    QString userJid;
    QString legType;              // the call leg's type: sip, acano (web app), lync, …
    QDateTime joinTime;           // UTC

    // Takes the events element names (name, uri, state, audioMuted, …) and those of the details read
    // (userJid, type, joinTime in ms since the epoch); returns the names of the fields that changed.
    QStringList apply(const QJsonObject &elements);
};

// A meeting: the call instances that share a correlator (one when the call is not distributed).
struct LiveMeeting
{
    QString correlator;
    QStringList callIds;
};

} // namespace cms
