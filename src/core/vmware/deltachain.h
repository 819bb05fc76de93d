#pragma once

#include "util/result.h"
#include "vmware/sparsedelta.h"

#include <QVector>

#include <map>

namespace ferry::vmware {

// One piece of the merged current state of a snapshot chain: where `length` bytes of the virtual
// disk at `offset` come from.
struct ChainPiece
{
    enum class Source {
        Base, // the base's flat extent, at fileOffset (== offset)
        Delta, // delta number `delta` (0: the oldest), at fileOffset in its file
        Zero, // zeros: a zero or unmapped grain of a delta, or past the base's end
    };
    qint64 offset = 0;
    qint64 length = 0;
    Source source = Source::Zero;
    int delta = -1;
    qint64 fileOffset = -1;

    bool operator==(const ChainPiece &o) const
    {
        return offset == o.offset && length == o.length && source == o.source && delta == o.delta
            && fileOffset == o.fileOffset;
    }
};

// The merged grain maps of a chain: the base flat extent and its deltas, oldest first (the order
// of parentFileNameHint from the base up). A delta's grain hides its parents' bytes there; the
// newest delta wins. Pure logic: reading the bytes is the caller's (over HTTP Range requests).
class DeltaChain
{
public:
    // `baseSize`: the flat extent's size in bytes. The chain's size is the newest delta's
    // capacity (the base's size without deltas); the base reads as zeros past its end, and runs
    // past the chain's size are cut. Errors on runs that are unsorted, overlapping or negative.
    static Result<DeltaChain> build(qint64 baseSize, const QVector<DeltaMap> &deltas);

    qint64 size() const { return m_size; }
    // The pieces covering [offset, offset + length) cut at size(), in order, neighbours from the
    // same source and contiguous in their file merged.
    QVector<ChainPiece> pieces(qint64 offset, qint64 length) const;

private:
    void overlay(const ChainPiece &piece);

    qint64 m_size = 0;
    qint64 m_baseSize = 0;
    // The ranges where a delta decides, by offset, not overlapping; the gaps read the base.
    std::map<qint64, ChainPiece> m_overrides;
};

} // namespace ferry::vmware
