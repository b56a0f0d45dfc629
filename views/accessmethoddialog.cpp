#include "accessmethoddialog.h"

#include "clustersession.h"
#include "cmserror.h"
#include "cmsreply.h"
#include "cmsrequest.h"
#include "connection.h"
#include "schema.h"
#include "sessionversion.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace views {

namespace {

const cms::ObjectType &accessMethodType()
{
    static const cms::ObjectType *type = cms::Schema::find(u"accessMethods");
    return *type;
}

QLabel *errorLabel(QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, QColor(0xc0, 0x1c, 0x28));
    label->setPalette(palette);
    label->setVisible(false);
    return label;
}

} // namespace

AccessMethodDialog::AccessMethodDialog(cms::ClusterSession *session, const QString &spaceId,
    const QString &accessMethodId, const Values &values,
    const QList<QPair<QString, QString>> &callLegProfiles, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_spaceId(spaceId)
    , m_accessMethodId(accessMethodId)
    , m_initial(values)
    , m_profiles(callLegProfiles)
    , m_serverVersion(models::serverVersion(session))
{
    setObjectName(QStringLiteral("accessMethodDialog"));
    auto *layout = new QVBoxLayout(this);
    m_form = new QFormLayout;
    layout->addLayout(m_form);

    layout->setSizeConstraint(QLayout::SetMinimumSize); // grows when an error appears under a field

    const cms::WriteMode mode = isNew() ? cms::WriteMode::Create : cms::WriteMode::Update;
    // The name first, as people know an access method by it; then the schema's order.
    QList<const cms::FieldDef *> fields;
    for (const cms::FieldDef &field : accessMethodType().fields) {
        if (field.name == QLatin1String("name"))
            fields.prepend(&field);
        else
            fields.append(&field);
    }
    for (const cms::FieldDef *fieldDef : std::as_const(fields)) {
        const cms::FieldDef &field = *fieldDef;
        if (field.action || !field.isWritable(mode) || !field.existsIn(m_serverVersion))
            continue;
        FieldEditor editor;
        editor.field = &field;
        editor.label = new QLabel(this);
        auto *column = new QVBoxLayout;
        column->setContentsMargins(0, 0, 0, 0);
        column->setSpacing(2);
        const QString initial = m_initial.value(field.name);
        if (field.type == cms::FieldType::Enum
            || (field.type == cms::FieldType::Reference && field.name == QLatin1String("callLegProfile"))) {
            editor.combo = new QComboBox(this);
            editor.combo->setObjectName(field.name + QLatin1String("Edit"));
            editor.label->setBuddy(editor.combo);
            column->addWidget(editor.combo);
        } else {
            editor.line = new QLineEdit(initial, this);
            editor.line->setObjectName(field.name + QLatin1String("Edit"));
            if (field.secret)
                editor.line->setEchoMode(QLineEdit::Password);
            if (field.maxLength > 0)
                editor.line->setMaxLength(field.maxLength);
            editor.label->setBuddy(editor.line);
            column->addWidget(editor.line);
            connect(
                editor.line, &QLineEdit::textChanged, this, [this, name = field.name] { onEdited(name); });
        }
        column->itemAt(0)->widget()->setMinimumWidth(fontMetrics().averageCharWidth() * 36);
        editor.error = errorLabel(this, field.name + QLatin1String("Error"));
        column->addWidget(editor.error);
        m_form->addRow(editor.label, column);
        m_order.append(field.name);
        m_editors.insert(field.name, editor);
        if (editor.combo) {
            fillCombo(m_editors[field.name]);
            connect(editor.combo, &QComboBox::currentIndexChanged, this,
                [this, name = field.name] { onEdited(name); });
        }
    }

    m_generalError = errorLabel(this, QStringLiteral("generalError"));
    layout->addWidget(m_generalError);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveButton"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &AccessMethodDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &AccessMethodDialog::reject);
    layout->addWidget(m_buttons);

    retranslateUi();
    for (const QString &name : std::as_const(m_order))
        onEdited(name);
}

AccessMethodDialog::~AccessMethodDialog()
{
    if (m_saving)
        m_saving->disconnect(this); // the request goes on; nobody waits for its answer
}

void AccessMethodDialog::fillCombo(FieldEditor &editor)
{
    QComboBox *combo = editor.combo;
    const QString current
        = combo->count() > 0 ? combo->currentData().toString() : m_initial.value(editor.field->name);
    const QSignalBlocker blocker(combo);
    combo->clear();
    if (editor.field->type == cms::FieldType::Reference) {
        //: No call leg profile of its own: the one of the space (or above) applies.
        combo->addItem(tr("(inherited)"), QString());
        for (const auto &profile : std::as_const(m_profiles))
            combo->addItem(profile.second.isEmpty() ? profile.first : profile.second, profile.first);
    } else {
        //: No value of its own: what the server assumes (or the level above) applies.
        combo->addItem(tr("(default)"), QString());
        for (const QString &value : editor.field->enumValuesFor(m_serverVersion)) {
            QString text = value;
            if (value == QLatin1String("public"))
                text = tr("Public");
            else if (value == QLatin1String("private"))
                text = tr("Private");
            else if (value == QLatin1String("member"))
                //: Scope of an access method: only the space's members see it.
                text = tr("Members");
            combo->addItem(text, value);
        }
    }
    int index = combo->findData(current);
    if (index < 0 && !current.isEmpty()) { // a profile we do not know by name: keep it, by id
        combo->addItem(current, current);
        index = combo->count() - 1;
    }
    combo->setCurrentIndex(qMax(0, index));
}

void AccessMethodDialog::retranslateUi()
{
    setWindowTitle(isNew() ? tr("Add Access Method") : tr("Edit Access Method"));
    for (const QString &name : std::as_const(m_order)) {
        FieldEditor &editor = m_editors[name];
        editor.label->setText(tr("%1:").arg(editor.field->label()));
        if (editor.combo)
            fillCombo(editor);
        else if (editor.field->type == cms::FieldType::Uri)
            editor.line->setPlaceholderText(tr("meeting.room (without @domain)"));
        showError(editor);
    }
}

void AccessMethodDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

QString AccessMethodDialog::value(const QString &field) const
{
    const auto it = m_editors.constFind(field);
    if (it == m_editors.constEnd())
        return {};
    if (it->combo)
        return it->combo->currentData().toString();
    return it->field->type == cms::FieldType::Text ? it->line->text() : it->line->text().trimmed();
}

QString AccessMethodDialog::fieldError(const QString &field) const
{
    const auto it = m_editors.constFind(field);
    if (it == m_editors.constEnd())
        return {};
    return it->serverError.isEmpty() ? it->typedError : it->serverError;
}

void AccessMethodDialog::onEdited(const QString &field)
{
    FieldEditor &editor = m_editors[field];
    editor.serverError.clear();
    const QString text = value(field);
    // A field required at creation is only flagged once something was typed and removed again:
    // Save stays disabled meanwhile.
    editor.typedError
        = text.isEmpty() ? QString() : cms::Schema::checkValue(*editor.field, text, m_serverVersion);
    showError(editor);
    m_generalError->setVisible(false);
    updateSaveButton();
}

void AccessMethodDialog::showError(FieldEditor &editor)
{
    const QString text = editor.serverError.isEmpty() ? editor.typedError : editor.serverError;
    editor.error->setText(text);
    editor.error->setVisible(!text.isEmpty());
}

void AccessMethodDialog::updateSaveButton()
{
    bool ok = !m_saving;
    for (const FieldEditor &editor : std::as_const(m_editors)) {
        if (!editor.typedError.isEmpty())
            ok = false;
        if (isNew() && editor.field->required && value(editor.field->name).isEmpty())
            ok = false;
    }
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(ok);
}

void AccessMethodDialog::accept()
{
    cms::Connection *connection = m_session ? m_session->connection() : nullptr;
    if (m_saving)
        return;
    if (!connection) {
        m_generalError->setText(tr("The cluster is not connected."));
        m_generalError->setVisible(true);
        return;
    }
    cms::Schema::Params params;
    for (const QString &name : std::as_const(m_order)) {
        const QString now = value(name);
        if (isNew() ? !now.isEmpty() : now != m_initial.value(name))
            params.append({name, now});
    }
    if (!isNew() && params.isEmpty()) { // nothing changed: nothing to send
        QDialog::accept();
        return;
    }
    const auto issues = cms::Schema::validate(accessMethodType(), params,
        isNew() ? cms::WriteMode::Create : cms::WriteMode::Update, m_serverVersion);
    if (!issues.isEmpty()) {
        for (const cms::ValidationIssue &issue : issues)
            showServerError(cms::CmsError::invalidInput(issue.field, issue.message));
        return;
    }
    QStringList sent;
    for (const auto &param : std::as_const(params))
        sent.append(param.first);
    const QString collection = QStringLiteral("coSpaces/%1/accessMethods").arg(m_spaceId);
    m_saving = connection->sendShared(isNew()
            ? cms::CmsRequest::post(collection, params)
            : cms::CmsRequest::put(collection + QLatin1Char('/') + m_accessMethodId, params));
    cms::CmsReply *reply = m_saving;
    connect(reply, &cms::CmsReply::finished, this, [this, reply, sent] { onSaved(reply, sent); });
    updateSaveButton();
}

void AccessMethodDialog::onSaved(cms::CmsReply *reply, const QStringList &fieldsSent)
{
    m_saving = nullptr;
    updateSaveButton();
    if (!reply->isOk()) {
        showServerError(reply->error());
        return;
    }
    if (isNew())
        m_accessMethodId = reply->createdId();
    Q_EMIT saved(m_accessMethodId, fieldsSent);
    QDialog::accept();
}

QString AccessMethodDialog::fieldOfReason(const QString &reason)
{
    static const QHash<QString, QString> fields = {
        {QStringLiteral("duplicateCoSpaceUri"), QStringLiteral("uri")},
        {QStringLiteral("duplicateCoSpaceId"), QStringLiteral("callId")},
        {QStringLiteral("duplicateCoSpaceUriPasscode"), QStringLiteral("passcode")},
        {QStringLiteral("duplicateCoSpaceIdPasscode"), QStringLiteral("passcode")},
        {QStringLiteral("duplicateCoSpaceSecret"), QStringLiteral("secret")},
        {QStringLiteral("callLegProfileDoesNotExist"), QStringLiteral("callLegProfile")},
        {QStringLiteral("dialInSecurityProfileDoesNotExist"), QStringLiteral("dialInSecurityProfile")},
    };
    return fields.value(reason);
}

void AccessMethodDialog::showServerError(const cms::CmsError &error)
{
    QString field = error.field;
    if (field.isEmpty())
        field = error.parameter;
    if (field.isEmpty())
        field = fieldOfReason(error.reason);
    const QString message = error.kind == cms::CmsError::Kind::InvalidInput && !error.sentence.isEmpty()
        ? error.sentence
        : error.message();
    const auto it = m_editors.find(field);
    if (it == m_editors.end()) {
        m_generalError->setText(message);
        m_generalError->setVisible(true);
        return;
    }
    it->serverError = message;
    showError(*it);
    QWidget *editorWidget = it->line ? static_cast<QWidget *>(it->line) : it->combo;
    editorWidget->setFocus();
}

} // namespace views
