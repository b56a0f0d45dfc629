#pragma once

// Shared by the configuration conformance tests (tst_simconfig*.cpp): a fresh simulated cluster and
// helpers whose failures are reported at the caller's line, so that a refused set-up step says so.

#include "configstore.h"
#include "simcluster.h"
#include "simtestclient.h"

#include <QtTest>

#include <memory>
#include <source_location>

using Form = QMap<QString, QString>;

inline cmssim::ClusterOptions oneBridge()
{
    cmssim::ClusterOptions options;
    options.bridgeCount = 1;
    return options;
}

inline QString describe(const HttpResult &r)
{
    return QStringLiteral("HTTP %1 %2").arg(r.status).arg(QString::fromUtf8(r.body));
}

class ConfigFixture
{
public:
    explicit ConfigFixture(cmssim::ClusterOptions options = oneBridge())
        : m_cluster(startTestCluster(std::move(options)))
        , m_client(std::make_unique<SimTestClient>(*m_cluster, kTestUser, kTestPassword))
    {
    }

    cmssim::SimCluster &cluster() { return *m_cluster; }

    HttpResult get(const QString &pathAndQuery) { return m_client->get(0, pathAndQuery); }
    HttpResult post(const QString &path, const Form &form = {}) { return m_client->post(0, path, form); }
    HttpResult put(const QString &path, const Form &form) { return m_client->put(0, path, form); }
    HttpResult del(const QString &path) { return m_client->del(0, path); }

    // A POST that must succeed: the new object's id (empty, with the failure recorded, otherwise).
    QString create(const QString &path, const Form &form = {},
                   std::source_location where = std::source_location::current())
    {
        const HttpResult r = post(path, form);
        if (r.status != 200 || r.createdId().isEmpty()) {
            fail(QStringLiteral("POST ") + path + QStringLiteral(" refused: ") + describe(r), where);
            return {};
        }
        return r.createdId();
    }

    // A PUT that must succeed.
    void change(const QString &path, const Form &form, std::source_location where = std::source_location::current())
    {
        const HttpResult r = put(path, form);
        if (r.status != 200)
            fail(QStringLiteral("PUT ") + path + QStringLiteral(" refused: ") + describe(r), where);
    }

    // A GET that must succeed: the document's root.
    XmlNode read(const QString &pathAndQuery, std::source_location where = std::source_location::current())
    {
        const HttpResult r = get(pathAndQuery);
        if (r.status != 200)
            fail(QStringLiteral("GET ") + pathAndQuery + QStringLiteral(" refused: ") + describe(r), where);
        return r.xml();
    }

    // Users come from LDAP and are read-only in the API: put them straight into the store.
    QString addUser(const QString &jid, const QString &name, const QString &tenant = {})
    {
        auto user = std::make_unique<cmssim::ConfigObject>();
        user->id = m_cluster->ids().guid();
        user->fields.insert(QStringLiteral("userJid"), jid);
        user->fields.insert(QStringLiteral("name"), name);
        if (!tenant.isEmpty())
            user->fields.insert(QStringLiteral("tenant"), tenant);
        const QString id = user->id;
        m_cluster->store().table(QStringLiteral("users")).insert(std::move(user));
        return id;
    }

private:
    static void fail(const QString &message, const std::source_location &where)
    {
        QTest::qFail(qPrintable(message), where.file_name(), int(where.line()));
    }

    std::unique_ptr<cmssim::SimCluster> m_cluster;
    std::unique_ptr<SimTestClient> m_client;
};

// The attributes of a parameterError reply.
inline QString parameterOf(const HttpResult &r)
{
    const XmlNode root = r.xml();
    return root.children.isEmpty() ? QString() : root.children.first().attribute(QStringLiteral("parameter"));
}

inline QString errorOf(const HttpResult &r)
{
    const XmlNode root = r.xml();
    return root.children.isEmpty() ? QString() : root.children.first().attribute(QStringLiteral("error"));
}

// Names of the items of a collection page, in order.
inline QStringList namesOf(const XmlNode &collection, const QString &field = QStringLiteral("name"))
{
    QStringList out;
    for (const XmlNode &item : collection.children)
        out.append(item.value(field));
    return out;
}

inline const QString kUnknownId = QStringLiteral("0badc0de-0000-4000-8000-000000000000");
