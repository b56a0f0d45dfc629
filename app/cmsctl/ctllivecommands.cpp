#include "ctllivecommands.h"

#include "ctlmovebatch.h"
#include "ctlparticipantfinder.h"

#include "live/calllocator.h"
#include "net/collectionpager.h"
#include "net/connection.h"
#include "live/livecluster.h"
#include "operations/liveoperations.h"
#include "operations/participantmove.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <memory>

CtlLiveCommands::CtlLiveCommands(const CtlInvocation &invocation, cms::Connection &connection, CtlOutput &output,
                                 QObject *parent)
    : QObject(parent)
    , m_inv(invocation)
    , m_connection(connection)
    , m_output(output)
{
}

void CtlLiveCommands::run()
{
    const QString &c = m_inv.command;
    const QString first = m_inv.arguments.value(0);
    if (c == QLatin1String("calls")) {
        calls();
    } else if (c == QLatin1String("participants")) {
        if (m_inv.all)
            allParticipants();
        else
            participants();
    } else if (c == QLatin1String("watch")) {
        watch();
    } else if (c == QLatin1String("move")) {
        move();
    } else if (c == QLatin1String("dial")) {
        runOperation(new cms::DialOutOperation(m_connection, first, m_inv.arguments.value(1), this));
    } else if (c == QLatin1String("end")) {
        runOperation(new cms::EndCallOperation(m_connection, first, this));
    } else {
        using Mute = cms::MuteOperation;
        runOperation(new Mute(m_connection, Mute::Target::Participant, first,
                              m_inv.video ? Mute::Media::Video : Mute::Media::Audio, !m_inv.off, this));
    }
}

// Every bridge's calls (each bridge lists only its own), one line per call with the bridge it is on
// and its number of participants there.
void CtlLiveCommands::calls()
{
    auto rows = std::make_shared<QList<cms::CmsNode>>();
    auto pending = std::make_shared<int>(m_connection.endpointCount());
    for (int i = 0; i < m_connection.endpointCount(); ++i) {
        auto *pager = new cms::CollectionPager(m_connection, QStringLiteral("calls"), {}, this);
        pager->setEndpoint(i);
        connect(pager, &cms::CollectionPager::finished, this, [this, pager, rows, pending, i] {
            if (!pager->error().isOk()) {
                done(pager->error());
                return;
            }
            auto details = std::make_shared<int>(int(pager->items().size()));
            auto finishBridge = [this, rows, pending] {
                if (--*pending == 0 && !m_finished) {
                    m_output.objects(*rows);
                    done();
                }
            };
            if (*details == 0) {
                finishBridge();
                return;
            }
            for (const cms::CmsNode &call : pager->items()) {
                cms::CmsReply *reply = m_connection.send(i, cms::CmsRequest::get(QStringLiteral("calls/") + call.id()));
                connect(reply, &cms::CmsReply::finished, this, [this, reply, rows, details, i, finishBridge] {
                    cms::CmsError problem = reply->error();
                    cms::CmsNode node = problem.isOk() ? reply->object(&problem) : cms::CmsNode();
                    if (!problem.isOk()) {
                        done(problem);
                        return;
                    }
                    cms::CmsNode bridge;
                    bridge.name = QStringLiteral("bridge");
                    bridge.text = m_connection.endpoints().at(i).key();
                    node.children.prepend(bridge);
                    rows->append(node);
                    if (--*details == 0)
                        finishBridge();
                });
            }
        });
        pager->start();
    }
}

void CtlLiveCommands::participants()
{
    auto *locator = new cms::CallLocator(m_connection, cms::CallLocator::callPath(m_inv.arguments.first()), this);
    connect(locator, &cms::CallLocator::failed, this, [this](const cms::CmsError &error) { done(error); });
    connect(locator, &cms::CallLocator::located, this, [this](int endpoint, const cms::CmsNode &call) {
        auto *pager = new cms::CollectionPager(m_connection, QStringLiteral("calls/%1/participants").arg(call.id()), {}, this);
        pager->setEndpoint(endpoint);
        connect(pager, &cms::CollectionPager::finished, this, [this, pager] {
            if (!pager->error().isOk()) {
                done(pager->error());
                return;
            }
            m_output.objects(pager->items());
            done();
        });
        pager->start();
    });
    locator->start();
}

void CtlLiveCommands::allParticipants()
{
    auto *finder = new CtlParticipantFinder(m_connection, m_inv.filter, this);
    connect(finder, &CtlParticipantFinder::failed, this, [this](const cms::CmsError &error) { done(error); });
    connect(finder, &CtlParticipantFinder::found, this, [this](const QList<cms::CmsNode> &participants) {
        m_output.objects(participants);
        done();
    });
    finder->start();
}

void CtlLiveCommands::move()
{
    auto *batch = new CtlMoveBatch(m_connection, m_inv.arguments, m_inv.to, m_output, this);
    connect(batch, &CtlMoveBatch::finished, this, [this](int notMoved, int exitCode) {
        if (notMoved == 0) {
            done();
            return;
        }
        m_output.usageError(tr("%Ln of %1 participant(s) could not be moved.", nullptr, notMoved).arg(m_inv.arguments.size()));
        if (!m_finished) {
            m_finished = true;
            Q_EMIT finishedWithFailures(exitCode);
        }
    });
    batch->start();
}

// One JSON object per line and per change, as the events (or the polling fallback) report them;
// --max N stops after N lines.
void CtlLiveCommands::watch()
{
    auto *cluster = new cms::LiveCluster(m_connection, this);
    auto lines = std::make_shared<qint64>(0);
    auto emitLine = [this, lines](QJsonObject line) {
        if (m_finished)
            return;
        line.insert(QStringLiteral("time"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
        m_output.jsonLine(line);
        if (m_inv.max > 0 && ++*lines >= m_inv.max)
            done();
    };
    auto callLine = [cluster](const QString &event, const QString &callId) {
        QJsonObject o{{QStringLiteral("event"), event}, {QStringLiteral("call"), callId}};
        if (const cms::LiveCall *c = cluster->call(callId)) {
            o.insert(QStringLiteral("name"), c->name);
            o.insert(QStringLiteral("bridge"), c->bridge);
            o.insert(QStringLiteral("participants"), c->participantCount);
            o.insert(QStringLiteral("callCorrelator"), c->correlator);
        }
        return o;
    };
    auto participantLine = [cluster](const QString &event, const QString &callId, const QString &participantId) {
        QJsonObject o{{QStringLiteral("event"), event}, {QStringLiteral("call"), callId},
                      {QStringLiteral("participant"), participantId}};
        if (const cms::LiveParticipant *p = cluster->participant(participantId)) {
            o.insert(QStringLiteral("name"), p->name);
            o.insert(QStringLiteral("uri"), p->uri);
            o.insert(QStringLiteral("bridge"), p->bridge);
            o.insert(QStringLiteral("audioMuted"), p->audioMuted);
            o.insert(QStringLiteral("videoMuted"), p->videoMuted);
            o.insert(QStringLiteral("deactivated"), p->deactivated);
            o.insert(QStringLiteral("canMove"), p->canMove);
        }
        return o;
    };
    connect(cluster, &cms::LiveCluster::callAdded, this,
            [=](const QString &id) { emitLine(callLine(QStringLiteral("callAdded"), id)); });
    connect(cluster, &cms::LiveCluster::callChanged, this, [=](const QString &id, const QStringList &fields) {
        QJsonObject o = callLine(QStringLiteral("callChanged"), id);
        o.insert(QStringLiteral("changed"), QJsonArray::fromStringList(fields));
        emitLine(o);
    });
    connect(cluster, &cms::LiveCluster::callRemoved, this,
            [=](const QString &id) { emitLine(callLine(QStringLiteral("callRemoved"), id)); });
    connect(cluster, &cms::LiveCluster::participantAdded, this, [=](const QString &call, const QString &id) {
        emitLine(participantLine(QStringLiteral("participantAdded"), call, id));
    });
    connect(cluster, &cms::LiveCluster::participantChanged, this,
            [=](const QString &call, const QString &id, const QStringList &fields) {
                QJsonObject o = participantLine(QStringLiteral("participantChanged"), call, id);
                o.insert(QStringLiteral("changed"), QJsonArray::fromStringList(fields));
                emitLine(o);
            });
    connect(cluster, &cms::LiveCluster::participantRemoved, this, [=](const QString &call, const QString &id) {
        emitLine(participantLine(QStringLiteral("participantRemoved"), call, id));
    });
    connect(cluster, &cms::LiveCluster::bridgeModeChanged, this, [=](int bridge, cms::BridgeMode mode) {
        static const char *names[] = {"connecting", "events", "polling", "down"};
        emitLine({{QStringLiteral("event"), QStringLiteral("bridgeMode")}, {QStringLiteral("bridge"), bridge},
                  {QStringLiteral("mode"), QString::fromLatin1(names[int(mode)])}});
    });
    cluster->start();
}

void CtlLiveCommands::runOperation(cms::Operation *operation)
{
    connect(operation, &cms::Operation::stepStarted, this,
            [this](int, const QString &description) { m_output.message(description); });
    connect(operation, &cms::Operation::finished, this, [this](const cms::OperationResult &result) { report(result); });
    operation->execute();
}

void CtlLiveCommands::report(const cms::OperationResult &result)
{
    if (result.succeeded()) {
        m_output.message(tr("Done."));
        done();
        return;
    }
    cms::CmsError error = result.error;
    if (error.isOk()) {
        // The server said yes but reading back showed otherwise: the operation's own sentence.
        error = cms::CmsError::refused(0, QStringLiteral("operationNotVerified"));
    }
    if (!result.message.isEmpty())
        m_output.usageError(result.message);
    if (result.moveFailure != cms::OperationResult::MoveFailure::None)
        m_output.usageError(cms::ParticipantMove::describe(result.moveFailure));
    done(error);
}

void CtlLiveCommands::done(const cms::CmsError &error)
{
    if (m_finished)
        return;
    m_finished = true;
    Q_EMIT finished(error);
}
