#include "live/participantsdroptarget.h"

#include "live/callsmodel.h"

#include <QAbstractItemView>
#include <QDropEvent>
#include <QLabel>
#include <QMimeData>

namespace views {

ParticipantsDropTarget::ParticipantsDropTarget(QAbstractItemView *view, QLabel *status, const models::CallsModel *calls,
                                               CallOfRow callOfRow, Move move)
    : QObject(view)
    , m_view(view)
    , m_status(status)
    , m_calls(calls)
    , m_callOfRow(std::move(callOfRow))
    , m_move(std::move(move))
{
    m_view->setAcceptDrops(true);
    m_view->viewport()->setAcceptDrops(true);
    m_view->viewport()->installEventFilter(this);
}

bool ParticipantsDropTarget::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::DragEnter:
    case QEvent::DragMove:
    case QEvent::Drop: {
        auto *drop = static_cast<QDropEvent *>(event);
        const QString callId = m_callOfRow(m_view->indexAt(drop->position().toPoint()));
        const QModelIndex target = callId.isEmpty() ? QModelIndex() : m_calls->indexOfCall(callId);
        const models::CallsModel::DropCheck check = m_calls->checkDrop(drop->mimeData(), target);
        // Entering is accepted for our data anywhere, so that moves over the rows are seen.
        const bool ours = drop->mimeData()->hasFormat(models::ParticipantMimeCodec::mimeType());
        if (event->type() == QEvent::DragEnter ? ours : check.isAllowed()) {
            drop->setDropAction(Qt::MoveAction);
            drop->accept();
        } else {
            drop->ignore();
        }
        if (event->type() == QEvent::Drop) {
            m_status->clear();
            const auto participants = models::ParticipantMimeCodec::decode(
                drop->mimeData()->data(models::ParticipantMimeCodec::mimeType()));
            if (check.isAllowed() && participants)
                m_move(*participants, callId);
        } else if (ours) {
            m_status->setText(check.message);
        }
        return true;
    }
    case QEvent::DragLeave:
        m_status->clear();
        return true;
    default:
        return QObject::eventFilter(watched, event);
    }
}

} // namespace views
