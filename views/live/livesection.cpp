#include "live/livesection.h"

#include "live/livepane.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QIcon>
#include <QKeySequence>
#include <QStyle>
#include <QTreeView>

namespace views {

LiveSection::LiveSection(cms::ActivityLog &log, QObject *parent)
    : Section(parent)
    , m_pane(new LivePane)
{
    setObjectName(QStringLiteral("liveSection"));
    setWidget(m_pane);
    m_pane->setActivityLog(&log);
    connect(m_pane, &LivePane::dialogOpened, this, &Section::dialogOpened);
    // Find (Ctrl+F) stays on the page: the Spaces page has its own.
    auto *separator = new QAction(this);
    separator->setSeparator(true);
    auto *separator2 = new QAction(this);
    separator2->setSeparator(true);
    m_menuActions << m_pane->moveToAction() << separator << m_pane->participantActions() << separator2
                  << m_pane->meetingActions();
}

QString LiveSection::title() const
{
    //: The section of live calls and participants
    return tr("Live");
}

QString LiveSection::menuTitle() const
{
    //: View menu: show the Live section; also the title of the Live menu
    return tr("&Live");
}

QIcon LiveSection::icon() const
{
    return QApplication::style()->standardIcon(QStyle::SP_MediaPlay);
}

QKeySequence LiveSection::shortcut() const
{
    return QKeySequence(Qt::CTRL | Qt::Key_3);
}

QWidget *LiveSection::focusTarget() const
{
    return m_pane->callsView();
}

QList<QAction *> LiveSection::menuActions() const
{
    return m_menuActions;
}

void LiveSection::startMeetingOn(const QString &spaceId)
{
    m_pane->startMeetingOn(spaceId);
}

void LiveSection::setCurrentCluster(cms::ClusterSession *session)
{
    m_pane->setSession(session);
}

} // namespace views
