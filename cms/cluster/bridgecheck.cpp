#include "cluster/bridgecheck.h"

#include "api/cmsreply.h"   // connectionprobe.h's inline isRunning() needs the complete type
#include "net/connectionprobe.h"
#include "net/transport.h"

namespace cms {

BridgeCheck::BridgeCheck(QObject *parent)
    : QObject(parent)
    , m_probe(new ConnectionProbe(this))
{
    connect(m_probe, &ConnectionProbe::finished, this, &BridgeCheck::onProbeFinished);
}

void BridgeCheck::setTimeoutMs(int ms)
{
    m_probe->setTimeoutMs(ms);
}

void BridgeCheck::start(const Endpoint &endpoint)
{
    cancel();
    m_endpoint = endpoint;
    m_state = State::Probing;
    m_probe->start(m_endpoint);
}

void BridgeCheck::cancel()
{
    if (m_state == State::Idle)
        return;
    m_state = State::Idle;   // the probe's own Cancelled, which follows at once, is not reported again
    m_probe->cancel();
    finish(Outcome::Cancelled, CmsError(CmsError::Kind::Cancelled));
}

void BridgeCheck::onProbeFinished(const CmsError &error, const SystemStatus &status)
{
    if (m_state != State::Probing)
        return;
    using Kind = CmsError::Kind;
    if (error.isOk()) {
        finish(Outcome::Connected, error, status);
    } else if (error.kind == Kind::Cancelled) {
        finish(Outcome::Cancelled, error);
    } else if (error.kind == Kind::CertificateChanged
               || (error.kind == Kind::UntrustedCertificate && !m_endpoint.pinnedSha256.isEmpty())) {
        // Only the certificate pinned is ever accepted from a pinned bridge: nobody is asked.
        finish(Outcome::CertificateChanged, error);
    } else if (error.kind == Kind::UntrustedCertificate) {
        if (error.certificate.isNull()) {
            finish(Outcome::NotTrusted, error);   // nothing was shown that could be pinned
            return;
        }
        m_state = State::WaitingForTrust;
        m_untrusted = error;
        Q_EMIT trustRequested(error);
    } else {
        finish(Outcome::Failed, error);
    }
}

void BridgeCheck::trust()
{
    if (m_state != State::WaitingForTrust)
        return;
    // The certificate the bridge showed, and only it, for this endpoint only.
    m_endpoint.pinnedSha256 = Transport::sha256Hex(m_untrusted.certificate);
    m_untrusted = {};
    m_state = State::Probing;
    m_probe->start(m_endpoint);   // answers later: whoever hears pinned() may still cancel or restart
    Q_EMIT pinned(m_endpoint.pinnedSha256);
}

void BridgeCheck::refuse()
{
    if (m_state != State::WaitingForTrust)
        return;
    finish(Outcome::NotTrusted, m_untrusted);
}

void BridgeCheck::finish(Outcome outcome, const CmsError &error, const SystemStatus &status)
{
    // Idle before telling anyone: a listener may start the next check at once.
    m_state = State::Idle;
    const CmsError reported = error;   // error may be m_untrusted, cleared next
    m_untrusted = {};
    Q_EMIT finished(outcome, reported, status);
}

} // namespace cms
