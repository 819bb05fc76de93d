// libFuzzer target for snapshot delta files (src/core/vmware/sparsedelta.cpp): any bytes are read
// as a COWD (vmfsSparse) or SEsparse delta a datastore served; what parses is checked for the
// promises of readDeltaMap (runs sorted, inside the capacity and the file) and merged into a chain
// (src/core/vmware/deltachain.cpp). No crash, no sanitizer report (overflow included), no hang.
// Seeds: two small deltas written by tests/fixtures/vmdk-chain/make_chain.py --fuzz-seeds (a 64 KiB
// disk; qemu-img reads both). Run: tests/fuzz/run [SECONDS] vmdkdelta
#include "vmware/deltachain.h"
#include "vmware/sparsedelta.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

using namespace ferry;
using namespace ferry::vmware;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray file
        = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const RangeReader read = [&file](qint64 offset, qint64 length) -> Result<QByteArray> {
        if (offset < 0 || length < 0 || offset > file.size() - length)
            return Error(Error::Code::Io, QStringLiteral("outside the file"));
        return QByteArray(file.constData() + offset, qsizetype(length));
    };
    Result<DeltaMap> map = readDeltaMap(read, file.size());
    if (!map)
        return 0;
    qint64 end = 0;
    for (const DeltaRun &run : map->runs) {
        const bool inside = run.offset >= end && run.length > 0
            && run.offset + run.length <= map->capacity
            && (run.isZero() || run.fileOffset + run.length <= file.size());
        if (!inside)
            std::abort();
        end = run.offset + run.length;
    }
    // The delta over itself on a base half the size: every piece inside the chain.
    Result<DeltaChain> chain = DeltaChain::build(map->capacity / 2, {*map, *map});
    if (!chain)
        std::abort();
    qint64 at = 0;
    for (const ChainPiece &piece : chain->pieces(0, chain->size())) {
        if (piece.offset != at || piece.length <= 0)
            std::abort();
        at += piece.length;
    }
    if (at != chain->size())
        std::abort();
    return 0;
}
