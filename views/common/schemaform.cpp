#include "common/schemaform.h"

#include "common/displayformat.h"

#include "api/cmsnode.h"
#include "net/collectionpager.h"
#include "net/connection.h"
#include "config/objectchange.h"
#include "config/profilelabels.h"
#include "schema/profilefieldguide.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSet>
#include <QToolButton>
#include <QVBoxLayout>

namespace views {

namespace {

const QString kTrue = QStringLiteral("true");
const QString kFalse = QStringLiteral("false");

// Users may number in the hundreds of thousands: a user reference is typed, not picked from a list.
bool pickedFromList(const cms::FieldDef &field)
{
    return field.referencedCollection != QLatin1String("users")
        && field.referencedCollection != QLatin1String("coSpaces");
}

} // namespace

SchemaForm::SchemaForm(const cms::ObjectType &type, cms::WriteMode mode, int serverVersion, QWidget *parent)
    : QWidget(parent)
    , m_type(type)
    , m_mode(mode)
    , m_serverVersion(serverVersion)
{
    QList<const cms::FieldDef *> shown;
    for (const cms::FieldDef &field : type.fields) {
        if (!field.existsIn(serverVersion))
            continue;
        // A one-off request on an existing object (regenerateSecret) is an action, not a setting: the
        // editor offers it as a button of its own. When creating, nothing is known yet to be shown
        // read-only.
        if (field.action && field.access == cms::Access::UpdateOnly)
            continue;
        if (!field.isWritable(mode) && (field.action || mode == cms::WriteMode::Create))
            continue;
        shown.append(&field);
    }
    buildRows(shown);
    retranslateUi();
}

SchemaForm::~SchemaForm()
{
    for (const QPointer<cms::CollectionPager> &pager : std::as_const(m_pagers)) {
        if (pager)
            pager->cancel();
    }
}

// A type the guide covers is shown in its groups, in the guide's order, each field in schema order
// within its group; any other type as one list.
void SchemaForm::buildRows(const QList<const cms::FieldDef *> &fields)
{
    using Guide = cms::ProfileFieldGuide;
    if (!Guide::covers(m_type.collection)) {
        auto *layout = new QFormLayout(this);
        layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
        for (const cms::FieldDef *field : fields)
            buildRow(*field, layout);
        return;
    }
    auto *outer = new QVBoxLayout(this);
    for (int id = int(Guide::Group::General); id <= int(Guide::Group::Other); ++id) {
        const auto group = Guide::Group(id);
        QList<const cms::FieldDef *> members;
        for (const cms::FieldDef *field : fields) {
            if (Guide::groupOf(m_type.collection, field->name) == group)
                members.append(field);
        }
        if (members.isEmpty())
            continue;
        auto *box = new QGroupBox(this);
        box->setObjectName(Guide::groupKey(group) + QStringLiteral("Group"));
        auto *layout = new QFormLayout(box);
        layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
        m_groups.append({id, box});
        for (const cms::FieldDef *field : std::as_const(members))
            buildRow(*field, layout);
        outer->addWidget(box);
    }
    outer->addStretch(1);
}

void SchemaForm::buildRow(const cms::FieldDef &field, QFormLayout *layout)
{
    Row r;
    r.field = &field;
    const int index = int(m_rows.size());
    if (!field.isWritable(m_mode)) {
        r.editor = Editor::Text;
        auto *text = new QLabel(this);
        text->setTextFormat(Qt::PlainText);
        text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        r.input = text;
    } else if (field.type == cms::FieldType::Bool) {
        if (!field.defaultValue.isEmpty() || field.action) {
            r.editor = Editor::Check;
            auto *check = new QCheckBox(this);
            connect(check, &QCheckBox::toggled, this, [this, index] { onEdited(m_rows[index]); });
            r.input = check;
        } else {
            r.editor = Editor::TriState;
            auto *combo = new QComboBox(this);
            combo->addItem(QString(), QString());
            combo->addItem(QString(), kTrue);
            combo->addItem(QString(), kFalse);
            connect(combo, &QComboBox::currentIndexChanged, this, [this, index] { onEdited(m_rows[index]); });
            r.input = combo;
        }
    } else if (field.type == cms::FieldType::Enum
               || (field.type == cms::FieldType::Reference && pickedFromList(field))) {
        r.editor = field.type == cms::FieldType::Enum ? Editor::Choice : Editor::Reference;
        auto *combo = new QComboBox(this);
        combo->addItem(QString(), QString());   // "(inherit)"
        if (r.editor == Editor::Choice) {
            for (const QString &value : field.enumValuesFor(m_serverVersion))
                combo->addItem(value, value);
        }
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        connect(combo, &QComboBox::currentIndexChanged, this, [this, index] { onEdited(m_rows[index]); });
        r.input = combo;
    } else {
        r.editor = Editor::Line;
        auto *line = new QLineEdit(this);
        if (field.maxLength > 0)
            line->setMaxLength(field.maxLength);
        connect(line, &QLineEdit::textChanged, this, [this, index] { onEdited(m_rows[index]); });
        r.input = line;
        if (field.secret) {
            line->setEchoMode(QLineEdit::Password);
            r.show = new QToolButton(this);
            r.show->setObjectName(field.name + QStringLiteral("Show"));
            r.show->setCheckable(true);
            connect(r.show, &QToolButton::toggled, this, [this, index, line](bool shown) {
                line->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
                retranslateRow(m_rows[index]);
            });
        }
    }
    r.input->setObjectName(field.name);

    r.label = new QLabel(this);
    r.label->setBuddy(r.input);
    r.error = new QLabel(this);
    r.error->setObjectName(field.name + QStringLiteral("Error"));
    r.error->setTextFormat(Qt::PlainText);
    r.error->setWordWrap(true);
    r.error->setForegroundRole(QPalette::Link);   // stands out in every theme without a colour of our own
    r.error->setVisible(false);

    auto *cell = new QVBoxLayout;
    cell->setContentsMargins(0, 0, 0, 0);
    cell->setSpacing(2);
    if (r.show) {
        auto *line = new QHBoxLayout;
        line->setContentsMargins(0, 0, 0, 0);
        line->addWidget(r.input, 1);
        line->addWidget(r.show);
        cell->addLayout(line);
    } else {
        cell->addWidget(r.input);
    }
    if (!cms::ProfileFieldGuide::explanation(m_type.collection, field.name).isEmpty()) {
        r.hint = new QLabel(this);
        r.hint->setObjectName(field.name + QStringLiteral("Hint"));
        r.hint->setTextFormat(Qt::PlainText);
        r.hint->setWordWrap(true);
        r.hint->setForegroundRole(QPalette::PlaceholderText);   // quieter than the value, in every theme
        cell->addWidget(r.hint);
    }
    cell->addWidget(r.error);
    layout->addRow(r.label, cell);
    m_rows.append(r);
}

void SchemaForm::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void SchemaForm::retranslateUi()
{
    for (const Group &group : std::as_const(m_groups))
        group.box->setTitle(cms::ProfileFieldGuide::groupTitle(cms::ProfileFieldGuide::Group(group.id)));
    for (Row &r : m_rows)
        retranslateRow(r);
}

void SchemaForm::retranslateRow(Row &r)
{
    r.label->setText(models::DisplayFormat::formLabel(r.field->label()));
    if (r.hint) {
        const QString explanation = cms::ProfileFieldGuide::explanation(m_type.collection, r.field->name);
        r.hint->setText(explanation);
        r.input->setAccessibleDescription(explanation);
    }
    switch (r.editor) {
    case Editor::TriState: {
        auto *combo = static_cast<QComboBox *>(r.input);
        //: Yes/no setting left unset: the value of the level above (profile, tenant, global) applies.
        combo->setItemText(0, tr("Inherit"));
        combo->setItemText(1, tr("Yes"));
        combo->setItemText(2, tr("No"));
        break;
    }
    case Editor::Choice:
    case Editor::Reference: {
        auto *combo = static_cast<QComboBox *>(r.input);
        //: Choice left unset: the value of the level above applies.
        combo->setItemText(0, tr("(inherit)"));
        if (r.editor == Editor::Choice) {
            // People read the phrase; the API's value stays in the tooltip.
            for (int i = 1; i < combo->count(); ++i) {
                const QString value = combo->itemData(i).toString();
                combo->setItemText(i, r.field->valueText(value));
                combo->setItemData(i, value, Qt::ToolTipRole);
            }
        }
        break;
    }
    case Editor::Check:
        if (!r.field->defaultValue.isEmpty()) {
            r.input->setToolTip(r.field->defaultValue == kTrue ? tr("When not set, the server assumes yes.")
                                                               : tr("When not set, the server assumes no."));
        }
        break;
    case Editor::Text: {
        const QString value = m_loaded.value(r.field->name);
        auto *text = static_cast<QLabel *>(r.input);
        if (r.field->type == cms::FieldType::Bool && !value.isEmpty())
            text->setText(value == kTrue ? tr("Yes") : tr("No"));
        else
            text->setText(r.field->valueText(value));
        text->setToolTip(r.field->type == cms::FieldType::Enum ? value : QString());
        break;
    }
    case Editor::Line:
        break;
    }
    if (r.show) {
        const bool shown = r.show->isChecked();
        //: Button beside a passcode or secret: shows or hides its characters.
        r.show->setText(shown ? tr("Hide") : tr("Show"));
        r.show->setToolTip(shown ? tr("Hide the characters") : tr("Show the characters"));
    }
    // The checks' sentences are translated: say them again in the new language.
    if (r.editor == Editor::Line)
        r.typingProblem = cms::Schema::checkValue(*r.field, valueOf(r), m_serverVersion);
    updateError(r);
}

void SchemaForm::setValues(const Values &values)
{
    m_loaded = values;
    m_showing = true;
    for (Row &r : m_rows) {
        showValue(r, values.value(r.field->name));
        r.typingProblem = r.editor == Editor::Line
            ? cms::Schema::checkValue(*r.field, valueOf(r), m_serverVersion)
            : QString();
        r.serverProblem.clear();
        retranslateRow(r);
    }
    m_showing = false;
    Q_EMIT edited();
}

void SchemaForm::showValue(Row &r, const QString &value)
{
    switch (r.editor) {
    case Editor::Line:
        static_cast<QLineEdit *>(r.input)->setText(value);
        break;
    case Editor::TriState:
    case Editor::Choice:
    case Editor::Reference:
        selectData(static_cast<QComboBox *>(r.input), value);
        break;
    case Editor::Check: {
        const QString effective = value.isEmpty() ? r.field->defaultValue : value;
        r.checkedAtLoad = effective == kTrue;
        static_cast<QCheckBox *>(r.input)->setChecked(r.checkedAtLoad);
        break;
    }
    case Editor::Text:
        break;   // retranslateRow() writes it
    }
}

// Selects the item holding `data`; a value the list does not have (a profile not read yet, an enum
// value of a newer server) gets an item of its own rather than being lost.
void SchemaForm::selectData(QComboBox *combo, const QString &value)
{
    int index = combo->findData(value);
    if (index < 0) {
        combo->addItem(value, value);
        index = combo->count() - 1;
    }
    combo->setCurrentIndex(index);
}

QString SchemaForm::valueOf(const Row &r) const
{
    switch (r.editor) {
    case Editor::Line:
        return static_cast<const QLineEdit *>(r.input)->text().trimmed();
    case Editor::TriState:
    case Editor::Choice:
    case Editor::Reference:
        return static_cast<const QComboBox *>(r.input)->currentData().toString();
    case Editor::Check: {
        const bool checked = static_cast<const QCheckBox *>(r.input)->isChecked();
        if (r.field->action)
            return checked ? kTrue : QString();
        // Untouched, an unset field stays unset (the default applies) rather than being written.
        if (checked == r.checkedAtLoad)
            return m_loaded.value(r.field->name);
        return checked ? kTrue : kFalse;
    }
    case Editor::Text:
        break;
    }
    return m_loaded.value(r.field->name);
}

SchemaForm::Values SchemaForm::values() const
{
    Values result;
    for (const Row &r : m_rows) {
        if (r.editor != Editor::Text)
            result.insert(r.field->name, valueOf(r));
    }
    return result;
}

cms::Schema::Params SchemaForm::changedParams() const
{
    return cms::ObjectChange::changedParams(m_type, m_loaded, values());
}

bool SchemaForm::isValid() const
{
    for (const Row &r : m_rows) {
        if (!r.typingProblem.isEmpty())
            return false;
    }
    if (m_mode == cms::WriteMode::Create) {
        const auto issues = cms::Schema::validate(m_type, changedParams(), m_mode, m_serverVersion);
        return issues.isEmpty();
    }
    return true;
}

void SchemaForm::onEdited(Row &r)
{
    if (m_showing)
        return;
    r.serverProblem.clear();
    r.typingProblem = r.editor == Editor::Line ? cms::Schema::checkValue(*r.field, valueOf(r), m_serverVersion)
                                               : QString();
    updateError(r);
    Q_EMIT edited();
}

void SchemaForm::updateError(Row &r)
{
    const QString message = r.serverProblem.isEmpty() ? r.typingProblem : r.serverProblem;
    r.error->setText(message);
    r.error->setVisible(!message.isEmpty());
}

bool SchemaForm::setFieldError(const QString &field, const QString &message)
{
    Row *r = row(field);
    if (!r)
        return false;
    r->serverProblem = message;
    updateError(*r);
    if (!message.isEmpty())
        r->input->setFocus(Qt::OtherFocusReason);
    return true;
}

QString SchemaForm::fieldError(const QString &field) const
{
    const Row *r = row(field);
    if (!r)
        return {};
    return r->serverProblem.isEmpty() ? r->typingProblem : r->serverProblem;
}

void SchemaForm::clearFieldErrors()
{
    for (Row &r : m_rows) {
        r.serverProblem.clear();
        updateError(r);
    }
}

void SchemaForm::setProfileLabels(const cms::ProfileLabels *labels, const QString &clusterId)
{
    m_labels = labels;
    m_clusterId = clusterId;
}

void SchemaForm::loadReferenceChoices(cms::Connection &connection)
{
    QSet<QString> collections;
    for (const Row &r : std::as_const(m_rows)) {
        if (r.editor == Editor::Reference)
            collections.insert(r.field->referencedCollection);
    }
    for (const QString &collection : std::as_const(collections)) {
        auto *pager = new cms::CollectionPager(connection, collection, {}, this);
        connect(pager, &cms::CollectionPager::finished, this, [this, pager, collection] {
            if (pager->error().isOk())
                addReferenceChoices(collection, pager->items());
            pager->deleteLater();
        });
        m_pagers.append(pager);
        pager->start();
    }
}

void SchemaForm::addReferenceChoices(const QString &collection, const QList<cms::CmsNode> &items)
{
    const bool wasShowing = m_showing;
    m_showing = true;   // naming the choices is not an edit
    for (Row &r : m_rows) {
        if (r.editor != Editor::Reference || r.field->referencedCollection != collection)
            continue;
        auto *combo = static_cast<QComboBox *>(r.input);
        const QString current = combo->currentData().toString();
        for (const cms::CmsNode &item : items) {
            const QString name = item.value(u"name");
            // Call profiles have no name: the label the console keeps, with the id, or the id alone.
            const QString shown = !name.isEmpty() ? name
                : m_labels && collection == QLatin1String("callProfiles") ? m_labels->display(m_clusterId, item.id())
                                                                         : item.id();
            const int existing = combo->findData(item.id());
            if (existing >= 0)
                combo->setItemText(existing, shown);
            else
                combo->addItem(shown, item.id());
        }
        selectData(combo, current);
    }
    m_showing = wasShowing;
}

SchemaForm::Row *SchemaForm::row(const QString &field)
{
    for (Row &r : m_rows) {
        if (r.field->name == field)
            return &r;
    }
    return nullptr;
}

const SchemaForm::Row *SchemaForm::row(const QString &field) const
{
    for (const Row &r : m_rows) {
        if (r.field->name == field)
            return &r;
    }
    return nullptr;
}

SchemaForm::Values SchemaForm::valuesFromObject(const cms::ObjectType &type, const cms::CmsNode &object)
{
    Values values;
    for (const cms::FieldDef &field : type.fields) {
        if (object.has(field.readPath()))
            values.insert(field.name, object.value(field.readPath()));
    }
    return values;
}

} // namespace views
