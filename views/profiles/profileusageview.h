#pragma once

#include "config/profileusage.h"

#include <QWidget>

class QLabel;
class QTreeWidget;

namespace views {

// Where a profile is used, level by level (global, tenants, spaces, access methods, members, space
// templates, access method templates), each with its count and the objects the API could name, and
// how the console found them when that is less than a full list.
class ProfileUsageView : public QWidget
{
    Q_OBJECT
public:
    explicit ProfileUsageView(QWidget *parent = nullptr);

    void showFinding();
    void showUsage(const cms::ProfileUsage &usage);
    void showError(const QString &message);
    void clear();

    // "3 spaces, 1 tenant and some access methods", or that it is used nowhere: for confirmations.
    static QString summary(const cms::ProfileUsage &usage);
    // A level's name with its count ("Spaces: 3").
    static QString levelText(cms::ProfileUsage::Level level, const cms::ProfileUsage &usage);

    QTreeWidget *tree() const { return m_tree; }

    bool hasUsage() const { return m_hasUsage; }
    const cms::ProfileUsage &usage() const { return m_usage; }

Q_SIGNALS:
    // Enter or a double click on an object of the list (or on the global level): open it where the
    // console edits it.
    void placeActivated(const cms::ProfileUsage::Place &place);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void fill();

    QLabel *m_status;
    QTreeWidget *m_tree;
    cms::ProfileUsage m_usage;
    bool m_hasUsage = false;
};

} // namespace views
