#pragma once

#include "api/cmserror.h"
#include "api/endpoint.h"
#include "api/systemstatus.h"

#include <QObject>

namespace cms {

class ConnectionProbe;

// Checks one call bridge before it is saved in a cluster (the cluster dialog's "Test connection", an
// alternate added in the failover settings): probe → trust → pin.
// - It probes the endpoint (GET /system/status with its credentials, on a transport of its own).
// - A certificate the system does not trust, on an endpoint with no pin, is not decided here: the check
//   asks with trustRequested() and waits for trust() or refuse(). Trusting pins that certificate's
//   SHA-256 for this one endpoint (pinned()) and probes again; refusing ends the check, nothing pinned.
// - A pinned endpoint that shows another certificate is refused (CertificateChanged): never asked.
// Nothing is stored here: the pin lives in endpoint() until whoever saves the cluster keeps it.
// Ends with finished() exactly once per start(), also when cancelled or restarted.
class BridgeCheck : public QObject
{
    Q_OBJECT
public:
    enum class Outcome {
        Connected,            // the bridge answered and took the credentials; status says what it is
        Failed,               // down, wrong credentials, timeout…: error says which
        NotTrusted,           // its certificate is not trusted: the answer was refuse(), or none was shown
        CertificateChanged,   // pinned, and it showed another certificate (error.certificate)
        Cancelled,
    };
    Q_ENUM(Outcome)

    explicit BridgeCheck(QObject *parent = nullptr);

    void setTimeoutMs(int ms);
    // Checks endpoint, with its pin when it has one; a check still running first ends Cancelled.
    void start(const Endpoint &endpoint);
    // Ends the running check, also one waiting for an answer to trustRequested(), with Cancelled.
    void cancel();
    bool isRunning() const { return m_state != State::Idle; }
    bool isWaitingForTrust() const { return m_state == State::WaitingForTrust; }

    // The answers to trustRequested(); ignored when no question is open.
    void trust();
    void refuse();

    // The endpoint being (or last) checked, with the pin trusted during the check.
    const Endpoint &endpoint() const { return m_endpoint; }

Q_SIGNALS:
    // The bridge showed a certificate the system does not trust (error.certificate): answer with
    // trust() or refuse(). The check waits as long as it takes.
    void trustRequested(const cms::CmsError &error);
    // trust() pinned this SHA-256 (lower-case hex) for endpoint(); the check now probes again with it.
    void pinned(const QByteArray &sha256);
    // status is valid for Connected only.
    void finished(cms::BridgeCheck::Outcome outcome, const cms::CmsError &error, const cms::SystemStatus &status);

private:
    enum class State { Idle, Probing, WaitingForTrust };

    void onProbeFinished(const CmsError &error, const SystemStatus &status);
    void finish(Outcome outcome, const CmsError &error, const SystemStatus &status = {});

    ConnectionProbe *m_probe = nullptr;   // child
    State m_state = State::Idle;
    Endpoint m_endpoint;
    CmsError m_untrusted;   // WaitingForTrust: what the bridge showed
};

} // namespace cms
