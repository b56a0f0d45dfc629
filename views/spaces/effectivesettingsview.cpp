#include "spaces/effectivesettingsview.h"

#include "cluster/clustersession.h"
#include "common/displayformat.h"
#include "common/elidingcombobox.h"
#include "config/effectivesettingsloader.h"
#include "schema/schema.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace views {

using cms::EffectiveSettings;
using cms::EffectiveValue;
using cms::JoinKind;
using cms::JoinWay;
using cms::SettingLevel;

EffectiveSettingsView::EffectiveSettingsView(QWidget *parent)
    : QWidget(parent)
    , m_joinLabel(new QLabel(this))
    , m_joinSelector(new ElidingComboBox(this))
    , m_reloadButton(new QPushButton(this))
    , m_detailsLabel(new QLabel(this))
    , m_explanationLabel(new QLabel(this))
    , m_table(new QTreeWidget(this))
    , m_statusLabel(new QLabel(this))
{
    m_joinSelector->setObjectName(QStringLiteral("joinSelector"));
    m_joinLabel->setBuddy(m_joinSelector);
    m_reloadButton->setObjectName(QStringLiteral("reloadButton"));
    m_detailsLabel->setObjectName(QStringLiteral("joinDetails"));
    m_detailsLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_explanationLabel->setObjectName(QStringLiteral("effectiveSettingsExplanation"));
    m_explanationLabel->setWordWrap(true);
    m_statusLabel->setObjectName(QStringLiteral("effectiveSettingsStatus"));
    m_statusLabel->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("effectiveSettingsTable"));
    m_table->setColumnCount(ColumnCount);
    m_table->setRootIsDecorated(false);
    m_table->setAlternatingRowColors(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setUniformRowHeights(true);
    m_table->header()->setStretchLastSection(true);

    auto *top = new QHBoxLayout;
    top->addWidget(m_joinLabel);
    top->addWidget(m_joinSelector, 1);
    top->addWidget(m_reloadButton);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_detailsLabel);
    layout->addWidget(m_explanationLabel);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_statusLabel);

    connect(m_joinSelector, &QComboBox::currentIndexChanged, this, [this] { showCurrentWay(); });
    connect(m_reloadButton, &QPushButton::clicked, this, &EffectiveSettingsView::reload);

    retranslateUi();
    setState(State::Empty);
}

EffectiveSettingsView::~EffectiveSettingsView()
{
    for (const QMetaObject::Connection &c : std::as_const(m_sessionConnections))
        disconnect(c);
}

void EffectiveSettingsView::setSpace(cms::ClusterSession *session, const QString &spaceId)
{
    for (const QMetaObject::Connection &c : std::as_const(m_sessionConnections))
        disconnect(c);
    m_sessionConnections.clear();
    if (session != m_session) {
        delete m_loader;
        m_loader = nullptr;
    }
    m_session = session;
    m_spaceId = spaceId;
    if (session) {
        // The connection exists only while the session is open: a new one means a new loader.
        m_sessionConnections.append(connect(session, &cms::ClusterSession::stateChanged, this, [this] {
            delete m_loader;
            m_loader = nullptr;
            startLoading();
        }));
    }
    startLoading();
}

void EffectiveSettingsView::reload()
{
    if (m_loader)
        m_loader->clearCache();
    startLoading();
}

void EffectiveSettingsView::startLoading()
{
    if (!m_session || m_spaceId.isEmpty()) {
        m_settings = {};
        fillSelector();
        setState(State::Empty);
        return;
    }
    cms::Connection *connection = m_session->connection();
    if (m_session->state() != cms::ClusterSession::State::Open || !connection) {
        setState(State::Waiting);
        return;
    }
    // A space of its own: what was shown belongs to another one.
    if (m_settings.spaceId != m_spaceId) {
        m_settings = {};
        fillSelector();
    }
    if (!isVisible()) {
        // Read when shown: a hidden tab costs no requests while the user goes from space to space.
        if (m_loader)
            m_loader->cancel();
        m_loadWhenShown = true;
        setState(State::Loading);
        return;
    }
    m_loadWhenShown = false;
    if (!m_loader) {
        m_loader = new cms::EffectiveSettingsLoader(*connection, this);
        connect(m_loader, &cms::EffectiveSettingsLoader::loaded, this, &EffectiveSettingsView::onLoaded);
        connect(m_loader, &cms::EffectiveSettingsLoader::failed, this, &EffectiveSettingsView::onFailed);
    }
    const int endpoint = m_session->activeEndpoint();
    m_loader->setServerVersion(
        endpoint >= 0 ? cms::Schema::versionNumber(m_session->status(endpoint).softwareVersion) : 0);
    setState(State::Loading);
    m_loader->load(m_spaceId);
}

void EffectiveSettingsView::setState(State state)
{
    m_state = state;
    const bool loaded = state == State::Loaded;
    m_joinSelector->setEnabled(loaded && m_joinSelector->count() > 0);
    m_table->setEnabled(loaded);
    m_reloadButton->setEnabled(state == State::Loaded || state == State::Failed);
    updateStatus();
    Q_EMIT stateChanged(state);
}

void EffectiveSettingsView::onLoaded(const EffectiveSettings &settings)
{
    if (settings.spaceId != m_spaceId)
        return;
    m_settings = settings;
    m_error = {};
    fillSelector();
    setState(State::Loaded);
}

void EffectiveSettingsView::onFailed(const cms::CmsError &error)
{
    m_error = error;
    setState(State::Failed);
}

void EffectiveSettingsView::setCurrentWay(int index)
{
    m_joinSelector->setCurrentIndex(index);
}

int EffectiveSettingsView::currentWay() const
{
    return m_joinSelector->currentData().isValid() ? m_joinSelector->currentData().toInt() : -1;
}

// Rebuilds the selector's items (after a load or a change of language), keeping the way chosen.
void EffectiveSettingsView::fillSelector()
{
    const int previous = m_joinSelector->currentIndex();
    const QString previousId
        = previous >= 0 ? m_joinSelector->itemData(previous, RawRole).toString() : QString();
    {
        const QSignalBlocker blocker(m_joinSelector);
        m_joinSelector->clear();
        int keep = 0;
        for (int i = 0; i < m_settings.ways.size(); ++i) {
            const JoinWay &way = m_settings.ways.at(i);
            const QString key = QString::number(int(way.kind)) + QLatin1Char('/') + way.id;
            m_joinSelector->addItem(wayLabel(way), i);
            m_joinSelector->setItemData(i, key, RawRole);
            m_joinSelector->setItemData(i, wayDetails(way), Qt::ToolTipRole);
            if (key == previousId)
                keep = i;
        }
        m_joinSelector->setCurrentIndex(m_settings.ways.isEmpty() ? -1 : keep);
    }
    showCurrentWay();
}

void EffectiveSettingsView::showCurrentWay()
{
    m_table->clear();
    const int index = currentWay();
    if (index < 0 || index >= m_settings.ways.size()) {
        m_detailsLabel->clear();
        m_explanationLabel->clear();
        return;
    }
    const JoinWay &way = m_settings.ways.at(index);
    m_detailsLabel->setText(wayDetails(way));
    m_explanationLabel->setText(wayExplanation(way));

    const auto addGroup = [this](const QString &title, const cms::ObjectType *type,
                                 const QList<EffectiveValue> &values) {
        auto *group = new QTreeWidgetItem(m_table, {title});
        QFont bold = group->font(SettingColumn);
        bold.setBold(true);
        group->setFont(SettingColumn, bold);
        group->setFirstColumnSpanned(true);
        group->setFlags(Qt::ItemIsEnabled);
        for (const EffectiveValue &v : values) {
            const cms::FieldDef *def = type ? type->field(v.field) : nullptr;
            auto *item = new QTreeWidgetItem(m_table);
            item->setText(SettingColumn, def ? def->label() : v.field);
            item->setToolTip(SettingColumn, v.field);
            item->setData(SettingColumn, RawRole, v.field);
            item->setText(ValueColumn, displayValue(v));
            item->setData(ValueColumn, RawRole, v.value);
            item->setText(LevelColumn, EffectiveSettings::levelName(v.level));
            item->setData(LevelColumn, RawRole, int(v.level));
            if (v.level == SettingLevel::Tenant)
                item->setToolTip(LevelColumn, m_settings.tenantName);
            if (v.field == QLatin1String("passcodeMode") || v.field == QLatin1String("passcodeTimeout"))
                item->setToolTip(ValueColumn,
                                 tr("Applies to SIP callers only; joins from the web app are not affected."));
            else if (def && def->type == cms::FieldType::Enum && !v.value.isEmpty())
                item->setToolTip(ValueColumn, v.value);
            item->setText(ProfileColumn, profileLabel(v));
            item->setToolTip(ProfileColumn, v.profileId);
            // A server default is shown dimmed rather than in italics, which Arabic and Korean
            // scripts do not have (Qt would slant the glyphs).
            if (v.level == SettingLevel::Default)
                item->setForeground(ValueColumn, m_table->palette().brush(QPalette::Disabled, QPalette::Text));
        }
    };
    addGroup(tr("Call leg profile"), cms::Schema::find(u"callLegProfiles"), way.callLegValues);
    addGroup(tr("Call profile"), cms::Schema::find(u"callProfiles"), way.callValues);
    for (int column = 0; column < ProfileColumn; ++column)
        m_table->resizeColumnToContents(column);
}

void EffectiveSettingsView::updateStatus()
{
    QString text;
    switch (m_state) {
    case State::Empty:
        text = tr("No space selected.");
        break;
    case State::Waiting:
        text = tr("Waiting for the cluster to be connected…");
        break;
    case State::Loading:
        text = tr("Reading the space, its access methods, members and profiles…");
        break;
    case State::Failed:
        text = tr("The settings could not be read: %1").arg(m_error.message());
        break;
    case State::Loaded:
        if (!m_settings.missingProfiles.isEmpty()) {
            text = tr("%Ln referenced profile(s) could not be read (deleted meanwhile?): %1. Their values are "
                      "not counted.", nullptr, int(m_settings.missingProfiles.size()))
                       .arg(QLocale().createSeparatedList(m_settings.missingProfiles));
        }
        break;
    }
    m_statusLabel->setText(text);
    m_statusLabel->setVisible(!text.isEmpty());
}

QString EffectiveSettingsView::wayLabel(const JoinWay &way) const
{
    const QString address = way.uri.isEmpty() ? way.callId : way.uri;
    switch (way.kind) {
    case JoinKind::Guests:
        if (!way.uri.isEmpty() && !way.callId.isEmpty())
            //: A way of joining a space: %1 is its URI, %2 its call ID.
            return tr("Guests (space URI %1, call ID %2)")
                .arg(models::DisplayFormat::isolated(way.uri), models::DisplayFormat::isolated(way.callId));
        if (!address.isEmpty())
            //: A way of joining a space: %1 is its URI or its call ID.
            return tr("Guests (space URI or call ID %1)").arg(models::DisplayFormat::isolated(address));
        return tr("Guests");
    case JoinKind::AccessMethod:
        if (!way.name.isEmpty() && !address.isEmpty())
            //: %1 is the access method's name, %2 its URI or call ID.
            return tr("Access method %1 (%2)")
                .arg(models::DisplayFormat::isolated(way.name), models::DisplayFormat::isolated(address));
        return tr("Access method %1").arg(models::DisplayFormat::isolated(way.name.isEmpty() ? address : way.name));
    case JoinKind::Member:
        //: %1 is the member's user address (JID).
        return tr("Member %1").arg(models::DisplayFormat::isolated(way.userJid));
    }
    return {};
}

QString EffectiveSettingsView::wayDetails(const JoinWay &way) const
{
    if (way.kind == JoinKind::Member)
        //: %1 is a user address (JID).
        return models::DisplayFormat::inLayoutDirection(
            tr("User: %1 (joins as a member, with the web app)").arg(models::DisplayFormat::isolated(way.userJid)));
    //: Shown for an empty URI or call ID.
    const QString none = tr("none");
    //: Whether a passcode is set: "set" or "not set"; the passcode itself is never shown.
    const QString passcode = way.passcodeSet ? tr("set") : tr("not set");
    using models::DisplayFormat;
    return DisplayFormat::inLayoutDirection(
        tr("URI: %1 — call ID: %2 — passcode: %3")
            .arg(way.uri.isEmpty() ? none : DisplayFormat::isolated(way.uri),
                 way.callId.isEmpty() ? none : DisplayFormat::isolated(way.callId), passcode));
}

QString EffectiveSettingsView::wayExplanation(const JoinWay &way) const
{
    switch (way.kind) {
    case JoinKind::Guests:
        return tr("Each value comes from the first profile that sets it: the space's, then the tenant's, "
                  "then the global one; when none does, the server's default applies.");
    case JoinKind::AccessMethod:
        return tr("Each value comes from the first profile that sets it: this access method's call leg "
                  "profile, then the space's, the tenant's and the global ones; when none does, the server's "
                  "default applies.");
    case JoinKind::Member:
        return tr("Each value comes from the first profile that sets it: this member's call leg profile, "
                  "then the space's, the tenant's and the global ones; when none does, the server's "
                  "default applies.");
    }
    return {};
}

QString EffectiveSettingsView::displayValue(const EffectiveValue &v) const
{
    if (v.value.isEmpty())
        //: A setting nobody sets: the server decides.
        return tr("(server's choice)");
    const cms::ObjectType *type
        = cms::Schema::find(v.kind == cms::ProfileKind::CallLeg ? u"callLegProfiles" : u"callProfiles");
    const cms::FieldDef *def = type ? type->field(v.field) : nullptr;
    if (!def)
        return v.value;
    bool ok = false;
    switch (def->type) {
    case cms::FieldType::Bool:
        if (v.value.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0)
            return tr("Yes");
        if (v.value.compare(QLatin1String("false"), Qt::CaseInsensitive) == 0)
            return tr("No");
        return v.value;
    case cms::FieldType::Integer: {
        const qlonglong n = v.value.toLongLong(&ok);
        return ok ? QLocale().toString(n) : v.value;
    }
    case cms::FieldType::Duration: {
        const int seconds = v.value.toInt(&ok);
        return ok ? tr("%Ln second(s)", nullptr, seconds) : v.value;
    }
    case cms::FieldType::Enum:
        return def->valueText(v.value);   // the API's value is in the tooltip
    default:
        return v.value;
    }
}

QString EffectiveSettingsView::profileLabel(const EffectiveValue &v) const
{
    if (v.level == SettingLevel::Default)
        return {};
    if (v.profileId.isEmpty())
        //: Where a value is set: on the space itself, not in a profile.
        return tr("The space itself");
    if (!v.profileName.isEmpty())
        return v.profileName;
    // Call profiles have no name in the API: the label the console keeps, with the id.
    if (v.kind == cms::ProfileKind::Call && m_labels && m_session)
        return m_labels->display(m_session->profile().id, v.profileId);
    return v.profileId;
}

void EffectiveSettingsView::retranslateUi()
{
    m_joinLabel->setText(tr("&Way of joining:"));
    m_joinSelector->setToolTip(tr("Guests by the space's own URI or call ID, an access method, or a member"));
    m_reloadButton->setText(tr("&Reload"));
    m_reloadButton->setToolTip(tr("Read the space and its profiles again"));
    m_table->setHeaderLabels({tr("Setting"), tr("Value"),
                              //: Column: the level a value comes from (global, tenant, space…).
                              tr("Comes from"), tr("Profile")});
    m_table->setAccessibleName(tr("Effective settings"));
    m_table->setAccessibleDescription(tr("Each setting that applies to this way of joining, and the level it comes from"));
    m_detailsLabel->setAccessibleName(tr("Details of this way of joining"));
    fillSelector();
    updateStatus();
}

void EffectiveSettingsView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_loadWhenShown)
        startLoading();
}

void EffectiveSettingsView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace views
