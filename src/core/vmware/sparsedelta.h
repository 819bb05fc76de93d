#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QVector>

#include <functional>

namespace ferry::vmware {

// Reads `length` bytes at `offset` of one file: an HTTP Range request to the datastore in the
// product, a local file in tests. Returns exactly `length` bytes or an error (a short read is an
// error of the reader, not a shorter answer).
using RangeReader = std::function<Result<QByteArray>(qint64 offset, qint64 length)>;

// The two delta ("redo log") formats ESXi writes for a snapshot:
//   VmfsSparse: the COWD format, "<disk>-000001-delta.vmdk", extent type VMFSSPARSE; grains of
//               (usually) 512 bytes, 32-bit sector pointers; disks up to 2 TiB.
//   SeSparse:   space-efficient sparse, "<disk>-000001-sesparse.vmdk", extent type SESPARSE; 4 KiB
//               grains, 64-bit entries that can also mark a grain zero or unmapped; the default
//               on VMFS 6 and for disks over 2 TiB.
enum class DeltaFormat { VmfsSparse, SeSparse };

// A run of grains of one delta, neighbours in the virtual disk merged when they are neighbours
// in the file too (or are both zero).
struct DeltaRun
{
    qint64 offset = 0; // in the virtual disk, bytes
    qint64 length = 0; // bytes, a multiple of the grain size (the last grain cut at the capacity)
    qint64 fileOffset = -1; // in the delta file, bytes; -1: the grains read as zeros (SEsparse
                            // zero or unmapped grains), hiding whatever the parent has there

    bool isZero() const { return fileOffset < 0; }
    bool operator==(const DeltaRun &o) const
    {
        return offset == o.offset && length == o.length && fileOffset == o.fileOffset;
    }
};

// What one delta holds: every range it does not list reads through to its parent.
struct DeltaMap
{
    DeltaFormat format = DeltaFormat::VmfsSparse;
    qint64 capacity = 0; // the virtual disk's size, bytes
    qint64 grainSize = 0; // bytes
    QVector<DeltaRun> runs; // sorted by offset, not overlapping

    qint64 dataBytes() const; // the bytes the runs with data cover (what a copy reads)
};

// Parses a delta file's header, grain directory and grain tables through `read` and returns its
// grains ("the grains of this delta": the building block of the full copy of a chain and of warm
// migration's incremental rounds). `fileSize` is the delta file's size in bytes (Content-Length);
// every table and grain must lie inside it. Damaged files are errors (Code::InvalidInput), variants
// Ferry does not read (a dirty SEsparse journal, unknown versions or flags) Code::Unsupported; the
// technical reason is in the error's details. The format is taken from the file's magic; the
// descriptor's extent type (VMFSSPARSE, SESPARSE) must agree (checkDeltaFormat).
Result<DeltaMap> readDeltaMap(const RangeReader &read, qint64 fileSize);

// An error unless a descriptor's extent type names `format`.
Status checkDeltaFormat(const QString &extentType, DeltaFormat format);

} // namespace ferry::vmware
