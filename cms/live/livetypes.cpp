#include "live/livetypes.h"

#include <type_traits>

namespace cms {

namespace {

template<typename T>
void take(const QJsonObject &elements, QLatin1String key, T &field, QStringList &changed)
{
    const auto it = elements.constFind(key);
    if (it == elements.constEnd())
        return;
    T value;
    if constexpr (std::is_same_v<T, bool>) {
        // Servers write booleans as JSON booleans; polling hands over XML text.
        value = it->isBool() ? it->toBool() : it->toString() == QLatin1String("true");
    } else if constexpr (std::is_same_v<T, int>) {
        value = it->isDouble() ? it->toInt() : it->toString().toInt();
    } else {
        value = it->toString();
    }
    if (value == field)
        return;
    field = value;
    changed.append(QString(key));
}

// A moment given in milliseconds since the epoch. A time read again differs by the rounding of the
// server's whole seconds: within a second it is the same moment, not a change.
void takeTime(const QJsonObject &elements, QLatin1String key, QDateTime &field, QStringList &changed)
{
    const auto it = elements.constFind(key);
    if (it == elements.constEnd() || !it->isDouble())
        return;
    const QDateTime value = QDateTime::fromMSecsSinceEpoch(qint64(it->toDouble()), Qt::UTC);
    if (field.isValid() && qAbs(field.msecsTo(value)) < 1000)
        return;
    field = value;
    changed.append(QString(key));
}

} // namespace

QStringList LiveCall::apply(const QJsonObject &elements)
{
    QStringList changed;
    take(elements, QLatin1String("name"), name, changed);
    take(elements, QLatin1String("callCorrelator"), correlator, changed);
    take(elements, QLatin1String("callType"), callType, changed);
    take(elements, QLatin1String("participants"), participantCount, changed);
    take(elements, QLatin1String("distributedInstances"), distributedInstances, changed);
    take(elements, QLatin1String("recording"), recording, changed);
    take(elements, QLatin1String("streaming"), streaming, changed);
    take(elements, QLatin1String("coSpace"), coSpaceId, changed);
    take(elements, QLatin1String("coSpaceName"), coSpaceName, changed);
    take(elements, QLatin1String("coSpaceUri"), coSpaceUri, changed);
    takeTime(elements, QLatin1String("startTime"), startTime, changed);
    const auto lock = elements.constFind(QLatin1String("lockState"));
    if (lock != elements.constEnd()) {
        const bool value = lock->toString() == QLatin1String("locked");
        if (value != locked) {
            locked = value;
            changed.append(QStringLiteral("lockState"));
        }
    }
    return changed;
}

QStringList LiveParticipant::apply(const QJsonObject &elements)
{
    QStringList changed;
    take(elements, QLatin1String("name"), name, changed);
    take(elements, QLatin1String("uri"), uri, changed);
    take(elements, QLatin1String("state"), state, changed);
    take(elements, QLatin1String("audioMuted"), audioMuted, changed);
    take(elements, QLatin1String("videoMuted"), videoMuted, changed);
    take(elements, QLatin1String("isActivator"), isActivator, changed);
    take(elements, QLatin1String("deactivated"), deactivated, changed);
    take(elements, QLatin1String("canMove"), canMove, changed);
    take(elements, QLatin1String("presenter"), presenter, changed);
    take(elements, QLatin1String("activeSpeaker"), activeSpeaker, changed);
    take(elements, QLatin1String("userJid"), userJid, changed);
    take(elements, QLatin1String("type"), legType, changed);
    takeTime(elements, QLatin1String("joinTime"), joinTime, changed);
    return changed;
}

} // namespace cms
