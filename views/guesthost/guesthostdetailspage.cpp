#include "guesthost/guesthostdetailspage.h"

#include "cluster/clustersession.h"
#include "common/displayformat.h"
#include "common/secondsspinbox.h"
#include "guesthost/guesthostwizard.h"
#include "operations/guesthostoperation.h"
#include "spaces/usercompletionmodel.h"

#include <QComboBox>
#include <QCompleter>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QTimer>
#include <QVBoxLayout>

namespace views {

namespace {

using Pattern = cms::GuestHostSettings::Pattern;
namespace Field = cms::GuestHostField;

// Matches anywhere in "Name <jid>" but inserts the JID alone.
class JidCompleter : public QCompleter
{
public:
    using QCompleter::QCompleter;
    QString pathFromIndex(const QModelIndex &index) const override
    {
        return index.data(models::UserCompletionModel::JidRole).toString();
    }
};

} // namespace

GuestHostDetailsPage::GuestHostDetailsPage(GuestHostWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_form(new QFormLayout)
    , m_intro(new QLabel(this))
    , m_status(new QLabel(this))
    , m_passcodeMode(new QComboBox(this))
    , m_passcodeTimeout(new SecondsSpinBox(this))
    , m_deactivationMode(new QComboBox(this))
    , m_clusterTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("guestHostDetailsPage"));
    m_intro->setObjectName(QStringLiteral("detailsIntro"));
    m_intro->setWordWrap(true);
    m_status->setObjectName(QStringLiteral("detailsStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);

    m_spaceName = addLine(Field::spaceName, false);
    m_spaceUri = addLine(Field::spaceUri, false);
    m_spaceCallId = addLine(Field::spaceCallId, false);
    m_hostUri = addLine(Field::hostUri, false);
    m_hostCallId = addLine(Field::hostCallId, false);
    m_guestPin = addLine(Field::guestPin, true);
    m_hostPin = addLine(Field::hostPin, true);
    m_passcodeMode->setObjectName(QStringLiteral("passcodeModeEdit"));
    m_passcodeMode->addItem(QString(), QStringLiteral("required"));
    m_passcodeMode->addItem(QString(), QStringLiteral("timeout"));
    addRow(Field::passcodeMode, m_passcodeMode);
    m_passcodeTimeout->setObjectName(QStringLiteral("passcodeTimeoutEdit"));
    m_passcodeTimeout->setRange(1, 60);
    m_passcodeTimeout->setValue(5);
    addRow(Field::passcodeTimeout, m_passcodeTimeout);
    m_hostJid = addLine(Field::hostJid, false);
    m_deactivationMode->setObjectName(QStringLiteral("deactivationModeEdit"));
    for (const char *mode : {"deactivate", "disconnect", "remainActivated"})
        m_deactivationMode->addItem(QString(), QString::fromLatin1(mode));
    addRow(Field::deactivationMode, m_deactivationMode);

    if (auto *users = models::UserCompletionModel::forSession(wizard->session())) {
        m_completer = new JidCompleter(users, this);
        m_completer->setObjectName(QStringLiteral("hostUserCompleter"));
        m_completer->setCaseSensitivity(Qt::CaseInsensitive);
        m_completer->setFilterMode(Qt::MatchContains);
        m_completer->setMaxVisibleItems(12);
        m_hostJid->setCompleter(m_completer);
    }

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(m_form);
    layout->addStretch(1);
    layout->addWidget(m_status);

    connect(m_passcodeMode, &QComboBox::currentIndexChanged, this, &GuestHostDetailsPage::valuesChanged);
    connect(m_passcodeTimeout, &QSpinBox::valueChanged, this, &GuestHostDetailsPage::valuesChanged);
    connect(m_deactivationMode, &QComboBox::currentIndexChanged, this, &GuestHostDetailsPage::valuesChanged);
    // The cluster is asked a moment after typing stops, not on every key.
    m_clusterTimer->setSingleShot(true);
    m_clusterTimer->setInterval(600);
    connect(m_clusterTimer, &QTimer::timeout, this, &GuestHostDetailsPage::checkCluster);
    retranslateUi();
}

GuestHostDetailsPage::~GuestHostDetailsPage() = default;

QLineEdit *GuestHostDetailsPage::addLine(QStringView field, bool secret)
{
    auto *edit = new QLineEdit(this);
    edit->setObjectName(field.toString() + QLatin1String("Edit"));
    if (secret)
        edit->setEchoMode(QLineEdit::Password);
    connect(edit, &QLineEdit::textChanged, this, &GuestHostDetailsPage::valuesChanged);
    const QString name = field.toString();
    connect(edit, &QLineEdit::editingFinished, this, [this, name] {
        m_touched.insert(name, true);
        showIssues();
    });
    addRow(field, edit);
    return edit;
}

void GuestHostDetailsPage::addRow(QStringView field, QWidget *editor)
{
    Row row;
    row.field = field.toString();
    row.label = new QLabel(this);
    row.label->setBuddy(editor);
    row.editor = editor;
    row.error = new QLabel(this);
    row.error->setObjectName(field.toString() + QLatin1String("Error"));
    row.error->setWordWrap(true);
    row.error->setTextFormat(Qt::PlainText);
    QPalette palette = row.error->palette();
    palette.setColor(QPalette::WindowText, QColor(0xc0, 0x1c, 0x28));
    row.error->setPalette(palette);
    row.error->hide();
    row.container = new QWidget(this);
    auto *column = new QVBoxLayout(row.container);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(2);
    column->addWidget(editor);
    column->addWidget(row.error);
    m_form->addRow(row.label, row.container);
    m_rows.append(row);
}

GuestHostDetailsPage::Row *GuestHostDetailsPage::row(QStringView field)
{
    for (Row &row : m_rows) {
        if (row.field == field)
            return &row;
    }
    return nullptr;
}

const GuestHostDetailsPage::Row *GuestHostDetailsPage::row(QStringView field) const
{
    for (const Row &row : m_rows) {
        if (row.field == field)
            return &row;
    }
    return nullptr;
}

QWidget *GuestHostDetailsPage::editor(QStringView field) const
{
    const Row *found = row(field);
    return found ? found->editor : nullptr;
}

QLabel *GuestHostDetailsPage::errorLabel(QStringView field) const
{
    const Row *found = row(field);
    return found ? found->error : nullptr;
}

bool GuestHostDetailsPage::isCheckingCluster() const
{
    return m_clusterTimer->isActive() || m_clusterCheck;
}

// Which fields the chosen pattern uses, for one space or for many.
bool GuestHostDetailsPage::isShown(QStringView field) const
{
    const Pattern pattern = m_wizard->form().pattern;
    if (field == Field::spaceName)
        return m_wizard->isNewSpace();
    if (field == Field::spaceUri || field == Field::spaceCallId)
        return !m_wizard->isMany();
    if (field == Field::hostUri)
        return pattern == Pattern::DifferentUri;
    if (field == Field::hostCallId)
        return pattern != Pattern::HostIsMember;
    if (field == Field::guestPin)
        return pattern != Pattern::EmptyGuestPin;
    if (field == Field::passcodeMode)
        return pattern == Pattern::EmptyGuestPin;
    if (field == Field::passcodeTimeout)
        return pattern == Pattern::EmptyGuestPin && m_passcodeMode->currentData().toString() == u"timeout";
    if (field == Field::hostJid)
        return pattern == Pattern::HostIsMember;
    return true;   // the host PIN, what happens when the last host leaves
}

void GuestHostDetailsPage::initializePage()
{
    retranslateUi();
    updateRows();
    readForm();
    m_clusterIssues.clear();
    m_clusterProblem.clear();
    showIssues();
    m_clusterTimer->start();
    for (const Row &row : std::as_const(m_rows)) {
        if (isShown(row.field)) {
            row.editor->setFocus();
            break;
        }
    }
}

void GuestHostDetailsPage::updateRows()
{
    for (const Row &row : std::as_const(m_rows))
        m_form->setRowVisible(row.container, isShown(row.field));
}

// The form's values into the wizard's settings; a field not shown counts as empty.
void GuestHostDetailsPage::readForm()
{
    cms::GuestHostSettings &s = m_wizard->form();
    auto text = [this](QStringView field, const QLineEdit *edit) { return isShown(field) ? edit->text().trimmed() : QString(); };
    s.spaceName = text(Field::spaceName, m_spaceName);
    s.spaceUri = text(Field::spaceUri, m_spaceUri);
    s.spaceCallId = text(Field::spaceCallId, m_spaceCallId);
    s.hostUri = text(Field::hostUri, m_hostUri);
    s.hostCallId = text(Field::hostCallId, m_hostCallId);
    s.guestPin = isShown(Field::guestPin) ? m_guestPin->text() : QString();
    s.hostPin = m_hostPin->text();
    s.passcodeMode = isShown(Field::passcodeMode) ? m_passcodeMode->currentData().toString() : QString();
    s.passcodeTimeout = isShown(Field::passcodeTimeout) ? m_passcodeTimeout->value() : 0;
    s.hostJid = text(Field::hostJid, m_hostJid);
    s.deactivationMode = m_deactivationMode->currentData().toString();
}

void GuestHostDetailsPage::valuesChanged()
{
    updateRows();
    readForm();
    // What the cluster said was about the values before: asked again once typing stops.
    if (m_clusterCheck) {
        m_clusterCheck->disconnect(this);
        m_clusterCheck->deleteLater();
        m_clusterCheck = nullptr;
    }
    m_clusterIssues.clear();
    m_clusterProblem.clear();
    showIssues();
    m_clusterTimer->start();
    Q_EMIT completeChanged();
}

// Under each field: what is wrong with its value as typed, else (once the field was left) how it
// fits with the others, else what the cluster said of it. At the bottom: the first thing to fix.
void GuestHostDetailsPage::showIssues()
{
    m_localIssues = cms::GuestHostInputs::check(m_wizard->sampleSettings());
    QString firstIssue;
    for (const Row &row : std::as_const(m_rows)) {
        QString reason;
        if (isShown(row.field)) {
            if (auto *edit = qobject_cast<QLineEdit *>(row.editor))
                reason = cms::GuestHostInputs::checkValue(row.field, edit->text().trimmed());
            for (const cms::GuestHostIssue &issue : std::as_const(m_localIssues)) {
                if (issue.field == row.field && reason.isEmpty()) {
                    if (firstIssue.isEmpty())
                        firstIssue = issue.reason;
                    if (m_touched.value(row.field) || !qobject_cast<QLineEdit *>(row.editor))
                        reason = issue.reason;
                }
            }
            for (const cms::GuestHostIssue &issue : std::as_const(m_clusterIssues)) {
                if (issue.field == row.field && reason.isEmpty())
                    reason = issue.reason;
            }
        }
        // A reason may start with the value quoted (a URI): it still reads in the window's direction.
        row.error->setText(reason.isEmpty() ? QString() : models::DisplayFormat::inLayoutDirection(reason));
        row.error->setVisible(!reason.isEmpty());
        row.editor->setAccessibleDescription(reason);
    }
    // A refusal whose field is not on the page (the space itself gone) is said at the bottom.
    QString clusterText = m_clusterProblem;
    for (const cms::GuestHostIssue &issue : std::as_const(m_clusterIssues)) {
        if (!isShown(issue.field) && clusterText.isEmpty())
            clusterText = issue.reason;
    }
    if (!firstIssue.isEmpty())
        //: %1: the first problem of the details, a sentence
        m_status->setText(tr("To go on: %1").arg(firstIssue));
    else if (!clusterText.isEmpty())
        m_status->setText(models::DisplayFormat::inLayoutDirection(clusterText));
    else if (!m_clusterIssues.isEmpty())
        m_status->setText(tr("The cluster refuses some of these values: see under the fields."));
    else if (m_clusterCheck || m_clusterTimer->isActive())
        m_status->setText(m_wizard->isMany() ? QString() : tr("Checking the values against the cluster…"));
    else
        m_status->setText(m_wizard->isMany() ? tr("Each space is checked against the cluster on the next page.") : QString());
}

// The values planned without running anything: what the planner refuses is shown at its field.
void GuestHostDetailsPage::checkCluster()
{
    if (!m_localIssues.isEmpty() || m_wizard->isMany() || !m_wizard->connection() || !isVisible()) {
        showIssues();
        return;
    }
    auto *operation = new cms::GuestHostOperation(*m_wizard->connection(), m_wizard->sampleSettings(), this);
    m_clusterCheck = operation;
    connect(operation, &cms::Operation::planned, this, [this, operation] {
        operation->deleteLater();
        m_clusterCheck = nullptr;
        m_clusterIssues.clear();
        showIssues();
        Q_EMIT completeChanged();
        Q_EMIT clusterChecked();
    });
    connect(operation, &cms::Operation::finished, this, [this, operation](const cms::OperationResult &result) {
        operation->deleteLater();
        m_clusterCheck = nullptr;
        m_clusterIssues = operation->planResult().refusals;
        if (m_clusterIssues.isEmpty())
            //: %1: why the cluster could not be read
            m_clusterProblem = tr("The values could not be checked against the cluster: %1").arg(result.message);
        showIssues();
        Q_EMIT completeChanged();
        Q_EMIT clusterChecked();
    });
    operation->plan();
    showIssues();
}

bool GuestHostDetailsPage::isComplete() const
{
    if (!cms::GuestHostInputs::check(m_wizard->sampleSettings()).isEmpty())
        return false;
    for (const Row &row : m_rows) {
        if (auto *edit = qobject_cast<QLineEdit *>(row.editor); edit && isShown(row.field)
            && !cms::GuestHostInputs::checkValue(row.field, edit->text().trimmed()).isEmpty())
            return false;
    }
    return m_clusterIssues.isEmpty();
}

void GuestHostDetailsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWizardPage::changeEvent(event);
}

void GuestHostDetailsPage::retranslateUi()
{
    const Pattern pattern = m_wizard->form().pattern;
    const bool many = m_wizard->isMany();
    setTitle(tr("Details"));
    m_status->setAccessibleName(tr("What is left to fix"));
    //: %1: the pattern's name, %2: what the wizard works on ("the space “Board”", "3 spaces")
    setSubTitle(tr("“%1” for %2.").arg(cms::GuestHostInputs::patternName(pattern), m_wizard->targetText()));
    if (many)
        m_intro->setText(tr("Each space keeps its own URI and call ID. The hosts' URI and call ID must differ from one "
                            "space to the next, so they are made from each space's own with the suffix you type "
                            "(“board” becomes “board.host”); leave a suffix empty to set no such value."));
    else if (m_wizard->isNewSpace())
        m_intro->setText(tr("The new space is created with these values."));
    else
        m_intro->setText(tr("Leave the guests' URI and call ID empty to keep those the space has."));

    auto label = [this](QStringView field, const QString &text) {
        if (Row *found = row(field))
            found->label->setText(models::DisplayFormat::formLabel(text));
    };
    label(Field::spaceName, tr("Space &name"));
    label(Field::spaceUri, tr("&Guests' URI"));
    label(Field::spaceCallId, tr("Guests' &call ID"));
    label(Field::hostUri, many ? tr("&Hosts' URI: each space's URI followed by") : tr("&Hosts' URI"));
    label(Field::hostCallId, many ? tr("Hosts' call &ID: each space's call ID followed by") : tr("Hosts' call &ID"));
    label(Field::guestPin, tr("G&uest PIN"));
    label(Field::hostPin, tr("Host &PIN"));
    label(Field::passcodeMode, tr("Guests enter the empty PIN &by"));
    label(Field::passcodeTimeout, tr("Silence that counts as an empty PIN"));
    label(Field::hostJid, tr("Host &user"));
    label(Field::deactivationMode, tr("When the last host &leaves"));

    m_spaceName->setAccessibleName(tr("Space name"));
    m_spaceUri->setAccessibleName(tr("Guests' URI"));
    m_spaceCallId->setAccessibleName(tr("Guests' call ID"));
    m_hostUri->setAccessibleName(many ? tr("Suffix of the hosts' URI") : tr("Hosts' URI"));
    m_hostCallId->setAccessibleName(many ? tr("Suffix of the hosts' call ID") : tr("Hosts' call ID"));
    m_guestPin->setAccessibleName(tr("Guest PIN"));
    m_hostPin->setAccessibleName(tr("Host PIN"));
    m_passcodeMode->setAccessibleName(tr("How guests enter the empty PIN"));
    m_passcodeTimeout->setAccessibleName(tr("Silence that counts as an empty PIN"));
    m_hostJid->setAccessibleName(tr("Host user"));
    m_deactivationMode->setAccessibleName(tr("When the last host leaves"));

    const GuestHostWizard::Target target = m_wizard->targets().value(0);
    if (!m_wizard->isNewSpace() && !many) {
        //: Placeholder of an empty field: the space has no such value, and none is set
        const QString none = tr("The space has none");
        //: Placeholder of an empty field: %1 is the value the space keeps
        const QString keep = tr("Keep %1");
        m_spaceUri->setPlaceholderText(target.uri.isEmpty() ? none : keep.arg(target.uri));
        m_spaceCallId->setPlaceholderText(target.callId.isEmpty() ? none : keep.arg(target.callId));
    } else {
        m_spaceUri->setPlaceholderText(pattern == Pattern::SamePinDiffers || pattern == Pattern::EmptyGuestPin
                                           ? QString() : tr("Optional"));
        m_spaceCallId->setPlaceholderText(tr("Optional"));
    }
    m_hostUri->setPlaceholderText(many ? tr("For example .host") : QString());
    m_hostCallId->setPlaceholderText(pattern == Pattern::DifferentUri && !many ? QString() : tr("Optional"));
    m_guestPin->setPlaceholderText(pattern == Pattern::SamePinDiffers ? QString() : tr("Optional"));
    m_hostPin->setPlaceholderText(pattern == Pattern::SamePinDiffers || pattern == Pattern::EmptyGuestPin ? QString()
                                                                                                          : tr("Optional"));
    m_hostJid->setPlaceholderText(tr("Type a name or an address"));
    m_passcodeMode->setItemText(0, tr("Pressing # (they are asked)"));
    m_passcodeMode->setItemText(1, tr("Waiting in silence"));
    m_deactivationMode->setItemText(0, tr("The guests go back to the lobby"));
    m_deactivationMode->setItemText(1, tr("The guests are disconnected"));
    m_deactivationMode->setItemText(2, tr("The meeting goes on with the guests"));
    showIssues();
}

} // namespace views
