#pragma once

#include <QDialog>
#include <QPointer>

class QDialogButtonBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTreeWidget;

namespace cms {
class BulkSpaceChange;
}

namespace views {

// Follows a bulk change of spaces: one row per space with its result (✓, or why it failed), a
// progress bar, Cancel while it runs (stops starting new requests) and Close once it is over.
// Not modal: open() or show() it; it deletes itself when closed.
class BulkResultsDialog : public QDialog
{
    Q_OBJECT
public:
    // The change is not owned; it may finish before or after the dialog closes.
    explicit BulkResultsDialog(cms::BulkSpaceChange &change, QWidget *parent = nullptr);

    QTreeWidget *resultsList() const { return m_list; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void showResult(int index);
    void updateProgress();

    QPointer<cms::BulkSpaceChange> m_change;
    QLabel *m_summary;
    QProgressBar *m_progress;
    QTreeWidget *m_list;
    QDialogButtonBox *m_buttons;
    QPushButton *m_cancelButton;
};

} // namespace views
