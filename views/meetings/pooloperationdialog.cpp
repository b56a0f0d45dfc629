#include "meetings/pooloperationdialog.h"

#include "cluster/clustersession.h"
#include "common/operationprogress.h"
#include "meetings/pooloperations.h"
#include "net/connection.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace views {

PoolOperationDialog::PoolOperationDialog(cms::ClusterSession &session, QWidget *parent)
    : QDialog(parent)
    , m_session(&session)
    , m_pages(new QStackedWidget(this))
    , m_planPage(new QWidget(this))
    , m_planIntro(new QLabel(m_planPage))
    , m_plan(new QListWidget(m_planPage))
    , m_stepStatus(new QLabel(m_planPage))
    , m_syncStatus(new QLabel(m_planPage))
    , m_progress(new QProgressBar(m_planPage))
    , m_result(new QLabel(m_planPage))
    , m_buttons(new QDialogButtonBox(this))
    , m_back(new QPushButton(this))
    , m_next(new QPushButton(this))
    , m_run(new QPushButton(this))
    , m_close(new QPushButton(this))
{
    m_plan->setObjectName(QStringLiteral("poolPlan"));
    m_stepStatus->setObjectName(QStringLiteral("poolStepStatus"));
    m_syncStatus->setObjectName(QStringLiteral("poolSyncStatus"));
    m_progress->setObjectName(QStringLiteral("poolProgress"));
    m_result->setObjectName(QStringLiteral("poolResult"));
    m_back->setObjectName(QStringLiteral("poolBack"));
    m_next->setObjectName(QStringLiteral("poolNext"));
    m_run->setObjectName(QStringLiteral("poolRun"));
    m_close->setObjectName(QStringLiteral("poolClose"));
    for (QLabel *label : {m_planIntro, m_stepStatus, m_syncStatus, m_result}) {
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    }
    m_planIntro->setBuddy(m_plan);
    m_plan->setWordWrap(true);
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_next->setDefault(true);
    // Room for a pattern's preview and a plan step on one line; wrapped sentences then stay short.
    setMinimumWidth(fontMetrics().averageCharWidth() * 80);

    auto *planLayout = new QVBoxLayout(m_planPage);
    planLayout->setContentsMargins(0, 0, 0, 0);
    planLayout->addWidget(m_planIntro);
    planLayout->addWidget(m_plan, 1);
    planLayout->addWidget(m_stepStatus);
    planLayout->addWidget(m_syncStatus);
    planLayout->addWidget(m_progress);
    planLayout->addWidget(m_result);
    m_pages->addWidget(m_planPage);

    m_buttons->addButton(m_back, QDialogButtonBox::ActionRole);
    m_buttons->addButton(m_next, QDialogButtonBox::ActionRole);
    m_buttons->addButton(m_run, QDialogButtonBox::ActionRole);
    m_buttons->addButton(m_close, QDialogButtonBox::RejectRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages, 1);
    layout->addWidget(m_buttons);

    connect(m_next, &QPushButton::clicked, this, &PoolOperationDialog::planOperation);
    connect(m_run, &QPushButton::clicked, this, &PoolOperationDialog::runOperation);
    connect(m_back, &QPushButton::clicked, this, &PoolOperationDialog::back);
    connect(m_close, &QPushButton::clicked, this, &PoolOperationDialog::reject);
    connect(&session, &QObject::destroyed, this, &QDialog::reject);
    PoolOperationDialog::retranslateUi();
    updateButtons();
}

PoolOperationDialog::~PoolOperationDialog() = default;

void PoolOperationDialog::setSetupPage(QWidget *page)
{
    m_pages->insertWidget(0, page);
    m_pages->setCurrentIndex(0);
    updateButtons();
}

void PoolOperationDialog::setReady(bool ready)
{
    m_ready = ready;
    updateButtons();
}

QString PoolOperationDialog::successText() const
{
    return tr("Done: every step was carried out and checked.");
}

void PoolOperationDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void PoolOperationDialog::retranslateUi()
{
    m_planIntro->setText(tr("The &steps, in order:"));
    m_plan->setAccessibleName(tr("Planned steps"));
    m_plan->setAccessibleDescription(tr("The API steps the operation carries out, in order; the step under way is the current one"));
    m_progress->setAccessibleName(tr("Steps done"));
    m_syncStatus->setAccessibleName(tr("Status of the bulk sync"));
    m_result->setAccessibleName(tr("Outcome"));
    m_back->setText(tr("< &Back"));
    m_next->setText(tr("&Next >"));
    m_run->setText(tr("&Run"));
    updateButtons();
}

void PoolOperationDialog::updateButtons()
{
    const bool onSetup = m_pages->currentWidget() != m_planPage;
    const bool running = m_operation && !m_operation->isFinished() && m_operation->state() != cms::Operation::State::Planned
                         && m_operation->state() != cms::Operation::State::Planning;
    const bool planned = m_operation && m_operation->state() == cms::Operation::State::Planned;
    const bool ended = m_operation && m_operation->isFinished();
    m_back->setVisible(!onSetup);
    m_back->setEnabled(!onSetup && (planned || (ended && m_operation->result().outcome == cms::OperationResult::Outcome::Refused)));
    m_next->setVisible(onSetup);
    m_next->setEnabled(onSetup && m_ready && m_session && m_session->connection());
    m_run->setVisible(!onSetup);
    m_run->setEnabled(planned);
    // Before the run the dialog can be left; during it, closing cancels (the steps done are undone).
    m_close->setText(ended && m_operation->result().outcome != cms::OperationResult::Outcome::Refused
                         ? tr("&Close")
                         : tr("Cancel"));
    m_close->setEnabled(!running || m_operation->state() == cms::Operation::State::Executing);
    if (onSetup)
        m_next->setDefault(true);
    else if (planned)
        m_run->setDefault(true);
    else
        m_close->setDefault(true);
}

void PoolOperationDialog::planOperation()
{
    if (!m_factory || !m_session || !m_session->connection())
        return;
    if (m_operation)
        m_operation->deleteLater();
    m_operation = m_factory(*m_session->connection(), this);
    m_plan->clear();
    m_stepStatus->clear();
    m_syncStatus->clear();
    m_result->clear();
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_pages->setCurrentWidget(m_planPage);
    m_stepStatus->setText(tr("Reading what the plan needs from the cluster…"));
    cms::PoolBulkOperation *operation = m_operation;
    OperationProgress::follow(*operation, *m_plan, *m_stepStatus, *m_progress);
    connect(operation, &cms::PoolBulkOperation::syncStatusChanged, m_syncStatus,
            [this](const QString &, const QString &sentence) { m_syncStatus->setText(sentence); });
    connect(operation, &cms::Operation::planned, this, [this, operation] {
        if (operation != m_operation)
            return;
        m_plan->addItems(operation->preview());
        for (int row = 0; row < m_plan->count(); ++row)   // a long step may be elided: whole in its tooltip
            m_plan->item(row)->setToolTip(m_plan->item(row)->text());
        m_progress->setRange(0, qMax(1, operation->stepCount()));
        m_stepStatus->setText(tr("Nothing has been changed yet: Run carries out these steps."));
        updateButtons();
        m_run->setFocus();
        Q_EMIT planShown();
    });
    connect(operation, &cms::Operation::finished, this, [this, operation](const cms::OperationResult &result) {
        if (operation != m_operation)
            return;
        showResult(result);
        updateButtons();
        if (result.outcome == cms::OperationResult::Outcome::Refused)
            Q_EMIT planShown();
        Q_EMIT operationFinished(result);
    });
    updateButtons();
    operation->plan();
}

void PoolOperationDialog::runOperation()
{
    if (!m_operation || m_operation->state() != cms::Operation::State::Planned)
        return;
    m_operation->execute();
    updateButtons();
    m_close->setFocus();
}

void PoolOperationDialog::back()
{
    if (m_operation && !m_operation->isFinished() && m_operation->state() != cms::Operation::State::Planned)
        return;
    if (m_operation)
        m_operation->deleteLater();
    m_operation = nullptr;
    m_pages->setCurrentIndex(0);
    updateButtons();
}

void PoolOperationDialog::reject()
{
    if (m_operation && m_operation->state() == cms::Operation::State::Executing) {
        // Stops at the next step and undoes what was done; the outcome is then said here.
        m_operation->cancel();
        m_stepStatus->setText(tr("Stopping after the step under way, then undoing what was done…"));
        return;
    }
    if (m_operation && m_operation->state() == cms::Operation::State::RollingBack)
        return;   // the undo runs to its end: the dialog says how it went
    QDialog::reject();
}

void PoolOperationDialog::showResult(const cms::OperationResult &result)
{
    using Outcome = cms::OperationResult::Outcome;
    QString text;
    switch (result.outcome) {
    case Outcome::Succeeded:
        text = successText();
        m_progress->setValue(m_progress->maximum());
        break;
    case Outcome::Refused:
        //: %1: why the operation cannot be carried out
        text = tr("Refused, nothing was changed: %1").arg(result.message);
        break;
    case Outcome::RolledBack:
        //: %1: step number, %2: what went wrong
        text = tr("Step %1 failed: %2\nEvery step done before it was undone: the cluster is as it was.")
                   .arg(result.failedStep + 1)
                   .arg(result.message);
        break;
    case Outcome::RollbackIncomplete:
        //: %1: step number, %2: what went wrong, %3: the undos that failed, one per line
        text = tr("Step %1 failed: %2\nThese steps could not be undone, and are left as they are:\n%3")
                   .arg(result.failedStep + 1)
                   .arg(result.message, result.undoProblems.join(QLatin1Char('\n')));
        break;
    case Outcome::Cancelled:
        text = result.undoProblems.isEmpty()
            //: %1: why the operation stopped
            ? tr("Stopped: %1").arg(result.message)
            //: %1: why the operation stopped, %2: what was left changed, one per line
            : tr("Stopped: %1\nLeft as they are:\n%2").arg(result.message, result.undoProblems.join(QLatin1Char('\n')));
        break;
    }
    m_stepStatus->clear();
    m_result->setText(text);
    m_result->setFocus();
}

} // namespace views
