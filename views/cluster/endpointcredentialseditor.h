#pragma once

#include "cluster/clusterprofile.h"

#include <QGroupBox>

class QLabel;
class QLineEdit;
class QRadioButton;

namespace views {

// The credentials of one endpoint of a cluster, as the failover settings edit them: "same as the
// primary" or its own user and password. The primary always has its own (the radios are disabled
// for it). A password is only ever typed here, never shown back: the field stays empty and its
// placeholder says whether a password is stored, newly entered or still needed.
// The editor holds no state of its own: it reports what the user did and the dialog writes it to
// the endpoint list model.
class EndpointCredentialsEditor : public QGroupBox
{
    Q_OBJECT
public:
    // What the password field's placeholder says.
    enum class PasswordState {
        Stored,     // a password is kept in the keychain for this user on this bridge
        NewlyEntered,
        Missing,    // none stored and none typed: one must be entered before saving
    };

    explicit EndpointCredentialsEditor(QWidget *parent = nullptr);

    // Shows one endpoint (the password field is cleared).
    void showEndpoint(const cms::EndpointProfile &endpoint, bool isPrimary, PasswordState passwordState);
    // Nothing selected: everything disabled and empty.
    void clearEndpoint();
    // Updates only the password placeholder (what was typed stays).
    void setPasswordState(PasswordState passwordState);
    void focusPassword();

Q_SIGNALS:
    void modeChosen(cms::CredentialMode mode);
    void userEdited(const QString &user);
    void passwordEdited(const QString &password);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateEnabled();

    QRadioButton *m_sameAsPrimary;
    QRadioButton *m_own;
    QLabel *m_userLabel;
    QLineEdit *m_user;
    QLabel *m_passwordLabel;
    QLineEdit *m_password;
    bool m_hasEndpoint = false;
    bool m_isPrimary = false;
    PasswordState m_passwordState = PasswordState::Missing;
};

} // namespace views
