#pragma once

#include "cluster/clusterprofile.h"

#include <QAbstractListModel>
#include <QHash>

namespace models {

// The ordered endpoint list of the failover settings: the first row is the primary, the others are
// alternates in the order they are tried. Rows are reordered by drag and drop (our own MIME type
// carrying the row) or moveEndpoint(); removing the primary is refused (the first alternate would
// become primary only by an explicit move). Passwords typed for endpoints with their own
// credentials are held here in memory until the dialog is accepted.
class EndpointListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    static constexpr const char *MimeType = "application/x-cmsconsole-endpoint-row";

    enum Role {
        AddressRole = Qt::UserRole + 1,   // QUrl
        NameRole,                          // QString
        CredentialModeRole,                // int(cms::CredentialMode)
        UserRole,                          // QString
        PinnedRole,                        // QByteArray
        IsPrimaryRole,                     // bool
        HasNewPasswordRole,                // bool
    };

    explicit EndpointListModel(QObject *parent = nullptr);

    void setEndpoints(const QList<cms::EndpointProfile> &endpoints);
    QList<cms::EndpointProfile> endpoints() const { return m_endpoints; }
    const cms::EndpointProfile &endpoint(int row) const { return m_endpoints.at(row); }

    // Returns the new row, or -1 when the address is already in the list (addressKey rule).
    int addEndpoint(const cms::EndpointProfile &endpoint);
    bool removeEndpoint(int row);            // false for row 0 (the primary)
    bool moveEndpoint(int from, int to);     // to: the row it ends up on
    void setEndpoint(int row, const cms::EndpointProfile &endpoint);
    int indexOfAddress(const QUrl &address) const;

    // New passwords by current row (they follow their rows when rows move).
    void setPassword(int row, const QString &password);
    QHash<int, QString> passwords() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    Qt::DropActions supportedDropActions() const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;
    // One row at a time (QListView's internal move); same rule as moveEndpoint.
    bool moveRows(const QModelIndex &sourceParent, int sourceRow, int count,
                  const QModelIndex &destinationParent, int destinationChild) override;

private:
    QList<cms::EndpointProfile> m_endpoints;
    QList<QString> m_passwords;   // parallel to m_endpoints; empty: unchanged
};

} // namespace models
