#pragma once

#include "meetings/placeholderpool.h"
#include "meetings/pooloperationdialog.h"

class QLabel;
class QSpinBox;

namespace views {

// Grows a pool by a new range after its last index (PoolAddRangeOperation, Mode::Grow): how many
// placeholders to add, then the plan and the run.
class GrowPoolDialog : public PoolOperationDialog
{
    Q_OBJECT
public:
    GrowPoolDialog(cms::ClusterSession &session, cms::PlaceholderPool pool, QWidget *parent = nullptr);

    QSpinBox *countEdit() const { return m_count; }

protected:
    QString successText() const override;
    void retranslateUi() override;

private:
    cms::PlaceholderPool m_pool;
    QLabel *m_intro;
    QLabel *m_countLabel;
    QSpinBox *m_count;
    QLabel *m_range;
};

// Removes a pool, every placeholder of it, after a confirmation that names how many
// (PoolRemoveOperation); the plan is refused, with the operation's reason, while one holds a meeting.
class RemovePoolDialog : public PoolOperationDialog
{
    Q_OBJECT
public:
    RemovePoolDialog(cms::ClusterSession &session, cms::PlaceholderPool pool, QWidget *parent = nullptr);

protected:
    QString successText() const override;
    void retranslateUi() override;

private:
    cms::PlaceholderPool m_pool;
    QLabel *m_question;
};

} // namespace views
