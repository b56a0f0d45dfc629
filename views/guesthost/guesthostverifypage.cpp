#include "guesthost/guesthostverifypage.h"

#include "common/displayformat.h"
#include "common/wrappingitemdelegate.h"
#include "common/sessionversion.h"
#include "config/effectivesettingsloader.h"
#include "config/guesthoststate.h"
#include "operations/guesthostbatch.h"
#include "guesthost/guesthostexpectations.h"
#include "guesthost/guesthostwizard.h"

#include <QHeaderView>
#include <QLabel>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace views {

namespace {

using State = cms::GuestHostBatch::Entry::State;
using Group = GuestHostExpectation::Group;

enum Column { Expectation, Status };

} // namespace

GuestHostVerifyPage::GuestHostVerifyPage(GuestHostWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_tree(new QTreeWidget(this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("guestHostVerifyPage"));
    m_tree->setObjectName(QStringLiteral("guestHostExpectations"));
    m_tree->setColumnCount(2);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(Expectation, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(Status, QHeaderView::Interactive);
    m_tree->setItemDelegate(new WrappingItemDelegate(m_tree));
    m_status->setObjectName(QStringLiteral("verifyStatus"));
    m_status->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_status);
}

GuestHostVerifyPage::~GuestHostVerifyPage() = default;

void GuestHostVerifyPage::initializePage()
{
    setTitle(tr("Verify"));
    setSubTitle(tr("Read back from the cluster: what a guest and the host now get."));
    m_tree->setHeaderLabels({tr("Expectation"), tr("Status")});
    m_tree->setAccessibleName(tr("Expectations and whether they are met"));
    m_status->setAccessibleName(tr("Outcome of the read-back"));
    m_tree->header()->resizeSection(Status, m_tree->fontMetrics().averageCharWidth() * 18);
    m_tree->clear();
    m_met = 0;
    m_unmet = 0;
    m_verified = false;
    m_queue.clear();
    if (cms::GuestHostBatch *batch = m_wizard->batch()) {
        for (int i = 0; i < batch->count(); ++i) {
            const State state = batch->entries().at(i).state;
            if ((state == State::Done || state == State::NothingToChange) && !batch->entries().at(i).spaceId.isEmpty())
                m_queue.append(i);
        }
    }
    // Nothing changed when the plan page found nothing to change: those spaces are read too.
    if (m_queue.isEmpty() && m_wizard->batch()) {
        for (int i = 0; i < m_wizard->batch()->count(); ++i) {
            const cms::GuestHostBatch::Entry &entry = m_wizard->batch()->entries().at(i);
            if (entry.state == State::NothingToChange && !entry.settings.spaceId.isEmpty())
                m_queue.append(i);
        }
    }
    verifyNext();
}

void GuestHostVerifyPage::verifyNext()
{
    if (m_queue.isEmpty() || !m_wizard->connection()) {
        finish();
        return;
    }
    m_current = m_queue.takeFirst();
    const cms::GuestHostBatch::Entry &entry = m_wizard->batch()->entries().at(m_current);
    const QString spaceId = entry.spaceId.isEmpty() ? entry.settings.spaceId : entry.spaceId;
    //: %1: the space's name
    m_status->setText(tr("Reading back %1…").arg(models::DisplayFormat::isolated(entry.name)));
    m_effective.reset();
    m_readError.clear();
    // The previous space's readers may be the ones emitting right now.
    for (QObject *old : {static_cast<QObject *>(m_loader.data()), static_cast<QObject *>(m_reader.data())}) {
        if (old) {
            old->disconnect(this);
            old->deleteLater();
        }
    }
    m_loader = new cms::EffectiveSettingsLoader(*m_wizard->connection(), this);
    m_loader->setServerVersion(models::serverVersion(m_wizard->session()));
    m_reader = new cms::GuestHostReader(*m_wizard->connection(), this);
    connect(m_loader, &cms::EffectiveSettingsLoader::loaded, this, [this](const cms::EffectiveSettings &settings) {
        m_effective = settings;
        partRead();
    });
    connect(m_loader, &cms::EffectiveSettingsLoader::failed, this, [this](const cms::CmsError &error) {
        m_readError = error.message();
        m_effective = cms::EffectiveSettings();
        partRead();
    });
    connect(m_reader, &cms::GuestHostReader::finished, this, &GuestHostVerifyPage::partRead);
    m_loader->load(spaceId);
    m_reader->read(spaceId);
}

// Both reads are needed: shown once the second answers.
void GuestHostVerifyPage::partRead()
{
    if (!m_effective || !m_reader || !m_reader->isFinished())
        return;
    showSpace(m_current);
    verifyNext();
}

void GuestHostVerifyPage::showSpace(int index)
{
    const cms::GuestHostBatch::Entry &entry = m_wizard->batch()->entries().at(index);
    QTreeWidgetItem *spaceItem = nullptr;
    if (m_wizard->isMany()) {
        spaceItem = new QTreeWidgetItem(m_tree, {models::DisplayFormat::inLayoutDirection(entry.name)});
        spaceItem->setExpanded(true);
    }
    auto addChild = [this](QTreeWidgetItem *parent, const QStringList &texts) {
        return parent ? new QTreeWidgetItem(parent, texts) : new QTreeWidgetItem(m_tree, texts);
    };
    const QString error = !m_reader->error().isOk() ? m_reader->error().message() : m_readError;
    if (!error.isEmpty()) {
        //: %1: why the space could not be read back
        auto *item = addChild(spaceItem, {tr("The space could not be read back: %1").arg(error), tr("Unknown")});
        item->setIcon(Status, style()->standardIcon(QStyle::SP_MessageBoxWarning));
        ++m_unmet;
        return;
    }
    const cms::GuestHostDiagnosis diagnosis = cms::GuestHostCheck::diagnose(m_reader->state());
    const QList<GuestHostExpectation> expectations = GuestHostExpectations::list(entry.settings, *m_effective, diagnosis);
    QHash<int, QTreeWidgetItem *> groups;
    for (const GuestHostExpectation &expectation : expectations) {
        QTreeWidgetItem *&group = groups[int(expectation.group)];
        if (!group) {
            group = addChild(spaceItem, {GuestHostExpectations::groupTitle(expectation.group)});
            group->setFirstColumnSpanned(true);
            QFont bold = group->font(Expectation);
            bold.setBold(true);
            group->setFont(Expectation, bold);
            group->setExpanded(true);
        }
        const QString text = models::DisplayFormat::inLayoutDirection(expectation.text);
        auto *item = new QTreeWidgetItem(group, {text, expectation.met ? tr("Met") : tr("Not met")});
        item->setToolTip(Expectation, text);
        item->setIcon(Status, style()->standardIcon(expectation.met ? QStyle::SP_DialogApplyButton : QStyle::SP_MessageBoxWarning));
        item->setData(Status, Qt::UserRole, expectation.met);
        (expectation.met ? m_met : m_unmet)++;
    }
    m_tree->expandAll();
}

void GuestHostVerifyPage::finish()
{
    m_verified = true;
    m_current = -1;
    if (m_met + m_unmet == 0)
        m_status->setText(tr("No space was set up: nothing to read back."));
    else if (m_unmet == 0)
        m_status->setText(tr("All %Ln expectation(s) met.", nullptr, m_met));
    else
        m_status->setText(tr("%Ln expectation(s) not met: see the rows marked above.", nullptr, m_unmet));
    Q_EMIT completeChanged();
    Q_EMIT verified();
}

bool GuestHostVerifyPage::isComplete() const
{
    return m_verified;
}

} // namespace views
