#pragma once

#include "window/section.h"

namespace cms {
class ActivityLog;
}

namespace views {

class SpaceDetailsView;
class SpacesPane;

// The Spaces section (Ctrl+2): the current cluster's spaces (SpacesPane), the details of the chosen
// one beside them (SpaceDetailsView) and the new-space dialog, with its own Spaces menu. Every
// change made there is written to the operations log.
class SpacesSection : public Section
{
    Q_OBJECT
public:
    explicit SpacesSection(cms::ActivityLog &log, QObject *parent = nullptr);

    QString title() const override;
    QString menuTitle() const override;
    QIcon icon() const override;
    QKeySequence shortcut() const override;
    QList<QAction *> menuActions() const override;
    QAction *refreshAction() const override;
    void setCurrentCluster(cms::ClusterSession *session) override;

    void showNewSpace();

Q_SIGNALS:
    // Start Meeting was chosen on a space: the Live section takes it from there.
    void startMeetingRequested(const QString &spaceId);

private:
    void onCurrentSpaceChanged(cms::ClusterSession *session, const QString &spaceId);

    cms::ActivityLog &m_log;
    SpacesPane *m_pane;            // the page
    SpaceDetailsView *m_details;   // in the pane's details area
    QList<QAction *> m_menuActions;
};

} // namespace views
