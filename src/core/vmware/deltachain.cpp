#include "vmware/deltachain.h"

#include <QCoreApplication>

#include <QSet>

#include <algorithm>
#include <limits>

namespace ferry::vmware {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(vmdk)
};

// ESXi allows 32 snapshots in a chain; twice that is surely a loop or a damaged chain.
constexpr int kMaxChainLinks = 64;

Error inconsistent(const QString &details)
{
    return Error(Error::Code::InvalidInput,
        Text::tr(
            "The disk's snapshot chain is inconsistent; consolidate its snapshots in vSphere."),
        details);
}

// The part of `piece` from `at` on (at inside the piece).
ChainPiece tail(const ChainPiece &piece, qint64 at)
{
    ChainPiece t = piece;
    const qint64 skip = at - piece.offset;
    t.offset = at;
    t.length -= skip;
    if (t.source != ChainPiece::Source::Zero)
        t.fileOffset += skip;
    return t;
}

void append(QVector<ChainPiece> &out, const ChainPiece &piece)
{
    if (piece.length <= 0)
        return;
    if (!out.isEmpty()) {
        ChainPiece &last = out.last();
        const bool sameSource = last.source == piece.source && last.delta == piece.delta;
        const bool contiguous = last.offset + last.length == piece.offset
            && (piece.source == ChainPiece::Source::Zero
                || last.fileOffset + last.length == piece.fileOffset);
        if (sameSource && contiguous) {
            last.length += piece.length;
            return;
        }
    }
    out.append(piece);
}
} // namespace

Result<DeltaChain> DeltaChain::build(qint64 baseSize, const QVector<DeltaMap> &deltas)
{
    DeltaChain chain;
    if (baseSize < 0)
        return Error(Error::Code::InvalidInput,
            Text::tr("The snapshot chain's grain maps do not fit together."),
            QStringLiteral("base size %1").arg(baseSize));
    chain.m_baseSize = baseSize;
    chain.m_size = deltas.isEmpty() ? baseSize : deltas.last().capacity;
    for (int d = 0; d < deltas.size(); ++d) {
        qint64 end = 0;
        for (const DeltaRun &run : deltas[d].runs) {
            const bool broken = run.length <= 0 || run.offset < end
                || run.offset > std::numeric_limits<qint64>::max() - run.length
                || (!run.isZero() && run.fileOffset < 0);
            if (broken)
                return Error(Error::Code::InvalidInput,
                    Text::tr("The snapshot chain's grain maps do not fit together."),
                    QStringLiteral("delta %1: run at %2 of %3 bytes (file offset %4) after %5")
                        .arg(d)
                        .arg(run.offset)
                        .arg(run.length)
                        .arg(run.fileOffset)
                        .arg(end));
            end = run.offset + run.length;
            if (run.offset >= chain.m_size)
                continue;
            ChainPiece piece;
            piece.offset = run.offset;
            piece.length = std::min(run.length, chain.m_size - run.offset);
            piece.source = run.isZero() ? ChainPiece::Source::Zero : ChainPiece::Source::Delta;
            piece.delta = run.isZero() ? -1 : d;
            piece.fileOffset = run.fileOffset;
            chain.overlay(piece);
        }
    }
    return chain;
}

void DeltaChain::overlay(const ChainPiece &piece)
{
    const qint64 start = piece.offset;
    const qint64 end = piece.offset + piece.length;
    // Cut the override reaching into [start, end) from the left, and the one reaching out of it
    // to the right.
    auto it = m_overrides.lower_bound(start);
    if (it != m_overrides.begin()) {
        auto before = std::prev(it);
        const qint64 beforeEnd = before->second.offset + before->second.length;
        if (beforeEnd > start) {
            if (beforeEnd > end)
                m_overrides.emplace(end, tail(before->second, end));
            before->second.length = start - before->second.offset;
        }
    }
    it = m_overrides.lower_bound(start);
    while (it != m_overrides.end() && it->first < end) {
        const qint64 itEnd = it->second.offset + it->second.length;
        if (itEnd > end)
            m_overrides.emplace(end, tail(it->second, end));
        it = m_overrides.erase(it);
    }
    m_overrides.emplace(start, piece);
}

QVector<ChainPiece> DeltaChain::pieces(qint64 offset, qint64 length) const
{
    QVector<ChainPiece> out;
    if (offset < 0 || length <= 0 || offset >= m_size)
        return out;
    const qint64 end = offset + std::min(length, m_size - offset);
    // The base (or zeros past its end) over [from, to).
    auto base = [&](qint64 from, qint64 to) {
        if (from >= to)
            return;
        const qint64 split = std::clamp(m_baseSize, from, to);
        append(out, ChainPiece {from, split - from, ChainPiece::Source::Base, -1, from});
        append(out, ChainPiece {split, to - split, ChainPiece::Source::Zero, -1, -1});
    };
    qint64 at = offset;
    auto it = m_overrides.upper_bound(offset);
    if (it != m_overrides.begin())
        --it;
    for (; it != m_overrides.end() && at < end; ++it) {
        const ChainPiece &p = it->second;
        const qint64 pEnd = p.offset + p.length;
        if (pEnd <= at)
            continue;
        if (p.offset >= end)
            break;
        base(at, p.offset);
        ChainPiece cut = p.offset < at ? tail(p, at) : p;
        cut.length = std::min(pEnd, end) - cut.offset;
        append(out, cut);
        at = cut.offset + cut.length;
    }
    base(at, end);
    return out;
}

Result<QVector<ChainLink>> resolveChain(const QString &topPath,
    const std::function<Result<QByteArray>(const QString &path)> &readDescriptor)
{
    QVector<ChainLink> topFirst;
    QSet<QString> seen;
    QString path = topPath;
    while (true) {
        if (topFirst.size() >= kMaxChainLinks || seen.contains(path))
            return inconsistent(topFirst.size() >= kMaxChainLinks
                    ? QStringLiteral("more than %1 links below %2").arg(kMaxChainLinks).arg(topPath)
                    : QStringLiteral("%1 is its own ancestor").arg(path));
        seen.insert(path);
        Result<QByteArray> text = readDescriptor(path);
        if (!text)
            return text.error();
        Result<VmdkDescriptor> d = parseVmdkDescriptor(*text);
        if (!d)
            return d.error();
        if (!topFirst.isEmpty() && topFirst.last().descriptor.parentCid != d->cid)
            return inconsistent(
                QStringLiteral("%1 has parentCID %2, its parent %3 has CID %4")
                    .arg(topFirst.last().path, topFirst.last().descriptor.parentCid, path, d->cid));
        const bool delta = d->isDelta();
        topFirst.append(ChainLink {path, *d});
        if (!delta) {
            if (Status s = checkCopyable(*d); !s)
                return s.error();
            break;
        }
        const VmdkDescriptor &desc = topFirst.last().descriptor;
        const QString type = desc.extents.size() == 1 ? desc.extents.first().type : QString();
        if ((type != QLatin1String("VMFSSPARSE") && type != QLatin1String("SESPARSE"))
            || desc.extents.first().file.isEmpty())
            return Error(Error::Code::Unsupported,
                Text::tr("Disks of type \"%1\" cannot be copied yet; Ferry copies flat disks.")
                    .arg(desc.createType),
                QStringLiteral("%1: %2 extents, the first of type %3")
                    .arg(path)
                    .arg(desc.extents.size())
                    .arg(type));
        if (desc.parentFileNameHint.isEmpty())
            return inconsistent(QStringLiteral("%1 is a delta and names no parent").arg(path));
        Result<QString> parent = resolveParentPath(path, desc.parentFileNameHint);
        if (!parent)
            return parent.error();
        path = *parent;
    }
    std::reverse(topFirst.begin(), topFirst.end());
    return topFirst;
}

} // namespace ferry::vmware
