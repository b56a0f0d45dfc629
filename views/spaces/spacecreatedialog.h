#pragma once

#include "diagnostics/activitylog.h"
#include "cluster/clustersession.h"
#include "api/cmserror.h"
#include "config/objectchange.h"

#include <QDialog>
#include <QPointer>

class QDialogButtonBox;
class QLabel;
class QPushButton;

namespace cms {
class ProfileLabels;
}

namespace views {

class SchemaForm;

// Creates a space from the same schema form as the editor. Create sends a POST with the fields the
// user filled in; a refusal is shown at the field it concerns (a duplicate URI at the URI) and the
// dialog stays open. Open it with open() or show().
class SpaceCreateDialog : public QDialog
{
    Q_OBJECT
public:
    // `labels`: the names the console keeps for call profiles, shown with their ids; optional.
    explicit SpaceCreateDialog(cms::ClusterSession *session, QWidget *parent = nullptr,
                               const cms::ProfileLabels *labels = nullptr);
    ~SpaceCreateDialog() override;

    SchemaForm *form() const { return m_form; }
    // Where the creation is written (a translated line); optional.
    void setActivityLog(cms::ActivityLog *log) { m_log = log; }

Q_SIGNALS:
    void spaceCreated(const QString &spaceId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void create();
    void onCreated();
    void updateButtons();

    QPointer<cms::ClusterSession> m_session;
    QPointer<cms::ActivityLog> m_log;
    SchemaForm *m_form = nullptr;
    QLabel *m_status = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_create = nullptr;
    QPointer<cms::ObjectChange> m_change;
    cms::CmsError m_error;
};

} // namespace views
