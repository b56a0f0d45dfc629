#include "config/configstep.h"

#include "api/bidi.h"

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

// A value inside a Latin list or path: isolated when it holds right-to-left text (an Arabic space name,
// the Arabic "(unset)"), so that it cannot pull the field names and separators around it into its own
// direction.
QString isolatedIfRightToLeft(const QString &text)
{
    return Bidi::hasRightToLeft(text) ? Bidi::isolated(text) : text;
}

QString valueIn(const QString &field, const QString &value, const QHash<QString, QString> &labels)
{
    return isolatedIfRightToLeft(shown(field, value, labels));
}

} // namespace

bool ConfigStep::isSecret(const QString &field)
{
    return field == u"passcode" || field == u"secret";
}

QString ConfigStep::describePath(QString path, const QHash<QString, QString> &labels)
{
    for (auto it = labels.cbegin(); it != labels.cend(); ++it) {
        if (it.key().startsWith(QLatin1Char('{')))
            path.replace(it.key(), isolatedIfRightToLeft(it.value()));
    }
    return Bidi::leftToRight(path);
}

QString ConfigStep::describeParams(const Schema::Params &params, const QHash<QString, QString> &labels)
{
    QStringList parts;
    for (const auto &param : params)
        parts.append(param.first + QLatin1Char('=') + valueIn(param.first, param.second, labels));
    return Bidi::leftToRight(parts.join(QStringLiteral(", ")));
}

QString ConfigStep::describeChange(const Schema::Params &params, const Schema::Params &previous,
                                   const QHash<QString, QString> &labels)
{
    QStringList parts;
    for (qsizetype i = 0; i < params.size(); ++i) {
        const QString &field = params.at(i).first;
        const QString before = i < previous.size() ? previous.at(i).second : QString();
        parts.append(field + QStringLiteral(": ") + valueIn(field, before, labels) + QStringLiteral(" → ")
                     + valueIn(field, params.at(i).second, labels));
    }
    return Bidi::leftToRight(parts.join(QStringLiteral(", ")));
}

} // namespace cms
