#pragma once

#include "xmlnode.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPair>
#include <QString>

#include <memory>

namespace cmssim {
class SimCluster;
struct ClusterOptions;
}

// The answer to one raw request, as a test looks at it.
struct HttpResult
{
    int status = 0;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QString errorString;

    QByteArray header(const QByteArray &name) const;
    QString location() const { return QString::fromLatin1(header("Location")); }
    QString createdId() const { return location().section(QLatin1Char('/'), -1); }
    XmlNode xml() const { return XmlNode::parse(body); }
    QString failureReason() const;   // the child of <failureDetails>, or empty
};

// Raw HTTPS requests to a simulated cluster, for conformance tests: real TLS (the bridges'
// certificates trusted explicitly), real Basic auth, nothing of cms/.
class SimTestClient
{
public:
    SimTestClient(cmssim::SimCluster &cluster, QString user, QString password);

    HttpResult get(int bridge, const QString &pathAndQuery);
    HttpResult post(int bridge, const QString &path, const QMap<QString, QString> &form);
    HttpResult put(int bridge, const QString &path, const QMap<QString, QString> &form);
    HttpResult del(int bridge, const QString &path);
    // Any request; `path` is taken as is (not prefixed with /api/v1/).
    HttpResult raw(int bridge, const QByteArray &method, const QString &path, const QByteArray &body = {},
                   bool authenticate = true, const QByteArray &authorization = {});

    static QByteArray formEncode(const QMap<QString, QString> &form);
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }

private:
    cmssim::SimCluster &m_cluster;
    QString m_user;
    QString m_password;
    QNetworkAccessManager m_network;
    int m_timeoutMs = 10000;
};

// Start an in-process cluster on random loopback ports with one API user.
std::unique_ptr<cmssim::SimCluster> startTestCluster(cmssim::ClusterOptions options);
extern const QString kTestUser;
extern const QString kTestPassword;
