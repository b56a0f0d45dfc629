#include "bridges/bridgespane.h"

#include "common/panelayout.h"

#include "bridges/bridgesmodel.h"
#include "bridges/calllegschartview.h"
#include "bridges/calllegshistory.h"
#include "cluster/clusterregistry.h"
#include "cluster/clustersession.h"
#include "common/rawvaluesortproxymodel.h"

#include <QAction>
#include <QBoxLayout>
#include <QDataStream>
#include <QEvent>
#include <QHeaderView>
#include <QIODevice>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QSplitter>
#include <QStyle>
#include <QToolBar>
#include <QTreeView>

namespace views {

namespace {

using Column = models::BridgesModel::Column;

// saveState(): a small versioned record so that later additions can still read it.
constexpr quint32 StateMagic = 0x42524447;   // "BRDG"
constexpr quint32 StateVersion = 1;

} // namespace

BridgesPane::BridgesPane(cms::ClusterRegistry &registry, models::BridgesModel &model, QWidget *parent)
    : QWidget(parent)
    , m_registry(registry)
    , m_model(model)
    , m_proxy(new RawValueSortProxyModel(models::BridgesModel::RawValueRole, this))
    , m_toolBar(new QToolBar(this))
    , m_view(new QTreeView)
    , m_detailsLabel(new QLabel)
    , m_chart(new CallLegsChartView)
    , m_splitter(new QSplitter(Qt::Vertical, this))
    , m_refreshAction(new QAction(this))
{
    setObjectName(QStringLiteral("bridgesPane"));

    m_refreshAction->setObjectName(QStringLiteral("refreshAction"));
    m_refreshAction->setShortcut(QKeySequence::Refresh);
    m_refreshAction->setShortcutContext(Qt::WindowShortcut);   // wherever the focus is, while the pane is shown
    m_refreshAction->setIcon(
        QIcon::fromTheme(QStringLiteral("view-refresh"), style()->standardIcon(QStyle::SP_BrowserReload)));
    connect(m_refreshAction, &QAction::triggered, this, &BridgesPane::refresh);
    addAction(m_refreshAction);

    m_toolBar->setObjectName(QStringLiteral("bridgesToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->setIconSize(QSize(16, 16));
    m_toolBar->addAction(m_refreshAction);

    m_proxy->setSourceModel(&m_model);
    m_proxy->setDynamicSortFilter(true);

    m_view->setObjectName(QStringLiteral("bridgesView"));
    m_view->setModel(m_proxy);
    m_view->setUniformRowHeights(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_view->addAction(m_refreshAction);

    QHeaderView *header = m_view->header();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setStretchLastSection(false);
    header->setSectionsMovable(true);
    header->setFirstSectionMovable(false);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QWidget::customContextMenuRequested, this, &BridgesPane::showColumnsMenu);
    // Until the user clicks a column, bridges stay in failover order (primary first).
    header->setSortIndicator(-1, Qt::AscendingOrder);
    header->setSortIndicatorClearable(true);
    m_view->setSortingEnabled(true);

    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &BridgesPane::expandInserted);
    connect(m_proxy, &QAbstractItemModel::modelReset, m_view, &QTreeView::expandAll);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { currentRowChanged(current); });
    connect(&m_model, &QAbstractItemModel::dataChanged, this, &BridgesPane::updateDetails);

    m_detailsLabel->setObjectName(QStringLiteral("detailsLabel"));
    m_detailsLabel->setTextFormat(Qt::PlainText);   // bridge names and errors come from servers
    m_detailsLabel->setWordWrap(true);
    m_detailsLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detailsLabel->setContentsMargins(4, 2, 4, 2);

    auto *top = new QWidget;
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->setSpacing(2);
    topLayout->addWidget(m_view, 1);
    topLayout->addWidget(m_detailsLabel);

    m_splitter->setObjectName(QStringLiteral("bridgesSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(top);
    m_splitter->addWidget(m_chart);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_toolBar);
    layout->addWidget(m_splitter, 1);

    followRegistry();
    m_view->expandAll();
    retranslateUi();
    if (m_registry.count() > 0)
        setCurrentCluster(m_registry.session(0));
}

BridgesPane::~BridgesPane()
{
    // The chart goes with the splitter; let it forget the histories first.
    m_chart->setHistory(nullptr);
}

void BridgesPane::followRegistry()
{
    for (int i = 0; i < m_registry.count(); ++i)
        addHistory(m_registry.session(i));
    connect(&m_registry, &cms::ClusterRegistry::clusterAdded, this,
            [this](int index) { addHistory(m_registry.session(index)); });
    connect(&m_registry, &cms::ClusterRegistry::clusterAboutToBeRemoved, this,
            [this](int index) { removeHistory(m_registry.session(index)); });
}

// Each cluster keeps its own history from the start, so switching clusters shows a full chart.
void BridgesPane::addHistory(cms::ClusterSession *session)
{
    if (!session || m_histories.contains(session))
        return;
    auto *history = new models::CallLegsHistory(this);
    history->setSession(session);
    m_histories.insert(session, history);
    connect(session, &QObject::destroyed, this, [this, session] { removeHistory(session); });
    if (session == m_current)
        m_chart->setHistory(history);
}

void BridgesPane::removeHistory(cms::ClusterSession *session)
{
    models::CallLegsHistory *history = m_histories.take(session);
    if (!history)
        return;
    if (m_chart->history() == history)
        m_chart->setHistory(nullptr);
    history->deleteLater();
}

void BridgesPane::expandInserted(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid()) {
        m_view->expand(parent);
        return;
    }
    for (int row = first; row <= last; ++row)
        m_view->expand(m_proxy->index(row, 0));
    // The first cluster becomes current, so that the chart and the details have something to show.
    if (!m_view->currentIndex().isValid())
        m_view->setCurrentIndex(m_proxy->index(first, 0));
}

void BridgesPane::setCurrentCluster(cms::ClusterSession *session)
{
    const QModelIndex index = session ? m_proxy->mapFromSource(m_model.clusterIndex(session)) : QModelIndex();
    if (!index.isValid()) {
        m_view->selectionModel()->clearCurrentIndex();
        m_view->clearSelection();
        return;
    }
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
}

cms::ClusterSession *BridgesPane::currentCluster() const
{
    return m_current;
}

int BridgesPane::currentEndpoint() const
{
    return m_model.endpointAt(m_proxy->mapToSource(m_view->currentIndex()));
}

void BridgesPane::currentRowChanged(const QModelIndex &current)
{
    const QModelIndex source = m_proxy->mapToSource(current);
    cms::ClusterSession *session = m_model.sessionAt(source);
    const int endpoint = session ? m_model.endpointAt(source) : -1;
    if (session != m_current) {
        m_current = session;
        followCurrentSession();
        m_chart->setHistory(m_histories.value(session));
        Q_EMIT currentClusterChanged(session);
    }
    Q_EMIT currentBridgeChanged(session, endpoint);
    updateDetails();
}

// The details line says more than the model's columns (the last error of a bridge, when it last
// answered), so it listens to the current session itself.
void BridgesPane::followCurrentSession()
{
    for (const QMetaObject::Connection &connection : std::as_const(m_currentConnections))
        disconnect(connection);
    m_currentConnections.clear();
    if (!m_current)
        return;
    m_currentConnections = {
        connect(m_current, &cms::ClusterSession::stateChanged, this, &BridgesPane::updateDetails),
        connect(m_current, &cms::ClusterSession::statusUpdated, this, &BridgesPane::updateDetails),
        connect(m_current, &cms::ClusterSession::endpointStateChanged, this, &BridgesPane::updateDetails),
        connect(m_current, &cms::ClusterSession::activeEndpointChanged, this, &BridgesPane::updateDetails),
    };
}

void BridgesPane::refresh()
{
    if (m_current) {
        m_current->refresh();
        return;
    }
    for (int i = 0; i < m_registry.count(); ++i)
        m_registry.session(i)->refresh();
}

void BridgesPane::showColumnsMenu(const QPoint &pos)
{
    PaneLayout::showColumnsMenu(m_view->header(), m_proxy, int(Column::Name), QStringLiteral("bridgesColumnsMenu"), this, pos);
}

QByteArray BridgesPane::saveState() const
{
    return PaneLayout::save(StateMagic, StateVersion, m_view->header(), m_splitter);
}

bool BridgesPane::restoreState(const QByteArray &state)
{
    bool splitterRestored = false;
    if (!PaneLayout::restore(state, StateMagic, StateVersion, m_view->header(), int(Column::Name), m_splitter,
                             &splitterRestored))
        return false;
    m_splitterSized = splitterRestored || m_splitterSized;
    return true;
}

void BridgesPane::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // The first time, unless restoreState() said otherwise: two fifths for the bridges (a cluster
    // rarely has more than a handful), the rest for the chart, which needs room for its labels.
    if (!m_splitterSized) {
        m_splitterSized = true;
        const int height = m_splitter->height();
        m_splitter->setSizes({height * 2 / 5, height - height * 2 / 5});
    }
}

void BridgesPane::changeEvent(QEvent *event)
{
    switch (event->type()) {
    case QEvent::LanguageChange:
        retranslateUi();
        break;
    case QEvent::LocaleChange:
        m_proxy->setCollatorLocale(QLocale());
        updateDetails();
        break;
    case QEvent::LayoutDirectionChange:
        updateDetails();
        break;
    default:
        break;
    }
    QWidget::changeEvent(event);
}

void BridgesPane::retranslateUi()
{
    //: Action: check the call bridges of the selected cluster now
    m_refreshAction->setText(tr("&Refresh"));
    m_refreshAction->setToolTip(tr("Check the call bridges of the selected cluster now (%1)")
                                    .arg(m_refreshAction->shortcut().toString(QKeySequence::NativeText)));
    m_toolBar->setWindowTitle(tr("Bridges"));
    m_view->setAccessibleName(tr("Bridges"));
    m_view->setAccessibleDescription(tr("Every cluster with its call bridges, and how the console sees each one"));
    updateDetails();
}

void BridgesPane::updateDetails()
{
    // A wrapping label takes its paragraph direction from the first strong character, which is
    // often a (Latin) bridge name even in Arabic: a direction mark makes it follow the layout.
    const QChar mark = isRightToLeft() ? QChar(0x200F) : QChar(0x200E);
    m_detailsLabel->setText(mark + detailsText());
}

QString BridgesPane::bridgeName(cms::ClusterSession *session, int endpointIndex) const
{
    return m_model.bridgeIndex(session, endpointIndex, int(Column::Name)).data().toString();
}

QString BridgesPane::detailsText() const
{
    cms::ClusterSession *session = m_current;
    if (!session)
        return tr("Select a cluster or a call bridge to see its details.");

    const QLocale locale;   // the default one, which follows the language chosen at run time
    const int endpoint = currentEndpoint();
    if (endpoint < 0) {
        switch (session->state()) {
        case cms::ClusterSession::State::Closed:
            return tr("%1 is not connected.").arg(session->name());
        case cms::ClusterSession::State::Opening:
            return tr("Opening %1…").arg(session->name());
        case cms::ClusterSession::State::Failed:
            //: %1: cluster name, %2: why (a sentence)
            return tr("%1 could not be opened: %2").arg(session->name(), session->errorMessage());
        case cms::ClusterSession::State::Open:
            break;
        }
        const int active = session->activeEndpoint();
        if (active < 0)
            return tr("%1: no call bridge answers.").arg(session->name());
        //: %1: cluster name, %2: call bridge name
        return tr("%1: configuration goes through %2.").arg(session->name(), bridgeName(session, active));
    }

    const QString bridge = bridgeName(session, endpoint);
    if (session->state() != cms::ClusterSession::State::Open)
        return tr("%1 is not connected.").arg(bridge);

    const cms::SystemStatus status = session->status(endpoint);
    const QString answeredAt = status.isValid()
        ? locale.toString(status.receivedAt.toLocalTime().time(), QLocale::ShortFormat)
        : QString();
    switch (session->endpointState(endpoint)) {
    case cms::EndpointState::Down: {
        const cms::CmsError error = session->lastError(endpoint);
        if (error)
            //: %1: call bridge name, %2: the error (a sentence)
            return tr("%1 does not answer: %2").arg(bridge, error.message());
        return tr("%1 does not answer.").arg(bridge);
    }
    case cms::EndpointState::Slow:
        if (status.isValid())
            //: %1: call bridge name, %2: time of day
            return tr("%1 answers slowly; last answer at %2.").arg(bridge, answeredAt);
        return tr("%1 answers slowly.").arg(bridge);
    case cms::EndpointState::Healthy:
        break;
    }
    if (!status.isValid())
        return tr("%1 has not answered yet.").arg(bridge);
    //: %1: call bridge name, %2: time of day
    return tr("%1 answered at %2.").arg(bridge, answeredAt);
}

} // namespace views
