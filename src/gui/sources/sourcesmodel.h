#pragma once

#include "common/recordtablemodel.h"
#include "model/source.h"

namespace ferry::gui {

// The registered sources, one row each, with the columns of `ferryctl source list` plus the
// server type and the last sync. A source that is being worked on shows what is happening in
// its status column.
namespace sourcesmodel {
inline constexpr int kStatusColumn = 0;
}

class SourcesModel final : public RecordTableModel<Source, sourcesmodel::kStatusColumn>
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
    void setSources(const QVector<Source> &sources) { setRecords(sources); }
    // Replaces one source (found by id) or appends it.
    void updateSource(const Source &source) { updateRecord(source); }
    const Source *source(int row) const { return record(row); }
    // setBusy(id, "Syncing… 120 VMs read"), isBusy(id), rowOfId(id): RecordTableModel.

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
};

} // namespace ferry::gui
