// The "Access methods" and "Members" sections of a space on real widgets against a simulated cluster:
// an access method refused for a duplicate URI shows the error at the URI field, a valid one appears,
// an edit sends only the changed field (checked on the simulator's side and in the API trace), delete
// asks first; a member is added by typing part of a user's name and picking the completion, its
// permissions change, and it is removed. Leaves a screenshot in <temp>/cmsconsole-screens/members.png.
#include "spaces/accessmethoddialog.h"
#include "spaces/accessmethodseditor.h"
#include "spaces/accessmethodsmodel.h"
#include "apimessage.h"
#include "diagnostics/apitrace.h"
#include "cluster/clustersession.h"
#include "configapi.h"
#include "configstore.h"
#include "datasetseeder.h"
#include "spaces/memberdialog.h"
#include "spaces/memberseditor.h"
#include "spaces/membersmodel.h"
#include "simcluster.h"
#include "simtestclient.h"
#include "testsession.h"
#include "typeschema.h"
#include "spaces/usercompletionmodel.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QTableView>
#include <QUrlQuery>
#include <QVBoxLayout>
#include <QtTest>

using namespace views;

class TestSpaceMembers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void duplicateUriIsShownAtTheUriField();
    void validAccessMethodAppears();
    void editSendsOnlyTheChangedField();
    void deleteAsksFirst();
    void addMemberByCompletion();
    void changeMemberPermissions();
    void removeMember();
    void screenshot();

private:
    template<typename Dialog> Dialog *openedDialog(QWidget *editor);
    void selectRow(QTableView *view, int row);
    QList<cms::TraceEntry> writes() const;
    const cmssim::ConfigObject *stored(const QString &collection, const QString &id) const;
    void saveScreenshot(QWidget &widget, const QString &fileName);

    std::unique_ptr<cmssim::SimCluster> m_cluster;
    std::unique_ptr<TestSession> m_test;
    std::unique_ptr<QWidget> m_window;
    AccessMethodsEditor *m_methods = nullptr;
    MembersEditor *m_members = nullptr;
    QStringList m_sentences;
    cms::ClusterSession *m_session = nullptr;
    QString m_spaceId;
    QString m_profileId;
    QString m_accessMethodId;
    QString m_memberId;
    QString m_memberJid;
};

void TestSpaceMembers::initTestCase()
{
    cmssim::ClusterOptions options;
    options.bridgeCount = 1;
    m_cluster = startTestCluster(options);
    QVERIFY(m_cluster);
    cmssim::SeedSpec spec;
    spec.users = 25;
    cmssim::DatasetSeeder(*m_cluster).seed(spec);

    const auto profile
        = m_cluster->config().create(cmssim::TypeSchema::get(QStringLiteral("callLegProfiles")), {},
            {{QStringLiteral("name"), QStringLiteral("Guests")}});
    QVERIFY(std::holds_alternative<QString>(profile));
    m_profileId = std::get<QString>(profile);
    const auto &spaceType = cmssim::TypeSchema::get(QStringLiteral("coSpaces"));
    const auto space = m_cluster->config().create(spaceType, {},
        {{QStringLiteral("name"), QStringLiteral("Team room")},
            {QStringLiteral("uri"), QStringLiteral("team.room")}});
    QVERIFY(std::holds_alternative<QString>(space));
    m_spaceId = std::get<QString>(space);
    QVERIFY(std::holds_alternative<QString>(m_cluster->config().create(spaceType, {},
        {{QStringLiteral("name"), QStringLiteral("Other room")},
            {QStringLiteral("uri"), QStringLiteral("other.room")}})));

    QString error;
    m_test = TestSession::open(*m_cluster, {}, &error);
    QVERIFY2(m_test, qPrintable(error));
    m_session = m_test->session;

    m_window = std::make_unique<QWidget>();
    auto *layout = new QVBoxLayout(m_window.get());
    m_methods = new AccessMethodsEditor(m_window.get());
    m_members = new MembersEditor(m_window.get());
    layout->addWidget(m_methods);
    layout->addWidget(m_members);
    connect(
        m_methods, &AccessMethodsEditor::changed, this, [this](const QString &s) { m_sentences.append(s); });
    connect(m_members, &MembersEditor::changed, this, [this](const QString &s) { m_sentences.append(s); });
    m_window->resize(900, 620);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_methods->setSpace(m_session, m_spaceId);
    m_members->setSpace(m_session, m_spaceId);
    QTRY_VERIFY(!m_methods->model()->isLoading());
    QTRY_VERIFY(!m_members->model()->isLoading());
    QTRY_VERIFY_WITH_TIMEOUT(
        m_methods->model()->callLegProfileName(m_profileId) == QLatin1String("Guests"), 10000);
}

void TestSpaceMembers::cleanupTestCase()
{
    m_window.reset();
    m_test.reset();
    m_cluster.reset();
}

template<typename Dialog> Dialog *TestSpaceMembers::openedDialog(QWidget *editor)
{
    Dialog *found = nullptr;
    const bool ok = QTest::qWaitFor([&] {
        for (Dialog *dialog : editor->findChildren<Dialog *>()) {
            if (dialog->isVisible())
                found = dialog;
        }
        return found != nullptr;
    });
    return ok ? found : nullptr;
}

void TestSpaceMembers::selectRow(QTableView *view, int row)
{
    view->selectionModel()->clearSelection();
    view->selectRow(row);
}

QList<cms::TraceEntry> TestSpaceMembers::writes() const
{
    // The editors' writes only: the session's live updates may ask for an events token
    // (POST /authTokens) at any moment.
    QList<cms::TraceEntry> list;
    for (const cms::TraceEntry &entry : m_test->trace->entries()) {
        if (entry.method != "GET" && !entry.url.path().endsWith(QLatin1String("/authTokens")))
            list.append(entry);
    }
    return list;
}

const cmssim::ConfigObject *TestSpaceMembers::stored(const QString &collection, const QString &id) const
{
    return m_cluster->store().find(collection, id, m_spaceId);
}

void TestSpaceMembers::saveScreenshot(QWidget &widget, const QString &fileName)
{
    const QString dir = QDir::tempPath() + QStringLiteral("/cmsconsole-screens");
    QVERIFY(QDir().mkpath(dir));
    const QString path = dir + QLatin1Char('/') + fileName;
    QVERIFY2(widget.grab().save(path), qPrintable(path));
    qInfo("screenshot: %s", qPrintable(path));
}

void TestSpaceMembers::duplicateUriIsShownAtTheUriField()
{
    auto *add = m_methods->findChild<QPushButton *>(QStringLiteral("addAccessMethodButton"));
    QVERIFY(add && add->isEnabled());
    QTest::mouseClick(add, Qt::LeftButton);
    auto *dialog = openedDialog<AccessMethodDialog>(m_methods);
    QVERIFY(dialog);
    auto *uri = dialog->findChild<QLineEdit *>(QStringLiteral("uriEdit"));
    auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit"));
    auto *save = dialog->findChild<QPushButton *>(QStringLiteral("saveButton"));
    QVERIFY(uri && name && save);

    // Checked as typed: a URI with a space in it is refused before anything is sent.
    QTest::keyClicks(uri, QStringLiteral("bad uri"));
    QVERIFY(!dialog->fieldError(QStringLiteral("uri")).isEmpty());
    QVERIFY(!save->isEnabled());
    uri->clear();
    QVERIFY(dialog->fieldError(QStringLiteral("uri")).isEmpty());

    QTest::keyClicks(name, QStringLiteral("Dial in"));
    QTest::keyClicks(uri, QStringLiteral("other.room")); // the other space's URI
    QVERIFY(save->isEnabled());
    m_test->trace->clear();
    QTest::mouseClick(save, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->fieldError(QStringLiteral("uri")).isEmpty(), 10000);
    QVERIFY(dialog->isVisible());
    auto *uriError = dialog->findChild<QLabel *>(QStringLiteral("uriError"));
    QVERIFY(uriError && uriError->isVisible());
    QCOMPARE(uriError->text(), dialog->fieldError(QStringLiteral("uri")));
    QCOMPARE(writes().size(), 1);
    QCOMPARE(writes().first().method, QByteArray("POST"));
    QTest::qWait(50); // the dialog grows to show the error
    saveScreenshot(*dialog, QStringLiteral("members-access-method-dialog.png"));
    QCOMPARE(m_methods->model()->rowCount(), 0);
    // Typing again clears the server's complaint.
    QTest::keyClicks(uri, QStringLiteral("x"));
    QVERIFY(dialog->fieldError(QStringLiteral("uri")).isEmpty());
    dialog->reject();
}

void TestSpaceMembers::validAccessMethodAppears()
{
    QTest::mouseClick(
        m_methods->findChild<QPushButton *>(QStringLiteral("addAccessMethodButton")), Qt::LeftButton);
    auto *dialog = openedDialog<AccessMethodDialog>(m_methods);
    QVERIFY(dialog);
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit")), QStringLiteral("Dial in"));
    QTest::keyClicks(
        dialog->findChild<QLineEdit *>(QStringLiteral("uriEdit")), QStringLiteral("team.room.dialin"));
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("callIdEdit")), QStringLiteral("7200001"));
    auto *passcode = dialog->findChild<QLineEdit *>(QStringLiteral("passcodeEdit"));
    QCOMPARE(passcode->echoMode(), QLineEdit::Password);
    QTest::keyClicks(passcode, QStringLiteral("2468"));
    auto *profile = dialog->findChild<QComboBox *>(QStringLiteral("callLegProfileEdit"));
    QVERIFY(profile);
    const int guests = profile->findText(QStringLiteral("Guests")); // chosen by name
    QVERIFY(guests > 0);
    profile->setCurrentIndex(guests);
    auto *scope = dialog->findChild<QComboBox *>(QStringLiteral("scopeEdit"));
    QVERIFY(scope);
    scope->setCurrentIndex(scope->findData(QStringLiteral("private")));
    m_sentences.clear();
    QSignalSpy saved(dialog, &AccessMethodDialog::saved);
    QPointer<AccessMethodDialog> guard(dialog);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("saveButton")), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, 10000);
    QTRY_VERIFY(!guard || !guard->isVisible());
    m_accessMethodId = saved.first().at(0).toString();
    QVERIFY(!m_accessMethodId.isEmpty());

    models::AccessMethodsModel *model = m_methods->model();
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 1, 10000);
    using Column = models::AccessMethodsModel::Column;
    QTRY_COMPARE_WITH_TIMEOUT(
        model->index(0, int(Column::CallLegProfile)).data().toString(), QStringLiteral("Guests"), 10000);
    QCOMPARE(model->index(0, int(Column::Name)).data().toString(), QStringLiteral("Dial in"));
    QCOMPARE(model->index(0, int(Column::Uri)).data().toString(), QStringLiteral("team.room.dialin"));
    QCOMPARE(
        model->index(0, int(Column::Passcode)).data(models::AccessMethodsModel::RawValueRole).toBool(), true);
    QCOMPARE(m_sentences.size(), 1);
    QVERIFY(m_sentences.first().contains(QLatin1String("Dial in")));

    const cmssim::ConfigObject *object = stored(QStringLiteral("accessMethods"), m_accessMethodId);
    QVERIFY(object);
    QCOMPARE(object->value(QStringLiteral("callLegProfile")), m_profileId);
    QCOMPARE(object->value(QStringLiteral("scope")), QStringLiteral("private"));
    QCOMPARE(object->value(QStringLiteral("passcode")), QStringLiteral("2468"));
}

void TestSpaceMembers::editSendsOnlyTheChangedField()
{
    QVERIFY(!m_accessMethodId.isEmpty());
    auto *view = m_methods->findChild<QTableView *>(QStringLiteral("accessMethodsView"));
    QVERIFY(view);
    selectRow(view, 0);
    auto *edit = m_methods->findChild<QPushButton *>(QStringLiteral("editAccessMethodButton"));
    QVERIFY(edit->isEnabled());
    QTest::mouseClick(edit, Qt::LeftButton);
    auto *dialog = openedDialog<AccessMethodDialog>(m_methods);
    QVERIFY(dialog);
    QCOMPARE(dialog->accessMethodId(), m_accessMethodId);
    auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit"));
    QCOMPARE(name->text(), QStringLiteral("Dial in"));
    QCOMPARE(dialog->findChild<QComboBox *>(QStringLiteral("callLegProfileEdit"))->currentText(),
        QStringLiteral("Guests"));
    name->selectAll();
    QTest::keyClicks(name, QStringLiteral("Dial-in for guests"));
    m_test->trace->clear();
    m_sentences.clear();
    QSignalSpy saved(dialog, &AccessMethodDialog::saved);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("saveButton")), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, 10000);
    QCOMPARE(saved.first().at(1).toStringList(), QStringList {QStringLiteral("name")});

    // On the simulator's side: the name changed, everything else as it was.
    const cmssim::ConfigObject *object = stored(QStringLiteral("accessMethods"), m_accessMethodId);
    QVERIFY(object);
    QCOMPARE(object->value(QStringLiteral("name")), QStringLiteral("Dial-in for guests"));
    QCOMPARE(object->value(QStringLiteral("uri")), QStringLiteral("team.room.dialin"));
    QCOMPARE(object->value(QStringLiteral("passcode")), QStringLiteral("2468"));
    QCOMPARE(object->value(QStringLiteral("callLegProfile")), m_profileId);
    // In the trace: one PUT with the name alone.
    const QList<cms::TraceEntry> sent = writes();
    QCOMPARE(sent.size(), 1);
    QCOMPARE(sent.first().method, QByteArray("PUT"));
    QVERIFY(sent.first().url.path().endsWith(m_accessMethodId));
    const QUrlQuery form(QString::fromUtf8(sent.first().requestBody));
    QCOMPARE(form.queryItems().size(), 1);
    QCOMPARE(form.queryItems().first().first, QStringLiteral("name"));

    QTRY_COMPARE_WITH_TIMEOUT(
        m_methods->model()->index(0, 0).data().toString(), QStringLiteral("Dial-in for guests"), 10000);
    QCOMPARE(m_sentences.size(), 1);
}

void TestSpaceMembers::deleteAsksFirst()
{
    auto *view = m_methods->findChild<QTableView *>(QStringLiteral("accessMethodsView"));
    selectRow(view, 0);
    auto *remove = m_methods->findChild<QPushButton *>(QStringLiteral("deleteAccessMethodButton"));
    QVERIFY(remove->isEnabled());

    // Cancel: nothing is deleted.
    QTest::mouseClick(remove, Qt::LeftButton);
    QPointer<QMessageBox> box = openedDialog<QMessageBox>(m_methods);
    QVERIFY(box);
    QVERIFY(box->text().contains(QLatin1String("Dial-in for guests")));
    box->button(QMessageBox::Cancel)->click();
    QTRY_VERIFY(!box || !box->isVisible());
    QTest::qWait(100);
    QVERIFY(stored(QStringLiteral("accessMethods"), m_accessMethodId));
    QCOMPARE(m_methods->model()->rowCount(), 1);

    QTest::mouseClick(remove, Qt::LeftButton);
    box = openedDialog<QMessageBox>(m_methods);
    QVERIFY(box);
    m_sentences.clear();
    QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("confirmDeleteButton")), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(m_methods->model()->rowCount(), 0, 10000);
    QVERIFY(!stored(QStringLiteral("accessMethods"), m_accessMethodId));
    QCOMPARE(m_sentences.size(), 1);
    QVERIFY(!remove->isEnabled());
}

void TestSpaceMembers::addMemberByCompletion()
{
    // A user to find: typed by a piece of the name, in the wrong case.
    const cmssim::ObjectTable *users = m_cluster->store().findTable(QStringLiteral("users"));
    QVERIFY(users && users->size() > 5);
    const cmssim::ConfigObject *user = nullptr;
    for (const cmssim::ConfigObject *candidate : users->ordered()) {
        if (!user && candidate->value(QStringLiteral("name")).size() >= 6)
            user = candidate;
    }
    QVERIFY(user);
    m_memberJid = user->value(QStringLiteral("userJid"));
    const QString name = user->value(QStringLiteral("name"));

    QTest::mouseClick(m_members->findChild<QPushButton *>(QStringLiteral("addMemberButton")), Qt::LeftButton);
    auto *dialog = openedDialog<MemberDialog>(m_members);
    QVERIFY(dialog);
    QCompleter *completer = dialog->completer();
    QVERIFY(completer);
    QTRY_COMPARE_WITH_TIMEOUT(completer->model()->rowCount(), int(users->size()), 10000);
    auto *jid = dialog->findChild<QLineEdit *>(QStringLiteral("userJidEdit"));
    QVERIFY(jid);
    jid->setFocus();
    const QString typed = name.mid(1, 3).toUpper();
    QTest::keyClicks(jid, typed);
    QAbstractItemView *popup = completer->popup();
    QTRY_VERIFY(popup->isVisible());
    QModelIndex pick;
    for (int row = 0; row < popup->model()->rowCount(); ++row) {
        const QModelIndex index = popup->model()->index(row, 0);
        if (index.data(models::UserCompletionModel::JidRole).toString() == m_memberJid)
            pick = index;
    }
    QVERIFY2(pick.isValid(), qPrintable(typed));
    popup->setCurrentIndex(pick);
    QTest::keyClick(popup, Qt::Key_Return);
    QCOMPARE(jid->text(), m_memberJid);

    auto *canChangeName = dialog->findChild<QCheckBox *>(QStringLiteral("canChangeNameCheck"));
    QVERIFY(canChangeName);
    canChangeName->setChecked(true);
    m_sentences.clear();
    QSignalSpy saved(dialog, &MemberDialog::saved);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("saveButton")), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, 10000);
    m_memberId = saved.first().at(0).toString();
    QVERIFY(!m_memberId.isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(m_members->model()->rowCount(), 1, 10000);
    QCOMPARE(
        m_members->model()->index(0, int(models::MembersModel::Column::User)).data().toString(), m_memberJid);
    const cmssim::ConfigObject *member = stored(QStringLiteral("coSpaceUsers"), m_memberId);
    QVERIFY(member);
    QCOMPARE(member->value(QStringLiteral("canChangeName")), QStringLiteral("true"));
    QCOMPARE(member->value(QStringLiteral("canDestroy")), QStringLiteral("false"));
    QCOMPARE(m_sentences.size(), 1);
    QVERIFY(m_sentences.first().contains(m_memberJid));

    // The same user twice: refused, at the user field.
    QTest::mouseClick(m_members->findChild<QPushButton *>(QStringLiteral("addMemberButton")), Qt::LeftButton);
    dialog = openedDialog<MemberDialog>(m_members);
    QVERIFY(dialog);
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("userJidEdit")), m_memberJid);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("saveButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->fieldError(QStringLiteral("userJid")).isEmpty(), 10000);
    dialog->reject();
}

void TestSpaceMembers::changeMemberPermissions()
{
    QVERIFY(!m_memberId.isEmpty());
    auto *view = m_members->findChild<QTableView *>(QStringLiteral("membersView"));
    QVERIFY(view);
    QTRY_COMPARE(view->model()->rowCount(), 1);
    selectRow(view, 0);
    QTest::mouseClick(
        m_members->findChild<QPushButton *>(QStringLiteral("editMemberButton")), Qt::LeftButton);
    auto *dialog = openedDialog<MemberDialog>(m_members);
    QVERIFY(dialog);
    QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("userJidEdit"))->text(), m_memberJid);
    QVERIFY(dialog->findChild<QLineEdit *>(QStringLiteral("userJidEdit"))->isReadOnly());
    QVERIFY(dialog->findChild<QCheckBox *>(QStringLiteral("canChangeNameCheck"))->isChecked());
    dialog->findChild<QCheckBox *>(QStringLiteral("canDestroyCheck"))->setChecked(true);
    m_test->trace->clear();
    QSignalSpy saved(dialog, &MemberDialog::saved);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("saveButton")), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, 10000);

    const cmssim::ConfigObject *member = stored(QStringLiteral("coSpaceUsers"), m_memberId);
    QVERIFY(member);
    QCOMPARE(member->value(QStringLiteral("canDestroy")), QStringLiteral("true"));
    QCOMPARE(member->value(QStringLiteral("canChangeName")), QStringLiteral("true"));
    const QList<cms::TraceEntry> sent = writes();
    QCOMPARE(sent.size(), 1);
    QCOMPARE(sent.first().method, QByteArray("PUT"));
    const QUrlQuery form(QString::fromUtf8(sent.first().requestBody));
    QCOMPARE(form.queryItems(),
        (QList<QPair<QString, QString>> {{QStringLiteral("canDestroy"), QStringLiteral("true")}}));
    QTRY_COMPARE_WITH_TIMEOUT(view->model()
                                  ->index(0, int(models::MembersModel::Column::Permissions))
                                  .data(models::MembersModel::RawValueRole)
                                  .toInt(),
        2, 10000);
}

void TestSpaceMembers::removeMember()
{
    auto *view = m_members->findChild<QTableView *>(QStringLiteral("membersView"));
    selectRow(view, 0);
    QTest::mouseClick(
        m_members->findChild<QPushButton *>(QStringLiteral("removeMemberButton")), Qt::LeftButton);
    auto *box = openedDialog<QMessageBox>(m_members);
    QVERIFY(box);
    QVERIFY(box->text().contains(m_memberJid));
    QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("confirmRemoveButton")), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(view->model()->rowCount(), 0, 10000);
    QVERIFY(!stored(QStringLiteral("coSpaceUsers"), m_memberId));
}

void TestSpaceMembers::screenshot()
{
    // A space with something in both sections.
    const auto &methodType
        = *cmssim::TypeSchema::find(QStringLiteral("accessMethods"), QStringLiteral("coSpaces"));
    const auto &memberType
        = *cmssim::TypeSchema::find(QStringLiteral("coSpaceUsers"), QStringLiteral("coSpaces"));
    QVERIFY(std::holds_alternative<QString>(m_cluster->config().create(methodType, m_spaceId,
        {{QStringLiteral("name"), QStringLiteral("Guests")},
            {QStringLiteral("uri"), QStringLiteral("team.room.guest")},
            {QStringLiteral("callId"), QStringLiteral("7200002")},
            {QStringLiteral("passcode"), QStringLiteral("1357")},
            {QStringLiteral("callLegProfile"), m_profileId},
            {QStringLiteral("scope"), QStringLiteral("public")}})));
    QVERIFY(std::holds_alternative<QString>(m_cluster->config().create(methodType, m_spaceId,
        {{QStringLiteral("name"), QStringLiteral("Hosts")},
            {QStringLiteral("uri"), QStringLiteral("team.room.host")},
            {QStringLiteral("callId"), QStringLiteral("7200003")},
            {QStringLiteral("scope"), QStringLiteral("private")}})));
    const cmssim::ObjectTable *users = m_cluster->store().findTable(QStringLiteral("users"));
    for (int i = 0; i < 3; ++i) {
        QVERIFY(std::holds_alternative<QString>(m_cluster->config().create(memberType, m_spaceId,
            {{QStringLiteral("userJid"), users->ordered().at(i)->value(QStringLiteral("userJid"))},
                {QStringLiteral("canChangeName"), QStringLiteral("true")},
                {QStringLiteral("canDestroy"), i == 0 ? QStringLiteral("true") : QStringLiteral("false")}})));
    }
    m_methods->setSpace(m_session, m_spaceId);
    m_members->setSpace(m_session, m_spaceId);
    QTRY_COMPARE_WITH_TIMEOUT(m_methods->model()->rowCount(), 2, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(m_members->model()->rowCount(), 3, 10000);
    QTest::qWait(300); // the details of each row
    saveScreenshot(*m_window, QStringLiteral("members.png"));

    QTest::mouseClick(m_members->findChild<QPushButton *>(QStringLiteral("addMemberButton")), Qt::LeftButton);
    auto *dialog = openedDialog<MemberDialog>(m_members);
    QVERIFY(dialog);
    auto *jid = dialog->findChild<QLineEdit *>(QStringLiteral("userJidEdit"));
    jid->setFocus();
    // Typing a name to search is no error; an address is checked as typed.
    QTest::keyClicks(jid, QStringLiteral("ann"));
    QVERIFY(dialog->fieldError(QStringLiteral("userJid")).isEmpty());
    QVERIFY(!dialog->findChild<QPushButton *>(QStringLiteral("saveButton"))->isEnabled());
    QTest::keyClicks(jid, QStringLiteral("@"));
    QVERIFY(!dialog->fieldError(QStringLiteral("userJid")).isEmpty());
    saveScreenshot(*dialog, QStringLiteral("members-dialog.png"));
    dialog->reject();
}

QTEST_MAIN(TestSpaceMembers)
#include "tst_spacemembers.moc"
