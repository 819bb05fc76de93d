#include "transfer/zeroscan.h"

#include "transfer/extentreader.h"
#include "transfer/sha256.h"

namespace ferry::transfer {

Result<double> sampleZeroShare(
    const DiskSource &source, const StreamOptions &options, qint64 *bytesRead)
{
    const qint64 block = options.zeroBlockBytes;
    const qint64 blocks = source.sizeBytes / block;
    QVector<Piece> samples;
    for (int i = 0; i < 16; ++i)
        samples.push_back({(blocks - 1) * i / 15 * block, block});
    int zero = 0;
    ExtentReader reader(source, samples, options.readsInFlight, options.cancel);
    reader.setConsumer(
        [&](const Piece &, QByteArray &&data) { zero += allZero(data.constData(), data.size()); });
    if (Status st = runReader(reader, options.cancel); !st)
        return st.error();
    *bytesRead += reader.bytesRead();
    return double(zero) / double(samples.size());
}

Result<Scan> scanExtent(const DiskSource &source, const StreamOptions &options, qint64 *bytesRead)
{
    Scan scan;
    Sha256 all;
    Sha256 data;
    qint64 settled = 0;
    const qint64 block = options.zeroBlockBytes;
    ExtentReader reader(source, piecesOf({{0, source.sizeBytes}}, options.chunkBytes),
        options.readsInFlight, options.cancel);
    reader.setRateLimit(options.readLimitBytesPerSecond);
    reader.setConsumer([&](const Piece &piece, QByteArray &&bytes) {
        all.add(bytes);
        for (qint64 at = 0; at < bytes.size(); at += block) {
            const qint64 n = qMin<qint64>(block, bytes.size() - at);
            if (allZero(bytes.constData() + at, n)) {
                settled += n;
                continue;
            }
            data.add(bytes.constData() + at, n);
            scan.dataBytes += n;
            const qint64 offset = piece.offset + at;
            if (!scan.dataRuns.isEmpty()
                && scan.dataRuns.last().offset + scan.dataRuns.last().length == offset)
                scan.dataRuns.last().length += n;
            else
                scan.dataRuns.push_back({offset, n});
        }
        if (options.progress)
            options.progress(settled, source.sizeBytes);
    });
    if (Status st = runReader(reader, options.cancel); !st)
        return st.error();
    *bytesRead += reader.bytesRead();
    scan.sha256 = all.result();
    scan.dataSha256 = data.result();
    return scan;
}

Result<QByteArray> readSourceRange(
    const DiskSource &source, qint64 offset, qint64 length, const std::atomic_bool *cancel)
{
    length = qMin(length, source.sizeBytes - offset);
    if (offset < 0 || length <= 0)
        return QByteArray();
    QByteArray out;
    ExtentReader reader(source, {{offset, length}}, 1, cancel);
    reader.setConsumer([&](const Piece &, QByteArray &&data) { out = std::move(data); });
    if (Status st = runReader(reader, cancel); !st)
        return st.error();
    return out;
}

} // namespace ferry::transfer
