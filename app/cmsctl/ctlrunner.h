#pragma once

#include "ctlinvocation.h"
#include "ctloutput.h"

#include "api/cmserror.h"
#include "api/endpoint.h"

#include <QList>
#include <QSslCertificate>
#include <QObject>
#include <QTextStream>

#include <memory>

namespace cms {
class ApiTrace;
class CmsReply;
class Connection;
class CredentialStore;
}

// Runs one cmsctl command asynchronously and reports its exit code: 0 done, 1 the server refused,
// 2 usage or invalid input, 3 connection, TLS or authentication.
class CtlRunner : public QObject
{
    Q_OBJECT
public:
    enum ExitCode { Done = 0, Refused = 1, Usage = 2, ConnectionProblem = 3 };

    CtlRunner(CtlInvocation invocation, cms::CredentialStore &credentials, QTextStream &out, QTextStream &err,
              QObject *parent = nullptr);
    ~CtlRunner() override;

    void start();
    static int exitCodeFor(const cms::CmsError &error);

Q_SIGNALS:
    void finished(int exitCode);

private:
    bool buildEndpoints();
    void readPasswords(int index);
    void run();
    void login();
    void status();
    void bridges();
    void list();
    void get();
    void create();
    void update();
    void remove();
    void usage();
    void live();
    void guestHost();
    void meeting();
    bool validate(const QString &typePath, bool creating, QString *apiPath);
    void printObject(cms::CmsReply *reply);
    void finish(int code);
    void fail(const cms::CmsError &error);

    CtlInvocation m_inv;
    cms::CredentialStore &m_credentials;
    QTextStream &m_err;
    CtlOutput m_output;
    QList<cms::Endpoint> m_endpoints;
    QList<QSslCertificate> m_caBundle;
    std::unique_ptr<cms::Connection> m_connection;
    std::unique_ptr<cms::ApiTrace> m_trace;
    bool m_finished = false;
};
