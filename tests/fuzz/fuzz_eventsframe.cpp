// libFuzzer target for EventsFrame: any text a call bridge (or something in its place) sends on the events
// WebSocket reads as a frame, never a crash, a hang or a leak; what is read is consistent, and the
// acknowledgement sent back is a well-formed messageAck that echoes the message's id.
#include "live/eventsframe.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

using cms::EventsFrame;

namespace {

// A broken property stops the run with the property named, for whoever replays the input.
#define require(condition) \
    ((condition) ? void() : (std::fprintf(stderr, "%s:%d: %s\n", __FILE__, __LINE__, #condition), std::abort()))

void checkFrame(const EventsFrame &frame)
{
    using Kind = EventsFrame::Kind;
    const bool listed = frame.kind == Kind::CallList || frame.kind == Kind::Roster;
    require(listed || frame.updates.isEmpty());
    require(frame.kind == Kind::CallInfo || frame.callInfo.isEmpty());
    require(!frame.callInfo.contains(QStringLiteral("call")));
    const QString idKey = frame.kind == Kind::Roster ? QStringLiteral("participant") : QStringLiteral("call");
    for (const EventsFrame::Update &u : frame.updates) {
        require(!u.fields.contains(idKey));
        require(!u.fields.contains(QStringLiteral("updateType")));
    }
    if (frame.kind == Kind::NotMessage) {
        require(frame.messageId.isUndefined());
        require(frame.subscriptionIndex == -1);
        return;
    }

    // The acknowledgement: a messageAck frame with the id the server gave (none when it gave none).
    const QJsonDocument ack = QJsonDocument::fromJson(frame.acknowledgement().toUtf8());
    require(ack.isObject());
    require(ack.object().value(QStringLiteral("type")).toString() == QLatin1String("messageAck"));
    const QJsonObject body = ack.object().value(QStringLiteral("messageAck")).toObject();
    require(body.value(QStringLiteral("status")).toString() == QLatin1String("success"));
    require(body.value(QStringLiteral("messageId")) == frame.messageId);
    // And the acknowledgement is not itself a message the client would act on.
    require(EventsFrame::parse(frame.acknowledgement()).kind == Kind::NotMessage);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    checkFrame(EventsFrame::parse(QString::fromUtf8(bytes)));
    return 0;
}
