#include "artifacts/artifactsmodel.h"

#include "util/units.h"

#include <QLocale>

namespace ferry::gui {

ArtifactsModel::ArtifactsModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void ArtifactsModel::setArtifacts(const QVector<Artifact> &artifacts)
{
    beginResetModel();
    m_artifacts = artifacts;
    endResetModel();
}

const Artifact *ArtifactsModel::artifact(int row) const
{
    return row >= 0 && row < m_artifacts.size() ? &m_artifacts.at(row) : nullptr;
}

int ArtifactsModel::rowOfId(qint64 id) const
{
    for (int i = 0; i < m_artifacts.size(); ++i)
        if (m_artifacts.at(i).id == id)
            return i;
    return -1;
}

int ArtifactsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_artifacts.size());
}

int ArtifactsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ArtifactsModel::data(const QModelIndex &index, int role) const
{
    const Artifact *a = artifact(index.row());
    if (!a || !index.isValid() || index.column() >= ColumnCount)
        return {};
    if (role == IdRole)
        return a->id;
    if (role == SortRole) {
        switch (index.column()) {
        case SizeColumn:
            return a->sizeBytes;
        case AddedColumn:
            return a->addedAt;
        default:
            break;
        }
        return data(index, Qt::DisplayRole);
    }
    if (role == Qt::ToolTipRole) {
        if (index.column() == DescriptionColumn || index.column() == TypeColumn)
            return tr("Drivers: %1\nFile: %2\nSHA-256: %3")
                .arg(a->drivers.join(QStringLiteral(", ")), a->path, a->sha256);
        return data(index, Qt::DisplayRole);
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case TypeColumn:
        return a->type == QLatin1String("driver") ? tr("Drivers") : a->type;
    case OsColumn:
        return a->os == QLatin1String("windows") ? tr("Windows") : a->os;
    case VersionsColumn:
        return a->versions.join(QStringLiteral(", "));
    case ArchitecturesColumn:
        return a->architectures.join(QStringLiteral(", "));
    case SizeColumn:
        return units::formatBytes(a->sizeBytes);
    case AddedColumn:
        return QLocale().toString(a->addedAt.toLocalTime(), QLocale::ShortFormat);
    case DescriptionColumn:
        return a->description;
    default:
        return {};
    }
}

QVariant ArtifactsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TypeColumn:
        return tr("Type");
    case OsColumn:
        return tr("OS");
    case VersionsColumn:
        return tr("Versions");
    case ArchitecturesColumn:
        return tr("Architectures");
    case SizeColumn:
        return tr("Size");
    case AddedColumn:
        return tr("Added");
    case DescriptionColumn:
        return tr("Description");
    default:
        return {};
    }
}

} // namespace ferry::gui
