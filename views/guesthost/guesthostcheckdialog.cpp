#include "guesthost/guesthostcheckdialog.h"

#include "guesthost/guesthostcheckdelegate.h"

#include "common/displayformat.h"
#include "common/operationprogress.h"
#include "config/guesthoststate.h"
#include "net/connection.h"
#include "operations/configstepsoperation.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace views {

namespace {

enum Column { ProblemColumn, FixColumn };

// Lets go of a reader or an operation that may be emitting right now (a check started from the
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

GuestHostCheckDialog::GuestHostCheckDialog(cms::Connection &connection, QString spaceId, QWidget *parent)
    : QDialog(parent)
    , m_connection(&connection)
    , m_spaceId(std::move(spaceId))
    , m_intro(new QLabel(this))
    , m_pattern(new QLabel(this))
    , m_intended(new QComboBox(this))
    , m_problems(new QTableWidget(this))
    , m_status(new QLabel(this))
    , m_planLabel(new QLabel(this))
    , m_plan(new QListWidget(this))
    , m_progress(new QProgressBar(this))
    , m_result(new QLabel(this))
    , m_fix(new QPushButton(this))
    , m_run(new QPushButton(this))
    , m_recheck(new QPushButton(this))
    , m_close(new QPushButton(this))
{
    setObjectName(QStringLiteral("guestHostCheckDialog"));
    setWindowTitle(tr("Why Can't My Guests Get In?"));
    m_intro->setObjectName(QStringLiteral("guestHostCheckIntro"));
    m_intro->setWordWrap(true);
    m_pattern->setObjectName(QStringLiteral("guestHostCheckPattern"));
    m_pattern->setWordWrap(true);
    m_pattern->setAccessibleName(tr("Pattern the space follows"));
    m_pattern->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_intended->setObjectName(QStringLiteral("guestHostIntendedPattern"));
    //: The first choice of "Meant to follow": no pattern is said, the check takes the one the space follows
    m_intended->addItem(tr("The pattern it follows"), 0);
    for (int pattern = 1; pattern <= 4; ++pattern) {
        //: %1: number of a guest/host pattern, %2: its name
        m_intended->addItem(tr("%1. %2").arg(pattern).arg(cms::GuestHostInputs::patternName(cms::GuestHostSettings::Pattern(pattern))),
                            pattern);
    }
    m_intended->setAccessibleDescription(tr("The guest/host pattern the space is meant to follow: the check then applies "
                                            "that pattern's rules and says when the space follows another"));
    auto *intendedLabel = new QLabel(tr("&Meant to follow:"), this);
    intendedLabel->setBuddy(m_intended);
    connect(m_intended, &QComboBox::currentIndexChanged, this, &GuestHostCheckDialog::check);
    m_problems->setObjectName(QStringLiteral("guestHostProblems"));
    m_problems->setColumnCount(2);
    m_problems->setHorizontalHeaderLabels({tr("Problem"), tr("Fix")});
    m_problems->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_problems->setSelectionMode(QAbstractItemView::SingleSelection);
    m_problems->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_problems->setWordWrap(true);
    m_problems->setItemDelegate(new GuestHostCheckDelegate(m_problems));
    m_problems->setAlternatingRowColors(true);
    m_problems->setTabKeyNavigation(false);   // Tab leaves the list for the buttons
    m_problems->verticalHeader()->hide();
    // Each sentence whole, on as many lines as it takes at the width the columns have.
    m_problems->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_problems->horizontalHeader()->setStretchLastSection(true);
    m_problems->setAccessibleName(tr("Problems found"));
    m_problems->setAccessibleDescription(tr("One row per problem: what keeps guests or hosts out, and what its fix does. "
                                             "Press Enter on a row to see its fix."));
    m_status->setObjectName(QStringLiteral("guestHostCheckStatus"));
    m_status->setWordWrap(true);
    m_status->setAccessibleName(tr("Outcome of the check"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_planLabel->setObjectName(QStringLiteral("guestHostFixLabel"));
    m_planLabel->setWordWrap(true);
    m_planLabel->setBuddy(m_plan);
    m_plan->setObjectName(QStringLiteral("guestHostFixPlan"));
    m_plan->setWordWrap(true);
    m_plan->setResizeMode(QListView::Adjust);
    m_plan->setAccessibleName(tr("Steps of the fix"));
    m_plan->setAccessibleDescription(tr("The API steps the fix sends, in order, with their exact values (PINs masked); "
                                        "nothing is sent until you choose Run Fix"));
    m_progress->setObjectName(QStringLiteral("guestHostFixProgress"));
    m_progress->setAccessibleName(tr("Progress of the fix"));
    m_result->setObjectName(QStringLiteral("guestHostFixResult"));
    m_result->setWordWrap(true);
    m_result->setAccessibleName(tr("Outcome of the fix"));
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_fix->setObjectName(QStringLiteral("guestHostFix"));
    m_fix->setText(tr("&Fix…"));
    m_fix->setToolTip(tr("Show what the fix of the selected problem would change, before anything is changed"));
    m_run->setObjectName(QStringLiteral("guestHostRunFix"));
    m_run->setText(tr("&Run Fix"));
    m_recheck->setObjectName(QStringLiteral("guestHostRecheck"));
    m_recheck->setText(tr("Check &Again"));
    m_close->setText(tr("C&lose"));

    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_fix, QDialogButtonBox::ActionRole);
    buttons->addButton(m_run, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_recheck, QDialogButtonBox::ActionRole);
    buttons->addButton(m_close, QDialogButtonBox::RejectRole);
    connect(m_fix, &QPushButton::clicked, this, &GuestHostCheckDialog::showFix);
    connect(m_run, &QPushButton::clicked, this, &GuestHostCheckDialog::runFix);
    connect(m_recheck, &QPushButton::clicked, this, &GuestHostCheckDialog::check);
    connect(m_close, &QPushButton::clicked, this, &GuestHostCheckDialog::reject);
    connect(m_problems, &QTableWidget::itemActivated, this, &GuestHostCheckDialog::showFix);
    // The steps shown are those of one problem: choosing another hides them until Fix… is chosen again.
    connect(m_problems, &QTableWidget::currentCellChanged, this, [this] {
        if (!m_running && m_planned != selectedRow())
            hidePlan();
        updateButtons();
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_pattern);
    auto *intendedRow = new QHBoxLayout;
    intendedRow->addWidget(intendedLabel);
    intendedRow->addWidget(m_intended, 1);
    layout->addLayout(intendedRow);
    layout->addWidget(m_problems, 2);
    layout->addWidget(m_status);
    layout->addWidget(m_planLabel);
    layout->addWidget(m_plan, 1);
    layout->addWidget(m_progress);
    layout->addWidget(m_result);
    layout->addWidget(buttons);
    resize(fontMetrics().averageCharWidth() * 120, fontMetrics().height() * 36);

    m_planLabel->hide();
    m_plan->hide();
    m_progress->hide();
    m_run->hide();
    check();
}

GuestHostCheckDialog::~GuestHostCheckDialog() = default;

std::optional<cms::GuestHostSettings::Pattern> GuestHostCheckDialog::intendedPattern() const
{
    const int pattern = m_intended->currentData().toInt();
    if (pattern == 0)
        return std::nullopt;
    return cms::GuestHostSettings::Pattern(pattern);
}

void GuestHostCheckDialog::reject()
{
    // Closing now would leave the space half changed, with nobody to undo it.
    if (m_running) {
        m_status->setText(tr("Wait until the fix ends: the dialog closes once nothing is half done."));
        return;
    }
    QDialog::reject();
}

void GuestHostCheckDialog::check()
{
    if (m_running || !m_connection)
        return;
    discard(m_reader);
    discard(m_operation);
    hidePlan();
    m_intro->setText(m_spaceName.isEmpty()
                         ? tr("Reading the space's call leg and call profiles, access methods and members…")
                         : tr("How the space «%1» lets guests and hosts in, read from its call leg and call profiles, its access "
                        "methods and its members.").arg(models::DisplayFormat::isolated(m_spaceName)));
    m_status->setText(tr("Checking…"));
    m_reader = new cms::GuestHostReader(*m_connection, this);
    connect(m_reader, &cms::GuestHostReader::finished, this, [this, reader = m_reader.data()] {
        reader->deleteLater();
        if (!reader->error().isOk()) {
            m_diagnosis = {};
            m_problems->setRowCount(0);
            m_pattern->clear();
            m_status->setText(tr("The space could not be read: %1").arg(reader->error().message()));
        } else {
            m_spaceName = reader->state().space.value(QStringLiteral("name"));
            if (m_spaceName.isEmpty())
                m_spaceName = m_spaceId;
            m_diagnosis = cms::GuestHostCheck::diagnose(reader->state(), intendedPattern());
            showDiagnosis();
        }
        updateButtons();
        Q_EMIT checked();
    });
    updateButtons();
    m_reader->read(m_spaceId);
}

void GuestHostCheckDialog::showDiagnosis()
{
    const QString name = models::DisplayFormat::isolated(m_spaceName);
    m_intro->setText(tr("How the space «%1» lets guests and hosts in, read from its call leg and call profiles, its access "
                        "methods and its members.").arg(name));
    if (m_diagnosis.pattern) {
        //: %1: the name of one of the four guest/host patterns
        m_pattern->setText(models::DisplayFormat::inLayoutDirection(
            tr("Pattern: %1.").arg(cms::GuestHostInputs::patternName(*m_diagnosis.pattern))));
    } else {
        m_pattern->setText(models::DisplayFormat::inLayoutDirection(
            tr("Pattern: none of the four. Nothing tells hosts from guests: the space has no access method, no owner "
               "and no member with a host call leg profile.")));
    }

    m_problems->clearContents();
    m_problems->setRowCount(int(m_diagnosis.problems.size()));
    for (int row = 0; row < m_diagnosis.problems.size(); ++row) {
        const cms::GuestHostProblem &problem = m_diagnosis.problems.at(row);
        auto *message = new QTableWidgetItem(problem.message);
        message->setToolTip(problem.message);
        message->setData(Qt::UserRole, cms::GuestHostCheck::kindKey(problem.kind));
        m_problems->setItem(row, ProblemColumn, message);
        //: A problem the console cannot fix alone; %1: what to do
        const QString fix = problem.fix.isEmpty() ? tr("By hand: %1").arg(problem.fixSummary) : problem.fixSummary;
        auto *fixItem = new QTableWidgetItem(fix);
        fixItem->setToolTip(fix);
        m_problems->setItem(row, FixColumn, fixItem);
    }
    if (m_problems->rowCount() > 0)
        m_problems->setCurrentCell(0, ProblemColumn);
    fitColumns();
    m_problems->setVisible(!m_diagnosis.isFine());

    if (m_diagnosis.isFine()) {
        m_status->setText(tr("No problem found: guests wait in the lobby until a host joins, and hosts have a way in "
                             "of their own."));
    } else {
        m_status->setText(tr("%n problem(s) found. Choose one and Fix… to see what its fix would change; one fix runs "
                             "at a time, and the space is checked again after each.", nullptr,
                             int(m_diagnosis.problems.size())));
    }
}

int GuestHostCheckDialog::selectedRow() const
{
    return m_problems->currentRow();
}

const cms::GuestHostProblem *GuestHostCheckDialog::selectedProblem() const
{
    const int row = selectedRow();
    return row >= 0 && row < m_diagnosis.problems.size() ? &m_diagnosis.problems.at(row) : nullptr;
}

// The problem gets three fifths of the width, its fix the rest; the rows grow to fit.
void GuestHostCheckDialog::fitColumns()
{
    m_problems->setColumnWidth(ProblemColumn, m_problems->viewport()->width() * 3 / 5);
    m_problems->resizeRowsToContents();
}

void GuestHostCheckDialog::resizeEvent(QResizeEvent *event)
{
    QDialog::resizeEvent(event);
    fitColumns();
}

void GuestHostCheckDialog::hidePlan()
{
    if (m_running)
        return;
    discard(m_operation);
    m_planned = -1;
    m_plan->clear();
    m_planLabel->hide();
    m_plan->hide();
    m_run->hide();
}

void GuestHostCheckDialog::showFix()
{
    const cms::GuestHostProblem *problem = selectedProblem();
    if (m_running || !m_connection || !problem || problem->fix.isEmpty())
        return;
    hidePlan();
    m_result->clear();
    m_progress->hide();
    m_planned = selectedRow();
    m_operation = new cms::ConfigStepsOperation(*m_connection, problem->fix, this);
    connect(m_operation, &cms::Operation::planned, this, [this] {
        m_plan->clear();
        const QStringList steps = m_operation->preview();
        for (qsizetype i = 0; i < steps.size(); ++i) {
            //: %1: step number, %2: the step with its exact values
            auto *item = new QListWidgetItem(tr("%1. %2").arg(i + 1).arg(steps.at(i)), m_plan);
            item->setToolTip(item->text());
        }
        // A line that ends with a colon: in the window's direction, so that the colon lands on its side.
        m_planLabel->setText(models::DisplayFormat::inLayoutDirection(
            tr("&Nothing has been changed yet. The fix would send these steps, in order; if one fails, the steps "
               "before it are undone:")));
        m_planLabel->show();
        m_plan->show();
        m_run->show();
        updateButtons();
        m_run->setFocus(Qt::OtherFocusReason);
        Q_EMIT planShown();
    });
    OperationProgress::follow(*m_operation, *m_plan, *m_result, *m_progress);
    connect(m_operation, &cms::Operation::finished, this, &GuestHostCheckDialog::showResult);
    m_operation->plan();
}

void GuestHostCheckDialog::runFix()
{
    if (!m_operation || m_operation->state() != cms::Operation::State::Planned || m_running)
        return;
    m_running = true;
    m_result->clear();
    updateButtons();
    OperationProgress::execute(*m_operation, *m_progress);
}

void GuestHostCheckDialog::showResult(const cms::OperationResult &result)
{
    using Outcome = cms::OperationResult::Outcome;
    const bool ran = m_running;
    m_running = false;
    QString text;
    switch (result.outcome) {
    case Outcome::Succeeded:
        text = tr("Fixed: %n step(s) done. The space is read and checked again.", nullptr,
                  m_operation ? m_operation->stepCount() : 0);
        break;
    case Outcome::Refused:
        text = tr("Nothing was changed: %1").arg(result.message);
        break;
    case Outcome::RolledBack:
        //: %1: which step failed and why, and that what was done before it was undone
        text = tr("The fix failed and was undone: the space is as it was.\n%1").arg(result.message);
        break;
    case Outcome::RollbackIncomplete:
    case Outcome::Cancelled:
        //: %1: which step failed, why, and what could not be put back
        text = tr("The fix failed and could not be undone entirely:\n%1").arg(result.message);
        break;
    }
    m_result->setText(text);
    updateButtons();
    Q_EMIT fixFinished(result);
    if (ran) {
        m_progress->hide();
        check();   // what the space holds now; the outcome above stays
    }
}

void GuestHostCheckDialog::updateButtons()
{
    const bool reading = m_reader && !m_reader->isFinished();
    const cms::GuestHostProblem *problem = selectedProblem();
    const bool planned = m_operation && m_operation->state() == cms::Operation::State::Planned;
    m_fix->setVisible(!m_diagnosis.isFine());
    m_fix->setEnabled(!reading && !m_running && m_connection && problem && !problem->fix.isEmpty());
    m_run->setEnabled(planned && !m_running && m_connection);
    m_run->setDefault(m_run->isEnabled());
    m_recheck->setEnabled(!reading && !m_running && m_connection);
    m_close->setEnabled(!m_running);
    m_problems->setEnabled(!m_running);
    m_intended->setEnabled(!m_running);
}

} // namespace views
