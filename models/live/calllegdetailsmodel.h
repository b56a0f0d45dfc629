#pragma once

#include "live/calllegstats.h"

#include <QAbstractItemModel>
#include <QList>

namespace models {

// The call legs of one participant as a tree (cms::CallLegDetailsReader reads them): one row per leg
// with its round-trip time and the alarms the server raises, in words (the API's names in the tool
// tip), and under it one row per direction of its media: Audio received, Audio sent, Video received,
// Video sent (said from the call bridge's side, as the API does), each with its codec, bit rate
// (kbit/s, in the locale's digits), jitter, packet loss and, for what the bridge sends, round-trip time.
//
// A figure past its limit (packet loss over 2 %, jitter over 30 ms, round-trip time over 300 ms) or
// named by one of the leg's alarms (the Alarms cell; the round-trip time for highRoundTripTime) is a
// warning: WarningRole is true, it is drawn in a warning colour (Qt::ForegroundRole), and its tool tip
// and accessible text say what is wrong. The alarms name the leg, not a direction, so they mark the
// leg's row; the media rows are marked by their own figures.
//
// setLegs() with the figures of a new read updates the tree in place: a leg is known by its id, its
// rows change (dataChanged, only for the rows whose figures changed), new legs are inserted after the
// others and legs that ended are removed. Never a reset: a view keeps its selection, its expanded
// rows and its scroll position through the refreshes.
class CallLegDetailsModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum class Column {
        Name,            // the leg (its address and kind), or the direction of a media row
        Codec,
        BitRate,         // "1,523 kbit/s"
        Jitter,          // "12 ms"
        PacketLoss,      // "1.7 %"
        RoundTripTime,   // "40 ms": the leg's (the longer of the sent directions'), and each sent direction's
        Alarms,          // the leg's alarms in words
        Count
    };
    Q_ENUM(Column)

    enum Role {
        WarningRole = Qt::UserRole + 1,   // bool: the figure is past its limit or named by an alarm
        RawValueRole,     // the figure as a number (bit/s, ms, %), or the alarms' API names; invalid when unknown
        LegIdRole,        // QString: on every row of a leg
        DirectionRole,    // int (cms::CallLegStats::Direction) on a media row; -1 on a leg row
    };

    // The limits past which a figure is a warning.
    static constexpr double kPacketLossLimitPercent = 2.0;
    static constexpr int kJitterLimitMs = 30;
    static constexpr int kRoundTripTimeLimitMs = 300;

    explicit CallLegDetailsModel(QObject *parent = nullptr);
    ~CallLegDetailsModel() override;

    // Shows these legs, in place of those shown (see above: incremental, never a reset).
    void setLegs(const QList<cms::CallLegStats> &legs);
    void clear() { setLegs({}); }
    QList<cms::CallLegStats> legs() const;

    QModelIndex indexOfLeg(const QString &legId, int column = 0) const;
    QModelIndex indexOfMedia(const QString &legId, cms::CallLegStats::Direction direction, int column = 0) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    // The language changed: headers and cells are said again.
    void retranslate();

    // An alarm in words ("Packet loss"); an alarm this console does not know by its API name.
    static QString alarmText(const QString &alarm);
    // "Audio received", "Audio sent", "Video received", "Video sent".
    static QString directionText(cms::CallLegStats::Direction direction);
    // A share in percent with one decimal, in the locale's digits: "1.7 %".
    static QString percentText(double percent);

private:
    struct Leg
    {
        quintptr key = 0;   // the internal id of its media rows: stable while the leg is shown
        cms::CallLegStats stats;
    };
    // Why a cell is a warning, in words; empty when it is not one.
    QString warningOf(const Leg &leg, int direction, Column column) const;
    QVariant legData(const Leg &leg, Column column, int role) const;
    QVariant mediaData(const Leg &leg, cms::CallLegStats::Direction direction, Column column, int role) const;
    QString legDisplay(const cms::CallLegStats &leg, Column column) const;
    QString mediaDisplay(const cms::CallLegStats::Media &media, Column column) const;
    QString legToolTip(const cms::CallLegStats &leg) const;
    int rowOfKey(quintptr key) const;
    int rowOfLeg(const QString &legId) const;
    void removeLegsNotIn(const QList<cms::CallLegStats> &legs);
    void updateLeg(int row, const cms::CallLegStats &stats);

    QList<Leg> m_legs;
    quintptr m_nextKey = 1;   // 0 is the internal id of leg rows
};

} // namespace models
