#include "simversion.h"

#include <QRegularExpression>

namespace cmssim {

SimVersion SimVersion::parse(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^(\\d+)\\.(\\d+)"));
    SimVersion v;
    v.text = text.trimmed();
    const auto m = re.match(v.text);
    v.number = m.hasMatch() ? m.captured(1).toInt() * 100 + m.captured(2).toInt() : 0;
    return v;
}

} // namespace cmssim
