#pragma once

#include <QByteArray>
#include <QIcon>
#include <QKeySequence>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QWidget>

class QAction;
class QDialog;

namespace cms {
class ClusterSession;
}

namespace views {

// One section of the main window (Bridges, Spaces, and those to come): a page about the current
// cluster, listed under "Sections" and in the View menu. The window knows sections only through
// this interface and iterates them, so a new section is a new implementation, handed to
// MainWindow::addSection(), and no change to the window.
//
// The texts are translated: the window asks for them again after each language change.
class Section : public QObject
{
    Q_OBJECT
public:
    explicit Section(QObject *parent = nullptr);
    ~Section() override;   // deletes the page if no window took it

    virtual QString title() const = 0;       // in the Sections list: "Bridges"
    virtual QString menuTitle() const = 0;   // with its mnemonic, in the View menu (and of its own menu): "&Bridges"
    virtual QIcon icon() const = 0;
    virtual QKeySequence shortcut() const = 0;   // shows the section from anywhere in the window

    // The page. The window takes it into its page stack (it becomes the widget's parent).
    QWidget *widget() const { return m_page; }
    // What gets the keyboard focus when the section is shown.
    virtual QWidget *focusTarget() const { return widget(); }

    // The actions of the section's own menu in the menu bar, in order (separators included); none:
    // no menu. The menu's title is menuTitle().
    virtual QList<QAction *> menuActions() const { return {}; }
    // "Refresh" (F5) for what the section shows, listed in the Cluster menu while the section is current.
    virtual QAction *refreshAction() const { return nullptr; }

    // What the user arranged in the page (columns, their order, widths and sort, the splitters), for
    // the console to keep between runs; empty: nothing to keep. restoreLayout() takes what
    // saveLayout() gave, and ignores anything else (another version, another section's).
    virtual QByteArray saveLayout() const { return {}; }
    virtual void restoreLayout(const QByteArray &layout) { Q_UNUSED(layout); }

    // The window's current cluster (nullptr: none); the section shows that cluster.
    virtual void setCurrentCluster(cms::ClusterSession *session) = 0;

Q_SIGNALS:
    // The user chose another cluster inside the section; the window makes it the current one.
    void currentClusterChosen(cms::ClusterSession *session);
    // Every dialog the section opens, once it is open (the window passes it on: a test seam).
    void dialogOpened(QDialog *dialog);

protected:
    void setWidget(QWidget *page);   // once, from the implementation's constructor

private:
    QPointer<QWidget> m_page;
};

} // namespace views
