#include "profiles/templateuserseditor.h"

#include "api/cmsnode.h"
#include "api/cmsreply.h"
#include "api/cmsrequest.h"
#include "cluster/clustersession.h"
#include "common/displayformat.h"
#include "common/sessionversion.h"
#include "config/objectchange.h"
#include "net/collectionpager.h"
#include "net/connection.h"
#include "profiles/templateusersmodel.h"
#include "schema/schema.h"
#include "spaces/usercompletionmodel.h"

#include <QCompleter>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QUrlQuery>
#include <QVBoxLayout>

namespace views {

namespace {

// Completes with the JID of the user chosen in the list, which shows "Name <jid>".
class JidCompleter : public QCompleter
{
public:
    using QCompleter::QCompleter;
    QString pathFromIndex(const QModelIndex &index) const override
    {
        return index.data(models::UserCompletionModel::JidRole).toString();
    }
};

} // namespace

TemplateUsersEditor::TemplateUsersEditor(QWidget *parent)
    : QWidget(parent)
    , m_model(new models::TemplateUsersModel(this))
    , m_title(new QLabel(this))
    , m_list(new QTableView(this))
    , m_progress(new QLabel(this))
    , m_userLabel(new QLabel(this))
    , m_user(new QLineEdit(this))
    , m_assign(new QPushButton(this))
    , m_unassign(new QPushButton(this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("templateUsersEditor"));
    m_list->setObjectName(QStringLiteral("templateUsersView"));
    m_user->setObjectName(QStringLiteral("templateUserEdit"));
    m_assign->setObjectName(QStringLiteral("assignTemplate"));
    m_unassign->setObjectName(QStringLiteral("unassignTemplate"));
    m_status->setObjectName(QStringLiteral("templateUsersStatus"));
    m_progress->setObjectName(QStringLiteral("templateUsersProgress"));
    m_status->setWordWrap(true);
    m_title->setBuddy(m_list);
    m_userLabel->setBuddy(m_user);
    m_list->setModel(m_model);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->verticalHeader()->hide();
    m_list->horizontalHeader()->setStretchLastSection(true);

    auto *assignRow = new QHBoxLayout;
    assignRow->addWidget(m_userLabel);
    assignRow->addWidget(m_user, 1);
    assignRow->addWidget(m_assign);
    auto *bottomRow = new QHBoxLayout;
    bottomRow->addWidget(m_status, 1);
    bottomRow->addWidget(m_unassign);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_progress);
    layout->addLayout(bottomRow);
    layout->addLayout(assignRow);

    connect(m_model, &models::TemplateUsersModel::progress, this, &TemplateUsersEditor::updateProgress);
    connect(m_model, &models::TemplateUsersModel::loadingChanged, this, &TemplateUsersEditor::updateProgress);
    connect(m_model, &models::TemplateUsersModel::loadFailed, m_status, &QLabel::setText);
    connect(m_list->selectionModel(), &QItemSelectionModel::selectionChanged, this, &TemplateUsersEditor::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &TemplateUsersEditor::updateActions);
    connect(m_user, &QLineEdit::textChanged, this, &TemplateUsersEditor::updateActions);
    connect(m_user, &QLineEdit::returnPressed, this, &TemplateUsersEditor::assign);
    connect(m_assign, &QPushButton::clicked, this, &TemplateUsersEditor::assign);
    connect(m_unassign, &QPushButton::clicked, this, &TemplateUsersEditor::unassign);

    retranslateUi();
    updateActions();
}

TemplateUsersEditor::~TemplateUsersEditor() = default;

void TemplateUsersEditor::setTemplate(cms::ClusterSession *session, const QString &templateId)
{
    if (session == m_session && templateId == m_templateId && !templateId.isEmpty())
        return;
    if (session != m_session) {
        delete m_completer;
        if (auto *users = models::UserCompletionModel::forSession(session)) {
            m_completer = new JidCompleter(users, this);
            m_completer->setObjectName(QStringLiteral("templateUserCompleter"));
            m_completer->setCaseSensitivity(Qt::CaseInsensitive);
            m_completer->setFilterMode(Qt::MatchContains);
            m_completer->setCompletionMode(QCompleter::PopupCompletion);
            m_completer->setMaxVisibleItems(12);
        }
        m_user->setCompleter(m_completer);
    }
    m_session = session;
    m_templateId = templateId;
    m_status->clear();
    m_model->show(nullptr, {});   // emptied now, read when shown
    loadIfShown();
    updateProgress();
    updateActions();
}

void TemplateUsersEditor::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    loadIfShown();
}

// Reading every user's assignments costs a request per user: done only when the list is looked at.
void TemplateUsersEditor::loadIfShown()
{
    if (isVisible() && !m_templateId.isEmpty() && m_model->templateId() != m_templateId)
        m_model->show(m_session, m_templateId);
}

void TemplateUsersEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void TemplateUsersEditor::retranslateUi()
{
    m_title->setText(tr("&Users this space template is assigned to (they can create spaces from it):"));
    m_list->setAccessibleName(tr("Users assigned this space template"));
    m_userLabel->setText(tr("Assign t&o user:"));
    m_user->setPlaceholderText(tr("name@example.com"));
    m_user->setAccessibleName(tr("User to assign the space template to"));
    m_user->setAccessibleDescription(tr("The user's JID; type part of a name or JID to choose among the cluster's users"));
    m_assign->setText(tr("Assi&gn"));
    m_unassign->setText(tr("U&nassign"));
    m_unassign->setToolTip(tr("Take the space template away from the chosen user"));
    updateProgress();
}

void TemplateUsersEditor::updateProgress()
{
    if (m_model->isLoading()) {
        //: While the users' space template assignments are read, one user at a time
        m_progress->setText(tr("Looking through the users: %1 of %2…")
                                .arg(QLocale().toString(m_model->usersChecked()), QLocale().toString(m_model->usersTotal())));
    } else if (!m_model->templateId().isEmpty()) {
        m_progress->setText(tr("Assigned to %n user(s).", nullptr, m_model->rowCount()));
    } else {
        m_progress->clear();
    }
}

void TemplateUsersEditor::updateActions()
{
    const bool open = m_session && m_session->connection() && !m_busy && !m_templateId.isEmpty();
    m_assign->setEnabled(open && !m_user->text().trimmed().isEmpty());
    m_user->setEnabled(!m_templateId.isEmpty());
    m_unassign->setEnabled(open && !m_list->selectionModel()->selectedRows().isEmpty());
}

void TemplateUsersEditor::finish(bool ok, const QString &status)
{
    m_busy = false;
    m_status->setText(status);
    updateProgress();
    updateActions();
    Q_EMIT changeFinished(ok);
}

// A user is named by JID; the assignment is made under the user's id, which /users?filter= finds.
void TemplateUsersEditor::assign()
{
    const QString jid = m_user->text().trimmed();
    if (jid.isEmpty() || !m_session || !m_session->connection() || m_busy || m_templateId.isEmpty())
        return;
    m_busy = true;
    updateActions();
    m_status->setText(tr("Assigning…"));
    QUrlQuery filter;
    filter.addQueryItem(QStringLiteral("filter"), jid);
    auto *pager = new cms::CollectionPager(*m_session->connection(), QStringLiteral("users"), filter, this);
    const QString templateId = m_templateId;
    connect(pager, &cms::CollectionPager::finished, this, [this, pager, jid, templateId] {
        pager->deleteLater();
        if (templateId != m_templateId)
            return finish(false, {});
        if (!pager->error().isOk())
            return finish(false, tr("Not assigned: %1").arg(pager->error().message()));
        for (const cms::CmsNode &user : pager->items()) {
            if (user.value(u"userJid").compare(jid, Qt::CaseInsensitive) == 0)
                return sendAssignment(user.id(), user.value(u"userJid"), user.value(u"name"));
        }
        finish(false, tr("Not assigned: the cluster has no user «%1».").arg(models::DisplayFormat::isolated(jid)));
    });
    pager->start();
}

void TemplateUsersEditor::sendAssignment(const QString &userId, const QString &jid, const QString &name)
{
    if (m_model->rowOfUser(userId) >= 0)
        return finish(false, tr("«%1» already has this space template.").arg(models::DisplayFormat::isolated(jid)));
    if (!m_session || !m_session->connection())
        return finish(false, {});
    const cms::ObjectType &type = *cms::Schema::find(u"userCoSpaceTemplates");
    auto *change = new cms::ObjectChange(*m_session->connection(), type, cms::WriteMode::Create,
                                         models::serverVersion(m_session), this);
    const QString templateId = m_templateId;
    connect(change, &cms::ObjectChange::finished, this, [this, change, userId, jid, name, templateId] {
        change->deleteLater();
        if (!change->isOk())
            return finish(false, tr("Not assigned: %1").arg(change->error().message()));
        if (templateId == m_templateId)
            m_model->addAssignment(userId, jid, name, change->createdId());
        m_user->clear();
        finish(true, tr("Assigned to «%1».").arg(models::DisplayFormat::isolated(jid)));
    });
    change->start(QStringLiteral("users/%1/userCoSpaceTemplates").arg(userId),
                  {{QStringLiteral("coSpaceTemplate"), templateId}});
}

void TemplateUsersEditor::unassign()
{
    const QModelIndexList rows = m_list->selectionModel()->selectedRows();
    if (rows.isEmpty() || !m_session || !m_session->connection() || m_busy)
        return;
    const int row = rows.first().row();
    const QString userId = m_model->userIdAt(row);
    const QString assignmentId = m_model->assignmentIdAt(row);
    const QString jid = m_model->jidAt(row);
    m_busy = true;
    updateActions();
    cms::CmsReply *reply = m_session->connection()->sendShared(
        cms::CmsRequest::del(QStringLiteral("users/%1/userCoSpaceTemplates/%2").arg(userId, assignmentId)));
    connect(reply, &cms::CmsReply::finished, this, [this, reply, assignmentId, jid] {
        reply->deleteLater();
        if (!reply->isOk())
            return finish(false, tr("Not unassigned: %1").arg(reply->error().message()));
        m_model->removeAssignment(assignmentId);
        finish(true, tr("Unassigned from «%1».").arg(models::DisplayFormat::isolated(jid)));
    });
}

} // namespace views
