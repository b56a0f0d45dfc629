#pragma once

#include "cluster/bridgecheck.h"
#include "cluster/clusterprofile.h"
#include "api/cmserror.h"
#include "cluster/endpointcredentialseditor.h"
#include "cluster/trustdialog.h"   // complete: the test seam signal carries it

#include <QDialog>
#include <QPointer>
#include <QUrl>

#include <optional>

class QComboBox;
class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QSpinBox;

namespace cms {
class ClusterRegistry;
class ClusterSession;
} // namespace cms

namespace models {
class EndpointListModel;
}

namespace views {

// Failover settings of one saved cluster: the ordered endpoint list (the first is the primary, the
// others are tried in order), alternates added from the discovered call bridges or typed by hand,
// each endpoint's credentials, the failback policy and the health-check interval. An alternate is
// checked before it is added (cms::BridgeCheck with the primary's credentials): an untrusted
// certificate goes through the trust dialog and is pinned. OK saves through the registry and the
// dialog closes once the registry says the save worked.
class FailoverSettingsDialog : public QDialog
{
    Q_OBJECT
public:
    FailoverSettingsDialog(cms::ClusterRegistry &registry, const QString &clusterId,
                           QWidget *parent = nullptr);
    ~FailoverSettingsDialog() override;

    models::EndpointListModel *endpointModel() const { return m_model; }

Q_SIGNALS:
    // Test seam: the trust dialog for a new alternate was opened (with open(), not exec()).
    void trustDialogOpened(views::TrustDialog *dialog);

public Q_SLOTS:
    void accept() override;
    void done(int result) override;

protected:
    void changeEvent(QEvent *event) override;

private:
    // The alternate being checked before it is added.
    struct PendingAlternate
    {
        QUrl address;
        QString name;
    };

    void buildUi();
    void retranslateUi();
    void readPrimaryPassword();
    void refreshDiscovered();
    void updateButtons();
    void showSelectedCredentials();
    int selectedRow() const;
    void selectRow(int row);

    void addAlternate();
    void checkPending();
    void onCheckFinished(cms::BridgeCheck::Outcome outcome, const cms::CmsError &error);
    void askTrust(const cms::CmsError &error);
    void finishAdding(const QString &warning);
    void showAddMessage(const QString &message);

    void moveSelected(int delta);
    void removeSelected();
    void followPrimaryChange();
    void setCredentialMode(cms::CredentialMode mode);
    void setUser(const QString &user);
    void setPassword(const QString &password);

    cms::ClusterProfile editedProfile() const;
    bool hasStoredPassword(const cms::ClusterProfile &profile, int row) const;
    EndpointCredentialsEditor::PasswordState passwordState(int row) const;
    std::optional<QString> primaryPassword() const;
    QString nameOfDiscovered(const QUrl &address) const;
    void onSaveFinished(const QString &clusterId, bool ok, const QString &message);

    cms::ClusterRegistry &m_registry;
    QPointer<cms::ClusterSession> m_session;
    cms::ClusterProfile m_profile;   // as saved when the dialog opened
    models::EndpointListModel *m_model;
    cms::BridgeCheck *m_check;

    // The primary's stored password, read once at open: alternates are checked with it, and it is
    // copied to an alternate that becomes primary (see followPrimaryChange()). Memory only.
    std::optional<QString> m_storedPrimaryPassword;
    bool m_primaryPasswordRead = false;
    // The endpoint at the top of the list, to notice when another one takes its place.
    cms::EndpointProfile m_primary;

    std::optional<PendingAlternate> m_pending;
    bool m_waitingForPassword = false;   // m_pending waits for the primary's password
    QPointer<TrustDialog> m_trustDialog;
    bool m_saving = false;

    QLabel *m_helpLabel = nullptr;
    QGroupBox *m_endpointsBox = nullptr;
    QListView *m_endpointList = nullptr;
    QPushButton *m_moveUp = nullptr;
    QPushButton *m_moveDown = nullptr;
    QPushButton *m_remove = nullptr;
    QLabel *m_discoveredLabel = nullptr;
    QComboBox *m_discovered = nullptr;
    QLabel *m_addressLabel = nullptr;
    QLineEdit *m_address = nullptr;
    QPushButton *m_add = nullptr;
    QLabel *m_addError = nullptr;
    EndpointCredentialsEditor *m_credentials = nullptr;
    QGroupBox *m_policyBox = nullptr;
    QLabel *m_failbackLabel = nullptr;
    QComboBox *m_failback = nullptr;
    QLabel *m_failbackDelayLabel = nullptr;
    QSpinBox *m_failbackDelay = nullptr;
    QLabel *m_healthIntervalLabel = nullptr;
    QSpinBox *m_healthInterval = nullptr;
    QLabel *m_saveError = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace views
