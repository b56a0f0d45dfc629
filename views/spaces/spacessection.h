#pragma once

#include "window/section.h"

#include <QPointer>

namespace cms {
class ActivityLog;
class ClusterRegistry;
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
    SpacesSection(cms::ClusterRegistry &registry, cms::ActivityLog &log, QObject *parent = nullptr);
    ~SpacesSection() override;

    QString title() const override;
    QString menuTitle() const override;
    QIcon icon() const override;
    QKeySequence shortcut() const override;
    QWidget *widget() const override;
    QList<QAction *> menuActions() const override;
    QAction *refreshAction() const override;
    void setCurrentCluster(cms::ClusterSession *session) override;

    void showNewSpace();

private:
    void onCurrentSpaceChanged(cms::ClusterSession *session, const QString &spaceId);

    cms::ActivityLog &m_log;
    QPointer<SpacesPane> m_pane;   // owned by the window's page stack once added, by the section before
    SpaceDetailsView *m_details;   // in the pane's details area
    QList<QAction *> m_menuActions;
};

} // namespace views
