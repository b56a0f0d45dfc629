#pragma once

#include "schema/schema.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>

namespace cms {

// One planned change of configuration, as plain data: a POST that creates an object or a PUT that
// changes some of its fields. Paths and values may name an object an earlier step of the same plan
// creates (reference()), resolved when the plan runs. ConfigStepsOperation runs a list of them, each
// read back, and undoes them in reverse order (DELETE what was created, PUT the old values back).
struct ConfigStep
{
    Q_DECLARE_TR_FUNCTIONS(ConfigStep)

public:
    enum class Kind { Create, Update };

    Kind kind = Kind::Create;
    QString path;              // Create: the collection ("coSpaces/<id>/accessMethods"); Update: the object
    Schema::Params params;     // sent as given (values may hold references)
    Schema::Params previous;   // Update: what each changed field held before ("" when it was unset)
    QString ref;               // Create: the name later steps use for the new object's id
    QString description;       // translated, with its exact parameters, secrets masked

    // How a later step names the id of the object an earlier step creates as `ref`.
    static QString reference(const QString &ref) { return QStringLiteral("{new:") + ref + QLatin1Char('}'); }
    // "field=value, …" for a description: secrets (passcodes) shown as •••, references by `labels`.
    static QString describeParams(const Schema::Params &params, const QHash<QString, QString> &labels = {});
    // An API path for a description, each reference by its label ("coSpaces/(the new space)/accessMethods").
    static QString describePath(QString path, const QHash<QString, QString> &labels = {});
    // "field: old → new, …" for a change.
    static QString describeChange(const Schema::Params &params, const Schema::Params &previous,
                                  const QHash<QString, QString> &labels = {});
    static bool isSecret(const QString &field);
};

} // namespace cms
