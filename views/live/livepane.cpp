#include "live/livepane.h"

#include "cluster/clustersession.h"
#include "common/panelayout.h"
#include "diagnostics/activitylog.h"
#include "live/callsmodel.h"
#include "live/livefilterproxymodel.h"
#include "live/participantsmodel.h"
#include "net/connection.h"
#include "operations/participantmove.h"

#include <QAbstractButton>
#include <QAction>
#include <QDragMoveEvent>
#include <QEvent>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QMimeData>
#include <QSplitter>
#include <QTableView>
#include <QTreeView>
#include <QVBoxLayout>

namespace views {

namespace {

// While participants are dragged over the calls, says in the status line whether they may be
// dropped on the call under the cursor, and why not.
class DropExplainer : public QObject
{
public:
    DropExplainer(QTreeView *view, QLabel *status, const std::function<QModelIndex(const QModelIndex &)> &toSource,
                  models::CallsModel *model)
        : QObject(view)
        , m_view(view)
        , m_status(status)
        , m_toSource(toSource)
        , m_model(model)
    {
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::DragMove) {
            auto *drag = static_cast<QDragMoveEvent *>(event);
            const QModelIndex target = m_toSource(m_view->indexAt(drag->position().toPoint()));
            const models::CallsModel::DropCheck check = m_model->checkDrop(drag->mimeData(), target);
            m_status->setText(check.message);
        } else if (event->type() == QEvent::DragLeave || event->type() == QEvent::Drop) {
            m_status->clear();
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QTreeView *m_view;
    QLabel *m_status;
    std::function<QModelIndex(const QModelIndex &)> m_toSource;
    models::CallsModel *m_model;
};

} // namespace

LivePane::LivePane(QWidget *parent)
    : QWidget(parent)
    , m_callsModel(new models::CallsModel(this))
    , m_participantsModel(new models::ParticipantsModel(this))
    , m_callsProxy(new models::LiveFilterProxyModel(this))
    , m_participantsProxy(new models::LiveFilterProxyModel(this))
    , m_search(new QLineEdit(this))
    , m_callsTitle(new QLabel(this))
    , m_participantsTitle(new QLabel(this))
    , m_calls(new QTreeView(this))
    , m_participants(new QTableView(this))
    , m_splitter(new QSplitter(Qt::Vertical, this))
    , m_status(new QLabel(this))
    , m_moveTo(new QAction(this))
    , m_find(new QAction(this))
{
    setObjectName(QStringLiteral("livePane"));
    m_search->setObjectName(QStringLiteral("liveSearch"));
    m_search->setClearButtonEnabled(true);
    m_calls->setObjectName(QStringLiteral("callsView"));
    m_participants->setObjectName(QStringLiteral("participantsView"));
    m_status->setObjectName(QStringLiteral("liveStatus"));
    m_status->setWordWrap(true);
    m_moveTo->setObjectName(QStringLiteral("moveToAction"));
    m_moveTo->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_M));
    m_moveTo->setShortcutContext(Qt::WindowShortcut);   // wherever the focus is, while the pane is shown
    addAction(m_moveTo);
    m_find->setObjectName(QStringLiteral("findLiveAction"));
    m_find->setShortcut(QKeySequence::Find);
    m_find->setShortcutContext(Qt::WindowShortcut);
    addAction(m_find);
    connect(m_find, &QAction::triggered, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });

    m_callsProxy->setSourceModel(m_callsModel);
    m_participantsProxy->setSourceModel(m_participantsModel);
    m_calls->setModel(m_callsProxy);
    m_calls->setSortingEnabled(true);
    m_calls->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_calls->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_calls->setAcceptDrops(true);
    m_calls->setDropIndicatorShown(true);
    m_calls->setDragDropMode(QAbstractItemView::DropOnly);
    m_calls->setDefaultDropAction(Qt::MoveAction);
    m_calls->viewport()->installEventFilter(new DropExplainer(
        m_calls, m_status, [this](const QModelIndex &index) { return m_callsProxy->mapToSource(index); },
        m_callsModel));

    m_participants->setModel(m_participantsProxy);
    m_participants->setSortingEnabled(true);
    m_participants->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_participants->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_participants->setDragEnabled(true);
    m_participants->setDragDropMode(QAbstractItemView::DragOnly);
    m_participants->setDefaultDropAction(Qt::MoveAction);
    m_participants->verticalHeader()->hide();
    m_participants->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_callsProxy->setQuery(text);
        m_participantsProxy->setQuery(text);
    });
    connect(m_calls->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &LivePane::showParticipantsOfSelection);
    connect(m_participants->selectionModel(), &QItemSelectionModel::selectionChanged, this, &LivePane::updateActions);
    connect(m_callsModel, &models::CallsModel::moveRequested, this, &LivePane::requestMove);
    connect(m_moveTo, &QAction::triggered, this, &LivePane::moveSelectedTo);

    auto *callsBox = new QWidget(m_splitter);
    auto *callsLayout = new QVBoxLayout(callsBox);
    callsLayout->setContentsMargins(0, 0, 0, 0);
    callsLayout->addWidget(m_callsTitle);
    callsLayout->addWidget(m_calls);
    auto *participantsBox = new QWidget(m_splitter);
    auto *participantsLayout = new QVBoxLayout(participantsBox);
    participantsLayout->setContentsMargins(0, 0, 0, 0);
    participantsLayout->addWidget(m_participantsTitle);
    participantsLayout->addWidget(m_participants);
    m_splitter->addWidget(callsBox);
    m_splitter->addWidget(participantsBox);
    m_callsTitle->setBuddy(m_calls);
    m_participantsTitle->setBuddy(m_participants);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_search);
    layout->addWidget(m_splitter, 1);
    layout->addWidget(m_status);

    retranslateUi();
    updateActions();
}

LivePane::~LivePane() = default;

void LivePane::setSession(cms::ClusterSession *session)
{
    if (session == m_session)
        return;
    m_session = session;
    m_callsModel->setSession(session);
    m_participantsModel->setSession(session);
    m_participantsModel->setAllCalls();
    updateActions();
}

void LivePane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void LivePane::retranslateUi()
{
    m_search->setPlaceholderText(tr("Find a person or a meeting by name, address or user (%1)")
                                     .arg(m_find->shortcut().toString(QKeySequence::NativeText)));
    m_search->setAccessibleName(tr("Search calls and participants"));
    m_search->setAccessibleDescription(
        tr("Shows the meetings and the participants whose name, address or user contain every word typed"));
    m_callsTitle->setText(tr("&Calls"));
    m_calls->setAccessibleName(tr("Calls"));
    m_calls->setAccessibleDescription(
        tr("Every meeting of the cluster; a meeting that runs on several call bridges lists its calls under "
           "it. Drop participants on a meeting to move them there."));
    m_participantsTitle->setText(tr("&Participants"));
    m_participants->setAccessibleName(tr("Participants"));
    m_participants->setAccessibleDescription(
        tr("The participants of the chosen meetings, or of every meeting when none is chosen. Drag them "
           "onto a meeting, or use Move To, to move them."));
    m_moveTo->setText(tr("&Move To…"));
    m_moveTo->setToolTip(tr("Move the selected participants into another meeting (%1)")
                             .arg(m_moveTo->shortcut().toString(QKeySequence::NativeText)));
    m_find->setText(tr("&Find"));
    PaneLayout::fitTitles(m_calls->header());
    PaneLayout::fitTitles(m_participants->horizontalHeader());
}

void LivePane::showParticipantsOfSelection()
{
    QStringList calls;
    for (const QModelIndex &row : m_calls->selectionModel()->selectedRows()) {
        const QModelIndex source = m_callsProxy->mapToSource(row);
        const bool instance = source.data(models::CallsModel::IsInstanceRole).toBool();
        const QString correlator = source.data(models::CallsModel::CorrelatorRole).toString();
        calls << (instance || correlator.isEmpty() ? source.data(models::CallsModel::CallIdRole).toString() : correlator);
    }
    calls.removeDuplicates();
    if (calls.isEmpty())
        m_participantsModel->setAllCalls();
    else
        m_participantsModel->setCalls(calls);
}

QList<models::ParticipantRef> LivePane::selectedParticipants() const
{
    QList<models::ParticipantRef> refs;
    const QString clusterId = m_session ? m_session->profile().id : QString();
    for (const QModelIndex &row : m_participants->selectionModel()->selectedRows()) {
        const QModelIndex source = m_participantsProxy->mapToSource(row);
        refs.append({clusterId, source.data(models::ParticipantsModel::BridgeIndexRole).toInt(),
                     source.data(models::ParticipantsModel::CallIdRole).toString(),
                     source.data(models::ParticipantsModel::ParticipantIdRole).toString()});
    }
    return refs;
}

void LivePane::updateActions()
{
    m_moveTo->setEnabled(m_session && !selectedParticipants().isEmpty() && !isMoving());
}

// Move to… from the keyboard: the meetings listed by name, the one chosen receives the selection.
void LivePane::moveSelectedTo()
{
    const QList<models::ParticipantRef> participants = selectedParticipants();
    if (participants.isEmpty() || isMoving())
        return;
    QStringList names;
    QStringList callIds;
    for (int row = 0; row < m_callsModel->rowCount(); ++row) {
        const QModelIndex meeting = m_callsModel->index(row, 0);
        names << meeting.data().toString();
        callIds << meeting.data(models::CallsModel::CallIdRole).toString();
    }
    auto *dialog = new QInputDialog(this);
    dialog->setObjectName(QStringLiteral("moveToDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Move To"));
    dialog->setLabelText(tr("Move %Ln participant(s) into the meeting:", nullptr, int(participants.size())));
    dialog->setComboBoxItems(names);
    dialog->setComboBoxEditable(true);   // typing finds a meeting by name
    connect(dialog, &QInputDialog::textValueSelected, this, [this, participants, names, callIds](const QString &name) {
        const qsizetype at = names.indexOf(name);
        if (at >= 0)
            requestMove(participants, callIds.at(at));
    });
    dialog->open();
    Q_EMIT dialogOpened(dialog);
}

QString LivePane::participantName(const QString &participantId) const
{
    const QModelIndex index = m_participantsModel->indexOfParticipant(participantId);
    return index.isValid() ? index.data().toString() : participantId;
}

QString LivePane::callName(const QString &callId) const
{
    const QModelIndex index = m_callsModel->indexOfMeeting(callId);
    return index.isValid() ? index.data().toString() : callId;
}

void LivePane::requestMove(const QList<models::ParticipantRef> &participants, const QString &targetCallId)
{
    if (!m_session || isMoving() || participants.isEmpty())
        return;
    const models::CallsModel::DropCheck check
        = m_callsModel->checkDrop(participants, m_callsModel->indexOfCall(targetCallId));
    if (!check.isAllowed()) {
        m_status->setText(check.message);
        return;
    }
    QStringList who;
    for (const models::ParticipantRef &p : participants)
        who << participantName(p.participantId);
    auto *box = new QMessageBox(QMessageBox::Question, tr("Move Participants"),
                                tr("Move %Ln participant(s) into «%1»?", nullptr, int(participants.size()))
                                    .arg(callName(targetCallId)),
                                QMessageBox::Ok | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("moveConfirmation"));
    box->setInformativeText(QLocale().createSeparatedList(who));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->button(QMessageBox::Ok)->setText(tr("&Move"));
    connect(box, &QMessageBox::accepted, this, [this, participants, targetCallId] { startMoves(participants, targetCallId); });
    box->open();
    Q_EMIT dialogOpened(box);
}

void LivePane::startMoves(const QList<models::ParticipantRef> &participants, const QString &targetCallId)
{
    m_pendingMoves.clear();
    for (const models::ParticipantRef &p : participants)
        m_pendingMoves.append({p, participantName(p.participantId)});
    m_moveTarget = targetCallId;
    m_moved = m_failed = 0;
    updateActions();
    runNextMove();
}

// One move at a time: each is checked, sent to the target call's bridge and verified by reading back
// before the next starts, so that a failure is reported for the right person.
void LivePane::runNextMove()
{
    cms::Connection *connection = m_session ? m_session->connection() : nullptr;
    if (m_pendingMoves.isEmpty() || !connection) {
        m_moving = false;
        const int total = m_moved + m_failed;
        m_status->setText(m_failed == 0 ? tr("%Ln participant(s) moved into «%1».", nullptr, m_moved).arg(callName(m_moveTarget))
                                        : tr("%Ln of %1 participant(s) could not be moved.", nullptr, m_failed).arg(total));
        updateActions();
        Q_EMIT movesFinished(m_moved, m_failed);
        return;
    }
    m_moving = true;
    const PendingMove next = m_pendingMoves.takeFirst();
    const QString target = callName(m_moveTarget);
    m_status->setText(tr("Moving %1 into «%2»…").arg(next.name, target));
    auto *move = new cms::ParticipantMove(*connection, next.participant.participantId, m_moveTarget, this);
    const QString cluster = m_session->profile().name;
    connect(move, &cms::Operation::finished, this, [this, move, next, target, cluster](const cms::OperationResult &result) {
        move->deleteLater();
        if (result.succeeded()) {
            ++m_moved;
            if (m_log)
                m_log->info(cluster, tr("%1 moved into «%2».").arg(next.name, target));
        } else {
            ++m_failed;
            const QString why = result.moveFailure != cms::OperationResult::MoveFailure::None
                ? cms::ParticipantMove::describe(result.moveFailure)
                : result.message;
            if (m_log)
                m_log->error(cluster, tr("%1 was not moved into «%2»: %3").arg(next.name, target, why));
        }
        runNextMove();
    });
    move->execute();
}

} // namespace views
