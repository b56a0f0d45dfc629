#include "spaces/accessmethoddialog.h"
#include "common/displayformat.h"

#include "api/cmserror.h"
#include "config/objectchange.h"
#include "schema/schema.h"

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

} // namespace

AccessMethodDialog::AccessMethodDialog(cms::ClusterSession *session, const QString &spaceId,
    const QString &accessMethodId, const Values &values,
    const QList<QPair<QString, QString>> &callLegProfiles, QWidget *parent)
    : SpaceObjectDialog(accessMethodType(), session, spaceId, accessMethodId, values, callLegProfiles, parent)
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
        if (field.action || !field.isWritable(mode) || !field.existsIn(serverVersion()))
            continue;
        FieldEditor editor;
        editor.field = &field;
        editor.label = new QLabel(this);
        auto *column = new QVBoxLayout;
        column->setContentsMargins(0, 0, 0, 0);
        column->setSpacing(2);
        const QString initial = initialValues().value(field.name);
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
        editor.error = errorLabel(field.name + QLatin1String("Error"));
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

    layout->addWidget(generalError());
    layout->addWidget(buttons());

    retranslateUi();
    for (const QString &name : std::as_const(m_order))
        onEdited(name);
}

AccessMethodDialog::~AccessMethodDialog() = default;

void AccessMethodDialog::fillCombo(FieldEditor &editor)
{
    Choices choices;
    if (editor.field->type == cms::FieldType::Reference) {
        //: No call leg profile of its own: the one of the space (or above) applies.
        choices = callLegProfileChoices(tr("(inherited)"));
    } else {
        //: No value of its own: what the server assumes (or the level above) applies.
        choices.append({QString(), tr("(default)")});
        for (const QString &value : editor.field->enumValuesFor(serverVersion()))
            choices.append({value, editor.field->valueText(value)});
    }
    setChoices(editor.combo, choices, initialValues().value(editor.field->name));
}

void AccessMethodDialog::retranslateUi()
{
    setWindowTitle(isNew() ? tr("Add Access Method") : tr("Edit Access Method"));
    for (const QString &name : std::as_const(m_order)) {
        FieldEditor &editor = m_editors[name];
        editor.label->setText(models::DisplayFormat::formLabel(editor.field->label()));
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
        = text.isEmpty() ? QString() : cms::Schema::checkValue(*editor.field, text, serverVersion());
    showError(editor);
    generalError()->setVisible(false);
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
    bool ok = !isSaving();
    for (const FieldEditor &editor : std::as_const(m_editors)) {
        if (!editor.typedError.isEmpty())
            ok = false;
        if (isNew() && editor.field->required && value(editor.field->name).isEmpty())
            ok = false;
    }
    saveButton()->setEnabled(ok);
}

QString AccessMethodDialog::notConnectedText() const
{
    return tr("The cluster is not connected.");
}

AccessMethodDialog::Values AccessMethodDialog::editedValues() const
{
    Values values;
    for (const QString &name : std::as_const(m_order))
        values.insert(name, value(name));
    return values;
}

void AccessMethodDialog::showRefusal(const cms::ObjectChange &change)
{
    const auto it = m_editors.find(change.errorField());
    if (it == m_editors.end()) {
        showGeneralError(change.errorFieldText());
        return;
    }
    it->serverError = change.errorFieldText();
    showError(*it);
    QWidget *editorWidget = it->line ? static_cast<QWidget *>(it->line) : it->combo;
    editorWidget->setFocus();
}

} // namespace views
