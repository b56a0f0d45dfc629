#pragma once

#include "cluster/clusterprofile.h"

#include <QList>
#include <QObject>
#include <QThread>

class DemoServer;

// The demo cluster of `cms-console --demo`: the simulator's demo dataset (3 call bridges, a few
// hundred spaces, live activity) served in-process from a thread of its own, so that serving it
// never slows the window down. Its certificates are generated here, so the profile pins them: the
// demo trusts exactly the certificates it made, nothing else.
class DemoCluster : public QObject
{
    Q_OBJECT
public:
    explicit DemoCluster(QObject *parent = nullptr);
    ~DemoCluster() override;   // stops the simulator and joins its thread

    void start();   // asynchronous: ready() or failed()
    bool isReady() const { return !m_profile.endpoints.isEmpty(); }

    // Valid after ready(): the cluster to connect to and the API user's password (generated for
    // this run, kept in memory only).
    const cms::ClusterProfile &profile() const { return m_profile; }
    QString password() const { return m_password; }

Q_SIGNALS:
    void ready();
    void failed(const QString &message);

private:
    void onServerStarted(const QList<QUrl> &urls, const QStringList &names, const QStringList &fingerprints,
                         const QString &user, const QString &password);

    QThread m_thread;
    DemoServer *m_server = nullptr;   // lives in m_thread
    cms::ClusterProfile m_profile;
    QString m_password;
};
