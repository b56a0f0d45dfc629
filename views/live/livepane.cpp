#include "live/livepane.h"

#include "cluster/clustersession.h"
#include "common/panelayout.h"
#include "diagnostics/activitylog.h"
#include "config/spacecatalog.h"
#include "cluster/sessionservices.h"
#include "live/calllegdetailsview.h"
#include "live/callsmodel.h"
#include "live/dialoutdialog.h"
#include "live/participantsdroptarget.h"
#include "live/startmeetingdialog.h"
#include "live/livefilterproxymodel.h"
#include "live/participantsmodel.h"
#include "live/recentchangedelegate.h"
#include "common/displayformat.h"
#include "net/connection.h"
#include "operations/liveoperations.h"
#include "meetings/meetingoperations.h"
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
#include <QMenu>
#include <QMimeData>
#include <QSplitter>
#include <QTableView>
#include <QToolBar>
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
    , m_legDetails(new CallLegDetailsView(this))
    , m_status(new QLabel(this))
    , m_moveTo(new QAction(this))
    , m_find(new QAction(this))
    , m_muteAudio(new QAction(this))
    , m_muteVideo(new QAction(this))
    , m_admit(new QAction(this))
    , m_disconnect(new QAction(this))
    , m_endMeeting(new QAction(this))
    , m_dialOut(new QAction(this))
    , m_startMeeting(new QAction(this))
    , m_toolBar(new QToolBar(this))
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
    const QList<std::pair<QAction *, QKeySequence>> shortcuts{
        {m_muteAudio, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A)},
        {m_muteVideo, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V)},
        {m_admit, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L)},
        {m_disconnect, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D)},
        {m_endMeeting, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E)},
        {m_dialOut, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O)},
        {m_startMeeting, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M)}};
    for (const auto &[action, shortcut] : shortcuts) {
        action->setShortcut(shortcut);
        action->setShortcutContext(Qt::WindowShortcut);
        addAction(action);
    }
    m_muteAudio->setObjectName(QStringLiteral("muteAudioAction"));
    m_muteVideo->setObjectName(QStringLiteral("muteVideoAction"));
    m_admit->setObjectName(QStringLiteral("admitAction"));
    m_disconnect->setObjectName(QStringLiteral("disconnectAction"));
    m_endMeeting->setObjectName(QStringLiteral("endMeetingAction"));
    m_dialOut->setObjectName(QStringLiteral("dialOutAction"));
    m_startMeeting->setObjectName(QStringLiteral("startMeetingAction"));
    connect(m_dialOut, &QAction::triggered, this, &LivePane::dialOutFromSelected);
    connect(m_startMeeting, &QAction::triggered, this, [this] { startMeetingOn(); });
    connect(m_muteAudio, &QAction::triggered, this, [this] { muteSelected(false); });
    connect(m_muteVideo, &QAction::triggered, this, [this] { muteSelected(true); });
    connect(m_admit, &QAction::triggered, this, &LivePane::admitSelected);
    connect(m_disconnect, &QAction::triggered, this, &LivePane::disconnectSelected);
    connect(m_endMeeting, &QAction::triggered, this, &LivePane::endSelectedMeetings);
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
    // Every row one line high: a live change or the duration tick then measures no row text (a
    // profile of a 50-changes-a-second storm found a sixth of the UI thread in row height measuring).
    m_calls->setUniformRowHeights(true);
    m_calls->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_calls->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_calls->setAcceptDrops(true);
    m_calls->setDropIndicatorShown(true);
    m_calls->setDragDropMode(QAbstractItemView::DropOnly);
    m_calls->setDefaultDropAction(Qt::MoveAction);
    m_calls->viewport()->installEventFilter(new DropExplainer(
        m_calls, m_status, [this](const QModelIndex &index) { return m_callsProxy->mapToSource(index); },
        m_callsModel));

    m_calls->setItemDelegate(new RecentChangeDelegate(models::CallsModel::RecentlyChangedRole, m_calls));

    m_participants->setModel(m_participantsProxy);
    m_participants->setItemDelegate(new RecentChangeDelegate(models::ParticipantsModel::RecentlyChangedRole, m_participants));
    m_participants->setSortingEnabled(true);
    m_participants->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_participants->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_participants->setDragEnabled(true);
    m_participants->setDragDropMode(QAbstractItemView::DragOnly);
    m_participants->setDefaultDropAction(Qt::MoveAction);
    m_participants->verticalHeader()->hide();
    m_participants->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    new ParticipantsDropTarget(
        m_participants, m_status, m_callsModel,
        [this](const QModelIndex &index) {
            return m_participantsProxy->mapToSource(index).data(models::ParticipantsModel::CallIdRole).toString();
        },
        [this](const QList<models::ParticipantRef> &participants, const QString &callId) { requestMove(participants, callId); });

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_callsProxy->setQuery(text);
        m_participantsProxy->setQuery(text);
    });
    connect(m_calls->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        showParticipantsOfSelection();
        updateActions();
    });
    connect(m_participants->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateActions();
        showLegsOfSelection();
    });
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
    m_splitter->addWidget(m_legDetails);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setStretchFactor(2, 1);
    m_callsTitle->setBuddy(m_calls);
    m_participantsTitle->setBuddy(m_participants);

    m_toolBar->setObjectName(QStringLiteral("liveToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_toolBar->addAction(m_moveTo);
    m_toolBar->addSeparator();
    m_toolBar->addActions(participantActions());
    m_toolBar->addSeparator();
    m_toolBar->addActions(meetingActions());
    addContextMenus();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_toolBar);
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
    m_legDetails->setSession(session);
    updateActions();
}

// One participant chosen: the media of its call legs, refreshed while shown; otherwise nothing.
void LivePane::showLegsOfSelection()
{
    const QModelIndexList rows = m_participants->selectionModel()->selectedRows();
    if (rows.size() != 1) {
        m_legDetails->clear();
        return;
    }
    const QModelIndex source = m_participantsProxy->mapToSource(rows.first());
    m_legDetails->showParticipant(source.data(models::ParticipantsModel::BridgeIndexRole).toInt(),
                                  source.data(models::ParticipantsModel::ParticipantIdRole).toString(),
                                  source.siblingAtColumn(0).data().toString());
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
    m_muteAudio->setText(tr("Mute or Unmute &Audio"));
    m_muteAudio->setToolTip(tr("Mute the selected participants' audio, or unmute it when all are muted"));
    m_muteVideo->setText(tr("Stop or Start &Video"));
    m_muteVideo->setToolTip(tr("Stop the selected participants' video, or start it again when all are stopped"));
    m_admit->setText(tr("&Let In from the Lobby"));
    m_disconnect->setText(tr("&Disconnect…"));
    m_endMeeting->setText(tr("&End Meeting…"));
    m_dialOut->setText(tr("Dial &Out…"));
    m_dialOut->setToolTip(tr("Call someone into the selected meeting (%1)")
                              .arg(m_dialOut->shortcut().toString(QKeySequence::NativeText)));
    m_startMeeting->setText(tr("&Start Meeting…"));
    m_startMeeting->setToolTip(tr("Start the meeting of a space on a call bridge (%1)")
                                   .arg(m_startMeeting->shortcut().toString(QKeySequence::NativeText)));
    m_toolBar->setAccessibleName(tr("Live actions"));
    m_toolBar->setWindowTitle(tr("Live actions"));
    // The button that shows the actions a narrow window leaves out of the tool bar.
    if (auto *more = m_toolBar->findChild<QWidget *>(QStringLiteral("qt_toolbar_ext_button")))
        more->setAccessibleName(tr("More live actions"));
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
    const bool idle = m_session && !isMoving();
    const bool participants = !selectedParticipants().isEmpty();
    for (QAction *action : {m_moveTo, m_muteAudio, m_muteVideo, m_admit, m_disconnect})
        action->setEnabled(idle && participants);
    m_endMeeting->setEnabled(idle && m_calls->selectionModel()->hasSelection());
    m_dialOut->setEnabled(idle && selectedMeetings().size() == 1);
    m_startMeeting->setEnabled(idle);
}

QStringList LivePane::selectedMeetings() const
{
    QStringList calls;
    for (const QModelIndex &row : m_calls->selectionModel()->selectedRows())
        calls << m_callsProxy->mapToSource(row).data(models::CallsModel::CallIdRole).toString();
    calls.removeDuplicates();
    return calls;
}

// The context menus hold what applies to what was clicked: the meeting actions on the calls, the
// participant actions (moves included) on the participants.
void LivePane::addContextMenus()
{
    m_calls->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_calls, &QWidget::customContextMenuRequested, this, [this](const QPoint &at) {
        QMenu menu(this);
        menu.addActions(meetingActions());
        menu.exec(m_calls->viewport()->mapToGlobal(at));
    });
    m_participants->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_participants, &QWidget::customContextMenuRequested, this, [this](const QPoint &at) {
        QMenu menu(this);
        menu.addAction(m_moveTo);
        menu.addSeparator();
        menu.addActions(participantActions());
        menu.exec(m_participants->viewport()->mapToGlobal(at));
    });
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
    const QString target = callName(targetCallId);
    QList<Work> works;
    QStringList names;
    for (const models::ParticipantRef &p : participants) {
        const QString name = participantName(p.participantId);
        names << name;
        works.append({[id = p.participantId, targetCallId](cms::Connection &c) -> cms::Operation * {
                          return new cms::ParticipantMove(c, id, targetCallId);
                      },
                      tr("%1 moved into «%2».").arg(name, target),
                      tr("%1 was not moved into «%2»: %3").arg(name, target, QStringLiteral("%1")), true});
    }
    run(works, tr("Moving %1 into «%2»…").arg(QLocale().createSeparatedList(names), target),
        [this, target](int done, int failed) {
            return failed == 0 ? tr("%Ln participant(s) moved into «%1».", nullptr, done).arg(target)
                               : tr("%Ln of %1 participant(s) could not be moved.", nullptr, failed).arg(done + failed);
        });
}

void LivePane::muteSelected(bool video)
{
    // A selection that is all muted is unmuted; otherwise everyone selected is muted.
    const int column = int(video ? models::ParticipantsModel::Column::VideoMuted : models::ParticipantsModel::Column::AudioMuted);
    bool allMuted = true;
    const QList<models::ParticipantRef> participants = selectedParticipants();
    for (const models::ParticipantRef &p : participants) {
        const QModelIndex index = m_participantsModel->indexOfParticipant(p.participantId, column);
        allMuted = allMuted && index.data(models::ParticipantsModel::RawValueRole).toBool();
    }
    const bool mute = !allMuted;
    using Mute = cms::MuteOperation;
    QList<Work> works;
    for (const models::ParticipantRef &p : participants) {
        const QString name = participantName(p.participantId);
        QString done;
        if (video)
            done = mute ? tr("Video of %1 stopped.").arg(name) : tr("Video of %1 started again.").arg(name);
        else
            done = mute ? tr("%1 muted.").arg(name) : tr("%1 unmuted.").arg(name);
        works.append({[id = p.participantId, video, mute](cms::Connection &c) -> cms::Operation * {
                          return new Mute(c, Mute::Target::Participant, id, video ? Mute::Media::Video : Mute::Media::Audio, mute);
                      },
                      done, tr("%1: %2").arg(name, QStringLiteral("%1"))});
    }
    run(works, video ? tr("Changing video…") : tr("Changing audio…"), [this](int done, int failed) {
        return failed == 0 ? tr("Done for %Ln participant(s).", nullptr, done)
                           : tr("%Ln of %1 participant(s) could not be changed.", nullptr, failed).arg(done + failed);
    });
}

void LivePane::admitSelected()
{
    QList<Work> works;
    for (const models::ParticipantRef &p : selectedParticipants()) {
        const QString name = participantName(p.participantId);
        works.append({[id = p.participantId](cms::Connection &c) -> cms::Operation * { return new cms::AdmitOperation(c, id); },
                      tr("%1 let in from the lobby.").arg(name), tr("%1: %2").arg(name, QStringLiteral("%1"))});
    }
    run(works, tr("Letting participants in…"), [this](int done, int failed) {
        return failed == 0 ? tr("%Ln participant(s) let in.", nullptr, done)
                           : tr("%Ln of %1 participant(s) could not be let in.", nullptr, failed).arg(done + failed);
    });
}

void LivePane::disconnectSelected()
{
    const QList<models::ParticipantRef> participants = selectedParticipants();
    QStringList names;
    QList<Work> works;
    for (const models::ParticipantRef &p : participants) {
        const QString name = participantName(p.participantId);
        names << name;
        works.append({[id = p.participantId](cms::Connection &c) -> cms::Operation * { return new cms::DisconnectOperation(c, id); },
                      tr("%1 disconnected.").arg(name), tr("%1: %2").arg(name, QStringLiteral("%1"))});
    }
    if (works.isEmpty())
        return;
    confirmThen(tr("Disconnect Participants"), tr("Disconnect %Ln participant(s)?", nullptr, int(works.size())),
                QLocale().createSeparatedList(names), tr("&Disconnect"), [this, works] {
                    run(works, tr("Disconnecting…"), [this](int done, int failed) {
                        return failed == 0 ? tr("%Ln participant(s) disconnected.", nullptr, done)
                                           : tr("%Ln of %1 participant(s) could not be disconnected.", nullptr, failed)
                                                 .arg(done + failed);
                    });
                });
}

void LivePane::endSelectedMeetings()
{
    QStringList names;
    int people = 0;
    QList<Work> works;
    for (const QModelIndex &row : m_calls->selectionModel()->selectedRows()) {
        const QModelIndex meeting = m_callsProxy->mapToSource(row);
        if (meeting.data(models::CallsModel::IsInstanceRole).toBool())
            continue;   // a call instance ends with its meeting
        const QString name = meeting.data().toString();
        names << name;
        people += meeting.sibling(meeting.row(), int(models::CallsModel::Column::Participants))
                      .data(models::CallsModel::RawValueRole).toInt();
        works.append({[id = meeting.data(models::CallsModel::CallIdRole).toString()](cms::Connection &c) -> cms::Operation * {
                          return new cms::EndCallOperation(c, id);
                      },
                      tr("Meeting «%1» ended.").arg(name), tr("«%1»: %2").arg(name, QStringLiteral("%1"))});
    }
    if (works.isEmpty())
        return;
    confirmThen(tr("End Meetings"),
                tr("End %Ln meeting(s)? Everyone in them is disconnected.", nullptr, int(works.size())),
                tr("%1 — %Ln participant(s) in all.", nullptr, people).arg(QLocale().createSeparatedList(names)),
                tr("&End"), [this, works] {
                    run(works, tr("Ending…"), [this](int done, int failed) {
                        return failed == 0 ? tr("%Ln meeting(s) ended.", nullptr, done)
                                           : tr("%Ln of %1 meeting(s) could not be ended.", nullptr, failed).arg(done + failed);
                    });
                });
}

void LivePane::dialOutFromSelected()
{
    const QStringList meetings = selectedMeetings();
    if (meetings.size() != 1 || isMoving())
        return;
    const QString callId = meetings.first();
    const QString meeting = callName(callId);
    auto *dialog = new DialOutDialog(meeting, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, callId, meeting] {
        const QString address = dialog->address();
        const QString shown = models::DisplayFormat::isolated(address);
        run({{[callId, address](cms::Connection &c) -> cms::Operation * { return new cms::DialOutOperation(c, callId, address); },
              tr("%1 dialled from «%2».").arg(shown, meeting),
              tr("%1 could not be dialled from «%2»: %3").arg(shown, meeting, QStringLiteral("%1"))}},
            tr("Dialling %1…").arg(shown), [shown](int done, int) {
                return done == 1 ? tr("%1 is being called.").arg(shown) : tr("%1 could not be called.").arg(shown);
            });
    });
    dialog->open();
    Q_EMIT dialogOpened(dialog);
}

void LivePane::startMeetingOn(const QString &spaceId)
{
    if (!m_session || isMoving())
        return;
    if (!m_session->services())
        return;
    cms::SpaceCatalog &catalog = m_session->services()->spaceCatalog();
    catalog.loadOnce();
    QList<StartMeetingDialog::Space> spaces;
    spaces.reserve(catalog.count());
    for (int row = 0; row < catalog.count(); ++row) {
        const cms::SpaceRecord &space = catalog.record(row);
        spaces.append({space.id, space.name, space.uri});
    }
    QStringList bridges;
    for (const cms::Endpoint &endpoint : m_session->connection()->endpoints())
        bridges << models::DisplayFormat::hostPort(endpoint.baseUrl);
    auto *dialog = new StartMeetingDialog(std::move(spaces), bridges, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!spaceId.isEmpty())
        dialog->fixSpace(spaceId);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const QString space = dialog->spaceId();
        const QString name = models::DisplayFormat::isolated(dialog->spaceName());
        const int bridge = dialog->bridgeIndex();
        const QList<QPair<QString, QString>> values = dialog->spaceValues();
        run({{[space, bridge, values](cms::Connection &c) -> cms::Operation * {
                  return new cms::AdHocMeetingStartOperation(c, space, bridge >= 0 ? bridge : c.pickSharedEndpoint(), values);
              },
              tr("Meeting of «%1» started.").arg(name), tr("The meeting of «%1» did not start: %2").arg(name, QStringLiteral("%1"))}},
            tr("Starting the meeting of «%1»…").arg(name), [name](int done, int) {
                return done == 1 ? tr("Meeting of «%1» started.").arg(name) : tr("The meeting of «%1» did not start.").arg(name);
            });
    });
    dialog->open();
    Q_EMIT dialogOpened(dialog);
}

void LivePane::confirmThen(const QString &title, const QString &question, const QString &details, const QString &go,
                           const std::function<void()> &then)
{
    auto *box = new QMessageBox(QMessageBox::Question, title, question, QMessageBox::Ok | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("liveConfirmation"));
    box->setInformativeText(details);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->button(QMessageBox::Ok)->setText(go);
    box->setDefaultButton(QMessageBox::Cancel);
    connect(box, &QMessageBox::accepted, this, then);
    box->open();
    Q_EMIT dialogOpened(box);
}

void LivePane::run(QList<Work> works, const QString &progress, const std::function<QString(int, int)> &summary)
{
    if (works.isEmpty() || isMoving())
        return;
    m_pending = std::move(works);
    m_progress = progress;
    m_summary = summary;
    m_runIsMoves = m_pending.first().isMove;
    m_succeeded = m_failed = 0;
    updateActions();
    runNext();
}

// One operation at a time: each is checked, sent to the right bridge and verified by reading back
// before the next starts, so that a failure is reported for the right person or meeting.
void LivePane::runNext()
{
    cms::Connection *connection = m_session ? m_session->connection() : nullptr;
    if (m_pending.isEmpty() || !connection) {
        m_failed += int(m_pending.size());   // the session went away: what was left was not done
        m_pending.clear();
        m_running = false;
        m_status->setText(m_summary(m_succeeded, m_failed));
        updateActions();
        if (m_runIsMoves)
            Q_EMIT movesFinished(m_succeeded, m_failed);
        Q_EMIT workFinished(m_succeeded, m_failed);
        return;
    }
    m_running = true;
    m_status->setText(m_progress);
    const Work work = m_pending.takeFirst();
    cms::Operation *operation = work.make(*connection);
    operation->setParent(this);
    const QString cluster = m_session->profile().name;
    connect(operation, &cms::Operation::finished, this, [this, operation, work, cluster](const cms::OperationResult &result) {
        operation->deleteLater();
        if (result.succeeded()) {
            ++m_succeeded;
            if (m_log)
                m_log->info(cluster, work.done);
        } else {
            ++m_failed;
            const QString why = result.moveFailure != cms::OperationResult::MoveFailure::None
                ? cms::ParticipantMove::describe(result.moveFailure)
                : result.message;
            if (m_log)
                m_log->error(cluster, work.failed.arg(why));
        }
        runNext();
    });
    operation->execute();
}

} // namespace views
