#pragma once

#include "common/wholeobjectsmodel.h"

#include <QString>

#include <functional>

namespace cms {
class ClusterSession;
struct ObjectType;
} // namespace cms

namespace models {

// What the Profiles section lists: the three kinds of profiles and the space templates.
enum class ProfileKind { CallLegProfiles, CallProfiles, DialInSecurityProfiles, SpaceTemplates };

// The API collection of a kind ("callLegProfiles"), which is also its cms::Schema type, and the
// server version that brought it (0: always there).
QString collectionOf(ProfileKind kind);
int sinceVersion(ProfileKind kind);

// Every object of one kind on the cluster, each read whole (GET <collection>/<id>: the list leaves
// fields out, and the editor and the comparison need them all; there are tens, not thousands). A row
// shows the object's name and id; a call profile, which the API does not name, shows the label the
// console keeps for it (setLabelOf()), else nothing. Rows are inserted, changed and removed as
// objects are read again or deleted; a reset only when another kind or session is shown.
class ProfilesModel : public WholeObjectsModel
{
    Q_OBJECT
public:
    enum class Column { Name, Id, Count };
    enum Role { IdRole = Qt::UserRole + 1 };
    using LabelOf = std::function<QString(const QString &id)>;

    explicit ProfilesModel(QObject *parent = nullptr);
    ~ProfilesModel() override;

    void show(cms::ClusterSession *session, ProfileKind kind);
    ProfileKind kind() const { return m_kind; }
    const cms::ObjectType &objectType() const;

    // The names call profiles are given in the console (they have none in the API).
    void setLabelOf(LabelOf labelOf);
    void labelsChanged();

    QString displayName(int row) const;   // name, label, or the id when there is neither

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString nameOf(const Row &row) const;

    ProfileKind m_kind = ProfileKind::CallLegProfiles;
    LabelOf m_labelOf;
};

} // namespace models
