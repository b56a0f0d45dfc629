#include "config/configstep.h"

namespace cms {

namespace {

QString shown(const QString &field, const QString &value, const QHash<QString, QString> &labels)
{
    if (value.isEmpty())
        //: a field sent empty: the server unsets it
        return ConfigStep::tr("(unset)");
    if (ConfigStep::isSecret(field))
        return QStringLiteral("•••");
    return labels.value(value, value);
}

} // namespace

bool ConfigStep::isSecret(const QString &field)
{
    return field == u"passcode" || field == u"secret";
}

QString ConfigStep::describeParams(const Schema::Params &params, const QHash<QString, QString> &labels)
{
    QStringList parts;
    for (const auto &param : params)
        parts.append(param.first + QLatin1Char('=') + shown(param.first, param.second, labels));
    return parts.join(QStringLiteral(", "));
}

QString ConfigStep::describeChange(const Schema::Params &params, const Schema::Params &previous,
                                   const QHash<QString, QString> &labels)
{
    QStringList parts;
    for (qsizetype i = 0; i < params.size(); ++i) {
        const QString &field = params.at(i).first;
        const QString before = i < previous.size() ? previous.at(i).second : QString();
        parts.append(field + QStringLiteral(": ") + shown(field, before, labels) + QStringLiteral(" → ")
                     + shown(field, params.at(i).second, labels));
    }
    return parts.join(QStringLiteral(", "));
}

} // namespace cms
