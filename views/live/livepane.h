#pragma once

#include "live/participantmimecodec.h"

#include <QPointer>

#include <functional>
#include <QWidget>

class QAction;
class QDialog;
class QLabel;
class QLineEdit;
class QSplitter;
class QTableView;
class QToolBar;

namespace views {
class CallLegDetailsView;
}
class QTreeView;

namespace cms {
class ActivityLog;
class ClusterSession;
class Connection;
class Operation;
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
    // Actions on the selected participants (muting toggles: a selection all muted is unmuted), and on
    // the selected meetings.
    QList<QAction *> participantActions() const { return {m_muteAudio, m_muteVideo, m_admit, m_disconnect}; }
    // Actions on the selected meeting, and Start Meeting on any space.
    QList<QAction *> meetingActions() const { return {m_dialOut, m_endMeeting, m_startMeeting}; }
    QAction *endMeetingAction() const { return m_endMeeting; }
    QTreeView *callsView() const { return m_calls; }
    QTableView *participantsView() const { return m_participants; }
    CallLegDetailsView *callLegDetails() const { return m_legDetails; }
    bool isMoving() const { return !m_pending.isEmpty() || m_running; }

    // Asks to move the participants into the call (the drop and Move to… come here): a confirmation
    // first, then the moves. Refused, with the reason in the status line, when the move is not allowed.
    void requestMove(const QList<models::ParticipantRef> &participants, const QString &targetCallId);
    // Asks how to start a meeting on the space (chosen already, or typed when empty), then starts it.
    void startMeetingOn(const QString &spaceId = {});

Q_SIGNALS:
    void dialogOpened(QDialog *dialog);
    void movesFinished(int moved, int failed);
    // Any run of operations (moves included) ended: how many succeeded and failed.
    void workFinished(int succeeded, int failed);

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
    void muteSelected(bool video);
    void admitSelected();
    void disconnectSelected();
    void endSelectedMeetings();
    void dialOutFromSelected();
    QStringList selectedMeetings() const;   // call ids: each meeting's first call
    void addContextMenus();
    void confirmThen(const QString &title, const QString &question, const QString &details, const QString &go,
                     const std::function<void()> &then);

    // One piece of work of a run: the operation to make, and what the log says when it ends.
    struct Work
    {
        std::function<cms::Operation *(cms::Connection &)> make;
        QString done;     // translated, for the log
        QString failed;   // translated, with %1 for the reason
        bool isMove = false;
    };
    // Runs the works one after the other (each checked, sent and verified before the next), saying
    // progress in the status line; `summary` makes the status line's last word from the counts.
    void run(QList<Work> works, const QString &progress, const std::function<QString(int, int)> &summary);
    void runNext();
    void updateActions();
    void showLegsOfSelection();

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
    CallLegDetailsView *m_legDetails;
    QLabel *m_status;
    QAction *m_moveTo;
    QAction *m_find;
    QAction *m_muteAudio;
    QAction *m_muteVideo;
    QAction *m_admit;
    QAction *m_disconnect;
    QAction *m_endMeeting;
    QAction *m_dialOut;
    QAction *m_startMeeting;
    QToolBar *m_toolBar;

    QList<Work> m_pending;
    QString m_progress;
    std::function<QString(int, int)> m_summary;
    bool m_running = false;
    bool m_runIsMoves = false;
    int m_succeeded = 0;
    int m_failed = 0;
};

} // namespace views
