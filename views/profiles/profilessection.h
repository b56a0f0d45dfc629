#pragma once

#include "window/section.h"

namespace cms {
class ProfileLabels;
}

namespace views {

class ProfilesPane;

// The Profiles section (Ctrl+4): call leg, call and dial-in security profiles and space templates.
class ProfilesSection : public Section
{
    Q_OBJECT
public:
    explicit ProfilesSection(cms::ProfileLabels &labels, QObject *parent = nullptr);

    QString title() const override;
    QString menuTitle() const override;
    QIcon icon() const override;
    QKeySequence shortcut() const override;
    QWidget *focusTarget() const override;
    QList<QAction *> menuActions() const override;
    QAction *refreshAction() const override;
    void setCurrentCluster(cms::ClusterSession *session) override;

    ProfilesPane *pane() const { return m_pane; }

Q_SIGNALS:
    // A space was chosen in a where-used list: the Spaces section opens it.
    void openSpaceRequested(const QString &spaceId);

private:
    ProfilesPane *m_pane;
};

} // namespace views
