#pragma once

#include "live/participantmimecodec.h"

#include <QPointer>
#include <QWidget>

class QAction;
class QDialog;
class QLabel;
class QLineEdit;
class QSplitter;
class QTableView;
class QTreeView;

namespace cms {
class ActivityLog;
class ClusterSession;
} // namespace cms

namespace models {
class CallsModel;
class LiveFilterProxyModel;
class ParticipantsModel;
} // namespace models

namespace views {

// The Live page: every call of the current cluster (a distributed meeting with its instances under
// it) above the participants of the chosen calls, or of the whole cluster when none is chosen, with
// one search box over both. Participants are moved by dragging them onto a call, or with Move to…
// from the keyboard: a confirmation lists who goes where, then each move runs and is verified on the
// server (cms::ParticipantMove), one after the other; the outcome of each is said in the status line
// and written to the operations log. The pane observes the session's live state; it sends nothing
// but the moves.
class LivePane : public QWidget
{
    Q_OBJECT
    Q_MOC_INCLUDE(<QDialog>)

public:
    explicit LivePane(QWidget *parent = nullptr);
    ~LivePane() override;

    void setSession(cms::ClusterSession *session);
    void setActivityLog(cms::ActivityLog *log) { m_log = log; }

    QAction *moveToAction() const { return m_moveTo; }
    QAction *findAction() const { return m_find; }
    QTreeView *callsView() const { return m_calls; }
    QTableView *participantsView() const { return m_participants; }
    bool isMoving() const { return !m_pendingMoves.isEmpty() || m_moving; }

    // Asks to move the participants into the call (the drop and Move to… come here): a confirmation
    // first, then the moves. Refused, with the reason in the status line, when the move is not allowed.
    void requestMove(const QList<models::ParticipantRef> &participants, const QString &targetCallId);

Q_SIGNALS:
    void dialogOpened(QDialog *dialog);
    void movesFinished(int moved, int failed);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void showParticipantsOfSelection();
    void moveSelectedTo();
    QList<models::ParticipantRef> selectedParticipants() const;
    QString participantName(const QString &participantId) const;
    QString callName(const QString &callId) const;
    void startMoves(const QList<models::ParticipantRef> &participants, const QString &targetCallId);
    void runNextMove();
    void updateActions();

    QPointer<cms::ClusterSession> m_session;
    cms::ActivityLog *m_log = nullptr;
    models::CallsModel *m_callsModel;
    models::ParticipantsModel *m_participantsModel;
    models::LiveFilterProxyModel *m_callsProxy;
    models::LiveFilterProxyModel *m_participantsProxy;
    QLineEdit *m_search;
    QLabel *m_callsTitle;
    QLabel *m_participantsTitle;
    QTreeView *m_calls;
    QTableView *m_participants;
    QSplitter *m_splitter;
    QLabel *m_status;
    QAction *m_moveTo;
    QAction *m_find;

    struct PendingMove
    {
        models::ParticipantRef participant;
        QString name;
    };
    QList<PendingMove> m_pendingMoves;
    QString m_moveTarget;
    bool m_moving = false;
    int m_moved = 0;
    int m_failed = 0;
};

} // namespace views
