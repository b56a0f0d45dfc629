#pragma once

#include <QCoreApplication>

class QLabel;
class QListWidget;
class QProgressBar;

namespace cms {
class Operation;
} // namespace cms

namespace views {

// Shows a running cms::Operation in a dialog's widgets: the step under way marked in the list of
// planned steps (`plan`, one row per step, in order) and said in `status` ("Step 2 of 5: …"), steps
// done in `progress`, and each step being undone after a failure. The dialog says the outcome.
class OperationProgress
{
    Q_DECLARE_TR_FUNCTIONS(OperationProgress)

public:
    static void follow(cms::Operation &operation, QListWidget &plan, QLabel &status, QProgressBar &progress);
    // Runs a planned operation: `progress` shown, empty, counting its steps.
    static void execute(cms::Operation &operation, QProgressBar &progress);
};

} // namespace views
