#include "spaces/bulkresultsdialog.h"

#include "config/bulkspacechange.h"

#include <QBoxLayout>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTreeWidget>

namespace views {

namespace {

enum ResultColumn { SpaceColumn, ResultColumn, ColumnCount };

} // namespace

BulkResultsDialog::BulkResultsDialog(cms::BulkSpaceChange &change, QWidget *parent)
    : QDialog(parent)
    , m_change(&change)
    , m_summary(new QLabel)
    , m_progress(new QProgressBar)
    , m_list(new QTreeWidget)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close))
    , m_cancelButton(new QPushButton)
{
    setObjectName(QStringLiteral("bulkResultsDialog"));
    setAttribute(Qt::WA_DeleteOnClose);
    setModal(false);

    m_summary->setObjectName(QStringLiteral("bulkSummary"));
    m_summary->setWordWrap(true);
    m_progress->setObjectName(QStringLiteral("bulkProgress"));
    m_progress->setRange(0, int(change.targets().size()));
    m_list->setObjectName(QStringLiteral("bulkResultsList"));
    m_list->setColumnCount(ColumnCount);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->header()->setStretchLastSection(true);
    m_list->header()->setSectionResizeMode(SpaceColumn, QHeaderView::ResizeToContents);
    m_cancelButton->setObjectName(QStringLiteral("bulkCancelButton"));
    m_buttons->addButton(m_cancelButton, QDialogButtonBox::ActionRole);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_cancelButton, &QPushButton::clicked, this, [this] {
        if (m_change)
            m_change->cancel();
    });

    QList<QTreeWidgetItem *> items;
    for (const cms::BulkSpaceChange::Target &target : change.targets()) {
        auto *item = new QTreeWidgetItem;
        item->setText(SpaceColumn, target.name.isEmpty() ? target.id : target.name);
        item->setToolTip(SpaceColumn, target.id);
        items.append(item);
    }
    m_list->addTopLevelItems(items);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_progress);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_buttons);
    resize(560, 420);

    connect(&change, &cms::BulkSpaceChange::targetFinished, this, &BulkResultsDialog::showResult);
    connect(&change, &cms::BulkSpaceChange::progress, this, &BulkResultsDialog::updateProgress);
    connect(&change, &cms::BulkSpaceChange::finished, this, &BulkResultsDialog::updateProgress);
    for (int i = 0; i < change.targets().size(); ++i) {
        if (change.result(i).done)
            showResult(i);
    }
    retranslateUi();
}

void BulkResultsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void BulkResultsDialog::retranslateUi()
{
    if (m_change) {
        if (m_change->isDelete())
            setWindowTitle(tr("Delete Spaces"));
        else
            //: Window title. %1: the field's API name
            setWindowTitle(tr("Set %1 on Spaces").arg(m_change->field()));
    }
    //: Column header: the space
    m_list->setHeaderLabels({tr("Space"), tr("Result")});
    m_list->setAccessibleName(tr("Result of each space"));
    m_cancelButton->setText(tr("Cancel"));
    m_cancelButton->setToolTip(tr("Start no more requests; those under way finish"));
    if (m_change) {
        for (int i = 0; i < m_change->targets().size(); ++i) {
            if (m_change->result(i).done)
                showResult(i);
        }
    }
    updateProgress();
}

void BulkResultsDialog::showResult(int index)
{
    if (!m_change)
        return;
    QTreeWidgetItem *item = m_list->topLevelItem(index);
    if (!item)
        return;
    const cms::BulkSpaceChange::Result &result = m_change->result(index);
    if (!result.done)
        return;
    if (!result.error) {
        //: The change on this space worked
        item->setText(ResultColumn, tr("✓"));
        item->setToolTip(ResultColumn, tr("Done"));
    } else {
        item->setText(ResultColumn, result.message);
        item->setToolTip(ResultColumn, result.message);
        item->setForeground(ResultColumn, palette().color(QPalette::Active, QPalette::LinkVisited));
    }
}

void BulkResultsDialog::updateProgress()
{
    if (!m_change)
        return;
    const int total = int(m_change->targets().size());
    const int done = m_change->doneCount();
    m_progress->setValue(done);
    const QLocale locale;
    if (m_change->isFinished()) {
        const int failed = m_change->failedCount();
        if (failed == 0)
            m_summary->setText(tr("Done: %Ln space(s) changed.", nullptr, total));
        else
            //: %1: spaces changed, %2: spaces that failed or were not changed
            m_summary->setText(tr("Finished: %1 changed, %2 not changed.")
                                   .arg(locale.toString(total - failed), locale.toString(failed)));
    } else {
        //: %1: spaces done so far, %2: all the spaces
        m_summary->setText(tr("%1 of %2 spaces done…").arg(locale.toString(done), locale.toString(total)));
    }
    m_cancelButton->setVisible(!m_change->isFinished());
}

} // namespace views
