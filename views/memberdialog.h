#pragma once

#include <QDialog>
#include <QHash>
#include <QList>
#include <QMap>
#include <QPair>
#include <QPointer>
#include <QString>
#include <QStringList>

class QCheckBox;
class QComboBox;
class QCompleter;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace cms {
class ClusterSession;
class CmsError;
class CmsReply;
} // namespace cms

namespace views {

// Adds a member to a space or changes one: the user's JID (completed from the cluster's users by any
// part of their name or address; fixed once the member exists), a check box for each permission the
// schema knows on the server's version, and the call leg profile chosen by name. Save sends every
// field (POST) or only the changed ones (PUT) and stays open on a refusal, with the reason under the
// field it concerns.
class MemberDialog : public QDialog
{
    Q_OBJECT
public:
    using Values = QHash<QString, QString>;

    // An empty memberId adds one; otherwise `values` are the member's current fields.
    MemberDialog(cms::ClusterSession *session, const QString &spaceId, const QString &memberId,
        const Values &values, const QList<QPair<QString, QString>> &callLegProfiles,
        QWidget *parent = nullptr);
    ~MemberDialog() override;

    bool isNew() const { return m_memberId.isEmpty(); }
    QString memberId() const { return m_memberId; } // the new id once created
    QString userJid() const;
    QCompleter *completer() const { return m_completer; }
    QString fieldError(const QString &field) const;

public Q_SLOTS:
    void accept() override; // saves; closes once the server agreed

Q_SIGNALS:
    void saved(const QString &memberId, const QStringList &fieldsSent);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void fillProfiles();
    QString value(const QString &field) const;
    void onJidEdited();
    void setError(const QString &field, const QString &message);
    void updateSaveButton();
    void onSaved(cms::CmsReply *reply, const QStringList &fieldsSent);
    void showServerError(const cms::CmsError &error);

    QPointer<cms::ClusterSession> m_session;
    QString m_spaceId;
    QString m_memberId;
    Values m_initial;
    QList<QPair<QString, QString>> m_profiles;
    int m_serverVersion = 0;
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
    QStringList m_permissionOrder;
    QLabel *m_generalError;
    QDialogButtonBox *m_buttons;
    QPointer<cms::CmsReply> m_saving;
};

} // namespace views
