#include "profiles/profileusageview.h"

#include "common/displayformat.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace views {

using Level = cms::ProfileUsage::Level;
using Source = cms::ProfileUsage::Source;

namespace {

// What an entry of the tree opens.
constexpr int LevelRole = Qt::UserRole;
constexpr int IdRole = Qt::UserRole + 1;
constexpr int ParentIdRole = Qt::UserRole + 2;


const Level kLevels[] = {Level::Global, Level::Tenant, Level::Space, Level::AccessMethod, Level::Member,
                         Level::SpaceTemplate, Level::AccessMethodTemplate};

} // namespace

ProfileUsageView::ProfileUsageView(QWidget *parent)
    : QWidget(parent)
    , m_status(new QLabel(this))
    , m_tree(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("profileUsageView"));
    m_status->setObjectName(QStringLiteral("profileUsageStatus"));
    m_status->setWordWrap(true);
    m_tree->setObjectName(QStringLiteral("profileUsageTree"));
    m_tree->setColumnCount(2);
    m_tree->header()->setStretchLastSection(true);
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const QVariant level = item->data(0, LevelRole);
        if (!level.isValid())
            return;   // a level with nothing to open
        cms::ProfileUsage::Place place;
        place.level = Level(level.toInt());
        place.id = item->data(0, IdRole).toString();
        place.parentId = item->data(0, ParentIdRole).toString();
        Q_EMIT placeActivated(place);
    });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_tree, 1);
    retranslateUi();
}

void ProfileUsageView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ProfileUsageView::retranslateUi()
{
    m_tree->setHeaderLabels({tr("Where"), tr("How it was found")});
    m_tree->setAccessibleName(tr("Where the profile is used"));
    m_tree->setAccessibleDescription(tr("Each level that can refer to the profile, with how many use it and which; "
                                        "Enter on an entry opens it where it is edited"));
    if (m_hasUsage)
        fill();
}

void ProfileUsageView::showFinding()
{
    m_hasUsage = false;
    m_tree->clear();
    m_status->setText(tr("Looking for where the profile is used…"));
}

void ProfileUsageView::showError(const QString &message)
{
    m_hasUsage = false;
    m_tree->clear();
    m_status->setText(tr("Where the profile is used could not be found: %1").arg(message));
}

void ProfileUsageView::clear()
{
    m_hasUsage = false;
    m_tree->clear();
    m_status->clear();
}

void ProfileUsageView::showUsage(const cms::ProfileUsage &usage)
{
    m_usage = usage;
    m_hasUsage = true;
    fill();
}

QString ProfileUsageView::levelText(Level level, const cms::ProfileUsage &usage)
{
    const int n = usage.count(level);
    switch (level) {
    case Level::Global:
        return n > 0 ? tr("The global profiles (/system/profiles)") : tr("Not in the global profiles");
    case Level::Tenant:
        return tr("%Ln tenant(s)", nullptr, n);
    case Level::Space:
        return tr("%Ln space(s)", nullptr, n);
    case Level::AccessMethod:
        return usage.source(level) == Source::ServerFlag
            ? (usage.flagged[int(level)] ? tr("Some access methods") : tr("No access method"))
            : tr("Access methods");
    case Level::Member:
        return usage.source(level) == Source::ServerFlag ? (usage.flagged[int(level)] ? tr("Some members") : tr("No member"))
                                                         : tr("Members");
    case Level::SpaceTemplate:
        return tr("%Ln space template(s)", nullptr, n);
    case Level::AccessMethodTemplate:
        return tr("%Ln access method template(s)", nullptr, n);
    }
    return {};
}

QString ProfileUsageView::summary(const cms::ProfileUsage &usage)
{
    QStringList parts;
    for (Level level : kLevels) {
        const bool listed = usage.source(level) == Source::Listed || usage.source(level) == Source::PartlyRead;
        if ((listed && usage.count(level) > 0) || (usage.source(level) == Source::ServerFlag && usage.flagged[int(level)]))
            parts << levelText(level, usage);
    }
    if (parts.isEmpty())
        return tr("It is used nowhere the console can see.");
    return tr("It is used by: %1.").arg(QLocale().createSeparatedList(parts));
}

void ProfileUsageView::fill()
{
    m_tree->clear();
    for (Level level : kLevels) {
        auto *item = new QTreeWidgetItem(m_tree);
        item->setText(0, levelText(level, m_usage));
        QString how;
        switch (m_usage.source(level)) {
        case Source::Listed:
            how = tr("Every one is listed");
            break;
        case Source::ServerFlag:
            how = tr("The server says whether any does, not which");
            break;
        case Source::PartlyRead:
            how = tr("Among the %Ln space(s) read in detail, of %1", nullptr, m_usage.spacesChecked)
                      .arg(models::DisplayFormat::number(m_usage.spacesKnown));
            break;
        case Source::NotChecked:
            how = tr("Not checked: the API cannot tell for this kind of profile");
            break;
        }
        item->setText(1, how);
        if (level == Level::Global && m_usage.count(level) > 0)
            item->setData(0, LevelRole, int(level));
        for (const cms::ProfileUsage::Place &place : m_usage.at(level)) {
            if (level == Level::Global)
                continue;
            auto *child = new QTreeWidgetItem(item);
            child->setText(0, place.name.isEmpty() ? place.id : place.name);
            child->setText(1, place.id);
            child->setToolTip(0, place.id);
            child->setData(0, LevelRole, int(level));
            child->setData(0, IdRole, place.id);
            child->setData(0, ParentIdRole, place.parentId);
        }
        item->setExpanded(item->childCount() > 0 && item->childCount() <= 20);
    }
    m_tree->resizeColumnToContents(0);
    m_status->setText(summary(m_usage));
}

} // namespace views
