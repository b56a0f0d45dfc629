#include "common/formsave.h"

#include "cluster/clustersession.h"
#include "common/schemaform.h"
#include "common/sessionversion.h"
#include "config/objectchange.h"
#include "net/connection.h"

#include <QLabel>
#include <QPointer>

namespace views {

void FormSave::start(cms::ClusterSession &session, SchemaForm &form, QLabel &status, const QString &path,
                     QObject *owner, const std::function<void(bool ok)> &done)
{
    auto *change = new cms::ObjectChange(*session.connection(), form.type(), cms::WriteMode::Update,
                                         models::serverVersion(&session), owner);
    status.setText(tr("Saving…"));
    QObject::connect(change, &cms::ObjectChange::finished, owner,
                     [change, form = QPointer<SchemaForm>(&form), status = QPointer<QLabel>(&status), done] {
                         change->deleteLater();
                         if (form && status) {
                             if (change->isOk()) {
                                 status->setText(tr("Saved."));
                                 form->setValues(form->values());   // what was sent is now what the server holds
                             } else if (!change->errorField().isEmpty()
                                        && form->setFieldError(change->errorField(), change->errorFieldText())) {
                                 status->setText(tr("Not saved: see the field marked."));
                             } else {
                                 status->setText(tr("Not saved: %1").arg(change->error().message()));
                             }
                         }
                         done(change->isOk());
                     });
    change->start(path, form.changedParams());
}

} // namespace views
