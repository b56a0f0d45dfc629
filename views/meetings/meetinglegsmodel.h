#pragma once

#include <QAbstractTableModel>
#include <QStringList>

namespace views {

// The call legs a meeting's start dials, one row per address, in the order dialled: the address, its
// state in words and the sentence that goes with it, as MeetingStartOperation reports them
// (legProgress) and as the run goes on (dialling, failed, hung up again by the undo).
class MeetingLegsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { AddressColumn, StateColumn, DetailColumn, ColumnCount };
    enum class LegState { Waiting, Dialling, Ringing, Connected, OnHold, Failed, NotDialled, HungUp };
    static constexpr int LegStateRole = Qt::UserRole;   // LegState, as an int

    explicit MeetingLegsModel(QObject *parent = nullptr);

    // One waiting row per address (the rows there were go).
    void setAddresses(const QStringList &addresses);
    void setDialling(int row);
    // The leg's status as read back from the call bridge (initial, ringing, connected, onHold…) and
    // the operation's sentence about it.
    void setProgress(int row, const QString &apiState, const QString &sentence);
    void setFailed(int row, const QString &why);
    void setHungUp(int row);
    // Rows still waiting when the run stopped.
    void markNotDialled();

    LegState state(int row) const { return m_legs.at(row).state; }
    QString detail(int row) const { return m_legs.at(row).detail; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString stateText(LegState state);

private:
    struct Leg
    {
        QString address;
        LegState state = LegState::Waiting;
        QString detail;
    };
    void set(int row, LegState state, const QString &detail);

    QList<Leg> m_legs;
};

} // namespace views
