#pragma once

#include "meetings/pooloperations.h"
#include "operations/operation.h"

#include <QDialog>
#include <QPointer>

#include <functional>

class QDialogButtonBox;
class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QStackedWidget;

namespace cms {
class ClusterSession;
class Connection;
class PoolBulkOperation;
} // namespace cms

namespace views {

// Work on a placeholder pool in three stages, never blocking the window: the page where it is set up
// (the subclass's), then the plan (the operation's steps, or why it is refused), then the run, with
// the step under way, the bulk sync's status said in words and the outcome in words (done, or which
// step failed and whether every earlier step was undone). Closing the dialog while the operation runs
// cancels it: it stops at the next step and undoes what it did.
class PoolOperationDialog : public QDialog
{
    Q_OBJECT
public:
    using Factory = std::function<cms::PoolBulkOperation *(cms::Connection &connection, QObject *parent)>;

    explicit PoolOperationDialog(cms::ClusterSession &session, QWidget *parent = nullptr);
    ~PoolOperationDialog() override;

    QPushButton *nextButton() const { return m_next; }
    QPushButton *runButton() const { return m_run; }
    QPushButton *backButton() const { return m_back; }
    QListWidget *planView() const { return m_plan; }
    QLabel *syncStatusLabel() const { return m_syncStatus; }
    QLabel *resultLabel() const { return m_result; }
    cms::PoolBulkOperation *operation() const { return m_operation; }

Q_SIGNALS:
    // The plan is shown (or the refusal said): the Run button is enabled when there is a plan.
    void planShown();
    // The operation ended (refused, done, rolled back…); the pane then reads the pools again.
    void operationFinished(const cms::OperationResult &result);

public Q_SLOTS:
    void reject() override;

protected:
    // The first page; Next stays off until setReady(true).
    void setSetupPage(QWidget *page);
    void setReady(bool ready);
    // Makes the operation once Next is pressed (again after Back).
    void setFactory(Factory factory) { m_factory = std::move(factory); }
    // What success means, in a sentence of the subclass ("The pool … was created").
    virtual QString successText() const;
    virtual void retranslateUi();
    void changeEvent(QEvent *event) override;

private:
    void planOperation();
    void runOperation();
    void back();
    void showResult(const cms::OperationResult &result);
    void updateButtons();

    QPointer<cms::ClusterSession> m_session;
    Factory m_factory;
    QStackedWidget *m_pages;
    QWidget *m_planPage;
    QLabel *m_planIntro;
    QListWidget *m_plan;
    QLabel *m_stepStatus;
    QLabel *m_syncStatus;
    QProgressBar *m_progress;
    QLabel *m_result;
    QDialogButtonBox *m_buttons;
    QPushButton *m_back;
    QPushButton *m_next;
    QPushButton *m_run;
    QPushButton *m_close;
    QPointer<cms::PoolBulkOperation> m_operation;
    bool m_ready = false;
};

} // namespace views
