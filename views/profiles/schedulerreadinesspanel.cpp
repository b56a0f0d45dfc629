#include "profiles/schedulerreadinesspanel.h"

#include "common/operationprogress.h"
#include "net/connection.h"
#include "operations/schedulersetup.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace views {

namespace {

enum Column { Requirement, Status, Reason };

// Lets go of a check or an operation that may be emitting right now (a check run again from the
// operation's finished signal): silenced at once, deleted once control is back in the event loop.
template<typename T>
void discard(QPointer<T> &object)
{
    if (!object)
        return;
    object->disconnect();
    object->deleteLater();
    object = nullptr;
}

} // namespace

SchedulerReadinessPanel::SchedulerReadinessPanel(cms::Connection &connection, int version, QWidget *parent)
    : QWidget(parent)
    , m_connection(&connection)
    , m_version(version)
    , m_intro(new QLabel(this))
    , m_checklist(new QTreeWidget(this))
    , m_status(new QLabel(this))
    , m_planLabel(new QLabel(this))
    , m_plan(new QListWidget(this))
    , m_progress(new QProgressBar(this))
    , m_result(new QLabel(this))
    , m_recheck(new QPushButton(this))
    , m_create(new QPushButton(this))
{
    setObjectName(QStringLiteral("schedulerReadinessPanel"));
    m_intro->setWordWrap(true);
    m_intro->setText(tr("A meeting booked in the web app (CMS scheduler, 3.3 and later) takes its space from a space "
                        "template: guests join through one access method template and wait in the lobby, hosts "
                        "through another and start the meeting."));
    m_checklist->setObjectName(QStringLiteral("schedulerChecklist"));
    m_checklist->setColumnCount(3);
    m_checklist->setHeaderLabels({tr("Requirement"), tr("Status"), tr("Why")});
    m_checklist->setRootIsDecorated(false);
    m_checklist->setWordWrap(true);
    m_checklist->setAccessibleName(tr("What the scheduler needs"));
    m_checklist->setAccessibleDescription(tr("One row per requirement: whether the cluster meets it, and why"));
    m_checklist->header()->setStretchLastSection(true);
    m_status->setObjectName(QStringLiteral("schedulerStatus"));
    m_status->setWordWrap(true);
    m_planLabel->setText(tr("&Nothing has been changed yet. To make the cluster ready, the console would:"));
    m_planLabel->setWordWrap(true);
    m_planLabel->setBuddy(m_plan);
    m_plan->setObjectName(QStringLiteral("schedulerPlan"));
    m_plan->setWordWrap(true);
    m_plan->setAccessibleName(tr("Planned changes"));
    m_plan->setAccessibleDescription(tr("The API steps that would create what is missing, in order; nothing is sent until you choose Create"));
    m_progress->setObjectName(QStringLiteral("schedulerProgress"));
    m_progress->setAccessibleName(tr("Progress of the changes"));
    m_result->setObjectName(QStringLiteral("schedulerResult"));
    m_result->setWordWrap(true);
    m_result->setAccessibleName(tr("Outcome of the changes"));
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_recheck->setObjectName(QStringLiteral("schedulerRecheck"));
    m_recheck->setText(tr("Check &Again"));
    m_create->setObjectName(QStringLiteral("schedulerCreate"));
    m_create->setText(tr("&Create What Is Missing"));

    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_create, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_recheck, QDialogButtonBox::ActionRole);
    connect(m_create, &QPushButton::clicked, this, &SchedulerReadinessPanel::createMissing);
    connect(m_recheck, &QPushButton::clicked, this, &SchedulerReadinessPanel::check);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_checklist, 2);
    layout->addWidget(m_status);
    layout->addWidget(m_planLabel);
    layout->addWidget(m_plan, 1);
    layout->addWidget(m_progress);
    layout->addWidget(m_result);
    layout->addWidget(buttons);

    m_planLabel->hide();
    m_plan->hide();
    m_progress->hide();
    check();
}

SchedulerReadinessPanel::~SchedulerReadinessPanel() = default;

bool SchedulerReadinessPanel::refuseClose()
{
    if (m_running)
        m_status->setText(tr("Wait until the changes end: the dialog closes once nothing is half done."));
    return m_running;
}

void SchedulerReadinessPanel::check()
{
    if (m_running || !m_connection)
        return;
    discard(m_check);
    discard(m_setup);
    m_plan->clear();
    m_planLabel->hide();
    m_plan->hide();
    m_status->setText(tr("Reading the cluster's call leg profiles and space templates…"));
    m_check = new cms::SchedulerReadinessCheck(*m_connection, m_version, this);
    connect(m_check, &cms::SchedulerReadinessCheck::finished, this, [this, check = m_check.data()] {
        check->deleteLater();
        if (!check->error().isOk()) {
            m_readiness = {};
            m_checklist->clear();
            m_status->setText(tr("The cluster could not be read: %1").arg(check->error().message()));
        } else {
            m_readiness = check->readiness();
            showReadiness();
        }
        updateButtons();
        Q_EMIT checked();
        if (check->error().isOk() && !m_readiness.isReady() && m_readiness.isMet(cms::SchedulerReadiness::Requirement::Version))
            planMissing();
    });
    updateButtons();
    m_check->start();
}

void SchedulerReadinessPanel::showReadiness()
{
    m_checklist->clear();
    const QIcon metIcon = style()->standardIcon(QStyle::SP_DialogApplyButton);
    const QIcon missingIcon = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    int missing = 0;
    for (const cms::SchedulerReadiness::Item &item : m_readiness.items) {
        auto *row = new QTreeWidgetItem(m_checklist);
        row->setText(Requirement, cms::SchedulerReadiness::title(item.requirement));
        row->setText(Status, item.met ? tr("Met") : tr("Missing"));
        row->setIcon(Status, item.met ? metIcon : missingIcon);
        row->setText(Reason, item.reason);
        row->setToolTip(Reason, item.reason);
        row->setData(Requirement, Qt::UserRole, int(item.requirement));
        missing += !item.met;
    }
    m_checklist->resizeColumnToContents(Requirement);
    m_checklist->resizeColumnToContents(Status);
    if (missing == 0)
        m_status->setText(tr("The cluster is ready for the scheduler."));
    else if (!m_readiness.isMet(cms::SchedulerReadiness::Requirement::Version))
        m_status->setText(tr("The cluster must run CMS 3.3 or later before the rest matters."));
    else
        m_status->setText(tr("%n requirement(s) not met.", nullptr, missing));
}

void SchedulerReadinessPanel::planMissing()
{
    if (!m_connection)
        return;
    discard(m_setup);
    m_setup = new cms::SchedulerSetupOperation(*m_connection, m_version, this);
    connect(m_setup, &cms::Operation::planned, this, [this] {
        m_plan->clear();
        const QStringList steps = m_setup->preview();
        for (int i = 0; i < steps.size(); ++i)
            m_plan->addItem(tr("%1. %2").arg(i + 1).arg(steps.at(i)));
        m_planLabel->show();
        m_plan->show();
        updateButtons();
        Q_EMIT planShown();
    });
    OperationProgress::follow(*m_setup, *m_plan, *m_result, *m_progress);
    connect(m_setup, &cms::Operation::finished, this, &SchedulerReadinessPanel::showResult);
    m_setup->plan();
}

void SchedulerReadinessPanel::createMissing()
{
    if (!m_setup || m_setup->state() != cms::Operation::State::Planned || m_running)
        return;
    m_running = true;
    m_result->clear();
    updateButtons();
    OperationProgress::execute(*m_setup, *m_progress);
}

void SchedulerReadinessPanel::showResult(const cms::OperationResult &result)
{
    using Outcome = cms::OperationResult::Outcome;
    const bool ran = m_running;
    m_running = false;
    const int steps = m_setup ? m_setup->stepCount() : 0;
    QString text;
    switch (result.outcome) {
    case Outcome::Succeeded:
        text = tr("Done: %n object(s) created. The checklist below is read again.", nullptr, steps);
        break;
    case Outcome::Refused:
        text = tr("Nothing was changed: %1").arg(result.message);
        break;
    case Outcome::RolledBack:
        text = tr("Step %1 failed: %2. The steps before it were undone: the cluster is as it was.")
                   .arg(result.failedStep + 1).arg(result.message);
        break;
    case Outcome::RollbackIncomplete:
    case Outcome::Cancelled:
        text = tr("Step %1 failed: %2. Some changes could not be undone:\n%3")
                   .arg(result.failedStep + 1).arg(result.message, result.undoProblems.join(QLatin1Char('\n')));
        break;
    }
    m_result->setText(text);
    updateButtons();
    Q_EMIT setupFinished(result);
    if (ran)
        check();   // what the cluster holds now; the result above stays
}

void SchedulerReadinessPanel::updateButtons()
{
    const bool checking = m_check && !m_check->isFinished();
    const bool planned = m_setup && m_setup->state() == cms::Operation::State::Planned;
    m_create->setEnabled(planned && !m_running && m_connection);
    m_create->setDefault(m_create->isEnabled());
    m_recheck->setEnabled(!checking && !m_running && m_connection);
}

} // namespace views
