#pragma once

#include "window/section.h"

#include <QPointer>

namespace cms {
class ActivityLog;
class ProfileLabels;
} // namespace cms

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
    QByteArray saveLayout() const override;
    void restoreLayout(const QByteArray &layout) override;

    void showNewSpace();
    // The guest and host access wizard on these spaces (none: a new space).
    void showGuestHost(const QStringList &spaceIds);
    // Chooses one space in the list (from another section).
    void showSpace(const QString &spaceId);
    // The names the console keeps for call profiles, shown with their ids wherever the section shows
    // a call profile; optional.
    void setProfileLabels(const cms::ProfileLabels *labels);

Q_SIGNALS:
    // Start Meeting was chosen on a space: the Live section takes it from there.
    void startMeetingRequested(const QString &spaceId);

private:
    void onCurrentSpaceChanged(cms::ClusterSession *session, const QString &spaceId);
    void showGuestAccessCheck(const QString &spaceId);

    cms::ActivityLog &m_log;
    QPointer<const cms::ProfileLabels> m_labels;
    SpacesPane *m_pane;            // the page
    SpaceDetailsView *m_details;   // in the pane's details area
    QList<QAction *> m_menuActions;
};

} // namespace views
