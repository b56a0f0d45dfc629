#include "meetings/meetingspane.h"

#include "common/panelayout.h"

#include "cluster/clustersession.h"
#include "common/displayformat.h"
#include "common/rawvaluesortproxymodel.h"
#include "meetings/meetingdialog.h"
#include "meetings/newpooldialog.h"
#include "meetings/placeholderpoolreader.h"
#include "meetings/placeholderpoolmodel.h"
#include "meetings/poolchangedialogs.h"
#include "meetings/schedulerassistant.h"
#include "net/connection.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QSplitter>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace views {

namespace {
using Kind = cms::PlaceholderState::Kind;
using Column = models::PlaceholderPoolModel::Column;

constexpr quint32 StateMagic = 0x4d455450;   // "METP"
constexpr quint32 StateVersion = 1;
} // namespace

MeetingsPane::MeetingsPane(cms::ProfileLabels *labels, QWidget *parent)
    : QWidget(parent)
    , m_labels(labels)
    , m_model(new models::PlaceholderPoolModel(this))
    , m_proxy(new RawValueSortProxyModel(models::PlaceholderPoolModel::RawValueRole, this))
    , m_toolBar(new QToolBar(this))
    , m_poolLabel(new QLabel(this))
    , m_pools(new QComboBox(this))
    , m_summary(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_bridgeProblems(new QLabel(this))
    , m_error(new QLabel(this))
    , m_table(new QTableView(this))
    , m_splitter(new QSplitter(Qt::Vertical, this))
    , m_detailsLabel(new QLabel(this))
    , m_details(new QPlainTextEdit(this))
    , m_newPool(new QAction(this))
    , m_growPool(new QAction(this))
    , m_removePool(new QAction(this))
    , m_refresh(new QAction(this))
    , m_start(new QAction(this))
    , m_extend(new QAction(this))
    , m_end(new QAction(this))
    , m_separator(new QAction(this))
    , m_schedulerSeparator(new QAction(this))
    , m_scheduler(new QAction(this))
{
    setObjectName(QStringLiteral("meetingsPane"));
    m_toolBar->setObjectName(QStringLiteral("meetingsToolBar"));
    m_pools->setObjectName(QStringLiteral("poolChooser"));
    m_summary->setObjectName(QStringLiteral("poolSummary"));
    m_progress->setObjectName(QStringLiteral("poolReadProgress"));
    m_bridgeProblems->setObjectName(QStringLiteral("poolBridgeProblems"));
    m_error->setObjectName(QStringLiteral("poolReadError"));
    m_table->setObjectName(QStringLiteral("placeholdersView"));
    m_details->setObjectName(QStringLiteral("placeholderDetails"));
    m_newPool->setObjectName(QStringLiteral("newPoolAction"));
    m_growPool->setObjectName(QStringLiteral("growPoolAction"));
    m_removePool->setObjectName(QStringLiteral("removePoolAction"));
    m_refresh->setObjectName(QStringLiteral("refreshMeetingsAction"));
    m_start->setObjectName(QStringLiteral("startMeetingAction"));
    m_extend->setObjectName(QStringLiteral("extendMeetingAction"));
    m_end->setObjectName(QStringLiteral("endMeetingAction"));
    m_scheduler->setObjectName(QStringLiteral("meetingsSchedulerAction"));
    m_separator->setSeparator(true);
    m_schedulerSeparator->setSeparator(true);

    m_refresh->setShortcut(QKeySequence::Refresh);
    m_newPool->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    for (QAction *action : {m_refresh, m_newPool}) {
        action->setShortcutContext(Qt::WindowShortcut);
        addAction(action);
    }
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_toolBar->addActions(actions());

    m_poolLabel->setBuddy(m_pools);
    m_pools->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    for (QLabel *label : {m_summary, m_bridgeProblems, m_error}) {
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    }
    m_bridgeProblems->setForegroundRole(QPalette::Link);
    m_error->setForegroundRole(QPalette::Link);
    m_bridgeProblems->hide();
    m_error->hide();
    m_progress->hide();
    m_progress->setMaximumWidth(240);

    m_proxy->setSourceModel(m_model);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(int(Column::Index), Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false);   // Tab leaves the table: the details come next
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->setWordWrap(false);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_table->addActions(actions());
    m_details->setReadOnly(true);
    m_details->setTabChangesFocus(true);
    m_detailsLabel->setBuddy(m_details);

    auto *top = new QHBoxLayout;
    top->addWidget(m_poolLabel);
    top->addWidget(m_pools, 1);
    top->addWidget(m_progress);
    auto *below = new QWidget(this);
    auto *belowLayout = new QVBoxLayout(below);
    belowLayout->setContentsMargins(0, 0, 0, 0);
    belowLayout->addWidget(m_detailsLabel);
    belowLayout->addWidget(m_details, 1);
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(below);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_toolBar);
    layout->addLayout(top);
    layout->addWidget(m_summary);
    layout->addWidget(m_bridgeProblems);
    layout->addWidget(m_error);
    layout->addWidget(m_splitter, 1);
    setTabOrder(m_pools, m_table);
    setTabOrder(m_table, m_details);

    connect(m_pools, &QComboBox::activated, this, [this] {
        m_chosen = m_pools->currentData().toString();
        refreshStates();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        updateDetails();
        updateActions();
    });
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this] {
        updateSummary();
        updateDetails();
        updateActions();
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &MeetingsPane::updateSummary);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, [this] {
        updateSummary();
        updateDetails();
        updateActions();
    });
    connect(m_refresh, &QAction::triggered, this, &MeetingsPane::refresh);
    connect(m_newPool, &QAction::triggered, this, &MeetingsPane::openNewPool);
    connect(m_growPool, &QAction::triggered, this, &MeetingsPane::openGrowPool);
    connect(m_removePool, &QAction::triggered, this, &MeetingsPane::openRemovePool);
    connect(m_start, &QAction::triggered, this, [this] { requestMeeting(MeetingAction::Start); });
    connect(m_extend, &QAction::triggered, this, [this] { requestMeeting(MeetingAction::Extend); });
    connect(m_end, &QAction::triggered, this, [this] { requestMeeting(MeetingAction::End); });
    connect(m_scheduler, &QAction::triggered, this, &MeetingsPane::openSchedulerAssistant);

    retranslateUi();
    updateActions();
}

MeetingsPane::~MeetingsPane()
{
    // The model's rows go before this pane's parts: no signal of theirs reaches a slot here.
    disconnect(m_model, nullptr, this, nullptr);
    disconnect(m_table->selectionModel(), nullptr, this, nullptr);
}

QList<QAction *> MeetingsPane::actions() const
{
    return {m_newPool, m_growPool, m_removePool, m_separator, m_start, m_extend, m_end, m_schedulerSeparator, m_scheduler};
}

void MeetingsPane::setSession(cms::ClusterSession *session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (m_reader) {
        disconnect(m_reader, nullptr, this, nullptr);
        m_reader->deleteLater();
    }
    m_poolList.clear();
    m_chosen.clear();
    m_problems.clear();
    m_model->setLiveCluster(nullptr);
    m_model->setStates({});
    fillPoolChooser();
    setReading(false);
    m_error->hide();
    // A cluster chosen while it still connects is read once it is open (and again after a reconnection).
    if (session) {
        connect(session, &cms::ClusterSession::stateChanged, this, [this] {
            updateActions();
            if (m_session && m_session->state() == cms::ClusterSession::State::Open)
                refresh();
        });
        if (session->state() == cms::ClusterSession::State::Open)
            refresh();
    }
    updateSummary();
    updateActions();
}

QByteArray MeetingsPane::saveState() const
{
    return PaneLayout::save(StateMagic, StateVersion, m_table->horizontalHeader(), m_splitter);
}

bool MeetingsPane::restoreState(const QByteArray &state)
{
    bool splitterRestored = false;
    return PaneLayout::restore(state, StateMagic, StateVersion, m_table->horizontalHeader(), int(Column::Index), m_splitter,
                               &splitterRestored);
}

void MeetingsPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void MeetingsPane::retranslateUi()
{
    m_toolBar->setWindowTitle(tr("Meetings"));
    m_toolBar->setAccessibleName(tr("Meetings actions"));
    m_poolLabel->setText(tr("P&ool:"));   // Alt+P opens the Spaces menu
    m_pools->setAccessibleName(tr("Placeholder pool"));
    m_pools->setAccessibleDescription(tr("The cluster's placeholder pools, each by its name pattern and size; "
                                         "the table shows the chosen one's placeholders"));
    m_summary->setAccessibleName(tr("Summary of the pool"));
    m_progress->setAccessibleName(tr("Reading the pool"));
    m_bridgeProblems->setAccessibleName(tr("Call bridges not read"));
    m_error->setAccessibleName(tr("Reading failed"));
    m_table->setAccessibleName(tr("Placeholders"));
    m_table->setAccessibleDescription(tr("Each placeholder of the chosen pool: its space, its state (free, in a meeting "
                                         "or inconsistent), the meeting's participants and call bridge, and its problems"));
    m_detailsLabel->setText(tr("&Details:"));
    m_details->setAccessibleName(tr("Details of the chosen placeholder"));
    m_details->setAccessibleDescription(tr("The chosen placeholder's state, and why it is inconsistent when it is"));
    m_details->setPlaceholderText(tr("Choose a placeholder to see its state."));
    m_newPool->setText(tr("&New Pool…"));
    m_newPool->setToolTip(tr("Create placeholder spaces in bulk, for a scheduler (%1)")
                              .arg(m_newPool->shortcut().toString(QKeySequence::NativeText)));
    m_growPool->setText(tr("&Grow Pool…"));
    m_growPool->setToolTip(tr("Add placeholders after the chosen pool's last one"));
    m_removePool->setText(tr("Re&move Pool…"));
    m_removePool->setToolTip(tr("Delete every placeholder of the chosen pool"));
    m_refresh->setText(tr("&Refresh"));
    m_start->setText(tr("&Start Meeting…"));
    m_start->setToolTip(tr("Start a meeting in the chosen free placeholder"));
    m_extend->setText(tr("E&xtend Meeting…"));
    m_extend->setToolTip(tr("Extend the meeting running in the chosen placeholder"));
    m_end->setText(tr("&End Meeting…"));
    m_end->setToolTip(tr("End the meeting in the chosen placeholder and put the placeholder back"));
    //: Opens the assistant that checks and prepares what the CMS 3.3+ scheduler needs
    m_scheduler->setText(tr("CMS Scheduler Set-&up…"));
    m_scheduler->setToolTip(tr("Check what the CMS scheduler needs, get the commands to run on the server's "
                               "console, and see its temporary spaces"));
    for (QAction *action : actions())
        action->setStatusTip(action->toolTip());
    m_model->retranslate();
    fillPoolChooser();
    updateSummary();
    updateDetails();
}

void MeetingsPane::setReading(bool reading)
{
    m_reading = reading;
    m_progress->setVisible(reading);
    if (reading) {
        m_progress->setRange(0, 0);   // busy until the reader says how far it is
        m_progress->setFormat(QString());
    }
    updateActions();
}

void MeetingsPane::refresh()
{
    if (!m_session || !m_session->connection())
        return;
    if (m_reader) {
        disconnect(m_reader, nullptr, this, nullptr);
        m_reader->deleteLater();
    }
    m_model->setLiveCluster(m_session->live());
    m_model->setBridgeNames(bridgeNames());
    m_reader = new cms::PlaceholderPoolReader(*m_session->connection(), this);
    connect(m_reader, &cms::PlaceholderPoolReader::finished, this, &MeetingsPane::poolsRead);
    setReading(true);
    m_reader->readPools();
}

void MeetingsPane::refreshStates()
{
    const cms::PlaceholderPool *pool = currentPool();
    if (!m_session || !m_session->connection() || !pool)
        return;
    if (m_reader) {
        disconnect(m_reader, nullptr, this, nullptr);
        m_reader->deleteLater();
    }
    m_reader = new cms::PlaceholderPoolReader(*m_session->connection(), this);
    connect(m_reader, &cms::PlaceholderPoolReader::progress, this, [this](qint64 done, qint64 total) {
        if (total <= 0)
            return;
        m_progress->setRange(0, 1000);
        m_progress->setValue(int(1000 * done / total));
    });
    connect(m_reader, &cms::PlaceholderPoolReader::finished, this, &MeetingsPane::statesRead);
    setReading(true);
    m_reader->readStates(*pool);
}

void MeetingsPane::poolsRead()
{
    cms::PlaceholderPoolReader *reader = m_reader;
    if (!reader)
        return;
    reader->deleteLater();
    m_reader = nullptr;
    if (!reader->error().isOk()) {
        //: %1: why the pools could not be read
        m_error->setText(tr("The pools could not be read: %1").arg(reader->error().message()));
        m_error->show();
        setReading(false);
        Q_EMIT readFinished();
        return;
    }
    m_error->hide();
    m_poolList = reader->pools();
    if (!currentPool())
        m_chosen = m_poolList.isEmpty() ? QString() : m_poolList.first().nameMapping;
    fillPoolChooser();
    if (!currentPool()) {
        m_model->setStates({});
        m_problems.clear();
        m_bridgeProblems->hide();
        setReading(false);
        updateSummary();
        Q_EMIT readFinished();
        return;
    }
    refreshStates();
}

void MeetingsPane::statesRead()
{
    cms::PlaceholderPoolReader *reader = m_reader;
    if (!reader)
        return;
    reader->deleteLater();
    m_reader = nullptr;
    setReading(false);
    if (!reader->error().isOk()) {
        //: %1: why the placeholders could not be read
        m_error->setText(tr("The placeholders could not be read: %1").arg(reader->error().message()));
        m_error->show();
        Q_EMIT readFinished();
        return;
    }
    m_error->hide();
    m_model->setStates(reader->states());
    m_problems = reader->bridgeProblems();
    m_bridgeProblems->setText(m_problems.join(QLatin1Char('\n')));
    m_bridgeProblems->setVisible(!m_problems.isEmpty());
    if (m_sizedFor != m_chosen && m_proxy->rowCount() > 0) {
        // Once per pool shown: the names and URIs whole; the user's widths stay after that.
        m_sizedFor = m_chosen;
        m_table->resizeColumnsToContents();
    }
    if (!m_table->currentIndex().isValid() && m_proxy->rowCount() > 0)
        m_table->setCurrentIndex(m_proxy->index(0, 0));
    updateSummary();
    updateDetails();
    updateActions();
    Q_EMIT readFinished();
}

void MeetingsPane::fillPoolChooser()
{
    const QSignalBlocker blocker(m_pools);
    m_pools->clear();
    for (const cms::PlaceholderPool &pool : std::as_const(m_poolList)) {
        //: A pool in the chooser: %1 its name pattern, %n its size
        m_pools->addItem(tr("%1 (%n placeholder(s))", nullptr, pool.size())
                             .arg(models::DisplayFormat::isolated(pool.nameMapping)),
                         pool.nameMapping);
        m_pools->setItemData(m_pools->count() - 1, pool.uriMapping, Qt::ToolTipRole);
    }
    m_pools->setCurrentIndex(m_pools->findData(m_chosen));
    m_pools->setEnabled(!m_poolList.isEmpty());
}

const cms::PlaceholderPool *MeetingsPane::currentPool() const
{
    for (const cms::PlaceholderPool &pool : m_poolList) {
        if (pool.nameMapping == m_chosen)
            return &pool;
    }
    return nullptr;
}

int MeetingsPane::currentSourceRow() const
{
    return m_proxy->mapToSource(m_table->currentIndex()).row();
}

QStringList MeetingsPane::bridgeNames() const
{
    QStringList names;
    if (!m_session)
        return names;
    for (const cms::EndpointProfile &endpoint : m_session->profile().endpoints)
        names << (endpoint.name.isEmpty() ? models::DisplayFormat::hostPort(endpoint.address) : endpoint.name);
    return names;
}

void MeetingsPane::updateSummary()
{
    if (!m_session) {
        m_summary->setText(tr("No cluster is chosen."));
        return;
    }
    if (m_poolList.isEmpty()) {
        m_summary->setText(m_reading ? tr("Reading the pools…")
                                     : tr("This cluster has no placeholder pool. New Pool… creates one."));
        return;
    }
    const int free = m_model->countOf(Kind::Free);
    const int inMeeting = m_model->countOf(Kind::InMeeting);
    const int inconsistent = m_model->countOf(Kind::Inconsistent);
    //: The summary of a pool, %1: "12 free", %2: "3 in a meeting", %3: "1 inconsistent"
    m_summary->setText(tr("%1, %2, %3")
                           .arg(tr("%n free", "placeholders", free), tr("%n in a meeting", "placeholders", inMeeting),
                                tr("%n inconsistent", "placeholders", inconsistent)));
}

void MeetingsPane::updateDetails()
{
    const int row = currentSourceRow();
    if (row < 0 || row >= m_model->rowCount()) {
        m_details->clear();
        return;
    }
    const cms::PlaceholderState &s = m_model->states().at(row);
    auto shown = [](const QString &text) { return models::DisplayFormat::isolated(text); };
    QStringList lines;
    //: %1: the placeholder's number, %2: its space's name
    lines << tr("Placeholder %1: %2").arg(s.index).arg(shown(s.spaceId.isEmpty() ? s.placeholderName : s.name));
    lines << tr("URI: %1").arg(shown(s.placeholderUri));
    lines << tr("State: %1").arg(cms::PlaceholderState::kindName(s.kind));
    if (s.inMeeting()) {
        const QString bridge = bridgeNames().value(s.meeting.endpointIndex);
        //: %n participants, %1: the call bridge holding the meeting
        lines << tr("A meeting with %n participant(s) runs on %1.", nullptr, s.meeting.participants).arg(shown(bridge));
    }
    if (!s.problems.isEmpty()) {
        lines << tr("Why it is inconsistent:");
        for (const QString &problem : s.problems)
            lines << QStringLiteral("• ") + problem;
    }
    m_details->setPlainText(lines.join(QLatin1Char('\n')));
}

void MeetingsPane::updateActions()
{
    const bool open = m_session && m_session->connection() && m_session->state() == cms::ClusterSession::State::Open;
    const bool pool = currentPool() != nullptr;
    const QModelIndex current = m_proxy->mapToSource(m_table->currentIndex());
    const bool row = current.isValid();
    const Kind kind = row ? Kind(current.data(models::PlaceholderPoolModel::StateKindRole).toInt()) : Kind::Inconsistent;
    const bool inMeeting = row && !current.data(models::PlaceholderPoolModel::CallIdRole).toString().isEmpty();
    m_newPool->setEnabled(open);
    m_growPool->setEnabled(open && pool);
    m_removePool->setEnabled(open && pool);
    m_refresh->setEnabled(open);
    m_start->setEnabled(open && row && kind == Kind::Free);
    m_extend->setEnabled(open && inMeeting);
    m_end->setEnabled(open && inMeeting);
    m_scheduler->setEnabled(open);
}

void MeetingsPane::requestMeeting(MeetingAction action)
{
    const int row = currentSourceRow();
    if (row < 0 || row >= m_model->rowCount())
        return;
    const cms::PlaceholderState &s = m_model->states().at(row);
    if (s.spaceId.isEmpty())
        return;
    const QString label = s.name.isEmpty() ? s.placeholderName : s.name;
    Q_EMIT meetingRequested(action, s.spaceId, label);
    openMeetingDialog(action, s.spaceId, label);
}

void MeetingsPane::openMeetingDialog(MeetingAction action, const QString &spaceId, const QString &spaceLabel)
{
    if (!m_session || !m_session->connection())
        return;
    const MeetingDialog::Mode mode = action == MeetingAction::Start    ? MeetingDialog::Mode::Start
                                     : action == MeetingAction::Extend ? MeetingDialog::Mode::Extend
                                                                       : MeetingDialog::Mode::End;
    auto *dialog = new MeetingDialog(*m_session->connection(), mode, spaceId, spaceLabel, this);
    dialog->setSettings(m_settings);
    // The placeholder's state changed: read the pool again (the live state follows participants).
    connect(dialog, &MeetingDialog::meetingChanged, this, &MeetingsPane::refreshStates);
    openDialog(dialog, QString());
}

void MeetingsPane::openSchedulerAssistant()
{
    if (!m_session)
        return;
    if (SchedulerAssistant *assistant = SchedulerAssistant::openFor(*m_session, SchedulerAssistant::Page::Readiness, this))
        Q_EMIT dialogOpened(assistant);
}

void MeetingsPane::openNewPool()
{
    if (!m_session || !m_session->connection())
        return;
    auto *dialog = new NewPoolDialog(*m_session, m_labels, this);
    connect(dialog, &PoolOperationDialog::operationFinished, this, [this, dialog](const cms::OperationResult &result) {
        if (result.succeeded())
            m_chosen = dialog->pool().nameMapping;   // the new pool is shown once read
    });
    openDialog(dialog, QString());
}

void MeetingsPane::openGrowPool()
{
    const cms::PlaceholderPool *pool = currentPool();
    if (!m_session || !m_session->connection() || !pool)
        return;
    openDialog(new GrowPoolDialog(*m_session, *pool, this), pool->nameMapping);
}

void MeetingsPane::openRemovePool()
{
    const cms::PlaceholderPool *pool = currentPool();
    if (!m_session || !m_session->connection() || !pool)
        return;
    openDialog(new RemovePoolDialog(*m_session, *pool, this), QString());
}

// Not modal to the window: the pane stays usable while a bulk sync runs. Any outcome that ran a step
// may have changed the pools: they are read again.
void MeetingsPane::openDialog(QDialog *dialog, const QString &poolToShow)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (auto *operation = qobject_cast<PoolOperationDialog *>(dialog)) {
        connect(operation, &PoolOperationDialog::operationFinished, this, [this, poolToShow](const cms::OperationResult &result) {
            if (result.outcome == cms::OperationResult::Outcome::Refused)
                return;
            if (!poolToShow.isEmpty())
                m_chosen = poolToShow;
            refresh();
        });
    }
    dialog->setWindowModality(Qt::NonModal);
    dialog->show();
    Q_EMIT dialogOpened(dialog);
}

} // namespace views
