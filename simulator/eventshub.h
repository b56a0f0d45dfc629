#pragma once

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QString>

#include <memory>

class QWebSocket;

namespace cmssim {

class SimBridge;
class EventsSession;

// The events WebSocket of one call bridge (cms-api.md section 6): short-lived tokens from
// POST /authTokens, one session per socket, acknowledgements both ways, subscriptions to calls,
// callInfo and callRoster, first a full then incremental updates.
class EventsHub : public QObject
{
    Q_OBJECT
public:
    explicit EventsHub(SimBridge &bridge);
    ~EventsHub() override;

    // A new single-use token, valid for the cluster's token lifetime.
    QString issueToken();
    // A socket upgraded on /events/v1: kept when its authToken is good, closed otherwise.
    void accept(std::unique_ptr<QWebSocket> socket);
    void closeAll();
    int sessionCount() const;
    // The bridge hangs (or answers again): see EventsSession::resume.
    void setFrozen(bool frozen);

Q_SIGNALS:
    void sessionsChanged(int count);
    // Each token given out, so that a test can look for it where it must never be (tst_secretsscan).
    void tokenIssued(const QString &token);

private:
    bool takeToken(const QString &token);

    SimBridge &m_bridge;
    QHash<QString, QDateTime> m_tokens;   // token -> expiry
    QList<EventsSession *> m_sessions;
};

} // namespace cmssim
