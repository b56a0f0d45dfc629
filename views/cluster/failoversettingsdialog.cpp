#include "cluster/failoversettingsdialog.h"

#include "cluster/clusterregistry.h"
#include "cluster/clustersession.h"
#include "net/connection.h"
#include "credentials/credentialstore.h"
#include "cluster/endpointcredentialseditor.h"
#include "cluster/endpointlistmodel.h"
#include "common/secondsspinbox.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace views {

namespace {

// One call bridge, however its address is written (the Connection::addressKey rule).
bool sameBridge(const QUrl &a, const QUrl &b)
{
    return cms::Connection::addressKey(a) == cms::Connection::addressKey(b);
}

QString shownAddress(const QUrl &address)
{
    return address.toDisplayString();
}

QString shownEndpoint(const cms::EndpointProfile &endpoint)
{
    return endpoint.name.isEmpty() ? shownAddress(endpoint.address) : endpoint.name;
}

constexpr int MaxFailbackDelaySeconds = 24 * 3600;

} // namespace

FailoverSettingsDialog::FailoverSettingsDialog(cms::ClusterRegistry &registry, const QString &clusterId,
                                               QWidget *parent)
    : QDialog(parent)
    , m_registry(registry)
    , m_model(new models::EndpointListModel(this))
    , m_check(new cms::BridgeCheck(this))
{
    setObjectName(QStringLiteral("failoverSettingsDialog"));
    m_session = registry.session(registry.indexOf(clusterId));
    if (m_session)
        m_profile = m_session->profile();
    else
        m_profile.id = clusterId;
    m_model->setEndpoints(m_profile.endpoints);
    m_primary = m_profile.endpoints.value(0);

    buildUi();
    m_failback->setCurrentIndex(qMax(0, m_failback->findData(int(m_profile.failback))));
    m_failbackDelay->setValue(m_profile.failbackDelaySeconds);
    m_healthInterval->setValue(m_profile.healthCheckIntervalSeconds);

    connect(m_endpointList->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] {
        showSelectedCredentials();
        updateButtons();
    });
    // Rows move by the buttons and by drag and drop (the model's own MIME type); whichever way,
    // the same follow-up: who is primary now, what is left to propose, what may be pressed.
    const auto rowsChanged = [this] {
        followPrimaryChange();
        refreshDiscovered();
        showSelectedCredentials();
        updateButtons();
    };
    connect(m_model, &QAbstractItemModel::rowsMoved, this, rowsChanged);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, rowsChanged);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, rowsChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, rowsChanged);

    connect(m_moveUp, &QPushButton::clicked, this, [this] { moveSelected(-1); });
    connect(m_moveDown, &QPushButton::clicked, this, [this] { moveSelected(+1); });
    connect(m_remove, &QPushButton::clicked, this, &FailoverSettingsDialog::removeSelected);
    connect(m_add, &QPushButton::clicked, this, &FailoverSettingsDialog::addAlternate);
    // Choosing a discovered bridge means "this one", not the address typed earlier.
    connect(m_discovered, &QComboBox::activated, m_address, &QLineEdit::clear);
    connect(m_credentials, &EndpointCredentialsEditor::modeChosen, this,
            &FailoverSettingsDialog::setCredentialMode);
    connect(m_credentials, &EndpointCredentialsEditor::userEdited, this, &FailoverSettingsDialog::setUser);
    connect(m_credentials, &EndpointCredentialsEditor::passwordEdited, this,
            &FailoverSettingsDialog::setPassword);
    connect(m_failback, &QComboBox::currentIndexChanged, this, &FailoverSettingsDialog::updateButtons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &FailoverSettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &FailoverSettingsDialog::reject);
    connect(m_check, &cms::BridgeCheck::trustRequested, this, &FailoverSettingsDialog::askTrust);
    connect(m_check, &cms::BridgeCheck::finished, this,
            [this](cms::BridgeCheck::Outcome outcome, const cms::CmsError &error) {
                onCheckFinished(outcome, error);
            });
    connect(&m_registry, &cms::ClusterRegistry::saveFinished, this, &FailoverSettingsDialog::onSaveFinished);
    if (m_session)
        connect(m_session, &cms::ClusterSession::discoveryFinished, this,
                &FailoverSettingsDialog::refreshDiscovered);

    retranslateUi();   // also fills the discovered bridges
    selectRow(0);
    updateButtons();
    readPrimaryPassword();
}

FailoverSettingsDialog::~FailoverSettingsDialog() = default;

void FailoverSettingsDialog::buildUi()
{
    m_helpLabel = new QLabel(this);
    m_helpLabel->setObjectName(QStringLiteral("helpLabel"));
    m_helpLabel->setWordWrap(true);

    m_endpointsBox = new QGroupBox(this);
    m_endpointList = new QListView(m_endpointsBox);
    m_endpointList->setObjectName(QStringLiteral("endpointList"));
    m_endpointList->setModel(m_model);
    m_endpointList->setSelectionMode(QAbstractItemView::SingleSelection);
    m_endpointList->setDragDropMode(QAbstractItemView::InternalMove);
    m_endpointList->setDefaultDropAction(Qt::MoveAction);
    m_endpointList->setDropIndicatorShown(true);
    m_moveUp = new QPushButton(m_endpointsBox);
    m_moveUp->setObjectName(QStringLiteral("moveUpButton"));
    m_moveDown = new QPushButton(m_endpointsBox);
    m_moveDown->setObjectName(QStringLiteral("moveDownButton"));
    m_remove = new QPushButton(m_endpointsBox);
    m_remove->setObjectName(QStringLiteral("removeButton"));
    for (QPushButton *button : {m_moveUp, m_moveDown, m_remove})
        button->setAutoDefault(false);

    m_discoveredLabel = new QLabel(m_endpointsBox);
    m_discovered = new QComboBox(m_endpointsBox);
    m_discovered->setObjectName(QStringLiteral("discoveredCombo"));
    m_discovered->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_discoveredLabel->setBuddy(m_discovered);
    m_addressLabel = new QLabel(m_endpointsBox);
    m_address = new QLineEdit(m_endpointsBox);
    m_address->setObjectName(QStringLiteral("addressEdit"));
    m_addressLabel->setBuddy(m_address);
    m_add = new QPushButton(m_endpointsBox);
    m_add->setObjectName(QStringLiteral("addButton"));
    m_add->setAutoDefault(false);
    m_addError = new QLabel(m_endpointsBox);
    m_addError->setObjectName(QStringLiteral("addError"));
    m_addError->setWordWrap(true);
    m_addError->setTextFormat(Qt::PlainText);

    auto *orderButtons = new QVBoxLayout;
    orderButtons->addWidget(m_moveUp);
    orderButtons->addWidget(m_moveDown);
    orderButtons->addWidget(m_remove);
    orderButtons->addStretch();
    auto *addRow = new QGridLayout;
    addRow->addWidget(m_discoveredLabel, 0, 0);
    addRow->addWidget(m_discovered, 0, 1);
    addRow->addWidget(m_addressLabel, 1, 0);
    addRow->addWidget(m_address, 1, 1);
    addRow->addWidget(m_add, 1, 2);
    addRow->setColumnStretch(1, 1);
    auto *listRow = new QHBoxLayout;
    listRow->addWidget(m_endpointList, 1);
    listRow->addLayout(orderButtons);
    auto *endpointsLayout = new QVBoxLayout(m_endpointsBox);
    endpointsLayout->addLayout(listRow);
    endpointsLayout->addLayout(addRow);
    endpointsLayout->addWidget(m_addError);

    m_credentials = new EndpointCredentialsEditor(this);

    m_policyBox = new QGroupBox(this);
    m_failbackLabel = new QLabel(m_policyBox);
    m_failback = new QComboBox(m_policyBox);
    m_failback->setObjectName(QStringLiteral("failbackCombo"));
    m_failback->addItem(QString(), int(cms::FailbackPolicy::Stay));
    m_failback->addItem(QString(), int(cms::FailbackPolicy::ReturnToPrimary));
    m_failbackLabel->setBuddy(m_failback);
    m_failbackDelayLabel = new QLabel(m_policyBox);
    m_failbackDelay = new SecondsSpinBox(m_policyBox);
    m_failbackDelay->setObjectName(QStringLiteral("failbackDelaySpin"));
    m_failbackDelay->setRange(0, MaxFailbackDelaySeconds);
    m_failbackDelayLabel->setBuddy(m_failbackDelay);
    m_healthIntervalLabel = new QLabel(m_policyBox);
    m_healthInterval = new SecondsSpinBox(m_policyBox);
    m_healthInterval->setObjectName(QStringLiteral("healthIntervalSpin"));
    m_healthInterval->setRange(cms::ClusterProfile::MinHealthCheckIntervalSeconds,
                               cms::ClusterProfile::MaxHealthCheckIntervalSeconds);
    m_healthIntervalLabel->setBuddy(m_healthInterval);
    auto *policyLayout = new QFormLayout(m_policyBox);
    policyLayout->addRow(m_failbackLabel, m_failback);
    policyLayout->addRow(m_failbackDelayLabel, m_failbackDelay);
    policyLayout->addRow(m_healthIntervalLabel, m_healthInterval);

    m_saveError = new QLabel(this);
    m_saveError->setObjectName(QStringLiteral("saveError"));
    m_saveError->setWordWrap(true);
    m_saveError->setTextFormat(Qt::PlainText);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("buttons"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_helpLabel);
    layout->addWidget(m_endpointsBox, 1);
    layout->addWidget(m_credentials);
    layout->addWidget(m_policyBox);
    layout->addWidget(m_saveError);
    layout->addWidget(m_buttons);
}

void FailoverSettingsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void FailoverSettingsDialog::retranslateUi()
{
    setWindowTitle(tr("Failover Settings of %1").arg(m_profile.name));
    m_helpLabel->setText(tr("Failover moves only the console's own traffic to the next call bridge of this "
                            "list; Cisco Meeting Server itself never moves a running meeting off a failed "
                            "call bridge."));
    m_endpointsBox->setTitle(tr("Call bridges in the order they are tried (the first is the primary)"));
    m_endpointList->setAccessibleName(tr("Call bridges in failover order"));
    m_endpointList->setAccessibleDescription(m_endpointsBox->title());
    m_moveUp->setText(tr("Move &Up"));
    m_moveDown->setText(tr("Move &Down"));
    m_remove->setText(tr("&Remove"));
    //: Label of the list of call bridges found in the cluster that can be added as alternates.
    m_discoveredLabel->setText(tr("Disco&vered:"));
    m_discovered->setPlaceholderText(tr("No other call bridge discovered"));
    //: Label of a field where an alternate's address is typed instead of chosen from the discovered ones.
    m_addressLabel->setText(tr("Or a&ddress:"));
    m_address->setPlaceholderText(tr("cms2.example.com:445"));
    //: Button: adds the chosen call bridge to the failover list.
    m_add->setText(tr("&Add"));
    m_policyBox->setTitle(tr("Failover policy"));
    m_failbackLabel->setText(tr("When the primary answers again:"));
    m_failback->setItemText(0, tr("Stay on the call bridge that took over"));
    m_failback->setItemText(1, tr("Return to the primary"));
    m_failbackDelayLabel->setText(tr("Return once it has answered for:"));
    m_healthIntervalLabel->setText(tr("Check each call bridge every:"));
    refreshDiscovered();
}

void FailoverSettingsDialog::readPrimaryPassword()
{
    const cms::CredentialKey key
        = m_profile.endpoints.isEmpty() ? cms::CredentialKey() : m_profile.credentialKey(0);
    if (!key.isValid()) {
        m_primaryPasswordRead = true;
        return;
    }
    cms::CredentialJob *job = m_registry.credentials().readPassword(key);
    connect(job, &cms::CredentialJob::finished, this, [this](const cms::CredentialResult &result) {
        m_primaryPasswordRead = true;
        if (result.ok() && !result.notFound)
            m_storedPrimaryPassword = result.password;
        if (m_waitingForPassword) {
            m_waitingForPassword = false;
            checkPending();
        }
    });
}

std::optional<QString> FailoverSettingsDialog::primaryPassword() const
{
    const QString typed = m_model->passwords().value(0);
    if (!typed.isEmpty())
        return typed;
    // The stored password belongs to the primary the dialog opened with, under its user.
    if (m_model->rowCount() > 0 && !m_profile.endpoints.isEmpty()) {
        const cms::EndpointProfile &now = m_model->endpoint(0);
        const cms::EndpointProfile &saved = m_profile.endpoints.first();
        if (sameBridge(now.address, saved.address) && now.user == saved.user)
            return m_storedPrimaryPassword;
    }
    return std::nullopt;
}

void FailoverSettingsDialog::refreshDiscovered()
{
    const QUrl current = m_discovered->currentData().toUrl();
    m_discovered->clear();
    if (!m_session)
        return;
    for (const cms::DiscoveredBridge &bridge : m_session->discoveredBridges()) {
        if (bridge.address.isEmpty() || m_model->indexOfAddress(bridge.address) >= 0
            || m_discovered->findData(bridge.address) >= 0)
            continue;
        const QString text = bridge.name.isEmpty()
            ? shownAddress(bridge.address)
            //: A discovered call bridge: %1 its name, %2 its address.
            : tr("%1 (%2)").arg(bridge.name, shownAddress(bridge.address));
        m_discovered->addItem(text, bridge.address);
    }
    const int again = m_discovered->findData(current);
    m_discovered->setCurrentIndex(again >= 0 ? again : (m_discovered->count() > 0 ? 0 : -1));
}

QString FailoverSettingsDialog::nameOfDiscovered(const QUrl &address) const
{
    if (!m_session)
        return {};
    for (const cms::DiscoveredBridge &bridge : m_session->discoveredBridges()) {
        if (!bridge.address.isEmpty() && sameBridge(bridge.address, address))
            return bridge.name;
    }
    return {};
}

int FailoverSettingsDialog::selectedRow() const
{
    const QModelIndex current = m_endpointList->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void FailoverSettingsDialog::selectRow(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    m_endpointList->selectionModel()->setCurrentIndex(m_model->index(row),
                                                      QItemSelectionModel::ClearAndSelect);
}

void FailoverSettingsDialog::updateButtons()
{
    const int row = selectedRow();
    const int count = m_model->rowCount();
    m_moveUp->setEnabled(row > 0);
    m_moveDown->setEnabled(row >= 0 && row < count - 1);
    m_remove->setEnabled(row > 0);   // the primary is replaced by moving another one to the top
    const bool adding = m_pending.has_value();
    m_add->setEnabled(!adding && !m_saving);
    m_discovered->setEnabled(!adding);
    m_address->setEnabled(!adding);
    const bool returns = m_failback->currentData().toInt() == int(cms::FailbackPolicy::ReturnToPrimary);
    m_failbackDelay->setEnabled(returns);
    m_failbackDelayLabel->setEnabled(returns);
    // A bridge being checked would be lost by saving now; saving twice at once makes no sense.
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!adding && !m_saving);
}

EndpointCredentialsEditor::PasswordState FailoverSettingsDialog::passwordState(int row) const
{
    if (m_model->data(m_model->index(row), models::EndpointListModel::HasNewPasswordRole).toBool())
        return EndpointCredentialsEditor::PasswordState::NewlyEntered;
    if (hasStoredPassword(editedProfile(), row))
        return EndpointCredentialsEditor::PasswordState::Stored;
    return EndpointCredentialsEditor::PasswordState::Missing;
}

void FailoverSettingsDialog::showSelectedCredentials()
{
    const int row = selectedRow();
    if (row < 0) {
        m_credentials->clearEndpoint();
        return;
    }
    m_credentials->showEndpoint(m_model->endpoint(row), row == 0, passwordState(row));
}

bool FailoverSettingsDialog::hasStoredPassword(const cms::ClusterProfile &profile, int row) const
{
    const cms::CredentialKey key = profile.credentialKey(row);
    return key.isValid() && m_registry.credentials().storedKeys(key.cluster).contains(key);
}

// --- Adding an alternate -------------------------------------------------------------------------

void FailoverSettingsDialog::addAlternate()
{
    if (m_pending || m_saving)
        return;
    QString text = m_address->text().trimmed();
    if (text.isEmpty())
        text = m_discovered->currentData().toUrl().toString();
    if (text.isEmpty()) {
        showAddMessage(tr("Choose a discovered call bridge or type an address."));
        return;
    }
    QString parseError;
    const QUrl address = cms::Endpoint::parseAddress(text, &parseError);
    if (!address.isValid()) {
        showAddMessage(parseError);
        return;
    }
    if (m_model->indexOfAddress(address) >= 0) {
        showAddMessage(tr("%1 is already a call bridge of this cluster; each one is listed once.")
                           .arg(shownAddress(address)));
        return;
    }
    const QString otherCluster = m_registry.clusterUsingAddress(address, m_profile.id);
    if (!otherCluster.isEmpty()) {
        showAddMessage(tr("%1 is already a call bridge of the cluster “%2”; a call bridge belongs to one "
                          "cluster only.")
                           .arg(shownAddress(address), otherCluster));
        return;
    }
    m_pending = PendingAlternate{address, nameOfDiscovered(address)};
    updateButtons();
    showAddMessage(tr("Checking %1…").arg(shownAddress(address)));
    if (!m_primaryPasswordRead) {
        m_waitingForPassword = true;   // readPrimaryPassword() goes on
        return;
    }
    checkPending();
}

void FailoverSettingsDialog::checkPending()
{
    if (!m_pending)
        return;
    // Checked with the primary's credentials: a new alternate starts as "same as the primary".
    cms::Endpoint endpoint;
    endpoint.baseUrl = m_pending->address;
    endpoint.user = m_model->rowCount() > 0 ? m_model->endpoint(0).user.trimmed() : QString();
    endpoint.password = primaryPassword().value_or(QString());
    m_check->start(endpoint);
}

void FailoverSettingsDialog::onCheckFinished(cms::BridgeCheck::Outcome outcome, const cms::CmsError &error)
{
    if (!m_pending)
        return;
    const QString shown = shownAddress(m_pending->address);
    using Outcome = cms::BridgeCheck::Outcome;
    switch (outcome) {
    case Outcome::Connected:
        finishAdding({});
        return;
    case Outcome::Failed:
        // Down, wrong credentials…: it may well be right for later (a bridge in maintenance, its own
        // credentials still to be entered), so it is added and the user is told.
        //: %1 a call bridge's address, %2 why (a full sentence).
        finishAdding(tr("%1 was added, but it does not answer now: %2").arg(shown, error.message()));
        return;
    case Outcome::Cancelled:
        showAddMessage({});
        break;
    case Outcome::NotTrusted:
        showAddMessage(tr("%1 was not added: its certificate is not trusted.").arg(shown));
        break;
    case Outcome::CertificateChanged:
        // It showed another certificate than the one just trusted: never add that.
        //: %1 a call bridge's address, %2 why (a full sentence).
        showAddMessage(tr("%1 was not added: %2").arg(shown, error.message()));
        break;
    }
    m_pending.reset();
    updateButtons();
}

void FailoverSettingsDialog::askTrust(const cms::CmsError &error)
{
    m_trustDialog = TrustDialog::ask(*m_check, error, this);
    Q_EMIT trustDialogOpened(m_trustDialog);
}

// The bridge checked is added, with the certificate trusted during the check pinned.
void FailoverSettingsDialog::finishAdding(const QString &warning)
{
    cms::EndpointProfile endpoint;
    endpoint.address = m_pending->address;
    endpoint.name = m_pending->name;
    endpoint.credentials = cms::CredentialMode::SameAsPrimary;
    endpoint.pinnedSha256 = m_check->endpoint().pinnedSha256;
    m_pending.reset();
    updateButtons();
    const int row = m_model->addEndpoint(endpoint);
    if (row < 0) {
        showAddMessage(tr("%1 is already a call bridge of this cluster; each one is listed once.")
                           .arg(shownAddress(endpoint.address)));
        return;
    }
    m_address->clear();
    showAddMessage(warning);
    selectRow(row);
}

void FailoverSettingsDialog::showAddMessage(const QString &message)
{
    m_addError->setText(message);
}

// --- Order and credentials ------------------------------------------------------------------------

void FailoverSettingsDialog::moveSelected(int delta)
{
    const int row = selectedRow();
    const int to = row + delta;
    if (row < 0 || to < 0 || to >= m_model->rowCount())
        return;
    if (m_model->moveEndpoint(row, to))
        selectRow(to);
}

void FailoverSettingsDialog::removeSelected()
{
    const int row = selectedRow();
    if (row <= 0 || !m_model->removeEndpoint(row))
        return;
    selectRow(qMin(row, m_model->rowCount() - 1));
}

// When another endpoint reaches the top, it becomes the primary, and the primary always has its own
// credentials. The rule keeps every bridge authenticating exactly as before the move:
// - an endpoint that used "same as the primary" becomes Own with the old primary's user, and the old
//   primary's password (typed in this dialog, else the stored one) is given to it, to be saved under
//   its own keychain entry. When that password is not known (the keychain did not answer), the
//   field says "Required" and OK asks for it;
// - an endpoint that already had its own credentials keeps them;
// - the old primary keeps its own user and its own keychain entry, as an alternate with Own.
// The other alternates with "same as the primary" now use the new primary's credentials, which are
// the same user and password.
void FailoverSettingsDialog::followPrimaryChange()
{
    if (m_model->rowCount() == 0)
        return;
    const cms::EndpointProfile top = m_model->endpoint(0);
    if (sameBridge(top.address, m_primary.address)) {
        m_primary = top;
        return;
    }
    if (top.credentials == cms::CredentialMode::SameAsPrimary) {
        cms::EndpointProfile promoted = top;
        promoted.credentials = cms::CredentialMode::Own;
        promoted.user = m_primary.user;
        // The old primary's password, read before the new one is written (setEndpoint may move nothing).
        QString password;
        const int oldRow = m_model->indexOfAddress(m_primary.address);
        if (oldRow >= 0)
            password = m_model->passwords().value(oldRow);
        if (password.isEmpty() && !m_profile.endpoints.isEmpty()
            && sameBridge(m_profile.endpoints.first().address, m_primary.address)
            && m_profile.endpoints.first().user == m_primary.user)
            password = m_storedPrimaryPassword.value_or(QString());
        m_model->setEndpoint(0, promoted);
        if (!password.isEmpty())
            m_model->setPassword(0, password);
    }
    m_primary = m_model->endpoint(0);
}

void FailoverSettingsDialog::setCredentialMode(cms::CredentialMode mode)
{
    const int row = selectedRow();
    if (row <= 0)   // the primary always has its own
        return;
    cms::EndpointProfile endpoint = m_model->endpoint(row);
    if (endpoint.credentials == mode)
        return;
    endpoint.credentials = mode;
    if (mode == cms::CredentialMode::Own) {
        if (endpoint.user.isEmpty())
            endpoint.user = m_model->endpoint(0).user;
    } else {
        endpoint.user.clear();
        m_model->setPassword(row, QString());
    }
    m_model->setEndpoint(row, endpoint);
    showSelectedCredentials();
}

void FailoverSettingsDialog::setUser(const QString &user)
{
    const int row = selectedRow();
    if (row < 0)
        return;
    cms::EndpointProfile endpoint = m_model->endpoint(row);
    endpoint.user = user;
    m_model->setEndpoint(row, endpoint);
    if (row == 0)
        m_primary = m_model->endpoint(0);
    m_credentials->setPasswordState(passwordState(row));   // another user, maybe another keychain entry
}

void FailoverSettingsDialog::setPassword(const QString &password)
{
    const int row = selectedRow();
    if (row < 0)
        return;
    m_model->setPassword(row, password);
    m_credentials->setPasswordState(passwordState(row));
}

// --- Saving -------------------------------------------------------------------------------------------

cms::ClusterProfile FailoverSettingsDialog::editedProfile() const
{
    cms::ClusterProfile profile = m_profile;
    profile.endpoints = m_model->endpoints();
    for (cms::EndpointProfile &endpoint : profile.endpoints)
        endpoint.user = endpoint.user.trimmed();
    if (!profile.endpoints.isEmpty())
        profile.endpoints.first().credentials = cms::CredentialMode::Own;
    profile.failback = cms::FailbackPolicy(m_failback->currentData().toInt());
    profile.failbackDelaySeconds = m_failbackDelay->value();
    profile.healthCheckIntervalSeconds = m_healthInterval->value();
    return profile;
}

void FailoverSettingsDialog::accept()
{
    if (m_saving || m_pending)
        return;
    if (!m_session || m_model->rowCount() == 0) {
        m_saveError->setText(tr("This cluster is no longer known; nothing was saved."));
        return;
    }
    const cms::ClusterProfile profile = editedProfile();
    const QHash<int, QString> typed = m_model->passwords();
    QHash<int, QString> passwords;
    for (int row = 0; row < profile.endpoints.size(); ++row) {
        const cms::EndpointProfile &endpoint = profile.endpoints.at(row);
        if (row > 0 && endpoint.credentials == cms::CredentialMode::SameAsPrimary)
            continue;
        if (endpoint.user.isEmpty()) {
            selectRow(row);
            m_saveError->setText(tr("Enter the user for %1.").arg(shownEndpoint(endpoint)));
            return;
        }
        if (typed.value(row).isEmpty() && !hasStoredPassword(profile, row)) {
            selectRow(row);
            m_credentials->focusPassword();
            m_saveError->setText(tr("Enter the password for %1.").arg(shownEndpoint(endpoint)));
            return;
        }
        if (!typed.value(row).isEmpty())
            passwords.insert(row, typed.value(row));
    }
    m_saving = true;
    updateButtons();
    m_saveError->setText(tr("Saving…"));
    m_registry.saveCluster(profile, passwords);
}

void FailoverSettingsDialog::onSaveFinished(const QString &clusterId, bool ok, const QString &message)
{
    if (!m_saving || clusterId != m_profile.id)
        return;
    m_saving = false;
    updateButtons();
    if (ok) {
        m_saveError->clear();
        QDialog::accept();
        return;
    }
    m_saveError->setText(message.isEmpty() ? tr("The failover settings could not be saved.") : message);
}

void FailoverSettingsDialog::done(int result)
{
    // Whatever was being checked is dropped with the dialog.
    m_pending.reset();
    m_waitingForPassword = false;
    m_check->cancel();
    if (m_trustDialog)
        m_trustDialog->reject();
    QDialog::done(result);
}

} // namespace views
