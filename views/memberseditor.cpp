#include "memberseditor.h"

#include "clustersession.h"
#include "cmsreply.h"
#include "cmsrequest.h"
#include "connection.h"
#include "memberdialog.h"
#include "membersmodel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace views {

MembersEditor::MembersEditor(QWidget *parent)
    : QWidget(parent)
    , m_model(new models::MembersModel(this))
    , m_view(new QTableView(this))
    , m_statusLabel(new QLabel(this))
    , m_addButton(new QPushButton(this))
    , m_editButton(new QPushButton(this))
    , m_removeButton(new QPushButton(this))
{
    m_view->setObjectName(QStringLiteral("membersView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    // Few rows: columns follow their contents, the last one takes what is left.
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setWordWrap(false);
    m_statusLabel->setObjectName(QStringLiteral("membersStatus"));
    m_statusLabel->setTextFormat(Qt::PlainText);
    m_statusLabel->setWordWrap(true);
    m_addButton->setObjectName(QStringLiteral("addMemberButton"));
    m_editButton->setObjectName(QStringLiteral("editMemberButton"));
    m_removeButton->setObjectName(QStringLiteral("removeMemberButton"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_addButton);
    buttons->addWidget(m_editButton);
    buttons->addWidget(m_removeButton);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_view);
    layout->addWidget(m_statusLabel);
    layout->addLayout(buttons);

    connect(m_addButton, &QPushButton::clicked, this, &MembersEditor::addMember);
    connect(m_editButton, &QPushButton::clicked, this, &MembersEditor::editMember);
    connect(m_removeButton, &QPushButton::clicked, this, &MembersEditor::removeMember);
    connect(m_view, &QTableView::doubleClicked, this, &MembersEditor::editMember);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &MembersEditor::updateButtons);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &MembersEditor::updateButtons);
    connect(m_model, &models::MembersModel::loadingChanged, this, [this] {
        m_statusLabel->clear();
        retranslateUi();
    });
    connect(m_model, &models::MembersModel::loadFailed, this, [this](const QString &message) {
        m_statusLabel->setText(message);
        m_statusLabel->setVisible(true);
    });

    retranslateUi();
    updateButtons();
}

MembersEditor::~MembersEditor() = default;

void MembersEditor::setSpace(cms::ClusterSession *session, const QString &spaceId)
{
    m_session = session;
    m_spaceId = spaceId;
    m_model->setSpace(session, spaceId);
    updateButtons();
}

void MembersEditor::retranslateUi()
{
    m_addButton->setText(tr("Add…"));
    m_addButton->setToolTip(tr("Add a user to the space's members"));
    m_editButton->setText(tr("Edit…"));
    m_editButton->setToolTip(tr("Change the selected member's permissions and call leg profile"));
    m_removeButton->setText(tr("Remove…"));
    m_removeButton->setToolTip(tr("Remove the selected member from the space"));
    if (m_model->isLoading())
        m_statusLabel->setText(tr("Reading the members…"));
    m_statusLabel->setVisible(!m_statusLabel->text().isEmpty());
}

void MembersEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        m_model->retranslate();
    }
    QWidget::changeEvent(event);
}

void MembersEditor::updateButtons()
{
    const bool haveSpace = m_session && !m_spaceId.isEmpty();
    const bool selected = !selectedId().isEmpty();
    m_addButton->setEnabled(haveSpace);
    m_editButton->setEnabled(haveSpace && selected);
    m_removeButton->setEnabled(haveSpace && selected);
}

QString MembersEditor::selectedId() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.first().data(models::MembersModel::IdRole).toString();
}

void MembersEditor::addMember()
{
    openDialog({});
}

void MembersEditor::editMember()
{
    const QString id = selectedId();
    if (!id.isEmpty())
        openDialog(id);
}

void MembersEditor::openDialog(const QString &memberId)
{
    if (!m_session || m_spaceId.isEmpty())
        return;
    const int row = m_model->rowOf(memberId);
    auto *dialog = new MemberDialog(
        m_session, m_spaceId, memberId, m_model->values(row), m_model->callLegProfiles(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString jid = m_model->values(row).value(QStringLiteral("userJid"));
    connect(dialog, &MemberDialog::saved, this,
        [this, dialog, jid, isNew = memberId.isEmpty()](const QString &id, const QStringList &) {
            m_model->refreshObject(id);
            if (isNew)
                Q_EMIT changed(tr("Added %1 to the space's members.").arg(dialog->userJid()));
            else
                Q_EMIT changed(tr("Changed the membership of %1.").arg(jid));
        });
    dialog->open();
}

void MembersEditor::removeMember()
{
    const QString id = selectedId();
    if (id.isEmpty())
        return;
    QString jid = m_model->values(m_model->rowOf(id)).value(QStringLiteral("userJid"));
    if (jid.isEmpty())
        jid = id;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Remove Member"),
        tr("Remove %1 from the space's members?").arg(jid), QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("removeMemberConfirmation"));
    QPushButton *removeButton = box->addButton(tr("Remove"), QMessageBox::DestructiveRole);
    removeButton->setObjectName(QStringLiteral("confirmRemoveButton"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, removeButton, id, jid] {
        if (box->clickedButton() != removeButton)
            return;
        cms::Connection *connection = m_session ? m_session->connection() : nullptr;
        if (!connection)
            return;
        cms::CmsReply *reply = connection->sendShared(
            cms::CmsRequest::del(QStringLiteral("coSpaces/%1/coSpaceUsers/%2").arg(m_spaceId, id)));
        const QString spaceId = m_spaceId;
        connect(reply, &cms::CmsReply::finished, this, [this, reply, id, jid, spaceId] {
            if (!reply->isOk()) {
                m_statusLabel->setText(tr("%1 was not removed: %2").arg(jid, reply->error().message()));
                m_statusLabel->setVisible(true);
                return;
            }
            if (spaceId == m_spaceId)
                m_model->removeObject(id);
            Q_EMIT changed(tr("Removed %1 from the space's members.").arg(jid));
        });
    });
    box->open();
}

} // namespace views
