// A space template's access method templates, its users and the global profiles, on real widgets
// against the simulator: an access method template is created and edited (only what changed is sent,
// checked on the simulator's side), a wrong URI pattern is refused at its field and not sent, a
// template is assigned to a user and taken away again, and a change of the global profiles sends only
// the choice changed. Every model runs under the model tester.
#include "cluster/clustersession.h"
#include "common/schemaform.h"
#include "config/profilelabels.h"
#include "configapi.h"
#include "configstore.h"
#include "datasetseeder.h"
#include "diagnostics/apitrace.h"
#include "profiles/accessmethodtemplateseditor.h"
#include "profiles/accessmethodtemplatesmodel.h"
#include "profiles/globalprofilesdialog.h"
#include "profiles/profilespane.h"
#include "profiles/templateuserseditor.h"
#include "profiles/templateusersmodel.h"
#include "schema/schema.h"
#include "schema/urigeneratorcheck.h"
#include "simcluster.h"
#include "simtestclient.h"
#include "testsession.h"
#include "typeschema.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace views;

namespace {

QMap<QString, QString> fieldsOf(const cmssim::ConfigObject &object)
{
    QMap<QString, QString> fields;
    for (const auto &[name, value] : object.fields)
        fields.insert(name, value);
    return fields;
}

} // namespace

class TestSpaceTemplates : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void listsTheTemplatesAccessMethodTemplates();
    void editSendsOnlyWhatChanged();
    void wrongUriPatternIsRefusedAtTheField();
    void createSendsWhatWasGiven();
    void wrongUriPatternBlocksCreate();
    void deletesAnAccessMethodTemplate();
    void listsTheUsersOfTheTemplate();
    void assignsAndUnassignsAUser();
    void globalProfilesSendOnlyWhatChanged();

private:
    void chooseTemplate(const QString &id);
    QList<cms::TraceEntry> writesSince(qsizetype from) const;
    const cmssim::ObjectTable &storedMethodTemplates() const;
    int storeAssignments(const QString &templateId) const;
    template<typename T>
    T *opened(const char *name) const;
    AccessMethodTemplatesEditor *methods() const { return m_pane->accessMethodTemplatesEditor(); }
    TemplateUsersEditor *users() const { return m_pane->templateUsersEditor(); }

    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<cms::ProfileLabels> m_labels;
    std::unique_ptr<cmssim::SimCluster> m_cluster;
    std::unique_ptr<TestSession> m_test;
    std::unique_ptr<ProfilesPane> m_pane;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> m_testers;
    QString m_template;   // the space template the tests work on
    QString m_otherTemplate;
};

void TestSpaceTemplates::initTestCase()
{
    m_cluster = startTestCluster(cmssim::ClusterOptions{});
    QVERIFY(m_cluster);
    cmssim::SeedSpec spec;
    spec.tenants = 1;
    spec.users = 30;
    spec.spaces = 20;
    spec.callLegProfiles = 3;
    spec.callProfiles = 2;
    cmssim::DatasetSeeder(*m_cluster).seed(spec);

    // Two space templates: the first with two access method templates, assigned to two users; the
    // second assigned to a third user (which must not show under the first).
    cmssim::ConfigApi &config = m_cluster->config();
    const QString legProfile = m_cluster->store().table(QStringLiteral("callLegProfiles")).ordered().front()->id;
    m_template = std::get<QString>(config.create(cmssim::TypeSchema::get(QStringLiteral("coSpaceTemplates")), {},
                                                 {{QStringLiteral("name"), QStringLiteral("Scheduled meeting")}}));
    m_otherTemplate = std::get<QString>(config.create(cmssim::TypeSchema::get(QStringLiteral("coSpaceTemplates")), {},
                                                      {{QStringLiteral("name"), QStringLiteral("Webinar")}}));
    const cmssim::TypeSpec &methodType = cmssim::TypeSchema::get(QStringLiteral("accessMethodTemplates"));
    QVERIFY(std::holds_alternative<QString>(config.create(methodType, m_template,
        {{QStringLiteral("name"), QStringLiteral("Guests")}, {QStringLiteral("uriGenerator"), QStringLiteral("$.guest")},
         {QStringLiteral("callLegProfile"), legProfile}})));
    QVERIFY(std::holds_alternative<QString>(config.create(methodType, m_template,
        {{QStringLiteral("name"), QStringLiteral("Hosts")}, {QStringLiteral("uriGenerator"), QStringLiteral("$.host")},
         {QStringLiteral("generateUniqueCallId"), QStringLiteral("true")}})));
    const cmssim::TypeSpec &assignment = cmssim::TypeSchema::get(QStringLiteral("userCoSpaceTemplates"));
    const auto &storedUsers = m_cluster->store().table(QStringLiteral("users")).ordered();
    QVERIFY(storedUsers.size() >= 5);
    for (int i : {0, 1})
        QVERIFY(std::holds_alternative<QString>(config.create(assignment, storedUsers.at(size_t(i))->id,
                                                              {{QStringLiteral("coSpaceTemplate"), m_template}})));
    QVERIFY(std::holds_alternative<QString>(config.create(assignment, storedUsers.at(2)->id,
                                                          {{QStringLiteral("coSpaceTemplate"), m_otherTemplate}})));

    QString error;
    m_test = TestSession::open(*m_cluster, {}, &error);
    QVERIFY2(m_test, qPrintable(error));
    m_settings = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("console.ini")), QSettings::IniFormat);
    m_labels = std::make_unique<cms::ProfileLabels>(*m_settings);
    m_pane = std::make_unique<ProfilesPane>(*m_labels);
    using Tester = QAbstractItemModelTester;
    for (QAbstractItemModel *model : {static_cast<QAbstractItemModel *>(m_pane->model()),
                                      static_cast<QAbstractItemModel *>(methods()->model()),
                                      static_cast<QAbstractItemModel *>(users()->model())})
        m_testers.push_back(std::make_unique<Tester>(model, Tester::FailureReportingMode::QtTest));
    m_pane->resize(1100, 750);
    m_pane->setSession(m_test->session);
    m_pane->showKind(models::ProfileKind::SpaceTemplates);
    m_pane->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_pane.get()));
    QTRY_VERIFY_WITH_TIMEOUT(m_pane->model()->rowOf(m_template) >= 0 && !m_pane->model()->isLoading(), 10000);
}

void TestSpaceTemplates::cleanupTestCase()
{
    m_testers.clear();
    m_pane.reset();
    m_test.reset();
    m_cluster.reset();
}

void TestSpaceTemplates::chooseTemplate(const QString &id)
{
    const int row = m_pane->model()->rowOf(id);
    QVERIFY(row >= 0);
    m_pane->listView()->selectionModel()->setCurrentIndex(m_pane->model()->index(row, 0),
                                                          QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QCOMPARE(methods()->model()->templateId(), id);
    QTRY_VERIFY_WITH_TIMEOUT(!methods()->model()->isLoading(), 10000);
}

QList<cms::TraceEntry> TestSpaceTemplates::writesSince(qsizetype from) const
{
    QList<cms::TraceEntry> writes;
    for (const cms::TraceEntry &entry : m_test->trace->entries().mid(from)) {
        if (entry.method != "GET")
            writes.append(entry);
    }
    return writes;
}

const cmssim::ObjectTable &TestSpaceTemplates::storedMethodTemplates() const
{
    return m_cluster->store().table(QStringLiteral("accessMethodTemplates"), m_template);
}

int TestSpaceTemplates::storeAssignments(const QString &templateId) const
{
    int count = 0;
    for (const cmssim::ConfigObject *user : m_cluster->store().table(QStringLiteral("users")).ordered()) {
        if (const cmssim::ObjectTable *assigned = m_cluster->store().findTable(QStringLiteral("userCoSpaceTemplates"), user->id)) {
            for (const cmssim::ConfigObject *a : assigned->ordered())
                count += a->value(QStringLiteral("coSpaceTemplate")) == templateId;
        }
    }
    return count;
}

template<typename T>
T *TestSpaceTemplates::opened(const char *name) const
{
    T *found = nullptr;
    const bool ok = QTest::qWaitFor([&] { return (found = m_pane->findChild<T *>(QLatin1String(name))) && found->isVisible(); }, 5000);
    return ok ? found : nullptr;
}

void TestSpaceTemplates::listsTheTemplatesAccessMethodTemplates()
{
    const int methodsTab = m_pane->tabs()->indexOf(methods());
    m_pane->showKind(models::ProfileKind::CallLegProfiles);
    QVERIFY(!m_pane->tabs()->isTabVisible(methodsTab));   // a call leg profile has none
    m_pane->showKind(models::ProfileKind::SpaceTemplates);
    QTRY_VERIFY_WITH_TIMEOUT(m_pane->model()->rowOf(m_template) >= 0 && !m_pane->model()->isLoading(), 10000);
    QVERIFY(m_pane->tabs()->isTabVisible(methodsTab));
    chooseTemplate(m_template);
    QCOMPARE(methods()->model()->rowCount(), int(storedMethodTemplates().size()));
    for (const cmssim::ConfigObject *stored : storedMethodTemplates().ordered()) {
        const int row = methods()->model()->rowOf(stored->id);
        QVERIFY(row >= 0);
        QCOMPARE(methods()->model()->index(row, 1).data().toString(), stored->value(QStringLiteral("uriGenerator")));
    }
    chooseTemplate(m_otherTemplate);
    QCOMPARE(methods()->model()->rowCount(), 0);
    chooseTemplate(m_template);
    QCOMPARE(methods()->model()->rowCount(), 2);
}

void TestSpaceTemplates::editSendsOnlyWhatChanged()
{
    chooseTemplate(m_template);
    m_pane->tabs()->setCurrentWidget(methods());
    const QString id = methods()->model()->idAt(0);
    methods()->listView()->setCurrentIndex(methods()->model()->index(0, 0));
    auto *name = methods()->form()->findChild<QLineEdit *>(QStringLiteral("name"));
    QVERIFY(name);
    QCOMPARE(name->text(), storedMethodTemplates().find(id)->value(QStringLiteral("name")));
    QVERIFY(!methods()->saveButton()->isEnabled());
    name->setText(QStringLiteral("Guests and visitors"));
    QVERIFY(methods()->saveButton()->isEnabled());
    const QMap<QString, QString> before = fieldsOf(*storedMethodTemplates().find(id));
    const qsizetype from = m_test->trace->entries().size();
    QSignalSpy finished(methods(), &AccessMethodTemplatesEditor::changeFinished);
    methods()->saveButton()->click();
    QVERIFY(finished.wait(10000));
    QVERIFY(finished.first().first().toBool());
    const QList<cms::TraceEntry> writes = writesSince(from);
    QCOMPARE(writes.size(), 1);
    QCOMPARE(writes.first().method, QByteArray("PUT"));
    QVERIFY(writes.first().url.path().endsWith(QStringLiteral("/coSpaceTemplates/%1/accessMethodTemplates/%2").arg(m_template, id)));
    QCOMPARE(QString::fromUtf8(writes.first().requestBody), QStringLiteral("name=Guests%20and%20visitors"));
    // On the simulator's side: the name changed, every other field as it was.
    QMap<QString, QString> expected = before;
    expected.insert(QStringLiteral("name"), QStringLiteral("Guests and visitors"));
    QCOMPARE(fieldsOf(*storedMethodTemplates().find(id)), expected);
    QVERIFY(!methods()->saveButton()->isEnabled());
}

void TestSpaceTemplates::wrongUriPatternIsRefusedAtTheField()
{
    chooseTemplate(m_template);
    methods()->listView()->setCurrentIndex(methods()->model()->index(1, 0));
    const QString id = methods()->model()->idAt(1);
    auto *pattern = methods()->form()->findChild<QLineEdit *>(QStringLiteral("uriGenerator"));
    auto *error = methods()->form()->findChild<QLabel *>(QStringLiteral("uriGeneratorError"));
    QVERIFY(pattern && error);
    const cms::FieldDef &field = *cms::Schema::find(u"accessMethodTemplates")->field(u"uriGenerator");
    // Each slip, as typed, gets its own reason at the field, and Save stays off.
    QStringList reasons;
    for (const QString &typed : {QStringLiteral("$.host$"), QStringLiteral("host"), QStringLiteral("$ host"), QStringLiteral("$@host")}) {
        QTest::keyClick(pattern, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(pattern, typed);
        QCOMPARE(pattern->text(), typed);
        QVERIFY2(error->isVisible(), qPrintable(typed));
        QCOMPARE(error->text(), cms::UriGeneratorCheck::check(typed).message(field.label()));
        QVERIFY(!reasons.contains(error->text()));
        reasons.append(error->text());
        QVERIFY(!methods()->saveButton()->isEnabled());
    }
    const qsizetype from = m_test->trace->entries().size();
    methods()->saveButton()->click();
    QVERIFY(writesSince(from).isEmpty());
    QCOMPARE(storedMethodTemplates().find(id)->value(QStringLiteral("uriGenerator")), QStringLiteral("$.host"));
    // Corrected, it may be saved.
    pattern->setText(QStringLiteral("$.chair"));
    QVERIFY(error->isHidden() || error->text().isEmpty());
    QVERIFY(methods()->saveButton()->isEnabled());
    QSignalSpy finished(methods(), &AccessMethodTemplatesEditor::changeFinished);
    methods()->saveButton()->click();
    QVERIFY(finished.wait(10000));
    QCOMPARE(QString::fromUtf8(writesSince(from).first().requestBody), QStringLiteral("uriGenerator=%24.chair"));
    QCOMPARE(storedMethodTemplates().find(id)->value(QStringLiteral("uriGenerator")), QStringLiteral("$.chair"));
}

void TestSpaceTemplates::createSendsWhatWasGiven()
{
    chooseTemplate(m_template);
    const qsizetype before = storedMethodTemplates().size();
    methods()->newAction()->trigger();
    auto *dialog = opened<QDialog>("newAccessMethodTemplateDialog");
    QVERIFY(dialog);
    dialog->findChild<QLineEdit *>(QStringLiteral("name"))->setText(QStringLiteral("Presenters"));
    dialog->findChild<QLineEdit *>(QStringLiteral("uriGenerator"))->setText(QStringLiteral("$.present"));
    auto *create = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QVERIFY(create->isEnabled());
    const qsizetype from = m_test->trace->entries().size();
    QSignalSpy finished(methods(), &AccessMethodTemplatesEditor::changeFinished);
    create->click();
    QVERIFY(finished.wait(10000));
    QVERIFY(finished.first().first().toBool());
    const QList<cms::TraceEntry> writes = writesSince(from);
    QCOMPARE(writes.size(), 1);
    QCOMPARE(writes.first().method, QByteArray("POST"));
    QCOMPARE(QString::fromUtf8(writes.first().requestBody), QStringLiteral("name=Presenters&uriGenerator=%24.present"));
    QCOMPARE(storedMethodTemplates().size(), before + 1);
    QTRY_COMPARE_WITH_TIMEOUT(methods()->model()->rowCount(), int(before + 1), 10000);
}

void TestSpaceTemplates::wrongUriPatternBlocksCreate()
{
    chooseTemplate(m_template);
    methods()->newAction()->trigger();
    auto *dialog = opened<QDialog>("newAccessMethodTemplateDialog");
    QVERIFY(dialog);
    auto *pattern = dialog->findChild<QLineEdit *>(QStringLiteral("uriGenerator"));
    auto *error = dialog->findChild<QLabel *>(QStringLiteral("uriGeneratorError"));
    QVERIFY(pattern && error);
    auto *create = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QTest::keyClicks(pattern, QStringLiteral("$$"));
    QVERIFY(error->isVisible());
    QVERIFY(error->text().contains(QLatin1Char('2')));   // how many "$"
    QVERIFY(!create->isEnabled());
    QTest::keyClick(pattern, Qt::Key_Backspace);
    QVERIFY(create->isEnabled());
    dialog->reject();
}

void TestSpaceTemplates::deletesAnAccessMethodTemplate()
{
    chooseTemplate(m_template);
    const int row = methods()->model()->rowCount() - 1;
    const QString id = methods()->model()->idAt(row);
    methods()->listView()->setCurrentIndex(methods()->model()->index(row, 0));
    QSignalSpy finished(methods(), &AccessMethodTemplatesEditor::changeFinished);
    methods()->deleteAction()->trigger();
    auto *confirm = opened<QMessageBox>("deleteAccessMethodTemplateConfirmation");
    QVERIFY(confirm);
    confirm->button(QMessageBox::Ok)->click();
    QVERIFY(finished.wait(10000));
    QVERIFY(finished.first().first().toBool());
    QVERIFY(!storedMethodTemplates().find(id));
    QCOMPARE(methods()->model()->rowOf(id), -1);
}

void TestSpaceTemplates::listsTheUsersOfTheTemplate()
{
    chooseTemplate(m_template);
    QVERIFY(users()->model()->templateId().isEmpty());   // not read until looked at
    m_pane->tabs()->setCurrentWidget(users());
    QTRY_VERIFY_WITH_TIMEOUT(users()->model()->templateId() == m_template && !users()->model()->isLoading(), 15000);
    QCOMPARE(users()->model()->rowCount(), storeAssignments(m_template));
    QCOMPARE(users()->model()->rowCount(), 2);
    QCOMPARE(users()->model()->usersChecked(), int(m_cluster->store().table(QStringLiteral("users")).size()));
    chooseTemplate(m_otherTemplate);
    QTRY_VERIFY_WITH_TIMEOUT(users()->model()->templateId() == m_otherTemplate && !users()->model()->isLoading(), 15000);
    QCOMPARE(users()->model()->rowCount(), 1);
}

void TestSpaceTemplates::assignsAndUnassignsAUser()
{
    chooseTemplate(m_template);
    m_pane->tabs()->setCurrentWidget(users());
    QTRY_VERIFY_WITH_TIMEOUT(users()->model()->templateId() == m_template && !users()->model()->isLoading(), 15000);
    const cmssim::ConfigObject *user = m_cluster->store().table(QStringLiteral("users")).ordered().at(4);
    const QString jid = user->value(QStringLiteral("userJid"));
    QVERIFY(!users()->assignButton()->isEnabled());
    users()->userEdit()->setText(jid.toUpper());   // JIDs match whatever their case
    QSignalSpy finished(users(), &TemplateUsersEditor::changeFinished);
    const qsizetype from = m_test->trace->entries().size();
    users()->assignButton()->click();
    QVERIFY(finished.wait(10000));
    QVERIFY(finished.first().first().toBool());
    QList<cms::TraceEntry> writes = writesSince(from);
    QCOMPARE(writes.size(), 1);
    QCOMPARE(writes.first().method, QByteArray("POST"));
    QVERIFY(writes.first().url.path().endsWith(QStringLiteral("/users/%1/userCoSpaceTemplates").arg(user->id)));
    QCOMPARE(QString::fromUtf8(writes.first().requestBody), QStringLiteral("coSpaceTemplate=%1").arg(m_template));
    QCOMPARE(storeAssignments(m_template), 3);
    const int row = users()->model()->rowOfUser(user->id);
    QVERIFY(row >= 0);
    QCOMPARE(users()->model()->index(row, 0).data().toString(), jid);

    // Assigned again: refused by the console, nothing sent.
    users()->userEdit()->setText(jid);
    finished.clear();
    const qsizetype again = m_test->trace->entries().size();
    users()->assignButton()->click();
    QVERIFY(finished.wait(10000));
    QVERIFY(!finished.first().first().toBool());
    QVERIFY(writesSince(again).isEmpty());

    // Taken away.
    users()->listView()->selectRow(row);
    QVERIFY(users()->unassignButton()->isEnabled());
    finished.clear();
    users()->unassignButton()->click();
    QVERIFY(finished.wait(10000));
    QVERIFY(finished.first().first().toBool());
    QCOMPARE(storeAssignments(m_template), 2);
    QCOMPARE(users()->model()->rowOfUser(user->id), -1);
}

void TestSpaceTemplates::globalProfilesSendOnlyWhatChanged()
{
    const auto &legProfiles = m_cluster->store().table(QStringLiteral("callLegProfiles")).ordered();
    const auto &callProfiles = m_cluster->store().table(QStringLiteral("callProfiles")).ordered();
    QVERIFY(legProfiles.size() >= 2 && !callProfiles.empty());
    cmssim::ConfigObject &global = m_cluster->store().systemProfiles();
    global.fields.insert(QStringLiteral("callLegProfile"), legProfiles.front()->id);
    global.fields.insert(QStringLiteral("callProfile"), callProfiles.front()->id);
    m_labels->setLabel(m_test->session->profile().id, callProfiles.front()->id, QStringLiteral("Board meetings"));

    QSignalSpy opened(m_pane.get(), &ProfilesPane::dialogOpened);
    m_pane->findChild<QAction *>(QStringLiteral("globalProfilesAction"))->trigger();
    QCOMPARE(opened.size(), 1);
    auto *dialog = qobject_cast<GlobalProfilesDialog *>(opened.first().first().value<QDialog *>());
    QVERIFY(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isLoading(), 10000);
    QComboBox *callProfile = dialog->choice(QStringLiteral("callProfile"));
    QComboBox *legProfile = dialog->choice(QStringLiteral("callLegProfile"));
    QVERIFY(callProfile && legProfile);
    // What the cluster holds, a call profile by its console name and id.
    QCOMPARE(callProfile->currentData().toString(), callProfiles.front()->id);
    QVERIFY(callProfile->currentText().contains(QStringLiteral("Board meetings")));
    QVERIFY(callProfile->currentText().contains(callProfiles.front()->id));
    QCOMPARE(legProfile->currentData().toString(), legProfiles.front()->id);
    auto *save = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save);
    QVERIFY(!save->isEnabled());

    legProfile->setCurrentIndex(legProfile->findData(legProfiles.at(1)->id));
    QVERIFY(save->isEnabled());
    const qsizetype from = m_test->trace->entries().size();
    QSignalSpy finished(dialog, &GlobalProfilesDialog::saveFinished);
    save->click();
    QVERIFY(finished.wait(10000));
    QVERIFY(finished.first().first().toBool());
    const QList<cms::TraceEntry> writes = writesSince(from);
    QCOMPARE(writes.size(), 1);
    QCOMPARE(writes.first().method, QByteArray("PUT"));
    QVERIFY(writes.first().url.path().endsWith(QStringLiteral("/system/profiles")));
    QCOMPARE(QString::fromUtf8(writes.first().requestBody), QStringLiteral("callLegProfile=%1").arg(legProfiles.at(1)->id));
    QCOMPARE(global.value(QStringLiteral("callLegProfile")), legProfiles.at(1)->id);
    QCOMPARE(global.value(QStringLiteral("callProfile")), callProfiles.front()->id);
    QVERIFY(!save->isEnabled());

    // None: the global call profile is unset on the server.
    callProfile->setCurrentIndex(0);
    finished.clear();
    save->click();
    QVERIFY(finished.wait(10000));
    QVERIFY(!global.has(QStringLiteral("callProfile")));
    QCOMPARE(global.value(QStringLiteral("callLegProfile")), legProfiles.at(1)->id);
    dialog->reject();
}

QTEST_MAIN(TestSpaceTemplates)
#include "tst_spacetemplates.moc"
