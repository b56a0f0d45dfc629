#pragma once

#include <QCoreApplication>
#include <QString>

namespace cms {

// The uriGenerator of an access method template (CMS 2.9+), checked as it is typed: the pattern the
// server turns into each generated access method's URI, where "$" stands for the generated part
// ("$.guest" gives "<space>.guest"). The API takes only ASCII letters, digits, ".", "-", "_" and exactly
// one "$"; a wrong pattern is refused with a bare parameterError, so each slip is said here in words.
// Empty means unset and passes (the schema says whether the field is required).
class UriGeneratorCheck
{
    Q_DECLARE_TR_FUNCTIONS(cms::UriGeneratorCheck)
public:
    enum class Problem {
        None,
        Blank,            // a space or tab, which a quoted character would not show
        BadCharacter,     // anything else outside letters, digits, ".-_$"
        NoPlaceholder,    // no "$": every generated URI would be the same
        SeveralPlaceholders,
    };

    static UriGeneratorCheck check(const QString &pattern);

    bool isValid() const { return m_problem == Problem::None; }
    Problem problem() const { return m_problem; }
    // The first wrong character (Blank, BadCharacter) and its position from 1; the "$" count otherwise.
    QString culprit() const { return m_culprit; }
    int position() const { return m_position; }
    // Why the pattern is refused, in the user's language, naming the field by `fieldLabel`; empty
    // when it is valid.
    QString message(const QString &fieldLabel) const;

private:
    Problem m_problem = Problem::None;
    QString m_culprit;
    int m_position = 0;
    int m_placeholders = 0;
};

} // namespace cms
