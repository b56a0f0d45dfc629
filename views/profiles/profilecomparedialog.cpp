#include "profiles/profilecomparedialog.h"

#include "common/displayformat.h"
#include "schema/profilefieldguide.h"
#include "schema/schema.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace views {

namespace {

enum Column { Setting, First, Second };
constexpr int DiffersRole = Qt::UserRole + 1;

// The keys the two compared profiles go by in the resolution (not GUIDs, so never the global one's).
const QString kFirstKey = QStringLiteral("compared:first");
const QString kSecondKey = QStringLiteral("compared:second");

// What applies to each field of one profile, by field name.
QHash<QString, cms::EffectiveValue> applying(const QString &key, const ProfileCompareDialog::Values &values,
                                             const ProfileCompareDialog::Inheritance &inheritance)
{
    cms::EffectiveSettingsInput input;
    input.serverVersion = inheritance.serverVersion;
    auto &profiles = inheritance.kind == cms::ProfileKind::CallLeg ? input.callLegProfiles : input.callProfiles;
    profiles.insert(key, {key, {}, values});
    if (!inheritance.globalId.isEmpty()) {
        profiles.insert(inheritance.globalId, {inheritance.globalId, inheritance.globalName, inheritance.globalValues});
        (inheritance.kind == cms::ProfileKind::CallLeg ? input.globalCallLegProfile : input.globalCallProfile)
            = inheritance.globalId;
    }
    QHash<QString, cms::EffectiveValue> byField;
    for (const cms::EffectiveValue &v : cms::EffectiveSettings::resolveProfile(inheritance.kind, key, input))
        byField.insert(v.field, v);
    return byField;
}

} // namespace

ProfileCompareDialog::ProfileCompareDialog(const cms::ObjectType &type, const QString &firstName, const Values &first,
                                           const QString &secondName, const Values &second,
                                           const std::optional<Inheritance> &inheritance, QWidget *parent)
    : QDialog(parent)
    , m_table(new QTableWidget(this))
    , m_note(new QLabel(this))
    , m_onlyDifferences(new QCheckBox(this))
{
    setObjectName(QStringLiteral("profileCompareDialog"));
    setWindowTitle(tr("Compare %1 and %2").arg(firstName, secondName));
    m_table->setObjectName(QStringLiteral("profileCompareTable"));
    m_table->setColumnCount(3);
    m_table->setHorizontalHeaderLabels({tr("Setting"), firstName, secondName});
    m_table->setAccessibleName(tr("Settings side by side"));
    m_table->setAccessibleDescription(tr("One row per setting with the value of each; the rows that differ are in bold"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);

    QHash<QString, cms::EffectiveValue> firstApplying;
    QHash<QString, cms::EffectiveValue> secondApplying;
    if (inheritance) {
        firstApplying = applying(kFirstKey, first, *inheritance);
        secondApplying = applying(kSecondKey, second, *inheritance);
    }

    for (const cms::FieldDef &field : type.fields) {
        if (field.secret || field.name == QLatin1String("name"))
            continue;   // secrets are not shown; the names head the columns
        const QString a = first.value(field.name);
        const QString b = second.value(field.name);
        // Where the inheritance is known, what counts is the value that applies.
        const auto effectiveA = firstApplying.constFind(field.name);
        const auto effectiveB = secondApplying.constFind(field.name);
        const bool resolved = effectiveA != firstApplying.constEnd() && effectiveB != secondApplying.constEnd();
        const bool differs = resolved ? effectiveA->value != effectiveB->value : a != b;
        m_differences += differs;
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        auto shown = [&](const QString &value) {
            if (field.type == cms::FieldType::Bool && !value.isEmpty())
                return value == QLatin1String("true") ? tr("Yes") : tr("No");
            return field.valueText(value);
        };
        auto cell = [&](const QString &value, const cms::EffectiveValue *effective) {
            auto *item = new QTableWidgetItem;
            if (!value.isEmpty()) {
                item->setText(shown(value));
                item->setToolTip(value);
            } else if (effective && !effective->value.isEmpty()) {
                const bool global = effective->level == cms::SettingLevel::Global;
                const QString globalName = models::DisplayFormat::isolated(inheritance->globalName);
                //: Where an inherited value comes from (in "inherited: Yes (global profile «Hosts»)").
                const QString source = global ? tr("global profile %1").arg(globalName) : tr("server default");
                //: A setting the profile leaves unset, and the value that applies: %1 the value, %2 where it comes from.
                item->setText(tr("inherited: %1 (%2)").arg(shown(effective->value), source));
                item->setToolTip(global ? tr("Not set in this profile: the global profile %1 (/system/profiles) gives it")
                                              .arg(globalName)
                                        : tr("Not set in this profile nor in the global one: the server's default"));
                QFont italic = item->font();
                italic.setItalic(true);
                item->setFont(italic);
            } else {
                item->setText(tr("Not set"));
                item->setToolTip(effective ? tr("Not set in this profile nor in the global one: the server decides")
                                           : tr("Not set: the level above applies"));
            }
            return item;
        };
        auto *label = new QTableWidgetItem(field.label());
        label->setToolTip(cms::ProfileFieldGuide::explanation(type.collection, field.name));
        label->setData(Qt::UserRole, field.name);
        QTableWidgetItem *items[] = {label, cell(a, resolved ? &*effectiveA : nullptr),
                                     cell(b, resolved ? &*effectiveB : nullptr)};
        for (int column = Setting; column <= Second; ++column) {
            QTableWidgetItem *item = items[column];
            item->setData(DiffersRole, differs);
            if (differs) {
                QFont bold = item->font();
                bold.setBold(true);
                item->setFont(bold);
                item->setData(Qt::AccessibleTextRole, tr("%1 (differs)").arg(item->text()));
            }
            m_table->setItem(row, column, item);
        }
    }
    m_table->resizeColumnsToContents();

    m_note->setObjectName(QStringLiteral("inheritanceNote"));
    m_note->setWordWrap(true);
    if (inheritance && !inheritance->globalId.isEmpty()) {
        m_note->setText(tr("A setting a profile leaves unset takes the value of the global profile %1 (/system/profiles), "
                           "else the server's default: those values are in italics and count in the comparison.")
                            .arg(models::DisplayFormat::isolated(inheritance->globalName)));
    } else if (inheritance) {
        m_note->setText(tr("No global profile is set (/system/profiles): a setting a profile leaves unset takes the "
                           "server's default, shown in italics where it is known."));
    }
    m_note->setVisible(inheritance.has_value());

    m_onlyDifferences->setObjectName(QStringLiteral("onlyDifferences"));
    m_onlyDifferences->setText(tr("&Only the %Ln difference(s)", nullptr, m_differences));
    connect(m_onlyDifferences, &QCheckBox::toggled, this, &ProfileCompareDialog::showOnlyDifferences);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_note);
    layout->addWidget(m_onlyDifferences);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(fontMetrics().averageCharWidth() * 100, fontMetrics().height() * 30);
}

int ProfileCompareDialog::rowOf(const QString &field) const
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (m_table->item(row, Setting)->data(Qt::UserRole).toString() == field)
            return row;
    }
    return -1;
}

bool ProfileCompareDialog::rowDiffers(int row) const
{
    return m_table->item(row, Setting)->data(DiffersRole).toBool();
}

void ProfileCompareDialog::showOnlyDifferences(bool only)
{
    for (int row = 0; row < m_table->rowCount(); ++row)
        m_table->setRowHidden(row, only && !m_table->item(row, Setting)->data(DiffersRole).toBool());
}

} // namespace views
