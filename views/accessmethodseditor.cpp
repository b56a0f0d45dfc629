#include "accessmethodseditor.h"

#include "accessmethoddialog.h"
#include "accessmethodsmodel.h"
#include "clustersession.h"
#include "cmsreply.h"
#include "cmsrequest.h"
#include "connection.h"

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

AccessMethodsEditor::AccessMethodsEditor(QWidget *parent)
    : QWidget(parent)
    , m_model(new models::AccessMethodsModel(this))
    , m_view(new QTableView(this))
    , m_statusLabel(new QLabel(this))
    , m_addButton(new QPushButton(this))
    , m_editButton(new QPushButton(this))
    , m_deleteButton(new QPushButton(this))
{
    m_view->setObjectName(QStringLiteral("accessMethodsView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    // Few rows: columns follow their contents, the last one takes what is left.
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setWordWrap(false);
    m_statusLabel->setObjectName(QStringLiteral("accessMethodsStatus"));
    m_statusLabel->setTextFormat(Qt::PlainText);
    m_statusLabel->setWordWrap(true);
    m_addButton->setObjectName(QStringLiteral("addAccessMethodButton"));
    m_editButton->setObjectName(QStringLiteral("editAccessMethodButton"));
    m_deleteButton->setObjectName(QStringLiteral("deleteAccessMethodButton"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_addButton);
    buttons->addWidget(m_editButton);
    buttons->addWidget(m_deleteButton);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_view);
    layout->addWidget(m_statusLabel);
    layout->addLayout(buttons);

    connect(m_addButton, &QPushButton::clicked, this, &AccessMethodsEditor::addAccessMethod);
    connect(m_editButton, &QPushButton::clicked, this, &AccessMethodsEditor::editAccessMethod);
    connect(m_deleteButton, &QPushButton::clicked, this, &AccessMethodsEditor::deleteAccessMethod);
    connect(m_view, &QTableView::doubleClicked, this, &AccessMethodsEditor::editAccessMethod);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &AccessMethodsEditor::updateButtons);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &AccessMethodsEditor::updateButtons);
    connect(m_model, &models::AccessMethodsModel::loadingChanged, this, [this] {
        m_statusLabel->clear();
        retranslateUi();
    });
    connect(m_model, &models::AccessMethodsModel::loadFailed, this, [this](const QString &message) {
        m_statusLabel->setText(message);
        m_statusLabel->setVisible(true);
    });

    retranslateUi();
    updateButtons();
}

AccessMethodsEditor::~AccessMethodsEditor() = default;

void AccessMethodsEditor::setSpace(cms::ClusterSession *session, const QString &spaceId)
{
    m_session = session;
    m_spaceId = spaceId;
    m_model->setSpace(session, spaceId);
    updateButtons();
}

void AccessMethodsEditor::retranslateUi()
{
    m_addButton->setText(tr("Add…"));
    m_addButton->setToolTip(tr("Add an access method to the space"));
    m_editButton->setText(tr("Edit…"));
    m_editButton->setToolTip(tr("Change the selected access method"));
    m_deleteButton->setText(tr("Delete…"));
    m_deleteButton->setToolTip(tr("Delete the selected access method"));
    if (m_model->isLoading())
        m_statusLabel->setText(tr("Reading the access methods…"));
    m_statusLabel->setVisible(!m_statusLabel->text().isEmpty());
}

void AccessMethodsEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        m_model->retranslate();
    }
    QWidget::changeEvent(event);
}

void AccessMethodsEditor::updateButtons()
{
    const bool haveSpace = m_session && !m_spaceId.isEmpty();
    const bool selected = !selectedId().isEmpty();
    m_addButton->setEnabled(haveSpace);
    m_editButton->setEnabled(haveSpace && selected);
    m_deleteButton->setEnabled(haveSpace && selected);
}

QString AccessMethodsEditor::selectedId() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.first().data(models::AccessMethodsModel::IdRole).toString();
}

void AccessMethodsEditor::addAccessMethod()
{
    openDialog({});
}

void AccessMethodsEditor::editAccessMethod()
{
    const QString id = selectedId();
    if (!id.isEmpty())
        openDialog(id);
}

void AccessMethodsEditor::openDialog(const QString &accessMethodId)
{
    if (!m_session || m_spaceId.isEmpty())
        return;
    const int row = m_model->rowOf(accessMethodId);
    auto *dialog = new AccessMethodDialog(
        m_session, m_spaceId, accessMethodId, m_model->values(row), m_model->callLegProfiles(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString oldName = m_model->values(row).value(QStringLiteral("name"));
    connect(dialog, &AccessMethodDialog::saved, this,
        [this, dialog, oldName, isNew = accessMethodId.isEmpty()](const QString &id, const QStringList &) {
            m_model->refreshObject(id);
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

void AccessMethodsEditor::deleteAccessMethod()
{
    const QString id = selectedId();
    if (id.isEmpty())
        return;
    const models::AccessMethodsModel::Values values = m_model->values(m_model->rowOf(id));
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
    connect(box, &QMessageBox::finished, this, [this, box, deleteButton, id, name] {
        if (box->clickedButton() != deleteButton)
            return;
        cms::Connection *connection = m_session ? m_session->connection() : nullptr;
        if (!connection)
            return;
        cms::CmsReply *reply = connection->sendShared(
            cms::CmsRequest::del(QStringLiteral("coSpaces/%1/accessMethods/%2").arg(m_spaceId, id)));
        const QString spaceId = m_spaceId;
        connect(reply, &cms::CmsReply::finished, this, [this, reply, id, name, spaceId] {
            if (!reply->isOk()) {
                m_statusLabel->setText(
                    tr("The access method “%1” was not deleted: %2").arg(name, reply->error().message()));
                m_statusLabel->setVisible(true);
                return;
            }
            if (spaceId == m_spaceId)
                m_model->removeObject(id);
            Q_EMIT changed(tr("Deleted the access method “%1”.").arg(name));
        });
    });
    box->open();
}

} // namespace views
