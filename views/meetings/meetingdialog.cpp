#include "meetings/meetingdialog.h"

#include "meetings/addresslistedit.h"
#include "meetings/addresslists.h"
#include "meetings/meetinglegsmodel.h"

#include "common/displayformat.h"
#include "common/operationprogress.h"
#include "common/wrappingitemdelegate.h"
#include "meetings/meetingoperations.h"
#include "net/connection.h"
#include "net/failoverpolicy.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QTextBlock>
#include <QVBoxLayout>

namespace views {

namespace {

// A list of addresses read from a file is a few kilobytes; anything far larger is not one.
constexpr qint64 kMaxAddressFile = 1024 * 1024;

// Lets go of an operation that may be emitting right now: silenced at once, deleted once control is
// back in the event loop.
template<typename T>
void discard(QPointer<T> &object)
{
    if (!object)
        return;
    object->disconnect();
    object->deleteLater();
    object = nullptr;
}

QString lines(const QStringList &parts)
{
    QStringList out;
    for (const QString &part : parts)
        out.append(models::DisplayFormat::inLayoutDirection(part));
    return out.join(QLatin1Char('\n'));
}

QString bullet(const QString &text)
{
    //: An item of a list inside the outcome of a meeting's run
    return MeetingDialog::tr("• %1").arg(text);
}

} // namespace

MeetingDialog::MeetingDialog(cms::Connection &connection, Mode mode, QString spaceId, QString spaceLabel, QWidget *parent)
    : QDialog(parent)
    , m_connection(&connection)
    , m_mode(mode)
    , m_spaceId(std::move(spaceId))
    , m_spaceLabel(std::move(spaceLabel))
    , m_fields(new QWidget(this))
    , m_intro(new QLabel(this))
    , m_notes(new QLabel(this))
    , m_planLabel(new QLabel(this))
    , m_plan(new QListWidget(this))
    , m_legsLabel(new QLabel(this))
    , m_legsView(new QTableView(this))
    , m_legs(new MeetingLegsModel(this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_result(new QLabel(this))
    , m_preview(new QPushButton(this))
    , m_run(new QPushButton(this))
    , m_close(new QPushButton(this))
{
    setObjectName(QStringLiteral("meetingDialog"));
    if (m_spaceLabel.isEmpty())
        m_spaceLabel = m_spaceId;
    const QString space = models::DisplayFormat::isolated(m_spaceLabel);
    m_intro->setObjectName(QStringLiteral("meetingIntro"));
    m_intro->setWordWrap(true);
    m_fields->setObjectName(QStringLiteral("meetingFields"));

    switch (m_mode) {
    case Mode::Start:
        setWindowTitle(tr("Start Meeting"));
        m_intro->setText(tr("Start a meeting in the space «%1». The space gets the meeting's name and passcode, lets "
                            "non-members in and gets a new secret; the call starts on one call bridge, which then "
                            "dials the addresses below.").arg(space));
        buildStartFields();
        m_run->setText(tr("&Start Meeting"));
        break;
    case Mode::Extend:
        setWindowTitle(tr("Extend Meeting"));
        m_intro->setText(tr("Extend the meeting in «%1»: once its call is found still running, its name, passcode and "
                            "non-member access are sent again. A field left blank keeps what the space has now.")
                             .arg(space));
        buildExtendFields();
        m_run->setText(tr("&Extend Meeting"));
        break;
    case Mode::End:
        setWindowTitle(tr("End Meeting"));
        m_intro->setText(tr("End the meeting in «%1»: the space gets its placeholder name back, loses its passcode and "
                            "non-member access, and gets a new secret so that links to the meeting stop working; "
                            "then the call ends for everyone in it.").arg(space));
        buildEndFields();
        m_run->setText(tr("&End Meeting"));
        break;
    }

    m_notes->setObjectName(QStringLiteral("meetingNotes"));
    m_notes->setWordWrap(true);
    m_notes->setAccessibleName(tr("Notes on the plan"));
    m_notes->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_planLabel->setObjectName(QStringLiteral("meetingPlanLabel"));
    m_planLabel->setWordWrap(true);
    m_planLabel->setBuddy(m_plan);
    m_plan->setObjectName(QStringLiteral("meetingPlan"));
    m_plan->setResizeMode(QListView::Adjust);
    m_plan->setItemDelegate(new WrappingItemDelegate(m_plan));   // each step whole, in any script
    m_plan->setAccessibleName(tr("Steps of the meeting's change"));
    m_plan->setAccessibleDescription(tr("The API steps sent, in order, with their values (passcodes masked); nothing "
                                        "is sent until you choose to run them"));
    m_legsLabel->setObjectName(QStringLiteral("meetingLegsLabel"));
    m_legsLabel->setText(models::DisplayFormat::inLayoutDirection(tr("Calls to the addresses:")));
    m_legsLabel->setBuddy(m_legsView);
    m_legsView->setObjectName(QStringLiteral("meetingLegs"));
    m_legsView->setModel(m_legs);
    m_legsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_legsView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_legsView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_legsView->setTabKeyNavigation(false);   // Tab leaves the table for the buttons
    m_legsView->setWordWrap(true);
    m_legsView->setAlternatingRowColors(true);
    m_legsView->verticalHeader()->hide();
    m_legsView->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_legsView->horizontalHeader()->setSectionResizeMode(MeetingLegsModel::AddressColumn, QHeaderView::ResizeToContents);
    m_legsView->horizontalHeader()->setSectionResizeMode(MeetingLegsModel::StateColumn, QHeaderView::ResizeToContents);
    m_legsView->horizontalHeader()->setStretchLastSection(true);
    m_legsView->setAccessibleName(tr("Calls to the addresses"));
    m_legsView->setAccessibleDescription(tr("One row per address dialled: the address, the state of its call, and what "
                                            "the call bridge reported"));
    m_progress->setObjectName(QStringLiteral("meetingProgress"));
    m_progress->setAccessibleName(tr("Progress of the meeting's change"));
    m_status->setObjectName(QStringLiteral("meetingStatus"));
    m_status->setWordWrap(true);
    m_status->setAccessibleName(tr("Status"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_result->setObjectName(QStringLiteral("meetingResult"));
    m_result->setWordWrap(true);
    m_result->setAccessibleName(tr("Outcome of the meeting's change"));
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_preview->setObjectName(QStringLiteral("meetingPreview"));
    m_preview->setText(tr("P&review"));
    m_preview->setToolTip(tr("Show the steps that would be sent, before anything is changed"));
    m_run->setObjectName(QStringLiteral("meetingRun"));
    m_close->setObjectName(QStringLiteral("meetingClose"));
    m_close->setText(tr("C&lose"));

    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_preview, QDialogButtonBox::ActionRole);
    buttons->addButton(m_run, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_close, QDialogButtonBox::RejectRole);
    connect(m_preview, &QPushButton::clicked, this, &MeetingDialog::preview);
    connect(m_run, &QPushButton::clicked, this, &MeetingDialog::run);
    connect(m_close, &QPushButton::clicked, this, &MeetingDialog::reject);

    // The room left goes to the lists, or, before there is a plan, to the addresses (or below all).
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_fields);
    layout->addWidget(m_notes);
    layout->addWidget(m_planLabel);
    layout->addWidget(m_plan, 2);
    layout->addWidget(m_legsLabel);
    layout->addWidget(m_legsView, 1);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(m_result);
    if (m_mode != Mode::Start)
        layout->addStretch();
    layout->addWidget(buttons);
    resize(fontMetrics().averageCharWidth() * 110, fontMetrics().height() * (m_mode == Mode::Start ? 44 : 30));

    m_notes->hide();
    m_planLabel->hide();
    m_plan->hide();
    m_status->hide();
    m_result->hide();
    m_legsLabel->hide();
    m_legsView->hide();
    m_progress->hide();
    m_run->hide();
    updateButtons();
    // The placeholder's name comes from its pool: ending shows the plan, and that name, at once.
    if (m_mode == Mode::End)
        preview();
}

MeetingDialog::~MeetingDialog() = default;

// An empty line takes no room: the status and the outcome show only when they say something (the
// status stays during a run, where the step under way is said).
void MeetingDialog::say(const QString &text)
{
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty() || m_running);
}

void MeetingDialog::showOutcome(const QString &text)
{
    m_result->setText(text);
    m_result->setVisible(!text.isEmpty());
}


void MeetingDialog::buildStartFields()
{
    // A grid rather than a form: the addresses' row alone takes the height there is to spare.
    auto *grid = new QGridLayout(m_fields);
    grid->setContentsMargins(0, 0, 0, 0);
    enum Row { NameRow, PasscodeRow, BridgeRow, AddressesRow, ProblemsRow, SavedRow };
    m_name = new QLineEdit(m_fields);
    m_name->setObjectName(QStringLiteral("meetingName"));
    m_name->setAccessibleName(tr("Meeting name"));
    m_name->setAccessibleDescription(tr("The name the space shows while the meeting runs"));
    auto *nameLabel = new QLabel(models::DisplayFormat::inLayoutDirection(tr("Meeting &name:")), m_fields);
    nameLabel->setBuddy(m_name);
    grid->addWidget(nameLabel, NameRow, 0);
    grid->addWidget(m_name, NameRow, 1);
    const auto [passcodeLabel, passcodeRow] = addPasscodeField(tr("The passcode people type to join; leave it blank for none"));
    grid->addWidget(passcodeLabel, PasscodeRow, 0);
    grid->addLayout(passcodeRow, PasscodeRow, 1);

    m_bridge = new QComboBox(m_fields);
    m_bridge->setObjectName(QStringLiteral("meetingBridge"));
    const int active = m_connection->activeEndpoint();
    const QString activeName = active >= 0 && active < m_connection->endpointCount()
        ? models::DisplayFormat::isolated(m_connection->endpoints().at(active).key())
        : QString();
    //: The call bridge the console chooses: the one it talks to (%1), or, when that one is silent, one that answers
    m_bridge->addItem(tr("The active call bridge (%1), or another that answers").arg(activeName), -1);
    for (int i = 0; i < m_connection->endpointCount(); ++i)
        m_bridge->addItem(m_connection->endpoints().at(i).key(), i);
    m_bridge->setAccessibleName(tr("Call bridge"));
    m_bridge->setAccessibleDescription(tr("The call bridge that holds the meeting's call and dials the addresses; a "
                                          "running meeting stays on it"));
    auto *bridgeLabel = new QLabel(models::DisplayFormat::inLayoutDirection(tr("Call &bridge:")), m_fields);
    bridgeLabel->setBuddy(m_bridge);
    grid->addWidget(bridgeLabel, BridgeRow, 0);
    grid->addWidget(m_bridge, BridgeRow, 1);

    m_addresses = new AddressListEdit(m_fields);
    m_addresses->setObjectName(QStringLiteral("meetingAddresses"));
    m_addresses->setPlaceholderText(tr("One address per line: alice@example.com, room7.example.com, +33 1 23 45 67 89"));
    m_addresses->setAccessibleName(tr("Addresses to dial"));
    m_addresses->setAccessibleDescription(tr("One address per line, or separated by commas or semicolons: a URI, an "
                                             "endpoint's domain name or IP address, or a telephone number"));
    m_addresses->setMinimumHeight(fontMetrics().height() * 5);
    auto *addressesLabel = new QLabel(models::DisplayFormat::inLayoutDirection(tr("&Addresses to dial:")), m_fields);
    addressesLabel->setBuddy(m_addresses);
    grid->addWidget(addressesLabel, AddressesRow, 0, Qt::AlignLeading | Qt::AlignTop);
    grid->addWidget(m_addresses, AddressesRow, 1);
    grid->setRowStretch(AddressesRow, 1);
    m_addressProblems = new QLabel(m_fields);
    m_addressProblems->setObjectName(QStringLiteral("meetingAddressProblems"));
    m_addressProblems->setWordWrap(true);
    m_addressProblems->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_addressProblems->setAccessibleName(tr("Addresses that cannot be dialled"));
    grid->addWidget(m_addressProblems, ProblemsRow, 1);
    m_addressProblems->hide();

    m_savedRow = new QWidget(m_fields);
    m_savedRow->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    auto *row = new QHBoxLayout(m_savedRow);
    row->setContentsMargins(0, 0, 0, 0);
    m_loadFile = new QPushButton(tr("Load from &File…"), m_savedRow);
    m_loadFile->setObjectName(QStringLiteral("meetingLoadFile"));
    m_loadFile->setToolTip(tr("Replace the addresses with those of a text file"));
    m_savedLists = new QComboBox(m_savedRow);
    m_savedLists->setObjectName(QStringLiteral("meetingSavedLists"));
    m_savedLists->setAccessibleName(tr("Saved address list"));
    m_savedLists->setAccessibleDescription(tr("Lists of addresses saved in the console, for every cluster"));
    m_savedLists->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto *savedLabel = new QLabel(models::DisplayFormat::inLayoutDirection(tr("Saved l&ist:")), m_savedRow);
    savedLabel->setObjectName(QStringLiteral("meetingSavedListsLabel"));
    savedLabel->setBuddy(m_savedLists);
    m_loadList = new QPushButton(tr("L&oad List"), m_savedRow);
    m_loadList->setObjectName(QStringLiteral("meetingLoadList"));
    m_loadList->setToolTip(tr("Replace the addresses with the saved list chosen"));
    m_saveList = new QPushButton(tr("Sa&ve List…"), m_savedRow);
    m_saveList->setObjectName(QStringLiteral("meetingSaveList"));
    m_saveList->setToolTip(tr("Save the addresses under a name, for later meetings"));
    m_deleteList = new QPushButton(tr("&Delete List"), m_savedRow);
    m_deleteList->setObjectName(QStringLiteral("meetingDeleteList"));
    m_deleteList->setToolTip(tr("Delete the saved list chosen"));
    row->addWidget(m_loadFile);
    row->addSpacing(fontMetrics().averageCharWidth() * 2);
    row->addWidget(savedLabel);
    row->addWidget(m_savedLists, 1);
    row->addWidget(m_loadList);
    row->addWidget(m_saveList);
    row->addWidget(m_deleteList);
    grid->addWidget(m_savedRow, SavedRow, 1);

    connect(m_name, &QLineEdit::textChanged, this, &MeetingDialog::discardPlan);
    connect(m_bridge, &QComboBox::currentIndexChanged, this, &MeetingDialog::discardPlan);
    connect(m_addresses, &QPlainTextEdit::textChanged, this, [this] {
        updateAddressProblems();
        discardPlan();
    });
    connect(m_loadFile, &QPushButton::clicked, this, &MeetingDialog::chooseFile);
    connect(m_loadList, &QPushButton::clicked, this, &MeetingDialog::loadSavedList);
    connect(m_saveList, &QPushButton::clicked, this, &MeetingDialog::askListName);
    connect(m_deleteList, &QPushButton::clicked, this, &MeetingDialog::deleteSavedList);
    connect(m_savedLists, &QComboBox::currentIndexChanged, this, &MeetingDialog::updateButtons);
    refreshSavedLists();
}

void MeetingDialog::buildExtendFields()
{
    auto *form = new QFormLayout(m_fields);
    form->setContentsMargins(0, 0, 0, 0);
    m_name = new QLineEdit(m_fields);
    m_name->setObjectName(QStringLiteral("meetingName"));
    m_name->setPlaceholderText(tr("Blank: the name it has"));
    m_name->setAccessibleName(tr("Meeting name"));
    m_name->setAccessibleDescription(tr("The meeting's name, sent again; blank keeps the name the space has"));
    auto *nameLabel = new QLabel(models::DisplayFormat::inLayoutDirection(tr("Meeting &name:")), m_fields);
    nameLabel->setBuddy(m_name);
    form->addRow(nameLabel, m_name);
    const auto [passcodeLabel, passcodeRow] =
        addPasscodeField(tr("The meeting's passcode, sent again; blank keeps the passcode the space has"));
    form->addRow(passcodeLabel, passcodeRow);
    m_passcode->setPlaceholderText(tr("Blank: the passcode it has"));
    connect(m_name, &QLineEdit::textChanged, this, &MeetingDialog::discardPlan);
}

void MeetingDialog::buildEndFields()
{
    auto *form = new QFormLayout(m_fields);
    form->setContentsMargins(0, 0, 0, 0);
    m_name = new QLineEdit(m_fields);
    m_name->setObjectName(QStringLiteral("meetingPlaceholderName"));
    m_name->setPlaceholderText(tr("The name its pool gives it"));
    m_name->setAccessibleName(tr("Placeholder name"));
    m_name->setAccessibleDescription(tr("The name the space gets back once the meeting ends; by default the one its "
                                        "placeholder pool gives it"));
    auto *nameLabel = new QLabel(models::DisplayFormat::inLayoutDirection(tr("Placeholder &name:")), m_fields);
    nameLabel->setBuddy(m_name);
    form->addRow(nameLabel, m_name);
    connect(m_name, &QLineEdit::textChanged, this, &MeetingDialog::discardPlan);
}

std::pair<QLabel *, QHBoxLayout *> MeetingDialog::addPasscodeField(const QString &description)
{
    m_passcode = new QLineEdit(m_fields);
    m_passcode->setObjectName(QStringLiteral("meetingPasscode"));
    m_passcode->setEchoMode(QLineEdit::Password);
    m_passcode->setAccessibleName(tr("Passcode"));
    m_passcode->setAccessibleDescription(description);
    m_showPasscode = new QCheckBox(tr("S&how"), m_fields);
    m_showPasscode->setObjectName(QStringLiteral("meetingShowPasscode"));
    m_showPasscode->setAccessibleName(tr("Show the passcode"));
    m_showPasscode->setAccessibleDescription(tr("Shows the passcode typed instead of dots"));
    auto *row = new QHBoxLayout;
    row->addWidget(m_passcode, 1);
    row->addWidget(m_showPasscode);
    auto *label = new QLabel(models::DisplayFormat::inLayoutDirection(tr("&Passcode:")), m_fields);
    label->setBuddy(m_passcode);
    connect(m_showPasscode, &QCheckBox::toggled, this, [this](bool shown) {
        m_passcode->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
    });
    connect(m_passcode, &QLineEdit::textChanged, this, &MeetingDialog::discardPlan);
    return {label, row};
}

void MeetingDialog::setSettings(QSettings *settings)
{
    m_settings = settings;
    m_lists = settings ? std::make_unique<AddressLists>(*settings) : nullptr;
    if (m_mode == Mode::Start)
        refreshSavedLists();
}

void MeetingDialog::reject()
{
    // Closing now would leave the space and its call half changed, with nobody to undo them.
    if (m_running) {
        say(tr("Wait until the run ends: the dialog closes once nothing is half done."));
        return;
    }
    QDialog::reject();
}

// The plan shown was made from the values typed before: changing one makes it stale.
void MeetingDialog::discardPlan()
{
    if (m_running || m_filling || m_done)
        return;
    discard(m_operation);
    m_plan->clear();
    m_planLabel->hide();
    m_plan->hide();
    m_notes->hide();
    m_run->hide();
    say({});
    updateButtons();
}

void MeetingDialog::updateAddressProblems()
{
    const QStringList problems = m_addresses->problems();
    m_addressProblems->setText(lines(problems));
    m_addressProblems->setVisible(!problems.isEmpty());
    m_addresses->setAccessibleDescription(
        problems.isEmpty() ? tr("One address per line, or separated by commas or semicolons: a URI, an endpoint's "
                                "domain name or IP address, or a telephone number")
                           : problems.join(QLatin1Char('\n')));
    updateButtons();
}

bool MeetingDialog::checkFields()
{
    if (m_mode != Mode::Start)
        return true;
    if (m_name->text().trimmed().isEmpty()) {
        say(tr("A meeting needs a name."));
        m_name->setFocus(Qt::OtherFocusReason);
        return false;
    }
    const QList<AddressListEdit::Entry> entries = m_addresses->entries();
    for (const AddressListEdit::Entry &entry : entries) {
        if (entry.address.isValid())
            continue;
        say(tr("An address cannot be dialled: correct it or remove it first."));
        QTextCursor cursor(m_addresses->document()->findBlockByNumber(entry.line - 1));
        m_addresses->setTextCursor(cursor);
        m_addresses->setFocus(Qt::OtherFocusReason);
        return false;
    }
    return true;
}

cms::MeetingOperation *MeetingDialog::makeOperation()
{
    cms::MeetingSettings settings;
    switch (m_mode) {
    case Mode::Start: {
        settings.name = m_name->text().trimmed();
        settings.passcode = m_passcode->text();
        settings.addresses = m_addresses->addresses();
        m_dialled = settings.addresses;
        return new cms::MeetingStartOperation(*m_connection, m_spaceId, settings, m_bridge->currentData().toInt(), this);
    }
    case Mode::Extend:
        settings.name = m_name->text().trimmed();
        settings.passcode = m_passcode->text();
        return new cms::MeetingExtendOperation(*m_connection, m_spaceId, settings, this);
    case Mode::End:
        return new cms::MeetingEndOperation(*m_connection, m_spaceId, m_name->text().trimmed(), this);
    }
    return nullptr;
}

void MeetingDialog::preview()
{
    if (m_running || m_done || !m_connection || !checkFields())
        return;
    discardPlan();
    showOutcome({});
    m_progress->hide();
    m_legsLabel->hide();
    m_legsView->hide();
    m_undone.clear();
    m_operation = makeOperation();
    say(tr("Reading the space and the meetings of every call bridge…"));
    connect(m_operation, &cms::Operation::planned, this, &MeetingDialog::showPlan);
    OperationProgress::follow(*m_operation, *m_plan, *m_status, *m_progress);
    connect(m_operation, &cms::Operation::undoStarted, this, [this](int, const QString &description) {
        m_undone.append(description);
    });
    if (m_mode == Mode::Start)
        followLegs();
    connect(m_operation, &cms::Operation::finished, this, &MeetingDialog::showResult);
    m_operation->plan();
    updateButtons();
}

void MeetingDialog::followLegs()
{
    auto *start = static_cast<cms::MeetingStartOperation *>(m_operation.data());
    // The dial steps come last, one per address, after the space's and the call's.
    auto legOf = [this, start](int step) { return step - (start->stepCount() - int(m_dialled.size())); };
    connect(start, &cms::Operation::stepStarted, this, [this, legOf](int index) { m_legs->setDialling(legOf(index)); });
    connect(start, &cms::MeetingStartOperation::legProgress, this,
            [this](int index, const QString &, const QString &state, const QString &text) { m_legs->setProgress(index, state, text); });
    connect(start, &cms::Operation::undoStarted, this, [this, legOf](int index) {
        if (legOf(index) >= 0)
            m_legs->setHungUp(legOf(index));
    });
    connect(start, &cms::Operation::finished, this, [this, legOf](const cms::OperationResult &result) {
        if (result.failedStep >= 0 && legOf(result.failedStep) >= 0)
            m_legs->setFailed(legOf(result.failedStep), result.message);
        if (!result.succeeded())
            m_legs->markNotDialled();
    });
}

void MeetingDialog::showPlan()
{
    if (!m_operation)
        return;
    if (m_mode == Mode::End && m_name->text().isEmpty()) {
        // The name the operation found, there to be read and changed; the plan shown is the one for it.
        m_filling = true;
        m_name->setText(static_cast<cms::MeetingEndOperation *>(m_operation.data())->placeholderName());
        m_filling = false;
    }
    m_plan->clear();
    const QStringList steps = m_operation->preview();
    for (qsizetype i = 0; i < steps.size(); ++i) {
        //: %1: step number, %2: the step with its values
        auto *item = new QListWidgetItem(tr("%1. %2").arg(i + 1).arg(steps.at(i)), m_plan);
        item->setToolTip(item->text());
    }
    const QStringList notes = m_operation->notes();
    m_planLabel->setText(models::DisplayFormat::inLayoutDirection(
        tr("Nothing has been changed yet. These steps would be sent, in order; if one fails, the steps before it are "
           "undone:")));
    m_notes->setText(lines(notes));
    m_notes->setVisible(!notes.isEmpty());
    m_planLabel->show();
    m_plan->show();
    m_run->show();
    say({});
    updateButtons();
    m_run->setFocus(Qt::OtherFocusReason);
    Q_EMIT planShown();
}

void MeetingDialog::run()
{
    if (!m_operation || m_operation->state() != cms::Operation::State::Planned || m_running || !m_connection)
        return;
    m_running = true;
    showOutcome({});
    say({});
    m_planLabel->setText(models::DisplayFormat::inLayoutDirection(tr("The steps sent, in order:")));
    m_undone.clear();
    if (m_mode == Mode::Start && !m_dialled.isEmpty()) {
        m_legs->setAddresses(m_dialled);
        m_legsLabel->show();
        m_legsView->show();
    }
    updateButtons();
    OperationProgress::execute(*m_operation, *m_progress);
}

QString MeetingDialog::describeOutcome(const cms::OperationResult &result) const
{
    using Outcome = cms::OperationResult::Outcome;
    const cms::MeetingOperation *operation = m_operation;
    const int steps = operation ? operation->stepCount() : 0;
    const QString bridge = operation && operation->endpointIndex() >= 0 && m_connection
            && operation->endpointIndex() < m_connection->endpointCount()
        ? models::DisplayFormat::isolated(m_connection->endpoints().at(operation->endpointIndex()).key())
        : QString();
    QStringList out;
    switch (result.outcome) {
    case Outcome::Succeeded:
        if (m_mode == Mode::Start)
            out.append(tr("Done: the meeting runs on %1, and %n address(es) were dialled.", nullptr, int(m_dialled.size()))
                           .arg(bridge));
        else if (m_mode == Mode::Extend)
            out.append(tr("Done: the meeting is extended; it still runs on %1.").arg(bridge));
        else
            out.append(tr("Done: the meeting has ended and the space is a placeholder again, with a new secret."));
        return lines(out);
    case Outcome::Refused:
        out.append(tr("Nothing was changed: %1").arg(result.message));
        return lines(out);
    case Outcome::RolledBack:
    case Outcome::RollbackIncomplete:
    case Outcome::Cancelled:
        break;
    }
    const QStringList planned = operation ? operation->preview() : QStringList();
    if (result.failedStep >= 0 && result.failedStep < planned.size()) {
        //: %1: step number, %2: number of steps, %3: the step
        out.append(tr("Step %1 of %2 failed: %3").arg(result.failedStep + 1).arg(steps).arg(planned.at(result.failedStep)));
    }
    out.append(tr("Why: %1").arg(result.message));
    // A call bridge that stops answering ends its meetings there: said, never hidden by a move.
    if (m_mode == Mode::Start && result.failedStep >= 1 && cms::isUnreachable(result.error)) {
        //: %1: the call bridge
        out.append(tr("The call bridge %1 does not answer: the meeting was not started on another call bridge, as CMS "
                      "does not move running meetings.").arg(bridge));
    }
    if (!m_undone.isEmpty()) {
        out.append(tr("Undone, last step first:"));
        for (const QString &step : m_undone)
            out.append(bullet(step));
    }
    if (result.outcome == Outcome::RolledBack) {
        out.append(tr("Nothing is left changed: the space is as it was, and no call is left running."));
    } else {
        out.append(tr("Left changed on the cluster:"));
        for (const QString &problem : result.undoProblems)
            out.append(bullet(problem));
    }
    return lines(out);
}

void MeetingDialog::showResult(const cms::OperationResult &result)
{
    const bool ran = m_running;
    m_running = false;
    showOutcome(describeOutcome(result));   // a refused preview included: "Nothing was changed: …"
    say({});
    if (result.succeeded() && ran)
        m_done = true;
    m_run->hide();   // the plan shown is spent, or was never made: a new preview is needed
    updateButtons();
    if (m_done)
        m_close->setFocus(Qt::OtherFocusReason);
    Q_EMIT runFinished(result);
    if (m_done)
        Q_EMIT meetingChanged();
}

void MeetingDialog::refreshSavedLists(const QString &current)
{
    if (!m_savedRow)
        return;
    m_savedLists->clear();
    const QStringList names = m_lists ? m_lists->names() : QStringList();
    m_savedLists->addItems(names);
    m_savedLists->setCurrentIndex(qMax(0, int(names.indexOf(current))));
    if (names.isEmpty())
        m_savedLists->setPlaceholderText(tr("No list saved"));
    for (QWidget *widget : m_savedRow->findChildren<QWidget *>()) {
        if (widget != m_loadFile)
            widget->setVisible(m_lists != nullptr);
    }
    updateButtons();
}

void MeetingDialog::askListName()
{
    if (!m_lists)
        return;
    if (m_addresses->addresses().isEmpty() || !m_addresses->problems().isEmpty()) {
        say(tr("Only a list whose addresses can all be dialled is saved."));
        return;
    }
    auto *ask = new QInputDialog(this);
    ask->setObjectName(QStringLiteral("meetingListName"));
    ask->setAttribute(Qt::WA_DeleteOnClose);
    ask->setWindowTitle(tr("Save Address List"));
    ask->setLabelText(models::DisplayFormat::inLayoutDirection(tr("Name of the list:")));
    ask->setTextValue(m_savedLists->currentText());
    connect(ask, &QInputDialog::textValueSelected, this, [this](const QString &typed) {
        const QString name = typed.trimmed();
        if (name.isEmpty() || !m_lists)
            return;
        const bool replaced = m_lists->names().contains(name);
        m_lists->save(name, m_addresses->addresses());
        refreshSavedLists(name);
        const QString shown = models::DisplayFormat::isolated(name);
        say(replaced ? tr("The list “%1” is replaced.").arg(shown) : tr("The list “%1” is saved.").arg(shown));
    });
    ask->open();
}

void MeetingDialog::loadSavedList()
{
    if (!m_lists || m_savedLists->currentIndex() < 0)
        return;
    m_addresses->setAddresses(m_lists->addresses(m_savedLists->currentText()));
}

void MeetingDialog::deleteSavedList()
{
    if (!m_lists || m_savedLists->currentIndex() < 0)
        return;
    const QString name = m_savedLists->currentText();
    m_lists->remove(name);
    refreshSavedLists();
    //: The addresses typed stay: only the saved copy goes
    say(tr("The list “%1” is deleted.").arg(models::DisplayFormat::isolated(name)));
}

void MeetingDialog::chooseFile()
{
    auto *choose = new QFileDialog(this, tr("Load Addresses"), QString(), tr("Text files (*.txt *.csv);;All files (*)"));
    choose->setObjectName(QStringLiteral("meetingAddressFile"));
    choose->setAttribute(Qt::WA_DeleteOnClose);
    choose->setFileMode(QFileDialog::ExistingFile);
    connect(choose, &QFileDialog::fileSelected, this, &MeetingDialog::loadAddressesFromFile);
    choose->open();
}

void MeetingDialog::loadAddressesFromFile(const QString &path)
{
    if (!m_addresses || m_running || m_done)
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        say(tr("The file could not be read: %1").arg(file.errorString()));
        return;
    }
    if (file.size() > kMaxAddressFile) {
        say(tr("The file is too large to be a list of addresses."));
        return;
    }
    QStringList addresses;
    for (const AddressListEdit::Entry &entry : AddressListEdit::parse(QString::fromUtf8(file.readAll())))
        addresses.append(entry.typed);
    m_addresses->setAddresses(addresses);
    say(tr("%n address(es) read from the file.", nullptr, int(addresses.size())));
}

void MeetingDialog::updateButtons()
{
    const bool planning = m_operation && m_operation->state() == cms::Operation::State::Planning;
    const bool planned = m_operation && m_operation->state() == cms::Operation::State::Planned;
    const bool editable = !m_running && !m_done;
    m_fields->setEnabled(editable);
    m_preview->setEnabled(editable && !planning && m_connection);
    m_run->setEnabled(planned && editable && m_connection);
    m_run->setDefault(m_run->isEnabled());
    m_preview->setDefault(!m_run->isEnabled() && m_preview->isEnabled());
    m_close->setEnabled(!m_running);
    if (m_savedRow) {
        const bool chosen = m_lists && m_savedLists->currentIndex() >= 0;
        m_loadList->setEnabled(chosen);
        m_deleteList->setEnabled(chosen);
        m_saveList->setEnabled(m_lists != nullptr);
    }
}

} // namespace views
