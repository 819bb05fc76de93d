#pragma once

#include "model/source.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QVector>

namespace ferry::gui {

// The registered sources, one row each, with the columns of `ferryctl source list` plus the
// server type and the last sync. A source that is being worked on shows what is happening in
// its status column.
class SourcesModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SourcesModel)

public:
    enum Column {
        StatusColumn,
        NameColumn,
        ServerTypeColumn,
        EndpointColumn,
        UsernameColumn,
        FingerprintColumn,
        LastSyncColumn,
        ColumnCount,
    };
    enum Role {
        SortRole = Qt::UserRole + 1, // raw values for sorting
        SourceIdRole,
        SourceNameRole,
    };

    explicit SourcesModel(QObject *parent = nullptr);
    ~SourcesModel() override;

    // Replaces the rows; a source that is still there keeps its busy text.
    void setSources(const QVector<Source> &sources);
    // Replaces one source (found by id) or appends it.
    void updateSource(const Source &source);
    const Source *source(int row) const;
    int rowOfId(qint64 id) const;

    // "Syncing… 120 VMs read"; an empty text clears it.
    void setBusy(qint64 id, const QString &text);
    bool isBusy(qint64 id) const { return m_busy.contains(id); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVector<Source> m_sources;
    QHash<qint64, QString> m_busy;
};

} // namespace ferry::gui
