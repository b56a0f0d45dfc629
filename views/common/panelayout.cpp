#include "common/panelayout.h"

#include <QAbstractItemModel>
#include <QAction>
#include <QDataStream>
#include <QHeaderView>
#include <QIODevice>
#include <QMenu>
#include <QSplitter>

namespace views::PaneLayout {

void showColumnsMenu(QHeaderView *header, const QAbstractItemModel *model, int keptColumn, const QString &menuName,
                     QWidget *parent, const QPoint &pos)
{
    auto *menu = new QMenu(parent);
    menu->setObjectName(menuName);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    for (int column = 0; column < model->columnCount(); ++column) {
        QAction *action = menu->addAction(model->headerData(column, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(column));
        action->setEnabled(column != keptColumn);
        QObject::connect(action, &QAction::toggled, header,
                         [header, column](bool visible) { header->setSectionHidden(column, !visible); });
    }
    menu->popup(header->viewport()->mapToGlobal(pos));
}

QByteArray save(quint32 magic, quint32 version, const QHeaderView *header, const QSplitter *splitter)
{
    QByteArray state;
    QDataStream out(&state, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_4);
    out << magic << version << header->saveState() << splitter->saveState();
    return state;
}

bool restore(const QByteArray &state, quint32 magic, quint32 version, QHeaderView *header, int keptColumn,
             QSplitter *splitter, bool *splitterRestored)
{
    QDataStream in(state);
    in.setVersion(QDataStream::Qt_6_4);
    quint32 readMagic = 0;
    quint32 readVersion = 0;
    QByteArray headerState;
    QByteArray splitterState;
    in >> readMagic >> readVersion >> headerState >> splitterState;
    if (in.status() != QDataStream::Ok || readMagic != magic || readVersion != version)
        return false;
    if (!header->restoreState(headerState))
        return false;
    header->setSectionHidden(keptColumn, false);
    *splitterRestored = splitter->restoreState(splitterState);
    return true;
}

} // namespace views::PaneLayout
