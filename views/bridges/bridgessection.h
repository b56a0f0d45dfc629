#pragma once

#include "window/section.h"

namespace cms {
class ClusterRegistry;
}

namespace models {
class BridgesModel;
}

namespace views {

class BridgesPane;

// The Bridges section (Ctrl+1): every cluster with its call bridges and the chart of the current
// cluster's call legs (BridgesPane). Choosing a cluster in its table makes it the window's cluster.
class BridgesSection : public Section
{
    Q_OBJECT
public:
    // model: the window's model of the clusters and their bridges, shared with its navigation.
    BridgesSection(cms::ClusterRegistry &registry, models::BridgesModel &model, QObject *parent = nullptr);

    QString title() const override;
    QString menuTitle() const override;
    QIcon icon() const override;
    QKeySequence shortcut() const override;
    QWidget *focusTarget() const override;
    QAction *refreshAction() const override;
    void setCurrentCluster(cms::ClusterSession *session) override;
    QByteArray saveLayout() const override;
    void restoreLayout(const QByteArray &layout) override;

private:
    BridgesPane *m_pane;   // the page
};

} // namespace views
