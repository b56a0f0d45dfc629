#include "live/calllegdetailsview.h"

#include "cluster/clustersession.h"
#include "common/displayformat.h"
#include "live/calllegdetailsmodel.h"
#include "live/calllegdetailsreader.h"
#include "live/warningicondelegate.h"
#include "net/connection.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QTreeView>
#include <QVBoxLayout>

namespace views {

using models::CallLegDetailsModel;
using models::DisplayFormat;

CallLegDetailsView::CallLegDetailsView(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_tree(new QTreeView(this))
    , m_status(new QLabel(this))
    , m_model(new CallLegDetailsModel(this))
{
    m_title->setObjectName(QStringLiteral("callLegDetailsTitle"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextFormat(Qt::PlainText);
    m_title->setWordWrap(true);

    m_tree->setObjectName(QStringLiteral("callLegDetailsTree"));
    m_tree->setModel(m_model);
    m_tree->setItemDelegate(new WarningIconDelegate(CallLegDetailsModel::WarningRole, m_tree));
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setAllColumnsShowFocus(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(true);
    m_title->setBuddy(m_tree);

    m_status->setObjectName(QStringLiteral("callLegDetailsStatus"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_status);

    // A new leg shows its media at once; a leg the user folded stays folded through the refreshes.
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &legParent, int first, int last) {
        if (legParent.isValid())
            return;
        for (int row = first; row <= last; ++row)
            m_tree->expand(m_model->index(row, 0));
    });

    retranslateUi();
}

CallLegDetailsView::~CallLegDetailsView()
{
    disconnect(m_sessionConnection);
    dropReader();
}

void CallLegDetailsView::setSession(cms::ClusterSession *session)
{
    if (session == m_session)
        return;
    disconnect(m_sessionConnection);
    dropReader();
    m_session = session;
    if (session) {
        // Opened, closed, opened again with a new connection: the reader follows.
        m_sessionConnection = connect(session, &cms::ClusterSession::stateChanged, this, &CallLegDetailsView::sync);
    }
    clear();
}

void CallLegDetailsView::showParticipant(int bridge, const QString &participantId, const QString &displayName)
{
    if (participantId.isEmpty()) {
        clear();
        return;
    }
    const bool other = bridge != m_bridge || participantId != m_participantId;
    m_bridge = bridge;
    m_participantId = participantId;
    m_displayName = displayName;
    if (other) {
        // The figures shown belong to someone else.
        m_model->clear();
        m_lastUpdate = {};
        m_error = {};
        if (m_reader)
            m_reader->stop();
        m_state = State::Empty;   // sync() says what it is now
    }
    retranslateUi();
    sync();
}

void CallLegDetailsView::clear()
{
    m_bridge = -1;
    m_participantId.clear();
    m_displayName.clear();
    m_model->clear();
    m_lastUpdate = {};
    m_error = {};
    if (m_reader)
        m_reader->stop();
    retranslateUi();
    sync();
}

void CallLegDetailsView::setRefreshIntervalMs(int ms)
{
    m_intervalMs = qMax(0, ms);
    if (m_reader)
        m_reader->setIntervalMs(m_intervalMs);
    updateStatus();
}

bool CallLegDetailsView::isRefreshing() const
{
    return m_reader && m_reader->isRunning();
}

void CallLegDetailsView::sync()
{
    if (m_participantId.isEmpty()) {
        setState(State::Empty);
        return;
    }
    cms::Connection *connection = m_session && m_session->state() == cms::ClusterSession::State::Open
        ? m_session->connection()
        : nullptr;
    if (!connection) {
        dropReader();
        setState(State::Waiting);
        return;
    }
    if (m_reader && m_readerConnection != connection)
        dropReader();   // the session opened again: a new connection
    if (!m_shown) {
        // Hidden: nothing is read; the figures stay for when it is shown again.
        if (m_reader)
            m_reader->stop();
        return;
    }
    if (!m_reader) {
        m_reader = new cms::CallLegDetailsReader(*connection, this);
        m_readerConnection = connection;
        m_reader->setIntervalMs(m_intervalMs);
        connect(m_reader, &cms::CallLegDetailsReader::legsRead, this, &CallLegDetailsView::onLegsRead);
        connect(m_reader, &cms::CallLegDetailsReader::failed, this, &CallLegDetailsView::onReadFailed);
    }
    if (m_reader->isRunning() && m_reader->participantId() == m_participantId && m_reader->bridge() == m_bridge)
        return;
    m_reader->start(m_bridge, m_participantId);
    if (m_state == State::Empty || m_state == State::Waiting)
        setState(m_lastUpdate.isValid() ? State::Updated : State::Reading);
}

void CallLegDetailsView::dropReader()
{
    delete m_reader;   // stops it: its read under way is cancelled
    m_reader = nullptr;
    m_readerConnection = nullptr;
}

void CallLegDetailsView::onLegsRead(const QList<cms::CallLegStats> &legs)
{
    m_model->setLegs(legs);
    m_lastUpdate = m_reader ? m_reader->lastUpdate() : QDateTime::currentDateTimeUtc();
    m_error = {};
    setState(State::Updated);
}

void CallLegDetailsView::onReadFailed(const cms::CmsError &error)
{
    m_error = error;
    setState(State::Failed);
}

void CallLegDetailsView::setState(State state)
{
    const bool changed = state != m_state;
    m_state = state;
    updateStatus();
    if (changed)
        Q_EMIT stateChanged(state);
}

void CallLegDetailsView::updateStatus()
{
    const QString updatedAt = DisplayFormat::timeWithSeconds(m_lastUpdate);
    const int seconds = qMax(1, (m_intervalMs + 500) / 1000);
    QString text;
    switch (m_state) {
    case State::Empty:
        text = tr("Choose a participant to see the media of their call legs.");
        break;
    case State::Waiting:
        text = tr("Waiting for the connection to the cluster.");
        break;
    case State::Reading:
        text = tr("Reading the call legs…");
        break;
    case State::Updated:
        if (m_model->rowCount() == 0)
            //: %1 is a time of day
            text = tr("No call legs at %1: the participant may have left the call.").arg(updatedAt);
        else
            //: %1 is a time of day, %2 a duration ("2 s")
            text = tr("Updated at %1, refreshed every %2 while shown.").arg(updatedAt, DisplayFormat::duration(seconds));
        break;
    case State::Failed:
        if (m_lastUpdate.isValid())
            //: %1 is the reason, a sentence; %2 a time of day
            text = tr("The call legs could not be refreshed: %1 The figures shown are from %2.")
                       .arg(m_error.message(), updatedAt);
        else
            //: %1 is the reason, a sentence
            text = tr("The call legs could not be read: %1").arg(m_error.message());
        break;
    }
    m_status->setText(DisplayFormat::inLayoutDirection(text));
}

void CallLegDetailsView::retranslateUi()
{
    m_title->setText(m_participantId.isEmpty()
                         ? tr("Call legs")
                         //: Title of the call leg details; %1 is the participant's name
                         : tr("Call legs of %1").arg(DisplayFormat::isolated(m_displayName.isEmpty() ? m_participantId : m_displayName)));
    m_tree->setAccessibleName(tr("Call legs and their media"));
    m_tree->setAccessibleDescription(
        tr("Each call leg of the participant with its round-trip time and the alarms the call bridge raises; under "
           "it, the audio and video the call bridge receives and sends, with codec, bit rate, jitter and packet "
           "loss. Figures past their limits are marked as warnings."));
    m_status->setAccessibleName(tr("Call leg details status"));
    updateStatus();
}

void CallLegDetailsView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_shown = true;
    sync();
}

void CallLegDetailsView::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_shown = false;
    if (m_reader)
        m_reader->stop();
}

void CallLegDetailsView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace views
