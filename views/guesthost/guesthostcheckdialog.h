#pragma once

#include "config/guesthostcheck.h"
#include "operations/operation.h"

#include <QDialog>
#include <QPointer>

class QComboBox;
class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace cms {
class ConfigStepsOperation;
class Connection;
class GuestHostReader;
} // namespace cms

namespace views {

// "Why can't my guests get in?" (issue 14, item 3): reads one space's chain (its call leg and call
// profiles, access methods and members: cms::GuestHostReader, asynchronously), says which of the four
// guest/host patterns it follows, or that it follows none and why, and lists each problem
// cms::GuestHostCheck finds in words with what its fix does. Fix… shows the chosen problem's steps
// with their exact parameters (PINs masked) before anything changes; Run Fix runs them as a
// cms::ConfigStepsOperation with progress, undone in reverse order if a step fails; the space is
// then read and checked again. One problem is fixed at a time, never all at once: each fix is planned
// from what the cluster holds when the check read it (the values a change puts back, the profile it
// reuses), so a second fix planned before the first ran could undo or duplicate what the first did.
// The dialog cannot be closed while a fix runs.
class GuestHostCheckDialog : public QDialog
{
    Q_OBJECT
public:
    GuestHostCheckDialog(cms::Connection &connection, QString spaceId, QWidget *parent = nullptr);
    ~GuestHostCheckDialog() override;

    // Reads the space again and shows what the check finds (also done when the dialog is made).
    void check();
    // Shows the steps of the selected problem's fix; nothing is changed yet.
    void showFix();
    // Runs the fix shown.
    void runFix();

    QTableWidget *problemsView() const { return m_problems; }
    QLabel *patternLabel() const { return m_pattern; }
    // The pattern the space is meant to follow: "the one it follows", or one of the four.
    QComboBox *intendedChoice() const { return m_intended; }
    QLabel *statusLabel() const { return m_status; }
    QListWidget *planList() const { return m_plan; }
    QLabel *resultLabel() const { return m_result; }
    QPushButton *fixButton() const { return m_fix; }
    QPushButton *runButton() const { return m_run; }
    const cms::GuestHostDiagnosis &diagnosis() const { return m_diagnosis; }

    void reject() override;

protected:
    void resizeEvent(QResizeEvent *event) override;

Q_SIGNALS:
    void checked();    // what the check found is shown (or why the space could not be read)
    void planShown();  // the steps of a fix are shown
    void fixFinished(const cms::OperationResult &result);

private:
    void showDiagnosis();
    void hidePlan();
    void showResult(const cms::OperationResult &result);
    void updateButtons();
    void fitColumns();
    int selectedRow() const;
    std::optional<cms::GuestHostSettings::Pattern> intendedPattern() const;
    const cms::GuestHostProblem *selectedProblem() const;

    QPointer<cms::Connection> m_connection;
    QString m_spaceId;
    QString m_spaceName;
    QLabel *m_intro;
    QLabel *m_pattern;
    QComboBox *m_intended;
    QTableWidget *m_problems;
    QLabel *m_status;
    QLabel *m_planLabel;
    QListWidget *m_plan;
    QProgressBar *m_progress;
    QLabel *m_result;
    QPushButton *m_fix;
    QPushButton *m_run;
    QPushButton *m_recheck;
    QPushButton *m_close;
    QPointer<cms::GuestHostReader> m_reader;
    QPointer<cms::ConfigStepsOperation> m_operation;
    cms::GuestHostDiagnosis m_diagnosis;
    int m_planned = -1;   // the problem whose fix is shown
    bool m_running = false;
};

} // namespace views
