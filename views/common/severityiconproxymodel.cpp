#include "common/severityiconproxymodel.h"

#include "diagnostics/activitylog.h"
#include "activity/activitylogmodel.h"

#include <QApplication>
#include <QStyle>
#include <QWidget>

namespace views {

SeverityIconProxyModel::SeverityIconProxyModel(QWidget *styleSource, QObject *parent)
    : QIdentityProxyModel(parent)
    , m_styleSource(styleSource)
{
}

QVariant SeverityIconProxyModel::data(const QModelIndex &index, int role) const
{
    if (role != Qt::DecorationRole || index.column() != 0)
        return QIdentityProxyModel::data(index, role);

    const QVariant severity = QIdentityProxyModel::data(index, models::ActivityLogModel::SeverityRole);
    if (!severity.isValid())
        return QIdentityProxyModel::data(index, role);

    QStyle::StandardPixmap pixmap = QStyle::SP_MessageBoxInformation;
    switch (cms::ActivityEntry::Severity(severity.toInt())) {
    case cms::ActivityEntry::Severity::Info:
        pixmap = QStyle::SP_MessageBoxInformation;
        break;
    case cms::ActivityEntry::Severity::Warning:
        pixmap = QStyle::SP_MessageBoxWarning;
        break;
    case cms::ActivityEntry::Severity::Error:
        pixmap = QStyle::SP_MessageBoxCritical;
        break;
    }
    QStyle *style = m_styleSource ? m_styleSource->style() : QApplication::style();
    return style->standardIcon(pixmap, nullptr, m_styleSource);
}

} // namespace views
