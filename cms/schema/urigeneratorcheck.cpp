#include "schema/urigeneratorcheck.h"

namespace cms {

namespace {

bool isAllowed(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9')
        || QStringView(u".-_$").contains(c);
}

} // namespace

UriGeneratorCheck UriGeneratorCheck::check(const QString &pattern)
{
    UriGeneratorCheck result;
    if (pattern.isEmpty())
        return result;
    // A wrong character first: it is what the user just typed, and a "$" count means little until
    // the characters are right.
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const QChar c = pattern.at(i);
        if (isAllowed(c))
            continue;
        result.m_problem = c.isSpace() ? Problem::Blank : Problem::BadCharacter;
        // A character outside the BMP is two QChars: name it whole.
        const bool pair = c.isHighSurrogate() && i + 1 < pattern.size() && pattern.at(i + 1).isLowSurrogate();
        result.m_culprit = pattern.mid(i, pair ? 2 : 1);
        result.m_position = int(QStringView(pattern).left(i).toUcs4().size()) + 1;
        return result;
    }
    result.m_placeholders = int(pattern.count(u'$'));
    if (result.m_placeholders == 0)
        result.m_problem = Problem::NoPlaceholder;
    else if (result.m_placeholders > 1)
        result.m_problem = Problem::SeveralPlaceholders;
    result.m_culprit = QString::number(result.m_placeholders);
    return result;
}

QString UriGeneratorCheck::message(const QString &fieldLabel) const
{
    switch (m_problem) {
    case Problem::None:
        return {};
    case Problem::Blank:
        //: %1 is the field ("URI pattern"), %2 the position of the space in it (1 = first character)
        return tr("“%1” cannot contain spaces (character %2).").arg(fieldLabel).arg(m_position);
    case Problem::BadCharacter:
        //: %1 is the field ("URI pattern"), %2 the refused character, %3 its position (1 = first)
        return tr("“%2” (character %3) is not allowed in “%1”: use only letters without accents, digits, “.”, “-”, “_” and one “$”.")
            .arg(fieldLabel, m_culprit)
            .arg(m_position);
    case Problem::NoPlaceholder:
        return tr("“%1” needs a “$”, which stands for the generated part of each URI, as in $.guest.")
            .arg(fieldLabel);
    case Problem::SeveralPlaceholders:
        return tr("“%1” has %n “$”: keep exactly one, which stands for the generated part of each URI.", nullptr,
                  m_placeholders)
            .arg(fieldLabel);
    }
    return {};
}

} // namespace cms
