#pragma once

#include <QWizardPage>

class QLabel;
class QProgressBar;
class QTreeWidget;

namespace views {

class GuestHostWizard;

// The wizard's run page: applies the plan with progress, one row per step (one space) or per space
// (several). A failure says which step failed, why, and that everything done was undone, or, when an
// undo failed too, exactly what is left. Several spaces: one result each (done, nothing to change,
// refused and why, failed and undone). The page cannot be left while changes run (Cancel stops at
// the next step and undoes).
class GuestHostRunPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit GuestHostRunPage(GuestHostWizard *wizard);

    QTreeWidget *resultTree() const { return m_tree; }
    QLabel *statusLabel() const { return m_status; }
    QProgressBar *progressBar() const { return m_progress; }
    bool isFinished() const { return m_finished; }
    // Cancel was pressed while the changes run.
    void showStopping();

    void initializePage() override;
    bool isComplete() const override;

Q_SIGNALS:
    void runFinished();

private:
    void stepStarted(int index, int step, int total, const QString &description);
    void entryFinished(int index);
    void finishRun();
    QString resultText(int index) const;

    GuestHostWizard *m_wizard;
    QTreeWidget *m_tree;
    QProgressBar *m_progress;
    QLabel *m_status;
    bool m_finished = false;
};

} // namespace views
