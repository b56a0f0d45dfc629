#pragma once

#include <QCoreApplication>
#include <QString>

#include <functional>

class QLabel;
class QObject;

namespace cms {
class ClusterSession;
} // namespace cms

namespace views {

class SchemaForm;

// Saves what changed in a SchemaForm: an update of the object at `path` with only the changed fields,
// and `status` says how it went: saved (the form then takes what was sent as what the server holds),
// refused at a field (the reason shown there), or refused with the server's reason.
class FormSave
{
    Q_DECLARE_TR_FUNCTIONS(FormSave)

public:
    // `done(ok)` runs once, when the server has answered; the request belongs to `owner`.
    static void start(cms::ClusterSession &session, SchemaForm &form, QLabel &status, const QString &path,
                      QObject *owner, const std::function<void(bool ok)> &done);
};

} // namespace views
