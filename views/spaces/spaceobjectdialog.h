#pragma once

#include <QDialog>
#include <QHash>
#include <QList>
#include <QPair>
#include <QPointer>
#include <QString>
#include <QStringList>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QPushButton;

namespace cms {
class ClusterSession;
class ObjectChange;
struct ObjectType;
} // namespace cms

namespace views {

// A dialog that adds one object to a sub-collection of a space (an access method, a member) or
// edits one. This class holds what such dialogs share: the line for an error that concerns no field,
// Save and Cancel, and the save itself through cms::ObjectChange (a POST of the fields given, or a
// PUT of the changed ones), staying open on a refusal. A subclass builds the fields, says what they
// hold and shows a refusal where it belongs. Like SpaceObjectsEditor, it holds no text of its own.
class SpaceObjectDialog : public QDialog
{
    Q_OBJECT
public:
    using Values = QHash<QString, QString>;
    using Choices = QList<QPair<QString, QString>>; // (value, text)

    ~SpaceObjectDialog() override;

    bool isNew() const { return m_objectId.isEmpty(); }

public Q_SLOTS:
    void accept() override; // saves; closes once the server agreed

Q_SIGNALS:
    // After a successful save: the object's id (the new one once created) and the fields sent.
    void saved(const QString &id, const QStringList &fieldsSent);

protected:
    // An empty objectId adds one; otherwise `values` are the object's current fields.
    // callLegProfiles: (id, name) of the cluster's call leg profiles, in the order to offer them.
    SpaceObjectDialog(const cms::ObjectType &type, cms::ClusterSession *session, const QString &spaceId,
        const QString &objectId, const Values &values, const Choices &callLegProfiles, QWidget *parent);

    // The fields as the editors hold them now; for a new object, an empty one is not sent.
    virtual Values editedValues() const = 0;
    // The fields as loaded, to tell what changed (the initial values unless overridden).
    virtual Values loadedValues() const { return m_initial; }
    // The save was refused, before sending or by the server: show change.errorFieldText() at
    // change.errorField(), or in generalError() when the dialog has no such field.
    virtual void showRefusal(const cms::ObjectChange &change) = 0;
    // The save could not start: say that the cluster is not connected.
    virtual QString notConnectedText() const = 0;
    // Enables Save as the fields allow; called too when a save starts or ends (see isSaving()).
    virtual void updateSaveButton() = 0;

    // Empty error label under a field (or for generalError()), hidden until it has something to say.
    QLabel *errorLabel(const QString &objectName);
    void showGeneralError(const QString &message);
    // Fills a combo box with choices, keeping the value it showed (the first time, `initial`). A value
    // that is not among them (a profile we do not know by name) stays, shown as itself.
    static void setChoices(QComboBox *combo, const Choices &choices, const QString &initial);
    // The call leg profiles as choices, after the one that means "none of its own" (noneText).
    Choices callLegProfileChoices(const QString &noneText) const;

    QString objectId() const { return m_objectId; }
    const Values &initialValues() const { return m_initial; }
    int serverVersion() const { return m_serverVersion; }
    bool isSaving() const;
    QLabel *generalError() const { return m_generalError; }
    QDialogButtonBox *buttons() const { return m_buttons; }
    QPushButton *saveButton() const;

private:
    void onSaved();

    const cms::ObjectType &m_type;
    QPointer<cms::ClusterSession> m_session;
    QString m_spaceId;
    QString m_objectId;
    Values m_initial;
    Choices m_profiles;
    int m_serverVersion = 0;
    QLabel *m_generalError;
    QDialogButtonBox *m_buttons;
    QPointer<cms::ObjectChange> m_saving;
};

} // namespace views
