#include "spaces/memberdialog.h"
#include "common/displayformat.h"

#include "api/cmserror.h"
#include "config/objectchange.h"
#include "schema/schema.h"
#include "spaces/usercompletionmodel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace views {

namespace {

const QString kUserJid = QStringLiteral("userJid");
const QString kCallLegProfile = QStringLiteral("callLegProfile");

const cms::ObjectType &memberType()
{
    static const cms::ObjectType *type = cms::Schema::find(u"coSpaceUsers");
    return *type;
}

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

MemberDialog::MemberDialog(cms::ClusterSession *session, const QString &spaceId, const QString &memberId,
    const Values &values, const QList<QPair<QString, QString>> &callLegProfiles, QWidget *parent)
    : SpaceObjectDialog(memberType(), session, spaceId, memberId, values, callLegProfiles, parent)
    , m_jidLabel(new QLabel(this))
    , m_jidEdit(new QLineEdit(values.value(kUserJid), this))
    , m_jidError(errorLabel(QStringLiteral("userJidError")))
    , m_profileLabel(new QLabel(this))
    , m_profileCombo(new QComboBox(this))
    , m_profileError(errorLabel(QStringLiteral("callLegProfileError")))
    , m_permissionsLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("memberDialog"));
    m_jidEdit->setObjectName(QStringLiteral("userJidEdit"));
    m_jidEdit->setReadOnly(!isNew());
    m_jidEdit->setMinimumWidth(fontMetrics().averageCharWidth() * 40); // a member's user cannot change
    m_jidLabel->setBuddy(m_jidEdit);
    if (isNew()) {
        if (auto *users = models::UserCompletionModel::forSession(session)) {
            m_completer = new JidCompleter(users, this);
            m_completer->setObjectName(QStringLiteral("userCompleter"));
            m_completer->setCaseSensitivity(Qt::CaseInsensitive);
            m_completer->setFilterMode(Qt::MatchContains);
            m_completer->setCompletionMode(QCompleter::PopupCompletion);
            m_completer->setMaxVisibleItems(12);
            m_jidEdit->setCompleter(m_completer);
        }
    }
    m_profileCombo->setObjectName(QStringLiteral("callLegProfileEdit"));
    m_profileLabel->setBuddy(m_profileCombo);

    auto *form = new QFormLayout;
    auto *jidColumn = new QVBoxLayout;
    jidColumn->setSpacing(2);
    jidColumn->addWidget(m_jidEdit);
    jidColumn->addWidget(m_jidError);
    form->addRow(m_jidLabel, jidColumn);
    auto *profileColumn = new QVBoxLayout;
    profileColumn->setSpacing(2);
    profileColumn->addWidget(m_profileCombo);
    profileColumn->addWidget(m_profileError);
    form->addRow(m_profileLabel, profileColumn);
    auto *checks = new QVBoxLayout;
    checks->setSpacing(2);
    for (const cms::FieldDef &field : memberType().fields) {
        if (field.type != cms::FieldType::Bool || field.action || !field.isWritable(cms::WriteMode::Update)
            || !field.existsIn(serverVersion()))
            continue;
        auto *check = new QCheckBox(this);
        check->setObjectName(field.name + QLatin1String("Check"));
        check->setChecked(values.value(field.name) == QLatin1String("true"));
        connect(check, &QCheckBox::toggled, this, [this] { generalError()->setVisible(false); });
        checks->addWidget(check);
        m_permissions.insert(field.name, check);
    }
    form->addRow(m_permissionsLabel, checks);

    auto *layout = new QVBoxLayout(this);
    layout->setSizeConstraint(QLayout::SetMinimumSize); // grows when an error appears under a field
    layout->addLayout(form);
    layout->addWidget(generalError());
    layout->addWidget(buttons());

    connect(m_jidEdit, &QLineEdit::textChanged, this, &MemberDialog::onJidEdited);
    connect(m_jidEdit, &QLineEdit::editingFinished, this, [this] { setError(kUserJid, m_jidProblem); });
    connect(m_profileCombo, &QComboBox::currentIndexChanged, this, [this] { setError(kCallLegProfile, {}); });

    retranslateUi();
    updateSaveButton();
}

MemberDialog::~MemberDialog() = default;

void MemberDialog::retranslateUi()
{
    setWindowTitle(isNew() ? tr("Add Member") : tr("Edit Member"));
    m_jidLabel->setText(models::DisplayFormat::formLabel(memberType().field(kUserJid)->label()));
    m_jidEdit->setPlaceholderText(tr("Type part of a name or address…"));
    m_profileLabel->setText(models::DisplayFormat::formLabel(memberType().field(kCallLegProfile)->label()));
    //: The member's own permissions in the space, as check boxes.
    m_permissionsLabel->setText(tr("Permissions:"));
    for (auto it = m_permissions.cbegin(); it != m_permissions.cend(); ++it)
        it.value()->setText(memberType().field(it.key())->label());
    fillProfiles();
}

void MemberDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void MemberDialog::fillProfiles()
{
    //: No call leg profile of the member's own: the one of the space (or above) applies.
    setChoices(
        m_profileCombo, callLegProfileChoices(tr("(inherited)")), initialValues().value(kCallLegProfile));
}

QString MemberDialog::userJid() const
{
    return m_jidEdit->text().trimmed();
}

QString MemberDialog::value(const QString &field) const
{
    if (field == kUserJid)
        return userJid();
    if (field == kCallLegProfile)
        return m_profileCombo->currentData().toString();
    if (QCheckBox *check = m_permissions.value(field))
        return check->isChecked() ? QStringLiteral("true") : QStringLiteral("false");
    return {};
}

QString MemberDialog::fieldError(const QString &field) const
{
    if (field == kUserJid)
        return m_jidError->text();
    if (field == kCallLegProfile)
        return m_profileError->text();
    return generalError()->text();
}

void MemberDialog::onJidEdited()
{
    m_jidProblem = userJid().isEmpty()
        ? QString()
        : cms::Schema::checkValue(*memberType().field(kUserJid), userJid(), serverVersion());
    // The field is also where a user is looked for by name: a name typed to search is no error.
    // What is wrong with the address is said once it looks like one, or when the field is left.
    const bool looksLikeAddress = userJid().contains(QLatin1Char('@'));
    setError(kUserJid, looksLikeAddress ? m_jidProblem : QString());
    updateSaveButton();
}

void MemberDialog::setError(const QString &field, const QString &message)
{
    QLabel *label = field == kUserJid ? m_jidError
        : field == kCallLegProfile    ? m_profileError
                                      : generalError();
    label->setText(message);
    label->setVisible(!message.isEmpty());
    if (field != QString())
        generalError()->setVisible(false);
}

void MemberDialog::updateSaveButton()
{
    const bool jidOk = !isNew() || (!userJid().isEmpty() && m_jidProblem.isEmpty());
    saveButton()->setEnabled(jidOk && !isSaving());
}

QString MemberDialog::notConnectedText() const
{
    return tr("The cluster is not connected.");
}

MemberDialog::Values MemberDialog::editedValues() const
{
    Values values;
    if (isNew())
        values.insert(kUserJid, userJid());
    values.insert(kCallLegProfile, value(kCallLegProfile));
    for (auto it = m_permissions.cbegin(); it != m_permissions.cend(); ++it)
        values.insert(it.key(), value(it.key()));
    return values;
}

// Unset on the server reads as false here: a permission is sent only when really changed (and always
// for a new member).
MemberDialog::Values MemberDialog::loadedValues() const
{
    Values values = initialValues();
    for (auto it = m_permissions.cbegin(); it != m_permissions.cend(); ++it)
        values.insert(it.key(),
            values.value(it.key()) == QLatin1String("true") ? QStringLiteral("true")
                                                            : QStringLiteral("false"));
    return values;
}

void MemberDialog::showRefusal(const cms::ObjectChange &change)
{
    const cms::CmsError &error = change.error();
    QString field = change.errorField();
    QString message = change.errorFieldText();
    if (field == kUserJid && error.parameterError == QLatin1String("duplicateValue"))
        message = tr("This user is already a member of the space.");
    else if (field == kUserJid && error.reason == QLatin1String("userDoesNotExist"))
        message = tr("No user has this address.");
    if (field != kUserJid && field != kCallLegProfile)
        field.clear();
    setError(field, message);
    if (field == kUserJid)
        m_jidEdit->setFocus();
}

} // namespace views
