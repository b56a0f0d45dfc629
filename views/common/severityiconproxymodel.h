#pragma once

#include <QIdentityProxyModel>
#include <QPointer>

class QWidget;

namespace views {

// Puts the style's information / warning / error icon in front of each row of the operations log
// (models::ActivityLogModel::SeverityRole), so a failure stands out at a glance. The icons come
// from the widget's style, which is why this lives in views/ and not in models/.
class SeverityIconProxyModel : public QIdentityProxyModel
{
    Q_OBJECT
public:
    // styleSource: the widget whose style gives the icons (the view showing the log).
    explicit SeverityIconProxyModel(QWidget *styleSource, QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QPointer<QWidget> m_styleSource;
};

} // namespace views
