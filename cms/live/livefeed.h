#pragma once

#include <QJsonObject>
#include <QObject>
#include <QStringList>

namespace cms {

// What one call bridge's live state source (events socket or poller) reports, in the events
// element names. "Listed" signals carry a complete list: anything of the bridge (or call) that is
// not in it is gone.
class LiveFeed : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

Q_SIGNALS:
    void callsListed(const QStringList &callIds);
    void callUpdated(const QString &callId, const QJsonObject &elements);
    void callRemoved(const QString &callId);
    void rosterListed(const QString &callId, const QStringList &participantIds);
    void participantUpdated(const QString &callId, const QString &participantId, const QJsonObject &elements);
    void participantRemoved(const QString &callId, const QString &participantId);
};

} // namespace cms
