#include "bridges/calllegshistory.h"

#include "cluster/clustersession.h"
#include "common/displayformat.h"

#include <algorithm>

namespace models {

CallLegsHistory::CallLegsHistory(QObject *parent)
    : QObject(parent)
{
}

void CallLegsHistory::setSession(cms::ClusterSession *session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    m_samples.clear();
    m_addresses.clear();
    if (session) {
        m_addresses = addressesOf(session);
        connect(session, &cms::ClusterSession::statusUpdated, this, [this](int endpointIndex) {
            if (!m_session)
                return;
            // statusUpdated also comes after a failed check, with the last good status unchanged:
            // only a reply newer than the last sample is a sample.
            const cms::SystemStatus status = m_session->status(endpointIndex);
            const QList<Sample> samples = m_samples.value(endpointIndex);
            if (status.callLegsActive < 0 || !status.receivedAt.isValid()
                || (!samples.isEmpty() && status.receivedAt <= samples.last().time))
                return;
            addSample(endpointIndex, {status.receivedAt, status.callLegsActive});
        });
        // Samples are kept by endpoint index: when the endpoints change, the indexes mean other bridges.
        connect(session, &cms::ClusterSession::profileChanged, this, [this] {
            if (!m_session)
                return;
            const QStringList addresses = addressesOf(m_session);
            if (addresses == m_addresses)
                return;
            m_addresses = addresses;
            m_samples.clear();
            Q_EMIT reset();
        });
    }
    Q_EMIT reset();
}

cms::ClusterSession *CallLegsHistory::session() const
{
    return m_session;
}

int CallLegsHistory::bridgeCount() const
{
    if (m_session)
        return m_session->endpointCount();
    // Without a session (tests feeding addSample), as many bridges as the highest index sampled.
    int count = 0;
    for (auto it = m_samples.cbegin(); it != m_samples.cend(); ++it)
        count = qMax(count, it.key() + 1);
    return count;
}

QString CallLegsHistory::bridgeName(int endpointIndex) const
{
    if (m_session && endpointIndex >= 0 && endpointIndex < m_session->endpointCount()) {
        const cms::EndpointProfile &endpoint = m_session->profile().endpoints.at(endpointIndex);
        return endpoint.name.isEmpty() ? DisplayFormat::hostPort(endpoint.address) : endpoint.name;
    }
    //: A call bridge known only by its place in the list, "Bridge 2"
    return tr("Bridge %1").arg(DisplayFormat::number(endpointIndex + 1));
}

int CallLegsHistory::peak() const
{
    int highest = 0;
    for (const QList<Sample> &samples : m_samples) {
        for (const Sample &sample : samples)
            highest = qMax(highest, sample.callLegsActive);
    }
    return highest;
}

void CallLegsHistory::addSample(int endpointIndex, const Sample &sample)
{
    if (endpointIndex < 0)
        return;
    QList<Sample> &samples = m_samples[endpointIndex];
    samples.append(sample);
    if (samples.size() > m_maxSamples)
        samples.remove(0, samples.size() - m_maxSamples);
    Q_EMIT sampleAdded(endpointIndex);
}

QStringList CallLegsHistory::addressesOf(const cms::ClusterSession *session)
{
    QStringList addresses;
    for (const cms::EndpointProfile &endpoint : session->profile().endpoints)
        addresses.append(DisplayFormat::hostPort(endpoint.address));
    return addresses;
}

} // namespace models
