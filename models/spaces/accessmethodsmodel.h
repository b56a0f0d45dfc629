#pragma once

#include "spaces/spaceobjectlistmodel.h"

#include <QString>

namespace models {

// The access methods of one space (coSpaces/<id>/accessMethods, read and kept up to date by
// SpaceObjectListModel): this class says what the columns show.
class AccessMethodsModel : public SpaceObjectListModel
{
    Q_OBJECT
public:
    enum class Column {
        Name,
        Uri,
        CallId,
        Passcode, // "Set" or empty: the passcode itself is never shown
        CallLegProfile, // by name (its id when the name is unknown); empty when inherited
        Scope, // translated
        Count
    };
    Q_ENUM(Column)

    // RawValueRole: QString (bool for Passcode). IdRole: the access method's id.

    explicit AccessMethodsModel(QObject *parent = nullptr);
    ~AccessMethodsModel() override;

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
};

} // namespace models
