#include "profiles/profilespane.h"

#include "api/cmsnode.h"
#include "api/cmsreply.h"
#include "api/cmsrequest.h"
#include "cluster/clustersession.h"
#include "common/displayformat.h"
#include "common/formsave.h"
#include "common/newobjectdialog.h"
#include "common/schemaform.h"
#include "common/sessionversion.h"
#include "config/objectchange.h"
#include "config/profilelabels.h"
#include "config/profileusage.h"
#include "config/schedulerreadiness.h"
#include "meetings/schedulerassistant.h"
#include "net/connection.h"
#include "profiles/accessmethodtemplateseditor.h"
#include "profiles/globalprofilesdialog.h"
#include "profiles/profilecomparedialog.h"
#include "profiles/profilerepointdialog.h"
#include "profiles/profileusageview.h"
#include "profiles/templateuserseditor.h"
#include "schema/schema.h"

#include <QAbstractButton>
#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace views {

namespace {

using Kind = models::ProfileKind;
const Kind kKinds[] = {Kind::CallLegProfiles, Kind::CallProfiles, Kind::DialInSecurityProfiles, Kind::SpaceTemplates};

// The where-used search of a kind; space templates have none.
bool usageKind(Kind kind, cms::ProfileUsageFinder::Kind *out)
{
    switch (kind) {
    case Kind::CallLegProfiles: *out = cms::ProfileUsageFinder::Kind::CallLegProfile; return true;
    case Kind::CallProfiles: *out = cms::ProfileUsageFinder::Kind::CallProfile; return true;
    case Kind::DialInSecurityProfiles: *out = cms::ProfileUsageFinder::Kind::DialInSecurityProfile; return true;
    case Kind::SpaceTemplates: return false;
    }
    return false;
}

} // namespace

ProfilesPane::ProfilesPane(cms::ProfileLabels &labels, QWidget *parent)
    : QWidget(parent)
    , m_labels(labels)
    , m_model(new models::ProfilesModel(this))
    , m_kind(new QComboBox(this))
    , m_kindLabel(new QLabel(this))
    , m_list(new QTableView(this))
    , m_tabs(new QTabWidget(this))
    , m_nameLabel(new QLabel(this))
    , m_name(new QLineEdit(this))
    , m_formArea(new QScrollArea(this))
    , m_save(new QPushButton(this))
    , m_revert(new QPushButton(this))
    , m_status(new QLabel(this))
    , m_usage(new ProfileUsageView(this))
    , m_methodTemplates(new AccessMethodTemplatesEditor(this))
    , m_templateUsers(new TemplateUsersEditor(this))
    , m_newAction(new QAction(this))
    , m_deleteAction(new QAction(this))
    , m_compareAction(new QAction(this))
    , m_schedulerAction(new QAction(this))
    , m_refreshAction(new QAction(this))
    , m_globalAction(new QAction(this))
{
    setObjectName(QStringLiteral("profilesPane"));
    m_kind->setObjectName(QStringLiteral("profileKind"));
    m_list->setObjectName(QStringLiteral("profilesView"));
    m_name->setObjectName(QStringLiteral("profileConsoleName"));
    m_save->setObjectName(QStringLiteral("saveProfile"));
    m_revert->setObjectName(QStringLiteral("revertProfile"));
    m_status->setObjectName(QStringLiteral("profileStatus"));
    m_status->setWordWrap(true);
    m_newAction->setObjectName(QStringLiteral("newProfileAction"));
    m_deleteAction->setObjectName(QStringLiteral("deleteProfileAction"));
    m_compareAction->setObjectName(QStringLiteral("compareProfilesAction"));
    m_schedulerAction->setObjectName(QStringLiteral("schedulerReadyAction"));
    m_refreshAction->setObjectName(QStringLiteral("refreshProfilesAction"));
    m_globalAction->setObjectName(QStringLiteral("globalProfilesAction"));
    m_refreshAction->setShortcut(QKeySequence::Refresh);
    m_refreshAction->setShortcutContext(Qt::WindowShortcut);
    addAction(m_refreshAction);
    for (QAction *action : {m_newAction, m_deleteAction, m_compareAction, m_schedulerAction, m_globalAction}) {
        action->setShortcutContext(Qt::WindowShortcut);
        addAction(action);
    }
    m_newAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_deleteAction->setShortcut(QKeySequence::Delete);
    m_deleteAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);   // Delete in a field deletes text
    m_list->addAction(m_deleteAction);
    m_compareAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));

    for (int i = 0; i < int(std::size(kKinds)); ++i)
        m_kind->addItem(QString(), int(kKinds[i]));
    m_kindLabel->setBuddy(m_kind);
    m_list->setModel(m_model);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->verticalHeader()->hide();
    m_list->horizontalHeader()->setStretchLastSection(true);
    m_list->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_list->addActions({m_compareAction, m_newAction});
    m_nameLabel->setBuddy(m_name);
    m_formArea->setWidgetResizable(true);
    // The explanations wrap (their height depends on the width): a vertical bar that comes and goes
    // would leave the form a little wider than the view, with a horizontal bar for nothing.
    m_formArea->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);

    auto *settings = new QWidget;
    auto *settingsLayout = new QVBoxLayout(settings);
    auto *nameRow = new QFormLayout;
    nameRow->addRow(m_nameLabel, m_name);
    settingsLayout->addLayout(nameRow);
    settingsLayout->addWidget(m_formArea, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_revert);
    buttons->addWidget(m_save);
    settingsLayout->addLayout(buttons);
    m_tabs->addTab(settings, QString());
    m_tabs->addTab(m_usage, QString());
    m_tabs->addTab(m_methodTemplates, QString());
    m_tabs->addTab(m_templateUsers, QString());

    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto *kindRow = new QHBoxLayout;
    kindRow->addWidget(m_kindLabel);
    kindRow->addWidget(m_kind, 1);
    leftLayout->addLayout(kindRow);
    leftLayout->addWidget(m_list, 1);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(left);
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] { showKind(Kind(m_kind->currentData().toInt())); });
    connect(m_list->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ProfilesPane::updateActions);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ProfilesPane::currentChanged);
    connect(m_model, &models::ProfilesModel::loadFailed, m_status, &QLabel::setText);
    connect(m_model, &models::ProfilesModel::loadingChanged, this, [this](bool loading) {
        if (!loading)
            selectPendingObject();
    });
    connect(m_usage, &ProfileUsageView::placeActivated, this, &ProfilesPane::openPlace);
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &from, const QModelIndex &to) {
        const int row = m_list->currentIndex().row();
        if (row >= from.row() && row <= to.row() && m_form && !m_form->hasChanges())
            m_form->setValues(m_model->values(row));   // read again: show what the server holds
    });
    connect(m_save, &QPushButton::clicked, this, &ProfilesPane::save);
    connect(m_revert, &QPushButton::clicked, this, &ProfilesPane::revert);
    connect(m_newAction, &QAction::triggered, this, &ProfilesPane::createNew);
    connect(m_deleteAction, &QAction::triggered, this, &ProfilesPane::confirmDelete);
    connect(m_compareAction, &QAction::triggered, this, &ProfilesPane::compareSelected);
    connect(m_schedulerAction, &QAction::triggered, this, &ProfilesPane::openSchedulerCheck);
    connect(m_globalAction, &QAction::triggered, this, &ProfilesPane::openGlobalProfiles);
    connect(m_methodTemplates, &AccessMethodTemplatesEditor::dialogOpened, this, &ProfilesPane::dialogOpened);
    connect(m_refreshAction, &QAction::triggered, m_model, &models::ProfilesModel::reload);
    connect(m_name, &QLineEdit::editingFinished, this, [this] {
        if (m_model->kind() == Kind::CallProfiles && !currentId().isEmpty())
            m_labels.setLabel(clusterId(), currentId(), m_name->text());
    });
    connect(&m_labels, &cms::ProfileLabels::labelChanged, m_model, &models::ProfilesModel::labelsChanged);
    m_model->setLabelOf([this](const QString &id) { return m_labels.label(clusterId(), id); });

    retranslateUi();
    rebuildForm();
    updateTemplateTabs();
    updateActions();
}

ProfilesPane::~ProfilesPane() = default;

QString ProfilesPane::clusterId() const
{
    return m_session ? m_session->profile().id : QString();
}

QString ProfilesPane::currentId() const
{
    return m_model->idAt(m_list->currentIndex().row());
}

void ProfilesPane::setSession(cms::ClusterSession *session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    // A cluster chosen while it still connects is read once it is open (and again after a reconnection).
    if (session) {
        connect(session, &cms::ClusterSession::stateChanged, this, [this] {
            if (m_session && m_session->state() == cms::ClusterSession::State::Open)
                setSession(m_session);
        });
        connect(session, &cms::ClusterSession::statusUpdated, this, &ProfilesPane::updateActions);   // the version
    }
    updateKinds();
    delete m_form;   // built again for this session's version, with its reference choices
    m_form = nullptr;
    rebuildForm();
    m_model->show(session, Kind(m_kind->currentData().toInt()));
    updateTemplateTabs();
    updateActions();
}

void ProfilesPane::showKind(Kind kind)
{
    const int index = m_kind->findData(int(kind));
    if (index != m_kind->currentIndex()) {
        m_kind->setCurrentIndex(index);   // comes back here
        return;
    }
    rebuildForm();
    m_usage->clear();
    m_model->show(m_session, kind);
    updateTemplateTabs();
    updateActions();
}

void ProfilesPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ProfilesPane::retranslateUi()
{
    m_kindLabel->setText(tr("&Show:"));
    m_kind->setItemText(0, tr("Call leg profiles"));
    m_kind->setItemText(1, tr("Call profiles"));
    m_kind->setItemText(2, tr("Dial-in security profiles"));
    m_kind->setItemText(3, tr("Space templates"));
    m_kind->setAccessibleName(tr("Kind of profile"));
    m_list->setAccessibleName(tr("Profiles"));
    m_list->setAccessibleDescription(tr("The profiles of the kind chosen above; choose one to see and edit its settings, "
                                        "or two to compare them"));
    m_tabs->setTabText(0, tr("Se&ttings"));
    m_tabs->setTabText(1, tr("&Where Used"));
    //: The tab of a space template's access method templates
    m_tabs->setTabText(2, tr("&Access Methods"));
    m_tabs->setTabText(3, tr("Ass&igned Users"));
    m_nameLabel->setText(tr("Name in the &console:"));
    m_name->setPlaceholderText(tr("The API gives call profiles no name: name it here"));
    m_name->setAccessibleName(tr("Name in the console"));
    m_name->setAccessibleDescription(tr("Kept in this console's settings for this cluster, and shown wherever the call profile appears"));
    m_formArea->setAccessibleName(tr("Settings of the chosen profile"));
    m_save->setText(tr("&Save"));
    m_revert->setText(tr("&Revert"));
    m_newAction->setText(tr("&New…"));
    m_deleteAction->setText(tr("&Delete…"));
    m_compareAction->setText(tr("&Compare"));
    m_compareAction->setToolTip(tr("Show the two selected side by side (%1)")
                                    .arg(m_compareAction->shortcut().toString(QKeySequence::NativeText)));
    m_refreshAction->setText(tr("&Refresh"));
    m_schedulerAction->setText(tr("&Scheduler Ready Check…"));
    m_globalAction->setText(tr("&Global Profiles…"));
    m_globalAction->setToolTip(tr("Choose the profiles that apply to the whole cluster"));
    updateKinds();
    updateActions();
}

// A kind the server's version lacks stays in the list, disabled, with the reason.
void ProfilesPane::updateKinds()
{
    auto *items = qobject_cast<QStandardItemModel *>(m_kind->model());
    const int version = models::serverVersion(m_session);
    for (int i = 0; i < m_kind->count(); ++i) {
        const Kind kind = Kind(m_kind->itemData(i).toInt());
        const bool available = version == 0 || version >= models::sinceVersion(kind);
        if (QStandardItem *item = items ? items->item(i) : nullptr) {
            item->setEnabled(available);
            item->setToolTip(available ? QString()
                                       : tr("This cluster runs a CMS version without them (they came with %1).")
                                             .arg(kind == Kind::SpaceTemplates ? QStringLiteral("2.9") : QStringLiteral("3.0")));
        }
    }
}

void ProfilesPane::rebuildForm()
{
    const Kind kind = Kind(m_kind->currentData().toInt());
    if (m_form && &m_form->type() == cms::Schema::find(models::collectionOf(kind)))
        return;
    delete m_form;
    m_form = new SchemaForm(*cms::Schema::find(models::collectionOf(kind)), cms::WriteMode::Update,
                            models::serverVersion(m_session));
    m_form->setObjectName(QStringLiteral("profileForm"));
    m_formArea->setWidget(m_form);
    m_form->setProfileLabels(&m_labels, clusterId());
    if (m_session && m_session->connection())
        m_form->loadReferenceChoices(*m_session->connection());
    connect(m_form, &SchemaForm::edited, this, &ProfilesPane::updateActions);
    const bool named = kind == Kind::CallProfiles;
    m_nameLabel->setVisible(named);
    m_name->setVisible(named);
}

void ProfilesPane::currentChanged()
{
    const int row = m_list->currentIndex().row();
    m_status->clear();
    updateTemplateTabs();
    if (row < 0) {
        m_form->setValues({});
        m_usage->clear();
        updateActions();
        return;
    }
    m_form->setValues(m_model->values(row));
    m_name->setText(m_labels.label(clusterId(), currentId()));
    findUsage(currentId());
    updateActions();
}

void ProfilesPane::findUsage(const QString &id)
{
    delete m_finder;
    m_usageKnown = false;
    cms::ProfileUsageFinder::Kind kind;
    if (!usageKind(m_model->kind(), &kind) || !m_session || !m_session->connection()) {
        m_usage->clear();
        return;
    }
    m_finder = new cms::ProfileUsageFinder(*m_session->connection(), kind, id, this);
    m_usage->showFinding();
    connect(m_finder, &cms::ProfileUsageFinder::finished, this, [this, finder = m_finder.data()] {
        finder->deleteLater();
        if (!finder->error().isOk()) {
            m_usage->showError(finder->error().message());
        } else {
            m_usage->showUsage(finder->usage());
            m_usageKnown = true;
        }
        updateActions();
        Q_EMIT usageFound();
    });
    m_finder->start();
}

void ProfilesPane::updateActions()
{
    const bool open = m_session && m_session->connection() && !m_busy;
    const int selected = int(m_list->selectionModel()->selectedRows().size());
    const bool current = !currentId().isEmpty();
    m_newAction->setEnabled(open);
    m_deleteAction->setEnabled(open && current);
    m_compareAction->setEnabled(selected == 2);
    m_refreshAction->setEnabled(open);
    // The scheduler came with CMS 3.3: the check waits until the cluster has said which version it runs.
    const int version = models::serverVersion(m_session);
    const bool schedulerVersion = version >= cms::SchedulerReadinessCheck::kSchedulerVersion;
    m_schedulerAction->setEnabled(open && schedulerVersion);
    if (schedulerVersion || !open)
        m_schedulerAction->setToolTip(tr("Whether a space template gives scheduled meetings a guest and a host access, "
                                         "and create what is missing"));
    else if (version == 0)
        m_schedulerAction->setToolTip(tr("Available once the cluster has said which CMS version it runs."));
    else
        m_schedulerAction->setToolTip(tr("The scheduler came with CMS 3.3; this cluster runs %1.").arg(cms::Schema::versionString(version)));
    m_schedulerAction->setStatusTip(m_schedulerAction->toolTip());
    m_globalAction->setEnabled(open);
    m_formArea->setEnabled(current);   // nothing to edit until a profile is chosen
    m_name->setEnabled(current);
    const bool changed = m_form && current && m_form->hasChanges();
    m_save->setEnabled(open && changed && m_form->isValid());
    m_revert->setEnabled(changed && !m_busy);
}

void ProfilesPane::save()
{
    if (!m_form->hasChanges() || currentId().isEmpty())
        return;
    cms::ProfileUsageFinder::Kind kind;
    if (!m_usageKnown || !m_usage->hasUsage() || !usageKind(m_model->kind(), &kind)) {
        sendSave();
        return;
    }
    // What the change reaches, said before it is made (the usage found when the profile was chosen).
    auto *box = new QMessageBox(QMessageBox::Question, tr("Save the Profile"),
                                tr("Save the changes to «%1»?").arg(models::DisplayFormat::isolated(
                                    m_model->displayName(m_list->currentIndex().row()))),
                                QMessageBox::Save | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("saveProfileConfirmation"));
    box->setInformativeText(ProfileUsageView::summary(m_usage->usage()));
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::accepted, this, &ProfilesPane::sendSave);
    box->open();
    Q_EMIT dialogOpened(box);
}

void ProfilesPane::sendSave()
{
    if (!m_session || !m_session->connection() || m_busy)
        return;
    const QString id = currentId();
    m_busy = true;
    updateActions();
    FormSave::start(*m_session, *m_form, *m_status, models::collectionOf(m_model->kind()) + QLatin1Char('/') + id, this,
                    [this, id](bool ok) {
                        m_busy = false;
                        if (ok)
                            m_model->refreshObject(id);
                        updateActions();
                        Q_EMIT changeFinished(ok);
                    });
}

void ProfilesPane::revert()
{
    m_form->setValues(m_form->loadedValues());
    m_status->clear();
    updateActions();
}

// A profile still in use is not deleted: the server would leave the spaces and access methods that
// name it pointing at nothing. The list of those places is shown instead.
void ProfilesPane::confirmDelete()
{
    const QString id = currentId();
    if (id.isEmpty() || !m_session || !m_session->connection())
        return;
    const QString name = models::DisplayFormat::isolated(m_model->displayName(m_list->currentIndex().row()));
    cms::ProfileUsageFinder::Kind kind;
    const bool checkable = usageKind(m_model->kind(), &kind);
    if (checkable && !m_usageKnown) {
        m_status->setText(tr("Wait until the console knows where «%1» is used.").arg(name));
        return;
    }
    if (checkable && m_usage->usage().isUsed()) {
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Profile in Use"),
                                    tr("«%1» is still in use and cannot be deleted.").arg(name), QMessageBox::Ok, this);
        box->setObjectName(QStringLiteral("profileInUse"));
        box->setInformativeText(ProfileUsageView::summary(m_usage->usage())
                                + QLatin1Char(' ') + tr("Point them to another profile first; the Where Used tab lists them."));
        box->setAttribute(Qt::WA_DeleteOnClose);
        QPushButton *repoint = box->addButton(tr("Re-point and &Delete…"), QMessageBox::ActionRole);
        repoint->setObjectName(QStringLiteral("repointProfileButton"));
        connect(repoint, &QPushButton::clicked, this, [this, id, kind] { openRepoint(id, kind); });
        box->open();
        Q_EMIT dialogOpened(box);
        m_tabs->setCurrentWidget(m_usage);
        return;
    }
    auto *box = new QMessageBox(QMessageBox::Question, tr("Delete"), tr("Delete «%1»?").arg(name),
                                QMessageBox::Ok | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("deleteProfileConfirmation"));
    box->button(QMessageBox::Ok)->setText(tr("&Delete"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::accepted, this, [this, id] {
        if (!m_session || !m_session->connection())
            return;
        m_busy = true;
        updateActions();
        cms::CmsReply *reply = m_session->connection()->sendShared(
            cms::CmsRequest::del(models::collectionOf(m_model->kind()) + QLatin1Char('/') + id));
        connect(reply, &cms::CmsReply::finished, this, [this, reply, id] {
            reply->deleteLater();
            m_busy = false;
            if (reply->isOk()) {
                m_model->removeObject(id);
                m_status->setText(tr("Deleted."));
            } else {
                m_status->setText(tr("Not deleted: %1").arg(reply->error().message()));
            }
            updateActions();
            Q_EMIT changeFinished(reply->isOk());
        });
    });
    box->open();
    Q_EMIT dialogOpened(box);
}

// The references go to another profile (or none) first, then the profile is deleted: an operation
// with a preview that puts everything back when a step fails.
void ProfilesPane::openRepoint(const QString &id, cms::ProfileUsageFinder::Kind kind)
{
    const int row = m_model->rowOf(id);
    if (row < 0 || !m_session || !m_session->connection())
        return;
    QList<ProfileRepointDialog::Candidate> candidates;
    for (int r = 0; r < m_model->rowCount(); ++r)
        candidates.append({m_model->idAt(r), m_model->displayName(r)});
    auto *dialog = new ProfileRepointDialog(*m_session->connection(), kind, id, m_model->displayName(row), candidates, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ProfileRepointDialog::profileDeleted, this, [this](const QString &deleted) {
        m_model->removeObject(deleted);
        m_status->setText(tr("Deleted."));
    });
    connect(dialog, &ProfileRepointDialog::runFinished, this, [this](bool ok) {
        if (!currentId().isEmpty())
            findUsage(currentId());   // the references of the profile shown may have moved
        Q_EMIT changeFinished(ok);
    });
    dialog->open();
    Q_EMIT dialogOpened(dialog);
}

void ProfilesPane::createNew()
{
    if (!m_session || !m_session->connection())
        return;
    auto *dialog = new NewObjectDialog(*m_session, m_form->type(), models::collectionOf(m_model->kind()), this);
    dialog->setObjectName(QStringLiteral("newProfileDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("New: %1").arg(m_kind->currentText()));
    dialog->form()->setProfileLabels(&m_labels, clusterId());
    dialog->resize(fontMetrics().averageCharWidth() * 80, fontMetrics().height() * 32);
    connect(dialog, &NewObjectDialog::created, this, [this](const QString &id) {
        m_model->refreshObject(id);
        m_status->setText(tr("Created."));
        Q_EMIT changeFinished(true);
    });
    connect(dialog, &NewObjectDialog::refused, this, [this] { Q_EMIT changeFinished(false); });
    dialog->open();
    Q_EMIT dialogOpened(dialog);
}

void ProfilesPane::openSchedulerCheck()
{
    if (!m_session || !m_session->connection() || !m_schedulerAction->isEnabled())
        return;
    auto *assistant = SchedulerAssistant::openFor(*m_session, SchedulerAssistant::Page::Readiness, this);
    if (!assistant)
        return;
    // What the set-up created appears in the lists.
    connect(assistant, &SchedulerAssistant::setupFinished, m_model, &models::ProfilesModel::reload);
    Q_EMIT dialogOpened(assistant);
}

// A space template's access method templates and users: tabs of their own, there for space templates only.
void ProfilesPane::updateTemplateTabs()
{
    const bool templates = m_model->kind() == Kind::SpaceTemplates;
    m_tabs->setTabVisible(m_tabs->indexOf(m_methodTemplates), templates);
    m_tabs->setTabVisible(m_tabs->indexOf(m_templateUsers), templates);
    const QString id = templates ? currentId() : QString();
    m_methodTemplates->setTemplate(m_session, id);
    m_templateUsers->setTemplate(m_session, id);
}

// An entry of the where-used list opens where the console edits it; tenants, access methods and
// members have no editor of their own here.
void ProfilesPane::openPlace(const cms::ProfileUsage::Place &place)
{
    using Level = cms::ProfileUsage::Level;
    switch (place.level) {
    case Level::Global:
        openGlobalProfiles();
        break;
    case Level::Space:
        Q_EMIT openSpaceRequested(place.id);
        break;
    case Level::SpaceTemplate:
        showObject(Kind::SpaceTemplates, place.id, nullptr);
        break;
    case Level::AccessMethodTemplate:
        showObject(Kind::SpaceTemplates, place.parentId, m_methodTemplates);
        break;
    case Level::Tenant:
    case Level::AccessMethod:
    case Level::Member:
        break;
    }
}

// Shows a kind's list and chooses one object in it, once the list is read.
void ProfilesPane::showObject(Kind kind, const QString &id, QWidget *tab)
{
    m_pendingId = id;
    m_pendingTab = tab;
    showKind(kind);
    selectPendingObject();
}

void ProfilesPane::selectPendingObject()
{
    const int row = m_pendingId.isEmpty() || m_model->isLoading() ? -1 : m_model->rowOf(m_pendingId);
    if (row < 0)
        return;
    m_pendingId.clear();
    m_list->setCurrentIndex(m_model->index(row, 0));
    m_list->setFocus();
    if (m_pendingTab)
        m_tabs->setCurrentWidget(m_pendingTab);
    m_pendingTab = nullptr;
}

void ProfilesPane::openGlobalProfiles()
{
    if (!m_session || !m_session->connection())
        return;
    auto *dialog = new GlobalProfilesDialog(m_session, m_labels, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    Q_EMIT dialogOpened(dialog);
}

void ProfilesPane::compareSelected()
{
    const QModelIndexList rows = m_list->selectionModel()->selectedRows();
    if (rows.size() != 2)
        return;
    const QString first = m_model->idAt(rows.at(0).row());
    const QString second = m_model->idAt(rows.at(1).row());
    const Kind kind = m_model->kind();
    if ((kind != Kind::CallLegProfiles && kind != Kind::CallProfiles) || !m_session || !m_session->connection()) {
        openComparison(first, second, std::nullopt);
        return;
    }
    // What the two inherit: the global profile of their kind, read now (it may have changed since).
    cms::CmsReply *reply = m_session->connection()->sendShared(cms::CmsRequest::get(QStringLiteral("system/profiles")));
    connect(reply, &cms::CmsReply::finished, this, [this, reply, first, second, kind] {
        reply->deleteLater();
        cms::CmsError error = reply->error();
        const cms::CmsNode profiles = error ? cms::CmsNode() : reply->object(&error);
        if (error || kind != m_model->kind()) {
            if (error)
                m_status->setText(tr("The global profiles could not be read, so the comparison leaves out what "
                                     "the profiles inherit: %1").arg(error.message()));
            openComparison(first, second, std::nullopt);
            return;
        }
        ProfileCompareDialog::Inheritance inheritance;
        inheritance.kind = kind == Kind::CallLegProfiles ? cms::ProfileKind::CallLeg : cms::ProfileKind::Call;
        inheritance.serverVersion = models::serverVersion(m_session);
        inheritance.globalId = profiles.value(kind == Kind::CallLegProfiles ? u"callLegProfile" : u"callProfile");
        const int globalRow = m_model->rowOf(inheritance.globalId);
        inheritance.globalName = globalRow >= 0 ? m_model->displayName(globalRow) : inheritance.globalId;
        if (globalRow >= 0)
            inheritance.globalValues = m_model->values(globalRow);
        openComparison(first, second, inheritance);
    });
}

void ProfilesPane::openComparison(const QString &first, const QString &second,
                                  const std::optional<ProfileCompareDialog::Inheritance> &inheritance)
{
    const int a = m_model->rowOf(first);
    const int b = m_model->rowOf(second);
    if (a < 0 || b < 0)
        return;   // deleted meanwhile
    auto *dialog = new ProfileCompareDialog(m_form->type(), m_model->displayName(a), m_model->values(a),
                                            m_model->displayName(b), m_model->values(b), inheritance, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    Q_EMIT dialogOpened(dialog);
}

} // namespace views
