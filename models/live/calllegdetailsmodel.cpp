#include "live/calllegdetailsmodel.h"

#include "common/displayformat.h"
#include "common/languagewatcher.h"
#include "live/participantsmodel.h"

#include <QBrush>
#include <QColor>
#include <QGuiApplication>
#include <QLocale>
#include <QPalette>
#include <QSet>

namespace models {

using cms::CallLegStats;
using Direction = cms::CallLegStats::Direction;

namespace {

constexpr int kColumnCount = int(CallLegDetailsModel::Column::Count);
constexpr int kLegRow = -1;   // the "direction" of a leg's own row

bool isNumeric(CallLegDetailsModel::Column column)
{
    using C = CallLegDetailsModel::Column;
    return column == C::BitRate || column == C::Jitter || column == C::PacketLoss || column == C::RoundTripTime;
}

// A warning colour that reads on the palette in use, light or dark.
QBrush warningBrush()
{
    const bool dark = QGuiApplication::palette().color(QPalette::Base).lightness() < 128;
    return QBrush(dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb7, 0x1c, 0x1c));
}

// The leg-level fields: what the leg's own row shows.
bool sameLegRow(const CallLegStats &a, const CallLegStats &b)
{
    return a.name == b.name && a.remoteParty == b.remoteParty && a.type == b.type && a.state == b.state
        && a.alarms == b.alarms && a.roundTripTimeMs() == b.roundTripTimeMs();
}

} // namespace

CallLegDetailsModel::CallLegDetailsModel(QObject *parent)
    : QAbstractItemModel(parent)
{
    connect(new LanguageWatcher(this), &LanguageWatcher::languageChanged, this, &CallLegDetailsModel::retranslate);
}

CallLegDetailsModel::~CallLegDetailsModel() = default;

QList<CallLegStats> CallLegDetailsModel::legs() const
{
    QList<CallLegStats> out;
    out.reserve(m_legs.size());
    for (const Leg &leg : m_legs)
        out.append(leg.stats);
    return out;
}

void CallLegDetailsModel::setLegs(const QList<CallLegStats> &legs)
{
    removeLegsNotIn(legs);
    QList<CallLegStats> added;
    for (const CallLegStats &stats : legs) {
        const int row = rowOfLeg(stats.id);
        if (row >= 0)
            updateLeg(row, stats);
        else if (!stats.id.isEmpty())
            added.append(stats);
    }
    if (added.isEmpty())
        return;
    const int first = int(m_legs.size());
    beginInsertRows({}, first, first + int(added.size()) - 1);
    for (const CallLegStats &stats : std::as_const(added))
        m_legs.append(Leg{m_nextKey++, stats});
    endInsertRows();
}

// Removes the rows of legs that are not in `legs`, a run of neighbouring rows at a time, from the last.
void CallLegDetailsModel::removeLegsNotIn(const QList<CallLegStats> &legs)
{
    QSet<QString> kept;
    for (const CallLegStats &stats : legs)
        kept.insert(stats.id);
    int row = int(m_legs.size()) - 1;
    while (row >= 0) {
        if (kept.contains(m_legs.at(row).stats.id)) {
            --row;
            continue;
        }
        int first = row;
        while (first > 0 && !kept.contains(m_legs.at(first - 1).stats.id))
            --first;
        beginRemoveRows({}, first, row);
        m_legs.remove(first, row - first + 1);
        endRemoveRows();
        row = first - 1;
    }
}

// New figures for a leg shown: only the rows whose figures changed say so.
void CallLegDetailsModel::updateLeg(int row, const CallLegStats &stats)
{
    Leg &leg = m_legs[row];
    if (leg.stats == stats)
        return;
    const CallLegStats before = std::exchange(leg.stats, stats);
    if (!sameLegRow(before, stats))
        Q_EMIT dataChanged(index(row, 0), index(row, kColumnCount - 1));
    const QModelIndex parent = index(row, 0);
    for (int d = 0; d < CallLegStats::DirectionCount; ++d) {
        if (before.at(Direction(d)) != stats.at(Direction(d)))
            Q_EMIT dataChanged(index(d, 0, parent), index(d, kColumnCount - 1, parent));
    }
}

int CallLegDetailsModel::rowOfKey(quintptr key) const
{
    // A participant has a leg or two: a look through them costs nothing.
    for (int row = 0; row < m_legs.size(); ++row) {
        if (m_legs.at(row).key == key)
            return row;
    }
    return -1;
}

int CallLegDetailsModel::rowOfLeg(const QString &legId) const
{
    for (int row = 0; row < m_legs.size(); ++row) {
        if (m_legs.at(row).stats.id == legId)
            return row;
    }
    return -1;
}

QModelIndex CallLegDetailsModel::indexOfLeg(const QString &legId, int column) const
{
    const int row = rowOfLeg(legId);
    return row < 0 ? QModelIndex() : index(row, column);
}

QModelIndex CallLegDetailsModel::indexOfMedia(const QString &legId, Direction direction, int column) const
{
    const QModelIndex leg = indexOfLeg(legId);
    return leg.isValid() ? index(int(direction), column, leg) : QModelIndex();
}

QModelIndex CallLegDetailsModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= kColumnCount || row < 0)
        return {};
    if (!parent.isValid())
        return row < m_legs.size() ? createIndex(row, column, quintptr(0)) : QModelIndex();
    if (parent.internalId() != 0 || parent.column() != 0 || parent.row() >= m_legs.size() || row >= CallLegStats::DirectionCount)
        return {};
    return createIndex(row, column, m_legs.at(parent.row()).key);
}

QModelIndex CallLegDetailsModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    const int row = rowOfKey(child.internalId());
    return row < 0 ? QModelIndex() : createIndex(row, 0, quintptr(0));
}

int CallLegDetailsModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_legs.size());
    if (parent.internalId() == 0 && parent.column() == 0)
        return CallLegStats::DirectionCount;
    return 0;
}

int CallLegDetailsModel::columnCount(const QModelIndex &) const
{
    return kColumnCount;
}

Qt::ItemFlags CallLegDetailsModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.internalId() != 0)
        f |= Qt::ItemNeverHasChildren;
    return f;
}

QVariant CallLegDetailsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= kColumnCount)
        return {};
    const auto column = Column(section);
    if (role == Qt::TextAlignmentRole && isNumeric(column))
        return int(Qt::AlignTrailing | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const bool tip = role == Qt::ToolTipRole;
    switch (column) {
    case Column::Name:
        //: Column of the call leg details: a call leg, or one direction of its media under it
        return tip ? tr("The participant's call legs, each with its media under it") : tr("Call leg");
    case Column::Codec:
        return tip ? tr("How the audio or video is encoded") : tr("Codec");
    case Column::BitRate:
        return tip ? tr("The media's bit rate, in kilobits a second") : tr("Bit rate");
    case Column::Jitter:
        return tip ? tr("How irregularly packets arrive; over %1 speech and video stutter")
                         .arg(DisplayFormat::milliseconds(kJitterLimitMs))
                   : tr("Jitter");
    case Column::PacketLoss:
        return tip ? tr("The share of packets lost on the way; over %1 video freezes or breaks up")
                         .arg(percentText(kPacketLossLimitPercent))
                   : tr("Packet loss");
    case Column::RoundTripTime:
        return tip ? tr("The time for a packet to reach the participant and come back; over %1 people talk over each other")
                         .arg(DisplayFormat::milliseconds(kRoundTripTimeLimitMs))
                   : tr("Round-trip time");
    case Column::Alarms:
        return tip ? tr("The alarms the call bridge raises on the leg") : tr("Alarms");
    case Column::Count:
        break;
    }
    return {};
}

QVariant CallLegDetailsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.column() >= kColumnCount)
        return {};
    const auto column = Column(index.column());
    if (index.internalId() == 0) {
        if (index.row() >= m_legs.size())
            return {};
        return legData(m_legs.at(index.row()), column, role);
    }
    const int row = rowOfKey(index.internalId());
    if (row < 0 || index.row() >= CallLegStats::DirectionCount)
        return {};
    return mediaData(m_legs.at(row), Direction(index.row()), column, role);
}

QString CallLegDetailsModel::warningOf(const Leg &leg, int direction, Column column) const
{
    const CallLegStats &s = leg.stats;
    if (direction == kLegRow) {
        if (column == Column::Alarms && !s.alarms.isEmpty())
            return tr("The call bridge raises an alarm on this leg.");
        if (column == Column::RoundTripTime) {
            const std::optional<int> rtt = s.roundTripTimeMs();
            if (rtt && *rtt > kRoundTripTimeLimitMs)
                return tr("Round-trip time over %1: people talk over each other.")
                    .arg(DisplayFormat::milliseconds(kRoundTripTimeLimitMs));
            if (s.hasAlarm(u"highRoundTripTime"))
                return tr("The call bridge raises a round-trip time alarm on this leg.");
        }
        return {};
    }
    const CallLegStats::Media &m = s.at(Direction(direction));
    switch (column) {
    case Column::PacketLoss:
        if (m.packetLossPercent && *m.packetLossPercent > kPacketLossLimitPercent)
            return tr("Packet loss over %1: video freezes or breaks up, speech drops out.")
                .arg(percentText(kPacketLossLimitPercent));
        break;
    case Column::Jitter:
        if (m.jitterMs && *m.jitterMs > kJitterLimitMs)
            return tr("Jitter over %1: speech and video stutter.").arg(DisplayFormat::milliseconds(kJitterLimitMs));
        break;
    case Column::RoundTripTime:
        if (m.roundTripTimeMs && *m.roundTripTimeMs > kRoundTripTimeLimitMs)
            return tr("Round-trip time over %1: people talk over each other.")
                .arg(DisplayFormat::milliseconds(kRoundTripTimeLimitMs));
        break;
    default:
        break;
    }
    return {};
}

QVariant CallLegDetailsModel::legData(const Leg &leg, Column column, int role) const
{
    const CallLegStats &s = leg.stats;
    switch (role) {
    case Qt::DisplayRole:
        return legDisplay(s, column);
    case Qt::ToolTipRole: {
        const QString warning = warningOf(leg, kLegRow, column);
        if (column == Column::Name)
            return legToolTip(s);
        if (column == Column::Alarms && !s.alarms.isEmpty())
            //: Tool tip of the alarms of a call leg: the alarms as the API names them, e.g. "packetLoss, excessiveJitter"
            return QString(warning + QLatin1Char('\n') + tr("As the API names them: %1").arg(s.alarms.join(QStringLiteral(", "))));
        return warning.isEmpty() ? QVariant() : warning;
    }
    case Qt::AccessibleTextRole: {
        const QString text = legDisplay(s, column);
        const QString warning = warningOf(leg, kLegRow, column);
        if (text.isEmpty())
            return {};
        //: What a screen reader says of a figure past its limit: the figure, then why it is a warning
        return warning.isEmpty() ? text : tr("Warning: %1. %2").arg(text, warning);
    }
    case Qt::ForegroundRole:
        return warningOf(leg, kLegRow, column).isEmpty() ? QVariant() : QVariant(warningBrush());
    case WarningRole:
        return !warningOf(leg, kLegRow, column).isEmpty();
    case Qt::TextAlignmentRole:
        return isNumeric(column) ? QVariant(int(Qt::AlignTrailing | Qt::AlignVCenter)) : QVariant();
    case RawValueRole:
        if (column == Column::RoundTripTime && s.roundTripTimeMs())
            return *s.roundTripTimeMs();
        if (column == Column::Alarms)
            return s.alarms;
        if (column == Column::Name)
            return s.remoteParty;
        return {};
    case LegIdRole:
        return s.id;
    case DirectionRole:
        return kLegRow;
    default:
        return {};
    }
}

QVariant CallLegDetailsModel::mediaData(const Leg &leg, Direction direction, Column column, int role) const
{
    const CallLegStats::Media &m = leg.stats.at(direction);
    switch (role) {
    case Qt::DisplayRole:
        return column == Column::Name ? directionText(direction) : mediaDisplay(m, column);
    case Qt::ToolTipRole: {
        if (column == Column::Name) {
            if (!m.reported)
                return tr("The call bridge reports no such media on this leg.");
            switch (direction) {
            case CallLegStats::AudioReceived:
                return tr("The audio the call bridge receives from the participant (rxAudio)");
            case CallLegStats::AudioSent:
                return tr("The audio the call bridge sends to the participant (txAudio)");
            case CallLegStats::VideoReceived:
                return tr("The video the call bridge receives from the participant (rxVideo)");
            case CallLegStats::VideoSent:
            case CallLegStats::DirectionCount:
                break;
            }
            return tr("The video the call bridge sends to the participant (txVideo)");
        }
        const QString warning = warningOf(leg, int(direction), column);
        return warning.isEmpty() ? QVariant() : warning;
    }
    case Qt::AccessibleTextRole: {
        if (column == Column::Name)
            return m.reported ? directionText(direction)
                              //: What a screen reader says of a direction the server reports nothing for: "Video sent: none"
                              : tr("%1: none").arg(directionText(direction));
        const QString text = mediaDisplay(m, column);
        if (text.isEmpty())
            return {};
        const QString warning = warningOf(leg, int(direction), column);
        return warning.isEmpty() ? text : tr("Warning: %1. %2").arg(text, warning);
    }
    case Qt::ForegroundRole:
        return warningOf(leg, int(direction), column).isEmpty() ? QVariant() : QVariant(warningBrush());
    case WarningRole:
        return !warningOf(leg, int(direction), column).isEmpty();
    case Qt::TextAlignmentRole:
        return isNumeric(column) ? QVariant(int(Qt::AlignTrailing | Qt::AlignVCenter)) : QVariant();
    case RawValueRole:
        switch (column) {
        case Column::Codec:
            return m.codec.isEmpty() ? QVariant() : QVariant(m.codec);
        case Column::BitRate:
            return m.bitRate ? QVariant(*m.bitRate) : QVariant();
        case Column::Jitter:
            return m.jitterMs ? QVariant(*m.jitterMs) : QVariant();
        case Column::PacketLoss:
            return m.packetLossPercent ? QVariant(*m.packetLossPercent) : QVariant();
        case Column::RoundTripTime:
            return m.roundTripTimeMs ? QVariant(*m.roundTripTimeMs) : QVariant();
        default:
            return {};
        }
    case LegIdRole:
        return leg.stats.id;
    case DirectionRole:
        return int(direction);
    default:
        return {};
    }
}

QString CallLegDetailsModel::legDisplay(const CallLegStats &leg, Column column) const
{
    switch (column) {
    case Column::Name: {
        const QString who = !leg.remoteParty.isEmpty() ? leg.remoteParty : !leg.name.isEmpty() ? leg.name : leg.id;
        const QString kind = ParticipantsModel::kindText(leg.type);
        if (kind.isEmpty())
            return who;
        //: A call leg: its address, then its kind, e.g. "fatima@video.example (SIP)"
        return tr("%1 (%2)", "call leg").arg(DisplayFormat::isolated(who), kind);
    }
    case Column::RoundTripTime: {
        const std::optional<int> rtt = leg.roundTripTimeMs();
        return rtt ? DisplayFormat::milliseconds(*rtt) : QString();
    }
    case Column::Alarms: {
        QStringList phrases;
        for (const QString &alarm : leg.alarms)
            phrases.append(alarmText(alarm));
        return QLocale().createSeparatedList(phrases);
    }
    default:
        return {};
    }
}

QString CallLegDetailsModel::mediaDisplay(const CallLegStats::Media &m, Column column) const
{
    switch (column) {
    case Column::Codec:
        return m.codec;
    case Column::BitRate:
        //: A bit rate in kilobits a second, "1,523 kbit/s"
        return m.bitRate ? tr("%1 kbit/s").arg(DisplayFormat::number(qRound64(double(*m.bitRate) / 1000.0))) : QString();
    case Column::Jitter:
        return m.jitterMs ? DisplayFormat::milliseconds(*m.jitterMs) : QString();
    case Column::PacketLoss:
        return m.packetLossPercent ? percentText(*m.packetLossPercent) : QString();
    case Column::RoundTripTime:
        return m.roundTripTimeMs ? DisplayFormat::milliseconds(*m.roundTripTimeMs) : QString();
    default:
        return {};
    }
}

QString CallLegDetailsModel::legToolTip(const CallLegStats &leg) const
{
    QStringList lines;
    if (!leg.name.isEmpty())
        lines.append(tr("Name: %1").arg(DisplayFormat::isolated(leg.name)));
    if (!leg.remoteParty.isEmpty())
        lines.append(tr("Address: %1").arg(DisplayFormat::isolated(leg.remoteParty)));
    const QString kind = ParticipantsModel::kindText(leg.type);
    if (!kind.isEmpty())
        lines.append(tr("Kind: %1").arg(kind));
    //: The id of a call leg in the API, for an administrator who looks it up
    lines.append(tr("Call leg ID: %1").arg(DisplayFormat::isolated(leg.id)));
    return lines.join(QLatin1Char('\n'));
}

QString CallLegDetailsModel::percentText(double percent)
{
    //: A share in percent with one decimal, "1.7 %" (the number is already in the locale's digits)
    return tr("%1 %", "percent").arg(QLocale().toString(percent, 'f', 1));
}

QString CallLegDetailsModel::alarmText(const QString &alarm)
{
    if (alarm == QLatin1String("packetLoss"))
        //: An alarm the call bridge raises on a call leg
        return tr("Packet loss");
    if (alarm == QLatin1String("excessiveJitter"))
        //: An alarm the call bridge raises on a call leg
        return tr("Excessive jitter");
    if (alarm == QLatin1String("highRoundTripTime"))
        //: An alarm the call bridge raises on a call leg
        return tr("Long round-trip time");
    return alarm;   // newer servers may raise others: their name is better than nothing
}

QString CallLegDetailsModel::directionText(Direction direction)
{
    switch (direction) {
    case CallLegStats::AudioReceived:
        //: A direction of a call leg's media: the audio the call bridge receives from the participant
        return tr("Audio received");
    case CallLegStats::AudioSent:
        //: A direction of a call leg's media: the audio the call bridge sends to the participant
        return tr("Audio sent");
    case CallLegStats::VideoReceived:
        //: A direction of a call leg's media: the video the call bridge receives from the participant
        return tr("Video received");
    case CallLegStats::VideoSent:
    case CallLegStats::DirectionCount:
        break;
    }
    //: A direction of a call leg's media: the video the call bridge sends to the participant
    return tr("Video sent");
}

void CallLegDetailsModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, kColumnCount - 1);
    for (int row = 0; row < m_legs.size(); ++row) {
        Q_EMIT dataChanged(index(row, 0), index(row, kColumnCount - 1));
        const QModelIndex parent = index(row, 0);
        Q_EMIT dataChanged(index(0, 0, parent), index(CallLegStats::DirectionCount - 1, kColumnCount - 1, parent));
    }
}

} // namespace models
