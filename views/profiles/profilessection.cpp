#include "profiles/profilessection.h"

#include "profiles/profilespane.h"

#include <QAction>
#include <QDialog>
#include <QApplication>
#include <QIcon>
#include <QKeySequence>
#include <QStyle>
#include <QTableView>

namespace views {

ProfilesSection::ProfilesSection(cms::ProfileLabels &labels, QObject *parent)
    : Section(parent)
    , m_pane(new ProfilesPane(labels))
{
    setObjectName(QStringLiteral("profilesSection"));
    setWidget(m_pane);
    connect(m_pane, &ProfilesPane::dialogOpened, this, &Section::dialogOpened);
    connect(m_pane, &ProfilesPane::openSpaceRequested, this, &ProfilesSection::openSpaceRequested);
}

QString ProfilesSection::title() const
{
    //: The section of call profiles, call leg profiles and space templates
    return tr("Profiles");
}

QString ProfilesSection::menuTitle() const
{
    //: View menu: show the Profiles section; also the title of the Profiles menu
    return tr("P&rofiles");
}

QIcon ProfilesSection::icon() const
{
    return QApplication::style()->standardIcon(QStyle::SP_FileDialogDetailedView);
}

QKeySequence ProfilesSection::shortcut() const
{
    return QKeySequence(Qt::CTRL | Qt::Key_4);
}

QWidget *ProfilesSection::focusTarget() const
{
    return m_pane->listView();
}

QList<QAction *> ProfilesSection::menuActions() const
{
    return m_pane->actions();
}

QAction *ProfilesSection::refreshAction() const
{
    return m_pane->refreshAction();
}

void ProfilesSection::setCurrentCluster(cms::ClusterSession *session)
{
    m_pane->setSession(session);
}

} // namespace views
