#include "spaces/spacecreatedialog.h"

#include "cluster/clustersession.h"
#include "net/connection.h"
#include "config/objectchange.h"
#include "schema/schema.h"
#include "common/schemaform.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace views {

namespace {

const cms::ObjectType &spaceType()
{
    static const cms::ObjectType *type = cms::Schema::find(u"coSpaces");
    Q_ASSERT(type);
    return *type;
}

int serverVersionOf(const cms::ClusterSession *session)
{
    if (!session)
        return 0;
    return cms::Schema::versionNumber(session->status(qMax(0, session->activeEndpoint())).softwareVersion);
}

} // namespace

SpaceCreateDialog::SpaceCreateDialog(cms::ClusterSession *session, QWidget *parent, const cms::ProfileLabels *labels)
    : QDialog(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("spaceCreateDialog"));
    m_form = new SchemaForm(spaceType(), cms::WriteMode::Create, serverVersionOf(session));
    connect(m_form, &SchemaForm::edited, this, &SpaceCreateDialog::updateButtons);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_form);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("createStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_create = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_create->setObjectName(QStringLiteral("createButton"));
    m_create->setDefault(true);
    connect(m_create, &QPushButton::clicked, this, &SpaceCreateDialog::create);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);

    if (session)
        m_form->setProfileLabels(labels, session->profile().id);
    if (session && session->connection())
        m_form->loadReferenceChoices(*session->connection());
    retranslateUi();
    resize(560, 640);
}

SpaceCreateDialog::~SpaceCreateDialog()
{
    if (m_change)
        m_change->cancel();
}

void SpaceCreateDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void SpaceCreateDialog::retranslateUi()
{
    setWindowTitle(tr("New Space"));
    findChild<QScrollArea *>(QString(), Qt::FindDirectChildrenOnly)->setAccessibleName(tr("Fields of the new space"));
    //: Button that creates the space described in the form.
    m_create->setText(tr("Create"));
    if (m_change && !m_change->isFinished())
        m_status->setText(tr("Creating the space…"));
    else if (!m_error.isOk())
        m_status->setText(tr("The space was not created: %1").arg(m_error.message()));
    else
        m_status->setText(tr("Fill in what the space needs; fields left empty take the cluster's settings."));
    updateButtons();
}

void SpaceCreateDialog::updateButtons()
{
    const bool busy = m_change && !m_change->isFinished();
    m_create->setEnabled(!busy && m_form->isValid() && m_session && m_session->connection());
}

void SpaceCreateDialog::create()
{
    if (!m_session || !m_session->connection() || (m_change && !m_change->isFinished()))
        return;
    m_error = {};
    m_form->clearFieldErrors();
    auto *change = new cms::ObjectChange(*m_session->connection(), spaceType(), cms::WriteMode::Create,
                                         serverVersionOf(m_session), this);
    m_change = change;
    connect(change, &cms::ObjectChange::finished, this, &SpaceCreateDialog::onCreated);
    change->start(spaceType().collection, m_form->changedParams());
    retranslateUi();
}

void SpaceCreateDialog::onCreated()
{
    cms::ObjectChange *change = m_change;
    if (!change)
        return;
    change->deleteLater();
    if (!change->isOk()) {
        m_error = change->error();
        if (!change->errorField().isEmpty()) {
            m_form->setFieldError(change->errorField(), m_error.kind == cms::CmsError::Kind::InvalidInput
                                                            ? m_error.sentence
                                                            : m_error.message());
        }
        m_change = nullptr;
        retranslateUi();
        return;
    }
    const QString id = change->createdId();
    m_change = nullptr;
    if (m_log) {
        QString name = m_form->values().value(QStringLiteral("name"));
        if (name.isEmpty())
            name = id;
        m_log->info(m_session ? m_session->name() : QString(), tr("Space “%1” created.").arg(name));
    }
    retranslateUi();
    Q_EMIT spaceCreated(id);
    accept();
}

} // namespace views
