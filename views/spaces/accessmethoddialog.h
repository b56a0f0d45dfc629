#pragma once

#include "spaces/spaceobjectdialog.h"

#include <QMap>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;

namespace cms {
struct FieldDef;
} // namespace cms

namespace views {

// Adds or edits one access method of a space, with a field for each writable field of the schema's
// accessMethods type on the server's version. Values are checked as they are typed (an error under the
// field keeps Save disabled); the call leg profile is chosen by name; the passcode and the secret are
// typed hidden. Save sends every given field (POST) or only the changed ones (PUT) and stays open on a
// refusal, with the server's reason under the field it concerns (a duplicate URI under the URI).
class AccessMethodDialog : public SpaceObjectDialog
{
    Q_OBJECT
public:
    // An empty accessMethodId adds one; otherwise `values` are the access method's current fields.
    // callLegProfiles: (id, name) of the cluster's call leg profiles, in the order to offer them.
    AccessMethodDialog(cms::ClusterSession *session, const QString &spaceId, const QString &accessMethodId,
        const Values &values, const QList<QPair<QString, QString>> &callLegProfiles,
        QWidget *parent = nullptr);
    ~AccessMethodDialog() override;

    QString accessMethodId() const { return objectId(); } // the new id once created
    // The value each editor holds now; empty for an unset field.
    QString value(const QString &field) const;
    // The error shown under a field (empty when none).
    QString fieldError(const QString &field) const;

protected:
    void changeEvent(QEvent *event) override;
    Values editedValues() const override;
    void showRefusal(const cms::ObjectChange &change) override;
    QString notConnectedText() const override;
    void updateSaveButton() override;

private:
    struct FieldEditor
    {
        const cms::FieldDef *field = nullptr;
        QLabel *label = nullptr;
        QLineEdit *line = nullptr; // text fields
        QComboBox *combo = nullptr; // choices and profiles
        QLabel *error = nullptr;
        QString typedError; // from checking the value as typed
        QString serverError; // from the last refusal, until the field changes
    };
    void retranslateUi();
    void fillCombo(FieldEditor &editor);
    void onEdited(const QString &field);
    void showError(FieldEditor &editor);

    QFormLayout *m_form;
    QMap<QString, FieldEditor> m_editors; // by field name
    QStringList m_order; // field names in schema order
};

} // namespace views
