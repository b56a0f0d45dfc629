#pragma once

#include "ctlinvocation.h"
#include "ctloutput.h"

#include "api/cmserror.h"

#include <QObject>

namespace cms {
class Connection;
class Operation;
struct OperationResult;
}

// cmsctl meeting: placeholder pools (create, grow, remove, list) and meetings (start, extend, end),
// the same operations as the console's. Changes print their plan first and run only with --yes;
// with --json one JSON object per result says it all, for scripts and schedulers (cron, systemd
// timers, the Windows Task Scheduler).
class CtlMeeting : public QObject
{
    Q_OBJECT
public:
    CtlMeeting(const CtlInvocation &invocation, cms::Connection &connection, CtlOutput &output, QObject *parent = nullptr);

    void run();

Q_SIGNALS:
    void finished(const cms::CmsError &error);
    // The command has already said what failed (a run undone): exit with this code.
    void finishedWithCode(int exitCode);

private:
    void listPools();
    void listPlaceholders();
    // Plans `operation`, prints the plan, and runs it with --yes.
    void carryOut(cms::Operation *operation, const QJsonObject &what);
    void ended(cms::Operation *operation, const cms::OperationResult &result, const QJsonObject &what);
    void done(const cms::CmsError &error = {});

    const CtlInvocation &m_inv;
    cms::Connection &m_connection;
    CtlOutput &m_output;
    bool m_finished = false;
};
