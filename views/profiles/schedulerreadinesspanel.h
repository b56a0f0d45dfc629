#pragma once

#include "config/schedulerreadiness.h"
#include "operations/operation.h"

#include <QWidget>
#include <QPointer>

class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QTreeWidget;

namespace cms {
class Connection;
class SchedulerReadinessCheck;
class SchedulerSetupOperation;
} // namespace cms

namespace views {

// The scheduler's API readiness (the first page of the SchedulerAssistant): says, requirement by
// requirement, whether the cluster has what the CMS 3.3+ scheduler needs
// (cms::SchedulerReadinessCheck) and why; when something is missing, shows in words what the
// console would create (the operation's plan) before anything changes, then runs it with progress
// and says what was done, or what was undone after a failure; the checklist is read again
// afterwards. Whoever holds it must not close while changes are under way (refuseClose()).
class SchedulerReadinessPanel : public QWidget
{
    Q_OBJECT
public:
    SchedulerReadinessPanel(cms::Connection &connection, int version, QWidget *parent = nullptr);
    ~SchedulerReadinessPanel() override;

    // Reads the cluster again (also done when the dialog is made).
    void check();
    // Runs the plan shown.
    void createMissing();

    QTreeWidget *checklist() const { return m_checklist; }
    QListWidget *planList() const { return m_plan; }
    QPushButton *createButton() const { return m_create; }
    QLabel *statusLabel() const { return m_status; }
    QLabel *resultLabel() const { return m_result; }
    const cms::SchedulerReadiness &readiness() const { return m_readiness; }

    bool isRunning() const { return m_running; }
    // True while the changes run, saying so in the status line: the window holding the panel stays
    // open, as closing would leave the cluster half changed with nobody to undo it.
    bool refuseClose();

Q_SIGNALS:
    void checked();        // the checklist shows what was read (or why it could not be read)
    void planShown();      // the plan of what is missing is shown
    void setupFinished(const cms::OperationResult &result);

private:
    void showReadiness();
    void planMissing();
    void showResult(const cms::OperationResult &result);
    void updateButtons();

    QPointer<cms::Connection> m_connection;
    int m_version;
    QLabel *m_intro;
    QTreeWidget *m_checklist;
    QLabel *m_status;
    QLabel *m_planLabel;
    QListWidget *m_plan;
    QProgressBar *m_progress;
    QLabel *m_result;
    QPushButton *m_recheck;
    QPushButton *m_create;
    QPointer<cms::SchedulerReadinessCheck> m_check;
    QPointer<cms::SchedulerSetupOperation> m_setup;
    cms::SchedulerReadiness m_readiness;
    bool m_running = false;
};

} // namespace views
