#pragma once

#include <QByteArray>

class QAbstractItemModel;
class QHeaderView;
class QPoint;
class QSplitter;
class QString;
class QWidget;

namespace views {

// What the panes with a table and a splitter share: the header's column menu and their saved layout.
namespace PaneLayout {

// A menu of the model's columns to show or hide; keptColumn stays (something must stay to click on).
void showColumnsMenu(QHeaderView *header, const QAbstractItemModel *model, int keptColumn, const QString &menuName,
                     QWidget *parent, const QPoint &pos);

// The header (columns, order, sort) and the splitter, tagged so that another pane's state is refused.
QByteArray save(quint32 magic, quint32 version, const QHeaderView *header, const QSplitter *splitter);
// False, changing nothing, when the state is not one save() wrote with this magic and version.
// *splitterRestored says whether the splitter sizes came from the state.
bool restore(const QByteArray &state, quint32 magic, quint32 version, QHeaderView *header, int keptColumn,
             QSplitter *splitter, bool *splitterRestored);

// Widens every column whose title no longer fits (after a switch to a language with longer titles);
// a column the user made wide enough keeps its width.
void fitTitles(QHeaderView *header);

} // namespace PaneLayout

} // namespace views
