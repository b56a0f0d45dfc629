#include "controlchannel.h"

#include "activitygenerator.h"
#include "eventshub.h"
#include "simbridge.h"
#include "simcluster.h"

#include <QTcpServer>
#include <QTcpSocket>

namespace cmssim {

ControlChannel::ControlChannel(SimCluster &cluster, ActivityGenerator *activity, QObject *parent)
    : QObject(parent)
    , m_cluster(cluster)
    , m_activity(activity)
{
}

QString ControlChannel::help()
{
    return QStringLiteral(
        "Commands (BRIDGE is a number from 1, a name, or all):\n"
        "  status                          bridges, ports, faults, calls and legs\n"
        "  down BRIDGE | up BRIDGE         stop or restart a bridge (its calls end when it goes down)\n"
        "  latency BRIDGE MS               delay every API reply\n"
        "  errors BRIDGE RATE              answer a share (0..1) of API requests with 500\n"
        "  busy BRIDGE on|off              answer every API request with 503\n"
        "  freeze BRIDGE on|off            hang: take connections and requests, answer nothing\n"
        "  html BRIDGE on|off              a proxy in front: every request gets 200 and an HTML page\n"
        "  contenttype BRIDGE TYPE|normal  label every reply body TYPE (e.g. application/json)\n"
        "  movefault BRIDGE none|drop|wrongcall   make moves to this bridge fail that way\n"
        "  activity on [ACTIONS_PER_SECOND] | off | step [N]\n"
        "  help | quit");
}

QList<int> ControlChannel::bridgesFor(const QString &which) const
{
    QList<int> out;
    if (which.compare(QLatin1String("all"), Qt::CaseInsensitive) == 0) {
        for (int i = 0; i < m_cluster.bridgeCount(); ++i)
            out.append(i);
        return out;
    }
    bool ok = false;
    const int number = which.toInt(&ok);
    if (ok && number >= 1 && number <= m_cluster.bridgeCount())
        return {number - 1};
    for (int i = 0; i < m_cluster.bridgeCount(); ++i) {
        if (m_cluster.bridge(i).name().compare(which, Qt::CaseInsensitive) == 0)
            return {i};
    }
    return out;
}

QString ControlChannel::status() const
{
    QStringList lines;
    for (int i = 0; i < m_cluster.bridgeCount(); ++i) {
        SimBridge &b = m_cluster.bridge(i);
        const BridgeFaults &f = b.faults();
        const auto onOff = [](bool on) { return on ? QStringLiteral("on") : QStringLiteral("off"); };
        lines.append(QStringLiteral("%1 %2 %3 %4 calls=%5 legs=%6 events=%7 latency=%8ms errors=%9 busy=%10")
                         .arg(i + 1)
                         .arg(b.name(), b.isUp() ? QStringLiteral("up") : QStringLiteral("down"),
                              b.baseUrl().toString())
                         .arg(b.live().callOrder().size())
                         .arg(b.live().legCount())
                         .arg(b.events().sessionCount())
                         .arg(f.latencyMs)
                         .arg(f.errorRate)
                         .arg(onOff(f.busy))
                     + QStringLiteral(" frozen=%1 html=%2 contenttype=%3")
                           .arg(onOff(f.frozen), onOff(f.htmlPage),
                                f.contentType.isEmpty() ? QStringLiteral("normal") : QString::fromLatin1(f.contentType)));
    }
    if (m_activity)
        lines.append(QStringLiteral("activity %1").arg(m_activity->isRunning() ? QStringLiteral("on") : QStringLiteral("off")));
    return lines.join(QLatin1Char('\n'));
}

QString ControlChannel::execute(const QString &line)
{
    const QStringList words = line.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.isEmpty())
        return {};
    const QString command = words.first().toLower();
    const QString arg1 = words.value(1);
    const QString arg2 = words.value(2);
    if (command == QLatin1String("help"))
        return help();
    if (command == QLatin1String("status"))
        return status();
    if (command == QLatin1String("quit") || command == QLatin1String("exit")) {
        Q_EMIT quitRequested();
        return QStringLiteral("bye");
    }
    if (command == QLatin1String("activity")) {
        if (!m_activity)
            return QStringLiteral("error: no activity generator");
        if (arg1 == QLatin1String("on")) {
            const double rate = arg2.isEmpty() ? 2.0 : arg2.toDouble();
            if (rate <= 0)
                return QStringLiteral("error: the rate must be above 0");
            m_activity->start(rate);
            return QStringLiteral("ok: activity on, %1 actions per second").arg(rate);
        }
        if (arg1 == QLatin1String("off")) {
            m_activity->stop();
            return QStringLiteral("ok: activity off");
        }
        if (arg1 == QLatin1String("step")) {
            QStringList done;
            const int n = qMax(1, arg2.isEmpty() ? 1 : arg2.toInt());
            for (int i = 0; i < n; ++i)
                done.append(m_activity->step());
            return done.join(QLatin1Char('\n'));
        }
        return QStringLiteral("error: activity on [RATE] | off | step [N]");
    }

    const QList<int> bridges = bridgesFor(arg1);
    if (bridges.isEmpty())
        return QStringLiteral("error: unknown command or bridge; try help");
    if (command == QLatin1String("down") || command == QLatin1String("up")) {
        for (int b : bridges)
            m_cluster.setDown(b, command == QLatin1String("down"));
        return QStringLiteral("ok");
    }
    if (command == QLatin1String("latency")) {
        bool ok = false;
        const int ms = arg2.toInt(&ok);
        if (!ok || ms < 0)
            return QStringLiteral("error: latency BRIDGE MS");
        for (int b : bridges)
            m_cluster.setLatency(b, ms);
        return QStringLiteral("ok");
    }
    if (command == QLatin1String("errors")) {
        bool ok = false;
        const double rate = arg2.toDouble(&ok);
        if (!ok || rate < 0 || rate > 1)
            return QStringLiteral("error: errors BRIDGE RATE (0..1)");
        for (int b : bridges)
            m_cluster.setErrorRate(b, rate);
        return QStringLiteral("ok");
    }
    if (command == QLatin1String("busy")) {
        if (arg2 != QLatin1String("on") && arg2 != QLatin1String("off"))
            return QStringLiteral("error: busy BRIDGE on|off");
        for (int b : bridges)
            m_cluster.setBusy(b, arg2 == QLatin1String("on"));
        return QStringLiteral("ok");
    }
    if (command == QLatin1String("freeze") || command == QLatin1String("html")) {
        if (arg2 != QLatin1String("on") && arg2 != QLatin1String("off"))
            return QStringLiteral("error: %1 BRIDGE on|off").arg(command);
        for (int b : bridges) {
            if (command == QLatin1String("freeze"))
                m_cluster.setFrozen(b, arg2 == QLatin1String("on"));
            else
                m_cluster.setHtmlPage(b, arg2 == QLatin1String("on"));
        }
        return QStringLiteral("ok");
    }
    if (command == QLatin1String("contenttype")) {
        if (arg2.isEmpty())
            return QStringLiteral("error: contenttype BRIDGE TYPE|normal");
        const QByteArray type = arg2 == QLatin1String("normal") ? QByteArray() : arg2.toLatin1();
        for (int b : bridges)
            m_cluster.setContentType(b, type);
        return QStringLiteral("ok");
    }
    if (command == QLatin1String("movefault")) {
        MoveFault fault = MoveFault::None;
        if (arg2 == QLatin1String("drop"))
            fault = MoveFault::DropParticipant;
        else if (arg2 == QLatin1String("wrongcall"))
            fault = MoveFault::WrongCall;
        else if (arg2 != QLatin1String("none"))
            return QStringLiteral("error: movefault BRIDGE none|drop|wrongcall");
        for (int b : bridges)
            m_cluster.setMoveFault(b, fault);
        return QStringLiteral("ok");
    }
    return QStringLiteral("error: unknown command; try help");
}

quint16 ControlChannel::listen(quint16 port)
{
    if (!m_server) {
        m_server = new QTcpServer(this);
        connect(m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server->nextPendingConnection()) {
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    while (socket->canReadLine()) {
                        const QString reply = execute(QString::fromUtf8(socket->readLine()).trimmed());
                        socket->write(reply.toUtf8() + "\n\n");
                    }
                });
            }
        });
    }
    if (!m_server->listen(QHostAddress::LocalHost, port))
        return 0;
    return m_server->serverPort();
}

} // namespace cmssim
