#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

namespace cms {

// One text frame received on the events WebSocket (cms-api.md section 6), read into what the events
// client acts on. Pure, with no socket, so that whatever a server sends can be tested and fuzzed on
// its own: anything that is not a well-formed message reads as a frame with nothing to do.
class EventsFrame
{
public:
    enum class Kind {
        NotMessage,   // an acknowledgement of one of our requests, or not a JSON object: nothing to do
        Other,        // a message the client only acknowledges (subscriptionUpdate, an unknown type…)
        CallList,     // callListUpdate: updates keyed by call
        Roster,       // rosterUpdate: updates keyed by participant
        CallInfo,     // callInfoUpdate: callInfo
    };

    // One entry of a callListUpdate or rosterUpdate.
    struct Update
    {
        QString id;           // the call or the participant
        bool removed = false; // updateType "remove"
        QJsonObject fields;   // the entry without its id and updateType
    };

    static EventsFrame parse(const QString &text);

    // The messageAck frame that acknowledges this message, to send back as it is.
    QString acknowledgement() const;

    Kind kind = Kind::NotMessage;
    QJsonValue messageId = QJsonValue(QJsonValue::Undefined);   // as the server gave it; undefined when none
    int subscriptionIndex = -1;        // -1 when missing or not a whole number
    QList<Update> updates;             // CallList and Roster
    QJsonObject callInfo;              // CallInfo, without its "call"
};

} // namespace cms
