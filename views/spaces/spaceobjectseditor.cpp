#include "spaces/spaceobjectseditor.h"

#include "cluster/clustersession.h"
#include "net/objectrequest.h"
#include "spaces/spaceobjectlistmodel.h"

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

SpaceObjectsEditor::SpaceObjectsEditor(
    models::SpaceObjectListModel *model, const ObjectNames &names, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_view(new QTableView(this))
    , m_statusLabel(new QLabel(this))
    , m_addButton(new QPushButton(this))
    , m_editButton(new QPushButton(this))
    , m_removeButton(new QPushButton(this))
{
    m_model->setParent(this);
    m_view->setObjectName(names.view);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    // Few rows: columns follow their contents, the last one takes what is left.
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setWordWrap(false);
    m_statusLabel->setObjectName(names.status);
    m_statusLabel->setTextFormat(Qt::PlainText);
    m_statusLabel->setWordWrap(true);
    m_addButton->setObjectName(names.addButton);
    m_editButton->setObjectName(names.editButton);
    m_removeButton->setObjectName(names.removeButton);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_addButton);
    buttons->addWidget(m_editButton);
    buttons->addWidget(m_removeButton);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_view);
    layout->addWidget(m_statusLabel);
    layout->addLayout(buttons);

    connect(m_addButton, &QPushButton::clicked, this, [this] {
        if (m_session && !m_spaceId.isEmpty())
            openDialog({});
    });
    connect(m_editButton, &QPushButton::clicked, this, &SpaceObjectsEditor::editSelected);
    connect(m_removeButton, &QPushButton::clicked, this, &SpaceObjectsEditor::removeSelected);
    connect(m_view, &QTableView::doubleClicked, this, &SpaceObjectsEditor::editSelected);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &SpaceObjectsEditor::updateButtons);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &SpaceObjectsEditor::updateButtons);
    connect(m_model, &models::SpaceObjectListModel::loadingChanged, this, [this] {
        m_statusLabel->clear();
        retranslateUi();
    });
    connect(m_model, &models::SpaceObjectListModel::loadFailed, this, [this](const QString &message) {
        m_statusLabel->setText(message);
        m_statusLabel->setVisible(true);
    });

    updateButtons();
}

SpaceObjectsEditor::~SpaceObjectsEditor() = default;

void SpaceObjectsEditor::setSpace(cms::ClusterSession *session, const QString &spaceId)
{
    m_session = session;
    m_spaceId = spaceId;
    m_model->setSpace(session, spaceId);
    updateButtons();
}

cms::ClusterSession *SpaceObjectsEditor::session() const
{
    return m_session;
}

void SpaceObjectsEditor::setLoadingText(const QString &text)
{
    if (m_model->isLoading())
        m_statusLabel->setText(text);
    m_statusLabel->setVisible(!m_statusLabel->text().isEmpty());
}

void SpaceObjectsEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        m_model->retranslate();
    }
    QWidget::changeEvent(event);
}

void SpaceObjectsEditor::updateButtons()
{
    const bool haveSpace = m_session && !m_spaceId.isEmpty();
    const bool selected = !selectedId().isEmpty();
    m_addButton->setEnabled(haveSpace);
    m_editButton->setEnabled(haveSpace && selected);
    m_removeButton->setEnabled(haveSpace && selected);
}

QString SpaceObjectsEditor::selectedId() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.first().data(models::SpaceObjectListModel::IdRole).toString();
}

void SpaceObjectsEditor::editSelected()
{
    const QString id = selectedId();
    if (!id.isEmpty() && m_session && !m_spaceId.isEmpty())
        openDialog(id);
}

void SpaceObjectsEditor::removeSelected()
{
    const QString id = selectedId();
    if (!id.isEmpty())
        confirmRemoval(id);
}

void SpaceObjectsEditor::removeAfterConfirmation(QMessageBox *box, QPushButton *confirmButton,
    const QString &id, const QString &doneSentence, const std::function<QString(const QString &)> &failed)
{
    connect(box, &QMessageBox::finished, this, [this, box, confirmButton, id, doneSentence, failed] {
        if (box->clickedButton() != confirmButton)
            return;
        cms::Connection *connection = m_session ? m_session->connection() : nullptr;
        if (!connection)
            return;
        cms::ObjectRequest *request
            = cms::ObjectRequest::remove(*connection, m_model->path() + QLatin1Char('/') + id, this);
        const QString spaceId = m_spaceId;
        connect(
            request, &cms::ObjectRequest::finished, this, [this, request, id, doneSentence, failed, spaceId] {
                request->deleteLater();
                if (!request->isOk()) {
                    m_statusLabel->setText(failed(request->error().message()));
                    m_statusLabel->setVisible(true);
                    return;
                }
                if (spaceId == m_spaceId)
                    m_model->removeObject(id);
                Q_EMIT changed(doneSentence);
            });
    });
}

} // namespace views
