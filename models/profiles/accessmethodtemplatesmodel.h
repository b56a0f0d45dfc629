#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QPointer>
#include <QString>

namespace cms {
class ClusterSession;
struct CmsNode;
struct ObjectType;
} // namespace cms

namespace models {

// The access method templates of one space template (CMS 2.9+,
// GET coSpaceTemplates/<id>/accessMethodTemplates), each read whole for its editor. A row shows the
// template's name, its URI pattern (uriGenerator) and its id. Rows are inserted, changed and removed
// as objects are read again or deleted; a reset only when another space template is shown.
class AccessMethodTemplatesModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Column { Name, UriGenerator, Id, Count };
    using Values = QHash<QString, QString>;

    explicit AccessMethodTemplatesModel(QObject *parent = nullptr);
    ~AccessMethodTemplatesModel() override;

    // An empty templateId shows nothing.
    void show(cms::ClusterSession *session, const QString &templateId);
    void reload();
    QString templateId() const { return m_templateId; }
    // "coSpaceTemplates/<id>/accessMethodTemplates": where they are created.
    QString collectionPath() const;
    static const cms::ObjectType &objectType();
    bool isLoading() const { return m_loading; }

    QString idAt(int row) const;
    int rowOf(const QString &id) const;   // -1 when absent
    Values values(int row) const;
    QString displayName(int row) const;   // the name, else the URI pattern, else the id
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

    QPointer<cms::ClusterSession> m_session;
    QString m_templateId;
    QList<Row> m_rows;
    bool m_loading = false;
    int m_pendingReads = 0;
    quint64 m_generation = 0;   // a read from an earlier show() or reload() is dropped
};

} // namespace models
