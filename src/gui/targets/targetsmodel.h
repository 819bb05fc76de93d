#pragma once

#include "common/recordtablemodel.h"
#include "model/target.h"

namespace ferry::gui {

// The registered Incus and LXD targets, one row each, with the columns of `ferryctl target
// list` plus the server version. A target that is being worked on shows what is happening in
// its status column.
namespace targetsmodel {
inline constexpr int kStatusColumn = 0;
}

class TargetsModel final : public RecordTableModel<Target, targetsmodel::kStatusColumn>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TargetsModel)

public:
    enum Column {
        StatusColumn,
        NameColumn,
        TypeColumn,
        VersionColumn,
        EndpointColumn,
        AuthColumn,
        FingerprintColumn,
        ColumnCount,
    };
    enum Role {
        SortRole = Qt::UserRole + 1, // raw values for sorting
        TargetIdRole,
        TargetNameRole,
        StatusRole, // the connectivity status as stored
    };

    explicit TargetsModel(QObject *parent = nullptr);
    ~TargetsModel() override;

    // Replaces the rows; a target that is still there keeps its busy text.
    void setTargets(const QVector<Target> &targets) { setRecords(targets); }
    // Replaces one target (found by id) or appends it.
    void updateTarget(const Target &target) { updateRecord(target); }
    void removeTarget(qint64 id) { removeRecord(id); }
    const Target *target(int row) const { return record(row); }
    // setBusy(id, "Checking…"), isBusy(id), rowOfId(id), rowOfName(name): RecordTableModel.

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
};

} // namespace ferry::gui
