#pragma once

#include "cluster/bridgecheck.h"
#include "cluster/clusterprofile.h"
#include "api/cmserror.h"

#include <QDialog>
#include <QPointer>
#include <QUrl>

#include <optional>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace cms {
class ClusterRegistry;
} // namespace cms

namespace views {

class CertificateChangedDialog;
class TrustDialog;

// Adds a cluster or edits one: its name and its primary call bridge (address, user, password, pinned
// certificate). "Test connection" checks the bridge with cms::BridgeCheck: an untrusted certificate is
// put to the user in the trust dialog, and trusting it pins it and tests again. OK tests first when
// what is typed was not tested yet, then saves through the registry and closes once the registry says
// it is saved. Nothing is stored before that: cancelling leaves no pin and no password anywhere.
class ClusterDialog : public QDialog
{
    Q_OBJECT
    Q_MOC_INCLUDE("cluster/trustdialog.h")
    Q_MOC_INCLUDE("cluster/certificatechangeddialog.h")
public:
    explicit ClusterDialog(cms::ClusterRegistry &registry, QWidget *parent = nullptr);
    ClusterDialog(
        cms::ClusterRegistry &registry, const cms::ClusterProfile &profile, QWidget *parent = nullptr);
    ~ClusterDialog() override;

    bool isEditing() const { return m_editing; }
    // The profile as typed: the name falls back to the host; only the primary endpoint is edited.
    cms::ClusterProfile profile() const;

    // While a test or a save runs, Cancel (and Escape) abort the test instead of closing.
    void reject() override;

Q_SIGNALS:
    void trustDialogOpened(views::TrustDialog *dialog);                            // test seam
    void certificateChangedDialogOpened(views::CertificateChangedDialog *dialog);   // test seam

protected:
    bool event(QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    // What a successful test was run with; OK saves without testing again only when it still holds.
    struct Tested
    {
        QString addressKey;
        QString user;
        QString password;
        QByteArray pin;
        friend bool operator==(const Tested &, const Tested &) = default;
    };
    // AskingTrust: the test waits for the user's answer in the trust dialog.
    enum class Busy { No, ReadingPassword, Testing, AskingTrust, Saving };
    // The outcome shown under the Test button.
    enum class Result {
        None,
        Testing,
        Saving,
        Connected,
        Failed,
        Cancelled,
        NotTrusted,
        NoStoredPassword,
        Message
    };

    void buildUi();
    void retranslateUi();
    void retranslateOkButton();
    void updateState();
    void updateDynamicTexts();
    void fitToTexts();
    void validateAddress();
    void inputEdited();

    QByteArray currentPin() const;
    Tested currentInputs() const;
    bool inputsComplete() const;
    void setBusy(Busy busy);
    void showResult(Result result, const QString &message = {});

    void startTest();
    void check(const QString &password);
    void askTrust(const cms::CmsError &error);
    void keepPin(const QByteArray &sha256);
    void onCheckFinished(cms::BridgeCheck::Outcome outcome, const cms::CmsError &error,
                         const cms::SystemStatus &status);
    void openCertificateChangedDialog(const cms::CmsError &error);
    void forgetPin();
    void submit();
    void save();
    void onSaveFinished(const QString &clusterId, bool ok, const QString &message);

    cms::ClusterRegistry &m_registry;
    const bool m_editing;
    cms::ClusterProfile m_profile;       // what the dialog started from (edit) or a fresh id (add)
    QUrl m_address; // parsed from the address field; invalid while the text is not an address
    QString m_addressProblem;            // translated; empty when the address can be used
    QByteArray m_pin;                    // pinned SHA-256 of the primary, for m_pinAddressKey only
    QString m_pinAddressKey;
    Tested m_testing;                    // what the running test was started with
    std::optional<Tested> m_tested;      // the last successful test
    QString m_testedVersion;
    bool m_saveAfterTest = false;        // OK was pressed: save once the test succeeds
    Busy m_busy = Busy::No;
    int m_passwordReads = 0;             // ignores a stored-password read that was cancelled
    QString m_storedPassword;            // edit mode: read for a test; memory only, never shown
    cms::BridgeCheck *m_check = nullptr;   // child
    QPointer<TrustDialog> m_trustDialog;
    QPointer<CertificateChangedDialog> m_changedDialog;

    // The result of the last action, kept as data so retranslateUi() can say it again.
    Result m_result = Result::None;
    cms::CmsError m_lastError;           // Failed: said again in the current language
    QString m_resultMessage;             // Message: text translated by whoever produced it

    QLabel *m_nameLabel = nullptr;
    QLineEdit *m_nameEdit = nullptr;
    QLabel *m_addressLabel = nullptr;
    QLineEdit *m_addressEdit = nullptr;
    QLabel *m_addressError = nullptr;
    QLabel *m_userLabel = nullptr;
    QLineEdit *m_userEdit = nullptr;
    QLabel *m_passwordLabel = nullptr;
    QLineEdit *m_passwordEdit = nullptr;
    QLabel *m_certificateLabel = nullptr;
    QLabel *m_certificateState = nullptr;
    QPushButton *m_forgetPinButton = nullptr;
    QPushButton *m_testButton = nullptr;
    QLabel *m_testResult = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace views
