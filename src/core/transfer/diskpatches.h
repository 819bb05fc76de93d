#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QString>
#include <QVector>

class QFile;

namespace ferry::transfer {

// Bytes of a disk that replace the source's while it streams: what the guest conversion
// changed, kept in a local file (the overlay), or zeros. The rest of the disk still comes from
// the source, so a conversion adds only these bytes to the copy.
struct PatchRegion
{
    qint64 offset = 0; // in the disk
    qint64 length = 0;
    qint64 fileOffset = -1; // where the bytes are in DiskPatches::file; -1: zeros
};

struct DiskPatches
{
    QString file; // the overlay holding the bytes (read, never written)
    QVector<PatchRegion> regions; // sorted by offset, not overlapping

    bool isEmpty() const { return regions.isEmpty(); }
    qint64 bytes() const;
    // Sorted, not overlapping, inside a disk of sizeBytes, and file set when a region needs it.
    Status validate(qint64 sizeBytes) const;
};

// Replaces the bytes of [offset, offset + data.size()) that the patches cover. `file` is
// DiskPatches::file, opened for reading (unused when only zero regions touch the range).
Status applyPatches(const DiskPatches &patches, qint64 offset, QByteArray &data, QFile &file);

} // namespace ferry::transfer
