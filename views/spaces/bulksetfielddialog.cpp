#include "spaces/bulksetfielddialog.h"

#include "api/cmsnode.h"
#include "config/profilelabels.h"
#include "net/collectionpager.h"
#include "schema/schema.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>

namespace views {

namespace {

const cms::FieldDef *spaceField(const QString &name)
{
    const cms::ObjectType *type = cms::Schema::find(u"coSpaces");
    return type ? type->field(name) : nullptr;
}

} // namespace

BulkSetFieldDialog::BulkSetFieldDialog(int spaceCount, int serverVersion, QWidget *parent)
    : QDialog(parent)
    , m_spaceCount(spaceCount)
    , m_serverVersion(serverVersion)
    , m_intro(new QLabel)
    , m_fieldLabel(new QLabel)
    , m_field(new QComboBox)
    , m_valueLabel(new QLabel)
    , m_enumValue(new QComboBox)
    , m_value(new QLineEdit)
    , m_error(new QLabel)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setObjectName(QStringLiteral("bulkSetFieldDialog"));
    setModal(false);
    m_field->setObjectName(QStringLiteral("bulkField"));
    m_value->setObjectName(QStringLiteral("bulkValue"));
    m_enumValue->setObjectName(QStringLiteral("bulkEnumValue"));
    m_error->setObjectName(QStringLiteral("bulkValueError"));
    m_error->setWordWrap(true);
    m_intro->setWordWrap(true);
    m_fieldLabel->setBuddy(m_field);
    m_valueLabel->setBuddy(m_value);

    auto *form = new QFormLayout;
    form->addRow(m_fieldLabel, m_field);
    auto *valueBox = new QWidget;
    auto *valueLayout = new QVBoxLayout(valueBox);
    valueLayout->setContentsMargins(0, 0, 0, 0);
    valueLayout->addWidget(m_value);
    valueLayout->addWidget(m_enumValue);
    form->addRow(m_valueLabel, valueBox);
    form->addRow(QString(), m_error);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_field, &QComboBox::currentIndexChanged, this, &BulkSetFieldDialog::showValueEditor);
    connect(m_value, &QLineEdit::textChanged, this, &BulkSetFieldDialog::check);
    connect(m_enumValue, &QComboBox::currentIndexChanged, this, &BulkSetFieldDialog::check);

    fillFields();
    retranslateUi();
}

BulkSetFieldDialog::~BulkSetFieldDialog()
{
    if (m_pager)
        m_pager->cancel();
}

void BulkSetFieldDialog::loadCallProfiles(cms::Connection &connection, const cms::ProfileLabels *labels,
                                          const QString &clusterId)
{
    if (m_pager)
        m_pager->cancel();
    m_pager = new cms::CollectionPager(connection, QStringLiteral("callProfiles"), {}, this);
    connect(m_pager, &cms::CollectionPager::finished, this,
            [this, pager = m_pager.data(), labels = QPointer<const cms::ProfileLabels>(labels), clusterId] {
        pager->deleteLater();
        if (!pager->error().isOk())
            return;   // the id is typed, as before
        m_callProfiles.clear();
        for (const cms::CmsNode &item : pager->items())
            m_callProfiles.append({item.id(), labels ? labels->display(clusterId, item.id()) : item.id()});
        showValueEditor();
    });
    m_pager->start();
}

// Yes/no, a choice of values or of call profiles in a list; anything else typed.
void BulkSetFieldDialog::showValueEditor()
{
    const cms::FieldDef *field = spaceField(this->field());
    const bool callProfiles = field && field->name == QLatin1String("callProfile") && !m_callProfiles.isEmpty();
    const bool choices
        = field && (field->type == cms::FieldType::Bool || field->type == cms::FieldType::Enum || callProfiles);
    m_value->setVisible(!choices);
    m_enumValue->setVisible(choices);
    m_enumValue->clear();
    if (choices) {
        //: Choice that unsets a field (the space inherits the value)
        m_enumValue->addItem(tr("(not set)"), QString());
        if (callProfiles) {
            for (const auto &[id, text] : std::as_const(m_callProfiles)) {
                m_enumValue->addItem(text, id);
                m_enumValue->setItemData(m_enumValue->count() - 1, id, Qt::ToolTipRole);
            }
        } else {
            const QStringList values = field->type == cms::FieldType::Bool
                ? QStringList{QStringLiteral("true"), QStringLiteral("false")}
                : field->enumValuesFor(m_serverVersion);
            for (const QString &value : values) {
                if (field->type == cms::FieldType::Bool)
                    m_enumValue->addItem(value == QLatin1String("true") ? tr("Yes") : tr("No"), value);
                else
                    m_enumValue->addItem(field->valueText(value), value);
                m_enumValue->setItemData(m_enumValue->count() - 1, value, Qt::ToolTipRole);
            }
        }
    }
    check();
}

void BulkSetFieldDialog::fillFields()
{
    const cms::ObjectType *type = cms::Schema::find(u"coSpaces");
    if (!type)
        return;
    for (const cms::FieldDef &field : type->fields) {
        // Names and URIs must be unique or are personal: setting one value on many spaces makes no sense.
        if (field.action || !field.isWritable(cms::WriteMode::Update) || !field.existsIn(m_serverVersion)
            || field.name == QLatin1String("uri") || field.name == QLatin1String("secondaryUri")
            || field.name == QLatin1String("callId") || field.name == QLatin1String("name"))
            continue;
        m_field->addItem(field.label(), field.name);
    }
}

QString BulkSetFieldDialog::field() const
{
    return m_field->currentData().toString();
}

QString BulkSetFieldDialog::value() const
{
    return m_value->isHidden() ? m_enumValue->currentData().toString() : m_value->text();
}

void BulkSetFieldDialog::check()
{
    const cms::FieldDef *field = spaceField(this->field());
    const QString problem = field ? cms::Schema::checkValue(*field, value(), m_serverVersion) : QString();
    m_error->setText(problem);
    m_error->setVisible(!problem.isEmpty());
    if (QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok))
        ok->setEnabled(field && problem.isEmpty());
}

void BulkSetFieldDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void BulkSetFieldDialog::retranslateUi()
{
    setWindowTitle(tr("Set a Field"));
    m_intro->setText(tr("Set one field to the same value on %Ln selected space(s). An empty value unsets "
                        "the field: the spaces then inherit it.", nullptr, m_spaceCount));
    //: Form label: which field of the spaces to set
    m_fieldLabel->setText(tr("&Field:"));
    m_valueLabel->setText(tr("&Value:"));
    m_value->setAccessibleName(tr("Value"));
    m_enumValue->setAccessibleName(tr("Value"));
    for (int i = 0; i < m_field->count(); ++i) {
        if (const cms::FieldDef *field = spaceField(m_field->itemData(i).toString()))
            m_field->setItemText(i, field->label());
    }
    if (m_enumValue->count() > 0)
        m_enumValue->setItemText(0, tr("(not set)"));
    check();
}

} // namespace views
