#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QPointer>
#include <QString>

#include <functional>

namespace cms {
class ClusterSession;
struct CmsNode;
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
class ProfilesModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Column { Name, Id, Count };
    enum Role { IdRole = Qt::UserRole + 1 };
    using Values = QHash<QString, QString>;   // field name → value as the server reported it
    using LabelOf = std::function<QString(const QString &id)>;

    explicit ProfilesModel(QObject *parent = nullptr);
    ~ProfilesModel() override;

    void show(cms::ClusterSession *session, ProfileKind kind);
    void reload();
    ProfileKind kind() const { return m_kind; }
    const cms::ObjectType &objectType() const;
    bool isLoading() const { return m_loading; }

    // The names call profiles are given in the console (they have none in the API).
    void setLabelOf(LabelOf labelOf);
    void labelsChanged();

    QString idAt(int row) const;
    int rowOf(const QString &id) const;   // -1 when absent
    Values values(int row) const;
    QString displayName(int row) const;   // name, label, or the id when there is neither
    void refreshObject(const QString &id);   // read again; inserted when new
    void removeObject(const QString &id);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void loadingChanged(bool loading);
    void loadFailed(const QString &message);   // translated

private:
    struct Row
    {
        QString id;
        Values values;
    };
    void setLoading(bool loading);
    void readObject(const QString &id, quint64 generation);
    void storeObject(const QString &id, const cms::CmsNode &object);
    QString nameOf(const Row &row) const;

    QPointer<cms::ClusterSession> m_session;
    ProfileKind m_kind = ProfileKind::CallLegProfiles;
    QList<Row> m_rows;
    LabelOf m_labelOf;
    bool m_loading = false;
    int m_pendingReads = 0;
    quint64 m_generation = 0;   // a read from an earlier show() or reload() is dropped
};

} // namespace models
