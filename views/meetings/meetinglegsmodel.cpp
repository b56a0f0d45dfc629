#include "meetings/meetinglegsmodel.h"

#include "common/displayformat.h"

namespace views {

MeetingLegsModel::MeetingLegsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void MeetingLegsModel::setAddresses(const QStringList &addresses)
{
    beginResetModel();
    m_legs.clear();
    for (const QString &address : addresses)
        m_legs.append({address, LegState::Waiting, tr("Dialled once the meeting's call runs.")});
    endResetModel();
}

void MeetingLegsModel::set(int row, LegState state, const QString &detail)
{
    if (row < 0 || row >= m_legs.size())
        return;
    m_legs[row].state = state;
    m_legs[row].detail = detail;
    Q_EMIT dataChanged(index(row, StateColumn), index(row, DetailColumn));
}

void MeetingLegsModel::setDialling(int row)
{
    if (row >= 0 && row < m_legs.size())
        set(row, LegState::Dialling,
            tr("The call bridge is asked to dial %1.").arg(models::DisplayFormat::isolated(m_legs.at(row).address)));
}

void MeetingLegsModel::setProgress(int row, const QString &apiState, const QString &sentence)
{
    LegState state = LegState::Dialling;
    if (apiState == u"connected")
        state = LegState::Connected;
    else if (apiState == u"ringing")
        state = LegState::Ringing;
    else if (apiState == u"onHold")
        state = LegState::OnHold;
    set(row, state, sentence);
}

void MeetingLegsModel::setFailed(int row, const QString &why)
{
    set(row, LegState::Failed, why);
}

void MeetingLegsModel::setHungUp(int row)
{
    set(row, LegState::HungUp, tr("Hung up again: the run was undone."));
}

void MeetingLegsModel::markNotDialled()
{
    for (int row = 0; row < m_legs.size(); ++row) {
        if (m_legs.at(row).state == LegState::Waiting)
            set(row, LegState::NotDialled, tr("Not dialled: the run stopped before."));
    }
}

int MeetingLegsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_legs.size());
}

int MeetingLegsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString MeetingLegsModel::stateText(LegState state)
{
    switch (state) {
    case LegState::Waiting:
        return tr("Waiting");
    case LegState::Dialling:
        return tr("Dialling");
    case LegState::Ringing:
        return tr("Ringing");
    case LegState::Connected:
        return tr("Connected");
    case LegState::OnHold:
        return tr("On hold");
    case LegState::Failed:
        return tr("Failed");
    case LegState::NotDialled:
        return tr("Not dialled");
    case LegState::HungUp:
        return tr("Hung up");
    }
    return {};
}

QVariant MeetingLegsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Leg &leg = m_legs.at(index.row());
    if (role == LegStateRole)
        return int(leg.state);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != Qt::AccessibleTextRole)
        return {};
    switch (index.column()) {
    case AddressColumn:
        // "+33 1 23…" keeps its plus on the left in a right-to-left table.
        return role == Qt::DisplayRole ? models::DisplayFormat::isolated(leg.address) : leg.address;
    case StateColumn:
        // A screen reader, reading the cell alone, hears the sentence with the state.
        return role == Qt::DisplayRole ? stateText(leg.state) : tr("%1: %2").arg(stateText(leg.state), leg.detail);
    case DetailColumn:
        return leg.detail;
    default:
        return {};
    }
}

QVariant MeetingLegsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case AddressColumn:
        return tr("Address");
    case StateColumn:
        return tr("State");
    case DetailColumn:
        return tr("Progress");
    default:
        return {};
    }
}

} // namespace views
