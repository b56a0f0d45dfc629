#pragma once

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

namespace cms {
class ClusterSession;
}

namespace models {

// Active call legs per call bridge over the session, sampled from each /system/status reply of one
// cluster, for the bridges pane's chart. Keeps at most maxSamples() per bridge (oldest dropped).
class CallLegsHistory : public QObject
{
    Q_OBJECT
public:
    struct Sample
    {
        QDateTime time;   // UTC, this computer's clock
        int callLegsActive = 0;
    };

    explicit CallLegsHistory(QObject *parent = nullptr);

    void setSession(cms::ClusterSession *session);   // clears the history
    cms::ClusterSession *session() const;
    void setMaxSamples(int samples) { m_maxSamples = qMax(2, samples); }
    int maxSamples() const { return m_maxSamples; }

    int bridgeCount() const;
    QString bridgeName(int endpointIndex) const;
    QList<Sample> samples(int endpointIndex) const { return m_samples.value(endpointIndex); }
    int peak() const;   // the highest sample of any bridge, 0 when none

    // Also the test seam: statusUpdated of the session calls this with its status.
    void addSample(int endpointIndex, const Sample &sample);

Q_SIGNALS:
    void sampleAdded(int endpointIndex);
    void reset();

private:
    static QStringList addressesOf(const cms::ClusterSession *session);

    QPointer<cms::ClusterSession> m_session;
    QStringList m_addresses;   // the session's endpoints the samples belong to, by index
    QHash<int, QList<Sample>> m_samples;
    int m_maxSamples = 720;
};

} // namespace models
