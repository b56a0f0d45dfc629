#include "spaces/spacespane.h"

#include "common/panelayout.h"
#include "common/sessionversion.h"

#include "spaces/bulkresultsdialog.h"
#include "spaces/bulksetfielddialog.h"
#include "cluster/clustersession.h"
#include "cluster/sessionservices.h"
#include "config/objectnames.h"
#include "config/profilelabels.h"
#include "net/connection.h"
#include "common/csvwriter.h"
#include "schema/schema.h"
#include "config/spacecatalog.h"
#include "spaces/spacesfilterproxymodel.h"
#include "spaces/spacesmodel.h"

#include <QAction>
#include <QBoxLayout>
#include <QDataStream>
#include <QEvent>
#include <QFileDialog>
#include <QHeaderView>
#include <QIODevice>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QTableView>
#include <QScrollBar>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>

namespace views {

namespace {

using Column = models::SpacesModel::Column;

constexpr quint32 StateMagic = 0x53504345;   // "SPCE"
constexpr quint32 StateVersion = 1;

} // namespace

// A list reply lacks some columns (passcode set, owner, profiles, non-member access); they are read
// for the rows on screen only, a moment after the view stops moving.
void SpacesPane::watchVisibleRows()
{
    auto *timer = new QTimer(this);
    timer->setSingleShot(true);
    timer->setInterval(150);
    connect(timer, &QTimer::timeout, this, &SpacesPane::requestVisibleDetails);
    const auto later = [timer] { timer->start(); };
    connect(m_view->verticalScrollBar(), &QScrollBar::valueChanged, timer, later);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, timer, later);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, timer, later);
    connect(m_proxy, &QAbstractItemModel::modelReset, timer, later);
    m_visibleRowsTimer = timer;
}

void SpacesPane::requestVisibleDetails()
{
    if (!isVisible())
        return;
    const int top = m_view->rowAt(0);
    if (top < 0)
        return;
    int bottom = m_view->rowAt(m_view->viewport()->height() - 1);
    if (bottom < 0)
        bottom = m_proxy->rowCount() - 1;
    // Behind a sort or a search the visible rows are scattered through the catalog: ask by row.
    QList<int> sourceRows;
    for (int row = top; row <= bottom; ++row)
        sourceRows.append(m_proxy->mapToSource(m_proxy->index(row, 0)).row());
    m_model->requestDetails(sourceRows);
}

SpacesPane::SpacesPane(QWidget *parent)
    : QWidget(parent)
    , m_model(new models::SpacesModel(this))
    , m_proxy(new models::SpacesFilterProxyModel(this))
    , m_toolBar(new QToolBar)
    , m_search(new QLineEdit)
    , m_view(new QTableView)
    , m_progress(new QLabel)
    , m_cancelButton(new QPushButton)
    , m_details(new QStackedWidget)
    , m_detailsPlaceholder(new QLabel)
    , m_splitter(new QSplitter(Qt::Horizontal))
    , m_findAction(new QAction(this))
    , m_refreshAction(new QAction(this))
    , m_exportAction(new QAction(this))
    , m_deleteAction(new QAction(this))
    , m_setFieldAction(new QAction(this))
    , m_startMeetingAction(new QAction(this))
    , m_checkGuestAccessAction(new QAction(this))
    , m_newSpaceAction(new QAction(this))
    , m_guestHostAction(new QAction(this))
    , m_bulkMenu(new QMenu(this))
    , m_bulkButton(new QToolButton)
{
    setObjectName(QStringLiteral("spacesPane"));

    m_findAction->setObjectName(QStringLiteral("findSpaceAction"));
    m_findAction->setShortcut(QKeySequence::Find);
    m_findAction->setShortcutContext(Qt::WindowShortcut);   // wherever the focus is, while the pane is shown
    connect(m_findAction, &QAction::triggered, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    addAction(m_findAction);

    m_refreshAction->setObjectName(QStringLiteral("refreshSpacesAction"));
    m_refreshAction->setShortcut(QKeySequence::Refresh);
    m_refreshAction->setShortcutContext(Qt::WindowShortcut);   // wherever the focus is, while the pane is shown
    m_refreshAction->setIcon(
        QIcon::fromTheme(QStringLiteral("view-refresh"), style()->standardIcon(QStyle::SP_BrowserReload)));
    connect(m_refreshAction, &QAction::triggered, this, &SpacesPane::refresh);
    addAction(m_refreshAction);

    m_newSpaceAction->setObjectName(QStringLiteral("newSpaceAction"));
    m_newSpaceAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_newSpaceAction->setShortcutContext(Qt::WindowShortcut);   // wherever the focus is, while the pane is shown
    m_newSpaceAction->setIcon(QIcon::fromTheme(QStringLiteral("list-add")));
    connect(m_newSpaceAction, &QAction::triggered, this, &SpacesPane::newSpaceRequested);
    addAction(m_newSpaceAction);

    m_startMeetingAction->setObjectName(QStringLiteral("startMeetingOnSpaceAction"));
    m_startMeetingAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    m_startMeetingAction->setShortcutContext(Qt::WindowShortcut);
    connect(m_startMeetingAction, &QAction::triggered, this, [this] {
        const QModelIndex current = m_view->currentIndex();
        if (current.isValid())
            Q_EMIT startMeetingRequested(current.data(models::SpacesModel::SpaceIdRole).toString());
    });
    addAction(m_startMeetingAction);

    m_checkGuestAccessAction->setObjectName(QStringLiteral("checkGuestAccessAction"));
    m_checkGuestAccessAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
    m_checkGuestAccessAction->setShortcutContext(Qt::WindowShortcut);
    connect(m_checkGuestAccessAction, &QAction::triggered, this, [this] {
        const QModelIndex current = m_view->currentIndex();
        if (current.isValid())
            Q_EMIT guestAccessCheckRequested(current.data(models::SpacesModel::SpaceIdRole).toString());
    });
    addAction(m_checkGuestAccessAction);

    m_guestHostAction->setObjectName(QStringLiteral("guestHostAction"));
    m_guestHostAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G));
    m_guestHostAction->setShortcutContext(Qt::WindowShortcut);
    connect(m_guestHostAction, &QAction::triggered, this, [this] { Q_EMIT guestHostRequested(selectedSpaceIds()); });
    addAction(m_guestHostAction);

    m_exportAction->setObjectName(QStringLiteral("exportSpacesAction"));
    m_exportAction->setIcon(QIcon::fromTheme(QStringLiteral("document-save-as"),
                                             style()->standardIcon(QStyle::SP_DialogSaveButton)));
    connect(m_exportAction, &QAction::triggered, this, &SpacesPane::chooseExportFile);

    m_deleteAction->setObjectName(QStringLiteral("bulkDeleteAction"));
    m_deleteAction->setIcon(QIcon::fromTheme(QStringLiteral("edit-delete")));
    connect(m_deleteAction, &QAction::triggered, this, &SpacesPane::confirmDelete);
    m_setFieldAction->setObjectName(QStringLiteral("bulkSetFieldAction"));
    connect(m_setFieldAction, &QAction::triggered, this, &SpacesPane::chooseField);
    m_bulkMenu->setObjectName(QStringLiteral("bulkMenu"));
    m_bulkMenu->addAction(m_setFieldAction);   // in the order of the Spaces menu
    m_bulkMenu->addAction(m_deleteAction);
    m_bulkButton->setObjectName(QStringLiteral("bulkButton"));
    m_bulkButton->setMenu(m_bulkMenu);
    m_bulkButton->setPopupMode(QToolButton::InstantPopup);
    m_bulkButton->setToolButtonStyle(Qt::ToolButtonTextOnly);

    m_search->setObjectName(QStringLiteral("spacesSearch"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setQuery(text);
        updateProgress();
    });

    m_toolBar->setObjectName(QStringLiteral("spacesToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->setIconSize(QSize(16, 16));
    m_toolBar->addAction(m_newSpaceAction);
    m_toolBar->addAction(m_refreshAction);
    m_toolBar->addAction(m_guestHostAction);
    m_toolBar->addAction(m_exportAction);
    m_toolBar->addWidget(m_bulkButton);
    m_toolBar->addSeparator();
    m_toolBar->addWidget(m_search);

    m_proxy->setSourceModel(m_model);
    watchVisibleRows();

    m_view->setObjectName(QStringLiteral("spacesView"));
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_view->addActions({m_startMeetingAction, m_guestHostAction, m_checkGuestAccessAction, m_refreshAction,
                        m_exportAction, m_deleteAction, m_setFieldAction});
    // 100,000 rows: every size fixed, nothing measured from the contents.
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionsMovable(true);
    header->setFirstSectionMovable(false);
    header->setStretchLastSection(true);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    header->setSortIndicatorClearable(true);
    header->setSortIndicator(-1, Qt::AscendingOrder);   // the catalog's order until a column is clicked
    connect(header, &QWidget::customContextMenuRequested, this, &SpacesPane::showColumnsMenu);
    m_view->setSortingEnabled(true);
    // A large table is sorted in the background (SpacesFilterProxyModel): the header shows the
    // order the rows are in, so its indicator waits for the sort to be applied.
    connect(header, &QHeaderView::sortIndicatorChanged, this, [this, header] {
        if (!m_proxy->isSorting())
            return;
        const QSignalBlocker blocker(header);
        header->setSortIndicator(m_proxy->sortColumn(), m_proxy->sortOrder());
    });
    connect(m_proxy, &models::SpacesFilterProxyModel::sortApplied, this, [header](int column, Qt::SortOrder order) {
        const QSignalBlocker blocker(header);
        header->setSortIndicator(column, order);
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &SpacesPane::currentRowChanged);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &SpacesPane::updateActions);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &SpacesPane::updateProgress);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &SpacesPane::updateProgress);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &SpacesPane::updateProgress);
    // Rows arriving in a sorted table come as a layout change (their places are all over it).
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &SpacesPane::updateProgress);

    m_progress->setObjectName(QStringLiteral("spacesProgress"));
    m_progress->setTextFormat(Qt::PlainText);
    m_cancelButton->setObjectName(QStringLiteral("spacesCancel"));
    m_cancelButton->hide();
    connect(m_cancelButton, &QPushButton::clicked, this, &SpacesPane::cancelLoading);

    auto *statusLine = new QHBoxLayout;
    statusLine->setContentsMargins(4, 2, 4, 2);
    statusLine->addWidget(m_progress, 1);
    statusLine->addWidget(m_cancelButton);

    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->setSpacing(0);
    leftLayout->addWidget(m_view, 1);
    leftLayout->addLayout(statusLine);

    m_details->setObjectName(QStringLiteral("spaceDetailsArea"));
    m_detailsPlaceholder->setObjectName(QStringLiteral("spaceDetailsPlaceholder"));
    m_detailsPlaceholder->setAlignment(Qt::AlignCenter);
    m_detailsPlaceholder->setWordWrap(true);
    m_detailsPlaceholder->setEnabled(false);   // greyed: a hint, not content
    m_details->addWidget(m_detailsPlaceholder);
    m_splitter->setObjectName(QStringLiteral("spacesSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(left);
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_toolBar);
    layout->addWidget(m_splitter, 1);

    retranslateUi();
    // Initial widths: room for typical contents and for the (translated) title; nothing measured
    // from 100,000 rows.
    const int em = m_view->fontMetrics().horizontalAdvance(QLatin1Char('M'));
    const int widths[int(Column::Count)] = {16, 12, 11, 7, 5, 9, 14, 9, 9, 5, 5};
    for (int column = 0; column < int(Column::Count); ++column) {
        const QString title = m_model->headerData(column, Qt::Horizontal).toString();
        header->resizeSection(column, qMax(widths[column] * em, header->fontMetrics().horizontalAdvance(title) + 3 * em));
    }
    updateActions();
}

SpacesPane::~SpacesPane()
{
    // The model and its proxy are children, destroyed after this class's part of the object: what they
    // announce then must not reach this pane's slots.
    m_proxy->disconnect(this);
    m_model->disconnect(this);
    m_model->setCatalog(nullptr);
}

cms::SpaceCatalog *SpacesPane::catalog() const
{
    return m_catalog;
}

void SpacesPane::setProfileLabels(const cms::ProfileLabels *labels)
{
    if (m_labels)
        disconnect(m_labels, nullptr, m_model, nullptr);
    m_labels = labels;
    if (labels)
        connect(labels, &cms::ProfileLabels::labelChanged, m_model, &models::SpacesModel::callProfileTextChanged);
    m_model->setCallProfileText([this](const QString &id) {
        return m_labels && m_current ? m_labels->display(m_current->profile().id, id) : id;
    });
}

void SpacesPane::setCurrentCluster(cms::ClusterSession *session)
{
    if (session != m_current) {
        if (m_current)
            disconnect(m_current, nullptr, this, nullptr);
        m_current = session;
        if (session) {
            // Its services come when it opens and go when it closes.
            connect(session, &cms::ClusterSession::stateChanged, this, &SpacesPane::observeServices);
            connect(session, &QObject::destroyed, this, [this] { setCurrentCluster(nullptr); });
        }
    }
    observeServices();
    currentRowChanged();
}

// The current cluster's catalog and names, from its session (null unless it is open): the pane
// only observes them. Whatever the pane shows of a load (progress, Cancel, the last error) is read
// from the catalog, so a load started elsewhere (another pane, a bulk change) shows here too.
void SpacesPane::observeServices()
{
    cms::SessionServices *services = m_current ? m_current->services() : nullptr;
    cms::SpaceCatalog *catalog = services ? &services->spaceCatalog() : nullptr;
    cms::ObjectNames *names = services ? &services->objectNames() : nullptr;
    if (catalog != m_catalog) {
        if (m_catalog)
            disconnect(m_catalog, nullptr, this, nullptr);
        m_catalog = catalog;
        if (catalog) {
            const auto changed = [this] {
                updateProgress();
                updateActions();
            };
            connect(catalog, &cms::SpaceCatalog::loadStarted, this, changed);
            connect(catalog, &cms::SpaceCatalog::progress, this, &SpacesPane::updateProgress);
            connect(catalog, &cms::SpaceCatalog::finished, this, changed);
            // Connected before the model: a catalog destroyed while observed means its session is
            // being destroyed (a closing one is let go at stateChanged, before its services go).
            // Let go of the session before the model removes the rows, so that the selection
            // leaving them reports no space of a dying session.
            connect(catalog, &QObject::destroyed, this, [this] { setCurrentCluster(nullptr); });
        }
        m_model->setCatalog(catalog);
    }
    if (names != m_names) {
        if (m_names)
            disconnect(m_names, nullptr, this, nullptr);
        m_names = names;
        if (names)
            connect(names, &cms::ObjectNames::namesChanged, this, [this] { m_model->setNames(m_names->names()); });
        m_model->setNames(names ? names->names() : QHash<QString, QString>());
    }
    if (isVisible())
        ensureLoaded();
    updateProgress();
    updateActions();
}

// Shown: the first load of the catalog and of the names, unless someone started it already.
void SpacesPane::ensureLoaded()
{
    if (m_catalog)
        m_catalog->loadOnce();
    if (m_names)
        m_names->loadOnce();
}

void SpacesPane::refresh()
{
    if (!m_catalog)
        return;
    m_catalog->refresh();
    if (m_names)
        m_names->load();   // a profile may have been added or renamed too
}

void SpacesPane::cancelLoading()
{
    if (m_catalog)
        m_catalog->cancel();
}

void SpacesPane::updateProgress()
{
    m_cancelButton->setVisible(false);
    if (!m_current) {
        m_progress->setText(tr("No cluster selected."));
        return;
    }
    if (m_current->state() != cms::ClusterSession::State::Open) {
        m_progress->setText(tr("%1 is not connected.").arg(m_current->name()));
        return;
    }
    const cms::SpaceCatalog *current = m_catalog;
    if (!current) {
        m_progress->setText(QString());
        return;
    }
    QString text;
    if (current->isLoading()) {
        m_cancelButton->setVisible(true);
        if (current->expectedTotal() < 0)
            text = tr("Reading the spaces…");
        else
            //: Loading progress. %L1: spaces read so far, %L2: all the spaces ("12,400 of 100,000 spaces")
            text = tr("%L1 of %L2 spaces").arg(current->loadedCount()).arg(current->expectedTotal());
    } else if (!m_proxy->query().trimmed().isEmpty()) {
        // The number of matches chooses this sentence's plural form, the total chooses its own.
        const QString total = tr("%Ln space(s)", nullptr, current->count());
        //: %Ln: spaces matching the search; %1: all the spaces, as "304 spaces"
        text = tr("%Ln of %1 match(es)", "search result", m_proxy->rowCount()).arg(total);
    } else {
        text = tr("%Ln space(s)", nullptr, current->count());
    }
    const cms::CmsError &lastError = current->lastError();
    if (lastError.kind == cms::CmsError::Kind::Cancelled)
        //: %1: what is shown (e.g. "1,200 spaces"); the loading was cancelled
        text = tr("%1 — loading cancelled, the list may be incomplete").arg(text);
    else if (lastError)
        //: %1: what is shown, %2: the error (a sentence)
        text = tr("%1 — loading failed: %2").arg(text, lastError.message());
    if (!m_exportProblem.isEmpty())
        text = m_exportProblem;
    m_progress->setText(text);
}

void SpacesPane::updateActions()
{
    const bool open = m_current && m_current->state() == cms::ClusterSession::State::Open;
    const bool selection = m_view->selectionModel()->hasSelection();
    m_refreshAction->setEnabled(open);
    m_newSpaceAction->setEnabled(open);
    m_guestHostAction->setEnabled(open);
    m_exportAction->setEnabled(m_model->catalog() != nullptr);
    m_deleteAction->setEnabled(open && selection);
    m_setFieldAction->setEnabled(open && selection);
    m_startMeetingAction->setEnabled(open && m_view->currentIndex().isValid());
    m_checkGuestAccessAction->setEnabled(open && m_view->currentIndex().isValid());
}

void SpacesPane::currentRowChanged()
{
    const QModelIndex current = m_view->currentIndex();
    const QString id = current.isValid() ? current.data(models::SpacesModel::SpaceIdRole).toString() : QString();
    updateActions();   // those on the current space follow it, not only the selection
    if (id == m_lastSpaceId)
        return;
    m_lastSpaceId = id;
    Q_EMIT currentSpaceChanged(m_current, id);
}

QStringList SpacesPane::selectedSpaceIds() const
{
    QStringList ids;
    for (const cms::BulkSpaceChange::Target &target : selectedTargets())
        ids.append(target.id);
    return ids;
}

void SpacesPane::selectSpaces(const QStringList &ids)
{
    QItemSelection selection;
    for (const QString &id : ids) {
        const int row = m_model->rowOfSpace(id);
        if (row < 0)
            continue;
        const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
        if (index.isValid())
            selection.select(index, index);
    }
    m_view->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    if (!selection.isEmpty())
        m_view->selectionModel()->setCurrentIndex(selection.first().topLeft(), QItemSelectionModel::NoUpdate);
}

QList<cms::BulkSpaceChange::Target> SpacesPane::selectedTargets() const
{
    QModelIndexList rows = m_view->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QList<cms::BulkSpaceChange::Target> targets;
    for (const QModelIndex &row : std::as_const(rows)) {
        cms::BulkSpaceChange::Target target;
        target.id = row.data(models::SpacesModel::SpaceIdRole).toString();
        target.name = row.siblingAtColumn(int(Column::Name)).data(models::SpacesModel::RawValueRole).toString();
        target.autoGenerated = row.data(models::SpacesModel::AutoGeneratedRole).toBool();
        targets.append(target);
    }
    return targets;
}

void SpacesPane::chooseExportFile()
{
    if (m_exportDialog) {
        m_exportDialog->raise();
        return;
    }
    m_exportDialog = new QFileDialog(this);
    m_exportDialog->setObjectName(QStringLiteral("exportSpacesDialog"));
    m_exportDialog->setAttribute(Qt::WA_DeleteOnClose);
    m_exportDialog->setAcceptMode(QFileDialog::AcceptSave);
    m_exportDialog->setDefaultSuffix(QStringLiteral("csv"));
    m_exportDialog->setWindowTitle(tr("Export Spaces"));
    m_exportDialog->setNameFilter(tr("CSV files (*.csv)"));
    //: Default file name of an export of the spaces list
    m_exportDialog->selectFile(tr("spaces.csv"));
    connect(m_exportDialog, &QFileDialog::fileSelected, this, [this](const QString &path) { exportTo(path); });
    m_exportDialog->open();
}

bool SpacesPane::exportTo(const QString &path)
{
    QHeaderView *header = m_view->horizontalHeader();
    QList<int> columns;
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical))
            columns.append(logical);
    }
    QList<QStringList> rows;
    rows.reserve(m_proxy->rowCount() + 1);
    QStringList titles;
    for (int column : std::as_const(columns))
        titles.append(m_proxy->headerData(column, Qt::Horizontal).toString());
    rows.append(titles);
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        QStringList fields;
        fields.reserve(columns.size());
        for (int column : std::as_const(columns))
            fields.append(m_proxy->index(row, column).data().toString());
        rows.append(fields);
    }
    QSaveFile file(path);
    const bool ok = file.open(QIODevice::WriteOnly) && file.write(models::CsvWriter::document(rows)) >= 0
        && file.commit();
    //: %1: file path, %2: why (from the system)
    m_exportProblem = ok ? QString() : tr("Could not write %1: %2").arg(path, file.errorString());
    updateProgress();
    m_exportProblem.clear();
    return ok;
}

void SpacesPane::confirmDelete()
{
    const QList<cms::BulkSpaceChange::Target> targets = selectedTargets();
    if (targets.isEmpty())
        return;
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Delete spaces"),
                                tr("Delete %Ln space(s)? Their access methods and members are deleted too.", nullptr,
                                   int(targets.size())),
                                QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("confirmBulkDelete"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *remove = box->addButton(tr("Delete"), QMessageBox::DestructiveRole);
    box->setDefaultButton(QMessageBox::Cancel);
    connect(box, &QMessageBox::buttonClicked, this, [this, remove](QAbstractButton *button) {
        if (button == remove)
            runBulkDelete();
    });
    box->open();
}

void SpacesPane::chooseField()
{
    const int count = int(selectedTargets().size());
    if (count == 0)
        return;
    auto *dialog = new BulkSetFieldDialog(count, models::serverVersion(m_current), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (m_current && m_current->connection())
        dialog->loadCallProfiles(*m_current->connection(), m_labels, m_current->profile().id);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog] { runBulkSetField(dialog->field(), dialog->value()); });
    dialog->open();
}

cms::BulkSpaceChange *SpacesPane::runBulkDelete()
{
    return startBulk(selectedTargets(), [](cms::BulkSpaceChange &change) { change.setDelete(); });
}

cms::BulkSpaceChange *SpacesPane::runBulkSetField(const QString &field, const QString &value)
{
    return startBulk(selectedTargets(),
                     [field, value](cms::BulkSpaceChange &change) { change.setField(field, value); });
}

cms::BulkSpaceChange *SpacesPane::startBulk(const QList<cms::BulkSpaceChange::Target> &targets,
                                            const std::function<void(cms::BulkSpaceChange &)> &configure)
{
    if (!m_current || !m_current->connection() || targets.isEmpty())
        return nullptr;
    auto *change = new cms::BulkSpaceChange(*m_current->connection(), targets);
    configure(*change);
    change->setActivityLog(m_log, m_current->name());
    auto *dialog = new BulkResultsDialog(*change, this);
    change->setParent(dialog);   // goes when the results are closed; requests under way are dropped
    QPointer<cms::SpaceCatalog> catalog = m_catalog;
    connect(change, &cms::BulkSpaceChange::finished, this, [catalog] {
        if (catalog)
            catalog->refresh();
    });
    dialog->show();
    change->start();
    return change;
}

void SpacesPane::showColumnsMenu(const QPoint &pos)
{
    PaneLayout::showColumnsMenu(m_view->horizontalHeader(), m_proxy, int(Column::Name), QStringLiteral("spacesColumnsMenu"), this, pos);
}

QByteArray SpacesPane::saveState() const
{
    return PaneLayout::save(StateMagic, StateVersion, m_view->horizontalHeader(), m_splitter);
}

bool SpacesPane::restoreState(const QByteArray &state)
{
    bool splitterRestored = false;
    if (!PaneLayout::restore(state, StateMagic, StateVersion, m_view->horizontalHeader(), int(Column::Name), m_splitter,
                             &splitterRestored))
        return false;
    m_splitterSized = splitterRestored || m_splitterSized;
    return true;
}

void SpacesPane::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // The first time, unless restoreState() said otherwise: two thirds for the table.
    if (!m_splitterSized) {
        m_splitterSized = true;
        const int width = m_splitter->width();
        m_splitter->setSizes({width * 2 / 3, width - width * 2 / 3});
    }
    ensureLoaded();
    m_visibleRowsTimer->start();   // the rows on screen may have changed while hidden
}

void SpacesPane::changeEvent(QEvent *event)
{
    switch (event->type()) {
    case QEvent::LanguageChange:
        retranslateUi();
        m_model->retranslate();
        break;
    case QEvent::LocaleChange:
        m_proxy->setCollatorLocale(locale());
        updateProgress();
        break;
    default:
        break;
    }
    QWidget::changeEvent(event);
}

void SpacesPane::retranslateUi()
{
    PaneLayout::fitTitles(m_view->horizontalHeader());
    m_search->setPlaceholderText(tr("Search by name, URI or call ID (%1)")
                                     .arg(m_findAction->shortcut().toString(QKeySequence::NativeText)));
    m_search->setToolTip(tr("Finds the spaces whose name, URI, secondary URI or call ID contain every word typed"));
    m_search->setAccessibleName(tr("Search spaces"));
    // The field's clear button is named after Qt's own action behind it.
    if (auto *clear = m_search->findChild<QAction *>(QStringLiteral("_q_qlineeditclearaction")))
        clear->setText(tr("Clear the search"));
    m_view->setAccessibleName(tr("Spaces"));
    //: Action: read the list of spaces again
    m_refreshAction->setText(tr("&Refresh"));
    m_refreshAction->setToolTip(tr("Read the list of spaces again (%1)")
                                    .arg(m_refreshAction->shortcut().toString(QKeySequence::NativeText)));
    //: Action: create a space
    m_newSpaceAction->setText(tr("&New Space…"));
    m_newSpaceAction->setToolTip(tr("Create a space (%1)")
                                     .arg(m_newSpaceAction->shortcut().toString(QKeySequence::NativeText)));
    //: Action: give the selected spaces (or a new one) separate guest and host access
    m_guestHostAction->setText(tr("&Guest and Host Access…"));
    m_guestHostAction->setToolTip(tr("Set up separate guest and host access on the selected spaces, or on a new space "
                                     "when none is selected (%1)")
                                      .arg(m_guestHostAction->shortcut().toString(QKeySequence::NativeText)));
    m_exportAction->setText(tr("E&xport…"));
    m_exportAction->setToolTip(tr("Save the spaces shown, with the visible columns, as a CSV file"));
    //: Menu of actions on many spaces at once
    m_bulkButton->setText(tr("&Bulk"));
    m_bulkMenu->setTitle(tr("&Bulk"));
    m_deleteAction->setText(tr("&Delete Selected…"));
    m_setFieldAction->setText(tr("Set a &Field…"));
    m_startMeetingAction->setText(tr("Start &Meeting…"));
    m_startMeetingAction->setToolTip(tr("Start the meeting of the current space, and follow it in the Live section (%1)")
                                         .arg(m_startMeetingAction->shortcut().toString(QKeySequence::NativeText)));
    m_checkGuestAccessAction->setText(tr("Why Can't My Guests Get &In?…"));
    m_checkGuestAccessAction->setToolTip(tr("Check the current space's guest and host access: the pattern it follows, "
                                            "each problem and its fix (%1)")
                                             .arg(m_checkGuestAccessAction->shortcut().toString(QKeySequence::NativeText)));
    m_cancelButton->setText(tr("Cancel"));
    m_cancelButton->setToolTip(tr("Stop reading the spaces; those read so far stay in the list"));
    m_toolBar->setWindowTitle(tr("Spaces"));
    m_detailsPlaceholder->setText(tr("Select a space to see its details."));
    updateProgress();
}

} // namespace views
