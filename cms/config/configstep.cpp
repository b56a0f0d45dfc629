#include "config/configstep.h"

#include <QLocale>

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

bool hasRightToLeft(const QString &text)
{
    for (const QChar c : text) {
        switch (c.direction()) {
        case QChar::DirR:
        case QChar::DirAL:
            return true;
        default:
            break;
        }
    }
    return false;
}

// A value inside the list: isolated when it holds right-to-left text (an Arabic space name, the Arabic
// "(unset)"), so that it cannot pull the field names and separators around it into its own direction.
QString valueIn(const QString &field, const QString &value, const QHash<QString, QString> &labels)
{
    const QString text = shown(field, value, labels);
    return hasRightToLeft(text) ? QChar(0x2068) + text + QChar(0x2069) : text;
}

// "field=value, …" is Latin and reads left to right. Inside a right-to-left sentence (Arabic) the list
// is one left-to-right island; otherwise it is left as it is, so English output stays plain text.
QString asList(const QStringList &parts)
{
    const QString list = parts.join(QStringLiteral(", "));
    if (QLocale().textDirection() != Qt::RightToLeft)
        return list;
    return QChar(0x2066) + list + QChar(0x2069);
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
        parts.append(param.first + QLatin1Char('=') + valueIn(param.first, param.second, labels));
    return asList(parts);
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
    return asList(parts);
}

} // namespace cms
