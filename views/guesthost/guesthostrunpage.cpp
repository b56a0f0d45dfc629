#include "guesthost/guesthostrunpage.h"

#include "common/displayformat.h"
#include "common/wrappingitemdelegate.h"
#include "operations/guesthostbatch.h"
#include "guesthost/guesthostwizard.h"

#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace views {

namespace {

using State = cms::GuestHostBatch::Entry::State;

enum Column { What, Result };

// Each line in the window's direction, also one that starts with a quoted URI or a path.
QString inLayoutDirection(const QString &text)
{
    QStringList lines = text.split(QLatin1Char('\n'));
    for (QString &line : lines)
        line = models::DisplayFormat::inLayoutDirection(line);
    return lines.join(QLatin1Char('\n'));
}

} // namespace

GuestHostRunPage::GuestHostRunPage(GuestHostWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_tree(new QTreeWidget(this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("guestHostRunPage"));
    // Once run, there is no going back to it: Back from the read-back would run the changes again.
    setCommitPage(true);
    m_tree->setObjectName(QStringLiteral("guestHostRun"));
    m_tree->setColumnCount(2);
    m_tree->setRootIsDecorated(false);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(What, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(Result, QHeaderView::Interactive);
    m_tree->setItemDelegate(new WrappingItemDelegate(m_tree));
    m_progress->setObjectName(QStringLiteral("runProgress"));
    m_status->setObjectName(QStringLiteral("runStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
}

void GuestHostRunPage::initializePage()
{
    setTitle(tr("Applying"));
    setButtonText(QWizard::CommitButton, tr("&Verify"));
    setSubTitle(m_wizard->isMany() ? tr("One space after the other; each gets its own result.")
                                   : tr("Each step is sent, then read back."));
    m_tree->setHeaderLabels({m_wizard->isMany() ? tr("Space") : tr("Step"), tr("Result")});
    m_tree->setAccessibleName(m_wizard->isMany() ? tr("Result per space") : tr("Steps and their results"));
    m_progress->setAccessibleName(tr("Progress"));
    m_status->setAccessibleName(tr("Outcome of the changes"));
    m_tree->clear();
    m_finished = false;
    setFinalPage(false);
    cms::GuestHostBatch *batch = m_wizard->batch();
    if (!batch)
        return;
    if (m_wizard->isMany()) {
        for (const cms::GuestHostBatch::Entry &entry : batch->entries())
            new QTreeWidgetItem(m_tree, {models::DisplayFormat::inLayoutDirection(entry.name), tr("Waiting")});
        m_progress->setRange(0, batch->count());
    } else {
        const QStringList steps = batch->entries().first().steps;
        for (int i = 0; i < steps.size(); ++i) {
            const QString text = models::DisplayFormat::inLayoutDirection(tr("%1. %2").arg(i + 1).arg(steps.at(i)));
            auto *item = new QTreeWidgetItem(m_tree, {text, tr("Waiting")});
            item->setToolTip(What, text);
        }
        m_progress->setRange(0, int(steps.size()));
    }
    m_tree->header()->resizeSection(Result, m_tree->fontMetrics().averageCharWidth() * 28);
    m_progress->setValue(0);
    m_status->setText(tr("Starting…"));
    connect(batch, &cms::GuestHostBatch::stepStarted, this, &GuestHostRunPage::stepStarted);
    connect(batch, &cms::GuestHostBatch::undoStarted, this, [this](int, const QString &description) {
        //: %1: the step being undone
        m_status->setText(tr("Undoing: %1").arg(description));
    });
    connect(batch, &cms::GuestHostBatch::entryStarted, this, [this](int index) {
        if (QTreeWidgetItem *item = m_wizard->isMany() ? m_tree->topLevelItem(index) : nullptr)
            item->setText(Result, tr("Under way…"));
    });
    connect(batch, &cms::GuestHostBatch::entryFinished, this, &GuestHostRunPage::entryFinished);
    connect(batch, &cms::GuestHostBatch::runFinished, this, &GuestHostRunPage::finishRun);
    batch->run();
}

void GuestHostRunPage::stepStarted(int index, int step, int total, const QString &description)
{
    if (m_wizard->isMany()) {
        //: %1: the space's name, %2: step number, %3: number of steps, %4: the step
        m_status->setText(tr("%1, step %2 of %3: %4")
                              .arg(models::DisplayFormat::isolated(m_wizard->batch()->entries().at(index).name))
                              .arg(step + 1).arg(total).arg(description));
        return;
    }
    m_status->setText(tr("Step %1 of %2: %3").arg(step + 1).arg(total).arg(description));
    m_progress->setValue(step);
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_tree->topLevelItem(i);
        if (i < step) {
            item->setText(Result, tr("Done"));
            item->setIcon(Result, style()->standardIcon(QStyle::SP_DialogApplyButton));
        } else if (i == step) {
            item->setText(Result, tr("Under way…"));
            m_tree->setCurrentItem(item);
        }
    }
}

QString GuestHostRunPage::resultText(int index) const
{
    const cms::GuestHostBatch::Entry &entry = m_wizard->batch()->entries().at(index);
    switch (entry.state) {
    case State::Done:
        return tr("Done");
    case State::NothingToChange:
        return tr("Nothing to change");
    case State::Refused:
        return tr("Refused");
    case State::RolledBack:
        return tr("Failed, undone");
    case State::NotUndone:
        return tr("Failed, not all undone");
    case State::Waiting:
    case State::Planned:
        break;
    }
    return tr("Not run");
}

void GuestHostRunPage::entryFinished(int index)
{
    const cms::GuestHostBatch::Entry &entry = m_wizard->batch()->entries().at(index);
    const bool good = entry.state == State::Done || entry.state == State::NothingToChange;
    const QIcon icon = style()->standardIcon(good ? QStyle::SP_DialogApplyButton : QStyle::SP_MessageBoxWarning);
    if (m_wizard->isMany()) {
        QTreeWidgetItem *item = m_tree->topLevelItem(index);
        item->setText(Result, resultText(index));
        item->setIcon(Result, icon);
        // Why, under the space: the refusal or the failure and what was undone.
        QString why = entry.message;
        if (entry.state == State::Refused && !entry.refusals.isEmpty()) {
            QStringList reasons;
            for (const cms::GuestHostIssue &issue : entry.refusals)
                reasons.append(issue.reason);
            why = reasons.join(QLatin1Char('\n'));
        }
        if (!good && !why.isEmpty()) {
            auto *detail = new QTreeWidgetItem(item, {inLayoutDirection(why)});
            detail->setFirstColumnSpanned(true);
            detail->setToolTip(What, why);
            m_tree->setRootIsDecorated(true);
            item->setExpanded(true);
        }
        item->setToolTip(Result, why);
        m_progress->setValue(index + 1);
        return;
    }
    // One space: each step's fate.
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_tree->topLevelItem(i);
        if (entry.state == State::Done) {
            item->setText(Result, tr("Done"));
            item->setIcon(Result, icon);
        } else if (item->text(Result) == tr("Under way…")) {
            item->setText(Result, tr("Failed"));
            item->setIcon(Result, icon);
        } else if (item->text(Result) == tr("Done")) {
            item->setText(Result, entry.state == State::RolledBack ? tr("Undone") : tr("Done, see below"));
            item->setIcon(Result, style()->standardIcon(QStyle::SP_DialogResetButton));
        } else {
            item->setText(Result, tr("Not run"));
        }
    }
    if (entry.state == State::Done)
        m_progress->setValue(m_progress->maximum());
}

void GuestHostRunPage::finishRun()
{
    m_finished = true;
    cms::GuestHostBatch *batch = m_wizard->batch();
    int done = 0, unchanged = 0, failed = 0;
    for (const cms::GuestHostBatch::Entry &entry : batch->entries()) {
        done += entry.state == State::Done;
        unchanged += entry.state == State::NothingToChange;
        failed += entry.state != State::Done && entry.state != State::NothingToChange;
    }
    if (m_wizard->isMany()) {
        //: %1, %2, %3: numbers of spaces (each "N space(s)")
        m_status->setText(tr("Set up: %1. Already right: %2. Not set up: %3.")
                              .arg(tr("%Ln space(s)", nullptr, done), tr("%Ln space(s)", nullptr, unchanged),
                                   tr("%Ln space(s)", nullptr, failed)));
    } else {
        const cms::GuestHostBatch::Entry &entry = batch->entries().first();
        switch (entry.state) {
        case State::Done:
            m_status->setText(tr("Done: every step was carried out and read back. Next reads the space again to verify it."));
            break;
        case State::NothingToChange:
            m_status->setText(tr("Nothing needed changing."));
            break;
        case State::Refused:
            //: %1: why
            m_status->setText(tr("Nothing was changed: %1").arg(entry.message));
            break;
        case State::RolledBack:
        case State::NotUndone:
        case State::Waiting:
        case State::Planned:
            // The operation's own words: which step failed, why, and that it was all undone, or what is left.
            m_status->setText(inLayoutDirection(entry.message));
            break;
        }
    }
    if (done > 0)
        Q_EMIT m_wizard->spacesChanged();
    // The wizard asks again whether a page follows (the read-back, when a space was set up): setting
    // whether this page is the last one is what makes it do so.
    setFinalPage(m_wizard->nextId() == -1);
    Q_EMIT completeChanged();
    Q_EMIT runFinished();
}

void GuestHostRunPage::showStopping()
{
    m_status->setText(tr("Stopping at the next step; what was done is undone…"));
}

bool GuestHostRunPage::isComplete() const
{
    return m_finished;
}

} // namespace views
