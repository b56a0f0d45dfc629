#include "live/startmeetingdialog.h"

#include "common/displayformat.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStringListModel>
#include <QVBoxLayout>

namespace views {

namespace {

enum NonMembers { KeepSetting, MayJoin, MayNotJoin };

} // namespace

StartMeetingDialog::StartMeetingDialog(QList<Space> spaces, QStringList bridgeNames, QWidget *parent)
    : QDialog(parent)
    , m_spaces(std::move(spaces))
    , m_bridgeNames(std::move(bridgeNames))
    , m_spaceLabel(new QLabel(this))
    , m_space(new QComboBox(this))
    , m_bridgeLabel(new QLabel(this))
    , m_bridge(new QComboBox(this))
    , m_setPasscode(new QCheckBox(this))
    , m_passcode(new QLineEdit(this))
    , m_nonMembersLabel(new QLabel(this))
    , m_nonMembers(new QComboBox(this))
    , m_note(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("startMeetingDialog"));
    m_space->setObjectName(QStringLiteral("meetingSpace"));
    m_bridge->setObjectName(QStringLiteral("meetingBridge"));
    m_setPasscode->setObjectName(QStringLiteral("meetingSetPasscode"));
    m_passcode->setObjectName(QStringLiteral("meetingPasscode"));
    m_nonMembers->setObjectName(QStringLiteral("meetingNonMembers"));

    for (const Space &space : std::as_const(m_spaces))
        m_labels.append(labelOf(space));
    // Thousands of spaces: one model for the list and the completion, which finds a space by any
    // part of its name or URI.
    m_space->setEditable(true);
    m_space->setInsertPolicy(QComboBox::NoInsert);
    m_space->setModel(new QStringListModel(m_labels, m_space));
    m_space->completer()->setFilterMode(Qt::MatchContains);
    m_space->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_space->setCurrentIndex(-1);
    m_spaceLabel->setBuddy(m_space);
    m_bridgeLabel->setBuddy(m_bridge);
    m_nonMembersLabel->setBuddy(m_nonMembers);
    m_passcode->setEchoMode(QLineEdit::Password);
    m_passcode->setEnabled(false);
    m_note->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(m_spaceLabel, m_space);
    form->addRow(m_bridgeLabel, m_bridge);
    form->addRow(m_setPasscode, m_passcode);
    form->addRow(m_nonMembersLabel, m_nonMembers);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_note);
    layout->addWidget(m_buttons);

    connect(m_space, &QComboBox::currentTextChanged, this, &StartMeetingDialog::updateOk);
    connect(m_setPasscode, &QCheckBox::toggled, m_passcode, &QLineEdit::setEnabled);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    retranslateUi();
    setMinimumWidth(fontMetrics().averageCharWidth() * 64);
}

QString StartMeetingDialog::labelOf(const Space &space) const
{
    if (space.uri.isEmpty())
        return space.name;
    //: A space in a list: its name and its URI
    return tr("%1 — %2").arg(space.name, models::DisplayFormat::isolated(space.uri));
}

void StartMeetingDialog::fixSpace(const QString &spaceId)
{
    for (qsizetype i = 0; i < m_spaces.size(); ++i) {
        if (m_spaces.at(i).id == spaceId) {
            m_space->setCurrentIndex(int(i));
            m_space->setEnabled(false);
            break;
        }
    }
    updateOk();
}

QString StartMeetingDialog::spaceId() const
{
    const qsizetype at = m_labels.indexOf(m_space->currentText());
    return at >= 0 ? m_spaces.at(at).id : QString();
}

QString StartMeetingDialog::spaceName() const
{
    const qsizetype at = m_labels.indexOf(m_space->currentText());
    return at >= 0 ? m_spaces.at(at).name : QString();
}

int StartMeetingDialog::bridgeIndex() const
{
    return m_bridge->currentIndex() - 1;   // the first entry is "the least busy"
}

QList<QPair<QString, QString>> StartMeetingDialog::spaceValues() const
{
    QList<QPair<QString, QString>> values;
    if (m_setPasscode->isChecked())
        values.append({QStringLiteral("passcode"), m_passcode->text()});
    if (m_nonMembers->currentIndex() == MayJoin)
        values.append({QStringLiteral("nonMemberAccess"), QStringLiteral("true")});
    else if (m_nonMembers->currentIndex() == MayNotJoin)
        values.append({QStringLiteral("nonMemberAccess"), QStringLiteral("false")});
    return values;
}

void StartMeetingDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void StartMeetingDialog::retranslateUi()
{
    setWindowTitle(tr("Start Meeting"));
    m_spaceLabel->setText(tr("&Space:"));
    m_space->lineEdit()->setPlaceholderText(tr("Type part of a space's name or URI"));
    m_space->setAccessibleName(tr("Space"));
    m_space->setAccessibleDescription(tr("The space whose meeting starts; type part of its name or URI to find it"));
    m_bridgeLabel->setText(tr("Call &bridge:"));
    const int bridge = m_bridge->currentIndex();
    m_bridge->clear();
    m_bridge->addItem(tr("The least busy"));
    for (const QString &name : std::as_const(m_bridgeNames))
        m_bridge->addItem(name);
    m_bridge->setCurrentIndex(qMax(0, bridge));
    m_bridge->setAccessibleName(tr("Call bridge"));
    m_bridge->setAccessibleDescription(tr("The call bridge that hosts the meeting"));
    m_setPasscode->setText(tr("New &passcode:"));
    m_setPasscode->setAccessibleDescription(tr("Sets the space's passcode before the meeting starts; empty removes it"));
    m_passcode->setAccessibleName(tr("New passcode"));
    m_nonMembersLabel->setText(tr("&Non-members:"));
    const int nonMembers = m_nonMembers->currentIndex();
    m_nonMembers->clear();
    m_nonMembers->addItem(tr("As the space says"));
    m_nonMembers->addItem(tr("May join"));
    m_nonMembers->addItem(tr("May not join"));
    m_nonMembers->setCurrentIndex(qMax(0, nonMembers));
    m_nonMembers->setAccessibleName(tr("Non-members"));
    m_nonMembers->setAccessibleDescription(tr("Whether people who are not members of the space may join this meeting"));
    m_note->setText(tr("The space keeps the passcode and access chosen here after the meeting. If the meeting "
                       "cannot start, the space is put back as it was."));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Start"));
    updateOk();
}

void StartMeetingDialog::updateOk()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!spaceId().isEmpty());
}

} // namespace views
