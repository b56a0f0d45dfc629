#include "window/mainwindow.h"

#include "activity/activitydock.h"
#include "diagnostics/activitylog.h"
#include "bridges/bridgesmodel.h"
#include "cluster/certificatechangeddialog.h"
#include "cluster/clusterdialog.h"
#include "cluster/clusterregistry.h"
#include "cluster/clustersession.h"
#include "window/clusterstatusbar.h"
#include "cluster/failoversettingsdialog.h"
#include "window/preferencesdialog.h"
#include "window/section.h"
#include "cluster/trustdialog.h"

#include <QAction>
#include <QApplication>
#include <QEvent>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTreeView>
#include <QVBoxLayout>

namespace views {

namespace {

QString hostPort(const QUrl &address)
{
    return address.host() + QLatin1Char(':') + QString::number(address.port(443));
}

} // namespace

MainWindow::MainWindow(cms::ClusterRegistry &registry, cms::ApiTrace &trace, cms::ActivityLog &log, QWidget *parent)
    : QMainWindow(parent)
    , m_registry(registry)
    , m_trace(trace)
    , m_log(log)
    , m_model(new models::BridgesModel(registry, this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/cms-console.svg")));

    m_activityDock = new ActivityDock(trace, log, this);
    addDockWidget(Qt::BottomDockWidgetArea, m_activityDock);
    m_statusBar = new ClusterStatusBar(this);
    setStatusBar(m_statusBar);

    m_pages = new QStackedWidget(this);
    m_pages->setObjectName(QStringLiteral("pages"));
    m_welcome = createWelcomePage();
    m_pages->addWidget(m_welcome);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    splitter->addWidget(createNavigation());
    splitter->addWidget(m_pages);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({240, 900});
    setCentralWidget(splitter);

    createActions();
    createMenus();
    connect(m_sectionList, &QListWidget::currentRowChanged, this, &MainWindow::updatePage);

    connect(&registry, &cms::ClusterRegistry::clusterAdded, this, [this](int index) {
        watchSession(m_registry.session(index));
        setCurrentCluster(m_registry.session(index));
        updatePage();
    });
    connect(&registry, &cms::ClusterRegistry::clusterRemoved, this, [this] {
        if (!currentCluster() && m_registry.count() > 0)
            setCurrentCluster(m_registry.session(0));
        updatePage();
    });
    for (int i = 0; i < registry.count(); ++i)
        watchSession(registry.session(i));
    connect(m_navigation->selectionModel(), &QItemSelectionModel::currentChanged, this, &MainWindow::onNavigationChanged);

    retranslateUi();
    if (registry.count() > 0)
        setCurrentCluster(registry.session(0));
    updatePage();
    resize(1200, 760);
    resizeDocks({m_activityDock}, {220}, Qt::Vertical);   // the section keeps most of the height
}

MainWindow::~MainWindow()
{
    // The children go after this body, pages before sections: no section may call a half-destroyed window.
    for (Section *section : std::as_const(m_sections))
        disconnect(section, nullptr, this, nullptr);
}

void MainWindow::setLanguages(const QList<QPair<QString, QString>> &languages, const QString &current)
{
    m_languages = languages;
    m_language = current;
}

cms::ClusterSession *MainWindow::currentCluster() const
{
    return m_current;
}

void MainWindow::setCurrentCluster(cms::ClusterSession *session)
{
    m_current = session;
    for (Section *section : std::as_const(m_sections)) {
        section->setCurrentCluster(session);
        if (m_current != session)
            return;   // the section chose another cluster meanwhile, and that call did the rest
    }
    m_statusBar->setSession(session);
    const QModelIndex index = session ? m_model->clusterIndex(session) : QModelIndex();
    if (index.isValid() && m_model->sessionAt(m_navigation->currentIndex()) != session)
        m_navigation->setCurrentIndex(index);
    updateActions();
}

void MainWindow::createActions()
{
    m_addCluster = new QAction(this);
    m_addCluster->setObjectName(QStringLiteral("addClusterAction"));
    m_addCluster->setShortcut(QKeySequence::New);
    connect(m_addCluster, &QAction::triggered, this, &MainWindow::showAddCluster);

    m_editCluster = new QAction(this);
    m_editCluster->setObjectName(QStringLiteral("editClusterAction"));
    m_editCluster->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(m_editCluster, &QAction::triggered, this, &MainWindow::showEditCluster);

    m_failoverSettings = new QAction(this);
    m_failoverSettings->setObjectName(QStringLiteral("failoverSettingsAction"));
    m_failoverSettings->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    connect(m_failoverSettings, &QAction::triggered, this, &MainWindow::showFailoverSettings);

    m_removeCluster = new QAction(this);
    m_removeCluster->setObjectName(QStringLiteral("removeClusterAction"));
    m_removeCluster->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Delete));
    connect(m_removeCluster, &QAction::triggered, this, &MainWindow::confirmRemoveCluster);

    m_quit = new QAction(this);
    m_quit->setShortcut(QKeySequence::Quit);
    m_quit->setMenuRole(QAction::QuitRole);
    connect(m_quit, &QAction::triggered, this, &QWidget::close);

    m_preferences = new QAction(this);
    m_preferences->setObjectName(QStringLiteral("preferencesAction"));
    m_preferences->setShortcuts({QKeySequence::Preferences, QKeySequence(Qt::CTRL | Qt::Key_Comma)});
    m_preferences->setMenuRole(QAction::PreferencesRole);
    connect(m_preferences, &QAction::triggered, this, &MainWindow::showPreferences);

    m_about = new QAction(this);
    m_about->setMenuRole(QAction::AboutRole);
    connect(m_about, &QAction::triggered, this, &MainWindow::showAbout);
    m_aboutQt = new QAction(this);
    m_aboutQt->setMenuRole(QAction::AboutQtRole);
    connect(m_aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(m_quit);

    m_clusterMenu = menuBar()->addMenu(QString());
    m_clusterMenu->addAction(m_addCluster);
    m_clusterMenu->addAction(m_editCluster);
    m_clusterMenu->addAction(m_failoverSettings);
    m_clusterMenu->addSeparator();
    m_refreshPlace = m_clusterMenu->addSeparator();   // the current section's Refresh goes above
    m_clusterMenu->addAction(m_removeCluster);

    // Each section's own menu is inserted before View; its View action before m_sectionsEnd.
    m_viewMenu = menuBar()->addMenu(QString());
    m_sectionsEnd = m_viewMenu->addSeparator();
    QAction *activity = m_activityDock->toggleViewAction();
    activity->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_A));
    m_viewMenu->addAction(activity);
    // The dock's toggle action takes the dock's title whenever it changes (after a language switch the
    // dock retranslates after the window): give it back its text with a mnemonic.
    connect(m_activityDock, &QDockWidget::windowTitleChanged, this,
            [activity] { activity->setText(tr("&Activity")); });

    m_toolsMenu = menuBar()->addMenu(QString());
    m_toolsMenu->addAction(m_activityDock->copyCurlAction());
    m_toolsMenu->addSeparator();
    m_toolsMenu->addAction(m_preferences);

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_about);
    m_helpMenu->addAction(m_aboutQt);
}

QWidget *MainWindow::createNavigation()
{
    auto *panel = new QWidget(this);
    panel->setObjectName(QStringLiteral("navigationPanel"));
    m_sectionsTitle = new QLabel(panel);
    m_sectionList = new QListWidget(panel);
    m_sectionList->setObjectName(QStringLiteral("sectionList"));

    m_clustersTitle = new QLabel(panel);
    m_navigation = new QTreeView(panel);
    m_navigation->setObjectName(QStringLiteral("navigationView"));
    m_navigation->setModel(m_model);
    m_navigation->setHeaderHidden(true);
    m_navigation->setUniformRowHeights(true);
    for (int c = 1; c < int(models::BridgesModel::Column::Count); ++c)
        m_navigation->setColumnHidden(c, true);
    m_navigation->expandAll();
    connect(m_model, &QAbstractItemModel::rowsInserted, m_navigation, [this](const QModelIndex &parent) {
        m_navigation->expand(parent.isValid() ? parent : QModelIndex());
        m_navigation->expandAll();
    });
    m_clustersTitle->setBuddy(m_navigation);
    m_sectionsTitle->setBuddy(m_sectionList);

    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_sectionsTitle);
    layout->addWidget(m_sectionList);
    layout->addWidget(m_clustersTitle);
    layout->addWidget(m_navigation, 1);
    return panel;
}

QWidget *MainWindow::createWelcomePage()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("welcomePage"));
    m_welcomeTitle = new QLabel(page);
    QFont title = m_welcomeTitle->font();
    title.setPointSizeF(title.pointSizeF() * 1.4);
    title.setBold(true);
    m_welcomeTitle->setFont(title);
    m_welcomeText = new QLabel(page);
    m_welcomeText->setWordWrap(true);
    m_welcomeAdd = new QPushButton(page);
    m_welcomeAdd->setObjectName(QStringLiteral("welcomeAddButton"));
    connect(m_welcomeAdd, &QPushButton::clicked, this, &MainWindow::showAddCluster);

    auto *layout = new QVBoxLayout(page);
    layout->addStretch();
    layout->addWidget(m_welcomeTitle, 0, Qt::AlignHCenter);
    layout->addWidget(m_welcomeText, 0, Qt::AlignHCenter);
    layout->addWidget(m_welcomeAdd, 0, Qt::AlignHCenter);
    layout->addStretch(2);
    return page;
}

// The Sections list shows every section without scrolling, in the height the language's font takes
// (Arabic and Korean lines are taller than Latin ones).
void MainWindow::fitSectionList()
{
    int height = 2 * m_sectionList->frameWidth() + 4;
    for (int row = 0; row < m_sectionList->count(); ++row)
        height += m_sectionList->sizeHintForRow(row);
    m_sectionList->setFixedHeight(height);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslateUi()
{
    setWindowTitle(tr("CMS Console"));
    m_fileMenu->setTitle(tr("&File"));
    m_clusterMenu->setTitle(tr("&Cluster"));
    m_viewMenu->setTitle(tr("&View"));
    m_toolsMenu->setTitle(tr("&Tools"));
    m_helpMenu->setTitle(tr("&Help"));
    m_addCluster->setText(tr("&Add Cluster…"));
    m_addCluster->setStatusTip(tr("Connect to another cluster by the address of one of its call bridges."));
    m_editCluster->setText(tr("&Edit Cluster…"));
    m_failoverSettings->setText(tr("&Failover Settings…"));
    m_removeCluster->setText(tr("&Remove Cluster…"));
    m_quit->setText(tr("&Quit"));
    for (int i = 0; i < m_sections.size(); ++i) {
        m_sectionList->item(i)->setText(m_sections.at(i)->title());
        m_showSectionActions.at(i)->setText(m_sections.at(i)->menuTitle());
        if (m_sectionMenus.at(i))
            m_sectionMenus.at(i)->setTitle(m_sections.at(i)->menuTitle());
    }
    m_preferences->setText(tr("&Preferences…"));
    m_about->setText(tr("&About CMS Console"));
    m_aboutQt->setText(tr("About &Qt"));
    m_activityDock->toggleViewAction()->setText(tr("&Activity"));
    m_sectionsTitle->setText(tr("&Sections"));
    m_clustersTitle->setText(tr("C&lusters"));
    // An item view takes no name from its label's buddy: the accessibility bridge needs its own.
    m_sectionList->setAccessibleName(tr("Sections"));
    fitSectionList();
    m_navigation->setAccessibleName(tr("Clusters"));
    m_navigation->setAccessibleDescription(tr("Every cluster with its call bridges; the one chosen is the current cluster"));
    m_welcomeTitle->setText(tr("No cluster yet"));
    m_welcomeText->setText(tr("Add a cluster by the address of one of its call bridges. To try the console first, "
                              "start it with --demo: it then runs a simulated cluster of its own."));
    m_welcomeAdd->setText(tr("Add a Cluster…"));
}

void MainWindow::updateActions()
{
    const bool hasCluster = currentCluster() != nullptr;
    m_editCluster->setEnabled(hasCluster);
    m_failoverSettings->setEnabled(hasCluster);
    m_removeCluster->setEnabled(hasCluster);
}

void MainWindow::addSection(Section *section)
{
    Q_ASSERT(section->widget());
    section->setParent(this);
    m_sections.append(section);
    m_pages->addWidget(section->widget());

    auto *item = new QListWidgetItem(section->icon(), section->title());
    m_sectionList->addItem(item);
    fitSectionList();

    auto *show = new QAction(section->menuTitle(), this);
    show->setObjectName(section->objectName() + QStringLiteral("ShowAction"));
    show->setShortcut(section->shortcut());
    connect(show, &QAction::triggered, this, [this, section] { showSection(section); });
    m_viewMenu->insertAction(m_sectionsEnd, show);
    m_showSectionActions.append(show);

    QMenu *menu = nullptr;
    const QList<QAction *> actions = section->menuActions();
    if (!actions.isEmpty()) {
        menu = new QMenu(section->menuTitle(), this);
        menu->addActions(actions);
        menuBar()->insertMenu(m_viewMenu->menuAction(), menu);
    }
    m_sectionMenus.append(menu);

    connect(section, &Section::currentClusterChosen, this, [this](cms::ClusterSession *session) {
        if (session != m_current)
            setCurrentCluster(session);
    });
    connect(section, &Section::dialogOpened, this, &MainWindow::dialogOpened);
    section->setCurrentCluster(m_current);
    if (m_sectionList->currentRow() < 0)
        m_sectionList->setCurrentRow(0);   // the first section is shown first
    updatePage();
}

void MainWindow::updatePage()
{
    Section *section = currentSection();
    m_pages->setCurrentWidget(m_registry.count() > 0 && section ? section->widget() : m_welcome);
    showRefreshOf(section);
    updateActions();
}

// The Cluster menu's Refresh is the current section's.
void MainWindow::showRefreshOf(Section *section)
{
    QAction *refresh = section ? section->refreshAction() : nullptr;
    if (refresh == m_shownRefresh)
        return;
    if (m_shownRefresh)
        m_clusterMenu->removeAction(m_shownRefresh);
    m_shownRefresh = refresh;
    if (refresh)
        m_clusterMenu->insertAction(m_refreshPlace, refresh);
}

void MainWindow::showSection(Section *section)
{
    const int row = m_sections.indexOf(section);
    if (row < 0)
        return;
    m_sectionList->setCurrentRow(row);
    updatePage();
    section->focusTarget()->setFocus();
}

Section *MainWindow::currentSection() const
{
    return m_sections.value(m_sectionList->currentRow());
}

void MainWindow::onNavigationChanged()
{
    cms::ClusterSession *session = m_model->sessionAt(m_navigation->currentIndex());
    if (session && session != currentCluster())
        setCurrentCluster(session);
}

void MainWindow::watchSession(cms::ClusterSession *session)
{
    if (!session)
        return;
    connect(session, &cms::ClusterSession::certificateProblem, this,
            [this, session](int endpointIndex, const cms::CmsError &error) {
                onCertificateProblem(session, endpointIndex, error);
            });
}

void MainWindow::onCertificateProblem(cms::ClusterSession *session, int endpointIndex, const cms::CmsError &error)
{
    if (endpointIndex < 0 || endpointIndex >= session->endpointCount())
        return;
    const QString key = session->profile().id + QLatin1Char('/') + QString::number(endpointIndex);
    if (m_certificateDialogs.value(key))
        return;
    const cms::EndpointProfile &endpoint = session->profile().endpoints.at(endpointIndex);
    const QString address = hostPort(endpoint.address);

    QDialog *dialog = nullptr;
    if (error.kind == cms::CmsError::Kind::CertificateChanged) {
        dialog = new CertificateChangedDialog(endpoint.pinnedSha256, error.certificate, address, this);
    } else {
        // A bridge without a pin whose certificate the system does not trust (say, an alternate
        // added by hand): the user may pin it, for this bridge only.
        auto *trust = new TrustDialog(error.certificate, address, this);
        trust->setProblem(error);
        const QPointer<cms::ClusterSession> guarded(session);
        connect(trust, &QDialog::accepted, this, [this, guarded, endpointIndex, trust, address] {
            if (!guarded || endpointIndex >= guarded->endpointCount())
                return;
            cms::ClusterProfile profile = guarded->profile();
            profile.endpoints[endpointIndex].pinnedSha256 = trust->fingerprint();
            m_registry.saveCluster(profile, {});
            m_log.info(profile.name, tr("The certificate of %1 is now trusted for that bridge only.").arg(address));
        });
        dialog = trust;
    }
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_certificateDialogs.insert(key, dialog);
    openDialog(dialog);
}

void MainWindow::openDialog(QDialog *dialog)
{
    dialog->open();
    Q_EMIT dialogOpened(dialog);
}

void MainWindow::showAddCluster()
{
    auto *dialog = new ClusterDialog(m_registry, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    openDialog(dialog);
}

void MainWindow::showEditCluster()
{
    cms::ClusterSession *session = currentCluster();
    if (!session)
        return;
    auto *dialog = new ClusterDialog(m_registry, session->profile(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    openDialog(dialog);
}

void MainWindow::showFailoverSettings()
{
    cms::ClusterSession *session = currentCluster();
    if (!session)
        return;
    auto *dialog = new FailoverSettingsDialog(m_registry, session->profile().id, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    openDialog(dialog);
}

void MainWindow::confirmRemoveCluster()
{
    cms::ClusterSession *session = currentCluster();
    if (!session)
        return;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Remove Cluster"),
                                tr("Remove the cluster \"%1\" from the console?").arg(session->name()),
                                QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("removeClusterBox"));
    box->setInformativeText(tr("Its settings and the passwords stored for it in the system keychain are deleted. "
                               "Nothing changes on the cluster itself."));
    QPushButton *remove = box->addButton(tr("Remove"), QMessageBox::DestructiveRole);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    const QString clusterId = session->profile().id;
    connect(box, &QMessageBox::buttonClicked, this, [this, remove, clusterId](QAbstractButton *button) {
        if (button == remove)
            m_registry.removeCluster(clusterId);
    });
    openDialog(box);
}

void MainWindow::showPreferences()
{
    auto *dialog = new PreferencesDialog(m_languages, m_language, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const QString code = dialog->language();
        if (code != m_language) {
            m_language = code;
            Q_EMIT languageRequested(code);
        }
    });
    openDialog(dialog);
}

void MainWindow::showAbout()
{
    auto *box = new QMessageBox(QMessageBox::Information, tr("About CMS Console"),
                                tr("CMS Console %1").arg(QApplication::applicationVersion()), QMessageBox::Ok, this);
    box->setInformativeText(tr("A console for administering and operating Cisco Meeting Server clusters through "
                               "their REST API."));
    box->setIconPixmap(windowIcon().pixmap(64, 64));
    box->setAttribute(Qt::WA_DeleteOnClose);
    openDialog(box);
}

} // namespace views
