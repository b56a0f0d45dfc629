#pragma once

#include "credentials/credentialstore.h"
#include "api/endpoint.h"
#include "net/failoverpolicy.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QUrl>

namespace cms {

// Which password an endpoint uses.
enum class CredentialMode {
    SameAsPrimary,   // the primary endpoint's user and password
    Own,             // its own user, its own keychain entry
};

// One call bridge endpoint of a saved cluster, as settings keep it: never a password.
struct EndpointProfile
{
    QUrl address;               // https://host[:port], as Endpoint::parseAddress gives it
    QString name;               // the call bridge's name when discovered ("CallBridge-Paris"); may be empty
    CredentialMode credentials = CredentialMode::SameAsPrimary;   // the primary is always Own
    QString user;               // used when credentials == Own (and always for the primary)
    QByteArray pinnedSha256;    // lower-case hex without colons; empty: system trust

    friend bool operator==(const EndpointProfile &, const EndpointProfile &) = default;
};

// A cluster the console knows: its endpoints in failover order (the first is the primary) and its
// failover settings. Everything here may be written to settings; the passwords live in the
// CredentialStore under credentialKey().
struct ClusterProfile
{
    QString id;                 // stable, generated once (a UUID without braces); the keychain's "cluster" part
    QString name;               // shown to the user ("Production")
    QList<EndpointProfile> endpoints;
    FailbackPolicy failback = FailbackPolicy::Stay;
    int failbackDelaySeconds = 60;         // ReturnToPrimary: how long the primary must answer first
    int healthCheckIntervalSeconds = 10;

    static constexpr int MinHealthCheckIntervalSeconds = 2;
    static constexpr int MaxHealthCheckIntervalSeconds = 3600;

    // A new profile with a fresh id and one primary endpoint.
    static ClusterProfile create(const QString &name, const QUrl &primaryAddress, const QString &user);

    // The user and the keychain entry an endpoint authenticates with: the primary's for
    // SameAsPrimary, its own otherwise.
    QString effectiveUser(int endpointIndex) const;
    CredentialKey credentialKey(int endpointIndex) const;
    // Every distinct keychain entry the profile needs, in endpoint order.
    QList<CredentialKey> credentialKeys() const;
    // The endpoints for a Connection, passwords left empty (they come from the store).
    QList<Endpoint> toEndpoints() const;
    // The index of the endpoint with that address (Connection::addressKey rule), or -1.
    int indexOfAddress(const QUrl &address) const;

    friend bool operator==(const ClusterProfile &, const ClusterProfile &) = default;
};

} // namespace cms
