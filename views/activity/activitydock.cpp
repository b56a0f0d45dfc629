#include "activity/activitydock.h"

#include "activity/activitylogmodel.h"
#include "diagnostics/apitrace.h"
#include "common/severityiconproxymodel.h"
#include "activity/tracemodel.h"

#include <QAction>
#include <QBoxLayout>
#include <QClipboard>
#include <QEvent>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHeaderView>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSplitter>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolButton>

#include <memory>

namespace views {

namespace {

// Keeps the newest (last) row in view while the user is at the bottom; once they scroll up to read
// something older, new rows no longer move the table under their eyes.
void followNewestRows(QTableView *view)
{
    auto wasAtBottom = std::make_shared<bool>(true);
    QAbstractItemModel *model = view->model();
    QObject::connect(model, &QAbstractItemModel::rowsAboutToBeInserted, view, [view, wasAtBottom] {
        const QScrollBar *bar = view->verticalScrollBar();
        *wasAtBottom = bar->value() >= bar->maximum();
    });
    QObject::connect(model, &QAbstractItemModel::rowsInserted, view, [view, wasAtBottom] {
        if (*wasAtBottom)
            view->scrollToBottom();
    });
}

// A table's header does not measure its ResizeToContents columns again when rows arrive in a
// visible table; ask it once per burst of inserts.
void fitColumnsToNewRows(QTableView *view)
{
    auto *timer = new QTimer(view);
    timer->setSingleShot(true);
    timer->setInterval(0);
    QHeaderView *header = view->horizontalHeader();
    QObject::connect(timer, &QTimer::timeout, header,
                     [header] { QMetaObject::invokeMethod(header, "resizeSections"); });   // a protected slot
    QObject::connect(view->model(), &QAbstractItemModel::rowsInserted, timer, qOverload<>(&QTimer::start));
    // A new language: other header texts and other time formats.
    QObject::connect(view->model(), &QAbstractItemModel::headerDataChanged, timer, qOverload<>(&QTimer::start));
}

void setUpTable(QTableView *view)
{
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->setShowGrid(false);
    view->setTextElideMode(Qt::ElideMiddle);
    view->verticalHeader()->hide();
    // Fixed row heights: no measuring of every row as the table grows.
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 6);
    view->horizontalHeader()->setHighlightSections(false);
    view->horizontalHeader()->setResizeContentsPrecision(100);
}

} // namespace

ActivityDock::ActivityDock(cms::ApiTrace &trace, cms::ActivityLog &log, QWidget *parent)
    : QDockWidget(parent)
    , m_trace(trace)
    , m_traceModel(new models::TraceModel(trace, this))
    , m_logModel(new models::ActivityLogModel(log, this))
    , m_tabs(new QTabWidget(this))
    , m_copyCurlAction(new QAction(this))
    , m_clearTraceAction(new QAction(this))
{
    setObjectName(QStringLiteral("activityDock"));
    m_tabs->setObjectName(QStringLiteral("activityTabs"));
    m_tabs->setDocumentMode(true);

    m_copyCurlAction->setObjectName(QStringLiteral("copyCurlAction"));
    m_copyCurlAction->setIcon(QIcon::fromTheme(QStringLiteral("edit-copy")));
    m_copyCurlAction->setEnabled(false);
    connect(m_copyCurlAction, &QAction::triggered, this, &ActivityDock::copySelectedAsCurl);

    m_clearTraceAction->setObjectName(QStringLiteral("clearTraceAction"));
    m_clearTraceAction->setIcon(
        QIcon::fromTheme(QStringLiteral("edit-clear"), style()->standardIcon(QStyle::SP_LineEditClearButton)));
    connect(m_clearTraceAction, &QAction::triggered, this, [this] { m_trace.clear(); });

    m_traceTab = createTraceTab();
    m_operationsTab = createOperationsTab();
    m_tabs->addTab(m_traceTab, QString());
    m_tabs->addTab(m_operationsTab, QString());
    setWidget(m_tabs);

    retranslateUi();
}

QWidget *ActivityDock::createTraceTab()
{
    auto *tab = new QWidget;

    m_copyCurlButton = new QToolButton(tab);
    m_copyCurlButton->setObjectName(QStringLiteral("copyCurlButton"));
    m_copyCurlButton->setDefaultAction(m_copyCurlAction);
    m_copyCurlButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_copyCurlButton->setAutoRaise(true);

    m_clearTraceButton = new QToolButton(tab);
    m_clearTraceButton->setObjectName(QStringLiteral("clearTraceButton"));
    m_clearTraceButton->setDefaultAction(m_clearTraceAction);
    m_clearTraceButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_clearTraceButton->setAutoRaise(true);

    m_traceView = new QTableView;
    m_traceView->setObjectName(QStringLiteral("traceView"));
    m_traceView->setModel(m_traceModel);
    setUpTable(m_traceView);
    QHeaderView *header = m_traceView->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(int(models::TraceModel::Column::Path), QHeaderView::Stretch);
    header->setStretchLastSection(false);
    m_traceView->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_traceView->addAction(m_copyCurlAction);
    m_traceView->addAction(m_clearTraceAction);
    followNewestRows(m_traceView);
    fitColumnsToNewRows(m_traceView);

    m_traceDetail = new QPlainTextEdit;
    m_traceDetail->setObjectName(QStringLiteral("traceDetail"));
    m_traceDetail->setReadOnly(true);
    m_traceDetail->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_traceDetail->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));

    connect(m_traceView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ActivityDock::updateTraceDetail);
    connect(m_traceModel, &QAbstractItemModel::modelReset, this, &ActivityDock::updateTraceDetail);

    // Side by side: the dock is wide and short.
    auto *splitter = new QSplitter(Qt::Horizontal);
    splitter->setObjectName(QStringLiteral("traceSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_traceView);
    splitter->addWidget(m_traceDetail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto *buttons = new QHBoxLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->addWidget(m_copyCurlButton);
    buttons->addWidget(m_clearTraceButton);
    buttons->addStretch();

    auto *layout = new QVBoxLayout(tab);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(buttons);
    layout->addWidget(splitter, 1);
    return tab;
}

QWidget *ActivityDock::createOperationsTab()
{
    m_activityView = new QTableView;
    m_activityView->setObjectName(QStringLiteral("activityView"));
    m_logProxy = new SeverityIconProxyModel(m_activityView, this);
    m_logProxy->setSourceModel(m_logModel);
    m_activityView->setModel(m_logProxy);
    setUpTable(m_activityView);
    m_activityView->setTextElideMode(Qt::ElideRight);
    QHeaderView *header = m_activityView->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setStretchLastSection(true);
    followNewestRows(m_activityView);
    fitColumnsToNewRows(m_activityView);
    return m_activityView;
}

void ActivityDock::showTrace()
{
    m_tabs->setCurrentWidget(m_traceTab);
}

void ActivityDock::showOperations()
{
    m_tabs->setCurrentWidget(m_operationsTab);
}

void ActivityDock::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDockWidget::changeEvent(event);
}

void ActivityDock::retranslateUi()
{
    setWindowTitle(tr("Activity"));
    //: Tab of the Activity dock listing every request sent to the servers
    m_tabs->setTabText(m_tabs->indexOf(m_traceTab), tr("API trace"));
    //: Tab of the Activity dock listing what the console did (connected, failover, operations…)
    m_tabs->setTabText(m_tabs->indexOf(m_operationsTab), tr("Operations"));
    m_copyCurlAction->setText(tr("Copy as &curl"));
    m_copyCurlAction->setToolTip(
        tr("Copy the selected request as a curl command. Passwords are read from shell variables "
           "(CMS_USER, CMS_PASSWORD…), never copied."));
    m_clearTraceAction->setText(tr("C&lear"));
    m_clearTraceAction->setToolTip(tr("Remove every request from the trace."));
    m_traceDetail->setPlaceholderText(tr("Select a request to see it in full."));
    m_traceView->setAccessibleName(tr("API trace"));
    m_traceView->setAccessibleDescription(tr("Every request sent to the servers and its reply, secrets hidden"));
    m_traceDetail->setAccessibleName(tr("Selected request"));
    m_traceDetail->setAccessibleDescription(tr("The selected request and its reply in full, secrets hidden"));
    m_activityView->setAccessibleName(tr("Operations"));
    m_activityView->setAccessibleDescription(tr("What the console did: connections, failovers, changes"));
}

QModelIndex ActivityDock::selectedTraceRow() const
{
    const QModelIndexList rows = m_traceView->selectionModel()->selectedRows();
    return rows.isEmpty() ? QModelIndex() : rows.constFirst();
}

void ActivityDock::updateTraceDetail()
{
    const QModelIndex row = selectedTraceRow();
    m_copyCurlAction->setEnabled(row.isValid());
    if (!row.isValid()) {
        m_traceDetail->clear();
        return;
    }
    m_traceDetail->setPlainText(row.data(models::TraceModel::FormattedRole).toString());
}

void ActivityDock::copySelectedAsCurl()
{
    const QModelIndex row = selectedTraceRow();
    if (!row.isValid())
        return;
    // The trace holds no secret and toCurl reads them from shell variables: safe to copy.
    QGuiApplication::clipboard()->setText(row.data(models::TraceModel::CurlRole).toString());
}

} // namespace views
