#pragma once

#include "ctlinvocation.h"
#include "ctloutput.h"

#include "api/cmserror.h"

#include <QObject>

namespace cms {
class Connection;
class GuestHostOperation;
struct OperationResult;
}

// cmsctl guesthost: apply one of the four guest/host patterns to a space (the plan printed first,
// run only with --yes) or check a space (its pattern, each problem and its fix). With --json one
// JSON object says it all.
class CtlGuestHost : public QObject
{
    Q_OBJECT
public:
    CtlGuestHost(const CtlInvocation &invocation, cms::Connection &connection, CtlOutput &output,
                 QObject *parent = nullptr);

    void run();

Q_SIGNALS:
    void finished(const cms::CmsError &error);
    // The command has already said what failed (a run undone): exit with this code.
    void finishedWithCode(int exitCode);

private:
    void apply();
    void check();
    void planned(cms::GuestHostOperation *operation);
    void applied(cms::GuestHostOperation *operation, const cms::OperationResult &result);
    void done(const cms::CmsError &error = {});

    const CtlInvocation &m_inv;
    cms::Connection &m_connection;
    CtlOutput &m_output;
    bool m_finished = false;
};
