#include "idgenerator.h"

namespace cmssim {

QString IdGenerator::guid()
{
    quint32 w[4];
    m_rng.fillRange(w, 4);
    // Mark it as a version 4 GUID so that it looks like what real servers produce.
    w[1] = (w[1] & 0xffff0fffu) | 0x00004000u;
    w[2] = (w[2] & 0x3fffffffu) | 0x80000000u;
    return QStringLiteral("%1-%2-%3-%4-%5%6")
        .arg(w[0], 8, 16, QLatin1Char('0'))
        .arg(w[1] >> 16, 4, 16, QLatin1Char('0'))
        .arg(w[1] & 0xffffu, 4, 16, QLatin1Char('0'))
        .arg(w[2] >> 16, 4, 16, QLatin1Char('0'))
        .arg(w[2] & 0xffffu, 4, 16, QLatin1Char('0'))
        .arg(w[3], 8, 16, QLatin1Char('0'));
}

QString IdGenerator::digits(int count)
{
    QString out;
    out.reserve(count);
    out.append(QChar(u'1' + char16_t(m_rng.bounded(9))));   // no leading zero
    for (int i = 1; i < count; ++i)
        out.append(QChar(u'0' + char16_t(m_rng.bounded(10))));
    return out;
}

QString IdGenerator::secret()
{
    static const char alphabet[] = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    QString out;
    out.reserve(22);
    for (int i = 0; i < 22; ++i)
        out.append(QLatin1Char(alphabet[m_rng.bounded(int(sizeof(alphabet) - 1))]));
    return out;
}

} // namespace cmssim
