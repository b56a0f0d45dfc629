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

// The cmsctl commands about live calls: calls, participants, move, dial, end, mute, watch. Live objects
// belong to one call bridge each, so these ask every bridge (calls, participants --all) or the one
// hosting a call.
class CtlLiveCommands : public QObject
{
    Q_OBJECT
public:
    CtlLiveCommands(const CtlInvocation &invocation, cms::Connection &connection, CtlOutput &output,
                    QObject *parent = nullptr);

    void run();

Q_SIGNALS:
    // 0 done; otherwise the error that ended the command (the runner turns it into an exit code).
    void finished(const cms::CmsError &error);
    // The command has already said what failed (a move of several participants): exit with this code.
    void finishedWithFailures(int exitCode);

private:
    void calls();
    void participants();
    void allParticipants();
    void move();
    void watch();
    void runOperation(cms::Operation *operation);
    void report(const cms::OperationResult &result);
    void done(const cms::CmsError &error = {});

    const CtlInvocation &m_inv;
    cms::Connection &m_connection;
    CtlOutput &m_output;
    bool m_finished = false;
};
