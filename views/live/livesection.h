#pragma once

#include "window/section.h"

namespace cms {
class ActivityLog;
}

namespace views {

class LivePane;

// The Live section (Ctrl+3): the calls and participants of the current cluster as they change, and
// participants moved between meetings (LivePane). Its menu holds Move To… (Ctrl+M).
class LiveSection : public Section
{
    Q_OBJECT
public:
    explicit LiveSection(cms::ActivityLog &log, QObject *parent = nullptr);

    // Asks how to start a meeting on the space, then starts it (Start Meeting from another section).
    void startMeetingOn(const QString &spaceId);

    QString title() const override;
    QString menuTitle() const override;
    QIcon icon() const override;
    QKeySequence shortcut() const override;
    QWidget *focusTarget() const override;
    QList<QAction *> menuActions() const override;
    void setCurrentCluster(cms::ClusterSession *session) override;

    LivePane *pane() const { return m_pane; }

private:
    LivePane *m_pane;   // the page
    QList<QAction *> m_menuActions;
};

} // namespace views
