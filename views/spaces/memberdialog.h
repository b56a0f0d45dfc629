#pragma once

#include "spaces/spaceobjectdialog.h"

#include <QMap>

class QCheckBox;
class QComboBox;
class QCompleter;
class QLabel;
class QLineEdit;

namespace views {

// Adds a member to a space or changes one: the user's JID (completed from the cluster's users by any
// part of their name or address; fixed once the member exists), a check box for each permission the
// schema knows on the server's version, and the call leg profile chosen by name. Save sends every
// field (POST) or only the changed ones (PUT) and stays open on a refusal, with the reason under the
// field it concerns.
class MemberDialog : public SpaceObjectDialog
{
    Q_OBJECT
public:
    // An empty memberId adds one; otherwise `values` are the member's current fields.
    MemberDialog(cms::ClusterSession *session, const QString &spaceId, const QString &memberId,
        const Values &values, const QList<QPair<QString, QString>> &callLegProfiles,
        QWidget *parent = nullptr);
    ~MemberDialog() override;

    QString memberId() const { return objectId(); } // the new id once created
    QString userJid() const;
    QCompleter *completer() const { return m_completer; }
    QString fieldError(const QString &field) const;

protected:
    void changeEvent(QEvent *event) override;
    Values editedValues() const override;
    Values loadedValues() const override;
    void showRefusal(const cms::ObjectChange &change) override;
    QString notConnectedText() const override;
    void updateSaveButton() override;

private:
    void retranslateUi();
    void fillProfiles();
    QString value(const QString &field) const;
    void onJidEdited();
    void setError(const QString &field, const QString &message);

    QLabel *m_jidLabel;
    QLineEdit *m_jidEdit;
    QLabel *m_jidError;
    QString m_jidProblem; // what is wrong with the typed address, shown or not yet
    QCompleter *m_completer = nullptr;
    QLabel *m_profileLabel;
    QComboBox *m_profileCombo;
    QLabel *m_profileError;
    QLabel *m_permissionsLabel;
    QMap<QString, QCheckBox *> m_permissions; // by field name
};

} // namespace views
