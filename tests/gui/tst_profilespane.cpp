// The Profiles section's page on real widgets against the simulator: the list holds every call leg
// profile (model under the tester); where a profile is used matches a count made on the simulator's
// store; an edit sends only the field changed, after saying what it reaches; a profile in use is not
// deleted, an unused one is; the refusal offers to re-point the references first, which previews the
// steps, moves every reference on the simulator's side and deletes the profile, or says which places
// it cannot see; two profiles compare side by side; a call profile takes a name that the
// console keeps. The editors group their fields, each with its explanation, and a field the guide
// does not know lands in "Other settings"; the comparison counts what each profile inherits from the
// global profile; a call profile's name shows, with its id, in the space editor.
#include "clientendpoints.h"
#include "cluster/clustersession.h"
#include "common/schemaform.h"
#include "config/profilelabels.h"
#include "configapi.h"
#include "configstore.h"
#include "datasetseeder.h"
#include "diagnostics/apitrace.h"
#include "profiles/profilecomparedialog.h"
#include "profiles/profilerepointdialog.h"
#include "profiles/profilespane.h"
#include "profiles/profileusageview.h"
#include "schema/schema.h"
#include "spaces/bulksetfielddialog.h"
#include "spaces/spaceeditor.h"
#include "simcluster.h"
#include "simtestclient.h"
#include "testsession.h"
#include "typeschema.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTreeWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace views;
using Level = cms::ProfileUsage::Level;

class TestProfilesPane : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void listsEveryCallLegProfile();
    void formGroupsFieldsWithExplanations();
    void unlistedFieldGoesToOtherSettings();
    void whereUsedMatchesTheStore();
    void editSendsOnlyWhatChanged();
    void profileInUseIsNotDeleted();
    void unusedProfileIsDeleted();
    void profileInUseIsRepointedThenDeleted();
    void repointSaysWhatItCannotSee();
    void twoProfilesCompare();
    void comparisonCountsWhatIsInherited();
    void spaceEditorShowsCallProfileLabel();
    void bulkSetFieldOffersLabelledCallProfiles();
    void callProfileTakesAName();
    void usageEntriesOpenWhereTheyAreEdited();

private:
    int storeSpacesWith(const QString &profileId) const;
    void choose(const QString &id);
    QAction *action(const char *name) const { return m_pane->findChild<QAction *>(QLatin1String(name)); }
    template<typename T>
    T *opened(const char *name) const;
    QList<cms::TraceEntry> writesSince(qsizetype from) const;
    // A new call leg profile used by two spaces and a space template, chosen in the list, its usage found.
    QString chooseFreshProfileInUse(const QString &name);
    ProfileRepointDialog *openRepointFromTheRefusal();
    QString createCallLegProfile(const QList<std::pair<QString, QString>> &params);
    static int rowWithLabel(const QTableWidget *table, const QString &label);

    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<cms::ProfileLabels> m_labels;
    std::unique_ptr<cmssim::SimCluster> m_cluster;
    std::unique_ptr<TestSession> m_test;
    std::unique_ptr<ProfilesPane> m_pane;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestProfilesPane::initTestCase()
{
    m_cluster = startTestCluster(cmssim::ClusterOptions{});
    QVERIFY(m_cluster);
    cmssim::SeedSpec spec;
    spec.tenants = 2;
    spec.users = 20;
    spec.spaces = 120;
    spec.callLegProfiles = 3;
    spec.callProfiles = 2;
    spec.guestHostPatterns = true;
    cmssim::DatasetSeeder(*m_cluster).seed(spec);
    QString error;
    m_test = TestSession::open(*m_cluster, {}, &error);
    QVERIFY2(m_test, qPrintable(error));
    m_settings = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("console.ini")), QSettings::IniFormat);
    m_labels = std::make_unique<cms::ProfileLabels>(*m_settings);
    m_pane = std::make_unique<ProfilesPane>(*m_labels);
    m_tester = std::make_unique<QAbstractItemModelTester>(m_pane->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_pane->resize(1100, 700);
    m_pane->setSession(m_test->session);
    m_pane->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_pane.get()));
}

void TestProfilesPane::cleanupTestCase()
{
    m_tester.reset();
    m_pane.reset();
    m_test.reset();
    m_cluster.reset();
}

int TestProfilesPane::storeSpacesWith(const QString &profileId) const
{
    int count = 0;
    for (const cmssim::ConfigObject *space : m_cluster->store().table(QStringLiteral("coSpaces")).ordered())
        count += space->value(QStringLiteral("callLegProfile")) == profileId;
    return count;
}

void TestProfilesPane::choose(const QString &id)
{
    const int row = m_pane->model()->rowOf(id);
    QVERIFY(row >= 0);
    m_pane->listView()->selectionModel()->clear();   // chosen again even when it was the current one
    m_pane->listView()->selectionModel()->setCurrentIndex(m_pane->model()->index(row, 0),
                                                          QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

template<typename T>
T *TestProfilesPane::opened(const char *name) const
{
    T *found = nullptr;
    const bool ok = QTest::qWaitFor([&] { return (found = m_pane->findChild<T *>(QLatin1String(name))) && found->isVisible(); }, 5000);
    return ok ? found : nullptr;
}

QList<cms::TraceEntry> TestProfilesPane::writesSince(qsizetype from) const
{
    QList<cms::TraceEntry> writes;
    for (const cms::TraceEntry &entry : m_test->trace->entries().mid(from)) {
        if (entry.method != "GET")
            writes.append(entry);
    }
    return writes;
}

QString TestProfilesPane::createCallLegProfile(const QList<std::pair<QString, QString>> &params)
{
    cmssim::Params values;
    for (const auto &[name, value] : params)
        values.insert(name, value);
    const auto created = m_cluster->config().create(cmssim::TypeSchema::get(QStringLiteral("callLegProfiles")), {}, values);
    return std::get<QString>(created);
}

int TestProfilesPane::rowWithLabel(const QTableWidget *table, const QString &label)
{
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, 0)->text() == label)
            return row;
    }
    return -1;
}

void TestProfilesPane::listsEveryCallLegProfile()
{
    const auto &stored = m_cluster->store().table(QStringLiteral("callLegProfiles")).ordered();
    QTRY_COMPARE_WITH_TIMEOUT(m_pane->model()->rowCount(), int(stored.size()), 10000);
    QTRY_VERIFY(!m_pane->model()->isLoading());
    for (const cmssim::ConfigObject *profile : stored) {
        const int row = m_pane->model()->rowOf(profile->id);
        QVERIFY(row >= 0);
        QCOMPARE(m_pane->model()->index(row, 0).data().toString(), profile->value(QStringLiteral("name")));
    }
}

void TestProfilesPane::formGroupsFieldsWithExplanations()
{
    SchemaForm *form = m_pane->form();
    QCOMPARE(form->type().collection, QStringLiteral("callLegProfiles"));
    // Known fields, in their groups, with their explanation under them and as their description.
    const struct
    {
        const char *field;
        const char *group;
        const char *title;
        const char *explanation;
    } known[] = {
        {"needsActivation", "lobbyAndActivationGroup", "Lobby and activation",
         "Yes: the participant waits in the lobby until a host joins."},
        {"muteOthersAllowed", "rightsGroup", "Rights", "Whether the participant may mute other participants' audio."},
        {"defaultLayout", "mediaGroup", "Media", "The screen layout the participant sees on joining."},
        {"maxCallDurationTime", "limitsGroup", "Limits", "The longest the participant's call may last."},
    };
    for (const auto &k : known) {
        auto *input = form->findChild<QWidget *>(QLatin1String(k.field));
        QVERIFY2(input, k.field);
        auto *box = qobject_cast<QGroupBox *>(input->parentWidget());
        QVERIFY2(box, k.field);
        QCOMPARE(box->objectName(), QLatin1String(k.group));
        QCOMPARE(box->title(), QLatin1String(k.title));
        QCOMPARE(input->accessibleDescription(), QLatin1String(k.explanation));
        auto *hint = form->findChild<QLabel *>(QLatin1String(k.field) + QStringLiteral("Hint"));
        QVERIFY2(hint, k.field);
        QCOMPARE(hint->parentWidget(), box);
        QCOMPARE(hint->text(), QLatin1String(k.explanation));
        QVERIFY(hint->isVisibleTo(form));
    }
    // No field of the schema is left out by the grouping.
    for (const cms::FieldDef &field : form->type().fields) {
        if (field.existsIn(form->serverVersion()))
            QVERIFY2(form->findChild<QWidget *>(field.name), qPrintable(field.name));
    }
}

void TestProfilesPane::unlistedFieldGoesToOtherSettings()
{
    // A field a newer server might bring, which the guide does not know: shown, in "Other settings".
    cms::ObjectType type = *cms::Schema::find(u"callLegProfiles");
    cms::FieldDef future;
    future.name = QStringLiteral("futureSetting");
    future.type = cms::FieldType::Text;
    type.fields.append(future);
    SchemaForm form(type, cms::WriteMode::Update, 0);
    auto *input = form.findChild<QWidget *>(QStringLiteral("futureSetting"));
    QVERIFY(input);
    auto *box = qobject_cast<QGroupBox *>(input->parentWidget());
    QVERIFY(box);
    QCOMPARE(box->objectName(), QStringLiteral("otherGroup"));
    QCOMPARE(box->title(), QStringLiteral("Other settings"));
    QVERIFY(!form.findChild<QLabel *>(QStringLiteral("futureSettingHint")));
    // It still saves like any other: only what changed.
    form.setValues({{QStringLiteral("futureSetting"), QStringLiteral("a")}});
    static_cast<QLineEdit *>(input)->setText(QStringLiteral("b"));
    QCOMPARE(form.changedParams().size(), 1);
    QCOMPARE(form.changedParams().first().first, QStringLiteral("futureSetting"));
}

void TestProfilesPane::whereUsedMatchesTheStore()
{
    // The profile most spaces use.
    QString busiest;
    for (const cmssim::ConfigObject *profile : m_cluster->store().table(QStringLiteral("callLegProfiles")).ordered()) {
        if (busiest.isEmpty() || storeSpacesWith(profile->id) > storeSpacesWith(busiest))
            busiest = profile->id;
    }
    QVERIFY(storeSpacesWith(busiest) > 0);
    QSignalSpy found(m_pane.get(), &ProfilesPane::usageFound);
    choose(busiest);
    QVERIFY(found.wait(10000));
    QCOMPARE(m_pane->usageView()->usage().count(Level::Space), storeSpacesWith(busiest));
    QVERIFY(m_pane->usageView()->tree()->topLevelItemCount() == 7);
}

void TestProfilesPane::editSendsOnlyWhatChanged()
{
    const QString id = m_pane->model()->idAt(0);
    QSignalSpy found(m_pane.get(), &ProfilesPane::usageFound);
    choose(id);
    QVERIFY(found.count() || found.wait(10000));
    auto *name = m_pane->form()->findChild<QLineEdit *>(QStringLiteral("name"));
    QVERIFY(name);
    name->setText(QStringLiteral("Renamed in the console"));
    QVERIFY(m_pane->saveButton()->isEnabled());
    const qsizetype before = m_test->trace->entries().size();
    QSignalSpy finished(m_pane.get(), &ProfilesPane::changeFinished);
    m_pane->saveButton()->click();
    if (QMessageBox *confirm = opened<QMessageBox>("saveProfileConfirmation")) {
        QVERIFY(!confirm->informativeText().isEmpty());   // what the change reaches
        confirm->button(QMessageBox::Save)->click();
    }
    QVERIFY(finished.wait(10000));
    QVERIFY(finished.first().first().toBool());
    const QList<cms::TraceEntry> writes = writesSince(before);
    QCOMPARE(writes.size(), 1);
    QCOMPARE(writes.first().method, QByteArray("PUT"));
    QCOMPARE(QString::fromUtf8(writes.first().requestBody), QStringLiteral("name=Renamed%20in%20the%20console"));
    QCOMPARE(m_cluster->store().find(QStringLiteral("callLegProfiles"), id)->value(QStringLiteral("name")),
             QStringLiteral("Renamed in the console"));
}

void TestProfilesPane::profileInUseIsNotDeleted()
{
    QString used;
    for (int row = 0; row < m_pane->model()->rowCount() && used.isEmpty(); ++row) {
        if (storeSpacesWith(m_pane->model()->idAt(row)) > 0)
            used = m_pane->model()->idAt(row);
    }
    QVERIFY(!used.isEmpty());
    QSignalSpy found(m_pane.get(), &ProfilesPane::usageFound);
    choose(used);
    QVERIFY(found.count() || found.wait(10000));
    const qsizetype before = m_test->trace->entries().size();
    action("deleteProfileAction")->trigger();
    QMessageBox *refusal = opened<QMessageBox>("profileInUse");
    QVERIFY(refusal);
    QVERIFY(refusal->informativeText().contains(QString::number(storeSpacesWith(used))));
    refusal->accept();
    QVERIFY(writesSince(before).isEmpty());
    QVERIFY(m_cluster->store().find(QStringLiteral("callLegProfiles"), used));
}

void TestProfilesPane::unusedProfileIsDeleted()
{
    const auto created = m_cluster->config().create(cmssim::TypeSchema::get(QStringLiteral("callLegProfiles")), {},
                                                    {{QStringLiteral("name"), QStringLiteral("Spare")}});
    const QString spare = std::get<QString>(created);
    action("refreshProfilesAction")->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(m_pane->model()->rowOf(spare) >= 0 && !m_pane->model()->isLoading(), 10000);
    QSignalSpy found(m_pane.get(), &ProfilesPane::usageFound);
    choose(spare);
    QVERIFY(found.count() || found.wait(10000));
    QSignalSpy finished(m_pane.get(), &ProfilesPane::changeFinished);
    action("deleteProfileAction")->trigger();
    QMessageBox *confirm = opened<QMessageBox>("deleteProfileConfirmation");
    QVERIFY(confirm);
    confirm->button(QMessageBox::Ok)->click();
    QVERIFY(finished.wait(10000));
    QVERIFY(finished.first().first().toBool());
    QVERIFY(!m_cluster->store().find(QStringLiteral("callLegProfiles"), spare));
    QCOMPARE(m_pane->model()->rowOf(spare), -1);
}

QString TestProfilesPane::chooseFreshProfileInUse(const QString &name)
{
    const auto &legProfiles = cmssim::TypeSchema::get(QStringLiteral("callLegProfiles"));
    const QString id = std::get<QString>(m_cluster->config().create(legProfiles, {}, {{QStringLiteral("name"), name}}));
    const auto &spaces = m_cluster->store().table(QStringLiteral("coSpaces")).ordered();
    for (int i = 0; i < 2; ++i) {
        const auto failure = m_cluster->config().update(cmssim::TypeSchema::get(QStringLiteral("coSpaces")), {},
                                                        spaces.at(spaces.size() - 1 - i)->id,
                                                        {{QStringLiteral("callLegProfile"), id}});
        [&] { QVERIFY(!failure); }();
    }
    m_cluster->config().create(cmssim::TypeSchema::get(QStringLiteral("coSpaceTemplates")), {},
                               {{QStringLiteral("name"), name + QStringLiteral(" template")}, {QStringLiteral("callLegProfile"), id}});
    action("refreshProfilesAction")->trigger();
    [&] { QTRY_VERIFY_WITH_TIMEOUT(m_pane->model()->rowOf(id) >= 0 && !m_pane->model()->isLoading(), 10000); }();
    QSignalSpy found(m_pane.get(), &ProfilesPane::usageFound);
    choose(id);
    [&] { QVERIFY(found.count() || found.wait(10000)); }();
    return id;
}

// Enter on an entry of the where-used list: a space goes to the Spaces section (the signal the
// console follows), a space template is chosen in its own list.
void TestProfilesPane::usageEntriesOpenWhereTheyAreEdited()
{
    m_pane->showKind(models::ProfileKind::CallLegProfiles);
    QTRY_VERIFY_WITH_TIMEOUT(m_pane->model()->rowCount() > 0 && !m_pane->model()->isLoading(), 10000);
    const QString id = chooseFreshProfileInUse(QStringLiteral("Opened"));
    const QString space = m_cluster->store().table(QStringLiteral("coSpaces")).ordered().back()->id;
    QTreeWidget *tree = m_pane->usageView()->tree();
    const auto entry = [tree](int column, const QString &text) -> QTreeWidgetItem * {
        for (int top = 0; top < tree->topLevelItemCount(); ++top) {
            for (int i = 0; i < tree->topLevelItem(top)->childCount(); ++i) {
                if (tree->topLevelItem(top)->child(i)->text(column) == text)
                    return tree->topLevelItem(top)->child(i);
            }
        }
        return nullptr;
    };
    QTreeWidgetItem *spaceEntry = entry(1, space);
    QVERIFY(spaceEntry);
    QSignalSpy openSpace(m_pane.get(), &ProfilesPane::openSpaceRequested);
    tree->setFocus();
    tree->setCurrentItem(spaceEntry);
    QTest::keyClick(tree, Qt::Key_Return);
    QCOMPARE(openSpace.count(), 1);
    QCOMPARE(openSpace.first().first().toString(), space);

    QTreeWidgetItem *templateEntry = entry(0, QStringLiteral("Opened template"));
    QVERIFY(templateEntry);
    const QString templateId = templateEntry->text(1);
    tree->setCurrentItem(templateEntry);
    QTest::keyClick(tree, Qt::Key_Return);
    QCOMPARE(m_pane->model()->kind(), models::ProfileKind::SpaceTemplates);
    QTRY_VERIFY_WITH_TIMEOUT(m_pane->model()->rowOf(templateId) >= 0
                                 && m_pane->listView()->currentIndex().row() == m_pane->model()->rowOf(templateId), 10000);

    m_pane->showKind(models::ProfileKind::CallLegProfiles);
    QTRY_VERIFY_WITH_TIMEOUT(m_pane->model()->rowOf(id) >= 0 && !m_pane->model()->isLoading(), 10000);
}

ProfileRepointDialog *TestProfilesPane::openRepointFromTheRefusal()
{
    action("deleteProfileAction")->trigger();
    QMessageBox *refusal = opened<QMessageBox>("profileInUse");
    if (!refusal)
        return nullptr;
    auto *repoint = refusal->findChild<QPushButton *>(QStringLiteral("repointProfileButton"));
    if (!repoint)
        return nullptr;
    repoint->click();
    return opened<ProfileRepointDialog>("repointProfileDialog");
}

void TestProfilesPane::profileInUseIsRepointedThenDeleted()
{
    const QString replacement = m_pane->model()->idAt(0);
    const QString retired = chooseFreshProfileInUse(QStringLiteral("Retired"));
    QCOMPARE(storeSpacesWith(retired), 2);
    const int spacesBefore = storeSpacesWith(replacement);

    ProfileRepointDialog *dialog = openRepointFromTheRefusal();
    QVERIFY(dialog);
    dialog->replacementBox()->setCurrentIndex(dialog->replacementBox()->findData(replacement));
    QTRY_VERIFY_WITH_TIMEOUT(dialog->isPlanned() && dialog->runButton()->isEnabled(), 10000);
    // Two spaces and a space template, the check, the delete: every step in words.
    QCOMPARE(dialog->previewList()->count(), 5);
    QVERIFY(dialog->previewList()->item(4)->text().contains(QLatin1String("DELETE /callLegProfiles/") + retired));
    for (int i = 0; i < 3; ++i)
        QVERIFY(dialog->previewList()->item(i)->text().contains(QLatin1String("callLegProfile=") + replacement));

    QSignalSpy finished(m_pane.get(), &ProfilesPane::changeFinished);
    dialog->runButton()->click();
    QVERIFY(finished.wait(10000));
    QVERIFY(finished.first().first().toBool());
    QVERIFY(!m_cluster->store().find(QStringLiteral("callLegProfiles"), retired));
    QCOMPARE(storeSpacesWith(retired), 0);
    QCOMPARE(storeSpacesWith(replacement), spacesBefore + 2);
    QCOMPARE(m_pane->model()->rowOf(retired), -1);
    dialog->close();
}

// A member using the profile is flagged by the server, not named: nothing is sent, and the dialog says why.
void TestProfilesPane::repointSaysWhatItCannotSee()
{
    const QString profile = chooseFreshProfileInUse(QStringLiteral("Members"));
    const QString space = m_cluster->store().table(QStringLiteral("coSpaces")).ordered().front()->id;
    const QString jid = m_cluster->store().table(QStringLiteral("users")).ordered().front()->value(QStringLiteral("userJid"));
    m_cluster->config().create(cmssim::TypeSchema::get(QStringLiteral("coSpaceUsers")), space,
                               {{QStringLiteral("userJid"), jid}, {QStringLiteral("callLegProfile"), profile}});
    const qsizetype before = m_test->trace->entries().size();
    ProfileRepointDialog *dialog = openRepointFromTheRefusal();
    QVERIFY(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->previewList()->count() > 0, 10000);
    QVERIFY(!dialog->isPlanned());
    QVERIFY(!dialog->runButton()->isEnabled());
    QCOMPARE(dialog->previewList()->count(), 1);
    QVERIFY(dialog->previewList()->item(0)->text().contains(QLatin1String("member"), Qt::CaseInsensitive));
    QVERIFY(writesSince(before).isEmpty());
    QVERIFY(m_cluster->store().find(QStringLiteral("callLegProfiles"), profile));
    dialog->reject();
}

void TestProfilesPane::twoProfilesCompare()
{
    QItemSelectionModel *selection = m_pane->listView()->selectionModel();
    selection->clearSelection();
    for (int row : {0, 1})
        selection->select(m_pane->model()->index(row, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QVERIFY(action("compareProfilesAction")->isEnabled());
    action("compareProfilesAction")->trigger();
    auto *dialog = opened<ProfileCompareDialog>("profileCompareDialog");
    QVERIFY(dialog);
    QVERIFY(dialog->table()->rowCount() > 10);
    // The rows whose values differ, a value left unset taking the global profile's (call leg profile
    // fields have no default in the schema).
    const cms::ObjectType &type = m_pane->form()->type();
    const QString globalId = m_cluster->store().systemProfiles().value(QStringLiteral("callLegProfile"));
    const int globalRow = m_pane->model()->rowOf(globalId);
    const auto global = globalRow >= 0 ? m_pane->model()->values(globalRow) : ProfileCompareDialog::Values();
    auto applying = [&](int row, const QString &field) {
        const QString own = m_pane->model()->values(row).value(field);
        return own.isEmpty() ? global.value(field) : own;
    };
    int expected = 0;
    for (const cms::FieldDef &field : type.fields) {
        if (!field.secret && field.name != QLatin1String("name"))
            expected += applying(0, field.name) != applying(1, field.name);
    }
    QCOMPARE(dialog->differenceCount(), expected);
    dialog->reject();
}

void TestProfilesPane::comparisonCountsWhatIsInherited()
{
    const QString global = createCallLegProfile({{QStringLiteral("name"), QStringLiteral("Global")},
                                                 {QStringLiteral("needsActivation"), QStringLiteral("true")},
                                                 {QStringLiteral("muteSelfAllowed"), QStringLiteral("false")}});
    const QString unset = createCallLegProfile({{QStringLiteral("name"), QStringLiteral("Leaves them unset")}});
    const QString set = createCallLegProfile({{QStringLiteral("name"), QStringLiteral("Sets them")},
                                              {QStringLiteral("needsActivation"), QStringLiteral("true")},
                                              {QStringLiteral("muteSelfAllowed"), QStringLiteral("true")}});
    m_cluster->store().systemProfiles().fields.insert(QStringLiteral("callLegProfile"), global);
    action("refreshProfilesAction")->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(m_pane->model()->rowOf(set) >= 0 && !m_pane->model()->isLoading(), 10000);
    QItemSelectionModel *selection = m_pane->listView()->selectionModel();
    selection->clearSelection();
    for (const QString &id : {unset, set})
        selection->select(m_pane->model()->index(m_pane->model()->rowOf(id), 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    const bool unsetFirst = m_pane->model()->rowOf(unset) < m_pane->model()->rowOf(set);
    const int unsetColumn = unsetFirst ? 1 : 2;
    const int setColumn = unsetFirst ? 2 : 1;
    action("compareProfilesAction")->trigger();
    auto *dialog = opened<ProfileCompareDialog>("profileCompareDialog");
    QVERIFY(dialog);
    QTableWidget *table = dialog->table();

    // Waits in the lobby: one inherits "Yes" from the global profile, the other sets "Yes": the same.
    const int lobby = rowWithLabel(table, cms::Schema::find(u"callLegProfiles")->field(u"needsActivation")->label());
    QVERIFY(lobby >= 0);
    const QTableWidgetItem *inherited = table->item(lobby, unsetColumn);
    QVERIFY2(inherited->text().startsWith(QStringLiteral("inherited: Yes")), qPrintable(inherited->text()));
    QVERIFY(inherited->text().contains(QStringLiteral("Global")));   // where it comes from
    QVERIFY(inherited->font().italic());
    QCOMPARE(table->item(lobby, setColumn)->text(), QStringLiteral("Yes"));
    QVERIFY(!table->item(lobby, 0)->font().bold());   // not a difference once the inherited value counts

    // May mute themselves: inherits "No", against "Yes": a difference, with the inherited value shown.
    const int muteSelf = rowWithLabel(table, cms::Schema::find(u"callLegProfiles")->field(u"muteSelfAllowed")->label());
    QVERIFY(muteSelf >= 0);
    QVERIFY2(table->item(muteSelf, unsetColumn)->text().startsWith(QStringLiteral("inherited: No")),
             qPrintable(table->item(muteSelf, unsetColumn)->text()));
    QVERIFY(table->item(muteSelf, 0)->font().bold());
    dialog->reject();
    m_cluster->store().systemProfiles().fields.remove(QStringLiteral("callLegProfile"));
}

void TestProfilesPane::spaceEditorShowsCallProfileLabel()
{
    const QString callProfile = m_cluster->store().table(QStringLiteral("callProfiles")).ordered().front()->id;
    cmssim::ConfigObject *space = m_cluster->store().table(QStringLiteral("coSpaces")).ordered().front();
    space->fields.insert(QStringLiteral("callProfile"), callProfile);
    m_labels->setLabel(m_test->session->profile().id, callProfile, QStringLiteral("Weekly reviews"));

    SpaceEditor editor;
    editor.setProfileLabels(m_labels.get());
    QSignalSpy loaded(&editor, &SpaceEditor::spaceLoaded);
    editor.setSpace(m_test->session, space->id);
    QVERIFY(loaded.wait(10000));
    auto *choice = editor.form()->findChild<QComboBox *>(QStringLiteral("callProfile"));
    QVERIFY(choice);
    QTRY_COMPARE_WITH_TIMEOUT(choice->currentText(), QStringLiteral("Weekly reviews (%1)").arg(callProfile), 10000);
    QCOMPARE(choice->currentData().toString(), callProfile);   // the id is what is stored
    m_labels->setLabel(m_test->session->profile().id, callProfile, QString());
}

void TestProfilesPane::bulkSetFieldOffersLabelledCallProfiles()
{
    const QString callProfile = m_cluster->store().table(QStringLiteral("callProfiles")).ordered().front()->id;
    m_labels->setLabel(m_test->session->profile().id, callProfile, QStringLiteral("Town halls"));
    BulkSetFieldDialog dialog(2, 0);
    dialog.loadCallProfiles(*m_test->session->connection(), m_labels.get(), m_test->session->profile().id);
    auto *field = dialog.findChild<QComboBox *>(QStringLiteral("bulkField"));
    auto *choice = dialog.findChild<QComboBox *>(QStringLiteral("bulkEnumValue"));
    QVERIFY(field && choice);
    field->setCurrentIndex(field->findData(QStringLiteral("callProfile")));
    QTRY_VERIFY_WITH_TIMEOUT(choice->findData(callProfile) >= 0, 10000);
    QCOMPARE(choice->itemText(choice->findData(callProfile)), QStringLiteral("Town halls (%1)").arg(callProfile));
    choice->setCurrentIndex(choice->findData(callProfile));
    QCOMPARE(dialog.value(), callProfile);   // the id is what is set
    m_labels->setLabel(m_test->session->profile().id, callProfile, QString());
}

void TestProfilesPane::callProfileTakesAName()
{
    m_pane->showKind(models::ProfileKind::CallProfiles);
    QTRY_VERIFY_WITH_TIMEOUT(m_pane->model()->rowCount() > 0 && !m_pane->model()->isLoading(), 10000);
    const QString id = m_pane->model()->idAt(0);
    choose(id);
    auto *name = m_pane->findChild<QLineEdit *>(QStringLiteral("profileConsoleName"));
    QVERIFY(name && !name->isHidden());   // shown for call profiles only
    name->setText(QStringLiteral("Board meetings"));
    QMetaObject::invokeMethod(name, "editingFinished");
    QCOMPARE(m_pane->model()->index(0, 0).data().toString(), QStringLiteral("Board meetings"));
    m_settings->sync();
    QSettings reread(m_dir.filePath(QStringLiteral("console.ini")), QSettings::IniFormat);
    QCOMPARE(reread.value(QStringLiteral("profileLabels/%1/callProfiles/%2").arg(m_test->session->profile().id, id)).toString(),
             QStringLiteral("Board meetings"));
}

QTEST_MAIN(TestProfilesPane)
#include "tst_profilespane.moc"
