#include "eventshub.h"

#include "eventssession.h"
#include "simbridge.h"
#include "simcluster.h"
#include "simversion.h"

#include <QTimer>
#include <QUrlQuery>
#include <QWebSocket>

namespace cmssim {

EventsHub::EventsHub(SimBridge &bridge)
    : QObject(&bridge)
    , m_bridge(bridge)
{
}

EventsHub::~EventsHub() = default;

QString EventsHub::issueToken()
{
    const QString token = m_bridge.cluster().ids().secret() + m_bridge.cluster().ids().secret();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // Forget tokens that expired unused.
    for (auto it = m_tokens.begin(); it != m_tokens.end();)
        it = it.value() < now ? m_tokens.erase(it) : std::next(it);
    m_tokens.insert(token, now.addSecs(m_bridge.cluster().options().authTokenLifetimeSeconds));
    Q_EMIT tokenIssued(token);
    return token;
}

bool EventsHub::takeToken(const QString &token)
{
    const auto it = m_tokens.find(token);
    if (it == m_tokens.end())
        return false;
    const bool valid = it.value() >= QDateTime::currentDateTimeUtc();
    m_tokens.erase(it);   // a token opens one connection only
    return valid;
}

void EventsHub::accept(std::unique_ptr<QWebSocket> socket)
{
    const QUrl url = socket->requestUrl();
    const QString token = QUrlQuery(url).queryItemValue(QStringLiteral("authToken"));
    // Qt HttpServer 6.4 upgrades every WebSocket request, whatever its path and before the server
    // sees it: only /events/v1 of a version that has events is an events socket.
    const bool isEvents = url.path().compare(QLatin1String("/events/v1"), Qt::CaseInsensitive) == 0
        && m_bridge.cluster().options().version.atLeast(since::events);
    if (!isEvents || !m_bridge.isUp() || !takeToken(token)) {
        // Closed from the event loop: the server is still handling the upgrade on this socket.
        QWebSocket *refused = socket.release();
        // It goes once the client has answered the close (or after a grace period): deleting it at
        // once could drop the close frame before it is written.
        QTimer::singleShot(0, refused, [refused] {
            connect(refused, &QWebSocket::disconnected, refused, &QObject::deleteLater);
            refused->close(QWebSocketProtocol::CloseCodePolicyViolated, QStringLiteral("invalid authToken"));
            QTimer::singleShot(2000, refused, [refused] {
                refused->abort();
                refused->deleteLater();
            });
        });
        return;
    }
    auto *session = new EventsSession(m_bridge, std::move(socket), m_bridge.cluster().options().eventsAckWindow);
    m_sessions.append(session);
    connect(session, &EventsSession::closed, this, [this, session] {
        m_sessions.removeOne(session);
        session->deleteLater();
        Q_EMIT sessionsChanged(int(m_sessions.size()));
    });
    Q_EMIT sessionsChanged(int(m_sessions.size()));
}

void EventsHub::closeAll()
{
    const QList<EventsSession *> sessions = m_sessions;
    m_sessions.clear();
    for (EventsSession *s : sessions) {
        s->close();
        s->deleteLater();
    }
    Q_EMIT sessionsChanged(0);
}

void EventsHub::setFrozen(bool frozen)
{
    if (frozen)
        return;   // the sessions see it on the bridge's faults and hold everything back
    const QList<EventsSession *> sessions = m_sessions;
    for (EventsSession *s : sessions)
        s->resume();
}

int EventsHub::sessionCount() const
{
    return int(m_sessions.size());
}

} // namespace cmssim
