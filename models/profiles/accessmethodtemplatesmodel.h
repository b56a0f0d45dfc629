#pragma once

#include "common/wholeobjectsmodel.h"

#include <QString>

namespace cms {
class ClusterSession;
struct ObjectType;
} // namespace cms

namespace models {

// The access method templates of one space template (CMS 2.9+,
// GET coSpaceTemplates/<id>/accessMethodTemplates), each read whole for its editor. A row shows the
// template's name, its URI pattern (uriGenerator) and its id. Rows are inserted, changed and removed
// as objects are read again or deleted; a reset only when another space template is shown.
class AccessMethodTemplatesModel : public WholeObjectsModel
{
    Q_OBJECT
public:
    enum class Column { Name, UriGenerator, Id, Count };

    explicit AccessMethodTemplatesModel(QObject *parent = nullptr);
    ~AccessMethodTemplatesModel() override;

    // An empty templateId shows nothing.
    void show(cms::ClusterSession *session, const QString &templateId);
    QString templateId() const { return m_templateId; }
    // collectionPath() is "coSpaceTemplates/<id>/accessMethodTemplates": where they are created.
    static const cms::ObjectType &objectType();

    QString displayName(int row) const;   // the name, else the URI pattern, else the id

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString m_templateId;
};

} // namespace models
