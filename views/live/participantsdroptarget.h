#pragma once

#include "live/participantmimecodec.h"

#include <QObject>

#include <functional>

class QAbstractItemView;
class QLabel;
class QModelIndex;

namespace models {
class CallsModel;
}

namespace views {

// Lets participants be dropped into another call's participant list: dropped on a participant's row,
// they go to that participant's call. While they are dragged over the list, the drop is accepted only
// where the move is allowed (the calls model's checkDrop(), the same rules as a drop on the calls),
// and the status line says why not. Data that is not ours is refused and changes nothing.
// Installed on the participants view's viewport; it takes every drag event there, so the view's own
// drop handling never runs.
class ParticipantsDropTarget : public QObject
{
    Q_OBJECT
public:
    using CallOfRow = std::function<QString(const QModelIndex &viewIndex)>;
    using Move = std::function<void(const QList<models::ParticipantRef> &participants, const QString &targetCallId)>;

    ParticipantsDropTarget(QAbstractItemView *view, QLabel *status, const models::CallsModel *calls,
                           CallOfRow callOfRow, Move move);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QAbstractItemView *m_view;
    QLabel *m_status;
    const models::CallsModel *m_calls;
    CallOfRow m_callOfRow;
    Move m_move;
};

} // namespace views
