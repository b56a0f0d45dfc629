#include "profiles/profilerepointdialog.h"

#include "common/displayformat.h"
#include "common/operationprogress.h"
#include "net/connection.h"
#include "operations/profilerepoint.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace views {

using Outcome = cms::OperationResult::Outcome;

ProfileRepointDialog::ProfileRepointDialog(cms::Connection &connection, cms::ProfileUsageFinder::Kind kind,
                                           QString profileId, QString profileName, const QList<Candidate> &candidates,
                                           QWidget *parent)
    : QDialog(parent)
    , m_connection(&connection)
    , m_kind(kind)
    , m_id(std::move(profileId))
    , m_name(std::move(profileName))
    , m_replacement(new QComboBox(this))
    , m_explanation(new QLabel(this))
    , m_preview(new QListWidget(this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_run(new QPushButton(this))
    , m_close(new QPushButton(this))
{
    setObjectName(QStringLiteral("repointProfileDialog"));
    setWindowTitle(tr("Re-point and Delete"));
    m_replacement->setObjectName(QStringLiteral("replacementProfile"));
    m_preview->setObjectName(QStringLiteral("repointPreview"));
    m_progress->setObjectName(QStringLiteral("repointProgress"));
    m_status->setObjectName(QStringLiteral("repointStatus"));
    m_run->setObjectName(QStringLiteral("runRepoint"));
    const QString name = models::DisplayFormat::isolated(m_name);

    m_replacement->addItem(tr("None: the level above applies"), QString());
    for (const Candidate &candidate : candidates) {
        if (candidate.first != m_id)
            m_replacement->addItem(candidate.second.isEmpty() ? candidate.first : candidate.second, candidate.first);
    }
    m_replacement->setCurrentIndex(m_replacement->count() > 1 ? 1 : 0);
    m_replacement->setAccessibleName(tr("Replacement profile"));
    m_replacement->setAccessibleDescription(tr("The profile every reference to «%1» will use instead").arg(name));
    m_explanation->setWordWrap(true);
    m_explanation->setText(tr("The console sends these steps in order. If one fails, every change already made is put "
                              "back and «%1» is kept.").arg(name));
    m_preview->setAccessibleName(tr("Planned steps"));
    m_preview->setWordWrap(true);
    m_preview->setResizeMode(QListView::Adjust);   // steps wrap again to the width the dialog takes
    m_progress->setVisible(false);
    m_progress->setAccessibleName(tr("Progress"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_run->setText(tr("Re-point and &Delete"));
    m_run->setEnabled(false);
    m_close->setText(tr("&Cancel"));

    auto *form = new QFormLayout;
    form->addRow(tr("Re-point every reference to «%1» to:").arg(name), m_replacement);
    if (auto *label = qobject_cast<QLabel *>(form->labelForField(m_replacement))) {
        label->setWordWrap(true);
        label->setBuddy(m_replacement);
    }
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_run, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_close, QDialogButtonBox::RejectRole);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_explanation);
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(fontMetrics().averageCharWidth() * 90, fontMetrics().height() * 26);

    connect(m_replacement, &QComboBox::currentIndexChanged, this, &ProfileRepointDialog::plan);
    connect(m_run, &QPushButton::clicked, this, &ProfileRepointDialog::run);
    connect(m_close, &QPushButton::clicked, this, &ProfileRepointDialog::reject);
    plan();
}

ProfileRepointDialog::~ProfileRepointDialog() = default;

// Each line also in its tooltip: a long step the list cuts short (it does not always wrap, right to
// left in particular) can still be read whole.
void ProfileRepointDialog::showLines(const QStringList &lines)
{
    for (const QString &line : lines) {
        auto *item = new QListWidgetItem(line, m_preview);
        item->setToolTip(line);
    }
}

// Planned again for each replacement chosen: the preview names it in every step.
void ProfileRepointDialog::plan()
{
    if (m_running || m_done || !m_connection)
        return;
    delete m_operation;
    m_planned = false;
    m_run->setEnabled(false);
    m_preview->clear();
    m_status->setText(tr("Finding where «%1» is used…").arg(models::DisplayFormat::isolated(m_name)));
    const QString replacement = m_replacement->currentData().toString();
    m_operation = new cms::ProfileRepoint(*m_connection, m_kind, m_id, replacement, this);
    m_operation->setDisplayNames(models::DisplayFormat::isolated(m_name),
                                 models::DisplayFormat::isolated(m_replacement->currentText()));
    cms::ProfileRepoint *operation = m_operation;
    connect(operation, &cms::Operation::planned, this, [this, operation] {
        m_planned = true;
        showLines(operation->preview());
        m_status->setText(tr("%n step(s).", nullptr, operation->stepCount()));
        m_run->setEnabled(true);
        Q_EMIT planShown();
    });
    connect(operation, &cms::Operation::finished, this, [this, operation](const cms::OperationResult &result) {
        if (m_running) {
            showResult(result);
            return;
        }
        // Refused while planning: why, with each level the console cannot cover on its own line.
        showLines(operation->notCovered());
        m_status->setText(operation->notCovered().isEmpty()
                              ? tr("Cannot re-point: %1").arg(result.message)
                              : tr("«%1» is neither re-pointed nor deleted: the console cannot see every place "
                                   "that may use it (listed above).").arg(models::DisplayFormat::isolated(m_name)));
        Q_EMIT planShown();
    });
    operation->plan();
}

void ProfileRepointDialog::run()
{
    if (!m_planned || m_running || m_done || !m_operation)
        return;
    m_running = true;
    m_replacement->setEnabled(false);
    m_run->setEnabled(false);
    OperationProgress::follow(*m_operation, *m_preview, *m_status, *m_progress);
    OperationProgress::execute(*m_operation, *m_progress);
}

void ProfileRepointDialog::showResult(const cms::OperationResult &result)
{
    m_running = false;
    m_done = true;
    m_close->setText(tr("&Close"));
    const QString name = models::DisplayFormat::isolated(m_name);
    const QString step = QString::number(result.failedStep + 1);
    switch (result.outcome) {
    case Outcome::Succeeded:
        m_status->setText(tr("Done: the references were re-pointed and «%1» is deleted.").arg(name));
        Q_EMIT profileDeleted(m_id);
        break;
    case Outcome::RolledBack:
        m_status->setText(tr("Step %1 failed: %2\nEvery change made was put back; «%3» is kept.")
                              .arg(step, result.message, name));
        break;
    case Outcome::RollbackIncomplete:
    case Outcome::Cancelled:
        m_status->setText(tr("Step %1 failed: %2\nSome changes could not be put back:\n%3")
                              .arg(step, result.message, result.undoProblems.join(QLatin1Char('\n'))));
        break;
    case Outcome::Refused:
        m_status->setText(tr("Cannot re-point: %1").arg(result.message));
        break;
    }
    Q_EMIT runFinished(result.succeeded());
}

// Closing while the steps run would abandon them half done: stop at the next step and put back instead.
void ProfileRepointDialog::reject()
{
    if (m_running) {
        if (m_operation)
            m_operation->cancel();
        m_status->setText(tr("Stopping at the next step; what was done is put back…"));
        return;
    }
    QDialog::reject();
}

} // namespace views
