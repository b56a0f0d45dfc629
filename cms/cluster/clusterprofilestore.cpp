#include "cluster/clusterprofilestore.h"

#include <QSettings>

#include <algorithm>

namespace cms {

namespace {

const QString kClusters = QStringLiteral("clusters");
const QString kName = QStringLiteral("name");
const QString kOrder = QStringLiteral("order");
const QString kEndpoints = QStringLiteral("endpoints");
const QString kAddress = QStringLiteral("address");
const QString kCredentials = QStringLiteral("credentials");
const QString kUser = QStringLiteral("user");
const QString kPinned = QStringLiteral("pinned");
const QString kFailback = QStringLiteral("failback");
const QString kFailbackDelay = QStringLiteral("failbackDelaySeconds");
const QString kHealthInterval = QStringLiteral("healthCheckIntervalSeconds");

// Stable words in the file, not enum numbers: a reordered enum must not change saved settings.
const QString kOwn = QStringLiteral("own");
const QString kSameAsPrimary = QStringLiteral("sameAsPrimary");
const QString kStay = QStringLiteral("stay");
const QString kReturnToPrimary = QStringLiteral("returnToPrimary");

QString groupOf(const QString &clusterId)
{
    return kClusters + QLatin1Char('/') + clusterId;
}

// One saved cluster, read inside its group; nullopt when it cannot be used.
std::optional<ClusterProfile> readProfile(QSettings &settings, const QString &id)
{
    ClusterProfile p;
    p.id = id;
    p.name = settings.value(kName).toString();
    const int count = settings.beginReadArray(kEndpoints);
    bool readable = count > 0;
    for (int i = 0; i < count && readable; ++i) {
        settings.setArrayIndex(i);
        EndpointProfile e;
        QString error;
        e.address = Endpoint::parseAddress(settings.value(kAddress).toString(), &error);
        e.name = settings.value(kName).toString();
        e.credentials = settings.value(kCredentials).toString() == kOwn ? CredentialMode::Own
                                                                         : CredentialMode::SameAsPrimary;
        e.user = settings.value(kUser).toString();
        const QString pin = settings.value(kPinned).toString();
        e.pinnedSha256 = Endpoint::normalizeFingerprint(pin);
        // A pin that does not read back must not quietly turn into "trust the system".
        readable = e.address.isValid() && (pin.isEmpty() || !e.pinnedSha256.isEmpty());
        p.endpoints.append(e);
    }
    settings.endArray();
    if (!readable)
        return std::nullopt;
    p.failback = settings.value(kFailback).toString() == kReturnToPrimary ? FailbackPolicy::ReturnToPrimary
                                                                          : FailbackPolicy::Stay;
    p.failbackDelaySeconds = qMax(0, settings.value(kFailbackDelay, p.failbackDelaySeconds).toInt());
    const int interval = settings.value(kHealthInterval, p.healthCheckIntervalSeconds).toInt();
    p.healthCheckIntervalSeconds = std::clamp(interval, ClusterProfile::MinHealthCheckIntervalSeconds,
                                              ClusterProfile::MaxHealthCheckIntervalSeconds);
    return p;
}

} // namespace

ClusterProfileStore::ClusterProfileStore(QSettings &settings)
    : m_settings(settings)
{
}

QList<ClusterProfile> ClusterProfileStore::load() const
{
    QList<std::pair<int, ClusterProfile>> found;
    m_settings.beginGroup(kClusters);
    const QStringList ids = m_settings.childGroups();
    for (const QString &id : ids) {
        m_settings.beginGroup(id);
        const int order = m_settings.value(kOrder, 0).toInt();
        if (auto profile = readProfile(m_settings, id))
            found.append({order, *profile});
        m_settings.endGroup();
    }
    m_settings.endGroup();
    std::stable_sort(found.begin(), found.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    QList<ClusterProfile> out;
    for (const auto &entry : std::as_const(found))
        out.append(entry.second);
    return out;
}

void ClusterProfileStore::save(const ClusterProfile &profile)
{
    if (profile.id.isEmpty())
        return;
    // A replaced profile keeps its place; a new one goes after every other.
    int order = -1;
    int lastOrder = -1;
    m_settings.beginGroup(kClusters);
    const QStringList ids = m_settings.childGroups();
    for (const QString &id : ids) {
        const int o = m_settings.value(id + QLatin1Char('/') + kOrder, 0).toInt();
        lastOrder = qMax(lastOrder, o);
        if (id == profile.id)
            order = o;
    }
    m_settings.endGroup();
    if (order < 0)
        order = lastOrder + 1;

    // Start from an empty group, so that an endpoint list that shrank leaves nothing behind.
    m_settings.remove(groupOf(profile.id));
    m_settings.beginGroup(groupOf(profile.id));
    m_settings.setValue(kName, profile.name);
    m_settings.setValue(kOrder, order);
    m_settings.beginWriteArray(kEndpoints, int(profile.endpoints.size()));
    for (int i = 0; i < profile.endpoints.size(); ++i) {
        const EndpointProfile &e = profile.endpoints.at(i);
        m_settings.setArrayIndex(i);
        m_settings.setValue(kAddress, e.address.toString());
        m_settings.setValue(kName, e.name);
        m_settings.setValue(kCredentials, e.credentials == CredentialMode::Own ? kOwn : kSameAsPrimary);
        m_settings.setValue(kUser, e.user);
        m_settings.setValue(kPinned, QString::fromLatin1(e.pinnedSha256));
    }
    m_settings.endArray();
    m_settings.setValue(kFailback, profile.failback == FailbackPolicy::ReturnToPrimary ? kReturnToPrimary : kStay);
    m_settings.setValue(kFailbackDelay, profile.failbackDelaySeconds);
    m_settings.setValue(kHealthInterval, profile.healthCheckIntervalSeconds);
    m_settings.endGroup();
}

void ClusterProfileStore::remove(const QString &clusterId)
{
    if (!clusterId.isEmpty())
        m_settings.remove(groupOf(clusterId));
}

} // namespace cms
