#pragma once

#include "config/guesthostsettings.h"

#include <QHash>
#include <QList>
#include <QPointer>
#include <QWizardPage>

class QComboBox;
class QCompleter;
class QFormLayout;
class QLabel;
class QLineEdit;
class QTimer;

namespace cms {
class GuestHostOperation;
}

namespace views {

class GuestHostWizard;
class SecondsSpinBox;

// The wizard's details page: the fields of cms::GuestHostSettings the chosen pattern uses, and only
// those. Each value is checked as it is typed (GuestHostInputs::checkValue, the reason shown under its
// field), the set as a whole once a field is left (GuestHostInputs::check); when it holds together,
// the values are planned in the background a moment after typing stops, and what the planner refuses
// (a URI another space uses, an unknown user) is shown at its field too. Next is enabled when nothing
// is left to fix; the line at the bottom says what is.
//
// Apply to many: the guests' URI and call ID are not asked (each space keeps its own); the hosts'
// URI and call ID fields take a suffix added to each space's own (see GuestHostWizard).
class GuestHostDetailsPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit GuestHostDetailsPage(GuestHostWizard *wizard);
    ~GuestHostDetailsPage() override;

    // The editor of a GuestHostField (a QLineEdit, QComboBox or SecondsSpinBox), and the label under it
    // that says what is wrong.
    QWidget *editor(QStringView field) const;
    QLabel *errorLabel(QStringView field) const;
    QLabel *statusLabel() const { return m_status; }
    bool isCheckingCluster() const;

    void initializePage() override;
    bool isComplete() const override;

Q_SIGNALS:
    // The background plan answered (for tests): refusals are shown at their fields.
    void clusterChecked();

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Row
    {
        QString field;
        QLabel *label = nullptr;
        QWidget *editor = nullptr;
        QLabel *error = nullptr;
        QWidget *container = nullptr;
    };

    QLineEdit *addLine(QStringView field, bool secret);
    void addRow(QStringView field, QWidget *editor);
    Row *row(QStringView field);
    const Row *row(QStringView field) const;
    bool isShown(QStringView field) const;
    void updateRows();
    void readForm();
    void valuesChanged();
    void showIssues();
    void checkCluster();
    void retranslateUi();

    GuestHostWizard *m_wizard;
    QFormLayout *m_form;
    QLabel *m_intro;
    QLabel *m_status;
    QList<Row> m_rows;
    QLineEdit *m_spaceName;
    QLineEdit *m_spaceUri;
    QLineEdit *m_spaceCallId;
    QLineEdit *m_hostUri;
    QLineEdit *m_hostCallId;
    QLineEdit *m_guestPin;
    QLineEdit *m_hostPin;
    QComboBox *m_passcodeMode;
    SecondsSpinBox *m_passcodeTimeout;
    QLineEdit *m_hostJid;
    QComboBox *m_deactivationMode;
    QCompleter *m_completer = nullptr;
    QTimer *m_clusterTimer;
    QPointer<cms::GuestHostOperation> m_clusterCheck;
    QList<cms::GuestHostIssue> m_localIssues;
    QList<cms::GuestHostIssue> m_clusterIssues;
    QString m_clusterProblem;            // the cluster could not be read
    QHash<QString, bool> m_touched;      // fields left once: their whole-set issues are shown
};

} // namespace views
