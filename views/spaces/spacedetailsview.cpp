#include "spaces/spacedetailsview.h"

#include "spaces/accessmethodseditor.h"
#include "spaces/effectivesettingsview.h"
#include "spaces/memberseditor.h"
#include "spaces/spaceeditor.h"

#include <QEvent>

namespace views {

SpaceDetailsView::SpaceDetailsView(QWidget *parent)
    : QTabWidget(parent)
{
    setObjectName(QStringLiteral("spaceDetails"));
    m_general = new SpaceEditor(this);
    m_general->setObjectName(QStringLiteral("generalTab"));
    m_accessMethods = new AccessMethodsEditor(this);
    m_accessMethods->setObjectName(QStringLiteral("accessMethodsTab"));
    m_members = new MembersEditor(this);
    m_members->setObjectName(QStringLiteral("membersTab"));
    m_effective = new EffectiveSettingsView(this);
    m_effective->setObjectName(QStringLiteral("effectiveSettingsTab"));
    addTab(m_general, QString());
    addTab(m_accessMethods, QString());
    addTab(m_members, QString());
    addTab(m_effective, QString());

    connect(m_general, &SpaceEditor::spaceSaved, this, &SpaceDetailsView::spaceSaved);
    connect(m_general, &SpaceEditor::spaceDeleted, this, &SpaceDetailsView::spaceDeleted);
    retranslateUi();
}

void SpaceDetailsView::setProfileLabels(const cms::ProfileLabels *labels)
{
    m_general->setProfileLabels(labels);
    m_effective->setProfileLabels(labels);
}

void SpaceDetailsView::setSpace(cms::ClusterSession *session, const QString &spaceId)
{
    m_spaceId = spaceId;
    m_general->setSpace(session, spaceId);
    m_accessMethods->setSpace(session, spaceId);
    m_members->setSpace(session, spaceId);
    m_effective->setSpace(session, spaceId);
}

void SpaceDetailsView::setActivityLog(cms::ActivityLog *log)
{
    m_general->setActivityLog(log);
}

void SpaceDetailsView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QTabWidget::changeEvent(event);
}

void SpaceDetailsView::retranslateUi()
{
    //: Tab of a space's details: its own fields.
    setTabText(indexOf(m_general), tr("General"));
    setTabText(indexOf(m_accessMethods), tr("Access methods"));
    setTabText(indexOf(m_members), tr("Members"));
    //: Tab of a space's details: the settings that really apply, and where each comes from.
    setTabText(indexOf(m_effective), tr("Effective settings"));
}

} // namespace views
