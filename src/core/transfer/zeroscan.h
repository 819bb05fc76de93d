#pragma once

// Internal to transfer/: not part of its interface (transfer/vmimport.h is).

#include "transfer/transferinternal.h"
#include "transfer/vmimport.h"

#include <QByteArray>

namespace ferry::transfer {

struct Scan
{
    QVector<Piece> dataRuns; // regions with data, in order, adjacent blocks merged
    qint64 dataBytes = 0;
    QByteArray sha256; // of the whole disk
    QByteArray dataSha256; // of the data regions, to check that the second read is the same
};

// The share of all-zero blocks in 16 samples of one block spread over the disk.
Result<double> sampleZeroShare(
    const DiskSource &source, const StreamOptions &options, qint64 *bytesRead);

// Reads the whole extent once: its SHA-256 and where its data is, in zeroBlockBytes blocks.
Result<Scan> scanExtent(const DiskSource &source, const StreamOptions &options, qint64 *bytesRead);

} // namespace ferry::transfer
