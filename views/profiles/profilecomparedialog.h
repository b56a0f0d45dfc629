#pragma once

#include "config/effectivesettings.h"

#include <QDialog>
#include <QHash>

#include <optional>

class QCheckBox;
class QLabel;
class QTableWidget;

namespace cms {
struct ObjectType;
}

namespace views {

// Two profiles (or two space templates) side by side, one row per setting, the rows whose values
// differ in bold and said to differ; "Only differences" hides the others. A setting a profile leaves
// unset shows "Not set": the level above applies to it. For call leg and call profiles, given what
// they inherit (Inheritance), an unset setting shows in italics the value that applies, with where it
// comes from (the global profile or the server's default), and the rows are compared on the values
// that apply: one profile setting "Yes" and another inheriting "Yes" do not differ.
class ProfileCompareDialog : public QDialog
{
    Q_OBJECT
public:
    using Values = QHash<QString, QString>;

    // What a call leg or call profile inherits: the global profile of its kind (/system/profiles),
    // else the server's default.
    struct Inheritance
    {
        cms::ProfileKind kind = cms::ProfileKind::CallLeg;
        QString globalId;        // empty: no global profile is set
        QString globalName;      // how the global profile is shown
        Values globalValues;     // its fields as a GET reported them
        int serverVersion = 0;
    };

    ProfileCompareDialog(const cms::ObjectType &type, const QString &firstName, const Values &first,
                         const QString &secondName, const Values &second,
                         const std::optional<Inheritance> &inheritance = std::nullopt, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    int differenceCount() const { return m_differences; }
    // The row of a field; -1 when not shown.
    int rowOf(const QString &field) const;
    bool rowDiffers(int row) const;

private:
    void showOnlyDifferences(bool only);

    QTableWidget *m_table;
    QLabel *m_note;
    QCheckBox *m_onlyDifferences;
    int m_differences = 0;
};

} // namespace views
