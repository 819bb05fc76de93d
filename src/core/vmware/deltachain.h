#pragma once

#include "util/result.h"
#include "vmware/sparsedelta.h"
#include "vmware/vmdkdescriptor.h"

#include <QString>
#include <QVector>

#include <functional>
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

// One descriptor of a chain: its path (relative to the datastore, like the top one given) and
// what it says.
struct ChainLink
{
    QString path;
    VmdkDescriptor descriptor;
};

// Follows a disk's chain from its current descriptor (the one the VM's backing names, e.g.
// "web/web-000002.vmdk") down through parentFileNameHint to the base, reading each descriptor
// with `readDescriptor` (a small GET over the datastore). Returns the links base first: the base
// (a flat disk checkCopyable accepts) then each delta (one VMFSSPARSE or SESPARSE extent) in the
// order DeltaChain::build wants. Checked: every delta's parentCID is its parent's CID (else the
// parent was written after the snapshot, and the chain is inconsistent), no loops, at most 64
// links. A parent named by an absolute path (a linked clone's base in another directory) is
// Unsupported for now. A disk without snapshots gives one link.
Result<QVector<ChainLink>> resolveChain(const QString &topPath,
    const std::function<Result<QByteArray>(const QString &path)> &readDescriptor);

} // namespace ferry::vmware
