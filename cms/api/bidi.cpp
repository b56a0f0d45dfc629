#include "api/bidi.h"

#include <QLocale>

namespace cms::Bidi {

QString isolated(const QString &text)
{
    return QChar(0x2068) + text + QChar(0x2069);
}

QString inSentence(const QString &text)
{
    return QLocale().textDirection() == Qt::RightToLeft ? isolated(text) : text;
}

QString leftToRight(const QString &text)
{
    if (QLocale().textDirection() != Qt::RightToLeft)
        return text;
    // The LEFT-TO-RIGHT MARK after the isolate's start gives it a strong left-to-right start: Qt (6.4)
    // otherwise lays out a leading "+" of a phone number by the surrounding right-to-left direction.
    return QChar(0x2066) + QChar(0x200E) + text + QChar(0x2069);
}

bool hasRightToLeft(const QString &text)
{
    for (const QChar c : text) {
        const QChar::Direction direction = c.direction();
        if (direction == QChar::DirR || direction == QChar::DirAL)
            return true;
    }
    return false;
}

} // namespace cms::Bidi
