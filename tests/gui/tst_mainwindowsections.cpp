// The main window knows its sections only through views::Section: two sections made here, which
// the window has never heard of, get their line under Sections, their View action with its
// shortcut, their menu before View, their page, the Cluster menu's Refresh while current, the
// current cluster both ways, their dialogs passed on, and their texts again on a language change.
#include "cluster/clusterregistry.h"
#include "cluster/clustersession.h"
#include "diagnostics/activitylog.h"
#include "diagnostics/apitrace.h"
#include "simcluster.h"
#include "simtestclient.h"
#include "testsession.h"
#include "window/mainwindow.h"
#include "window/section.h"

#include <QAction>
#include <QDialog>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QStackedWidget>
#include <QtTest>

#include <memory>

namespace {

class TestSection : public views::Section
{
    Q_OBJECT
public:
    TestSection(const QString &name, int key, bool withMenu)
        : m_name(name)
        , m_key(key)
        , m_page(new QLabel(name))
        , m_refresh(new QAction(name + QStringLiteral(" refresh"), this))
    {
        setObjectName(name);
        setWidget(m_page);
        m_page->setFocusPolicy(Qt::StrongFocus);
        if (withMenu)
            m_menuActions = {new QAction(name + QStringLiteral(" action"), this)};
    }
    QString title() const override { return m_name + m_suffix; }
    QString menuTitle() const override { return QStringLiteral("&") + m_name + m_suffix; }
    QIcon icon() const override { return {}; }
    QKeySequence shortcut() const override { return QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_0 + m_key)); }
    QList<QAction *> menuActions() const override { return m_menuActions; }
    QAction *refreshAction() const override { return m_refresh; }
    void setCurrentCluster(cms::ClusterSession *session) override { m_shown.append(session); }

    void choose(cms::ClusterSession *session) { Q_EMIT currentClusterChosen(session); }
    void open(QDialog *dialog) { Q_EMIT dialogOpened(dialog); }
    void setSuffix(const QString &suffix) { m_suffix = suffix; }

    QList<cms::ClusterSession *> m_shown;   // every cluster it was told to show

private:
    QString m_name;
    QString m_suffix;
    int m_key;
    QLabel *m_page;
    QAction *m_refresh;
    QList<QAction *> m_menuActions;
};

QStringList texts(const QList<QAction *> &actions)
{
    QStringList result;
    for (QAction *action : actions)
        result.append(action->isSeparator() ? QStringLiteral("-") : action->text());
    return result;
}

} // namespace

class TestMainWindowSections : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<cms::ClusterSession *>();
        m_cluster = startTestCluster(cmssim::ClusterOptions{});
        QVERIFY(m_cluster);
        QString error;
        m_test = TestSession::open(*m_cluster, {}, &error);
        QVERIFY2(m_test, qPrintable(error));
    }

    void init()
    {
        m_window = std::make_unique<views::MainWindow>(*m_test->registry, *m_test->trace, m_log);
        m_first = new TestSection(QStringLiteral("Alpha"), 1, false);
        m_second = new TestSection(QStringLiteral("Beta"), 2, true);
        m_window->addSection(m_first);
        m_window->addSection(m_second);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }

    void cleanup()
    {
        m_window.reset();
    }

    void cleanupTestCase()
    {
        m_test.reset();
        m_cluster.reset();
    }

    void listsEachSection()
    {
        QCOMPARE(m_window->sections(), (QList<views::Section *>{m_first, m_second}));
        QCOMPARE(m_first->parent(), m_window.get());
        auto *list = m_window->findChild<QListWidget *>(QStringLiteral("sectionList"));
        QVERIFY(list);
        QCOMPARE(list->count(), 2);
        QCOMPARE(list->item(0)->text(), QStringLiteral("Alpha"));
        QCOMPARE(list->item(1)->text(), QStringLiteral("Beta"));

        // The View menu: one action per section, with its shortcut, before the window's own.
        QMenu *view = menu(QStringLiteral("&View"));
        QVERIFY(view);
        const QList<QAction *> viewActions = view->actions();
        QCOMPARE(texts(viewActions).mid(0, 3), (QStringList{QStringLiteral("&Alpha"), QStringLiteral("&Beta"), QStringLiteral("-")}));
        QCOMPARE(viewActions.at(0)->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_1));
        QCOMPARE(viewActions.at(1)->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_2));

        // Only the section with actions has a menu, placed before View.
        QStringList titles = texts(m_window->menuBar()->actions());
        QVERIFY(!titles.contains(QStringLiteral("&Alpha")));
        QCOMPARE(titles.indexOf(QStringLiteral("&Beta")) + 1, titles.indexOf(QStringLiteral("&View")));
        QCOMPARE(texts(menu(QStringLiteral("&Beta"))->actions()), QStringList{QStringLiteral("Beta action")});
    }

    void shortcutShowsTheSectionWithItsRefresh()
    {
        auto *pages = m_window->findChild<QStackedWidget *>(QStringLiteral("pages"));
        QVERIFY(pages);
        QCOMPARE(m_window->currentSection(), m_first);
        QCOMPARE(pages->currentWidget(), m_first->widget());
        QMenu *cluster = menu(QStringLiteral("&Cluster"));
        QVERIFY(cluster->actions().contains(m_first->refreshAction()));

        QTest::keySequence(m_window.get(), QKeySequence(Qt::CTRL | Qt::Key_2));
        QCOMPARE(m_window->currentSection(), m_second);
        QCOMPARE(pages->currentWidget(), m_second->widget());
        QTRY_COMPARE(QApplication::focusWidget(), m_second->widget());
        QVERIFY(cluster->actions().contains(m_second->refreshAction()));
        QVERIFY(!cluster->actions().contains(m_first->refreshAction()));

        QTest::keySequence(m_window.get(), QKeySequence(Qt::CTRL | Qt::Key_1));
        QCOMPARE(pages->currentWidget(), m_first->widget());
        QVERIFY(cluster->actions().contains(m_first->refreshAction()));
    }

    void currentClusterBothWays()
    {
        cms::ClusterSession *session = m_test->session;
        QCOMPARE(m_window->currentCluster(), session);   // the registry's first, at construction
        QCOMPARE(m_first->m_shown.last(), session);
        QCOMPARE(m_second->m_shown.last(), session);

        m_first->choose(nullptr);
        QCOMPARE(m_window->currentCluster(), nullptr);
        QCOMPARE(m_second->m_shown.last(), nullptr);
        QVERIFY(!m_window->editClusterAction()->isEnabled());

        m_window->setCurrentCluster(session);
        QCOMPARE(m_first->m_shown.last(), session);
        QCOMPARE(m_second->m_shown.last(), session);
        QVERIFY(m_window->editClusterAction()->isEnabled());
    }

    void passesDialogsOn()
    {
        QSignalSpy opened(m_window.get(), &views::MainWindow::dialogOpened);
        QDialog dialog;
        m_second->open(&dialog);
        QCOMPARE(opened.size(), 1);
        QCOMPARE(opened.constFirst().constFirst().value<QDialog *>(), &dialog);
    }

    void aSectionNeverAddedDeletesItsPage()
    {
        QPointer<QWidget> page;
        {
            TestSection alone(QStringLiteral("Gamma"), 3, false);
            page = alone.widget();
            QVERIFY(page);
        }
        QVERIFY(page.isNull());
        QVERIFY(m_first->widget());   // an added section's page belongs to the window
    }

    void asksForTextsOnLanguageChange()
    {
        m_second->setSuffix(QStringLiteral(" (translated)"));
        QEvent change(QEvent::LanguageChange);
        QCoreApplication::sendEvent(m_window.get(), &change);
        auto *list = m_window->findChild<QListWidget *>(QStringLiteral("sectionList"));
        QCOMPARE(list->item(1)->text(), QStringLiteral("Beta (translated)"));
        QVERIFY(menu(QStringLiteral("&Beta (translated)")));
        QVERIFY(texts(menu(QStringLiteral("&View"))->actions()).contains(QStringLiteral("&Beta (translated)")));
    }

private:
    QMenu *menu(const QString &title) const
    {
        for (QAction *action : m_window->menuBar()->actions()) {
            if (action->text() == title)
                return action->menu();
        }
        return nullptr;
    }

    std::unique_ptr<cmssim::SimCluster> m_cluster;
    std::unique_ptr<TestSession> m_test;
    cms::ActivityLog m_log;
    std::unique_ptr<views::MainWindow> m_window;
    TestSection *m_first = nullptr;
    TestSection *m_second = nullptr;
};

QTEST_MAIN(TestMainWindowSections)
#include "tst_mainwindowsections.moc"
