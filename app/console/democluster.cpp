#include "democluster.h"

#include "activitygenerator.h"
#include "datasetseeder.h"
#include "api/endpoint.h"
#include "simbridge.h"
#include "simcluster.h"
#include "simcommandline.h"

#include <memory>

// Runs in the demo thread: owns the simulated cluster and its live activity.
class DemoServer : public QObject
{
    Q_OBJECT
public:
    ~DemoServer() override
    {
        m_activity.reset();   // before the cluster it drives
        m_cluster.reset();
    }

    void start()
    {
        // The same demo as `cms-sim --demo`, on free ports so that both can run at once.
        const cmssim::SimLaunch launch = cmssim::SimCommandLine::parse(
            {QStringLiteral("cms-console"), QStringLiteral("--demo"), QStringLiteral("--port"), QStringLiteral("0")});
        m_cluster = std::make_unique<cmssim::SimCluster>(launch.options);
        QString error;
        if (!launch.error.isEmpty() || !m_cluster->start(&error)) {
            Q_EMIT failed(launch.error.isEmpty() ? error : launch.error);
            return;
        }
        cmssim::DatasetSeeder(*m_cluster).seed(launch.seed);
        m_activity = std::make_unique<cmssim::ActivityGenerator>(*m_cluster, launch.options.seed);
        if (launch.activityRate > 0)
            m_activity->start(launch.activityRate);

        QList<QUrl> urls;
        QStringList names;
        QStringList fingerprints;
        for (int i = 0; i < m_cluster->bridgeCount(); ++i) {
            cmssim::SimBridge &bridge = m_cluster->bridge(i);
            urls.append(bridge.baseUrl());
            names.append(bridge.name());
            fingerprints.append(bridge.certificate().fingerprint());
        }
        const auto user = launch.options.users.constBegin();
        Q_EMIT started(urls, names, fingerprints, user.key(), user.value());
    }

Q_SIGNALS:
    void started(const QList<QUrl> &urls, const QStringList &names, const QStringList &fingerprints,
                 const QString &user, const QString &password);
    void failed(const QString &message);

private:
    std::unique_ptr<cmssim::SimCluster> m_cluster;
    std::unique_ptr<cmssim::ActivityGenerator> m_activity;
};

DemoCluster::DemoCluster(QObject *parent)
    : QObject(parent)
{
    m_thread.setObjectName(QStringLiteral("demo cluster"));
}

DemoCluster::~DemoCluster()
{
    if (m_thread.isRunning()) {
        m_thread.quit();
        m_thread.wait();
    }
}

void DemoCluster::start()
{
    if (m_server)
        return;
    m_server = new DemoServer;   // deleted in its thread when the thread finishes
    m_server->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_server, &QObject::deleteLater);
    connect(m_server, &DemoServer::started, this, &DemoCluster::onServerStarted);
    connect(m_server, &DemoServer::failed, this, [this](const QString &detail) {
        Q_EMIT failed(tr("The demo cluster could not start: %1").arg(detail));
    });
    m_thread.start();
    QMetaObject::invokeMethod(m_server, &DemoServer::start, Qt::QueuedConnection);
}

void DemoCluster::onServerStarted(const QList<QUrl> &urls, const QStringList &names, const QStringList &fingerprints,
                                  const QString &user, const QString &password)
{
    cms::ClusterProfile profile = cms::ClusterProfile::create(tr("Demo cluster"), urls.value(0), user);
    profile.endpoints.clear();
    for (int i = 0; i < urls.size(); ++i) {
        cms::EndpointProfile endpoint;
        endpoint.address = urls.at(i);
        endpoint.name = names.value(i);
        endpoint.credentials = i == 0 ? cms::CredentialMode::Own : cms::CredentialMode::SameAsPrimary;
        endpoint.user = user;
        endpoint.pinnedSha256 = cms::Endpoint::normalizeFingerprint(fingerprints.value(i));
        profile.endpoints.append(endpoint);
    }
    profile.failback = cms::FailbackPolicy::ReturnToPrimary;
    profile.failbackDelaySeconds = 30;
    profile.healthCheckIntervalSeconds = 5;   // the chart moves while one watches
    m_profile = profile;
    m_password = password;
    Q_EMIT ready();
}

#include "democluster.moc"
