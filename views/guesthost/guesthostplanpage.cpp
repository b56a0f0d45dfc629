#include "guesthost/guesthostplanpage.h"

#include "common/displayformat.h"
#include "common/wrappingitemdelegate.h"
#include "operations/guesthostbatch.h"
#include "guesthost/guesthostwizard.h"

#include <QHeaderView>
#include <QLabel>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace views {

namespace {

using State = cms::GuestHostBatch::Entry::State;

enum LineKind { Note, Step, Refusal, Heading };

} // namespace

GuestHostPlanPage::GuestHostPlanPage(GuestHostWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_intro(new QLabel(this))
    , m_tree(new QTreeWidget(this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("guestHostPlanPage"));
    setCommitPage(true);
    m_intro->setWordWrap(true);
    m_tree->setObjectName(QStringLiteral("guestHostPlan"));
    m_tree->setColumnCount(1);
    m_tree->setHeaderHidden(true);
    m_tree->setRootIsDecorated(false);
    m_tree->header()->setStretchLastSection(true);
    m_tree->setItemDelegate(new WrappingItemDelegate(m_tree));
    m_status->setObjectName(QStringLiteral("planStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_status);
}

QTreeWidgetItem *GuestHostPlanPage::addLine(QTreeWidgetItem *parent, const QString &text, int kind)
{
    auto *item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(m_tree);
    const QString shown = models::DisplayFormat::inLayoutDirection(text);
    item->setText(0, shown);
    item->setToolTip(0, shown);
    item->setData(0, Qt::UserRole, kind);
    switch (kind) {
    case Note:
        item->setIcon(0, style()->standardIcon(QStyle::SP_MessageBoxInformation));
        break;
    case Refusal:
        item->setIcon(0, style()->standardIcon(QStyle::SP_MessageBoxWarning));
        break;
    case Heading: {
        QFont bold = item->font(0);
        bold.setBold(true);
        item->setFont(0, bold);
        break;
    }
    default:
        break;
    }
    return item;
}

void GuestHostPlanPage::initializePage()
{
    setTitle(tr("Plan"));
    setSubTitle(tr("Nothing has been changed yet. These are the steps, in order, with the exact values sent; PINs "
                   "are shown as •••."));
    m_intro->setText(m_wizard->isMany()
        ? tr("Each space is planned again just before it is changed, so a profile created for the first space is "
             "reused by the next ones rather than created again. A space that fails does not stop the others.")
        : tr("If a step fails, every step done before it is undone, in reverse order."));
    m_tree->clear();
    m_tree->setRootIsDecorated(m_wizard->isMany());
    m_tree->setAccessibleName(tr("Planned steps"));
    m_status->setAccessibleName(tr("Outcome of the plan"));
    m_tree->setAccessibleDescription(tr("What is reused, then each API step in order; nothing is sent until you choose Apply"));
    m_planned = false;
    m_runnable = false;
    m_status->setText(tr("Reading the cluster…"));
    cms::GuestHostBatch *batch = m_wizard->newBatch();
    if (!batch) {
        m_status->setText(tr("The cluster is not connected."));
        return;
    }
    connect(batch, &cms::GuestHostBatch::entryStarted, this, [this, batch](int index) {
        if (batch->count() > 1)
            //: %1: the space's number, %2: how many, %3: its name
            m_status->setText(tr("Planning space %1 of %2: %3…").arg(index + 1).arg(batch->count())
                                  .arg(models::DisplayFormat::isolated(batch->entries().at(index).name)));
    });
    connect(batch, &cms::GuestHostBatch::entryPlanned, this, &GuestHostPlanPage::showEntry);
    connect(batch, &cms::GuestHostBatch::planFinished, this, &GuestHostPlanPage::finishPlan);
    batch->plan();
    Q_EMIT completeChanged();
}

void GuestHostPlanPage::cleanupPage()
{
    if (cms::GuestHostBatch *batch = m_wizard->batch()) {
        batch->disconnect(this);
        batch->cancel();
    }
    m_planned = false;
}

void GuestHostPlanPage::showEntry(int index)
{
    const cms::GuestHostBatch::Entry &entry = m_wizard->batch()->entries().at(index);
    QTreeWidgetItem *parent = nullptr;
    if (m_wizard->isMany()) {
        QString outcome;
        switch (entry.state) {
        case State::Planned:
            outcome = tr("%Ln step(s)", nullptr, int(entry.steps.size()));
            break;
        case State::NothingToChange:
            outcome = tr("nothing to change");
            break;
        default:
            outcome = tr("refused");
            break;
        }
        //: A space in the plan: %1 its name, %2 what is planned ("3 steps", "nothing to change", "refused")
        parent = addLine(nullptr, tr("%1: %2").arg(models::DisplayFormat::isolated(entry.name), outcome), Heading);
        parent->setExpanded(true);
    }
    for (const QString &note : entry.notes)
        addLine(parent, note, Note);
    for (int i = 0; i < entry.steps.size(); ++i)
        //: A planned step: %1 its number, %2 the step
        addLine(parent, tr("%1. %2").arg(i + 1).arg(entry.steps.at(i)), Step);
    if (entry.state == State::Refused) {
        if (entry.refusals.isEmpty()) {
            addLine(parent, entry.message, Refusal);
        } else {
            for (const cms::GuestHostIssue &issue : entry.refusals)
                addLine(parent, issue.reason, Refusal);
        }
    }
    if (entry.state == State::NothingToChange)
        addLine(parent, tr("This space is already set up this way: nothing needs changing."), Note);
}

void GuestHostPlanPage::finishPlan()
{
    m_planned = true;
    int planned = 0, unchanged = 0, refused = 0;
    for (const cms::GuestHostBatch::Entry &entry : m_wizard->batch()->entries()) {
        planned += entry.state == State::Planned;
        unchanged += entry.state == State::NothingToChange;
        refused += entry.state == State::Refused;
    }
    m_runnable = planned > 0 || (refused == 0 && unchanged > 0);
    if (!m_wizard->isMany()) {
        if (refused)
            m_status->setText(tr("The console will not make these changes: the reasons are listed above. Go back to "
                                 "change the details."));
        else if (unchanged)
            m_status->setText(tr("Nothing needs changing. Next reads the space back to verify it."));
        else
            m_status->setText(tr("Apply carries out these %Ln step(s).", nullptr, m_wizard->batch()->entries().first().steps.size()));
    } else {
        //: %1, %2, %3: numbers of spaces (each "N space(s)")
        m_status->setText(tr("To change: %1. Already right: %2. Refused: %3.")
                              .arg(tr("%Ln space(s)", nullptr, planned), tr("%Ln space(s)", nullptr, unchanged),
                                   tr("%Ln space(s)", nullptr, refused)));
    }
    setButtonText(QWizard::CommitButton, planned > 0 ? tr("&Apply") : tr("&Verify"));
    Q_EMIT completeChanged();
    Q_EMIT planShown();
}

bool GuestHostPlanPage::isComplete() const
{
    return m_planned && m_runnable;
}

} // namespace views
