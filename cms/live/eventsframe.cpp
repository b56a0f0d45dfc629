#include "live/eventsframe.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace cms {

namespace {
const QString kType = QStringLiteral("type");
const QString kMessage = QStringLiteral("message");
const QString kMessageAck = QStringLiteral("messageAck");
const QString kMessageId = QStringLiteral("messageId");
const QString kUpdateType = QStringLiteral("updateType");
const QString kCall = QStringLiteral("call");

QList<EventsFrame::Update> readUpdates(const QJsonArray &entries, const QString &idKey)
{
    QList<EventsFrame::Update> updates;
    updates.reserve(entries.size());
    for (const QJsonValue &v : entries) {
        QJsonObject fields = v.toObject();
        EventsFrame::Update u;
        u.id = fields.value(idKey).toString();
        u.removed = fields.value(kUpdateType).toString() == QLatin1String("remove");
        fields.remove(idKey);
        fields.remove(kUpdateType);
        u.fields = fields;
        updates.append(u);
    }
    return updates;
}
} // namespace

EventsFrame EventsFrame::parse(const QString &text)
{
    EventsFrame frame;
    const QJsonObject outer = QJsonDocument::fromJson(text.toUtf8()).object();
    if (outer.value(kType).toString() != kMessage)
        return frame;
    const QJsonObject message = outer.value(kMessage).toObject();
    frame.kind = Kind::Other;
    frame.messageId = message.value(kMessageId);
    frame.subscriptionIndex = message.value(QStringLiteral("subscriptionIndex")).toInt(-1);
    const QString type = message.value(kType).toString();
    if (type == QLatin1String("callListUpdate")) {
        frame.kind = Kind::CallList;
        frame.updates = readUpdates(message.value(QStringLiteral("updates")).toArray(), kCall);
    } else if (type == QLatin1String("rosterUpdate")) {
        frame.kind = Kind::Roster;
        frame.updates = readUpdates(message.value(QStringLiteral("updates")).toArray(), QStringLiteral("participant"));
    } else if (type == QLatin1String("callInfoUpdate")) {
        frame.kind = Kind::CallInfo;
        frame.callInfo = message.value(QStringLiteral("callInfo")).toObject();
        frame.callInfo.remove(kCall);
    }
    return frame;
}

QString EventsFrame::acknowledgement() const
{
    // A missing messageId stays missing: QJsonObject drops an undefined value.
    const QJsonObject ack{{kMessageId, messageId}, {QStringLiteral("status"), QStringLiteral("success")}};
    const QJsonObject frame{{kType, kMessageAck}, {kMessageAck, ack}};
    return QString::fromUtf8(QJsonDocument(frame).toJson(QJsonDocument::Compact));
}

} // namespace cms
