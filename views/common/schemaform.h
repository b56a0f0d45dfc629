#pragma once

#include "net/collectionpager.h"
#include "schema/schema.h"

#include <QHash>
#include <QList>
#include <QPointer>
#include <QString>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QToolButton;

namespace cms {
class Connection;
class ProfileLabels;
struct CmsNode;
} // namespace cms

namespace views {

// A form built from a schema type (design.md section 3, "editors build their forms from it"): one row
// per field that the server version has and that the mode may write, plus read-only fields shown as
// text. Every input's objectName is the API field name; a field's error label is "<field>Error".
//
//  - text, URIs, digits, JIDs, URLs, numbers: a line edit checked as the user types (Schema::checkValue);
//    secrets (passcode, secret) are masked, with a "Show" toggle ("<field>Show");
//  - yes/no: "Inherit / Yes / No" (empty = unset, the level above applies), or a check box where the
//    server has a default (nonMemberAccess), or for a one-off request (requireCallId);
//  - choices: the values this server version knows, after "(inherit)";
//  - references to profiles, tenants…: chosen by name, the id is what is stored; "(inherit)" first.
//    The choices are read with loadReferenceChoices().
//
// The editors of profiles and space templates (those cms::ProfileFieldGuide covers) show their fields
// in groups (a QGroupBox each, "<group>Group"), each field with its one-line explanation under it
// ("<field>Hint") and as its accessible description; a field the guide does not list is in "Other
// settings". Other types keep one plain list.
//
// setValues() takes what a GET reported; changedParams() gives only the fields that differ from it.
class SchemaForm : public QWidget
{
    Q_OBJECT
public:
    using Values = QHash<QString, QString>;

    SchemaForm(const cms::ObjectType &type, cms::WriteMode mode, int serverVersion, QWidget *parent = nullptr);
    ~SchemaForm() override;

    const cms::ObjectType &type() const { return m_type; }
    cms::WriteMode mode() const { return m_mode; }
    int serverVersion() const { return m_serverVersion; }

    // The values a GET reported, by field name (see valuesFromObject). Clears every error.
    void setValues(const Values &values);
    const Values &loadedValues() const { return m_loaded; }
    // What the form holds now, for every editable field ("" = unset).
    Values values() const;
    // Only the fields whose value differs from what was loaded, in schema order.
    cms::Schema::Params changedParams() const;
    bool hasChanges() const { return !changedParams().isEmpty(); }
    // Every field passes Schema::checkValue (a server error shown at a field does not count: the next
    // try may well succeed once the user changed something).
    bool isValid() const;

    // Shows a message under a field (a server refusal); it goes when the user edits the field.
    // Returns false when the form has no such field.
    bool setFieldError(const QString &field, const QString &message);
    QString fieldError(const QString &field) const;
    void clearFieldErrors();

    // Call profiles, which the API leaves unnamed, are offered as "label (id)" with the labels the
    // console keeps for that cluster, rather than as bare ids. Set before loadReferenceChoices().
    void setProfileLabels(const cms::ProfileLabels *labels, const QString &clusterId);

    // Fills the reference choices (call leg profiles, tenants…) from the cluster, by name.
    void loadReferenceChoices(cms::Connection &connection);

    // A GET's object as field values: each field read at its path ("configuration/rxAudioMute").
    static Values valuesFromObject(const cms::ObjectType &type, const cms::CmsNode &object);

Q_SIGNALS:
    // The user changed something: validity and changedParams() may differ.
    void edited();

protected:
    void changeEvent(QEvent *event) override;

private:
    enum class Editor { Line, TriState, Check, Choice, Reference, Text };
    struct Row
    {
        const cms::FieldDef *field = nullptr;
        Editor editor = Editor::Line;
        QLabel *label = nullptr;
        QWidget *input = nullptr;        // QLineEdit, QComboBox, QCheckBox or QLabel (Text)
        QToolButton *show = nullptr;     // secrets
        QLabel *hint = nullptr;          // the guide's explanation, when it has one
        QLabel *error = nullptr;
        QString typingProblem;           // from Schema::checkValue
        QString serverProblem;           // from setFieldError
        bool checkedAtLoad = false;      // Check: the state shown for the loaded value
    };

    void buildRows(const QList<const cms::FieldDef *> &fields);
    void buildRow(const cms::FieldDef &field, QFormLayout *layout);
    void retranslateUi();
    void retranslateRow(Row &row);
    void showValue(Row &row, const QString &value);
    QString valueOf(const Row &row) const;
    void onEdited(Row &row);
    void updateError(Row &row);
    void selectData(QComboBox *combo, const QString &value);
    void addReferenceChoices(const QString &collection, const QList<cms::CmsNode> &items);
    Row *row(const QString &field);
    const Row *row(const QString &field) const;

    const cms::ObjectType &m_type;
    cms::WriteMode m_mode;
    int m_serverVersion;
    QList<Row> m_rows;
    struct Group
    {
        int id;                          // a cms::ProfileFieldGuide::Group
        QGroupBox *box;
    };
    QList<Group> m_groups;
    Values m_loaded;
    bool m_showing = false;   // setValues() at work: not a user edit
    QList<QPointer<cms::CollectionPager>> m_pagers;
    QPointer<const cms::ProfileLabels> m_labels;
    QString m_clusterId;   // whose labels
};

} // namespace views
