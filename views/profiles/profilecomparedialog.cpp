#include "profiles/profilecomparedialog.h"

#include "schema/schema.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace views {

namespace {

enum Column { Setting, First, Second };
constexpr int DiffersRole = Qt::UserRole + 1;

} // namespace

ProfileCompareDialog::ProfileCompareDialog(const cms::ObjectType &type, const QString &firstName, const Values &first,
                                           const QString &secondName, const Values &second, QWidget *parent)
    : QDialog(parent)
    , m_table(new QTableWidget(this))
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

    for (const cms::FieldDef &field : type.fields) {
        if (field.secret || field.name == QLatin1String("name"))
            continue;   // secrets are not shown; the names head the columns
        const QString a = first.value(field.name);
        const QString b = second.value(field.name);
        const bool differs = a != b;
        m_differences += differs;
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        auto cell = [&](const QString &value) {
            auto *item = new QTableWidgetItem(value.isEmpty() ? tr("Not set") : field.valueText(value));
            item->setToolTip(value.isEmpty() ? tr("Not set: the level above applies") : value);
            return item;
        };
        QTableWidgetItem *items[] = {new QTableWidgetItem(field.label()), cell(a), cell(b)};
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

    m_onlyDifferences->setObjectName(QStringLiteral("onlyDifferences"));
    m_onlyDifferences->setText(tr("&Only the %Ln difference(s)", nullptr, m_differences));
    connect(m_onlyDifferences, &QCheckBox::toggled, this, &ProfileCompareDialog::showOnlyDifferences);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_onlyDifferences);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(fontMetrics().averageCharWidth() * 100, fontMetrics().height() * 30);
}

void ProfileCompareDialog::showOnlyDifferences(bool only)
{
    for (int row = 0; row < m_table->rowCount(); ++row)
        m_table->setRowHidden(row, only && !m_table->item(row, Setting)->data(DiffersRole).toBool());
}

} // namespace views
