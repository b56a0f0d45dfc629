#include "spaces/spaceobjectdialog.h"

#include "cluster/clustersession.h"
#include "config/objectchange.h"
#include "schema/schema.h"
#include "common/sessionversion.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>

namespace views {

SpaceObjectDialog::SpaceObjectDialog(const cms::ObjectType &type, cms::ClusterSession *session,
    const QString &spaceId, const QString &objectId, const Values &values, const Choices &callLegProfiles,
    QWidget *parent)
    : QDialog(parent)
    , m_type(type)
    , m_session(session)
    , m_spaceId(spaceId)
    , m_objectId(objectId)
    , m_initial(values)
    , m_profiles(callLegProfiles)
    , m_serverVersion(models::serverVersion(session))
    , m_generalError(errorLabel(QStringLiteral("generalError")))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    saveButton()->setObjectName(QStringLiteral("saveButton"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SpaceObjectDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SpaceObjectDialog::reject);
}

SpaceObjectDialog::~SpaceObjectDialog() = default; // a save under way goes on (see ObjectChange)

QPushButton *SpaceObjectDialog::saveButton() const
{
    return m_buttons->button(QDialogButtonBox::Save);
}

bool SpaceObjectDialog::isSaving() const
{
    return !m_saving.isNull();
}

QLabel *SpaceObjectDialog::errorLabel(const QString &objectName)
{
    auto *label = new QLabel(this);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, QColor(0xc0, 0x1c, 0x28));
    label->setPalette(palette);
    label->setVisible(false);
    return label;
}

void SpaceObjectDialog::showGeneralError(const QString &message)
{
    m_generalError->setText(message);
    m_generalError->setVisible(!message.isEmpty());
}

void SpaceObjectDialog::setChoices(QComboBox *combo, const Choices &choices, const QString &initial)
{
    const QString current = combo->count() > 0 ? combo->currentData().toString() : initial;
    const QSignalBlocker blocker(combo);
    combo->clear();
    for (const auto &choice : choices)
        combo->addItem(choice.second, choice.first);
    int index = combo->findData(current);
    if (index < 0 && !current.isEmpty()) {
        combo->addItem(current, current);
        index = combo->count() - 1;
    }
    combo->setCurrentIndex(qMax(0, index));
}

SpaceObjectDialog::Choices SpaceObjectDialog::callLegProfileChoices(const QString &noneText) const
{
    Choices choices {{QString(), noneText}};
    for (const auto &profile : m_profiles)
        choices.append({profile.first, profile.second.isEmpty() ? profile.first : profile.second});
    return choices;
}

void SpaceObjectDialog::accept()
{
    if (m_saving)
        return;
    cms::Connection *connection = m_session ? m_session->connection() : nullptr;
    if (!connection) {
        showGeneralError(notConnectedText());
        return;
    }
    // A new object: every field given. An edit: the changed ones only.
    const cms::ObjectChange::Params params
        = cms::ObjectChange::changedParams(m_type, isNew() ? Values() : loadedValues(), editedValues());
    if (!isNew() && params.isEmpty()) { // nothing changed: nothing to send
        QDialog::accept();
        return;
    }
    auto *change = new cms::ObjectChange(*connection, m_type,
        isNew() ? cms::WriteMode::Create : cms::WriteMode::Update, m_serverVersion, this);
    m_saving = change;
    connect(change, &cms::ObjectChange::finished, this, &SpaceObjectDialog::onSaved);
    const QString collection = QStringLiteral("coSpaces/%1/").arg(m_spaceId) + m_type.collection;
    change->start(isNew() ? collection : collection + QLatin1Char('/') + m_objectId, params);
    updateSaveButton();
}

void SpaceObjectDialog::onSaved()
{
    cms::ObjectChange *change = m_saving;
    m_saving = nullptr;
    change->deleteLater();
    updateSaveButton();
    if (!change->isOk()) {
        showRefusal(*change);
        return;
    }
    if (isNew())
        m_objectId = change->createdId();
    QStringList sent;
    for (const auto &param : change->sentParams())
        sent.append(param.first);
    Q_EMIT saved(m_objectId, sent);
    QDialog::accept();
}

} // namespace views
