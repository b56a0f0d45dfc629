#include "spaces/spacessection.h"

#include "cluster/clustersession.h"
#include "config/profilelabels.h"
#include "guesthost/guesthostcheckdialog.h"
#include "guesthost/guesthostwizard.h"
#include "spaces/spacecreatedialog.h"
#include "spaces/spacedetailsview.h"
#include "spaces/spacesmodel.h"
#include "spaces/spacespane.h"

#include <QAction>
#include <QApplication>
#include <QStackedWidget>
#include <QStyle>

namespace views {

namespace {

QAction *separator(QObject *parent)
{
    auto *action = new QAction(parent);
    action->setSeparator(true);
    return action;
}

} // namespace

SpacesSection::SpacesSection(cms::ActivityLog &log, QObject *parent)
    : Section(parent)
    , m_log(log)
    , m_pane(new SpacesPane)
    , m_details(new SpaceDetailsView(m_pane->detailsArea()))
{
    setObjectName(QStringLiteral("spacesSection"));
    setWidget(m_pane);
    m_pane->setActivityLog(&m_log);
    m_details->setActivityLog(&m_log);
    m_pane->detailsArea()->addWidget(m_details);
    connect(m_pane, &SpacesPane::currentSpaceChanged, this, &SpacesSection::onCurrentSpaceChanged);
    connect(m_pane, &SpacesPane::newSpaceRequested, this, &SpacesSection::showNewSpace);
    connect(m_pane, &SpacesPane::guestHostRequested, this, &SpacesSection::showGuestHost);
    // The list follows what the details changed (a refresh keeps the selection and the scroll position).
    connect(m_details, &SpaceDetailsView::spaceSaved, m_pane->refreshAction(), &QAction::trigger);
    connect(m_details, &SpaceDetailsView::spaceDeleted, m_pane->refreshAction(), &QAction::trigger);

    connect(m_pane, &SpacesPane::startMeetingRequested, this, &SpacesSection::startMeetingRequested);
    connect(m_pane, &SpacesPane::guestAccessCheckRequested, this, &SpacesSection::showGuestAccessCheck);

    m_menuActions = {m_pane->newSpaceAction(),       m_pane->startMeetingAction(),
                     m_pane->guestHostAction(),      m_pane->checkGuestAccessAction(),
                     separator(this),                m_pane->setFieldAction(),
                     m_pane->deleteSelectedAction(), separator(this),
                     m_pane->exportAction()};
}

QString SpacesSection::title() const
{
    return SpacesPane::tr("Spaces");   // the pane's own name (its tool bar's)
}

QString SpacesSection::menuTitle() const
{
    //: View menu: show the Spaces section; also the title of the Spaces menu
    return tr("S&paces");
}

QIcon SpacesSection::icon() const
{
    return QApplication::style()->standardIcon(QStyle::SP_DirIcon);
}

QKeySequence SpacesSection::shortcut() const
{
    return QKeySequence(Qt::CTRL | Qt::Key_2);
}

QList<QAction *> SpacesSection::menuActions() const
{
    return m_menuActions;
}

QAction *SpacesSection::refreshAction() const
{
    return m_pane->refreshAction();
}

void SpacesSection::setProfileLabels(const cms::ProfileLabels *labels)
{
    m_labels = labels;
    m_details->setProfileLabels(labels);
    m_pane->setProfileLabels(labels);
}

void SpacesSection::setCurrentCluster(cms::ClusterSession *session)
{
    m_pane->setCurrentCluster(session);
}

void SpacesSection::onCurrentSpaceChanged(cms::ClusterSession *session, const QString &spaceId)
{
    QStackedWidget *area = m_pane->detailsArea();
    if (!session || spaceId.isEmpty()) {
        area->setCurrentIndex(0);   // the pane's own "choose a space" page
        return;
    }
    m_details->setSpace(session, spaceId);
    area->setCurrentWidget(m_details);
}

void SpacesSection::showSpace(const QString &spaceId)
{
    m_pane->selectSpaces({spaceId});
}

void SpacesSection::showNewSpace()
{
    cms::ClusterSession *session = m_pane->currentCluster();
    if (!session)
        return;
    auto *dialog = new SpaceCreateDialog(session, m_pane, m_labels);
    dialog->setActivityLog(&m_log);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SpaceCreateDialog::spaceCreated, m_pane->refreshAction(), &QAction::trigger);
    dialog->open();
    Q_EMIT dialogOpened(dialog);
}

void SpacesSection::showGuestAccessCheck(const QString &spaceId)
{
    cms::ClusterSession *session = m_pane->currentCluster();
    if (!session || !session->connection() || spaceId.isEmpty())
        return;
    auto *dialog = new GuestHostCheckDialog(*session->connection(), spaceId, m_pane);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // A fix changes the space: its details and the list show what it holds now.
    connect(dialog, &GuestHostCheckDialog::fixFinished, m_pane->refreshAction(), &QAction::trigger);
    dialog->open();
    Q_EMIT dialogOpened(dialog);
}

void SpacesSection::showGuestHost(const QStringList &spaceIds)
{
    cms::ClusterSession *session = m_pane->currentCluster();
    if (!session)
        return;
    using Column = models::SpacesModel::Column;
    QList<GuestHostWizard::Target> targets;
    for (const QString &id : spaceIds) {
        const int row = m_pane->model()->rowOfSpace(id);
        auto value = [this, row](Column column) {
            return m_pane->model()->index(row, int(column)).data(models::SpacesModel::RawValueRole).toString();
        };
        targets.append({id, value(Column::Name), value(Column::Uri), value(Column::CallId)});
    }
    auto *wizard = new GuestHostWizard(session, targets, m_pane);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &GuestHostWizard::spacesChanged, m_pane->refreshAction(), &QAction::trigger);
    wizard->open();
    Q_EMIT dialogOpened(wizard);
}

QByteArray SpacesSection::saveLayout() const
{
    return m_pane->saveState();
}

void SpacesSection::restoreLayout(const QByteArray &layout)
{
    m_pane->restoreState(layout);
}

} // namespace views
