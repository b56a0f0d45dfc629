#include "spaces/accessmethodseditor.h"

#include "spaces/accessmethoddialog.h"
#include "spaces/accessmethodsmodel.h"

#include <QMessageBox>
#include <QPushButton>
#include <QTableView>

namespace views {

AccessMethodsEditor::AccessMethodsEditor(QWidget *parent)
    : SpaceObjectsEditor(new models::AccessMethodsModel,
        {QStringLiteral("accessMethodsView"), QStringLiteral("accessMethodsStatus"),
            QStringLiteral("addAccessMethodButton"), QStringLiteral("editAccessMethodButton"),
            QStringLiteral("deleteAccessMethodButton")},
        parent)
{
    retranslateUi();
}

AccessMethodsEditor::~AccessMethodsEditor() = default;

models::AccessMethodsModel *AccessMethodsEditor::model() const
{
    return static_cast<models::AccessMethodsModel *>(objectModel());
}

void AccessMethodsEditor::retranslateUi()
{
    addButton()->setText(tr("Add…"));
    addButton()->setToolTip(tr("Add an access method to the space"));
    editButton()->setText(tr("Edit…"));
    editButton()->setToolTip(tr("Change the selected access method"));
    removeButton()->setText(tr("Delete…"));
    removeButton()->setToolTip(tr("Delete the selected access method"));
    setLoadingText(tr("Reading the access methods…"));
    view()->setAccessibleName(tr("Access methods"));
}

void AccessMethodsEditor::openDialog(const QString &accessMethodId)
{
    const int row = model()->rowOf(accessMethodId);
    auto *dialog = new AccessMethodDialog(
        session(), spaceId(), accessMethodId, model()->values(row), model()->callLegProfiles(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString oldName = model()->values(row).value(QStringLiteral("name"));
    connect(dialog, &AccessMethodDialog::saved, this,
        [this, dialog, oldName, isNew = accessMethodId.isEmpty()](const QString &id, const QStringList &) {
            model()->refreshObject(id);
            QString name = dialog->value(QStringLiteral("name"));
            if (name.isEmpty())
                name = dialog->value(QStringLiteral("uri"));
            if (isNew)
                Q_EMIT changed(tr("Added the access method “%1”.").arg(name));
            else
                Q_EMIT changed(tr("Changed the access method “%1”.").arg(oldName.isEmpty() ? name : oldName));
        });
    dialog->open();
}

void AccessMethodsEditor::confirmRemoval(const QString &id)
{
    const models::AccessMethodsModel::Values values = model()->values(model()->rowOf(id));
    QString name = values.value(QStringLiteral("name"));
    if (name.isEmpty())
        name = values.value(QStringLiteral("uri"));
    if (name.isEmpty())
        name = id;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Delete Access Method"),
        tr("Delete the access method “%1”? Whoever joins by it can no longer join.").arg(name),
        QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("deleteAccessMethodConfirmation"));
    QPushButton *deleteButton = box->addButton(tr("Delete"), QMessageBox::DestructiveRole);
    deleteButton->setObjectName(QStringLiteral("confirmDeleteButton"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    removeAfterConfirmation(
        box, deleteButton, id, tr("Deleted the access method “%1”.").arg(name), [name](const QString &error) {
            return tr("The access method “%1” was not deleted: %2").arg(name, error);
        });
    box->open();
}

} // namespace views
