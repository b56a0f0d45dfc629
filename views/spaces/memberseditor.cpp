#include "spaces/memberseditor.h"

#include "spaces/memberdialog.h"
#include "spaces/membersmodel.h"

#include <QMessageBox>
#include <QPushButton>
#include <QTableView>

namespace views {

MembersEditor::MembersEditor(QWidget *parent)
    : SpaceObjectsEditor(new models::MembersModel,
        {QStringLiteral("membersView"), QStringLiteral("membersStatus"), QStringLiteral("addMemberButton"),
            QStringLiteral("editMemberButton"), QStringLiteral("removeMemberButton")},
        parent)
{
    retranslateUi();
}

MembersEditor::~MembersEditor() = default;

models::MembersModel *MembersEditor::model() const
{
    return static_cast<models::MembersModel *>(objectModel());
}

void MembersEditor::retranslateUi()
{
    addButton()->setText(tr("Add…"));
    addButton()->setToolTip(tr("Add a user to the space's members"));
    editButton()->setText(tr("Edit…"));
    editButton()->setToolTip(tr("Change the selected member's permissions and call leg profile"));
    removeButton()->setText(tr("Remove…"));
    removeButton()->setToolTip(tr("Remove the selected member from the space"));
    setLoadingText(tr("Reading the members…"));
    view()->setAccessibleName(tr("Members"));
}

void MembersEditor::openDialog(const QString &memberId)
{
    const int row = model()->rowOf(memberId);
    auto *dialog = new MemberDialog(
        session(), spaceId(), memberId, model()->values(row), model()->callLegProfiles(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString jid = model()->values(row).value(QStringLiteral("userJid"));
    connect(dialog, &MemberDialog::saved, this,
        [this, dialog, jid, isNew = memberId.isEmpty()](const QString &id, const QStringList &) {
            model()->refreshObject(id);
            if (isNew)
                Q_EMIT changed(tr("Added %1 to the space's members.").arg(dialog->userJid()));
            else
                Q_EMIT changed(tr("Changed the membership of %1.").arg(jid));
        });
    dialog->open();
}

void MembersEditor::confirmRemoval(const QString &id)
{
    QString jid = model()->values(model()->rowOf(id)).value(QStringLiteral("userJid"));
    if (jid.isEmpty())
        jid = id;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Remove Member"),
        tr("Remove %1 from the space's members?").arg(jid), QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("removeMemberConfirmation"));
    QPushButton *removeButton = box->addButton(tr("Remove"), QMessageBox::DestructiveRole);
    removeButton->setObjectName(QStringLiteral("confirmRemoveButton"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    removeAfterConfirmation(box, removeButton, id, tr("Removed %1 from the space's members.").arg(jid),
        [jid](const QString &error) { return tr("%1 was not removed: %2").arg(jid, error); });
    box->open();
}

} // namespace views
