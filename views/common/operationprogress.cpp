#include "common/operationprogress.h"

#include "operations/operation.h"

#include <QLabel>
#include <QListWidget>
#include <QPointer>
#include <QProgressBar>

namespace views {

void OperationProgress::follow(cms::Operation &operation, QListWidget &plan, QLabel &status, QProgressBar &progress)
{
    const QPointer<QListWidget> list(&plan);
    const QPointer<QLabel> line(&status);
    const QPointer<cms::Operation> running(&operation);
    QObject::connect(&operation, &cms::Operation::stepStarted, &status, [list, line, running](int index, const QString &description) {
        if (!line || !running)
            return;
        //: %1: step number, %2: number of steps, %3: the step
        line->setText(tr("Step %1 of %2: %3").arg(index + 1).arg(running->stepCount()).arg(description));
        if (list && index < list->count())
            list->setCurrentRow(index);
    });
    QObject::connect(&operation, &cms::Operation::progress, &progress, [bar = &progress](int done, int total) {
        bar->setRange(0, total);
        bar->setValue(done);
    });
    QObject::connect(&operation, &cms::Operation::undoStarted, &status, [line](int, const QString &description) {
        //: %1: a step being undone after a later one failed
        if (line)
            line->setText(tr("Undoing: %1").arg(description));
    });
}

void OperationProgress::execute(cms::Operation &operation, QProgressBar &progress)
{
    progress.setRange(0, operation.stepCount());
    progress.setValue(0);
    progress.show();
    operation.execute();
}

} // namespace views
