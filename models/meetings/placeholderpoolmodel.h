#pragma once

#include "meetings/placeholderstate.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QPointer>
#include <QStringList>

namespace cms {
class LiveCluster;
}

namespace models {

// The placeholders of one pool, one row each in index order: the space, its state (free, in a
// meeting, inconsistent with why) and the meeting's live participant count. setStates() takes a
// fresh reading (PlaceholderPoolReader) and turns the differences into rows inserted, removed or
// changed, never a reset, so selection survives a refresh. With a LiveCluster that reads call
// details (setReadDetails), meetings starting and ending and their participant counts follow the
// live state between readings.
class PlaceholderPoolModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Column { Index, Name, Uri, State, Participants, Bridge, Problems, Count };
    Q_ENUM(Column)

    enum Role {
        RawValueRole = Qt::UserRole + 1,   // sortable raw value of the cell
        SpaceIdRole,                       // QString
        StateKindRole,                     // int(cms::PlaceholderState::Kind)
        CallIdRole,                        // QString, empty without a meeting
        EndpointIndexRole,                 // int, the bridge holding the meeting; -1 without one
    };

    explicit PlaceholderPoolModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // `states` in index order, as PlaceholderPoolReader gives them.
    void setStates(const QList<cms::PlaceholderState> &states);
    const QList<cms::PlaceholderState> &states() const { return m_rows; }
    // The call bridges' names, by endpoint index, for the Bridge column.
    void setBridgeNames(const QStringList &names);
    void setLiveCluster(cms::LiveCluster *live);
    int rowOfIndex(int placeholderIndex) const;   // -1 when not shown
    int countOf(cms::PlaceholderState::Kind kind) const;

    // Headers and translated cells changed (a new language).
    void retranslate();

private:
    void updateFromLive(const QString &spaceId);
    void rebuildLookup();

    QList<cms::PlaceholderState> m_rows;
    QHash<QString, int> m_rowOfSpace;
    QStringList m_bridgeNames;
    QPointer<cms::LiveCluster> m_live;
};

} // namespace models
