#pragma once

#include <QDialog>
#include <QHash>
#include <QList>
#include <QMap>
#include <QPair>
#include <QPointer>
#include <QString>

class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;

namespace cms {
class ClusterSession;
class CmsError;
class CmsReply;
struct FieldDef;
} // namespace cms

namespace views {

// Adds or edits one access method of a space, with a field for each writable field of the schema's
// accessMethods type on the server's version. Values are checked as they are typed (an error under the
// field keeps Save disabled); the call leg profile is chosen by name; the passcode and the secret are
// typed hidden. Save sends every given field (POST) or only the changed ones (PUT) and stays open on a
// refusal, with the server's reason under the field it concerns (a duplicate URI under the URI).
class AccessMethodDialog : public QDialog
{
    Q_OBJECT
public:
    using Values = QHash<QString, QString>;

    // An empty accessMethodId adds one; otherwise `values` are the access method's current fields.
    // callLegProfiles: (id, name) of the cluster's call leg profiles, in the order to offer them.
    AccessMethodDialog(cms::ClusterSession *session, const QString &spaceId, const QString &accessMethodId,
        const Values &values, const QList<QPair<QString, QString>> &callLegProfiles,
        QWidget *parent = nullptr);
    ~AccessMethodDialog() override;

    bool isNew() const { return m_accessMethodId.isEmpty(); }
    QString accessMethodId() const { return m_accessMethodId; } // the new id once created
    // The value each editor holds now; empty for an unset field.
    QString value(const QString &field) const;
    // The error shown under a field (empty when none).
    QString fieldError(const QString &field) const;

public Q_SLOTS:
    void accept() override; // saves; closes once the server agreed

Q_SIGNALS:
    // After a successful save: the fields sent (names only).
    void saved(const QString &accessMethodId, const QStringList &fieldsSent);

protected:
    void changeEvent(QEvent *event) override;

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
    void updateSaveButton();
    void onSaved(cms::CmsReply *reply, const QStringList &fieldsSent);
    void showServerError(const cms::CmsError &error);
    static QString fieldOfReason(const QString &reason);

    QPointer<cms::ClusterSession> m_session;
    QString m_spaceId;
    QString m_accessMethodId;
    Values m_initial;
    QList<QPair<QString, QString>> m_profiles;
    int m_serverVersion = 0;
    QFormLayout *m_form;
    QMap<QString, FieldEditor> m_editors; // by field name
    QStringList m_order; // field names in schema order
    QLabel *m_generalError;
    QDialogButtonBox *m_buttons;
    QPointer<cms::CmsReply> m_saving;
};

} // namespace views
