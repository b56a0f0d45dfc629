#pragma once

#include "apimessage.h"

#include <optional>

namespace cmssim {

struct LiveCall;
class SimBridge;
class SimCluster;
class XmlOut;
struct LiveParticipant;

// The per-bridge part of the API: /system/status, /authTokens, /calls, /callLegs, /participants.
class LiveApi
{
public:
    LiveApi(SimCluster &cluster, SimBridge &bridge);

    // The reply for a live path, or nullopt when the path is not one.
    std::optional<Reply> handle(const ApiRequest &request);

private:
    Reply status();
    Reply authToken(const ApiRequest &request);
    Reply calls(const ApiRequest &request);
    Reply call(const ApiRequest &request, const QString &id);
    Reply callParticipants(const ApiRequest &request, const QString &callId);
    Reply callLegs(const ApiRequest &request, const QString &callId);
    Reply callLeg(const ApiRequest &request, const QString &id);
    Reply participants(const ApiRequest &request, const QString &callId);
    Reply participant(const ApiRequest &request, const QString &id);
    Reply muteAll(const ApiRequest &request, const QString &callId);

    // A participant as this bridge lists it: its own, or one hosted on another bridge in a
    // distributed instance of one of this bridge's calls.
    struct Seen
    {
        const LiveParticipant *participant;
        const SimBridge *host;
        QString localCallId;
    };
    QList<Seen> visibleParticipants(const QString &callId) const;
    void writeParticipant(XmlOut &xml, const Seen &seen, bool summary) const;
    void writeLeg(XmlOut &xml, const LiveParticipant &p, bool summary) const;
    static std::optional<Failure> applyLegSettings(LiveParticipant &p, const Params &params, QStringList *changed);

    SimCluster &m_cluster;
    SimBridge &m_bridge;
};

} // namespace cmssim
