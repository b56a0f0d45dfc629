#include "memberdialog.h"

#include "clustersession.h"
#include "cmserror.h"
#include "cmsreply.h"
#include "cmsrequest.h"
#include "connection.h"
#include "schema.h"
#include "sessionversion.h"
#include "usercompletionmodel.h"

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

QLabel *errorLabel(QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, QColor(0xc0, 0x1c, 0x28));
    label->setPalette(palette);
    label->setVisible(false);
    return label;
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
    : QDialog(parent)
    , m_session(session)
    , m_spaceId(spaceId)
    , m_memberId(memberId)
    , m_initial(values)
    , m_profiles(callLegProfiles)
    , m_serverVersion(models::serverVersion(session))
    , m_jidLabel(new QLabel(this))
    , m_jidEdit(new QLineEdit(values.value(kUserJid), this))
    , m_jidError(errorLabel(this, QStringLiteral("userJidError")))
    , m_profileLabel(new QLabel(this))
    , m_profileCombo(new QComboBox(this))
    , m_profileError(errorLabel(this, QStringLiteral("callLegProfileError")))
    , m_permissionsLabel(new QLabel(this))
    , m_generalError(errorLabel(this, QStringLiteral("generalError")))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
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
            || !field.existsIn(m_serverVersion))
            continue;
        auto *check = new QCheckBox(this);
        check->setObjectName(field.name + QLatin1String("Check"));
        check->setChecked(values.value(field.name) == QLatin1String("true"));
        connect(check, &QCheckBox::toggled, this, [this] { m_generalError->setVisible(false); });
        checks->addWidget(check);
        m_permissions.insert(field.name, check);
        m_permissionOrder.append(field.name);
    }
    form->addRow(m_permissionsLabel, checks);

    auto *layout = new QVBoxLayout(this);
    layout->setSizeConstraint(QLayout::SetMinimumSize); // grows when an error appears under a field
    layout->addLayout(form);
    layout->addWidget(m_generalError);
    m_buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveButton"));
    layout->addWidget(m_buttons);

    connect(m_jidEdit, &QLineEdit::textChanged, this, &MemberDialog::onJidEdited);
    connect(m_jidEdit, &QLineEdit::editingFinished, this, [this] { setError(kUserJid, m_jidProblem); });
    connect(m_profileCombo, &QComboBox::currentIndexChanged, this, [this] { setError(kCallLegProfile, {}); });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &MemberDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &MemberDialog::reject);

    retranslateUi();
    updateSaveButton();
}

MemberDialog::~MemberDialog()
{
    if (m_saving)
        m_saving->disconnect(this);
}

void MemberDialog::retranslateUi()
{
    setWindowTitle(isNew() ? tr("Add Member") : tr("Edit Member"));
    m_jidLabel->setText(tr("%1:").arg(memberType().field(kUserJid)->label()));
    m_jidEdit->setPlaceholderText(tr("Type part of a name or address…"));
    m_profileLabel->setText(tr("%1:").arg(memberType().field(kCallLegProfile)->label()));
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
    const QString current = m_profileCombo->count() > 0 ? m_profileCombo->currentData().toString()
                                                        : m_initial.value(kCallLegProfile);
    const QSignalBlocker blocker(m_profileCombo);
    m_profileCombo->clear();
    //: No call leg profile of the member's own: the one of the space (or above) applies.
    m_profileCombo->addItem(tr("(inherited)"), QString());
    for (const auto &profile : std::as_const(m_profiles))
        m_profileCombo->addItem(profile.second.isEmpty() ? profile.first : profile.second, profile.first);
    int index = m_profileCombo->findData(current);
    if (index < 0 && !current.isEmpty()) {
        m_profileCombo->addItem(current, current);
        index = m_profileCombo->count() - 1;
    }
    m_profileCombo->setCurrentIndex(qMax(0, index));
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
    return m_generalError->text();
}

void MemberDialog::onJidEdited()
{
    m_jidProblem = userJid().isEmpty()
        ? QString()
        : cms::Schema::checkValue(*memberType().field(kUserJid), userJid(), m_serverVersion);
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
                                      : m_generalError;
    label->setText(message);
    label->setVisible(!message.isEmpty());
    if (field != QString())
        m_generalError->setVisible(false);
}

void MemberDialog::updateSaveButton()
{
    const bool jidOk = !isNew() || (!userJid().isEmpty() && m_jidProblem.isEmpty());
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(jidOk && !m_saving);
}

void MemberDialog::accept()
{
    if (m_saving)
        return;
    cms::Connection *connection = m_session ? m_session->connection() : nullptr;
    if (!connection) {
        setError({}, tr("The cluster is not connected."));
        return;
    }
    cms::Schema::Params params;
    if (isNew()) {
        params.append({kUserJid, userJid()});
        if (!value(kCallLegProfile).isEmpty())
            params.append({kCallLegProfile, value(kCallLegProfile)});
        for (const QString &name : std::as_const(m_permissionOrder))
            params.append({name, value(name)});
    } else {
        if (value(kCallLegProfile) != m_initial.value(kCallLegProfile))
            params.append({kCallLegProfile, value(kCallLegProfile)});
        for (const QString &name : std::as_const(m_permissionOrder)) {
            // Unset on the server reads as false here: only a real change is sent.
            const bool was = m_initial.value(name) == QLatin1String("true");
            if (m_permissions.value(name)->isChecked() != was)
                params.append({name, value(name)});
        }
        if (params.isEmpty()) {
            QDialog::accept();
            return;
        }
    }
    const auto issues = cms::Schema::validate(
        memberType(), params, isNew() ? cms::WriteMode::Create : cms::WriteMode::Update, m_serverVersion);
    if (!issues.isEmpty()) {
        for (const cms::ValidationIssue &issue : issues)
            showServerError(cms::CmsError::invalidInput(issue.field, issue.message));
        return;
    }
    QStringList sent;
    for (const auto &param : std::as_const(params))
        sent.append(param.first);
    const QString collection = QStringLiteral("coSpaces/%1/coSpaceUsers").arg(m_spaceId);
    m_saving = connection->sendShared(isNew()
            ? cms::CmsRequest::post(collection, params)
            : cms::CmsRequest::put(collection + QLatin1Char('/') + m_memberId, params));
    cms::CmsReply *reply = m_saving;
    connect(reply, &cms::CmsReply::finished, this, [this, reply, sent] { onSaved(reply, sent); });
    updateSaveButton();
}

void MemberDialog::onSaved(cms::CmsReply *reply, const QStringList &fieldsSent)
{
    m_saving = nullptr;
    updateSaveButton();
    if (!reply->isOk()) {
        showServerError(reply->error());
        return;
    }
    if (isNew())
        m_memberId = reply->createdId();
    Q_EMIT saved(m_memberId, fieldsSent);
    QDialog::accept();
}

void MemberDialog::showServerError(const cms::CmsError &error)
{
    QString field = error.field;
    if (field.isEmpty())
        field = error.parameter;
    if (field.isEmpty()) {
        if (error.reason == QLatin1String("userDoesNotExist")
            || error.reason == QLatin1String("duplicateCoSpaceUser"))
            field = kUserJid;
        else if (error.reason == QLatin1String("callLegProfileDoesNotExist"))
            field = kCallLegProfile;
    }
    QString message = error.kind == cms::CmsError::Kind::InvalidInput && !error.sentence.isEmpty()
        ? error.sentence
        : error.message();
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
