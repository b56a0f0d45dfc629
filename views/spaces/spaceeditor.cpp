#include "spaces/spaceeditor.h"

#include "cluster/clustersession.h"
#include "api/cmsnode.h"
#include "config/objectchange.h"
#include "net/objectrequest.h"
#include "schema/schema.h"
#include "common/schemaform.h"

#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace views {

namespace {

const cms::ObjectType &spaceType()
{
    static const cms::ObjectType *type = cms::Schema::find(u"coSpaces");
    Q_ASSERT(type);
    return *type;
}

} // namespace

SpaceEditor::SpaceEditor(QWidget *parent)
    : QWidget(parent)
{
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("spaceStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);

    m_scroll = new QScrollArea(this);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);

    m_save = new QPushButton(this);
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_save->setDefault(true);
    m_revert = new QPushButton(this);
    m_revert->setObjectName(QStringLiteral("revertButton"));
    m_delete = new QPushButton(this);
    m_delete->setObjectName(QStringLiteral("deleteButton"));
    m_regenerate = new QPushButton(this);
    m_regenerate->setObjectName(QStringLiteral("regenerateSecretButton"));
    m_joinDetails = new QPushButton(this);
    m_joinDetails->setObjectName(QStringLiteral("joinDetailsButton"));
    m_joinDetails->setCheckable(true);

    connect(m_save, &QPushButton::clicked, this, &SpaceEditor::save);
    connect(m_revert, &QPushButton::clicked, this, &SpaceEditor::revert);
    connect(m_delete, &QPushButton::clicked, this, &SpaceEditor::askDelete);
    connect(m_regenerate, &QPushButton::clicked, this, &SpaceEditor::askRegenerateSecret);
    connect(m_joinDetails, &QPushButton::toggled, this, &SpaceEditor::toggleJoinDetails);

    // The join details: a small panel under the form, passcode masked until "Reveal".
    m_joinPanel = new QFrame(this);
    m_joinPanel->setObjectName(QStringLiteral("joinDetailsPanel"));
    m_joinPanel->setFrameShape(QFrame::StyledPanel);
    m_joinPanel->setVisible(false);
    m_joinTitle = new QLabel(m_joinPanel);
    m_joinText = new QLabel(m_joinPanel);
    m_joinText->setObjectName(QStringLiteral("joinDetailsText"));
    m_joinText->setTextFormat(Qt::PlainText);
    m_joinText->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_reveal = new QPushButton(m_joinPanel);
    m_reveal->setObjectName(QStringLiteral("revealPasscode"));
    m_reveal->setCheckable(true);
    m_copy = new QPushButton(m_joinPanel);
    m_copy->setObjectName(QStringLiteral("copyJoinDetails"));
    connect(m_reveal, &QPushButton::toggled, this, [this](bool revealed) {
        m_revealed = revealed;
        retranslateUi();
    });
    connect(m_copy, &QPushButton::clicked, this, &SpaceEditor::copyJoinDetails);
    auto *panelButtons = new QHBoxLayout;
    panelButtons->addWidget(m_reveal);
    panelButtons->addWidget(m_copy);
    panelButtons->addStretch(1);
    auto *panelLayout = new QVBoxLayout(m_joinPanel);
    panelLayout->addWidget(m_joinTitle);
    panelLayout->addWidget(m_joinText);
    panelLayout->addLayout(panelButtons);

    // Two rows, so that the longer French and Arabic texts keep their buttons whole in a narrow pane:
    // the edit's own commands, then what acts on the space as a whole.
    auto *editButtons = new QHBoxLayout;
    editButtons->addWidget(m_save);
    editButtons->addWidget(m_revert);
    editButtons->addStretch(1);
    auto *spaceButtons = new QHBoxLayout;
    spaceButtons->addWidget(m_joinDetails);
    spaceButtons->addWidget(m_regenerate);
    spaceButtons->addStretch(1);
    spaceButtons->addWidget(m_delete);
    auto *buttons = new QVBoxLayout;
    buttons->addLayout(editButtons);
    buttons->addLayout(spaceButtons);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_scroll, 1);
    layout->addWidget(m_joinPanel);
    layout->addLayout(buttons);

    retranslateUi();
}

SpaceEditor::~SpaceEditor()
{
    if (m_request)
        m_request->cancel();
}

void SpaceEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void SpaceEditor::retranslateUi()
{
    m_scroll->setAccessibleName(tr("Fields of the space"));
    m_save->setText(tr("Save"));
    m_save->setToolTip(tr("Send the fields you changed to the cluster"));
    m_revert->setText(tr("Revert"));
    m_revert->setToolTip(tr("Forget your changes and show what the cluster holds"));
    m_delete->setText(tr("Delete…"));
    m_regenerate->setText(tr("Regenerate secret…"));
    m_regenerate->setToolTip(tr("Give the space a new secret: join links that use the old one stop working"));
    m_joinDetails->setText(tr("Join details…"));
    m_joinDetails->setToolTip(tr("Show what a guest needs to join this space, ready to copy"));
    m_joinTitle->setText(tr("How to join this space"));
    m_reveal->setText(m_revealed ? tr("Hide passcode") : tr("Reveal passcode"));
    m_copy->setText(tr("Copy"));
    m_copy->setToolTip(m_revealed ? tr("Copy the join details, passcode included")
                                  : tr("Copy the join details without the passcode"));
    updateJoinDetails();
    updateButtons();
    m_status->setText(problemText());
}

QString SpaceEditor::problemText() const
{
    if (m_spaceId.isEmpty())
        return tr("No space selected.");
    switch (m_failedStep) {
    case Step::Load:
        return tr("The space could not be read: %1").arg(m_lastError.message());
    case Step::Save:
        return tr("The changes were not saved: %1").arg(m_lastError.message());
    case Step::Delete:
        return tr("The space was not deleted: %1").arg(m_lastError.message());
    case Step::Regenerate:
        return tr("No new secret was made: %1").arg(m_lastError.message());
    case Step::None:
        break;
    }
    if (m_busy)
        return tr("Working…");
    switch (m_doneStep) {
    case Step::Save:
        return tr("Saved.");
    case Step::Regenerate:
        return tr("The space has a new secret. Send the new join details to its users.");
    default:
        break;
    }
    return {};
}

int SpaceEditor::serverVersion() const
{
    if (!m_session)
        return 0;
    const int endpoint = qMax(0, m_session->activeEndpoint());
    return cms::Schema::versionNumber(m_session->status(endpoint).softwareVersion);
}

QString SpaceEditor::spacePath() const
{
    return spaceType().collection + QLatin1Char('/') + m_spaceId;
}

void SpaceEditor::setSpace(cms::ClusterSession *session, const QString &spaceId)
{
    if (m_request)
        m_request->cancel();
    if (m_change)
        m_change->cancel();
    if (m_confirmation)
        m_confirmation->close();
    m_session = session;
    m_spaceId = session ? spaceId : QString();
    m_revealed = false;
    m_reveal->setChecked(false);
    m_doneStep = Step::None;
    buildForm();
    reload();
}

void SpaceEditor::buildForm()
{
    m_form = new SchemaForm(spaceType(), cms::WriteMode::Update, serverVersion());
    m_form->setEnabled(false);
    connect(m_form, &SchemaForm::edited, this, [this] {
        updateButtons();
        updateJoinDetails();
    });
    m_scroll->setWidget(m_form);   // takes it, and deletes the previous space's form
    if (m_session)
        m_form->setProfileLabels(m_labels, m_session->profile().id);
    if (m_session && m_session->connection())
        m_form->loadReferenceChoices(*m_session->connection());
}

void SpaceEditor::reload()
{
    m_loaded = false;
    m_failedStep = Step::None;
    if (m_request)
        m_request->cancel();
    cms::Connection *connection = m_session ? m_session->connection() : nullptr;
    if (m_spaceId.isEmpty() || !connection) {
        if (!m_spaceId.isEmpty())
            showProblem(Step::Load, cms::CmsError(cms::CmsError::Kind::Network));
        retranslateUi();
        return;
    }
    setBusy(true);
    cms::ObjectRequest *request = cms::ObjectRequest::read(*connection, spacePath(), this);
    m_request = request;
    connect(request, &cms::ObjectRequest::finished, this, [this, request] { onLoaded(request); });
}

void SpaceEditor::onLoaded(cms::ObjectRequest *request)
{
    request->deleteLater();
    if (request != m_request)
        return;   // an earlier space's answer
    setBusy(false);
    if (!request->isOk()) {
        if (request->error().kind != cms::CmsError::Kind::Cancelled)
            showProblem(Step::Load, request->error());
        return;
    }
    m_form->setValues(SchemaForm::valuesFromObject(spaceType(), request->object()));
    m_form->setEnabled(true);
    m_loaded = true;
    retranslateUi();
    Q_EMIT spaceLoaded(m_spaceId);
}

bool SpaceEditor::isAutoGenerated() const
{
    return m_form && m_form->loadedValues().value(QStringLiteral("autoGenerated")) == QLatin1String("true");
}

QString SpaceEditor::spaceName() const
{
    const QString name = m_form ? m_form->loadedValues().value(QStringLiteral("name")) : QString();
    return name.isEmpty() ? m_spaceId : name;
}

void SpaceEditor::logChange(const QString &message)
{
    if (m_log)
        m_log->info(m_session ? m_session->name() : QString(), message);
}

void SpaceEditor::updateButtons()
{
    const bool ready = m_loaded && !m_busy;
    const bool changed = ready && m_form && m_form->hasChanges();
    m_save->setEnabled(changed && m_form->isValid());
    m_revert->setEnabled(changed);
    m_regenerate->setEnabled(ready);
    m_joinDetails->setEnabled(m_loaded);
    m_delete->setEnabled(ready && !isAutoGenerated());
    if (isAutoGenerated()) {
        m_delete->setToolTip(tr("This space was generated automatically for a user (by directory "
                                "synchronisation): it belongs to that user and goes when the user goes. "
                                "It cannot be deleted here."));
    } else {
        m_delete->setToolTip(tr("Delete this space with its access methods and members"));
    }
}

void SpaceEditor::setBusy(bool busy)
{
    m_busy = busy;
    updateButtons();
    m_status->setText(problemText());
}

void SpaceEditor::showProblem(Step step, const cms::CmsError &error)
{
    m_failedStep = step;
    m_lastError = error;
    m_status->setText(problemText());
    Q_EMIT failed(problemText());
}

void SpaceEditor::save()
{
    if (!m_loaded || m_busy || !m_session || !m_session->connection())
        return;
    m_failedStep = Step::None;
    m_doneStep = Step::None;
    m_form->clearFieldErrors();
    auto *change = new cms::ObjectChange(*m_session->connection(), spaceType(), cms::WriteMode::Update,
                                         serverVersion(), this);
    m_change = change;
    connect(change, &cms::ObjectChange::finished, this, &SpaceEditor::onSaved);
    setBusy(true);
    change->start(spacePath(), m_form->changedParams());
}

void SpaceEditor::onSaved()
{
    cms::ObjectChange *change = m_change;
    if (!change)
        return;
    change->deleteLater();
    setBusy(false);
    if (!change->isOk()) {
        const cms::CmsError &error = change->error();
        if (error.kind == cms::CmsError::Kind::Cancelled)
            return;
        if (!change->errorField().isEmpty())
            m_form->setFieldError(change->errorField(), change->errorFieldText());
        showProblem(Step::Save, error);
        return;
    }
    m_doneStep = Step::Save;
    QStringList labels;
    for (const auto &param : change->sentParams()) {
        if (const cms::FieldDef *field = spaceType().field(param.first))
            labels.append(field->label());
    }
    if (!labels.isEmpty()) {
        //: Activity log. %1: a space's name; %2: the fields changed, as a list ("Name, URI and Passcode").
        logChange(tr("Space “%1” changed: %2.").arg(spaceName(), QLocale().createSeparatedList(labels)));
    }
    Q_EMIT spaceSaved(m_spaceId);
    reload();   // shows what the server made of it (URIs in lower case, generated values)
}

void SpaceEditor::revert()
{
    if (!m_form)
        return;
    m_form->setValues(m_form->loadedValues());
    m_failedStep = Step::None;
    retranslateUi();
}

void SpaceEditor::askDelete()
{
    if (!m_loaded || isAutoGenerated())
        return;
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Delete space"), QString(),
                                QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("deleteConfirmation"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setText(tr("Delete the space “%1”?").arg(spaceName()));
    box->setInformativeText(tr("Its access methods and members are deleted with it, and nobody can join "
                               "it any more. This cannot be undone."));
    QPushButton *confirm = box->addButton(tr("Delete"), QMessageBox::DestructiveRole);
    confirm->setObjectName(QStringLiteral("confirmButton"));
    box->setDefaultButton(QMessageBox::Cancel);
    connect(box, &QMessageBox::buttonClicked, this, [this, confirm](QAbstractButton *button) {
        if (button == confirm)
            deleteSpace();
    });
    m_confirmation = box;
    box->open();
}

void SpaceEditor::deleteSpace()
{
    if (!m_session || !m_session->connection())
        return;
    m_failedStep = Step::None;
    setBusy(true);
    const QString id = m_spaceId;
    cms::ObjectRequest *request = cms::ObjectRequest::remove(*m_session->connection(), spacePath(), this);
    connect(request, &cms::ObjectRequest::finished, this, [this, request, id] {
        request->deleteLater();
        setBusy(false);
        if (!request->isOk()) {
            showProblem(Step::Delete, request->error());
            return;
        }
        logChange(tr("Space “%1” deleted.").arg(spaceName()));
        if (id == m_spaceId) {
            m_loaded = false;
            m_form->setEnabled(false);
            updateButtons();
        }
        Q_EMIT spaceDeleted(id);
    });
}

void SpaceEditor::askRegenerateSecret()
{
    if (!m_loaded)
        return;
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Regenerate secret"), QString(),
                                QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("regenerateConfirmation"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setText(tr("Give this space a new secret?"));
    box->setInformativeText(tr("Web links to the space that carry the old secret stop working: guests will "
                               "need the new join details."));
    QPushButton *confirm = box->addButton(tr("Regenerate"), QMessageBox::AcceptRole);
    confirm->setObjectName(QStringLiteral("confirmButton"));
    box->setDefaultButton(QMessageBox::Cancel);
    connect(box, &QMessageBox::buttonClicked, this, [this, confirm](QAbstractButton *button) {
        if (button == confirm)
            regenerateSecret();
    });
    m_confirmation = box;
    box->open();
}

void SpaceEditor::regenerateSecret()
{
    if (!m_session || !m_session->connection())
        return;
    m_failedStep = Step::None;
    m_doneStep = Step::None;
    setBusy(true);
    const QString id = m_spaceId;
    // An action rather than a setting, but sent like one: a PUT of the space.
    auto *change = new cms::ObjectChange(*m_session->connection(), spaceType(), cms::WriteMode::Update,
                                         serverVersion(), this);
    connect(change, &cms::ObjectChange::finished, this, [this, change, id] {
        change->deleteLater();
        setBusy(false);
        if (id != m_spaceId)
            return;
        if (!change->isOk()) {
            showProblem(Step::Regenerate, change->error());
            return;
        }
        m_doneStep = Step::Regenerate;
        logChange(tr("Space “%1” has a new secret: its old join links no longer work.").arg(spaceName()));
        reload();
    });
    change->start(spacePath(), {{QStringLiteral("regenerateSecret"), QStringLiteral("true")}});
}

void SpaceEditor::toggleJoinDetails()
{
    m_joinPanel->setVisible(m_joinDetails->isChecked());
    if (!m_joinDetails->isChecked())
        m_reveal->setChecked(false);   // hidden again next time
    updateJoinDetails();
}

QString SpaceEditor::joinDetailsText() const
{
    if (!m_form || !m_loaded)
        return {};
    const SchemaForm::Values v = m_form->loadedValues();
    QStringList lines;
    const auto add = [&lines](const QString &line) { lines.append(line); };
    if (const QString name = v.value(QStringLiteral("name")); !name.isEmpty())
        add(tr("Space: %1").arg(name));
    if (const QString uri = v.value(QStringLiteral("uri")); !uri.isEmpty())
        add(tr("Video address: %1").arg(uri));
    if (const QString uri = v.value(QStringLiteral("secondaryUri")); !uri.isEmpty())
        add(tr("Other video address: %1").arg(uri));
    if (const QString callId = v.value(QStringLiteral("callId")); !callId.isEmpty())
        add(tr("Call ID: %1").arg(callId));
    const QString passcode = v.value(QStringLiteral("passcode"));
    if (passcode.isEmpty())
        add(tr("Passcode: none"));
    else if (m_revealed)
        add(tr("Passcode: %1").arg(passcode));
    else
        //: The passcode is hidden until the user reveals it.
        add(tr("Passcode: %1").arg(QStringLiteral("••••")));
    return lines.join(QLatin1Char('\n'));
}

void SpaceEditor::updateJoinDetails()
{
    if (!m_joinPanel->isVisible())
        return;
    m_joinText->setText(joinDetailsText());
    const bool hasPasscode = m_form && !m_form->loadedValues().value(QStringLiteral("passcode")).isEmpty();
    m_reveal->setEnabled(hasPasscode);
}

void SpaceEditor::copyJoinDetails()
{
    QApplication::clipboard()->setText(joinDetailsText());
}

} // namespace views
