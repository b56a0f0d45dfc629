#include "simtestclient.h"

#include "simbridge.h"
#include "simcluster.h"

#include <QEventLoop>
#include <QNetworkRequest>
#include <QSslConfiguration>
#include <QTimer>
#include <QUrlQuery>

const QString kTestUser = QStringLiteral("apiadmin");
const QString kTestPassword = QStringLiteral("conformance-pw");

QByteArray HttpResult::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

QString HttpResult::failureReason() const
{
    const XmlNode root = xml();
    if (root.name != QLatin1String("failureDetails") || root.children.isEmpty())
        return {};
    return root.children.first().name;
}

SimTestClient::SimTestClient(cmssim::SimCluster &cluster, QString user, QString password)
    : m_cluster(cluster)
    , m_user(std::move(user))
    , m_password(std::move(password))
{
    m_network.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

QByteArray SimTestClient::formEncode(const QMap<QString, QString> &form)
{
    QByteArray out;
    for (auto it = form.constBegin(); it != form.constEnd(); ++it) {
        if (!out.isEmpty())
            out += '&';
        out += QUrl::toPercentEncoding(it.key()) + '=' + QUrl::toPercentEncoding(it.value());
    }
    return out;
}

HttpResult SimTestClient::get(int bridge, const QString &pathAndQuery)
{
    return raw(bridge, "GET", QStringLiteral("/api/v1/") + pathAndQuery);
}

HttpResult SimTestClient::post(int bridge, const QString &path, const QMap<QString, QString> &form)
{
    return raw(bridge, "POST", QStringLiteral("/api/v1/") + path, formEncode(form));
}

HttpResult SimTestClient::put(int bridge, const QString &path, const QMap<QString, QString> &form)
{
    return raw(bridge, "PUT", QStringLiteral("/api/v1/") + path, formEncode(form));
}

HttpResult SimTestClient::del(int bridge, const QString &path)
{
    return raw(bridge, "DELETE", QStringLiteral("/api/v1/") + path);
}

HttpResult SimTestClient::raw(int bridge, const QByteArray &method, const QString &path, const QByteArray &body,
                              bool authenticate, const QByteArray &authorization)
{
    cmssim::SimBridge &b = m_cluster.bridge(bridge);
    QUrl url = b.baseUrl();
    const qsizetype q = path.indexOf(QLatin1Char('?'));
    url.setPath(q < 0 ? path : path.left(q));
    if (q >= 0)
        url.setQuery(path.mid(q + 1), QUrl::StrictMode);
    QNetworkRequest request(url);
    if (url.scheme() == QLatin1String("https")) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setCaCertificates({b.certificate().certificate});
        request.setSslConfiguration(tls);
    }
    if (!authorization.isEmpty())
        request.setRawHeader("Authorization", authorization);
    else if (authenticate)
        request.setRawHeader("Authorization", "Basic " + (m_user + QLatin1Char(':') + m_password).toUtf8().toBase64());
    if (!body.isEmpty() || method == "POST" || method == "PUT")
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    request.setTransferTimeout(m_timeoutMs);

    QNetworkReply *reply = m_network.sendCustomRequest(request, method, body);
    QEventLoop loop;   // tests only: product code never waits like this
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    HttpResult r;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.body = reply->readAll();
    r.headers = reply->rawHeaderPairs();
    r.error = reply->error();
    r.errorString = reply->errorString();
    reply->deleteLater();
    return r;
}

std::unique_ptr<cmssim::SimCluster> startTestCluster(cmssim::ClusterOptions options)
{
    options.users.insert(kTestUser, kTestPassword);
    auto cluster = std::make_unique<cmssim::SimCluster>(std::move(options));
    QString error;
    if (!cluster->start(&error))
        qFatal("cannot start the simulated cluster: %s", qPrintable(error));
    return cluster;
}
