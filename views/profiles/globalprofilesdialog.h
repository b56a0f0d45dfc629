#pragma once

#include <QDialog>
#include <QHash>
#include <QList>
#include <QPointer>
#include <QString>

class QComboBox;
class QDialogButtonBox;
class QLabel;

namespace cms {
class ClusterSession;
class ProfileLabels;
} // namespace cms

namespace views {

// Which profiles apply to the whole cluster (/system/profiles): the call profile, call leg profile and
// dial-in security profile (3.0+) every tenant, space and call inherits unless it names its own. Each
// is chosen among the cluster's profiles (call profiles by the name the console keeps for them, with
// their id), or none (the server's defaults). Saving sends only the choices that changed. A profile
// kind the server's version lacks stays in the dialog, disabled, with the reason.
class GlobalProfilesDialog : public QDialog
{
    Q_OBJECT
public:
    GlobalProfilesDialog(cms::ClusterSession *session, cms::ProfileLabels &labels, QWidget *parent = nullptr);
    ~GlobalProfilesDialog() override;

    // The combo box of a field ("callProfile", "callLegProfile", "dialInSecurityProfile").
    QComboBox *choice(const QString &field) const;
    bool isLoading() const { return m_pendingReads > 0; }

Q_SIGNALS:
    void loaded();
    // A save ended (for tests): whether it succeeded.
    void saveFinished(bool ok);

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Row
    {
        QString field;          // the /system/profiles parameter
        QString collection;     // where its choices come from
        int since = 0;          // the server version that has it
        QLabel *label = nullptr;
        QComboBox *combo = nullptr;
        QList<QPair<QString, QString>> choices;   // id, name
    };
    void retranslateUi();
    void load();
    void readDone();
    void fillChoices(Row &row);
    QHash<QString, QString> chosen() const;
    void updateButtons();
    void save();

    QPointer<cms::ClusterSession> m_session;
    cms::ProfileLabels &m_labels;
    QList<Row> m_rows;
    QHash<QString, QString> m_loaded;   // what /system/profiles reported
    QLabel *m_intro;
    QLabel *m_status;
    QDialogButtonBox *m_buttons;
    int m_pendingReads = 0;
    bool m_readFailed = false;
    bool m_busy = false;
};

} // namespace views
