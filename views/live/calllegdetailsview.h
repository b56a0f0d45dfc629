#pragma once

#include "api/cmserror.h"

#include <QDateTime>
#include <QPointer>
#include <QWidget>

class QLabel;
class QTreeView;

namespace cms {
class CallLegDetailsReader;
class ClusterSession;
class Connection;
struct CallLegStats;
} // namespace cms

namespace models {
class CallLegDetailsModel;
}

namespace views {

// "My video is bad": the call legs of one participant with the media of each direction (codec, bit
// rate, jitter, packet loss, round-trip time) and the alarms the call bridge raises, figures past
// their limits marked (models::CallLegDetailsModel), refreshed every two seconds while the view is
// shown and the session open (cms::CallLegDetailsReader): nothing is read while it is hidden. A
// status line says whether the figures are being read, when they were last updated, or why a refresh
// failed (the last figures stay).
class CallLegDetailsView : public QWidget
{
    Q_OBJECT
public:
    // Empty: no participant; Waiting: for the session to open; Reading: the first figures;
    // Updated: figures shown and refreshed; Failed: the last read failed (see the status line).
    enum class State { Empty, Waiting, Reading, Updated, Failed };
    Q_ENUM(State)

    explicit CallLegDetailsView(QWidget *parent = nullptr);
    ~CallLegDetailsView() override;

    // The cluster whose participants are shown (not owned; may be null). A new session clears the view.
    void setSession(cms::ClusterSession *session);
    // Shows the call legs of that participant, hosted on that call bridge (endpoint index), named so in
    // the title. The figures of another participant go at once.
    void showParticipant(int bridge, const QString &participantId, const QString &displayName);
    // No participant: nothing shown, nothing read.
    void clear();

    QString participantId() const { return m_participantId; }
    int bridge() const { return m_bridge; }
    // Time between two reads while shown; 2 s unless set.
    void setRefreshIntervalMs(int ms);
    int refreshIntervalMs() const { return m_intervalMs; }
    // The figures are being followed: a participant, the view shown and the session open.
    bool isRefreshing() const;
    State state() const { return m_state; }
    QDateTime lastUpdate() const { return m_lastUpdate; }

    QTreeView *treeView() const { return m_tree; }
    models::CallLegDetailsModel *model() const { return m_model; }
    QLabel *titleLabel() const { return m_title; }
    QLabel *statusLabel() const { return m_status; }

Q_SIGNALS:
    void stateChanged(views::CallLegDetailsView::State state);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    // Starts, stops or rebuilds the reader as the participant, the session and the visibility say.
    void sync();
    void dropReader();
    void onLegsRead(const QList<cms::CallLegStats> &legs);
    void onReadFailed(const cms::CmsError &error);
    void setState(State state);
    void updateStatus();

    QLabel *m_title;
    QTreeView *m_tree;
    QLabel *m_status;
    models::CallLegDetailsModel *m_model;

    QPointer<cms::ClusterSession> m_session;
    QMetaObject::Connection m_sessionConnection;
    cms::CallLegDetailsReader *m_reader = nullptr;   // child; one per connection of the session
    QPointer<cms::Connection> m_readerConnection;
    int m_bridge = -1;
    QString m_participantId;
    QString m_displayName;
    int m_intervalMs = 2000;
    bool m_shown = false;   // between a show and a hide event (a minimised window is hidden too)
    State m_state = State::Empty;
    cms::CmsError m_error;
    QDateTime m_lastUpdate;
};

} // namespace views
