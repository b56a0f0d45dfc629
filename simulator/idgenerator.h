#pragma once

#include <QRandomGenerator>
#include <QString>

namespace cmssim {

// Ids, call IDs and secrets drawn from one seeded generator, so that a simulated cluster started with
// the same seed and driven the same way produces the same objects.
class IdGenerator
{
public:
    explicit IdGenerator(quint32 seed) : m_rng(seed) {}

    QString guid();                 // lower-case GUID, as CMS writes ids
    QString digits(int count);      // a numeric call ID or passcode
    QString secret();               // the "secret" of a space or access method
    QRandomGenerator &random() { return m_rng; }

private:
    QRandomGenerator m_rng;
};

} // namespace cmssim
