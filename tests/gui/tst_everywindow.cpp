// Every window and dialog of the console, in English, French, Korean and Arabic, is checked for what a
// person notices: a control without a name a screen reader can say, a single-line text cut short (a
// label, button, tab or column header narrower than its text), an API value shown raw ("remainActivated"
// instead of a phrase), and in Arabic a widget not laid out right to left. A screenshot of each is
// written to build/screenshots/<window>_<language>.png for a person to read.
//
// Each window and dialog is opened as a user would see it (the main window with each section shown, on a simulated cluster, and
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
#include "configapi.h"
#include "configstore.h"
#include "common/sessionversion.h"
#include "config/bulkspacechange.h"
#include "console.h"
#include "credentials/memorycredentialstore.h"
#include "schema/schema.h"
#include "datasetseeder.h"
#include "languagemanager.h"
#include "guesthost/guesthostcheckdialog.h"
#include "operations/guesthostbatch.h"
#include "guesthost/guesthostdetailspage.h"
#include "guesthost/guesthostpatternpage.h"
#include "guesthost/guesthostplanpage.h"
#include "guesthost/guesthostrunpage.h"
#include "guesthost/guesthostverifypage.h"
#include "guesthost/guesthostwizard.h"
#include "live/dialoutdialog.h"
#include "live/startmeetingdialog.h"
#include "meetings/addresslistedit.h"
#include "meetings/meetingdialog.h"
#include "meetings/meetinglegsmodel.h"
#include "meetings/pooloperations.h"
#include "net/connection.h"
#include "liveengine.h"
#include "meetings/schedulerassistant.h"
#include "meetings/schedulercommandspage.h"
#include "meetings/temporaryspacespage.h"
#include "profiles/schedulerreadinesspanel.h"
#include "meetings/meetingspane.h"
#include "meetings/newpooldialog.h"
#include "meetings/placeholderpoolmodel.h"
#include "profiles/accessmethodtemplateseditor.h"
#include "profiles/accessmethodtemplatesmodel.h"
#include "profiles/profilerepointdialog.h"
#include "profiles/profilesmodel.h"
#include "profiles/profilespane.h"
#include "simbridge.h"
#include "simcluster.h"
#include "simtestclient.h"
#include "typeschema.h"
#include "spaces/accessmethoddialog.h"
#include "spaces/bulkresultsdialog.h"
#include "spaces/bulksetfielddialog.h"
#include "spaces/memberdialog.h"
#include "spaces/spacespane.h"
#include "spaces/spacesmodel.h"
#include "window/mainwindow.h"
#include "window/section.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractScrollArea>
#include <QAbstractSpinBox>
#include <QSpinBox>
#include <QAccessible>
#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFontMetrics>
#include <QGuiApplication>
#include <QLabel>
#include <QHeaderView>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollBar>
#include <QSet>
#include <QStyle>
#include <QStyleOptionComboBox>
#include <QSettings>
#include <QStackedWidget>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTextEdit>
#include <QToolButton>
#include <QtTest>

#include <algorithm>
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

QString withoutMnemonic(QString text)
{
    text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QLatin1Char('\x01'), QLatin1Char('&'));
    return text;
}

// Single-line texts narrower than they need: labels and buttons given less than their minimum size, tabs
// and column headers narrower than their text.
void collectClipped(QWidget *root, QStringList &problems)
{
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *widget : std::as_const(widgets)) {
        if (!widget->isVisible())
            continue;
        const QFontMetrics metrics = widget->fontMetrics();
        QString clipped;
        if (auto *label = qobject_cast<QLabel *>(widget)) {
            if (!label->wordWrap() && !label->text().isEmpty() && !Qt::mightBeRichText(label->text())
                && label->width() < label->minimumSizeHint().width())
                clipped = label->text();
        } else if (auto *button = qobject_cast<QAbstractButton *>(widget)) {
            // A tool button showing only its icon (a field's clear button) keeps its text for tooltips.
            const auto *tool = qobject_cast<QToolButton *>(widget);
            const bool iconOnly = (tool && tool->toolButtonStyle() == Qt::ToolButtonIconOnly)
                || widget->inherits("QLineEditIconButton");
            if (!iconOnly && !button->text().isEmpty() && button->width() < button->minimumSizeHint().width())
                clipped = button->text();
        } else if (auto *combo = qobject_cast<QComboBox *>(widget)) {
            // An editable combo scrolls its text like a field; one that elides on purpose says so.
            if (combo->isEditable() || widget->inherits("views::ElidingComboBox") || combo->currentText().isEmpty())
                continue;
            QStyleOptionComboBox option;
            option.initFrom(combo);
            option.currentText = combo->currentText();
            const QRect field = combo->style()->subControlRect(QStyle::CC_ComboBox, &option, QStyle::SC_ComboBoxEditField, combo);
            if (field.width() < metrics.horizontalAdvance(combo->currentText()))
                clipped = combo->currentText();
        } else if (auto *tabs = qobject_cast<QTabBar *>(widget)) {
            for (int i = 0; i < tabs->count() && clipped.isEmpty(); ++i) {
                if (!tabs->isTabVisible(i))   // a hidden tab has no width and shows nothing
                    continue;
                const QString text = withoutMnemonic(tabs->tabText(i));
                if (tabs->tabRect(i).width() < metrics.horizontalAdvance(text))
                    clipped = text;
            }
        } else if (auto *header = qobject_cast<QHeaderView *>(widget)) {
            if (header->orientation() != Qt::Horizontal || !header->model())
                continue;
            const int margin = 2 * header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
            for (int section = 0; section < header->count() && clipped.isEmpty(); ++section) {
                if (header->isSectionHidden(section) || header->sectionSize(section) == 0)
                    continue;
                const QString text = header->model()->headerData(section, Qt::Horizontal).toString();
                if (header->sectionSize(section) < header->fontMetrics().horizontalAdvance(text) + margin)
                    clipped = text;
            }
        }
        if (!clipped.isEmpty())
            problems.append(QStringLiteral("%1 (%2): «%3»").arg(objectPath(widget), QString::fromLatin1(widget->metaObject()->className()), clipped));
    }
}

// Every value of every enumerated field of the API: shown as text, it is shown raw.
const QSet<QString> &enumValues()
{
    static const QSet<QString> values = [] {
        QSet<QString> all;
        for (const cms::ObjectType &type : cms::Schema::all()) {
            for (const cms::FieldDef &field : type.fields) {
                if (field.type == cms::FieldType::Enum)
                    all.unite(QSet<QString>(field.enumValues.begin(), field.enumValues.end()));
            }
        }
        return all;
    }();
    return values;
}

void collectRawValues(QWidget *root, QStringList &problems)
{
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    auto check = [&problems](const QWidget *widget, const QString &text) {
        if (enumValues().contains(text.trimmed()))
            problems.append(QStringLiteral("%1: «%2»").arg(objectPath(widget), text));
    };
    for (QWidget *widget : std::as_const(widgets)) {
        if (!widget->isVisible())
            continue;
        if (auto *label = qobject_cast<QLabel *>(widget))
            check(widget, label->text());
        else if (auto *button = qobject_cast<QAbstractButton *>(widget))
            check(widget, button->text());
        else if (auto *combo = qobject_cast<QComboBox *>(widget)) {
            for (int i = 0; i < combo->count(); ++i)
                check(widget, combo->itemText(i));
        } else if (auto *view = qobject_cast<QAbstractItemView *>(widget)) {
            const QAbstractItemModel *model = view->model();
            if (!model || qobject_cast<const QComboBox *>(widget->parentWidget()))
                continue;
            for (int row = 0; row < std::min(model->rowCount(), 50); ++row) {
                for (int column = 0; column < model->columnCount(); ++column)
                    check(widget, model->index(row, column).data().toString());
            }
        }
    }
}

// In a right-to-left language, every widget is laid out right to left.
void collectLeftToRight(QWidget *root, QStringList &problems)
{
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *widget : std::as_const(widgets)) {
        if (widget->isVisible() && !widget->isRightToLeft())
            problems.append(objectPath(widget));
    }
}

// In a right-to-left language, a line that mixes both directions, or a form label, must read right to left: one whose
// first strong letter is Latin (a URI, a name) is laid out left to right, its parts in the wrong
// order, unless the Latin part is isolated or the line starts with a right-to-left mark.
void collectMixedDirection(QWidget *root, QStringList &problems)
{
    auto hasRightToLeft = [](const QString &text) {
        return std::any_of(text.cbegin(), text.cend(), [](QChar c) {
            return c.direction() == QChar::DirR || c.direction() == QChar::DirAL;
        });
    };
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *widget : std::as_const(widgets)) {
        if (!widget->isVisible())
            continue;
        QString text;
        if (auto *label = qobject_cast<QLabel *>(widget))
            text = label->text();
        else if (auto *button = qobject_cast<QAbstractButton *>(widget))
            text = button->text();
        if (Qt::mightBeRichText(text))
            continue;
        for (const QString &line : text.split(QLatin1Char('\n'))) {
            // A form label in Latin ("URI:") too: laid out left to right, its colon lands on the wrong side.
            const bool formLabel = line.trimmed().endsWith(QLatin1Char(':'));
            if ((hasRightToLeft(line) || formLabel) && !line.isRightToLeft())
                problems.append(QStringLiteral("%1: «%2»").arg(objectPath(widget), line));
        }
    }
}

// Runs every check on the window in the language shown and saves its screenshot.
QString windowProblems(QWidget *window, const QString &name)
{
    QStringList unnamed, clipped, raw, leftToRight, mixed;
    collectUnnamed(window, unnamed);
    collectClipped(window, clipped);
    collectRawValues(window, raw);
    if (QGuiApplication::layoutDirection() == Qt::RightToLeft) {
        collectLeftToRight(window, leftToRight);
        collectMixedDirection(window, mixed);
    }
    const QString language = QLocale().name().left(2);
    QDir().mkpath(QStringLiteral(CMS_SCREENSHOT_DIR));
    window->grab().save(QStringLiteral(CMS_SCREENSHOT_DIR "/%1_%2.png").arg(name, language));
    QStringList problems;
    for (const QString &p : std::as_const(unnamed))
        problems << QStringLiteral("no accessible name: ") + p;
    for (const QString &p : std::as_const(clipped))
        problems << QStringLiteral("text cut short: ") + p;
    for (const QString &p : std::as_const(raw))
        problems << QStringLiteral("API value shown raw: ") + p;
    for (const QString &p : std::as_const(leftToRight))
        problems << QStringLiteral("left to right in a right-to-left language: ") + p;
    for (const QString &p : std::as_const(mixed))
        problems << QStringLiteral("mixed-direction line laid out left to right: ") + p;
    return problems.join(QLatin1Char('\n'));
}

// Fails with every problem of the window, one per line (also printed one per line, as a failure
// message may be cut short).
#define VERIFY_WINDOW(shownWindow, shotName)                                                                       \
    do {                                                                                                  \
        QVERIFY(QTest::qWaitForWindowExposed(shownWindow));                                                    \
        QCoreApplication::processEvents(); /* pending layouts run, as they would before a person looks */ \
        const QString problems = windowProblems(shownWindow, shotName);                                            \
        for (const QString &line : problems.split(QLatin1Char('\n'), Qt::SkipEmptyParts))                 \
            qWarning("%s", qPrintable(line));                                                             \
        QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("%1 (%2):\n").arg(shotName, QLocale().name()) + problems)); \
    } while (false)

} // namespace

class TestEveryWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();

    void checksFindWhatTheyLookFor();
    void welcomePage_data() { languages(); }
    void welcomePage();
    void eachSection_data() { languages(); }
    void eachSection();
    void spaceDetails_data() { languages(); }
    void spaceDetails();
    void clusterDialogs_data() { languages(); }
    void clusterDialogs();
    void failoverSettings_data() { languages(); }
    void failoverSettings();
    void preferences_data() { languages(); }
    void preferences();
    void messageBoxes_data() { languages(); }
    void messageBoxes();
    void certificateDialogs_data() { languages(); }
    void certificateDialogs();
    void newSpace_data() { languages(); }
    void newSpace();
    void accessMethodAndMemberDialogs_data() { languages(); }
    void accessMethodAndMemberDialogs();
    void liveDialogs_data() { languages(); }
    void liveDialogs();
    void bulkDialogs_data() { languages(); }
    void profileWindows_data() { languages(); }
    void profileWindows();
    void schedulerAssistant_data() { languages(); }
    void schedulerAssistant();
    void meetingsSection_data() { languages(); }
    void meetingsSection();
    void guestHostCheck_data() { languages(); }
    void guestHostCheck();
    void menusHaveMnemonics_data();
    void menusHaveMnemonics();
    void bulkDialogs();
    void guestHostWizard_data() { languages(); }
    void guestHostWizard();
    void meetingDialogs_data() { languages(); }
    void meetingDialogs();

private:
    // Each window is checked in each language, switched at run time as Preferences does.
    static void languages()
    {
        QTest::addColumn<QString>("language");
        for (const char *language : {"en", "fr", "ko", "ar"})
            QTest::newRow(language) << QString::fromLatin1(language);
    }
    views::MainWindow &window() const { return m_console->mainWindow(); }
    views::Section *section(const QString &name) const { return window().findChild<views::Section *>(name); }
    void openCluster();
    QDialog *openThrough(QAction *action);
    QStringList spaceIds(int count) const;   // the first spaces of the simulated cluster
    views::GuestHostWizard *openGuestHost(const QStringList &spaceIds);
    QString meetingPlaceholder(int index);   // a placeholder of a pool made for the meeting dialog

    QTemporaryDir m_dir;
    LanguageManager m_languages{QStringLiteral(CMS_TRANSLATIONS_BINARY_DIR)};
    std::unique_ptr<cmssim::SimCluster> m_cluster;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<Console> m_console;
    cms::ClusterSession *m_session = nullptr;
    QString m_usedProfile;   // a call leg profile the space template uses
    QString m_misconfigured; // a space whose guests and hosts meet four problems
    QStringList m_temporarySpaces;   // spaces made by a meeting scheduler, the first in a meeting
};

void TestEveryWindow::initTestCase()
{
    m_cluster = startTestCluster(cmssim::ClusterOptions{});
    QVERIFY(m_cluster);
    cmssim::SeedSpec spec;
    spec.users = 10;
    spec.spaces = 40;
    spec.callLegProfiles = 2;
    spec.demoMeetings = true;   // the Live section shows meetings, a lobby and every kind of participant
    QVERIFY(cmssim::DatasetSeeder(*m_cluster).seed(spec).spacesCreated > 0);
    // A space template with a guest and a host access method template, for the Profiles section.
    cmssim::ConfigApi &config = m_cluster->config();
    // The template uses a call leg profile, which makes that profile one in use (its delete is refused).
    m_usedProfile = m_cluster->store().table(QStringLiteral("callLegProfiles")).ordered().front()->id;
    const auto created = config.create(cmssim::TypeSchema::get(QStringLiteral("coSpaceTemplates")), {},
                                       {{QStringLiteral("name"), QStringLiteral("Scheduled meeting")},
                                        {QStringLiteral("callLegProfile"), m_usedProfile}});
    QVERIFY(std::holds_alternative<QString>(created));
    const cmssim::TypeSpec &methodType = cmssim::TypeSchema::get(QStringLiteral("accessMethodTemplates"));
    for (const char *generator : {"$.guest", "$.host"})
        QVERIFY(std::holds_alternative<QString>(config.create(methodType, std::get<QString>(created),
            {{QStringLiteral("name"), QString::fromLatin1(generator).mid(2)}, {QStringLiteral("uriGenerator"), QString::fromLatin1(generator)}})));

    QVERIFY(m_dir.isValid());
    m_settings = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("console.ini")), QSettings::IniFormat);
    ConsoleLaunch launch;
    launch.language = QStringLiteral("en");
    m_console = std::make_unique<Console>(launch, *m_settings, m_languages, std::make_unique<cms::MemoryCredentialStore>());
    m_console->start();
    window().resize(1280, 800);
    QVERIFY(QTest::qWaitForWindowActive(&window()));
}

void TestEveryWindow::init()
{
    const QString language = QString::fromLatin1(QTest::currentDataTag());
    if (language.isEmpty())
        return;   // a test without languages
    QVERIFY(m_languages.setLanguage(language));
    QCoreApplication::sendPostedEvents();   // LanguageChange reaches every widget
    QCoreApplication::processEvents();
}

void TestEveryWindow::cleanupTestCase()
{
    m_console.reset();
    m_settings.reset();
    m_cluster.reset();
}

// The checks themselves: a window made with each defect is caught.
void TestEveryWindow::checksFindWhatTheyLookFor()
{
    QWidget window;
    window.setLayoutDirection(Qt::RightToLeft);
    new QLabel(QStringLiteral("alice@example.com — ") + QString::fromUtf8("رمز المرور"), &window);
    auto *isolated = new QLabel(QString::fromUtf8("رمز المرور: ") + QChar(0x2068) + QStringLiteral("alice@example.com") + QChar(0x2069), &window);
    isolated->move(0, 30);
    auto *combo = new QComboBox(&window);
    combo->addItem(QStringLiteral("A choice far too long for the room it is given"));
    combo->setGeometry(0, 60, 60, 24);
    window.resize(400, 100);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QStringList problems;
    collectMixedDirection(&window, problems);
    QCOMPARE(problems.size(), 1);
    QVERIFY(problems.first().contains(QLatin1String("alice@example.com")));
    problems.clear();
    collectClipped(&window, problems);
    QVERIFY2(std::any_of(problems.cbegin(), problems.cend(), [](const QString &p) { return p.contains(QLatin1String("QComboBox")); }),
             qPrintable(problems.join(QLatin1Char('\n'))));
}

// Before any cluster: the welcome page.
void TestEveryWindow::welcomePage()
{
    QCOMPARE(window().findChild<QStackedWidget *>(QStringLiteral("pages"))->currentWidget()->objectName(),
             QStringLiteral("welcomePage"));
    VERIFY_WINDOW(&window(), QStringLiteral("welcome"));
}

// The other tests show the console with a cluster on the simulator.
void TestEveryWindow::openCluster()
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

void TestEveryWindow::eachSection()
{
    openCluster();
    QVERIFY(m_session);
    QVERIFY(window().sections().size() >= 2);
    // The Sections list shows every section whole, in each language's line height.
    auto *sectionList = window().findChild<QListWidget *>(QStringLiteral("sectionList"));
    QVERIFY(sectionList);
    for (int row = 0; row < sectionList->count(); ++row) {
        const QRect item = sectionList->visualItemRect(sectionList->item(row));
        QVERIFY2(sectionList->viewport()->rect().contains(item),
                 qPrintable(QStringLiteral("section %1 is not shown whole").arg(sectionList->item(row)->text())));
    }
    for (views::Section *shown : window().sections()) {
        window().showSection(shown);
        if (auto *spaces = shown->widget()->findChild<QTableView *>(QStringLiteral("spacesView")))
            QTRY_VERIFY_WITH_TIMEOUT(spaces->model()->rowCount() > 10, 10000);
        if (auto *profiles = shown->widget()->findChild<QTableView *>(QStringLiteral("profilesView"))) {
            QTRY_VERIFY_WITH_TIMEOUT(profiles->model()->rowCount() > 1, 10000);
            profiles->setCurrentIndex(profiles->model()->index(0, 0));   // a profile's settings shown
        }
        if (auto *participants = shown->widget()->findChild<QTableView *>(QStringLiteral("participantsView")))
            QTRY_VERIFY_WITH_TIMEOUT(participants->model()->rowCount() > 3, 10000);
        if (auto *placeholders = shown->widget()->findChild<QTableView *>(QStringLiteral("placeholdersView")))
            QTRY_VERIFY_WITH_TIMEOUT(placeholders->model()->rowCount() >= 20, 10000);
        VERIFY_WINDOW(&window(), shown->objectName());
    }
}

// The Spaces section with a space's details beside the list, each of their tabs in turn.
void TestEveryWindow::spaceDetails()
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
    VERIFY_WINDOW(&window(), QStringLiteral("spacedetails"));

    // With the join details open, and with a search typed (its field shows a clear button).
    auto *joinDetails = details->findChild<QAbstractButton *>(QStringLiteral("joinDetailsButton"));
    QVERIFY(joinDetails);
    QTRY_VERIFY(joinDetails->isEnabled());
    joinDetails->click();
    auto *search = spaces->widget()->findChild<QLineEdit *>(QStringLiteral("spacesSearch"));
    QVERIFY(search);
    QTest::keyClicks(search, QStringLiteral("a"));
    VERIFY_WINDOW(&window(), QStringLiteral("spacedetails_join"));
    search->clear();
    joinDetails->click();
}

QDialog *TestEveryWindow::openThrough(QAction *action)
{
    QDialog *opened = nullptr;
    const auto connection = connect(&window(), &views::MainWindow::dialogOpened, this, [&opened](QDialog *d) { opened = d; });
    action->trigger();
    disconnect(connection);
    return opened;
}

void TestEveryWindow::clusterDialogs()
{
    openCluster();
    QVERIFY(m_session);
    for (QAction *action : {window().addClusterAction(), window().editClusterAction()}) {
        QDialog *dialog = openThrough(action);
        QVERIFY2(dialog, qPrintable(action->objectName()));
        VERIFY_WINDOW(dialog, action->objectName());
        dialog->reject();
    }
}

void TestEveryWindow::failoverSettings()
{
    openCluster();
    QVERIFY(m_session);
    QDialog *dialog = openThrough(window().failoverSettingsAction());
    QVERIFY(dialog);
    VERIFY_WINDOW(dialog, QStringLiteral("failoversettings"));
    dialog->reject();
}

void TestEveryWindow::preferences()
{
    QDialog *dialog = openThrough(window().preferencesAction());
    QVERIFY(dialog);
    VERIFY_WINDOW(dialog, QStringLiteral("preferences"));
    dialog->reject();
}

// Remove Cluster's question and the About box.
void TestEveryWindow::messageBoxes()
{
    openCluster();
    QVERIFY(m_session);
    QDialog *remove = openThrough(window().removeClusterAction());
    QVERIFY(remove);
    VERIFY_WINDOW(remove, QStringLiteral("removecluster"));
    remove->reject();

    const QList<QAction *> actions = window().findChildren<QAction *>();
    const auto about = std::find_if(actions.begin(), actions.end(),
                                    [](const QAction *a) { return a->menuRole() == QAction::AboutRole; });
    QVERIFY(about != actions.end());
    QDialog *box = openThrough(*about);
    QVERIFY(box);
    VERIFY_WINDOW(box, QStringLiteral("about"));
    box->reject();
}

void TestEveryWindow::certificateDialogs()
{
    const QSslCertificate certificate = m_cluster->bridge(0).certificate().certificate;
    const QString address = QStringLiteral("cms1.example.com:445");
    views::TrustDialog trust(certificate, address, &window());
    trust.open();
    VERIFY_WINDOW(&trust, QStringLiteral("trustdialog"));
    trust.reject();

    cms::CmsError expired(cms::CmsError::Kind::UntrustedCertificate);
    expired.certificate = certificate;
    expired.certificateProblem = cms::CmsError::CertificateProblem::Expired;
    views::TrustDialog trustExpired(certificate, address, &window());
    trustExpired.setProblem(expired);
    trustExpired.open();
    VERIFY_WINDOW(&trustExpired, QStringLiteral("trustdialog_expired"));
    trustExpired.reject();

    views::CertificateChangedDialog changed(QByteArray(64, 'a'), certificate, address, &window());
    changed.open();
    VERIFY_WINDOW(&changed, QStringLiteral("certificatechanged"));
    changed.reject();
}

void TestEveryWindow::newSpace()
{
    openCluster();
    QVERIFY(m_session);
    views::Section *spaces = section(QStringLiteral("spacesSection"));
    window().showSection(spaces);
    QAction *newSpace = spaces->widget()->findChild<QAction *>(QStringLiteral("newSpaceAction"));
    QVERIFY(newSpace);
    QDialog *dialog = openThrough(newSpace);
    QVERIFY(dialog);
    VERIFY_WINDOW(dialog, QStringLiteral("newspace"));
    dialog->reject();
}

QStringList TestEveryWindow::spaceIds(int count) const
{
    QStringList ids;
    for (const cmssim::ConfigObject *space : m_cluster->store().table(QStringLiteral("coSpaces")).ordered()) {
        if (ids.size() < count)
            ids.append(space->id);
    }
    return ids;
}

// Adding and editing an access method and a member.
void TestEveryWindow::accessMethodAndMemberDialogs()
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
        VERIFY_WINDOW(&method, id.isEmpty() ? QStringLiteral("accessmethod_add") : QStringLiteral("accessmethod_edit"));
        method.reject();

        const views::SpaceObjectDialog::Values member
            = id.isEmpty() ? views::SpaceObjectDialog::Values()
                           : views::SpaceObjectDialog::Values{{QStringLiteral("userJid"), QStringLiteral("ann@example.com")}};
        views::MemberDialog memberDialog(m_session, spaceId, id, member, profiles, &window());
        memberDialog.open();
        VERIFY_WINDOW(&memberDialog, id.isEmpty() ? QStringLiteral("member_add") : QStringLiteral("member_edit"));
        memberDialog.reject();
    }
}

// The Live section's dialogs: Dial Out with a slip typed (its reason shown), and Start Meeting.
void TestEveryWindow::liveDialogs()
{
    views::DialOutDialog dial(QStringLiteral("Weekly review"), &window());
    dial.open();
    dial.findChild<QLineEdit *>(QStringLiteral("dialAddress"))->setText(QStringLiteral("alice@exa_mple.com"));
    VERIFY_WINDOW(&dial, QStringLiteral("dialout"));
    dial.reject();

    views::StartMeetingDialog start({{QStringLiteral("s1"), QStringLiteral("Weekly review"), QStringLiteral("review@example.com")},
                                     {QStringLiteral("s2"), QStringLiteral("Support"), QString()}},
                                    {QStringLiteral("cms1.example.com:443"), QStringLiteral("cms2.example.com:443")}, &window());
    start.open();
    start.fixSpace(QStringLiteral("s1"));
    VERIFY_WINDOW(&start, QStringLiteral("startmeeting"));
    start.reject();
}

void TestEveryWindow::bulkDialogs()
{
    openCluster();
    QVERIFY(m_session);
    views::BulkSetFieldDialog setField(2, models::serverVersion(m_session), &window());
    setField.open();
    VERIFY_WINDOW(&setField, QStringLiteral("bulksetfield"));
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
    VERIFY_WINDOW(&results, QStringLiteral("bulkresults"));
    results.reject();
}

// The Profiles section on a space template (its access method templates shown), the comparison of two
// call leg profiles, the global profiles and the Scheduler ready check.
void TestEveryWindow::profileWindows()
{
    openCluster();
    QVERIFY(m_session);
    auto *pane = window().findChild<views::ProfilesPane *>();
    QVERIFY(pane);
    for (views::Section *shown : window().sections()) {
        if (shown->widget()->isAncestorOf(pane))
            window().showSection(shown);
    }
    QVERIFY(pane->isVisible());
    // Dialogs that open once a read has answered come through the window's signal, later.
    // The connection ends with this function (context), as `opened` does.
    QPointer<QDialog> opened;
    QObject context;
    connect(&window(), &views::MainWindow::dialogOpened, &context, [&opened](QDialog *d) { opened = d; });

    pane->showKind(models::ProfileKind::CallLegProfiles);
    QTRY_VERIFY_WITH_TIMEOUT(pane->model()->rowCount() >= 2, 10000);
    pane->listView()->selectionModel()->select(QItemSelection(pane->model()->index(0, 0), pane->model()->index(1, 0)),
                                               QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QAction *compare = pane->findChild<QAction *>(QStringLiteral("compareProfilesAction"));
    QVERIFY(compare && compare->isEnabled());
    compare->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(opened, 10000);
    VERIFY_WINDOW(opened.data(), QStringLiteral("profilecompare"));
    opened->reject();
    opened = nullptr;

    pane->showKind(models::ProfileKind::SpaceTemplates);
    QTRY_VERIFY_WITH_TIMEOUT(pane->model()->rowCount() >= 1, 10000);
    pane->listView()->setCurrentIndex(pane->model()->index(0, 0));
    pane->tabs()->setCurrentWidget(pane->accessMethodTemplatesEditor());
    QTRY_VERIFY_WITH_TIMEOUT(pane->accessMethodTemplatesEditor()->model()->rowCount() == 2, 10000);
    pane->accessMethodTemplatesEditor()->listView()->setCurrentIndex(pane->accessMethodTemplatesEditor()->model()->index(0, 0));
    VERIFY_WINDOW(&window(), QStringLiteral("profiles_spacetemplate"));

    QAction *global = pane->findChild<QAction *>(QStringLiteral("globalProfilesAction"));
    QVERIFY(global);
    global->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(opened, 10000);
    QSignalSpy loaded(opened.data(), SIGNAL(loaded()));
    QVERIFY(loaded.wait(10000));
    VERIFY_WINDOW(opened.data(), QStringLiteral("globalprofiles"));
    opened->reject();
    opened = nullptr;

    // The Scheduler Ready Check opens the scheduler set-up assistant: see schedulerAssistant().

    // A profile in use: its delete refused with the places, and the re-pointing offered instead.
    pane->showKind(models::ProfileKind::CallLegProfiles);
    QTRY_VERIFY_WITH_TIMEOUT(pane->model()->rowOf(m_usedProfile) >= 0, 10000);
    QSignalSpy found(pane, &views::ProfilesPane::usageFound);
    pane->listView()->setCurrentIndex(pane->model()->index(pane->model()->rowOf(m_usedProfile), 0));
    QVERIFY(found.count() || found.wait(10000));
    pane->findChild<QAction *>(QStringLiteral("deleteProfileAction"))->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(opened, 10000);
    QPointer<QDialog> refusal = opened;
    QCOMPARE(refusal->objectName(), QStringLiteral("profileInUse"));
    VERIFY_WINDOW(refusal.data(), QStringLiteral("profileinuse"));
    auto *repoint = refusal->findChild<QPushButton *>(QStringLiteral("repointProfileButton"));
    QVERIFY(repoint);
    opened = nullptr;
    repoint->click();
    QTRY_VERIFY_WITH_TIMEOUT(opened, 10000);
    auto *repointDialog = qobject_cast<views::ProfileRepointDialog *>(opened.data());
    QVERIFY(repointDialog);
    QSignalSpy planShown(repointDialog, &views::ProfileRepointDialog::planShown);
    QVERIFY(planShown.wait(10000));
    VERIFY_WINDOW(repointDialog, QStringLiteral("profilerepoint"));
    repointDialog->reject();
    if (refusal)
        refusal->reject();
}

// The scheduler set-up assistant, opened by the Profiles pane's Scheduler Ready Check, each of its pages:
// the API readiness with its plan, the server console commands filled in (one value wrong), and the
// temporary spaces (one meeting running, one not).
void TestEveryWindow::schedulerAssistant()
{
    openCluster();
    QVERIFY(m_session);
    if (m_temporarySpaces.isEmpty()) {
        const cmssim::TypeSpec &spaces = cmssim::TypeSchema::get(QStringLiteral("coSpaces"));
        for (const char *name : {"Quarterly planning", "Customer onboarding call"}) {
            const QString text = QString::fromLatin1(name);
            const auto created = m_cluster->config().create(spaces, {},
                {{QStringLiteral("name"), text}, {QStringLiteral("uri"), text.toLower().replace(QLatin1Char(' '), QLatin1Char('.'))},
                 {QStringLiteral("meetingScheduler"), QStringLiteral("scheduler-cms1")}});
            QVERIFY(std::holds_alternative<QString>(created));
            m_temporarySpaces.append(std::get<QString>(created));
        }
        QVERIFY(std::holds_alternative<QString>(
            m_cluster->live().startCall(m_cluster->bridge(0), m_temporarySpaces.first(), QStringLiteral("Quarterly planning"))));
    }
    auto *pane = window().findChild<views::ProfilesPane *>();
    QVERIFY(pane);
    QPointer<QDialog> opened;
    QObject context;
    connect(&window(), &views::MainWindow::dialogOpened, &context, [&opened](QDialog *d) { opened = d; });
    QTRY_VERIFY_WITH_TIMEOUT(pane->schedulerAction()->isEnabled(), 10000);
    pane->schedulerAction()->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(opened, 10000);
    auto *assistant = qobject_cast<views::SchedulerAssistant *>(opened.data());
    QVERIFY(assistant);
    QCOMPARE(assistant->currentPage(), views::SchedulerAssistant::Page::Readiness);
    QSignalSpy planned(assistant->readinessPanel(), &views::SchedulerReadinessPanel::planShown);
    QVERIFY(planned.wait(10000));
    VERIFY_WINDOW(assistant, QStringLiteral("scheduler_readiness"));

    assistant->showPage(views::SchedulerAssistant::Page::Commands);
    views::SchedulerCommandsPage *commands = assistant->commandsPage();
    using Field = views::SchedulerCommandsPage::Field;
    const QList<std::pair<Field, const char *>> values = {
        {Field::HttpsKey, "CB344748.key"}, {Field::HttpsCertificate, "BUN344748.cer"}, {Field::C2wTrust, "wbbundle.cer"},
        {Field::WebBridgeTrust, "schedulerbun.cer"}, {Field::EmailServer, "smtp.example.com"},
        {Field::EmailUsername, "scheduler@example.com"}, {Field::HttpsPort, "94430"}};
    for (const auto &value : values)
        commands->field(value.first)->setText(QString::fromLatin1(value.second));
    QVERIFY(commands->problemLabel(Field::HttpsPort)->isVisible());
    VERIFY_WINDOW(assistant, QStringLiteral("scheduler_commands"));

    QSignalSpy refreshed(assistant->temporarySpacesPage(), &views::TemporarySpacesPage::refreshed);
    assistant->showPage(views::SchedulerAssistant::Page::TemporarySpaces);
    QVERIFY(refreshed.count() || refreshed.wait(20000));
    QTRY_COMPARE_WITH_TIMEOUT(assistant->temporarySpacesPage()->table()->rowCount(), 2, 10000);
    VERIFY_WINDOW(assistant, QStringLiteral("scheduler_spaces"));
    assistant->reject();
}

// The Meetings section with the demo's placeholder pool, a placeholder in a meeting chosen (its details
// under the table), and the New Pool dialog filled in (its preview), then its plan.
void TestEveryWindow::meetingsSection()
{
    openCluster();
    QVERIFY(m_session);
    views::Section *meetings = section(QStringLiteral("meetingsSection"));
    QVERIFY(meetings);
    window().showSection(meetings);
    auto *pane = qobject_cast<views::MeetingsPane *>(meetings->widget());
    QVERIFY(pane);
    QTRY_VERIFY_WITH_TIMEOUT(pane->model()->rowCount() >= 20 && !pane->isReading(), 10000);
    QTRY_VERIFY2_WITH_TIMEOUT(pane->model()->countOf(cms::PlaceholderState::Kind::InMeeting) == 2, qPrintable(pane->summaryLabel()->text() + pane->detailsView()->toPlainText() + pane->bridgeProblemsLabel()->text()), 10000);
    QAbstractItemModel *view = pane->tableView()->model();
    for (int row = 0; row < view->rowCount(); ++row) {
        if (!view->index(row, 0).data(models::PlaceholderPoolModel::CallIdRole).toString().isEmpty()) {
            pane->tableView()->setCurrentIndex(view->index(row, 0));
            break;
        }
    }
    QVERIFY(pane->endMeetingAction()->isEnabled());
    VERIFY_WINDOW(&window(), QStringLiteral("meetings_pool"));

    QDialog *opened = openThrough(pane->newPoolAction());
    auto *dialog = qobject_cast<views::NewPoolDialog *>(opened);
    QVERIFY(dialog);
    QSignalSpy profiles(dialog, &views::NewPoolDialog::profilesLoaded);
    QVERIFY(profiles.wait(10000));
    QTest::keyClicks(dialog->nameEdit(), QStringLiteral("Board_$index$"));
    QTest::keyClicks(dialog->uriEdit(), QStringLiteral("board.$index$"));
    QTest::keyClicks(dialog->callIdEdit(), QStringLiteral("6600$index$"));
    dialog->countEdit()->setValue(50);
    dialog->callLegProfileChoice()->setCurrentIndex(1);
    VERIFY_WINDOW(dialog, QStringLiteral("meetings_newpool"));
    // A mistake said under its field.
    QTest::keyClick(dialog->callIdEdit(), Qt::Key_A);
    VERIFY_WINDOW(dialog, QStringLiteral("meetings_newpool_problem"));
    QTest::keyClick(dialog->callIdEdit(), Qt::Key_Backspace);
    QSignalSpy planned(dialog, &views::PoolOperationDialog::planShown);
    dialog->nextButton()->click();
    QVERIFY(planned.wait(10000));
    VERIFY_WINDOW(dialog, QStringLiteral("meetings_newpool_plan"));
    dialog->reject();
}

// "Why can't my guests get in?" on a space with four problems, the first one's fix shown.
void TestEveryWindow::guestHostCheck()
{
    openCluster();
    QVERIFY(m_session);
    if (m_misconfigured.isEmpty()) {
        // No call leg profile, non-members shut out, and the hosts' access method without a profile
        // and with the guests' call ID.
        cmssim::ConfigApi &config = m_cluster->config();
        const auto space = config.create(cmssim::TypeSchema::get(QStringLiteral("coSpaces")), {},
                                         {{QStringLiteral("name"), QStringLiteral("Board room")},
                                          {QStringLiteral("uri"), QStringLiteral("board.room")},
                                          {QStringLiteral("callId"), QStringLiteral("880011")},
                                          {QStringLiteral("nonMemberAccess"), QStringLiteral("false")}});
        QVERIFY(std::holds_alternative<QString>(space));
        m_misconfigured = std::get<QString>(space);
        QVERIFY(std::holds_alternative<QString>(config.create(cmssim::TypeSchema::get(QStringLiteral("accessMethods")), m_misconfigured,
            {{QStringLiteral("name"), QStringLiteral("Hosts")}, {QStringLiteral("uri"), QStringLiteral("board.room.host")},
             {QStringLiteral("callId"), QStringLiteral("880011")}, {QStringLiteral("passcode"), QStringLiteral("4321")}})));
    }
    auto *pane = window().findChild<views::SpacesPane *>();
    QVERIFY(pane);
    for (views::Section *shown : window().sections()) {
        if (shown->widget()->isAncestorOf(pane))
            window().showSection(shown);
    }
    pane->refreshAction()->trigger();
    QTRY_VERIFY_WITH_TIMEOUT((pane->selectSpaces({m_misconfigured}),
                              pane->view()->currentIndex().data(models::SpacesModel::SpaceIdRole).toString() == m_misconfigured), 10000);
    QPointer<QDialog> opened;
    QObject context;
    connect(&window(), &views::MainWindow::dialogOpened, &context, [&opened](QDialog *d) { opened = d; });
    QTRY_VERIFY(pane->checkGuestAccessAction()->isEnabled());
    pane->checkGuestAccessAction()->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(opened, 10000);
    auto *dialog = qobject_cast<views::GuestHostCheckDialog *>(opened.data());
    QVERIFY(dialog);
    QSignalSpy checked(dialog, &views::GuestHostCheckDialog::checked);
    QVERIFY(checked.wait(10000));
    QCOMPARE(dialog->diagnosis().problems.size(), 4);
    QSignalSpy planShown(dialog, &views::GuestHostCheckDialog::planShown);
    dialog->fixButton()->click();
    QVERIFY(planShown.count() || planShown.wait(10000));
    VERIFY_WINDOW(dialog, QStringLiteral("guesthostcheck"));
    dialog->reject();
}

views::GuestHostWizard *TestEveryWindow::openGuestHost(const QStringList &spaceIds)
{
    views::Section *spaces = section(QStringLiteral("spacesSection"));
    window().showSection(spaces);
    auto *pane = spaces->widget()->findChild<views::SpacesPane *>();
    if (!pane)
        pane = qobject_cast<views::SpacesPane *>(spaces->widget());
    if (!pane || !QTest::qWaitFor([pane] { return pane->model()->rowCount() > 10; }, 10000))
        return nullptr;
    pane->selectSpaces(spaceIds);
    if (spaceIds.isEmpty())
        pane->view()->clearSelection();
    return qobject_cast<views::GuestHostWizard *>(openThrough(pane->guestHostAction()));
}

// The guest and host access wizard, page by page: on a new space with pattern 3 (a value another space
// has refused at its field, then the plan, the run and the read-back), a run that fails and is undone,
// and pattern 1 applied to three spaces (the suffix fields, one plan and one result per space).
void TestEveryWindow::guestHostWizard()
{
    openCluster();
    QVERIFY(m_session);
    const QString language = QLocale().name().left(2);
    const int tag = int(qHash(language) % 900) + 100;   // each language its own URIs and call IDs
    auto next = [](views::GuestHostWizard *wizard) {
        for (QWizard::WizardButton which : {QWizard::CommitButton, QWizard::NextButton}) {
            if (wizard->button(which)->isVisible() && wizard->button(which)->isEnabled()) {
                wizard->button(which)->click();
                return true;
            }
        }
        return false;
    };
    auto field = [](views::GuestHostWizard *wizard, QStringView name) {
        return qobject_cast<QLineEdit *>(wizard->detailsPage()->editor(name));
    };
    const QString takenUri = m_cluster->store().table(QStringLiteral("coSpaces")).ordered().front()->value(QStringLiteral("uri"));
    QVERIFY(!takenUri.isEmpty());

    views::GuestHostWizard *wizard = openGuestHost({});
    QVERIFY(wizard);
    wizard->patternPage()->button(cms::GuestHostSettings::Pattern::EmptyGuestPin)->click();
    VERIFY_WINDOW(wizard, QStringLiteral("guesthost_pattern"));
    QVERIFY(next(wizard));
    field(wizard, cms::GuestHostField::spaceName)->setText(QStringLiteral("Guest access %1").arg(tag));
    field(wizard, cms::GuestHostField::spaceUri)->setText(takenUri);
    field(wizard, cms::GuestHostField::spaceCallId)->setText(QStringLiteral("81%1").arg(tag));
    field(wizard, cms::GuestHostField::hostCallId)->setText(QStringLiteral("82%1").arg(tag));
    field(wizard, cms::GuestHostField::hostPin)->setText(QStringLiteral("2468"));
    auto *mode = qobject_cast<QComboBox *>(wizard->detailsPage()->editor(cms::GuestHostField::passcodeMode));
    mode->setCurrentIndex(1);
    QSignalSpy checked(wizard->detailsPage(), &views::GuestHostDetailsPage::clusterChecked);
    QVERIFY(checked.wait(10000));
    QVERIFY(wizard->detailsPage()->errorLabel(cms::GuestHostField::spaceUri)->isVisible());
    VERIFY_WINDOW(wizard, QStringLiteral("guesthost_details"));
    field(wizard, cms::GuestHostField::spaceUri)->setText(QStringLiteral("guest.access.%1").arg(tag));
    QVERIFY(checked.wait(10000));
    QVERIFY(next(wizard));
    QSignalSpy planned(wizard->planPage(), &views::GuestHostPlanPage::planShown);
    QVERIFY(wizard->planPage()->isPlanned() || planned.wait(10000));
    VERIFY_WINDOW(wizard, QStringLiteral("guesthost_plan"));
    QVERIFY(next(wizard));
    QSignalSpy ran(wizard->runPage(), &views::GuestHostRunPage::runFinished);
    QVERIFY(wizard->runPage()->isFinished() || ran.wait(20000));
    VERIFY_WINDOW(wizard, QStringLiteral("guesthost_run"));
    QVERIFY(next(wizard));
    QSignalSpy verified(wizard->verifyPage(), &views::GuestHostVerifyPage::verified);
    QVERIFY(wizard->verifyPage()->isVerified() || verified.wait(20000));
    QCOMPARE(wizard->verifyPage()->unmetCount(), 0);
    VERIFY_WINDOW(wizard, QStringLiteral("guesthost_verify"));
    wizard->accept();

    // Pattern 4 on one existing space: the guests' URI and call ID kept unless typed, the host user.
    wizard = openGuestHost(spaceIds(1));
    QVERIFY(wizard);
    QVERIFY(!wizard->isNewSpace() && !wizard->isMany());
    wizard->patternPage()->button(cms::GuestHostSettings::Pattern::HostIsMember)->click();
    QVERIFY(next(wizard));
    QVERIFY(field(wizard, cms::GuestHostField::hostJid)->isVisible());
    QVERIFY(!field(wizard, cms::GuestHostField::spaceUri)->placeholderText().isEmpty());
    QSignalSpy memberChecked(wizard->detailsPage(), &views::GuestHostDetailsPage::clusterChecked);
    field(wizard, cms::GuestHostField::hostJid)->setText(QStringLiteral("nobody.%1@example.com").arg(tag));
    QVERIFY(memberChecked.wait(10000));
    QVERIFY(wizard->detailsPage()->errorLabel(cms::GuestHostField::hostJid)->isVisible());   // no such user
    VERIFY_WINDOW(wizard, QStringLiteral("guesthost_details_member"));
    wizard->reject();

    // A run whose last write fails: what failed, and that it was all undone.
    wizard = openGuestHost({});
    QVERIFY(wizard);
    wizard->patternPage()->button(cms::GuestHostSettings::Pattern::DifferentUri)->click();
    QVERIFY(next(wizard));
    field(wizard, cms::GuestHostField::spaceName)->setText(QStringLiteral("Fragile %1").arg(tag));
    field(wizard, cms::GuestHostField::spaceUri)->setText(QStringLiteral("fragile.%1").arg(tag));
    field(wizard, cms::GuestHostField::hostUri)->setText(QStringLiteral("fragile.%1.host").arg(tag));
    QTRY_VERIFY_WITH_TIMEOUT(!wizard->detailsPage()->isCheckingCluster(), 10000);
    QVERIFY(next(wizard));
    QSignalSpy plannedAgain(wizard->planPage(), &views::GuestHostPlanPage::planShown);
    QVERIFY(wizard->planPage()->isPlanned() || plannedAgain.wait(10000));
    const int steps = int(wizard->batch()->entries().first().steps.size());
    QVERIFY(steps >= 2);
    for (int bridge = 0; bridge < m_cluster->bridgeCount(); ++bridge)
        m_cluster->bridge(bridge).faults().writesBeforeFailure = steps - 1;
    QVERIFY(next(wizard));
    QSignalSpy failed(wizard->runPage(), &views::GuestHostRunPage::runFinished);
    QVERIFY(wizard->runPage()->isFinished() || failed.wait(20000));
    for (int bridge = 0; bridge < m_cluster->bridgeCount(); ++bridge)
        m_cluster->bridge(bridge).faults().writesBeforeFailure = -1;
    QCOMPARE(wizard->batch()->entries().first().state, cms::GuestHostBatch::Entry::State::RolledBack);
    VERIFY_WINDOW(wizard, QStringLiteral("guesthost_runfailed"));
    wizard->reject();

    // Apply to many: three spaces, pattern 1, the hosts' URI made with a suffix.
    wizard = openGuestHost(spaceIds(3));
    QVERIFY(wizard);
    QVERIFY(wizard->isMany());
    wizard->patternPage()->button(cms::GuestHostSettings::Pattern::DifferentUri)->click();
    QVERIFY(next(wizard));
    field(wizard, cms::GuestHostField::hostUri)->setText(QStringLiteral(".host%1").arg(tag));
    field(wizard, cms::GuestHostField::hostCallId)->setText(QStringLiteral("%1").arg(tag));
    VERIFY_WINDOW(wizard, QStringLiteral("guesthost_manydetails"));
    QVERIFY(next(wizard));
    QSignalSpy manyPlanned(wizard->planPage(), &views::GuestHostPlanPage::planShown);
    QVERIFY(wizard->planPage()->isPlanned() || manyPlanned.wait(20000));
    VERIFY_WINDOW(wizard, QStringLiteral("guesthost_manyplan"));
    // The first space's first write fails (and the space is left as it was); the others go on.
    for (int bridge = 0; bridge < m_cluster->bridgeCount(); ++bridge)
        m_cluster->bridge(bridge).faults().writesBeforeFailure = 0;
    QVERIFY(next(wizard));
    QSignalSpy manyRan(wizard->runPage(), &views::GuestHostRunPage::runFinished);
    QVERIFY(wizard->runPage()->isFinished() || manyRan.wait(30000));
    for (int bridge = 0; bridge < m_cluster->bridgeCount(); ++bridge)
        m_cluster->bridge(bridge).faults().writesBeforeFailure = -1;
    QCOMPARE(wizard->batch()->entries().first().state, cms::GuestHostBatch::Entry::State::RolledBack);
    VERIFY_WINDOW(wizard, QStringLiteral("guesthost_manyrun"));
    if (next(wizard)) {
        QSignalSpy manyVerified(wizard->verifyPage(), &views::GuestHostVerifyPage::verified);
        QVERIFY(wizard->verifyPage()->isVerified() || manyVerified.wait(30000));
        VERIFY_WINDOW(wizard, QStringLiteral("guesthost_manyverify"));
    }
    wizard->accept();
}

QString TestEveryWindow::meetingPlaceholder(int index)
{
    auto find = [this](int wanted) {
        for (const cmssim::ConfigObject *space : m_cluster->store().table(QStringLiteral("coSpaces")).ordered()) {
            if (space->value(QStringLiteral("uri")) == QStringLiteral("weekly.meeting.%1").arg(wanted))
                return space->id;
        }
        return QString();
    };
    if (find(1).isEmpty()) {
        cms::PlaceholderPool pool;
        pool.nameMapping = QStringLiteral("Weekly_Meeting_$index$");
        pool.uriMapping = QStringLiteral("weekly.meeting.$index$");
        pool.callIdMapping = QStringLiteral("7700$index$");
        cms::PoolAddRangeOperation create(*m_session->connection(), cms::PoolAddRangeOperation::Mode::Create, pool, 4, 1);
        create.execute();
        if (!QTest::qWaitFor([&create] { return create.isFinished(); }, 30000) || !create.result().succeeded())
            return {};
    }
    return find(index);
}

// The meeting dialog on a placeholder (each language its own): Start filled in with an address that
// cannot be dialled said at its line, its plan, its run with each call's state and its outcome; then
// End, its plan with the placeholder's name, and its outcome.
void TestEveryWindow::meetingDialogs()
{
    openCluster();
    QVERIFY(m_session);
    const QString language = QLocale().name().left(2);
    const int index = int(QStringList{QStringLiteral("en"), QStringLiteral("fr"), QStringLiteral("ko"), QStringLiteral("ar")}.indexOf(language)) + 1;
    const QString spaceId = meetingPlaceholder(index);
    QVERIFY(!spaceId.isEmpty());
    cms::Connection &connection = *m_session->connection();
    auto setLatency = [this](int ms) {
        for (int bridge = 0; bridge < m_cluster->bridgeCount(); ++bridge)
            m_cluster->bridge(bridge).faults().latencyMs = ms;
    };

    views::MeetingDialog start(connection, views::MeetingDialog::Mode::Start, spaceId,
                               QStringLiteral("Weekly_Meeting_%1").arg(index), &window());
    start.setSettings(m_settings.get());
    start.open();
    start.nameEdit()->setText(QStringLiteral("Quarterly review"));
    start.passcodeEdit()->setText(QStringLiteral("2468"));
    start.addressEdit()->setPlainText(QStringLiteral("alice@example.com\nbob@@example.com\n+33 1 23 45 67 89"));
    QVERIFY(start.addressProblemsLabel()->isVisible());
    VERIFY_WINDOW(&start, QStringLiteral("meeting_start"));

    start.addressEdit()->setPlainText(QStringLiteral("alice@example.com\nbob@example.com\n+33 1 23 45 67 89"));
    QSignalSpy planned(&start, &views::MeetingDialog::planShown);
    start.previewButton()->click();
    QVERIFY(planned.wait(20000));
    VERIFY_WINDOW(&start, QStringLiteral("meeting_preview"));

    // Slowed down, so that the run is seen under way.
    setLatency(150);
    QSignalSpy finished(&start, &views::MeetingDialog::runFinished);
    start.runButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(start.legsModel()->state(0) != views::MeetingLegsModel::LegState::Waiting, 20000);
    VERIFY_WINDOW(&start, QStringLiteral("meeting_running"));
    QVERIFY(finished.count() || finished.wait(30000));
    setLatency(0);
    QVERIFY2(finished.first().at(0).value<cms::OperationResult>().succeeded(), qPrintable(start.resultLabel()->text()));
    VERIFY_WINDOW(&start, QStringLiteral("meeting_result"));
    start.reject();

    views::MeetingDialog end(connection, views::MeetingDialog::Mode::End, spaceId, QStringLiteral("Quarterly review"), &window());
    QSignalSpy endPlanned(&end, &views::MeetingDialog::planShown);
    end.open();
    QVERIFY(endPlanned.count() || endPlanned.wait(20000));
    VERIFY_WINDOW(&end, QStringLiteral("meeting_end"));
    QSignalSpy ended(&end, &views::MeetingDialog::runFinished);
    end.runButton()->click();
    QVERIFY(ended.wait(20000));
    QVERIFY2(ended.first().at(0).value<cms::OperationResult>().succeeded(), qPrintable(end.resultLabel()->text()));
    VERIFY_WINDOW(&end, QStringLiteral("meeting_ended"));
    end.reject();
}

// Every menu of the menu bar, and every command in it, has a mnemonic, so the keyboard reaches each
// with Alt and a letter. Arabic is left out: some of its words have no letter that can carry one
// without breaking the word's shape (tst_translations), and Alt alone opens its menus.
void TestEveryWindow::menusHaveMnemonics_data()
{
    QTest::addColumn<QString>("language");
    for (const char *language : {"en", "fr", "ko"})
        QTest::newRow(language) << QString::fromLatin1(language);
}

void TestEveryWindow::menusHaveMnemonics()
{
    openCluster();
    QStringList missing;
    for (views::Section *shown : window().sections()) {
        window().showSection(shown);
        for (QAction *menu : window().menuBar()->actions()) {
            if (!menu->text().contains(QLatin1Char('&')))
                missing << menu->text();
            if (!menu->menu())
                continue;
            for (QAction *action : menu->menu()->actions()) {
                if (!action->isSeparator() && action->isVisible() && !action->text().contains(QLatin1Char('&')))
                    missing << menu->text() + QStringLiteral(" › ") + action->text();
            }
        }
    }
    missing.removeDuplicates();
    QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("without a mnemonic: ") + missing.join(QStringLiteral(", "))));
}

QTEST_MAIN(TestEveryWindow)
#include "tst_everywindow.moc"
