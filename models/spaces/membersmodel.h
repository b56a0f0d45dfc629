#pragma once

#include "spaces/spaceobjectlistmodel.h"

#include <QString>
#include <QStringList>

namespace models {

// The members of one space (coSpaces/<id>/coSpaceUsers, read and kept up to date by
// SpaceObjectListModel, each member read in full for the permissions the list leaves out): this class
// says what the columns show.
class MembersModel : public SpaceObjectListModel
{
    Q_OBJECT
public:
    enum class Column {
        User, // the user's JID
        Permissions, // "3 of 9 permissions"; the tooltip names them
        CallLegProfile, // by name (its id when the name is unknown); empty when inherited
        Count
    };
    Q_ENUM(Column)

    // RawValueRole: QString (int for Permissions). IdRole: the member's id (not the user's).

    explicit MembersModel(QObject *parent = nullptr);
    ~MembersModel() override;

    // The permission fields (booleans) of a member on this server, in schema order.
    QStringList permissionFields() const;

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
};

} // namespace models
