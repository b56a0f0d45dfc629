#include "meetings/schedulerassistant.h"

#include "cluster/clustersession.h"
#include "cluster/sessionservices.h"
#include "common/sessionversion.h"
#include "meetings/schedulercommandspage.h"
#include "meetings/temporaryspacespage.h"
#include "profiles/schedulerreadinesspanel.h"

#include <QDialogButtonBox>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace views {

SchedulerAssistant::SchedulerAssistant(cms::Connection &connection, int version, const cms::MeetingEndLog *ends,
                                       QWidget *parent)
    : QDialog(parent)
    , m_tabs(new QTabWidget(this))
    , m_readiness(new SchedulerReadinessPanel(connection, version, this))
    , m_commands(new SchedulerCommandsPage(this))
    , m_spaces(new TemporarySpacesPage(connection, ends, this))
{
    setObjectName(QStringLiteral("schedulerAssistant"));
    setWindowTitle(tr("Scheduler Set-Up"));
    m_tabs->setObjectName(QStringLiteral("schedulerAssistantTabs"));
    m_tabs->addTab(m_readiness, tr("API R&eadiness"));
    m_tabs->addTab(m_commands, tr("&Server Console Commands"));
    m_tabs->addTab(m_spaces, tr("&Temporary Spaces"));
    m_tabs->setAccessibleName(tr("Scheduler set-up"));
    // The temporary spaces are read when first looked at: it reads every space.
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (m_tabs->widget(index) == m_spaces)
            m_spaces->refreshOnce();
    });
    connect(m_readiness, &SchedulerReadinessPanel::setupFinished, this, &SchedulerAssistant::setupFinished);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setText(tr("C&lose"));
    connect(buttons, &QDialogButtonBox::rejected, this, &SchedulerAssistant::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(buttons);
    resize(fontMetrics().averageCharWidth() * 150, fontMetrics().height() * 40);
}

SchedulerAssistant::~SchedulerAssistant() = default;

SchedulerAssistant *SchedulerAssistant::openFor(cms::ClusterSession &session, Page page, QWidget *parent)
{
    cms::SessionServices *services = session.services();
    if (!services || !session.connection())
        return nullptr;
    auto *assistant = new SchedulerAssistant(*session.connection(), models::serverVersion(&session),
                                             &services->meetingEnds(), parent);
    assistant->setAttribute(Qt::WA_DeleteOnClose);
    assistant->showPage(page);
    assistant->open();
    return assistant;
}

void SchedulerAssistant::showPage(Page page)
{
    switch (page) {
    case Page::Readiness:
        m_tabs->setCurrentWidget(m_readiness);
        break;
    case Page::Commands:
        m_tabs->setCurrentWidget(m_commands);
        break;
    case Page::TemporarySpaces:
        m_tabs->setCurrentWidget(m_spaces);
        break;
    }
}

SchedulerAssistant::Page SchedulerAssistant::currentPage() const
{
    if (m_tabs->currentWidget() == m_commands)
        return Page::Commands;
    if (m_tabs->currentWidget() == m_spaces)
        return Page::TemporarySpaces;
    return Page::Readiness;
}

void SchedulerAssistant::reject()
{
    // Closing now would leave the cluster half changed, with nobody to undo it.
    if (m_readiness->refuseClose()) {
        showPage(Page::Readiness);
        return;
    }
    QDialog::reject();
}

} // namespace views
