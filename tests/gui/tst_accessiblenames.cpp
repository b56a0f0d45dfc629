// Every control of the console has a name a screen reader can say. Each window and dialog is opened
// as a user would see it (the main window with each section shown, on a simulated cluster, and
// every tab of every tab widget in turn; the cluster, failover, preferences, trust, certificate,
// space, access method, member and bulk dialogs), its widget tree is walked, and each interactive
// widget (visible, and focusable or a button, item view, text field, combo box, spin box or tab bar)
// must have an accessible name: QAccessible's Name (its accessibleName, a button's text…) or the
// visible label the accessibility bridge gives it (a QLabel whose buddy it is: see hasAccessibleName).
// A failure lists each unnamed widget by its object path and class.
#include "cluster/certificatechangeddialog.h"
#include "cluster/clusterregistry.h"
#include "cluster/clustersession.h"
#include "cluster/trustdialog.h"
#include "configstore.h"
#include "common/sessionversion.h"
#include "config/bulkspacechange.h"
#include "console.h"
#include "credentials/memorycredentialstore.h"
#include "datasetseeder.h"
#include "languagemanager.h"
#include "simbridge.h"
#include "simcluster.h"
#include "simtestclient.h"
#include "spaces/accessmethoddialog.h"
#include "spaces/bulkresultsdialog.h"
#include "spaces/bulksetfielddialog.h"
#include "spaces/memberdialog.h"
#include "window/mainwindow.h"
#include "window/section.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractScrollArea>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QAction>
#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSettings>
#include <QStackedWidget>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextEdit>
#include <QtTest>

#include <memory>

namespace {

// Controls a screen reader lets the user act on, whatever their focus policy.
const char *const kInteractiveClasses[] = {"QAbstractButton", "QAbstractItemView", "QLineEdit", "QComboBox",
                                           "QAbstractSpinBox", "QTextEdit", "QPlainTextEdit", "QTabBar"};

bool isInteractive(const QWidget *widget)
{
    if (!widget->isVisible() || widget->isWindow())
        return false;
    // Parts of a control that carries the name for them: a view's headers, a scroll area's scroll
    // bars, the text field inside a combo box or a spin box.
    if (qobject_cast<const QHeaderView *>(widget) || qobject_cast<const QScrollBar *>(widget))
        return false;
    for (const QWidget *parent = widget->parentWidget(); parent; parent = parent->parentWidget()) {
        if (qobject_cast<const QComboBox *>(parent) || qobject_cast<const QAbstractSpinBox *>(parent))
            return false;
    }
    for (const char *className : kInteractiveClasses) {
        if (widget->inherits(className))
            return true;
    }
    // A widget that passes its focus on (a tab widget to its tab bar) is named through where it goes.
    return widget->focusPolicy() != Qt::NoFocus && !widget->focusProxy();
}

// What the accessibility bridge says of the widget: its Name, else the label it is "labelled by"
// (a sibling QLabel whose buddy it is, or the group box it sits in). Qt gives that relation to plain
// widgets, fields and combo boxes, not to item views: a list needs a name of its own. And on Linux a
// combo box's Name is its current text, so there its name is its label or its accessibleName.
bool hasAccessibleName(QWidget *widget)
{
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(widget);
    if (!iface)
        return false;
    const bool nameIsValue = qobject_cast<QComboBox *>(widget) != nullptr;
    if (nameIsValue ? !widget->accessibleName().trimmed().isEmpty() : !iface->text(QAccessible::Name).trimmed().isEmpty())
        return true;
    const auto labels = iface->relations(QAccessible::Label);
    return std::any_of(labels.begin(), labels.end(), [](const QPair<QAccessibleInterface *, QAccessible::Relation> &label) {
        return label.first && !label.first->state().invisible && !label.first->text(QAccessible::Name).trimmed().isEmpty();
    });
}

// "mainWindow/pages/spacesPane/QWidget/spacesView": object names, or class names where there is none.
QString objectPath(const QWidget *widget)
{
    QStringList parts;
    for (const QObject *object = widget; object; object = object->parent()) {
        parts.prepend(object->objectName().isEmpty() ? QString::fromLatin1(object->metaObject()->className())
                                                     : object->objectName());
        if (object->isWidgetType() && static_cast<const QWidget *>(object)->isWindow())
            break;
    }
    return parts.join(QLatin1Char('/'));
}

void collectUnnamed(QWidget *root, QStringList &problems)
{
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *widget : std::as_const(widgets)) {
        if (!isInteractive(widget) || hasAccessibleName(widget))
            continue;
        const QString problem = QStringLiteral("%1 (%2)").arg(objectPath(widget), QString::fromLatin1(widget->metaObject()->className()));
        if (!problems.contains(problem))
            problems.append(problem);
    }
    // Each page of each tab widget, shown in turn.
    for (QTabWidget *tabs : root->findChildren<QTabWidget *>()) {
        if (!tabs->isVisible())
            continue;
        const int current = tabs->currentIndex();
        for (int i = 0; i < tabs->count(); ++i) {
            if (i == current || !tabs->isTabEnabled(i))
                continue;
            tabs->setCurrentIndex(i);
            collectUnnamed(tabs->widget(i), problems);
        }
        tabs->setCurrentIndex(current);
    }
}

// Every unnamed interactive widget of the window, one per line.
QString unnamedWidgets(QWidget *window)
{
    QStringList problems;
    collectUnnamed(window, problems);
    return problems.join(QLatin1Char('\n'));
}

// Fails with every unnamed control of the window, one per line (also printed one per line, as a
// failure message may be cut short).
#define VERIFY_ALL_NAMED(window)                                                                          \
    do {                                                                                                  \
        QVERIFY(QTest::qWaitForWindowExposed(window));                                                    \
        const QString unnamed = unnamedWidgets(window);                                                   \
        for (const QString &line : unnamed.split(QLatin1Char('\n'), Qt::SkipEmptyParts))                  \
            qWarning("unnamed: %s", qPrintable(line));                                                    \
        QVERIFY2(unnamed.isEmpty(), qPrintable(QStringLiteral("controls without an accessible name:\n") + unnamed)); \
    } while (false)

} // namespace

class TestAccessibleNames : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void welcomePage();
    void eachSection();
    void spaceDetails();
    void clusterDialogs();
    void failoverSettings();
    void preferences();
    void messageBoxes();
    void certificateDialogs();
    void newSpace();
    void accessMethodAndMemberDialogs();
    void bulkDialogs();

private:
    views::MainWindow &window() const { return m_console->mainWindow(); }
    views::Section *section(const QString &name) const { return window().findChild<views::Section *>(name); }
    void openCluster();
    QDialog *openThrough(QAction *action);
    QStringList spaceIds(int count) const;   // the first spaces of the simulated cluster

    QTemporaryDir m_dir;
    LanguageManager m_languages{QStringLiteral(CMS_TRANSLATIONS_BINARY_DIR)};
    std::unique_ptr<cmssim::SimCluster> m_cluster;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<Console> m_console;
    cms::ClusterSession *m_session = nullptr;
};

void TestAccessibleNames::initTestCase()
{
    m_cluster = startTestCluster(cmssim::ClusterOptions{});
    QVERIFY(m_cluster);
    cmssim::SeedSpec spec;
    spec.users = 10;
    spec.spaces = 40;
    spec.callLegProfiles = 2;
    QVERIFY(cmssim::DatasetSeeder(*m_cluster).seed(spec).spacesCreated > 0);

    QVERIFY(m_dir.isValid());
    m_settings = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("console.ini")), QSettings::IniFormat);
    ConsoleLaunch launch;
    launch.language = QStringLiteral("en");
    m_console = std::make_unique<Console>(launch, *m_settings, m_languages, std::make_unique<cms::MemoryCredentialStore>());
    m_console->start();
    window().resize(1280, 800);
    QVERIFY(QTest::qWaitForWindowActive(&window()));
}

void TestAccessibleNames::cleanupTestCase()
{
    m_console.reset();
    m_settings.reset();
    m_cluster.reset();
}

// Before any cluster: the welcome page.
void TestAccessibleNames::welcomePage()
{
    QCOMPARE(window().findChild<QStackedWidget *>(QStringLiteral("pages"))->currentWidget()->objectName(),
             QStringLiteral("welcomePage"));
    VERIFY_ALL_NAMED(&window());
}

// The other tests show the console with a cluster on the simulator.
void TestAccessibleNames::openCluster()
{
    if (m_session)
        return;
    cms::ClusterProfile profile = cms::ClusterProfile::create(QStringLiteral("Lab"), m_cluster->bridge(0).baseUrl(), kTestUser);
    profile.endpoints[0].pinnedSha256 = cms::Endpoint::normalizeFingerprint(m_cluster->bridge(0).certificate().fingerprint());
    QSignalSpy saved(&m_console->registry(), &cms::ClusterRegistry::saveFinished);
    m_console->registry().saveCluster(profile, {{0, kTestPassword}});
    QVERIFY(saved.wait(10000));
    QVERIFY(saved.constFirst().at(1).toBool());
    cms::ClusterSession *session = m_console->registry().session(0);
    QTRY_COMPARE_WITH_TIMEOUT(session->state(), cms::ClusterSession::State::Open, 10000);
    m_session = session;
}

void TestAccessibleNames::eachSection()
{
    openCluster();
    QVERIFY(m_session);
    QVERIFY(window().sections().size() >= 2);
    for (views::Section *shown : window().sections()) {
        window().showSection(shown);
        if (auto *spaces = shown->widget()->findChild<QTableView *>(QStringLiteral("spacesView")))
            QTRY_VERIFY_WITH_TIMEOUT(spaces->model()->rowCount() > 10, 10000);
        VERIFY_ALL_NAMED(&window());
    }
}

// The Spaces section with a space's details beside the list, each of their tabs in turn.
void TestAccessibleNames::spaceDetails()
{
    openCluster();
    QVERIFY(m_session);
    views::Section *spaces = section(QStringLiteral("spacesSection"));
    QVERIFY(spaces);
    window().showSection(spaces);
    auto *view = spaces->widget()->findChild<QTableView *>(QStringLiteral("spacesView"));
    QTRY_VERIFY_WITH_TIMEOUT(view->model()->rowCount() > 10, 10000);
    view->setCurrentIndex(view->model()->index(2, 0));
    auto *details = spaces->widget()->findChild<QTabWidget *>();
    QVERIFY(details);
    QTRY_VERIFY(details->isVisible());
    VERIFY_ALL_NAMED(&window());

    // With the join details open, and with a search typed (its field shows a clear button).
    auto *joinDetails = details->findChild<QAbstractButton *>(QStringLiteral("joinDetailsButton"));
    QVERIFY(joinDetails);
    QTRY_VERIFY(joinDetails->isEnabled());
    joinDetails->click();
    auto *search = spaces->widget()->findChild<QLineEdit *>(QStringLiteral("spacesSearch"));
    QVERIFY(search);
    QTest::keyClicks(search, QStringLiteral("a"));
    VERIFY_ALL_NAMED(&window());
    search->clear();
    joinDetails->click();
}

QDialog *TestAccessibleNames::openThrough(QAction *action)
{
    QDialog *opened = nullptr;
    const auto connection = connect(&window(), &views::MainWindow::dialogOpened, this, [&opened](QDialog *d) { opened = d; });
    action->trigger();
    disconnect(connection);
    return opened;
}

void TestAccessibleNames::clusterDialogs()
{
    openCluster();
    QVERIFY(m_session);
    for (QAction *action : {window().addClusterAction(), window().editClusterAction()}) {
        QDialog *dialog = openThrough(action);
        QVERIFY2(dialog, qPrintable(action->objectName()));
        VERIFY_ALL_NAMED(dialog);
        dialog->reject();
    }
}

void TestAccessibleNames::failoverSettings()
{
    openCluster();
    QVERIFY(m_session);
    QDialog *dialog = openThrough(window().failoverSettingsAction());
    QVERIFY(dialog);
    VERIFY_ALL_NAMED(dialog);
    dialog->reject();
}

void TestAccessibleNames::preferences()
{
    QDialog *dialog = openThrough(window().preferencesAction());
    QVERIFY(dialog);
    VERIFY_ALL_NAMED(dialog);
    dialog->reject();
}

// Remove Cluster's question and the About box.
void TestAccessibleNames::messageBoxes()
{
    openCluster();
    QVERIFY(m_session);
    QDialog *remove = openThrough(window().removeClusterAction());
    QVERIFY(remove);
    VERIFY_ALL_NAMED(remove);
    remove->reject();

    const QList<QAction *> actions = window().findChildren<QAction *>();
    const auto about = std::find_if(actions.begin(), actions.end(),
                                    [](const QAction *a) { return a->menuRole() == QAction::AboutRole; });
    QVERIFY(about != actions.end());
    QDialog *box = openThrough(*about);
    QVERIFY(box);
    VERIFY_ALL_NAMED(box);
    box->reject();
}

void TestAccessibleNames::certificateDialogs()
{
    const QSslCertificate certificate = m_cluster->bridge(0).certificate().certificate;
    const QString address = QStringLiteral("cms1.example.com:445");
    views::TrustDialog trust(certificate, address, &window());
    trust.open();
    VERIFY_ALL_NAMED(&trust);
    trust.reject();

    views::CertificateChangedDialog changed(QByteArray(64, 'a'), certificate, address, &window());
    changed.open();
    VERIFY_ALL_NAMED(&changed);
    changed.reject();
}

void TestAccessibleNames::newSpace()
{
    openCluster();
    QVERIFY(m_session);
    views::Section *spaces = section(QStringLiteral("spacesSection"));
    window().showSection(spaces);
    QAction *newSpace = spaces->widget()->findChild<QAction *>(QStringLiteral("newSpaceAction"));
    QVERIFY(newSpace);
    QDialog *dialog = openThrough(newSpace);
    QVERIFY(dialog);
    VERIFY_ALL_NAMED(dialog);
    dialog->reject();
}

QStringList TestAccessibleNames::spaceIds(int count) const
{
    QStringList ids;
    for (const cmssim::ConfigObject *space : m_cluster->store().table(QStringLiteral("coSpaces")).ordered()) {
        if (ids.size() < count)
            ids.append(space->id);
    }
    return ids;
}

// Adding and editing an access method and a member.
void TestAccessibleNames::accessMethodAndMemberDialogs()
{
    openCluster();
    QVERIFY(m_session);
    const QString spaceId = spaceIds(1).value(0);
    QVERIFY(!spaceId.isEmpty());
    const QList<QPair<QString, QString>> profiles = {{QStringLiteral("p1"), QStringLiteral("Guests")}};
    for (const QString &id : {QString(), QStringLiteral("1234")}) {
        const views::SpaceObjectDialog::Values values
            = id.isEmpty() ? views::SpaceObjectDialog::Values()
                           : views::SpaceObjectDialog::Values{{QStringLiteral("name"), QStringLiteral("Guests")},
                                                              {QStringLiteral("uri"), QStringLiteral("guests.room")}};
        views::AccessMethodDialog method(m_session, spaceId, id, values, profiles, &window());
        method.open();
        VERIFY_ALL_NAMED(&method);
        method.reject();

        const views::SpaceObjectDialog::Values member
            = id.isEmpty() ? views::SpaceObjectDialog::Values()
                           : views::SpaceObjectDialog::Values{{QStringLiteral("userJid"), QStringLiteral("ann@example.com")}};
        views::MemberDialog memberDialog(m_session, spaceId, id, member, profiles, &window());
        memberDialog.open();
        VERIFY_ALL_NAMED(&memberDialog);
        memberDialog.reject();
    }
}

void TestAccessibleNames::bulkDialogs()
{
    openCluster();
    QVERIFY(m_session);
    views::BulkSetFieldDialog setField(2, models::serverVersion(m_session), &window());
    setField.open();
    VERIFY_ALL_NAMED(&setField);
    setField.reject();

    const QStringList ids = spaceIds(2);
    QCOMPARE(ids.size(), 2);
    QList<cms::BulkSpaceChange::Target> targets;
    for (const QString &id : ids)
        targets.append({id, QStringLiteral("Space %1").arg(id), false});
    cms::BulkSpaceChange change(*m_session->connection(), targets);
    change.setField(QStringLiteral("secondaryUri"), QStringLiteral("bulk.%1").arg(1));
    views::BulkResultsDialog results(change, &window());
    change.start();
    results.open();
    QSignalSpy finished(&change, &cms::BulkSpaceChange::finished);
    QVERIFY(finished.wait(10000));
    VERIFY_ALL_NAMED(&results);
    results.reject();
}

QTEST_MAIN(TestAccessibleNames)
#include "tst_accessiblenames.moc"
