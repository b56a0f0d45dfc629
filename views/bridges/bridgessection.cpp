#include "bridges/bridgessection.h"

#include "bridges/bridgespane.h"
#include "cluster/clustersession.h"

#include <QApplication>
#include <QStyle>
#include <QTreeView>

namespace views {

BridgesSection::BridgesSection(cms::ClusterRegistry &registry, models::BridgesModel &model, QObject *parent)
    : Section(parent)
    , m_pane(new BridgesPane(registry, model))
{
    setObjectName(QStringLiteral("bridgesSection"));
    setWidget(m_pane);
    connect(m_pane, &BridgesPane::currentClusterChanged, this, &Section::currentClusterChosen);
}

QString BridgesSection::title() const
{
    return BridgesPane::tr("Bridges");   // the pane's own name (its tool bar's)
}

QString BridgesSection::menuTitle() const
{
    //: View menu: show the Bridges section
    return tr("&Bridges");
}

QIcon BridgesSection::icon() const
{
    return QApplication::style()->standardIcon(QStyle::SP_ComputerIcon);
}

QKeySequence BridgesSection::shortcut() const
{
    return QKeySequence(Qt::CTRL | Qt::Key_1);
}

QWidget *BridgesSection::focusTarget() const
{
    return m_pane->view();
}

QAction *BridgesSection::refreshAction() const
{
    return m_pane->refreshAction();
}

void BridgesSection::setCurrentCluster(cms::ClusterSession *session)
{
    if (m_pane->currentCluster() != session)
        m_pane->setCurrentCluster(session);
}

QByteArray BridgesSection::saveLayout() const
{
    return m_pane->saveState();
}

void BridgesSection::restoreLayout(const QByteArray &layout)
{
    m_pane->restoreState(layout);
}

} // namespace views
