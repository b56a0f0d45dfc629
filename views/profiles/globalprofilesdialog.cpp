#include "profiles/globalprofilesdialog.h"

#include "api/cmsnode.h"
#include "api/cmsreply.h"
#include "api/cmsrequest.h"
#include "cluster/clustersession.h"
#include "common/sessionversion.h"
#include "config/objectchange.h"
#include "config/profilelabels.h"
#include "net/collectionpager.h"
#include "net/connection.h"
#include "schema/schema.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace views {

namespace {

const cms::ObjectType &systemProfilesType()
{
    return *cms::Schema::find(u"system/profiles");
}

} // namespace

GlobalProfilesDialog::GlobalProfilesDialog(cms::ClusterSession *session, cms::ProfileLabels &labels, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_labels(labels)
    , m_intro(new QLabel(this))
    , m_status(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Close, this))
{
    setObjectName(QStringLiteral("globalProfilesDialog"));
    m_intro->setWordWrap(true);
    m_status->setWordWrap(true);
    m_status->setObjectName(QStringLiteral("globalProfilesStatus"));
    m_rows = {
        {QStringLiteral("callProfile"), QStringLiteral("callProfiles"), 0, nullptr, nullptr, {}},
        {QStringLiteral("callLegProfile"), QStringLiteral("callLegProfiles"), 0, nullptr, nullptr, {}},
        {QStringLiteral("dialInSecurityProfile"), QStringLiteral("dialInSecurityProfiles"), 300, nullptr, nullptr, {}},
    };
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    for (Row &row : m_rows) {
        row.label = new QLabel(this);
        row.combo = new QComboBox(this);
        row.combo->setObjectName(row.field);
        row.combo->setEnabled(false);   // until the choices are read
        row.combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        row.label->setBuddy(row.combo);
        form->addRow(row.label, row.combo);
        connect(row.combo, &QComboBox::currentIndexChanged, this, &GlobalProfilesDialog::updateButtons);
    }
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    // Wide enough for the introduction in a few lines and for profile names with their ids.
    setMinimumWidth(fontMetrics().averageCharWidth() * 80);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_buttons->button(QDialogButtonBox::Save), &QPushButton::clicked, this, &GlobalProfilesDialog::save);

    retranslateUi();
    updateButtons();
    load();
}

GlobalProfilesDialog::~GlobalProfilesDialog() = default;

QComboBox *GlobalProfilesDialog::choice(const QString &field) const
{
    for (const Row &row : m_rows) {
        if (row.field == field)
            return row.combo;
    }
    return nullptr;
}

void GlobalProfilesDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void GlobalProfilesDialog::retranslateUi()
{
    setWindowTitle(tr("Global Profiles"));
    m_intro->setText(tr("The profiles that apply to the whole cluster: every tenant, space and call uses them "
                        "unless it names its own."));
    const int version = models::serverVersion(m_session);
    for (Row &row : m_rows) {
        const bool available = version == 0 || version >= row.since;
        if (row.field == QLatin1String("callProfile")) {
            row.label->setText(tr("&Call profile:"));
            row.combo->setAccessibleName(tr("Global call profile"));
        } else if (row.field == QLatin1String("callLegProfile")) {
            row.label->setText(tr("Call &leg profile:"));
            row.combo->setAccessibleName(tr("Global call leg profile"));
        } else {
            row.label->setText(tr("&Dial-in security profile:"));
            row.combo->setAccessibleName(tr("Global dial-in security profile"));
        }
        row.combo->setToolTip(available ? QString()
                                        : tr("This cluster runs a CMS version without them (they came with %1).")
                                              .arg(cms::Schema::versionString(row.since)));
        row.combo->setAccessibleDescription(row.combo->toolTip());
        if (row.combo->count() > 0)
            row.combo->setItemText(0, tr("None (the server's defaults)"));
        if (!row.choices.isEmpty() || m_loaded.contains(row.field))
            fillChoices(row);   // the labels of unknown ids are translated too
    }
}

// GET /system/profiles and every profile of each kind the server has, then the combo boxes.
void GlobalProfilesDialog::load()
{
    cms::Connection *connection = m_session ? m_session->connection() : nullptr;
    if (!connection) {
        m_status->setText(tr("Not connected."));
        return;
    }
    m_status->setText(tr("Reading…"));
    ++m_pendingReads;
    cms::CmsReply *reply = connection->sendShared(cms::CmsRequest::get(QStringLiteral("system/profiles")));
    connect(reply, &cms::CmsReply::finished, this, [this, reply] {
        reply->deleteLater();
        cms::CmsError problem = reply->error();
        const cms::CmsNode object = problem.isOk() ? reply->object(&problem) : cms::CmsNode();
        if (!problem.isOk()) {
            m_readFailed = true;
            m_status->setText(tr("The global profiles could not be read: %1").arg(problem.message()));
        } else {
            for (const Row &row : std::as_const(m_rows)) {
                if (object.has(row.field))
                    m_loaded.insert(row.field, object.value(row.field));
            }
        }
        readDone();
    });
    const int version = models::serverVersion(m_session);
    for (int i = 0; i < m_rows.size(); ++i) {
        if (version != 0 && version < m_rows.at(i).since)
            continue;
        ++m_pendingReads;
        auto *pager = new cms::CollectionPager(*connection, m_rows.at(i).collection, {}, this);
        connect(pager, &cms::CollectionPager::finished, this, [this, pager, i] {
            pager->deleteLater();
            if (pager->error().isOk()) {
                for (const cms::CmsNode &item : pager->items())
                    m_rows[i].choices.append({item.id(), item.value(u"name")});
            } else {
                m_readFailed = true;
                m_status->setText(tr("The profiles could not be read: %1").arg(pager->error().message()));
            }
            readDone();
        });
        pager->start();
    }
}

void GlobalProfilesDialog::readDone()
{
    if (--m_pendingReads > 0)
        return;
    const int version = models::serverVersion(m_session);
    for (Row &row : m_rows) {
        fillChoices(row);
        row.combo->setEnabled(version == 0 || version >= row.since);
    }
    if (!m_readFailed)
        m_status->clear();
    updateButtons();
    adjustSize();   // the choices, now filled, may need more room than the empty combos took
    Q_EMIT loaded();
}

// "(none)" then each profile by name and id; a call profile by the name the console keeps for it.
// An id the cluster no longer has stays listed, marked, so that it is not changed unseen.
void GlobalProfilesDialog::fillChoices(Row &row)
{
    const QString current = row.combo->count() > 0 ? row.combo->currentData().toString() : m_loaded.value(row.field);
    const QSignalBlocker blocker(row.combo);
    row.combo->clear();
    row.combo->addItem(tr("None (the server's defaults)"), QString());
    const QString clusterId = m_session ? m_session->profile().id : QString();
    bool found = current.isEmpty();
    for (const auto &[id, apiName] : std::as_const(row.choices)) {
        const QString name = row.field == QLatin1String("callProfile") ? m_labels.label(clusterId, id) : apiName;
        //: A profile in a list: its name, then its id in brackets
        row.combo->addItem(name.isEmpty() ? id : tr("%1 (%2)").arg(name, id), id);
        found = found || id == current;
    }
    if (!found) {
        //: A profile id the global profiles name but the cluster does not have
        row.combo->addItem(tr("%1 (not found on the cluster)").arg(current), current);
    }
    row.combo->setCurrentIndex(qMax(0, row.combo->findData(current)));
}

QHash<QString, QString> GlobalProfilesDialog::chosen() const
{
    QHash<QString, QString> values;
    for (const Row &row : m_rows) {
        if (row.combo->isEnabled())
            values.insert(row.field, row.combo->currentData().toString());
    }
    return values;
}

void GlobalProfilesDialog::updateButtons()
{
    const bool changed = !cms::ObjectChange::changedParams(systemProfilesType(), m_loaded, chosen()).isEmpty();
    const bool open = m_session && m_session->connection() && !m_busy && m_pendingReads == 0;
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(open && changed);
}

void GlobalProfilesDialog::save()
{
    if (!m_session || !m_session->connection() || m_busy)
        return;
    const QHash<QString, QString> edited = chosen();
    const cms::Schema::Params params = cms::ObjectChange::changedParams(systemProfilesType(), m_loaded, edited);
    if (params.isEmpty())
        return;
    auto *change = new cms::ObjectChange(*m_session->connection(), systemProfilesType(), cms::WriteMode::Update,
                                         models::serverVersion(m_session), this);
    m_busy = true;
    updateButtons();
    m_status->setText(tr("Saving…"));
    connect(change, &cms::ObjectChange::finished, this, [this, change, edited] {
        change->deleteLater();
        m_busy = false;
        if (change->isOk()) {
            for (auto it = edited.constBegin(); it != edited.constEnd(); ++it) {
                if (it.value().isEmpty())
                    m_loaded.remove(it.key());
                else
                    m_loaded.insert(it.key(), it.value());
            }
            m_status->setText(tr("Saved."));
        } else {
            m_status->setText(tr("Not saved: %1").arg(change->error().message()));
        }
        updateButtons();
        Q_EMIT saveFinished(change->isOk());
    });
    change->start(QStringLiteral("system/profiles"), params);
}

} // namespace views
