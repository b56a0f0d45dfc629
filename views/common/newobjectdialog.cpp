#include "common/newobjectdialog.h"

#include "cluster/clustersession.h"
#include "common/schemaform.h"
#include "common/sessionversion.h"
#include "config/objectchange.h"
#include "net/connection.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace views {

NewObjectDialog::NewObjectDialog(cms::ClusterSession &session, const cms::ObjectType &type, QString collection,
                                 QWidget *parent)
    : QDialog(parent)
    , m_session(&session)
    , m_collection(std::move(collection))
    , m_form(new SchemaForm(type, cms::WriteMode::Create, models::serverVersion(&session)))
    , m_problem(new QLabel)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    if (session.connection())
        m_form->loadReferenceChoices(*session.connection());
    auto *area = new QScrollArea;
    area->setWidgetResizable(true);
    area->setWidget(m_form);
    m_problem->setWordWrap(true);
    QPushButton *create = m_buttons->button(QDialogButtonBox::Ok);
    create->setText(tr("&Create"));
    create->setEnabled(m_form->isValid());
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(area, 1);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    connect(m_form, &SchemaForm::edited, create, [this, create] { create->setEnabled(m_form->isValid()); });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &NewObjectDialog::create);
}

void NewObjectDialog::create()
{
    if (!m_form->isValid() || !m_session || !m_session->connection())
        return;
    auto *change = new cms::ObjectChange(*m_session->connection(), m_form->type(), cms::WriteMode::Create,
                                         models::serverVersion(m_session), this);
    m_buttons->setEnabled(false);
    m_problem->clear();
    connect(change, &cms::ObjectChange::finished, this, [this, change] {
        change->deleteLater();
        m_buttons->setEnabled(true);
        if (change->isOk()) {
            Q_EMIT created(change->createdId());
            accept();
            return;
        }
        if (change->errorField().isEmpty() || !m_form->setFieldError(change->errorField(), change->errorFieldText()))
            m_problem->setText(change->error().message());
        Q_EMIT refused();
    });
    change->start(m_collection, m_form->changedParams());
}

} // namespace views
