#pragma once

#include "meetings/placeholderpool.h"
#include "meetings/pooloperationdialog.h"

#include <QPointer>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace cms {
class CollectionPager;
class ProfileLabels;
} // namespace cms

namespace views {

// Creates a placeholder pool: the name, URI and call ID patterns (each holding $index$), how many
// placeholders from which first index, and optionally the call profile and call leg profile they
// share, chosen by name from the cluster's. The first and last placeholders are previewed as they are
// typed, and each mistake is said under its field (PlaceholderPool::problems). Then the plan, then the
// run (PoolOperationDialog).
class NewPoolDialog : public PoolOperationDialog
{
    Q_OBJECT
public:
    // `labels` names call profiles (the API does not); may be null.
    NewPoolDialog(cms::ClusterSession &session, const cms::ProfileLabels *labels, QWidget *parent = nullptr);

    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *uriEdit() const { return m_uri; }
    QLineEdit *callIdEdit() const { return m_callId; }
    QSpinBox *countEdit() const { return m_count; }
    QSpinBox *firstIndexEdit() const { return m_first; }
    QComboBox *callProfileChoice() const { return m_callProfile; }
    QComboBox *callLegProfileChoice() const { return m_callLegProfile; }
    QLabel *firstPreview() const { return m_firstPreview; }
    QLabel *lastPreview() const { return m_lastPreview; }
    // The pool as typed, and the range asked for.
    cms::PlaceholderPool pool() const;
    cms::PlaceholderPool::Range range() const;

Q_SIGNALS:
    void profilesLoaded();   // both lists of profiles are read (a test seam)

protected:
    QString successText() const override;
    void retranslateUi() override;

private:
    void loadProfiles(cms::Connection &connection);
    void check();
    QString previewOf(int index) const;

    const cms::ProfileLabels *m_labels;
    QString m_clusterId;
    QLabel *m_intro;
    QLabel *m_nameLabel;
    QLineEdit *m_name;
    QLabel *m_nameProblem;
    QLabel *m_uriLabel;
    QLineEdit *m_uri;
    QLabel *m_uriProblem;
    QLabel *m_callIdLabel;
    QLineEdit *m_callId;
    QLabel *m_callIdProblem;
    QLabel *m_countLabel;
    QSpinBox *m_count;
    QLabel *m_firstLabel;
    QSpinBox *m_first;
    QLabel *m_rangeProblem;
    QLabel *m_callProfileLabel;
    QComboBox *m_callProfile;
    QLabel *m_callLegProfileLabel;
    QComboBox *m_callLegProfile;
    QLabel *m_firstPreviewLabel;
    QLabel *m_firstPreview;
    QLabel *m_lastPreviewLabel;
    QLabel *m_lastPreview;
    QPointer<cms::CollectionPager> m_callProfiles;
    QPointer<cms::CollectionPager> m_callLegProfiles;
    int m_pendingLoads = 0;
    bool m_edited[3] = {false, false, false};   // a missing pattern is said once the field was touched
};

} // namespace views
