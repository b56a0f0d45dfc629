#pragma once

#include <QDialog>
#include <QHash>

class QCheckBox;
class QTableWidget;

namespace cms {
struct ObjectType;
}

namespace views {

// Two profiles (or two space templates) side by side, one row per setting, the rows whose values
// differ in bold and said to differ; "Only differences" hides the others. A setting a profile leaves
// unset shows "Not set": the level above applies to it.
class ProfileCompareDialog : public QDialog
{
    Q_OBJECT
public:
    using Values = QHash<QString, QString>;

    ProfileCompareDialog(const cms::ObjectType &type, const QString &firstName, const Values &first,
                         const QString &secondName, const Values &second, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    int differenceCount() const { return m_differences; }

private:
    void showOnlyDifferences(bool only);

    QTableWidget *m_table;
    QCheckBox *m_onlyDifferences;
    int m_differences = 0;
};

} // namespace views
