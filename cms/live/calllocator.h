#pragma once

#include "api/cmserror.h"
#include "api/cmsnode.h"

#include <QObject>
#include <QString>

namespace cms {

class Connection;

// Finds the call bridge that hosts a live object (a call, a participant, a call leg): live objects
// belong to one bridge, so every endpoint is asked for it. A bridge that lists the object as hosted
// elsewhere (a participant with <callBridge>) is used only when no bridge hosts it.
// Emits located() or failed() exactly once.
class CallLocator : public QObject
{
    Q_OBJECT
public:
    // `path` is the object's path, e.g. "calls/<id>" or "participants/<id>".
    CallLocator(Connection &connection, QString path, QObject *parent = nullptr);

    static QString callPath(const QString &callId) { return QStringLiteral("calls/") + callId; }
    static QString participantPath(const QString &id) { return QStringLiteral("participants/") + id; }
    static QString callLegPath(const QString &id) { return QStringLiteral("callLegs/") + id; }

    void start();

Q_SIGNALS:
    void located(int endpointIndex, const cms::CmsNode &object);
    // The object is on no bridge (a refusal such as callDoesNotExist), or a bridge that might host
    // it did not answer.
    void failed(const cms::CmsError &error);

private:
    void answered(int endpointIndex, const CmsError &error, const CmsNode &object);

    Connection &m_connection;
    QString m_path;
    int m_pending = 0;
    bool m_done = false;
    int m_remoteView = -1;
    CmsNode m_remoteObject;
    CmsError m_refusal;
    CmsError m_unreachable;
};

} // namespace cms
