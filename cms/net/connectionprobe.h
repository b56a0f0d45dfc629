#pragma once

#include "api/cmserror.h"
#include "api/endpoint.h"
#include "api/systemstatus.h"

#include <QObject>
#include <QPointer>

namespace cms {

class CmsReply;
class Transport;

// "Test connection": one GET /system/status to one endpoint, on a transport of its own (nothing is
// shared with a running cluster). Ends with finished() exactly once per start(), also when cancelled.
// When the certificate is not trusted, the error is UntrustedCertificate (or CertificateChanged for a
// pinned endpoint) and carries the certificate the server showed, for the trust dialog.
class ConnectionProbe : public QObject
{
    Q_OBJECT
public:
    explicit ConnectionProbe(QObject *parent = nullptr);
    ~ConnectionProbe() override;

    void setTimeoutMs(int ms);
    void start(const Endpoint &endpoint);   // cancels a probe still running
    void cancel();
    bool isRunning() const { return m_reply != nullptr; }

Q_SIGNALS:
    // error.isOk(): the bridge answered and the credentials are right; status is what it said.
    void finished(const cms::CmsError &error, const cms::SystemStatus &status);

private:
    Transport *m_transport = nullptr;   // child
    QPointer<CmsReply> m_reply;
};

} // namespace cms
