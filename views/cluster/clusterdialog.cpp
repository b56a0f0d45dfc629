#include "cluster/clusterdialog.h"

#include "cluster/certificatechangeddialog.h"
#include "cluster/certificatesummary.h"
#include "cluster/clusterregistry.h"
#include "net/connection.h"
#include "credentials/credentialstore.h"
#include "cluster/trustdialog.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFontMetrics>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace views {

namespace {

constexpr int ProbeTimeoutMs = 15000;

QLabel *wrappedLabel(QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

} // namespace

ClusterDialog::ClusterDialog(cms::ClusterRegistry &registry, QWidget *parent)
    : QDialog(parent)
    , m_registry(registry)
    , m_editing(false)
    , m_profile(cms::ClusterProfile::create({}, {}, {}))
{
    buildUi();
}

ClusterDialog::ClusterDialog(
    cms::ClusterRegistry &registry, const cms::ClusterProfile &profile, QWidget *parent)
    : QDialog(parent)
    , m_registry(registry)
    , m_editing(true)
    , m_profile(profile)
{
    if (m_profile.endpoints.isEmpty())
        m_profile.endpoints.append(cms::EndpointProfile{});
    const cms::EndpointProfile &primary = m_profile.endpoints.constFirst();
    m_pin = primary.pinnedSha256;
    m_pinAddressKey = cms::Connection::addressKey(primary.address);
    buildUi();
    m_nameEdit->setText(m_profile.name);
    m_addressEdit->setText(primary.address.authority());
    m_userEdit->setText(primary.user);
    validateAddress();
    updateState();
}

ClusterDialog::~ClusterDialog()
{
    // The check dies with the other children, after this object is gone: it must not call back.
    disconnect(m_check, nullptr, this, nullptr);
}

void ClusterDialog::buildUi()
{
    setObjectName(QStringLiteral("clusterDialog"));

    m_check = new cms::BridgeCheck(this);
    m_check->setTimeoutMs(ProbeTimeoutMs);
    connect(m_check, &cms::BridgeCheck::trustRequested, this, &ClusterDialog::askTrust);
    connect(m_check, &cms::BridgeCheck::pinned, this, &ClusterDialog::keepPin);
    connect(m_check, &cms::BridgeCheck::finished, this, &ClusterDialog::onCheckFinished);
    connect(&m_registry, &cms::ClusterRegistry::saveFinished, this, &ClusterDialog::onSaveFinished);

    m_nameLabel = new QLabel(this);
    m_nameEdit = new QLineEdit(this);
    m_nameEdit->setObjectName(QStringLiteral("nameEdit"));
    m_nameLabel->setBuddy(m_nameEdit);

    m_addressLabel = new QLabel(this);
    m_addressEdit = new QLineEdit(this);
    m_addressEdit->setObjectName(QStringLiteral("addressEdit"));
    m_addressLabel->setBuddy(m_addressEdit);
    m_addressError = wrappedLabel(this, QStringLiteral("addressError"));
    m_addressError->setVisible(false);
    auto *addressColumn = new QVBoxLayout;
    addressColumn->setContentsMargins(0, 0, 0, 0);
    addressColumn->addWidget(m_addressEdit);
    addressColumn->addWidget(m_addressError);

    m_userLabel = new QLabel(this);
    m_userEdit = new QLineEdit(this);
    m_userEdit->setObjectName(QStringLiteral("userEdit"));
    m_userLabel->setBuddy(m_userEdit);

    m_passwordLabel = new QLabel(this);
    m_passwordEdit = new QLineEdit(this);
    m_passwordEdit->setObjectName(QStringLiteral("passwordEdit"));
    m_passwordEdit->setEchoMode(QLineEdit::Password);
    m_passwordLabel->setBuddy(m_passwordEdit);

    m_certificateLabel = new QLabel(this);
    m_certificateState = wrappedLabel(this, QStringLiteral("certificateState"));
    m_certificateState->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_forgetPinButton = new QPushButton(this);
    m_forgetPinButton->setObjectName(QStringLiteral("forgetPinButton"));
    m_forgetPinButton->setAutoDefault(false);
    auto *certificateColumn = new QVBoxLayout;
    certificateColumn->setContentsMargins(0, 0, 0, 0);
    certificateColumn->addWidget(m_certificateState);
    certificateColumn->addWidget(m_forgetPinButton, 0, Qt::AlignLeading);

    auto *form = new QFormLayout;
    form->addRow(m_nameLabel, m_nameEdit);
    form->addRow(m_addressLabel, addressColumn);
    form->addRow(m_userLabel, m_userEdit);
    form->addRow(m_passwordLabel, m_passwordEdit);
    form->addRow(m_certificateLabel, certificateColumn);

    m_testButton = new QPushButton(this);
    m_testButton->setObjectName(QStringLiteral("testButton"));
    m_testButton->setAutoDefault(false);
    m_testResult = wrappedLabel(this, QStringLiteral("testResult"));
    m_testResult->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_testButton, 0, Qt::AlignTop);
    testRow->addWidget(m_testResult, 1);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("buttons"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(testRow);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    connect(m_nameEdit, &QLineEdit::textEdited, this, &ClusterDialog::updateState);
    connect(m_addressEdit, &QLineEdit::textChanged, this, [this] {
        validateAddress();
        inputEdited();
    });
    connect(m_userEdit, &QLineEdit::textChanged, this, &ClusterDialog::inputEdited);
    connect(m_passwordEdit, &QLineEdit::textChanged, this, &ClusterDialog::inputEdited);
    connect(m_testButton, &QPushButton::clicked, this, [this] {
        m_saveAfterTest = false;
        startTest();
    });
    connect(m_forgetPinButton, &QPushButton::clicked, this, &ClusterDialog::forgetPin);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ClusterDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ClusterDialog::reject);

    retranslateUi();
    updateState();
}

void ClusterDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

bool ClusterDialog::event(QEvent *event)
{
    const bool handled = QDialog::event(event);
    // QWidget::event() hands LanguageChange to the children after changeEvent(), and the button box
    // then gives its standard buttons their standard texts again: put "Add" / "Save" back.
    if (event->type() == QEvent::LanguageChange)
        retranslateOkButton();
    return handled;
}

void ClusterDialog::retranslateOkButton()
{
    m_buttons->button(QDialogButtonBox::Ok)->setText(m_editing ? tr("Save") : tr("Add"));
}

void ClusterDialog::retranslateUi()
{
    setWindowTitle(m_editing ? tr("Edit Cluster") : tr("Add Cluster"));
    m_nameLabel->setText(tr("&Name:"));
    m_addressLabel->setText(tr("&Address:"));
    m_addressEdit->setPlaceholderText(tr("cms1.example.com:445"));
    m_addressEdit->setToolTip(tr("The Web Admin address of the cluster's primary call bridge, with its port "
                                 "when it is not 443."));
    m_userLabel->setText(tr("&User:"));
    m_userEdit->setToolTip(tr("An API user of the call bridge."));
    m_passwordLabel->setText(tr("&Password:"));
    m_passwordEdit->setPlaceholderText(m_editing ? tr("Leave empty to keep the stored password") : QString());
    //: Form label: how the call bridge's TLS certificate is trusted
    m_certificateLabel->setText(tr("Certificate:"));
    m_forgetPinButton->setText(tr("Forget the pinned certificate"));
    m_forgetPinButton->setToolTip(
        tr("The next connection test asks again whether to trust the certificate the "
           "call bridge presents."));
    m_testButton->setText(tr("Test connection"));
    m_testResult->setAccessibleName(tr("Connection test result"));
    retranslateOkButton();
    validateAddress();   // its message is translated when made
    updateDynamicTexts();
    fitToTexts();
}

// Wide enough that every placeholder shows whole and the certificate note keeps to two lines, in the
// language shown (French and Arabic run longer than English).
void ClusterDialog::fitToTexts()
{
    const QFontMetrics metrics = fontMetrics();
    int fields = 0;
    for (const QLineEdit *edit : {m_nameEdit, m_addressEdit, m_userEdit, m_passwordEdit})
        fields = std::max(fields, metrics.horizontalAdvance(edit->placeholderText()));
    const int note = metrics.horizontalAdvance(m_certificateState->text()) / 2;
    const int labels = metrics.horizontalAdvance(m_certificateLabel->text()) + metrics.averageCharWidth() * 4;
    setMinimumWidth(labels + std::max({fields + metrics.averageCharWidth() * 4, note, metrics.averageCharWidth() * 40}));
}

// Texts that follow the state: said again on every change and in the current language.
void ClusterDialog::updateDynamicTexts()
{
    m_addressError->setText(m_addressProblem);
    m_nameEdit->setPlaceholderText(m_address.isValid() ? m_address.host() : tr("Production"));

    const QByteArray pin = currentPin();
    m_certificateState->setText(
        pin.isEmpty() ? tr("Trusted by this computer's certificate authorities, or asked when testing.")
                      : tr("Pinned, SHA-256 %1").arg(CertificateSummary::formatFingerprint(pin)));

    switch (m_result) {
    case Result::None:
        m_testResult->clear();
        break;
    case Result::Testing:
        m_testResult->setText(tr("Testing the connection…"));
        break;
    case Result::Saving:
        m_testResult->setText(tr("Saving…"));
        break;
    case Result::Connected:
        m_testResult->setText(m_testedVersion.isEmpty()
                                  ? tr("Connected.")
                                  : tr("Connected: the call bridge runs version %1.").arg(m_testedVersion));
        break;
    case Result::Failed:
        m_testResult->setText(m_lastError.message());
        break;
    case Result::Cancelled:
        m_testResult->setText(tr("The test was cancelled."));
        break;
    case Result::NotTrusted:
        m_testResult->setText(tr("The certificate was not trusted: the console will not connect to this call "
                                 "bridge. Nothing was saved."));
        break;
    case Result::NoStoredPassword:
        m_testResult->setText(tr("No password is stored for this cluster: type the password."));
        break;
    case Result::Message:
        m_testResult->setText(m_resultMessage);
        break;
    }
}

void ClusterDialog::validateAddress()
{
    const QString text = m_addressEdit->text();
    m_addressProblem.clear();
    m_address = {};
    if (!text.trimmed().isEmpty()) {   // an empty field only keeps OK disabled: no error before typing
        QString error;
        const QUrl url = cms::Endpoint::parseAddress(text, &error);
        if (!url.isValid()) {
            m_addressProblem = error;
        } else {
            m_address = url;
            const QString usedBy = m_registry.clusterUsingAddress(url, m_profile.id);
            const int own = m_profile.indexOfAddress(url);
            if (!usedBy.isEmpty())
                m_addressProblem = tr("This address is already used by the cluster “%1”.").arg(usedBy);
            else if (m_editing && own > 0)
                m_addressProblem = tr("This address is already an alternate call bridge of this cluster.");
        }
    }
    m_addressError->setText(m_addressProblem);
    m_addressError->setVisible(!m_addressProblem.isEmpty());
}

// Something that a test depends on changed: a result shown for the old values no longer applies.
void ClusterDialog::inputEdited()
{
    if (m_busy == Busy::No && m_result != Result::None && !(m_tested && *m_tested == currentInputs()))
        m_result = Result::None;
    updateState();
}

QByteArray ClusterDialog::currentPin() const
{
    // A pin belongs to the address it was taken for; another address starts with system trust.
    if (!m_address.isValid() || cms::Connection::addressKey(m_address) != m_pinAddressKey)
        return {};
    return m_pin;
}

ClusterDialog::Tested ClusterDialog::currentInputs() const
{
    return Tested{m_address.isValid() ? cms::Connection::addressKey(m_address) : QString(),
                  m_userEdit->text().trimmed(), m_passwordEdit->text(), currentPin()};
}

bool ClusterDialog::inputsComplete() const
{
    if (!m_address.isValid() || !m_addressProblem.isEmpty() || m_userEdit->text().trimmed().isEmpty())
        return false;
    return m_editing || !m_passwordEdit->text().isEmpty();
}

void ClusterDialog::setBusy(Busy busy)
{
    m_busy = busy;
    updateState();
}

void ClusterDialog::updateState()
{
    const bool idle = m_busy == Busy::No;
    for (QWidget *input : {static_cast<QWidget *>(m_nameEdit), static_cast<QWidget *>(m_addressEdit),
                           static_cast<QWidget *>(m_userEdit), static_cast<QWidget *>(m_passwordEdit)})
        input->setEnabled(idle);
    m_testButton->setEnabled(idle && m_address.isValid() && m_addressProblem.isEmpty()
                             && !m_userEdit->text().trimmed().isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(idle && inputsComplete());
    // A save cannot be taken back half-way; a test or a password read can.
    m_buttons->button(QDialogButtonBox::Cancel)->setEnabled(m_busy != Busy::Saving);
    m_forgetPinButton->setVisible(m_editing && !currentPin().isEmpty());
    m_forgetPinButton->setEnabled(idle);
    updateDynamicTexts();
}

void ClusterDialog::showResult(Result result, const QString &message)
{
    m_result = result;
    m_resultMessage = message;
    updateDynamicTexts();
}

void ClusterDialog::startTest()
{
    if (m_busy != Busy::No || !m_address.isValid() || !m_addressProblem.isEmpty())
        return;
    if (!m_editing || !m_passwordEdit->text().isEmpty()) {
        check(m_passwordEdit->text());
        return;
    }
    // Edit mode with an empty password: test with the stored one, read from where the cluster keeps it.
    const int read = ++m_passwordReads;
    setBusy(Busy::ReadingPassword);
    showResult(Result::Testing);
    cms::CredentialJob *job = m_registry.credentials().readPassword(m_profile.credentialKey(0));
    connect(job, &cms::CredentialJob::finished, this, [this, read](const cms::CredentialResult &result) {
        if (read != m_passwordReads || m_busy != Busy::ReadingPassword)
            return;   // cancelled meanwhile
        setBusy(Busy::No);
        if (!result.ok()) {
            m_saveAfterTest = false;
            showResult(Result::Message, result.message());
        } else if (result.notFound || result.password.isEmpty()) {
            m_saveAfterTest = false;
            showResult(Result::NoStoredPassword);
        } else {
            m_storedPassword = result.password;
            check(result.password);
        }
    });
}

void ClusterDialog::check(const QString &password)
{
    m_testing = currentInputs();
    cms::Endpoint endpoint;
    endpoint.baseUrl = m_address;
    endpoint.user = m_testing.user;
    endpoint.password = password;
    endpoint.pinnedSha256 = m_testing.pin;
    setBusy(Busy::Testing);
    showResult(Result::Testing);
    m_check->start(endpoint);
}

// The bridge showed a certificate this computer does not trust: the user answers in the trust dialog.
// OK's save, if asked, goes on once the certificate is trusted.
void ClusterDialog::askTrust(const cms::CmsError &error)
{
    setBusy(Busy::AskingTrust);
    m_lastError = error;
    showResult(Result::Failed);
    m_trustDialog = TrustDialog::ask(*m_check, error, this);
    Q_EMIT trustDialogOpened(m_trustDialog);
}

// Trusted: the pin is kept in the dialog only, until OK saves it; the check tests again with it.
void ClusterDialog::keepPin(const QByteArray &sha256)
{
    m_pin = sha256;
    m_pinAddressKey = m_testing.addressKey;
    m_testing.pin = sha256;
    setBusy(Busy::Testing);
    showResult(Result::Testing);
}

void ClusterDialog::onCheckFinished(cms::BridgeCheck::Outcome outcome, const cms::CmsError &error,
                                    const cms::SystemStatus &status)
{
    if (m_busy != Busy::Testing && m_busy != Busy::AskingTrust)
        return;
    setBusy(Busy::No);
    using Outcome = cms::BridgeCheck::Outcome;
    if (outcome != Outcome::Connected) {
        m_tested.reset();
        m_saveAfterTest = false;
        m_lastError = error;
    }
    switch (outcome) {
    case Outcome::Connected:
        m_tested = m_testing;
        m_testedVersion = status.softwareVersion;
        showResult(Result::Connected);
        if (m_saveAfterTest)
            save();
        break;
    case Outcome::Failed:
        showResult(Result::Failed);
        break;
    case Outcome::NotTrusted:
        showResult(Result::NotTrusted);
        break;
    case Outcome::CertificateChanged:
        showResult(Result::Failed);
        openCertificateChangedDialog(error);
        break;
    case Outcome::Cancelled:
        showResult(Result::Cancelled);
        break;
    }
}

void ClusterDialog::openCertificateChangedDialog(const cms::CmsError &error)
{
    auto *dialog = new CertificateChangedDialog(m_testing.pin, error.certificate, m_testing.addressKey, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_changedDialog = dialog;
    dialog->open();
    Q_EMIT certificateChangedDialogOpened(dialog);
}

void ClusterDialog::forgetPin()
{
    m_pin.clear();
    m_pinAddressKey.clear();
    m_tested.reset();
    showResult(Result::None);
    updateState();
}

void ClusterDialog::submit()
{
    if (m_busy != Busy::No)
        return;
    validateAddress();   // another cluster may have taken the address since it was typed
    updateState();
    if (!inputsComplete())
        return;
    if (m_tested && *m_tested == currentInputs()) {
        save();
        return;
    }
    m_saveAfterTest = true;
    startTest();
}

void ClusterDialog::save()
{
    m_saveAfterTest = false;
    const cms::ClusterProfile toSave = profile();
    QHash<int, QString> passwords;
    if (!m_passwordEdit->text().isEmpty() || !m_editing)
        passwords.insert(0, m_passwordEdit->text());
    else if (toSave.credentialKey(0) != m_profile.credentialKey(0) && !m_storedPassword.isEmpty())
        passwords.insert(0, m_storedPassword);   // "keep the stored password" under the new address or user
    setBusy(Busy::Saving);
    showResult(Result::Saving);
    m_registry.saveCluster(toSave, passwords);
}

void ClusterDialog::onSaveFinished(const QString &clusterId, bool ok, const QString &message)
{
    if (m_busy != Busy::Saving || clusterId != m_profile.id)
        return;
    setBusy(Busy::No);
    if (ok) {
        showResult(Result::None);
        QDialog::accept();
        return;
    }
    showResult(Result::Message, message);
}

void ClusterDialog::reject()
{
    switch (m_busy) {
    case Busy::No:
        QDialog::reject();
        return;
    case Busy::ReadingPassword:
        ++m_passwordReads;   // its answer will be ignored
        m_saveAfterTest = false;
        setBusy(Busy::No);
        showResult(Result::Cancelled);
        return;
    case Busy::Testing:
        m_check->cancel();   // finished(Cancelled) follows
        return;
    case Busy::AskingTrust:
        m_check->cancel();   // finished(Cancelled) follows; the question goes with it
        if (m_trustDialog)
            m_trustDialog->close();
        return;
    case Busy::Saving:
        return;
    }
}

cms::ClusterProfile ClusterDialog::profile() const
{
    cms::ClusterProfile out = m_profile;
    const QString name = m_nameEdit->text().trimmed();
    out.name = name.isEmpty() ? m_address.host() : name;
    if (out.endpoints.isEmpty())
        out.endpoints.append(cms::EndpointProfile{});
    cms::EndpointProfile &primary = out.endpoints.first();
    primary.address = m_address;
    primary.credentials = cms::CredentialMode::Own;
    primary.user = m_userEdit->text().trimmed();
    primary.pinnedSha256 = currentPin();
    return out;
}

} // namespace views
