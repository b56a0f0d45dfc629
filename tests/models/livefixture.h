#pragma once

// A simulated cluster with a console session open on every bridge, for the Live models' tests: the
// session's live state (services()->liveCluster()) followed through events, and short ways to make
// the simulator's calls start, people join, mute, wait in the lobby, leave and calls end.
#include "cluster/clustersession.h"
#include "cluster/sessionservices.h"
#include "configapi.h"
#include "live/livecluster.h"
#include "live/livedetailsreader.h"
#include "liveengine.h"
#include "simbridge.h"
#include "simcluster.h"
#include "simtestclient.h"
#include "testsession.h"
#include "typeschema.h"

#include <QTest>

#include <memory>

struct LiveFixture
{
    std::unique_ptr<cmssim::SimCluster> cluster;
    std::unique_ptr<TestSession> test;
    cms::ClusterSession *session = nullptr;

    // Starts `bridges` bridges running `version` (the simulator's default when empty) and opens a
    // session on all of them, each endpoint named after its bridge; waits until every bridge is
    // followed (events, or polling before 2.9) and has reported its version.
    bool start(int bridges, const QString &version, QString *error)
    {
        cmssim::ClusterOptions options;
        options.bridgeCount = bridges;
        if (!version.isEmpty())
            options.version = cmssim::SimVersion::parse(version);
        cluster = startTestCluster(options);
        if (!cluster) {
            *error = QStringLiteral("the simulator did not start");
            return false;
        }
        test = TestSession::open(*cluster, {.endpointCount = bridges, .nameEndpoints = true}, error);
        if (!test)
            return false;
        session = test->session;
        const cms::BridgeMode followed = version.isEmpty() || cmssim::SimVersion::parse(version).number >= 209
            ? cms::BridgeMode::Events
            : cms::BridgeMode::Polling;
        for (int i = 0; i < bridges; ++i) {
            if (!QTest::qWaitFor([&] { return session->liveMode(i) == followed && session->status(i).isValid(); }, 10000)) {
                *error = QStringLiteral("bridge %1 is not followed").arg(i);
                return false;
            }
        }
        return true;
    }

    cms::LiveCluster &live() { return session->services()->liveCluster(); }
    cmssim::SimBridge &bridge(int i) { return cluster->bridge(i); }

    // Every detail read (space, start, kind, join time): nothing left to change quietly.
    bool detailsRead() { return live().detailsReader().pendingCount() == 0; }

    QString space(const QString &name, const QString &uri)
    {
        const auto created = cluster->config().create(cmssim::TypeSchema::get(QStringLiteral("coSpaces")), {},
                                                      {{QStringLiteral("name"), name}, {QStringLiteral("uri"), uri}});
        return std::holds_alternative<QString>(created) ? std::get<QString>(created) : QString();
    }

    // A call of a space (an instance of its meeting when it runs elsewhere already), or an ad hoc call.
    QString startCall(int bridgeIndex, const QString &spaceId, const QString &name = {})
    {
        const auto started = cluster->live().startCall(bridge(bridgeIndex), spaceId, name);
        return std::holds_alternative<QString>(started) ? std::get<QString>(started) : QString();
    }

    QString join(int bridgeIndex, const QString &callId, const QString &name,
                 cmssim::EndpointKind kind = cmssim::EndpointKind::Sip, const QString &userJid = {},
                 std::optional<bool> needsActivation = false)
    {
        cmssim::JoinSpec spec;
        spec.name = name;
        spec.remoteParty = name.section(QLatin1Char(' '), 0, 0).toLower() + QStringLiteral("@example.com");
        spec.kind = kind;
        spec.userJid = userJid;
        spec.needsActivation = needsActivation;
        return cluster->live().join(bridge(bridgeIndex), callId, spec);
    }

    // Changes a participant on the bridge that hosts it and announces the roster element.
    template<typename Change>
    void change(const QString &participantId, const QString &element, Change &&apply)
    {
        const cmssim::Located found = cluster->live().find(participantId);
        if (!found)
            return;
        apply(*found.participant);
        found.bridge->live().touchParticipant(participantId, {element});
    }

    template<typename Change>
    void changeCall(int bridgeIndex, const QString &callId, const QString &element, Change &&apply)
    {
        cmssim::LiveCall *call = bridge(bridgeIndex).live().call(callId);
        if (!call)
            return;
        apply(*call);
        bridge(bridgeIndex).live().touchCall(callId, {element});
    }
};
