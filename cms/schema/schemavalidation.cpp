// Schema::validate and Schema::checkValue: input checked before it reaches a server, which would
// otherwise ignore a misspelt parameter or answer a bad value with a terse parameterError.
#include "schema/schema.h"
#include "schema/urigeneratorcheck.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSet>
#include <QUrl>
#include <algorithm>

namespace cms {

namespace {

using namespace Qt::StringLiterals;

constexpr int maxUriLength = 254;

bool isAsciiAlnum(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9');
}

bool isHexDigit(QChar c)
{
    return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
}

// RFC 3261 "user": unreserved / user-unreserved characters, or a %HH escape (handled apart).
bool isUriUserChar(QChar c)
{
    return isAsciiAlnum(c) || QStringView(u"-_.!~*'()&=+$,;?/").contains(c);
}

bool isAllDigits(QStringView text)
{
    return !text.isEmpty()
        && std::all_of(text.begin(), text.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

// Edit distance counting a swap of neighbours as one edit, to suggest "name" for "nmae".
int distance(QStringView a, QStringView b)
{
    const auto same
        = [&](qsizetype i, qsizetype j) { return a.at(i).toCaseFolded() == b.at(j).toCaseFolded(); };
    QList<QList<int>> d(a.size() + 1, QList<int>(b.size() + 1));
    for (qsizetype i = 0; i <= a.size(); ++i)
        d[i][0] = int(i);
    for (qsizetype j = 0; j <= b.size(); ++j)
        d[0][j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        for (qsizetype j = 1; j <= b.size(); ++j) {
            d[i][j] = std::min(
                {d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (same(i - 1, j - 1) ? 0 : 1)});
            if (i > 1 && j > 1 && same(i - 1, j - 2) && same(i - 2, j - 1))
                d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
        }
    }
    return d[a.size()][b.size()];
}

QString quoted(const QStringList &values)
{
    QStringList out;
    for (const QString &value : values)
        out.append(u'“' + value + u'”');
    return QLocale().createSeparatedList(out);
}

// The sentences of validation. A class, so that tr() has a context ("Schema") that lupdate sees.
class Checks
{
    Q_DECLARE_TR_FUNCTIONS(Schema)

public:
    static QString typeIssue(const ObjectType &type, WriteMode op, int serverVersion);
    static QString accessIssue(const FieldDef &field, WriteMode op, int serverVersion);
    static QString unknownField(const ObjectType &type, const QString &name);
    static QString duplicate(const FieldDef &field)
    {
        return tr("“%1” is given more than once.").arg(field.label());
    }
    static QString missing(const FieldDef &field) { return tr("“%1” is required.").arg(field.label()); }
    static QString check(const FieldDef &field, const QString &value, int serverVersion);
    static QList<ValidationIssue> crossField(const ObjectType &type, const Schema::Params &params);

private:
    static QString text(const FieldDef &field, const QString &value);
    static QString boolean(const FieldDef &field, const QString &value);
    static QString number(const FieldDef &field, const QString &value);
    static QString digits(const FieldDef &field, const QString &value);
    static QString uri(const FieldDef &field, const QString &value);
    static QString uriGenerator(const FieldDef &field, const QString &value);
    static QString mapping(const FieldDef &field, const QString &value, int serverVersion);
    static QString jid(const FieldDef &field, const QString &value);
    static QString url(const FieldDef &field, const QString &value);
    static QString choice(const FieldDef &field, const QString &value, int serverVersion);
    static QString reference(const FieldDef &field, const QString &value);
};

QString Checks::typeIssue(const ObjectType &type, WriteMode op, int serverVersion)
{
    if (!type.existsIn(serverVersion)) {
        return tr("%1 are only available from CMS %2 on; this server runs CMS %3.")
            .arg(type.label(), Schema::versionString(type.since), Schema::versionString(serverVersion));
    }
    if (op == WriteMode::Create && !type.creatable)
        return tr("%1 cannot be created through the API.").arg(type.label());
    if (op == WriteMode::Update && !type.updatable)
        return tr("%1 cannot be changed through the API.").arg(type.label());
    return {};
}

QString Checks::accessIssue(const FieldDef &field, WriteMode op, int serverVersion)
{
    if (field.access == Access::ReadOnly)
        return tr("“%1” is reported by the server and cannot be set.").arg(field.label());
    if (field.access == Access::CreateOnly && op == WriteMode::Update)
        return tr("“%1” can only be set when creating; it cannot be changed afterwards.").arg(field.label());
    if (field.access == Access::UpdateOnly && op == WriteMode::Create)
        return tr("“%1” can only be used on an existing object, not when creating one.").arg(field.label());
    if (serverVersion > 0 && serverVersion < field.since) {
        return tr("“%1” needs CMS %2 or later; this server runs CMS %3.")
            .arg(field.label(), Schema::versionString(field.since), Schema::versionString(serverVersion));
    }
    if (!field.existsIn(serverVersion)) {
        return tr("“%1” was removed in CMS %2; this server runs CMS %3.")
            .arg(field.label(), Schema::versionString(field.until), Schema::versionString(serverVersion));
    }
    return {};
}

QString Checks::unknownField(const ObjectType &type, const QString &name)
{
    // Suggest only near misses: a wrong case, or one slip (two in a long name).
    const FieldDef *closest = nullptr;
    int best = name.size() >= 6 ? 3 : 2;
    for (const FieldDef &field : type.fields) {
        const int d = distance(name, field.name);
        if (d < best) {
            best = d;
            closest = &field;
        }
    }
    if (closest)
        return tr("Unknown parameter “%1”; did you mean “%2”?").arg(name, closest->name);
    return tr("Unknown parameter “%1”.").arg(name);
}

QString Checks::check(const FieldDef &field, const QString &value, int serverVersion)
{
    switch (field.type) {
    case FieldType::Text:
        return text(field, value);
    case FieldType::Bool:
        return boolean(field, value);
    case FieldType::Integer:
    case FieldType::Duration:
        return number(field, value);
    case FieldType::Digits:
        return digits(field, value);
    case FieldType::Uri:
        return uri(field, value);
    case FieldType::UriGenerator:
        return uriGenerator(field, value);
    case FieldType::IndexMapping:
        return mapping(field, value, serverVersion);
    case FieldType::Jid:
        return jid(field, value);
    case FieldType::Url:
        return url(field, value);
    case FieldType::Enum:
        return choice(field, value, serverVersion);
    case FieldType::Reference:
        return reference(field, value);
    }
    return {};
}

QString Checks::text(const FieldDef &field, const QString &value)
{
    if (field.maxLength > 0 && value.size() > field.maxLength)
        return tr("“%1” can be at most %Ln characters long.", nullptr, field.maxLength).arg(field.label());
    return {};
}

QString Checks::boolean(const FieldDef &field, const QString &value)
{
    if (value == u"true" || value == u"false")
        return {};
    return tr("“%1” must be “true” or “false”, not “%2”.").arg(field.label(), value);
}

QString Checks::number(const FieldDef &field, const QString &value)
{
    const bool seconds = field.type == FieldType::Duration;
    if (!isAllDigits(value)) {
        return seconds
            ? tr("“%1” must be a whole number of seconds, zero or more, not “%2”.").arg(field.label(), value)
            : tr("“%1” must be a whole number, zero or more, not “%2”.").arg(field.label(), value);
    }
    bool ok = false;
    const qint64 number = value.toLongLong(&ok);
    if (ok && number >= field.minimum && number <= field.maximum)
        return {};
    if (field.maximum == FieldDef().maximum)
        return tr("“%1” must be %2 or more.").arg(field.label(), QLocale().toString(field.minimum));
    return tr("“%1” must be between %2 and %3.")
        .arg(field.label(), QLocale().toString(field.minimum), QLocale().toString(field.maximum));
}

QString Checks::digits(const FieldDef &field, const QString &value)
{
    for (const QChar c : value) {
        if (c < u'0' || c > u'9')
            return tr("“%1” may contain only digits; “%2” is not a digit.").arg(field.label(), QString(c));
    }
    if (field.maxLength > 0 && value.size() > field.maxLength)
        return tr("“%1” can be at most %Ln digits long.", nullptr, field.maxLength).arg(field.label());
    return {};
}

QString Checks::uri(const FieldDef &field, const QString &value)
{
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value.at(i);
        if (c == u'@')
            return tr("“%1” is the part before the @ only: leave out the @ and the domain.")
                .arg(field.label());
        if (c.isSpace())
            return tr("“%1” cannot contain spaces.").arg(field.label());
        if (c == u'%') {
            if (i + 2 >= value.size() || !isHexDigit(value.at(i + 1)) || !isHexDigit(value.at(i + 2)))
                return tr("“%1” has a “%” that is not followed by two hexadecimal digits.")
                    .arg(field.label());
            i += 2;
        } else if (!isUriUserChar(c)) {
            return tr("“%1” cannot contain “%2”.").arg(field.label(), QString(c));
        }
    }
    if (value.size() > maxUriLength)
        return tr("“%1” can be at most %Ln characters long.", nullptr, maxUriLength).arg(field.label());
    return {};
}

QString Checks::uriGenerator(const FieldDef &field, const QString &value)
{
    return UriGeneratorCheck::check(value).message(field.label());
}

QString Checks::mapping(const FieldDef &field, const QString &value, int serverVersion)
{
    const QString placeholder = u"$index$"_s;
    if (value.count(placeholder) != 1) {
        return tr("“%1” must contain “$index$” exactly once; it stands for the number of each space.")
            .arg(field.label());
    }
    // What the server will make of it, with a number in place of $index$, must be a valid value.
    FieldDef mapped = field;
    mapped.type = field.mappedType;
    QString example = value;
    example.replace(placeholder, u"1"_s);
    return check(mapped, example, serverVersion);
}

QString Checks::jid(const FieldDef &field, const QString &value)
{
    const qsizetype at = value.indexOf(u'@');
    const bool shaped = at > 0 && at < value.size() - 1 && value.count(u'@') == 1;
    if (shaped && std::none_of(value.begin(), value.end(), [](QChar c) { return c.isSpace(); }))
        return {};
    return tr("“%1” must be a user address such as name@example.com.").arg(field.label());
}

QString Checks::url(const FieldDef &field, const QString &value)
{
    const QUrl parsed(value, QUrl::StrictMode);
    if (parsed.isValid() && !parsed.scheme().isEmpty() && !parsed.host().isEmpty())
        return {};
    return tr("“%1” must be a complete URL with a scheme and a host, such as https://cms1.example.com:445.")
        .arg(field.label());
}

QString Checks::choice(const FieldDef &field, const QString &value, int serverVersion)
{
    if (!field.enumValues.contains(value)) {
        return tr("“%1” cannot be “%2”. Possible values: %3.")
            .arg(field.label(), value, quoted(field.enumValuesFor(serverVersion)));
    }
    const int since = field.enumValueSince.value(value);
    if (serverVersion > 0 && serverVersion < since) {
        return tr("The value “%2” of “%1” needs CMS %3 or later; this server runs CMS %4.")
            .arg(field.label(), value, Schema::versionString(since), Schema::versionString(serverVersion));
    }
    return {};
}

QString Checks::reference(const FieldDef &field, const QString &value)
{
    if (Schema::isGuid(value))
        return {};
    return tr("“%1” must be the id of an object, a GUID such as 6f6c1d2e-8a39-4c2e-9d4f-2b1c3a4d5e6f.")
        .arg(field.label());
}

// Rules between fields. Bulk parameter sets are the only type that has one so far.
QList<ValidationIssue> Checks::crossField(const ObjectType &type, const Schema::Params &params)
{
    if (type.collection != u"cospaceBulkParameterSets")
        return {};
    QString start;
    QString end;
    for (const auto &[name, value] : params) {
        if (name == u"startIndex")
            start = value;
        else if (name == u"endIndex")
            end = value;
    }
    if (!isAllDigits(start) || !isAllDigits(end) || start.toLongLong() <= end.toLongLong())
        return {};
    return {{u"endIndex"_s, tr("The last index cannot be smaller than the first index.")}};
}

} // namespace

QList<ValidationIssue> Schema::validate(
    const ObjectType &type, const Params &params, WriteMode op, int serverVersion)
{
    if (const QString sentence = Checks::typeIssue(type, op, serverVersion); !sentence.isEmpty())
        return {{QString(), sentence}};

    QList<ValidationIssue> issues;
    QSet<QString> given;
    for (const auto &[name, value] : params) {
        const FieldDef *field = type.field(name);
        if (!field) {
            issues.append({name, Checks::unknownField(type, name)});
            continue;
        }
        if (given.contains(name)) {
            issues.append({name, Checks::duplicate(*field)});
            continue;
        }
        given.insert(name);
        QString sentence = Checks::accessIssue(*field, op, serverVersion);
        if (sentence.isEmpty())
            sentence = checkValue(*field, value, serverVersion);
        if (!sentence.isEmpty())
            issues.append({name, sentence});
    }
    if (op == WriteMode::Create) {
        for (const FieldDef &field : type.fields) {
            if (field.required && !given.contains(field.name) && field.existsIn(serverVersion))
                issues.append({field.name, Checks::missing(field)});
        }
    }
    if (issues.isEmpty())
        issues = Checks::crossField(type, params);
    return issues;
}

QString Schema::checkValue(const FieldDef &field, const QString &value, int serverVersion)
{
    if (value.isEmpty())
        return field.required ? Checks::missing(field) : QString();
    return Checks::check(field, value, serverVersion);
}

} // namespace cms
