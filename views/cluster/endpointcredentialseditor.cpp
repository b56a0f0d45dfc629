#include "cluster/endpointcredentialseditor.h"

#include <QButtonGroup>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace views {

EndpointCredentialsEditor::EndpointCredentialsEditor(QWidget *parent)
    : QGroupBox(parent)
    , m_sameAsPrimary(new QRadioButton(this))
    , m_own(new QRadioButton(this))
    , m_userLabel(new QLabel(this))
    , m_user(new QLineEdit(this))
    , m_passwordLabel(new QLabel(this))
    , m_password(new QLineEdit(this))
{
    setObjectName(QStringLiteral("credentialsEditor"));
    m_sameAsPrimary->setObjectName(QStringLiteral("sameAsPrimaryRadio"));
    m_own->setObjectName(QStringLiteral("ownCredentialsRadio"));
    m_user->setObjectName(QStringLiteral("userEdit"));
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_userLabel->setBuddy(m_user);
    m_passwordLabel->setBuddy(m_password);

    auto *modes = new QButtonGroup(this);
    modes->addButton(m_sameAsPrimary);
    modes->addButton(m_own);

    auto *form = new QFormLayout;
    form->addRow(m_userLabel, m_user);
    form->addRow(m_passwordLabel, m_password);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_sameAsPrimary);
    layout->addWidget(m_own);
    layout->addLayout(form);

    // toggled() also fires for programmatic changes; showEndpoint() blocks them.
    connect(m_own, &QRadioButton::toggled, this, [this](bool own) {
        updateEnabled();
        Q_EMIT modeChosen(own ? cms::CredentialMode::Own : cms::CredentialMode::SameAsPrimary);
    });
    connect(m_user, &QLineEdit::textEdited, this, &EndpointCredentialsEditor::userEdited);
    connect(m_password, &QLineEdit::textEdited, this, &EndpointCredentialsEditor::passwordEdited);

    retranslateUi();
    clearEndpoint();
}

void EndpointCredentialsEditor::showEndpoint(const cms::EndpointProfile &endpoint, bool isPrimary,
                                             PasswordState passwordState)
{
    const QSignalBlocker blockSame(m_sameAsPrimary);
    const QSignalBlocker blockOwn(m_own);
    m_hasEndpoint = true;
    m_isPrimary = isPrimary;
    m_passwordState = passwordState;
    const bool own = isPrimary || endpoint.credentials == cms::CredentialMode::Own;
    (own ? m_own : m_sameAsPrimary)->setChecked(true);
    if (m_user->text() != endpoint.user)
        m_user->setText(endpoint.user);
    m_password->clear();
    updateEnabled();
    retranslateUi();
}

void EndpointCredentialsEditor::clearEndpoint()
{
    const QSignalBlocker blockSame(m_sameAsPrimary);
    const QSignalBlocker blockOwn(m_own);
    m_hasEndpoint = false;
    m_isPrimary = false;
    m_sameAsPrimary->setChecked(true);
    m_user->clear();
    m_password->clear();
    updateEnabled();
    retranslateUi();
}

void EndpointCredentialsEditor::setPasswordState(PasswordState passwordState)
{
    m_passwordState = passwordState;
    retranslateUi();
}

void EndpointCredentialsEditor::focusPassword()
{
    m_password->setFocus(Qt::OtherFocusReason);
}

void EndpointCredentialsEditor::updateEnabled()
{
    m_sameAsPrimary->setEnabled(m_hasEndpoint && !m_isPrimary);
    m_own->setEnabled(m_hasEndpoint && !m_isPrimary);
    const bool own = m_hasEndpoint && m_own->isChecked();
    m_user->setEnabled(own);
    m_password->setEnabled(own);
    m_userLabel->setEnabled(own);
    m_passwordLabel->setEnabled(own);
}

void EndpointCredentialsEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QGroupBox::changeEvent(event);
}

void EndpointCredentialsEditor::retranslateUi()
{
    setTitle(tr("Credentials of the selected call bridge"));
    m_sameAsPrimary->setText(tr("&Same as the primary"));
    m_own->setText(tr("&Own user and password"));
    m_userLabel->setText(tr("&User:"));
    m_passwordLabel->setText(tr("&Password:"));
    if (!m_hasEndpoint || !m_own->isChecked()) {
        m_password->setPlaceholderText(QString());
        return;
    }
    switch (m_passwordState) {
    case PasswordState::Stored:
        //: Placeholder of the password field: the stored password is kept unless a new one is typed.
        m_password->setPlaceholderText(tr("Unchanged"));
        break;
    case PasswordState::NewlyEntered:
        //: Placeholder of the password field: a new password was typed (it is never shown back).
        m_password->setPlaceholderText(tr("New password entered"));
        break;
    case PasswordState::Missing:
        //: Placeholder of the password field: a password must be typed.
        m_password->setPlaceholderText(tr("Required"));
        break;
    }
}

} // namespace views
