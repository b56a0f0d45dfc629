// Secrets scan: a whole session of the console and of cmsctl against the simulator over HTTPS, then a
// search for every secret it used wherever it could have ended up: every file written under the
// test's temporary home (settings, XDG folders, TMPDIR, the exported CSV), the clipboard, every message
// the console printed (qDebug/qWarning…), the API trace and operations log as shown, and everything
// cmsctl printed. Any hit fails the test, naming the secret and where it was found.
//
// The session: add a cluster with its password through the Add Cluster dialog (trusting the
// certificate), show the API trace, set a space's passcode in its editor, copy that request as curl,
// export the spaces list as CSV, run the built cmsctl as its README says (CMS_PASSWORD, then
// --password-stdin, with --trace): status, an update of a passcode, guesthost apply with its PINs on
// stdin, watch (an events token), and a mistyped password; then let the bridge go down and come back
// (failures carry error strings; the events socket opens again with a fresh token). The secrets: the
// password and the mistyped one, both passcodes, both guesthost PINs, the space's secret and every events token the simulator issued, each also in the forms it
// travels in (Basic credentials, percent-encoded, UTF-16).
#include "activity/activitydock.h"
#include "activity/tracemodel.h"
#include "cluster/clusterdialog.h"
#include "cluster/clusterregistry.h"
#include "cluster/clustersession.h"
#include "cluster/trustdialog.h"
#include "common/schemaform.h"
#include "configstore.h"
#include "console.h"
#include "credentials/memorycredentialstore.h"
#include "datasetseeder.h"
#include "diagnostics/activitylog.h"
#include "diagnostics/apitrace.h"
#include "eventshub.h"
#include "languagemanager.h"
#include "simbridge.h"
#include "simcluster.h"
#include "spaces/spaceeditor.h"
#include "spaces/spacesmodel.h"
#include "spaces/spacespane.h"
#include "window/mainwindow.h"
#include "window/section.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QDirIterator>
#include <QFileDialog>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

namespace {

// Distinctive, so that a hit is a leak and never a coincidence.
const QString kUser = QStringLiteral("scan-admin");
const QString kPassword = QStringLiteral("Kestrel-pw-7Q4v/9931!");
const QString kMistypedPassword = QStringLiteral("Osprey-typo-pw-5520");
const QString kPasscode = QStringLiteral("730591824613");
const QString kCmsctlPasscode = QStringLiteral("615284937205");
const QString kGuestPin = QStringLiteral("902817364455");
const QString kHostPin = QStringLiteral("338164092771");

// The folders the console and cmsctl may write to, all under the test's temporary root; set before
// Qt reads any of them.
const char *const kFolderVariables[][2] = {{"HOME", "home"},
                                           {"XDG_CONFIG_HOME", "config"},
                                           {"XDG_DATA_HOME", "data"},
                                           {"XDG_CACHE_HOME", "cache"},
                                           {"XDG_STATE_HOME", "state"},
                                           {"XDG_RUNTIME_DIR", "runtime"},
                                           {"TMPDIR", "tmp"}};

// Everything Qt's message handler sees while the test runs (the test's own output included).
QStringList g_messages;
QtMessageHandler g_previousHandler = nullptr;

void recordMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    g_messages.append(message);
    if (g_previousHandler)
        g_previousHandler(type, context, message);
}

// One secret and the forms it can take on its way.
struct Secret
{
    QString name;
    QStringList forms;
};

Secret secret(const QString &name, const QString &value, const QString &user = {})
{
    Secret s{name, {value, QString::fromLatin1(QUrl::toPercentEncoding(value))}};
    if (!user.isEmpty())   // HTTP Basic credentials
        s.forms.append(QString::fromLatin1((user + QLatin1Char(':') + value).toUtf8().toBase64()));
    s.forms.removeDuplicates();
    return s;
}

// Where one text holds a secret: "what (secret)" lines.
QStringList hitsIn(const QString &where, const QString &text, const QList<Secret> &secrets)
{
    QStringList hits;
    for (const Secret &s : secrets) {
        for (const QString &form : s.forms) {
            if (text.contains(form)) {
                hits.append(QStringLiteral("%1 (%2)").arg(where, s.name));
                break;
            }
        }
    }
    return hits;
}

// Every file under `root`, read as bytes: each form in UTF-8 and in UTF-16.
QStringList hitsInFiles(const QString &root, const QList<Secret> &secrets, int *filesRead)
{
    QStringList hits;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            hits.append(QStringLiteral("%1 (unreadable, not searched)").arg(path));
            continue;
        }
        ++*filesRead;
        const QByteArray bytes = file.readAll();
        for (const Secret &s : secrets) {
            for (const QString &form : s.forms) {
                const QByteArray utf16(reinterpret_cast<const char *>(form.utf16()), form.size() * 2);
                if (bytes.contains(form.toUtf8()) || bytes.contains(utf16)) {
                    hits.append(QStringLiteral("%1 (%2)").arg(path, s.name));
                    break;
                }
            }
        }
    }
    return hits;
}

} // namespace

class TestSecretsScan : public QObject
{
    Q_OBJECT
public:
    explicit TestSecretsScan(QString root)
        : m_root(std::move(root))
    {
    }

    // Points every folder variable at a fresh folder under root.
    static bool prepareEnvironment(const QString &root)
    {
        for (const auto &variable : kFolderVariables) {
            const QString path = root + QLatin1Char('/') + QString::fromLatin1(variable[1]);
            if (!QDir().mkpath(path))
                return false;
            // XDG_RUNTIME_DIR must be the user's alone.
            QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
            qputenv(variable[0], QFile::encodeName(path));
        }
        return true;
    }

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void scanFindsWhatItLooksFor();
    void addClusterWithItsPassword();
    void showTheApiTrace();
    void setASpacePasscode();
    void copyTheRequestAsCurl();
    void exportTheSpaces();
    void runCmsctl();
    void aBridgeGoesDownAndComesBack();
    void noSecretAnywhere();

private:
    views::MainWindow &window() const { return m_console->mainWindow(); }
    views::SpacesPane *spacesPane() const;
    // Runs the built cmsctl with the environment of a user who set CMS_URL and CMS_USER; stdin is
    // written first. Returns its exit code; keeps what it printed.
    int cmsctl(const QStringList &arguments, const QMap<QString, QString> &environment, const QByteArray &input = {});
    QList<Secret> secrets() const;
    // Every hit of every secret in everything the session wrote, printed or shows.
    QStringList hits(int *filesRead) const;

    QString m_root;
    std::unique_ptr<cmssim::SimCluster> m_cluster;
    std::unique_ptr<QSettings> m_settings;
    LanguageManager m_languages{QStringLiteral(CMS_TRANSLATIONS_BINARY_DIR)};
    std::unique_ptr<Console> m_console;
    cms::ClusterSession *m_session = nullptr;
    QString m_spaceId;
    QString m_spaceSecret;
    QStringList m_tokens;                    // every events token the simulator issued
    QList<QPair<QString, QString>> m_printed;   // what cmsctl printed, by command
};

void TestSecretsScan::initTestCase()
{
    QVERIFY(!m_root.isEmpty());
    g_previousHandler = qInstallMessageHandler(recordMessage);

    cmssim::ClusterOptions options;
    options.bridgeCount = 1;
    options.users.insert(kUser, kPassword);
    m_cluster = std::make_unique<cmssim::SimCluster>(std::move(options));
    QString error;
    QVERIFY2(m_cluster->start(&error), qPrintable(error));
    connect(&m_cluster->bridge(0).events(), &cmssim::EventsHub::tokenIssued, this,
            [this](const QString &token) { m_tokens.append(token); });
    cmssim::SeedSpec spec;
    spec.users = 4;
    spec.spaces = 12;
    spec.callLegProfiles = 2;
    spec.demoMeetings = true;   // calls, so that the events socket carries something
    QVERIFY(cmssim::DatasetSeeder(*m_cluster).seed(spec).spacesCreated > 0);

    m_settings = std::make_unique<QSettings>(m_root + QStringLiteral("/config/console.ini"), QSettings::IniFormat);
    ConsoleLaunch launch;
    launch.language = QStringLiteral("en");
    m_console = std::make_unique<Console>(launch, *m_settings, m_languages, std::make_unique<cms::MemoryCredentialStore>());
    m_console->start();
    window().resize(1280, 800);
    QVERIFY(QTest::qWaitForWindowExposed(&window()));
}

void TestSecretsScan::cleanupTestCase()
{
    m_console.reset();
    m_settings.reset();
    m_cluster.reset();
    qInstallMessageHandler(g_previousHandler);
}

// The search itself: a secret planted in a file, a message or the clipboard is found there.
void TestSecretsScan::scanFindsWhatItLooksFor()
{
    const QList<Secret> planted{secret(QStringLiteral("planted"), QStringLiteral("Planted-pw-0042"), kUser)};
    const QString path = m_root + QStringLiteral("/cache/planted.txt");
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QStringLiteral("x Planted-pw-0042 y").toUtf8());
    file.close();
    const QString wide = QStringLiteral("Planted-pw-0042");
    QFile utf16File(m_root + QStringLiteral("/cache/planted16.bin"));
    QVERIFY(utf16File.open(QIODevice::WriteOnly));
    utf16File.write(reinterpret_cast<const char *>(wide.utf16()), wide.size() * 2);
    utf16File.close();
    int files = 0;
    const QStringList found = hitsInFiles(m_root, planted, &files);
    QCOMPARE(found.size(), 2);
    QVERIFY(found.first().contains(QStringLiteral("planted")));
    QVERIFY(QFile::remove(path));
    QVERIFY(QFile::remove(utf16File.fileName()));

    qDebug("Basic %s", (kUser + QStringLiteral(":Planted-pw-0042")).toUtf8().toBase64().constData());
    QCOMPARE(hitsIn(QStringLiteral("messages"), g_messages.join(QLatin1Char('\n')), planted).size(), 1);
    g_messages.clear();
    QCOMPARE(hitsIn(QStringLiteral("text"), QStringLiteral("a=Planted-pw-0042"), planted).size(), 1);
    QCOMPARE(hitsIn(QStringLiteral("text"), QStringLiteral("nothing here"), planted).size(), 0);
}

void TestSecretsScan::addClusterWithItsPassword()
{
    views::ClusterDialog *dialog = nullptr;
    const auto opened = connect(&window(), &views::MainWindow::dialogOpened, this,
                                [&dialog](QDialog *d) { dialog = qobject_cast<views::ClusterDialog *>(d); });
    window().addClusterAction()->trigger();
    disconnect(opened);
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    views::TrustDialog *trust = nullptr;
    connect(dialog, &views::ClusterDialog::trustDialogOpened, this, [&trust](views::TrustDialog *d) { trust = d; });
    const QUrl address = m_cluster->bridge(0).baseUrl();
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit")), QStringLiteral("Scanned"));
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("addressEdit")),
                     address.host() + QLatin1Char(':') + QString::number(address.port()));
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("userEdit")), kUser);
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("passwordEdit")), kPassword);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("testButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(trust != nullptr, 20000);
    QVERIFY(QTest::qWaitForWindowExposed(trust));
    QTest::mouseClick(trust->findChild<QPushButton *>(QStringLiteral("trustButton")), Qt::LeftButton);
    auto *result = dialog->findChild<QLabel *>(QStringLiteral("testResult"));
    QTRY_VERIFY_WITH_TIMEOUT(result->text().contains(m_cluster->options().version.text), 20000);
    dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttons"))->button(QDialogButtonBox::Ok)->click();

    cms::ClusterRegistry &registry = m_console->registry();
    QTRY_COMPARE_WITH_TIMEOUT(registry.count(), 1, 20000);
    m_session = registry.session(0);
    QTRY_COMPARE_WITH_TIMEOUT(m_session->state(), cms::ClusterSession::State::Open, 20000);
    // The session's live state opens the events socket: the simulator gave out a token.
    QTRY_VERIFY_WITH_TIMEOUT(!m_tokens.isEmpty(), 20000);
}

void TestSecretsScan::showTheApiTrace()
{
    views::ActivityDock *dock = window().activityDock();
    if (!dock->isVisible())
        dock->toggleViewAction()->trigger();
    dock->showTrace();
    QTRY_VERIFY(dock->traceView()->isVisible());
    QTRY_VERIFY(dock->traceView()->model()->rowCount() > 0);
}

views::SpacesPane *TestSecretsScan::spacesPane() const
{
    views::Section *spaces = window().findChild<views::Section *>(QStringLiteral("spacesSection"));
    if (!spaces)
        return nullptr;
    auto *pane = qobject_cast<views::SpacesPane *>(spaces->widget());
    return pane ? pane : spaces->widget()->findChild<views::SpacesPane *>();
}

void TestSecretsScan::setASpacePasscode()
{
    QVERIFY(m_session);
    views::Section *spaces = window().findChild<views::Section *>(QStringLiteral("spacesSection"));
    QVERIFY(spaces);
    window().showSection(spaces);
    auto *view = spaces->widget()->findChild<QTableView *>(QStringLiteral("spacesView"));
    QVERIFY(view);
    QTRY_VERIFY_WITH_TIMEOUT(view->model()->rowCount() > 5, 20000);
    const QModelIndex first = view->model()->index(0, 0);
    m_spaceId = first.data(models::SpacesModel::SpaceIdRole).toString();
    QVERIFY(!m_spaceId.isEmpty());
    view->setCurrentIndex(first);

    auto *editor = spaces->widget()->findChild<views::SpaceEditor *>();
    QVERIFY(editor);
    QTRY_VERIFY_WITH_TIMEOUT(editor->spaceId() == m_spaceId && editor->form() && editor->form()->isEnabled()
                                 && editor->form()->findChild<QLineEdit *>(QStringLiteral("passcode")),
                             20000);
    auto *passcode = editor->form()->findChild<QLineEdit *>(QStringLiteral("passcode"));
    QTRY_VERIFY(passcode->isVisible());
    passcode->clear();
    QTest::keyClicks(passcode, kPasscode);
    QSignalSpy saved(editor, &views::SpaceEditor::spaceSaved);
    auto *save = editor->findChild<QPushButton *>(QStringLiteral("saveButton"));
    QVERIFY(save && save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);
    QVERIFY(saved.wait(20000));

    const cmssim::ConfigObject *stored = m_cluster->store().find(QStringLiteral("coSpaces"), m_spaceId);
    QVERIFY(stored);
    QCOMPARE(stored->value(QStringLiteral("passcode")), kPasscode);
    m_spaceSecret = stored->value(QStringLiteral("secret"));
    QVERIFY(!m_spaceSecret.isEmpty());
}

void TestSecretsScan::copyTheRequestAsCurl()
{
    QVERIFY(!m_spaceId.isEmpty());
    views::ActivityDock *dock = window().activityDock();
    QTableView *trace = dock->traceView();
    QAbstractItemModel *model = trace->model();
    const int methodColumn = int(models::TraceModel::Column::Method);
    const int pathColumn = int(models::TraceModel::Column::Path);
    int row = -1;
    for (int r = model->rowCount() - 1; r >= 0 && row < 0; --r) {
        if (model->index(r, methodColumn).data().toString() == QLatin1String("PUT")
            && model->index(r, pathColumn).data().toString().contains(m_spaceId))
            row = r;
    }
    QVERIFY2(row >= 0, "the passcode's PUT is in the trace");
    trace->setCurrentIndex(model->index(row, 0));
    trace->selectRow(row);
    QApplication::clipboard()->clear();
    QVERIFY(dock->copyCurlAction()->isEnabled());
    dock->copyCurlAction()->trigger();
    const QString curl = QApplication::clipboard()->text();
    QVERIFY2(curl.contains(QStringLiteral("curl")) && curl.contains(m_spaceId), qPrintable(curl));
}

void TestSecretsScan::exportTheSpaces()
{
    views::SpacesPane *pane = spacesPane();
    QVERIFY(pane);
    pane->exportAction()->trigger();
    auto *dialog = pane->findChild<QFileDialog *>(QStringLiteral("exportSpacesDialog"));
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    const QString path = m_root + QStringLiteral("/home/spaces.csv");
    // As a user types the name and presses Save.
    dialog->selectFile(path);
    QMetaObject::invokeMethod(dialog, "accept");
    QTRY_VERIFY(QFile::exists(path));
    QFile csv(path);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    QVERIFY(csv.readAll().count("\r\n") > 5);
}

// Failures carry error strings (Qt's may quote a URL): the bridge stops answering, then comes back and
// the events socket opens again with a fresh token.
void TestSecretsScan::aBridgeGoesDownAndComesBack()
{
    QVERIFY(m_session);
    const qsizetype tokens = m_tokens.size();
    const auto failedRequests = [this] {
        const QList<cms::TraceEntry> entries = m_console->trace().entries();
        return std::count_if(entries.cbegin(), entries.cend(), [](const cms::TraceEntry &e) { return !e.error.isEmpty(); });
    };
    const auto failedBefore = failedRequests();
    m_cluster->setDown(0, true);
    QTRY_VERIFY_WITH_TIMEOUT(failedRequests() > failedBefore, 30000);
    m_cluster->setDown(0, false);
    QTRY_VERIFY_WITH_TIMEOUT(m_tokens.size() > tokens, 60000);
    QTRY_COMPARE_WITH_TIMEOUT(m_session->endpointState(0), cms::EndpointState::Healthy, 30000);
}

int TestSecretsScan::cmsctl(const QStringList &arguments, const QMap<QString, QString> &environment,
                            const QByteArray &input)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();   // the folders under root
    env.insert(QStringLiteral("CMS_URL"), m_cluster->bridge(0).baseUrl().toString());
    env.insert(QStringLiteral("CMS_USER"), kUser);
    for (auto it = environment.cbegin(); it != environment.cend(); ++it)
        env.insert(it.key(), it.value());
    process.setProcessEnvironment(env);
    process.setWorkingDirectory(m_root + QStringLiteral("/home"));
    const QString pin = m_cluster->bridge(0).certificate().fingerprint();
    // The simulator answers from this thread: wait with the event loop running.
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(QStringLiteral(CMS_CMSCTL), QStringList{QStringLiteral("--pin"), pin} + arguments);
    if (!process.waitForStarted(10000))
        return -1;
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    if (!finished.wait(60000)) {
        process.kill();
        process.waitForFinished();
    }
    // Named by its words, values of KEY=VALUE left out: a failure message must not show a passcode.
    QStringList words;
    for (const QString &argument : arguments)
        words.append(argument.contains(QLatin1Char('=')) ? argument.section(QLatin1Char('='), 0, 0) + QStringLiteral("=…") : argument);
    const QString command = words.join(QLatin1Char(' '));
    m_printed.append({QStringLiteral("cmsctl %1: stdout").arg(command), QString::fromUtf8(process.readAllStandardOutput())});
    m_printed.append({QStringLiteral("cmsctl %1: stderr").arg(command), QString::fromUtf8(process.readAllStandardError())});
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

void TestSecretsScan::runCmsctl()
{
    QVERIFY(!m_spaceId.isEmpty());
    const QMap<QString, QString> password{{QStringLiteral("CMS_PASSWORD"), kPassword}};
    QCOMPARE(cmsctl({QStringLiteral("--trace"), QStringLiteral("status")}, password), 0);
    QVERIFY2(m_printed.at(m_printed.size() - 2).second.contains(m_cluster->options().version.text),
             qPrintable(m_printed.at(m_printed.size() - 2).second));

    const int tokensBefore = int(m_tokens.size());
    QCOMPARE(cmsctl({QStringLiteral("--trace"), QStringLiteral("--password-stdin"), QStringLiteral("update"),
                     QStringLiteral("coSpaces"), m_spaceId, QStringLiteral("passcode=") + kCmsctlPasscode},
                    {}, (kPassword + QLatin1Char('\n')).toUtf8()),
             0);
    QCOMPARE(m_cluster->store().find(QStringLiteral("coSpaces"), m_spaceId)->value(QStringLiteral("passcode")),
             kCmsctlPasscode);

    QCOMPARE(cmsctl({QStringLiteral("--trace"), QStringLiteral("--json"), QStringLiteral("watch"),
                     QStringLiteral("--max"), QStringLiteral("3")},
                    password),
             0);
    QVERIFY(m_tokens.size() > tokensBefore);   // cmsctl took a token of its own

    // guesthost apply with both PINs on stdin after the password, traced, as JSON: the plan and the
    // trace show them masked; the simulator has them.
    QCOMPARE(cmsctl({QStringLiteral("--trace"), QStringLiteral("--password-stdin"), QStringLiteral("--json"),
                     QStringLiteral("guesthost"), QStringLiteral("apply"), QStringLiteral("Scan room"), QStringLiteral("--create"),
                     QStringLiteral("--pattern"), QStringLiteral("2"), QStringLiteral("--uri"), QStringLiteral("scan.room"),
                     QStringLiteral("--host-call-id"), QStringLiteral("4470"), QStringLiteral("--yes")},
                    {}, (kPassword + QStringLiteral("\nguest-pin=") + kGuestPin + QStringLiteral("\nhost-pin=") + kHostPin
                         + QLatin1Char('\n')).toUtf8()),
             0);
    const QString created = QJsonDocument::fromJson(m_printed.at(m_printed.size() - 2).second.toUtf8())
                                .object().value(QStringLiteral("spaceId")).toString();
    QVERIFY(m_cluster->store().find(QStringLiteral("coSpaces"), created));
    QCOMPARE(m_cluster->store().find(QStringLiteral("coSpaces"), created)->value(QStringLiteral("passcode")), kGuestPin);

    // A mistyped password is refused: the answer names the problem, never the password.
    QCOMPARE(cmsctl({QStringLiteral("--trace"), QStringLiteral("status")},
                    {{QStringLiteral("CMS_PASSWORD"), kMistypedPassword}}),
             3);
}

QList<Secret> TestSecretsScan::secrets() const
{
    QList<Secret> list{secret(QStringLiteral("password"), kPassword, kUser),
                       secret(QStringLiteral("mistyped password"), kMistypedPassword, kUser),
                       secret(QStringLiteral("passcode set in the console"), kPasscode),
                       secret(QStringLiteral("passcode set with cmsctl"), kCmsctlPasscode),
                       secret(QStringLiteral("guest PIN given to cmsctl guesthost apply"), kGuestPin),
                       secret(QStringLiteral("host PIN given to cmsctl guesthost apply"), kHostPin)};
    if (!m_spaceSecret.isEmpty())
        list.append(secret(QStringLiteral("the space's secret"), m_spaceSecret));
    for (qsizetype i = 0; i < m_tokens.size(); ++i)
        list.append(secret(QStringLiteral("events token %1").arg(i + 1), m_tokens.at(i)));
    return list;
}

QStringList TestSecretsScan::hits(int *filesRead) const
{
    const QList<Secret> all = secrets();
    QStringList found = hitsInFiles(m_root, all, filesRead);
    found += hitsIn(QStringLiteral("clipboard"), QApplication::clipboard()->text(), all);
    found += hitsIn(QStringLiteral("console messages"), g_messages.join(QLatin1Char('\n')), all);
    for (const cms::TraceEntry &entry : m_console->trace().entries()) {
        found += hitsIn(QStringLiteral("API trace"), cms::ApiTrace::format(entry), all);
        found += hitsIn(QStringLiteral("API trace as curl"), cms::ApiTrace::toCurl(entry), all);
    }
    for (const cms::ActivityEntry &entry : m_console->log().entries())
        found += hitsIn(QStringLiteral("operations log"), entry.message, all);
    for (const auto &[what, text] : m_printed)
        found += hitsIn(what, text, all);
    found.removeDuplicates();
    return found;
}

void TestSecretsScan::noSecretAnywhere()
{
    QVERIFY(m_session);
    QVERIFY(!m_spaceSecret.isEmpty());
    QVERIFY(!m_tokens.isEmpty());
    QCOMPARE(m_printed.size(), 10);   // five cmsctl runs
    m_settings->sync();
    QVERIFY(QFile::exists(m_settings->fileName()));
    int filesRead = 0;
    const QStringList found = hits(&filesRead);
    qInfo("searched %d files, the clipboard, %d console messages, %d trace entries and %d cmsctl outputs for "
          "%d secrets",
          filesRead, int(g_messages.size()), int(m_console->trace().entries().size()), int(m_printed.size()),
          int(secrets().size()));
    QVERIFY2(found.isEmpty(), qPrintable(QStringLiteral("secrets found:\n") + found.join(QLatin1Char('\n'))));
}

int main(int argc, char **argv)
{
    // One temporary root for everything the console and cmsctl may write, set up before Qt starts.
    QTemporaryDir root;
    if (!root.isValid() || !TestSecretsScan::prepareEnvironment(root.path()))
        return 1;
    QApplication app(argc, argv);
    TestSecretsScan test(root.path());
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_secretsscan.moc"
