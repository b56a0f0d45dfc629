#include "profiles/accessmethodtemplateseditor.h"

#include "api/cmsreply.h"
#include "api/cmsrequest.h"
#include "cluster/clustersession.h"
#include "common/displayformat.h"
#include "common/formsave.h"
#include "common/newobjectdialog.h"
#include "common/schemaform.h"
#include "common/sessionversion.h"
#include "config/objectchange.h"
#include "net/connection.h"
#include "profiles/accessmethodtemplatesmodel.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace views {

AccessMethodTemplatesEditor::AccessMethodTemplatesEditor(QWidget *parent)
    : QWidget(parent)
    , m_model(new models::AccessMethodTemplatesModel(this))
    , m_title(new QLabel(this))
    , m_list(new QTableView(this))
    , m_newButton(new QToolButton(this))
    , m_deleteButton(new QToolButton(this))
    , m_formArea(new QScrollArea(this))
    , m_save(new QPushButton(this))
    , m_revert(new QPushButton(this))
    , m_status(new QLabel(this))
    , m_newAction(new QAction(this))
    , m_deleteAction(new QAction(this))
{
    setObjectName(QStringLiteral("accessMethodTemplatesEditor"));
    m_list->setObjectName(QStringLiteral("accessMethodTemplatesView"));
    m_save->setObjectName(QStringLiteral("saveAccessMethodTemplate"));
    m_revert->setObjectName(QStringLiteral("revertAccessMethodTemplate"));
    m_status->setObjectName(QStringLiteral("accessMethodTemplateStatus"));
    m_newAction->setObjectName(QStringLiteral("newAccessMethodTemplateAction"));
    m_deleteAction->setObjectName(QStringLiteral("deleteAccessMethodTemplateAction"));
    m_status->setWordWrap(true);
    m_title->setBuddy(m_list);
    m_newButton->setDefaultAction(m_newAction);
    m_deleteButton->setDefaultAction(m_deleteAction);
    m_deleteAction->setShortcut(QKeySequence::Delete);
    m_deleteAction->setShortcutContext(Qt::WidgetShortcut);   // Delete in a field deletes text
    m_list->addAction(m_deleteAction);
    m_list->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_list->addAction(m_newAction);

    m_list->setModel(m_model);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->verticalHeader()->hide();
    m_list->horizontalHeader()->setStretchLastSection(true);
    m_formArea->setWidgetResizable(true);

    auto *top = new QWidget;
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    auto *titleRow = new QHBoxLayout;
    titleRow->addWidget(m_title, 1);
    titleRow->addWidget(m_newButton);
    titleRow->addWidget(m_deleteButton);
    topLayout->addLayout(titleRow);
    topLayout->addWidget(m_list, 1);
    auto *bottom = new QWidget;
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addWidget(m_formArea, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_revert);
    buttons->addWidget(m_save);
    bottomLayout->addLayout(buttons);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(top);
    splitter->addWidget(bottom);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &AccessMethodTemplatesEditor::currentChanged);
    connect(m_model, &models::AccessMethodTemplatesModel::loadFailed, m_status, &QLabel::setText);
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &from, const QModelIndex &to) {
        const int row = m_list->currentIndex().row();
        if (row >= from.row() && row <= to.row() && m_form && !m_form->hasChanges())
            m_form->setValues(m_model->values(row));   // read again: show what the server holds
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &AccessMethodTemplatesEditor::currentChanged);
    connect(m_save, &QPushButton::clicked, this, &AccessMethodTemplatesEditor::save);
    connect(m_revert, &QPushButton::clicked, this, &AccessMethodTemplatesEditor::revert);
    connect(m_newAction, &QAction::triggered, this, &AccessMethodTemplatesEditor::createNew);
    connect(m_deleteAction, &QAction::triggered, this, &AccessMethodTemplatesEditor::confirmDelete);

    rebuildForm();
    retranslateUi();
    updateActions();
}

AccessMethodTemplatesEditor::~AccessMethodTemplatesEditor() = default;

QString AccessMethodTemplatesEditor::currentId() const
{
    return m_model->idAt(m_list->currentIndex().row());
}

void AccessMethodTemplatesEditor::setTemplate(cms::ClusterSession *session, const QString &templateId)
{
    if (session == m_session && templateId == m_model->templateId() && !templateId.isEmpty())
        return;
    m_session = session;
    m_status->clear();
    rebuildForm();
    m_model->show(session, templateId);
    updateActions();
}

void AccessMethodTemplatesEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void AccessMethodTemplatesEditor::retranslateUi()
{
    m_title->setText(tr("Access &method templates of this space template:"));
    m_list->setAccessibleName(tr("Access method templates"));
    m_list->setAccessibleDescription(tr("The access methods each space made from this template gets; "
                                        "choose one to see and edit its settings below"));
    m_formArea->setAccessibleName(tr("Settings of the chosen access method template"));
    m_newAction->setText(tr("&New…"));
    m_newAction->setToolTip(tr("Add an access method template to this space template"));
    m_deleteAction->setText(tr("De&lete…"));
    m_deleteAction->setToolTip(tr("Delete the chosen access method template"));
    m_save->setText(tr("Sav&e"));
    m_save->setAccessibleName(tr("Save the access method template"));
    m_revert->setText(tr("&Discard Changes"));
    m_revert->setAccessibleName(tr("Discard the changes to the access method template"));
}

// One form per server version: the fields it shows depend on it (dialInSecurityProfile from 3.0).
void AccessMethodTemplatesEditor::rebuildForm()
{
    const int version = models::serverVersion(m_session);
    if (m_form && version == m_formVersion)
        return;
    delete m_form;
    m_formVersion = version;
    m_form = new SchemaForm(models::AccessMethodTemplatesModel::objectType(), cms::WriteMode::Update, version);
    m_form->setObjectName(QStringLiteral("accessMethodTemplateForm"));
    m_formArea->setWidget(m_form);
    if (m_session && m_session->connection())
        m_form->loadReferenceChoices(*m_session->connection());
    connect(m_form, &SchemaForm::edited, this, &AccessMethodTemplatesEditor::updateActions);
}

void AccessMethodTemplatesEditor::currentChanged()
{
    const int row = m_list->currentIndex().row();
    m_status->clear();
    m_form->setValues(row < 0 ? models::AccessMethodTemplatesModel::Values() : m_model->values(row));
    updateActions();
}

void AccessMethodTemplatesEditor::updateActions()
{
    const bool open = m_session && m_session->connection() && !m_busy;
    const bool chosenTemplate = !m_model->templateId().isEmpty();
    const bool current = !currentId().isEmpty();
    m_newAction->setEnabled(open && chosenTemplate);
    m_deleteAction->setEnabled(open && current);
    m_formArea->setEnabled(current);
    const bool changed = current && m_form->hasChanges();
    m_save->setEnabled(open && changed && m_form->isValid());
    m_revert->setEnabled(changed && !m_busy);
}

void AccessMethodTemplatesEditor::save()
{
    const QString id = currentId();
    if (!m_session || !m_session->connection() || m_busy || id.isEmpty() || !m_form->hasChanges())
        return;
    if (!m_form->isValid()) {   // the reason is at the field
        m_status->setText(tr("Not saved: correct the field marked first."));
        return;
    }
    m_busy = true;
    updateActions();
    FormSave::start(*m_session, *m_form, *m_status, m_model->collectionPath() + QLatin1Char('/') + id, this,
                    [this, id](bool ok) {
                        m_busy = false;
                        if (ok)
                            m_model->refreshObject(id);
                        updateActions();
                        Q_EMIT changeFinished(ok);
                    });
}

void AccessMethodTemplatesEditor::revert()
{
    m_form->setValues(m_form->loadedValues());
    m_status->clear();
    updateActions();
}

void AccessMethodTemplatesEditor::createNew()
{
    if (!m_session || !m_session->connection() || m_model->templateId().isEmpty())
        return;
    const QString path = m_model->collectionPath();
    auto *dialog = new NewObjectDialog(*m_session, models::AccessMethodTemplatesModel::objectType(), path, this);
    dialog->setObjectName(QStringLiteral("newAccessMethodTemplateDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("New Access Method Template"));
    dialog->resize(fontMetrics().averageCharWidth() * 70, fontMetrics().height() * 20);
    connect(dialog, &NewObjectDialog::created, this, [this, path](const QString &id) {
        if (path == m_model->collectionPath())   // still the space template shown
            m_model->refreshObject(id);
        m_status->setText(tr("Created."));
        Q_EMIT changeFinished(true);
    });
    connect(dialog, &NewObjectDialog::refused, this, [this] { Q_EMIT changeFinished(false); });
    dialog->open();
    Q_EMIT dialogOpened(dialog);
}

void AccessMethodTemplatesEditor::confirmDelete()
{
    const QString id = currentId();
    if (id.isEmpty() || !m_session || !m_session->connection() || m_busy)
        return;
    const QString name = models::DisplayFormat::isolated(m_model->displayName(m_list->currentIndex().row()));
    auto *box = new QMessageBox(QMessageBox::Question, tr("Delete the Access Method Template"),
                                tr("Delete the access method template «%1»?").arg(name),
                                QMessageBox::Ok | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("deleteAccessMethodTemplateConfirmation"));
    box->button(QMessageBox::Ok)->setText(tr("&Delete"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    const QString path = m_model->collectionPath() + QLatin1Char('/') + id;
    connect(box, &QMessageBox::accepted, this, [this, id, path] {
        if (!m_session || !m_session->connection())
            return;
        m_busy = true;
        updateActions();
        cms::CmsReply *reply = m_session->connection()->sendShared(cms::CmsRequest::del(path));
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

} // namespace views
