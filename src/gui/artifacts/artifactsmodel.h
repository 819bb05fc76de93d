#pragma once

#include "model/artifact.h"

#include <QAbstractTableModel>
#include <QVector>

namespace ferry::gui {

// The artifacts as the Artifacts page lists them (the columns of `ferryctl artifact list`).
class ArtifactsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArtifactsModel)

public:
    enum Column {
        TypeColumn,
        OsColumn,
        VersionsColumn,
        ArchitecturesColumn,
        SizeColumn,
        AddedColumn,
        DescriptionColumn,
        ColumnCount,
    };
    enum Role {
        IdRole = Qt::UserRole + 1,
        SortRole,
    };

    explicit ArtifactsModel(QObject *parent = nullptr);

    void setArtifacts(const QVector<Artifact> &artifacts);
    const Artifact *artifact(int row) const;
    int rowOfId(qint64 id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVector<Artifact> m_artifacts;
};

} // namespace ferry::gui
