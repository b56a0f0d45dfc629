#include "common/panelayout.h"

#include <QAbstractItemModel>
#include <QAction>
#include <QDataStream>
#include <QHeaderView>
#include <QIODevice>
#include <QMenu>
#include <QSplitter>
#include <QStyle>

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

void fitTitles(QHeaderView *header)
{
    const QAbstractItemModel *model = header->model();
    if (!model)
        return;
    const QStyle *style = header->style();
    // The title, the margins on both sides and room for the sort indicator.
    const int chrome = 2 * style->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header)
        + style->pixelMetric(QStyle::PM_HeaderMarkSize, nullptr, header) + header->fontMetrics().averageCharWidth();
    for (int section = 0; section < header->count(); ++section) {
        if (header->isSectionHidden(section))
            continue;
        const QString title = model->headerData(section, header->orientation()).toString();
        const int needed = header->fontMetrics().horizontalAdvance(title) + chrome;
        if (header->sectionSize(section) < needed)
            header->resizeSection(section, needed);
    }
}

} // namespace views::PaneLayout
