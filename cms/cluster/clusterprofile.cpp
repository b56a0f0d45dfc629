#include "cluster/clusterprofile.h"

#include "net/connection.h"

#include <QUuid>

namespace cms {

ClusterProfile ClusterProfile::create(const QString &name, const QUrl &primaryAddress, const QString &user)
{
    ClusterProfile profile;
    profile.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    profile.name = name;
    EndpointProfile primary;
    primary.address = primaryAddress;
    primary.credentials = CredentialMode::Own;
    primary.user = user;
    profile.endpoints.append(primary);
    return profile;
}

namespace {

// The primary always uses its own credentials, whatever its mode says.
bool usesOwnCredentials(const ClusterProfile &profile, int endpointIndex)
{
    return endpointIndex == 0 || profile.endpoints.at(endpointIndex).credentials == CredentialMode::Own;
}

} // namespace

QString ClusterProfile::effectiveUser(int endpointIndex) const
{
    if (endpointIndex < 0 || endpointIndex >= endpoints.size())
        return {};
    const int from = usesOwnCredentials(*this, endpointIndex) ? endpointIndex : 0;
    return endpoints.at(from).user;
}

CredentialKey ClusterProfile::credentialKey(int endpointIndex) const
{
    if (endpointIndex < 0 || endpointIndex >= endpoints.size())
        return {};
    const int from = usesOwnCredentials(*this, endpointIndex) ? endpointIndex : 0;
    const EndpointProfile &endpoint = endpoints.at(from);
    return CredentialKey{id, Connection::addressKey(endpoint.address), endpoint.user};
}

QList<CredentialKey> ClusterProfile::credentialKeys() const
{
    QList<CredentialKey> keys;
    for (int i = 0; i < endpoints.size(); ++i) {
        const CredentialKey key = credentialKey(i);
        if (!keys.contains(key))
            keys.append(key);
    }
    return keys;
}

QList<Endpoint> ClusterProfile::toEndpoints() const
{
    QList<Endpoint> out;
    for (int i = 0; i < endpoints.size(); ++i) {
        Endpoint e;
        e.baseUrl = endpoints.at(i).address;
        e.user = effectiveUser(i);
        e.pinnedSha256 = endpoints.at(i).pinnedSha256;
        out.append(e);
    }
    return out;
}

int ClusterProfile::indexOfAddress(const QUrl &address) const
{
    const QString key = Connection::addressKey(address);
    for (int i = 0; i < endpoints.size(); ++i) {
        if (Connection::addressKey(endpoints.at(i).address) == key)
            return i;
    }
    return -1;
}

} // namespace cms
