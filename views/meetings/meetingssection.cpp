#include "meetings/meetingssection.h"

#include "meetings/meetingspane.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QIcon>
#include <QKeySequence>
#include <QStyle>
#include <QTableView>

namespace views {

MeetingsSection::MeetingsSection(cms::ProfileLabels *labels, QSettings *settings, QObject *parent)
    : Section(parent)
    , m_pane(new MeetingsPane(labels))
{
    m_pane->setSettings(settings);
    setObjectName(QStringLiteral("meetingsSection"));
    setWidget(m_pane);
    connect(m_pane, &MeetingsPane::dialogOpened, this, &Section::dialogOpened);
}

QString MeetingsSection::title() const
{
    //: The section of placeholder pools and scheduled meetings
    return tr("Meetings");
}

QString MeetingsSection::menuTitle() const
{
    //: View menu: show the Meetings section; also the title of the Meetings menu
    return tr("&Meetings");
}

QIcon MeetingsSection::icon() const
{
    return QApplication::style()->standardIcon(QStyle::SP_FileDialogListView);
}

QKeySequence MeetingsSection::shortcut() const
{
    return QKeySequence(Qt::CTRL | Qt::Key_5);
}

QWidget *MeetingsSection::focusTarget() const
{
    return m_pane->tableView();
}

QList<QAction *> MeetingsSection::menuActions() const
{
    return m_pane->actions();
}

QAction *MeetingsSection::refreshAction() const
{
    return m_pane->refreshAction();
}

void MeetingsSection::setCurrentCluster(cms::ClusterSession *session)
{
    m_pane->setSession(session);
}

QByteArray MeetingsSection::saveLayout() const
{
    return m_pane->saveState();
}

void MeetingsSection::restoreLayout(const QByteArray &layout)
{
    m_pane->restoreState(layout);
}

} // namespace views
