// The snapshot delta reader (vmware/sparsedelta) and the chain merge (vmware/deltachain): hand-made
// grain maps, and a real chain (flat base, COWD delta, SEsparse delta) written by
// tests/fixtures/vmdk-chain/make_chain.py, read by Ferry and compared byte for byte with what
// qemu-img (the reference decoder, only in tests) makes of the same chain.
#include "vmware/deltachain.h"
#include "vmware/sparsedelta.h"
#include "vmware/vmdkdescriptor.h"

#include <QFile>
#include <QHash>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

#include <memory>

using namespace ferry;
using namespace ferry::vmware;

namespace {

using Source = ChainPiece::Source;

RangeReader bytesReader(const QByteArray &bytes)
{
    return [bytes](qint64 offset, qint64 length) -> Result<QByteArray> {
        if (offset < 0 || length < 0 || offset + length > bytes.size())
            return Error(Error::Code::Io, QStringLiteral("read past the end"));
        return bytes.mid(offset, length);
    };
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

Result<DeltaMap> mapOf(const QByteArray &bytes)
{
    return readDeltaMap(bytesReader(bytes), bytes.size());
}

void putU32(QByteArray &bytes, qint64 at, quint32 value)
{
    qToLittleEndian<quint32>(value, bytes.data() + at);
}

void putU64(QByteArray &bytes, qint64 at, quint64 value)
{
    qToLittleEndian<quint64>(value, bytes.data() + at);
}

quint64 u64(const QByteArray &bytes, qint64 at)
{
    return qFromLittleEndian<quint64>(bytes.constData() + at);
}

// The raw image of a chain, assembled from the pieces the way a copy would read them.
QByteArray assemble(
    const DeltaChain &chain, const QByteArray &base, const QVector<QByteArray> &deltaFiles)
{
    QByteArray out;
    out.reserve(chain.size());
    for (const ChainPiece &p : chain.pieces(0, chain.size())) {
        switch (p.source) {
        case Source::Base:
            out += base.mid(p.fileOffset, p.length);
            break;
        case Source::Delta:
            out += deltaFiles[p.delta].mid(p.fileOffset, p.length);
            break;
        case Source::Zero:
            out += QByteArray(p.length, '\0');
            break;
        }
    }
    return out;
}

} // namespace

class TestSparseDelta : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    bool m_generated = false;
    QString m_skip;

    QString path(const QString &name) const { return m_dir.filePath(name); }
    QString path(const char *name) const { return m_dir.filePath(QString::fromLatin1(name)); }

    // Writes the chain once per run; empty on success, else the reason to skip.
    QString generate()
    {
        if (m_generated || !m_skip.isEmpty())
            return m_skip;
        const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
        if (python.isEmpty())
            return m_skip = QStringLiteral("python3 is not installed: cannot write the chain");
        const QString script = qEnvironmentVariable("FERRY_TEST_SOURCE_DIR")
            + QStringLiteral("/tests/fixtures/vmdk-chain/make_chain.py");
        QProcess p;
        p.start(python, {script, m_dir.path()});
        if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit
            || p.exitCode() != 0)
            return m_skip = QStringLiteral("make_chain.py failed: %1")
                                .arg(QString::fromUtf8(p.readAllStandardError()));
        m_generated = true;
        return {};
    }

    // qemu-img convert -O raw of a descriptor, into `out`.
    QString qemuRaw(const QString &descriptor, const QString &out)
    {
        const QString qemuImg = QStandardPaths::findExecutable(QStringLiteral("qemu-img"));
        if (qemuImg.isEmpty())
            return QStringLiteral(
                "qemu-img is not installed (the reference decoder; package qemu-utils)");
        QProcess p;
        p.start(qemuImg,
            {QStringLiteral("convert"), QStringLiteral("-O"), QStringLiteral("raw"),
                path(descriptor), out});
        if (!p.waitForFinished(60000) || p.exitCode() != 0)
            return QStringLiteral("qemu-img convert failed: %1")
                .arg(QString::fromUtf8(p.readAllStandardError()));
        return {};
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void descriptorOfDelta()
    {
        const QByteArray text = "# Disk DescriptorFile\nversion=1\nCID=5e6f7081\n"
                                "parentCID=1a2b3c4d\ncreateType=\"seSparse\"\n"
                                "parentFileNameHint=\"web01.vmdk\"\n"
                                "RW 41943040 SESPARSE \"web01-000001-sesparse.vmdk\"\n";
        Result<VmdkDescriptor> d = parseVmdkDescriptor(text);
        QVERIFY2(d.ok(), qPrintable(d.ok() ? QString() : d.error().toString()));
        QCOMPARE(d->createType, QStringLiteral("seSparse"));
        QCOMPARE(d->parentCid, QStringLiteral("1a2b3c4d"));
        QCOMPARE(d->parentFileNameHint, QStringLiteral("web01.vmdk"));
        QCOMPARE(d->extents.size(), 1);
        QCOMPARE(d->extents[0].type, QStringLiteral("SESPARSE"));
        QCOMPARE(d->extents[0].file, QStringLiteral("web01-000001-sesparse.vmdk"));
        QVERIFY(d->isDelta());
        QVERIFY(!checkCopyable(*d).ok()); // the flat copy still refuses it
        QVERIFY(checkDeltaFormat(d->extents[0].type, DeltaFormat::SeSparse).ok());
        QVERIFY(!checkDeltaFormat(d->extents[0].type, DeltaFormat::VmfsSparse).ok());

        Result<VmdkDescriptor> base = parseVmdkDescriptor(
            "CID=1a2b3c4d\nparentCID=ffffffff\ncreateType=\"vmfs\"\nRW 8 VMFS \"b-flat.vmdk\"\n");
        QVERIFY(base.ok());
        QVERIFY(!base->isDelta());
        QVERIFY(base->parentFileNameHint.isEmpty());
    }

    void mergeHandMade()
    {
        // Base 64 KiB; delta 0 (COWD-like, 512-byte grains) writes [1024, 3072) and [8192, 8704);
        // delta 1 (SEsparse-like) writes [2048, 6144) and zeroes [8192, 12288) and [61440, 65536).
        DeltaMap d0;
        d0.capacity = 65536;
        d0.grainSize = 512;
        d0.runs = {{1024, 2048, 4096}, {8192, 512, 20000}};
        DeltaMap d1;
        d1.format = DeltaFormat::SeSparse;
        d1.capacity = 65536;
        d1.grainSize = 4096;
        d1.runs = {{2048, 4096, 100000}, {8192, 4096, -1}, {61440, 4096, -1}};
        Result<DeltaChain> chain = DeltaChain::build(65536, {d0, d1});
        QVERIFY(chain.ok());
        QCOMPARE(chain->size(), 65536);
        const QVector<ChainPiece> all = chain->pieces(0, 65536);
        const QVector<ChainPiece> expected = {
            {0, 1024, Source::Base, -1, 0},
            {1024, 1024, Source::Delta, 0, 4096},
            {2048, 4096, Source::Delta, 1, 100000},
            {6144, 2048, Source::Base, -1, 6144},
            {8192, 4096, Source::Zero, -1, -1},
            {12288, 49152, Source::Base, -1, 12288},
            {61440, 4096, Source::Zero, -1, -1},
        };
        QCOMPARE(all, expected);

        // A window in the middle of pieces cuts them, file offsets following.
        const QVector<ChainPiece> window = chain->pieces(1500, 1000);
        const QVector<ChainPiece> expectedWindow = {
            {1500, 548, Source::Delta, 0, 4572},
            {2048, 452, Source::Delta, 1, 100000},
        };
        QCOMPARE(window, expectedWindow);
        // Past the end: cut at the size; outside: nothing.
        QCOMPARE(chain->pieces(65000, 5000).size(), 1);
        QCOMPARE(chain->pieces(65000, 5000)[0].length, 536);
        QVERIFY(chain->pieces(65536, 10).isEmpty());
        QVERIFY(chain->pieces(-1, 10).isEmpty());

        // A newer delta's grain inside an older run splits it into two.
        DeltaMap d2 = d1;
        d2.runs = {{1536, 512, 7777}};
        Result<DeltaChain> split = DeltaChain::build(65536, {d0, d2});
        QVERIFY(split.ok());
        const QVector<ChainPiece> expectedSplit = {
            {1024, 512, Source::Delta, 0, 4096},
            {1536, 512, Source::Delta, 1, 7777},
            {2048, 1024, Source::Delta, 0, 5120},
        };
        QCOMPARE(split->pieces(1024, 2048), expectedSplit);

        // A base shorter than the chain reads as zeros past its end; no deltas: the base alone.
        Result<DeltaChain> shortBase = DeltaChain::build(10000, {d0});
        QVERIFY(shortBase.ok());
        const QVector<ChainPiece> tailPieces = shortBase->pieces(9000, 3000);
        QCOMPARE(tailPieces.size(), 2);
        QCOMPARE(tailPieces[0], (ChainPiece {9000, 1000, Source::Base, -1, 9000}));
        QCOMPARE(tailPieces[1], (ChainPiece {10000, 2000, Source::Zero, -1, -1}));
        Result<DeltaChain> plain = DeltaChain::build(4096, {});
        QVERIFY(plain.ok());
        QCOMPARE(plain->pieces(0, 4096), (QVector<ChainPiece> {{0, 4096, Source::Base, -1, 0}}));

        // Unsorted, overlapping or empty runs are refused.
        DeltaMap bad = d0;
        bad.runs = {{8192, 512, 0}, {1024, 512, 512}};
        QVERIFY(!DeltaChain::build(65536, {bad}).ok());
        bad.runs = {{1024, 1024, 0}, {1536, 512, 512}};
        QVERIFY(!DeltaChain::build(65536, {bad}).ok());
        bad.runs = {{1024, 0, 0}};
        QVERIFY(!DeltaChain::build(65536, {bad}).ok());
        bad.runs = {{std::numeric_limits<qint64>::max() - 10, 512, 0}};
        QVERIFY(!DeltaChain::build(65536, {bad}).ok());
        QCOMPARE(DeltaChain::build(-1, {}).error().code, Error::Code::InvalidInput);
    }

    void resolveChainOfDescriptors()
    {
        // Descriptors in a directory "vm/", as on a datastore.
        QHash<QString, QByteArray> files {
            {QStringLiteral("vm/d.vmdk"),
                "CID=0000000a\nparentCID=ffffffff\ncreateType=\"vmfs\"\nRW 8 VMFS "
                "\"d-flat.vmdk\"\n"},
            {QStringLiteral("vm/d-000001.vmdk"),
                "CID=0000000b\nparentCID=0000000a\ncreateType=\"vmfsSparse\"\n"
                "parentFileNameHint=\"d.vmdk\"\nRW 8 VMFSSPARSE \"d-000001-delta.vmdk\"\n"},
            {QStringLiteral("vm/d-000002.vmdk"),
                "CID=0000000c\nparentCID=0000000b\ncreateType=\"seSparse\"\n"
                "parentFileNameHint=\"d-000001.vmdk\"\nRW 8 SESPARSE \"d-000002-sesparse.vmdk\"\n"},
        };
        QStringList reads;
        auto reader = [&](const QString &p) -> Result<QByteArray> {
            reads << p;
            if (!files.contains(p))
                return Error(Error::Code::NotFound, QStringLiteral("no %1").arg(p));
            return files.value(p);
        };
        Result<QVector<ChainLink>> chain = resolveChain(QStringLiteral("vm/d-000002.vmdk"), reader);
        QVERIFY2(chain.ok(), qPrintable(chain.ok() ? QString() : chain.error().toString()));
        QCOMPARE(chain->size(), 3);
        QCOMPARE(chain->at(0).path, QStringLiteral("vm/d.vmdk"));
        QCOMPARE(chain->at(1).path, QStringLiteral("vm/d-000001.vmdk"));
        QCOMPARE(chain->at(2).path, QStringLiteral("vm/d-000002.vmdk"));
        QCOMPARE(chain->at(2).descriptor.extents[0].file, QStringLiteral("d-000002-sesparse.vmdk"));
        // No snapshots: the base alone.
        Result<QVector<ChainLink>> single = resolveChain(QStringLiteral("vm/d.vmdk"), reader);
        QVERIFY(single.ok());
        QCOMPARE(single->size(), 1);

        auto fails = [&](const QString &top, Error::Code code) {
            Result<QVector<ChainLink>> r = resolveChain(top, reader);
            if (!r.ok() && r.error().code != code)
                qWarning() << r.error().toString();
            return !r.ok() && r.error().code == code;
        };
        // The parent written after the snapshot: CIDs disagree.
        files[QStringLiteral("vm/d.vmdk")].replace("CID=0000000a", "CID=000000aa");
        QVERIFY(fails(QStringLiteral("vm/d-000002.vmdk"), Error::Code::InvalidInput));
        files[QStringLiteral("vm/d.vmdk")].replace("CID=000000aa", "CID=0000000a");
        // A missing parent: the reader's error.
        QVERIFY(fails(QStringLiteral("vm/d-000003.vmdk"), Error::Code::NotFound));
        // A loop.
        files[QStringLiteral("vm/loop.vmdk")]
            = "CID=0000000d\nparentCID=0000000d\ncreateType=\"seSparse\"\n"
              "parentFileNameHint=\"loop.vmdk\"\nRW 8 SESPARSE \"l.vmdk\"\n";
        QVERIFY(fails(QStringLiteral("vm/loop.vmdk"), Error::Code::InvalidInput));
        // A linked clone's base in another directory; a delta naming no parent; a base that is not
        // flat; a delta whose extent is not a delta extent.
        files[QStringLiteral("vm/clone.vmdk")]
            = "CID=0000000e\nparentCID=0000000a\ncreateType=\"seSparse\"\n"
              "parentFileNameHint=\"/vmfs/volumes/ds1/base/base.vmdk\"\n"
              "RW 8 SESPARSE \"c.vmdk\"\n";
        QVERIFY(fails(QStringLiteral("vm/clone.vmdk"), Error::Code::Unsupported));
        files[QStringLiteral("vm/orphan.vmdk")] = "CID=0000000e\nparentCID=0000000a\ncreateType="
                                                  "\"seSparse\"\nRW 8 SESPARSE \"o.vmdk\"\n";
        QVERIFY(fails(QStringLiteral("vm/orphan.vmdk"), Error::Code::InvalidInput));
        files[QStringLiteral("vm/sparse.vmdk")] = "CID=0000000e\nparentCID=ffffffff\ncreateType="
                                                  "\"monolithicSparse\"\nRW 8 SPARSE \"s.vmdk\"\n";
        QVERIFY(fails(QStringLiteral("vm/sparse.vmdk"), Error::Code::Unsupported));
        files[QStringLiteral("vm/odd.vmdk")]
            = "CID=0000000e\nparentCID=0000000a\ncreateType=\"seSparse\"\n"
              "parentFileNameHint=\"d.vmdk\"\nRW 8 VMFS \"o-flat.vmdk\"\n";
        QVERIFY(fails(QStringLiteral("vm/odd.vmdk"), Error::Code::Unsupported));
    }

    void chainMatchesQemu()
    {
        if (const QString skip = generate(); !skip.isEmpty())
            QSKIP(qPrintable(skip));
        const QByteArray base = readAll(path(QStringLiteral("base-flat.vmdk")));
        QCOMPARE(base.size(), 20 * 1024 * 1024);

        // The descriptors: the chain is found through parentFileNameHint, checked by parentCID.
        Result<VmdkDescriptor> baseDesc = parseVmdkDescriptor(readAll(path("base.vmdk")));
        Result<VmdkDescriptor> mid = parseVmdkDescriptor(readAll(path("base-000001.vmdk")));
        Result<VmdkDescriptor> top = parseVmdkDescriptor(readAll(path("base-000002.vmdk")));
        QVERIFY(baseDesc.ok() && mid.ok() && top.ok());
        QCOMPARE(mid->createType, QStringLiteral("vmfsSparse"));
        QCOMPARE(mid->parentFileNameHint, QStringLiteral("base.vmdk"));
        QCOMPARE(mid->parentCid, baseDesc->cid);
        QCOMPARE(mid->extents[0].type, QStringLiteral("VMFSSPARSE"));
        QCOMPARE(top->createType, QStringLiteral("seSparse"));
        QCOMPARE(top->parentFileNameHint, QStringLiteral("base-000001.vmdk"));
        QCOMPARE(top->parentCid, mid->cid);
        QCOMPARE(top->extents[0].type, QStringLiteral("SESPARSE"));

        // The same chain found from its top descriptor.
        Result<QVector<ChainLink>> links = resolveChain(QStringLiteral("base-000002.vmdk"),
            [&](const QString &p) -> Result<QByteArray> { return readAll(path(p)); });
        QVERIFY2(links.ok(), qPrintable(links.ok() ? QString() : links.error().toString()));
        QCOMPARE(links->size(), 3);
        QCOMPARE(links->at(0).descriptor.extents[0].file, QStringLiteral("base-flat.vmdk"));
        QCOMPARE(links->at(1).descriptor.extents[0].file, QStringLiteral("base-000001-delta.vmdk"));

        QVector<QByteArray> files;
        QVector<DeltaMap> maps;
        for (const Result<VmdkDescriptor> *d : {&mid, &top}) {
            const QByteArray file = readAll(path((*d)->extents[0].file));
            // Over a reader that counts its requests, as over HTTP.
            int requests = 0;
            const RangeReader counting = [&](qint64 offset, qint64 length) {
                ++requests;
                return bytesReader(file)(offset, length);
            };
            Result<DeltaMap> map = readDeltaMap(counting, file.size());
            QVERIFY2(map.ok(), qPrintable(map.ok() ? QString() : map.error().toString()));
            QVERIFY(checkDeltaFormat((*d)->extents[0].type, map->format).ok());
            QCOMPARE(map->capacity, base.size());
            QVERIFY(requests <= 8);
            files << file;
            maps << *map;
        }
        QCOMPARE(maps[0].format, DeltaFormat::VmfsSparse);
        QCOMPARE(maps[0].grainSize, 512);
        QCOMPARE(maps[1].format, DeltaFormat::SeSparse);
        QCOMPARE(maps[1].grainSize, 4096);
        // The generator's runs: neighbours merged; SEsparse zero and unmapped grains present.
        QVERIFY(maps[0].runs.size() < 400);
        QVERIFY(std::any_of(maps[0].runs.cbegin(), maps[0].runs.cend(),
            [](const DeltaRun &r) { return r.length >= 64 * 512; }));
        QVERIFY(std::any_of(maps[1].runs.cbegin(), maps[1].runs.cend(),
            [](const DeltaRun &r) { return r.isZero(); }));
        QVERIFY(maps[1].dataBytes() > 100 * 4096);

        // Base + COWD, then base + COWD + SEsparse, each against qemu-img.
        const QString raw = path(QStringLiteral("qemu.raw"));
        for (int depth = 1; depth <= 2; ++depth) {
            const QString descriptor = depth == 1 ? QStringLiteral("base-000001.vmdk")
                                                  : QStringLiteral("base-000002.vmdk");
            if (const QString skip = qemuRaw(descriptor, raw); !skip.isEmpty())
                QSKIP(qPrintable(skip));
            Result<DeltaChain> chain = DeltaChain::build(base.size(), maps.mid(0, depth));
            QVERIFY(chain.ok());
            const QByteArray ours = assemble(*chain, base, files);
            const QByteArray reference = readAll(raw);
            QCOMPARE(ours.size(), reference.size());
            QVERIFY2(ours == reference, qPrintable(descriptor));
            // The chain really differs from the base (the test would not notice a no-op).
            QVERIFY(ours != base);
        }
    }

    void brokenFiles()
    {
        if (const QString skip = generate(); !skip.isEmpty())
            QSKIP(qPrintable(skip));
        const QByteArray cowd = readAll(path("base-000001-delta.vmdk"));
        const QByteArray se = readAll(path("base-000002-sesparse.vmdk"));
        QVERIFY(mapOf(cowd).ok() && mapOf(se).ok());
        auto fails = [](const QByteArray &bytes, Error::Code code) {
            Result<DeltaMap> m = mapOf(bytes);
            if (m.ok())
                return false;
            if (m.error().code != code || m.error().message.isEmpty()
                || m.error().details.isEmpty()) {
                qWarning() << m.error().toString();
                return false;
            }
            return true;
        };
        const auto damaged = Error::Code::InvalidInput;
        const auto unsupported = Error::Code::Unsupported;

        // Truncated headers, bad magic, truncated files.
        QVERIFY(fails(cowd.left(100), damaged));
        QVERIFY(fails(QByteArray(), damaged));
        QVERIFY(fails(se.left(511), damaged));
        QVERIFY(fails(se.left(512), damaged)); // the volatile header is missing
        QByteArray bad = cowd;
        bad[0] = 'X';
        QVERIFY(fails(bad, damaged));
        QVERIFY(fails(QByteArray(4096, 'A'), damaged));
        QVERIFY(fails(cowd.left(cowd.size() / 2), damaged));
        QVERIFY(fails(se.left(se.size() - 4096), damaged));

        // COWD: version, zero grain size, a grain table and a grain past the end.
        bad = cowd;
        putU32(bad, 4, 2);
        QVERIFY(fails(bad, unsupported));
        bad = cowd;
        putU32(bad, 16, 0);
        QVERIFY(fails(bad, damaged));
        bad = cowd;
        putU32(bad, 24, 1); // fewer directory entries than the capacity needs
        QVERIFY(fails(bad, damaged));
        bad = cowd;
        putU32(bad, 20, 0xffffffff); // the directory past the end
        QVERIFY(fails(bad, damaged));
        bad = cowd;
        const qint64 directory = qint64(qFromLittleEndian<quint32>(cowd.constData() + 20)) * 512;
        putU32(bad, directory, 0xfffffff0); // grain table 0 past the end
        QVERIFY(fails(bad, damaged));
        bad = cowd;
        putU32(bad, directory + 4, qFromLittleEndian<quint32>(cowd.constData() + directory));
        QVERIFY(fails(bad, damaged)); // two directory entries share a grain table
        bad = cowd;
        const qint64 table = qint64(qFromLittleEndian<quint32>(cowd.constData() + directory)) * 512;
        putU32(bad, table, 0x7fffffff); // grain 0 (written by the generator) past the end
        QVERIFY(fails(bad, damaged));

        // SEsparse: version, flags, dirty journal, grain directory and table entries.
        bad = se;
        putU64(bad, 8, 0x0000000300000001);
        QVERIFY(fails(bad, unsupported));
        bad = se;
        putU64(bad, 3 * 8, 16); // grain size
        QVERIFY(fails(bad, unsupported));
        bad = se;
        putU64(bad, 5 * 8, 1); // flags
        QVERIFY(fails(bad, unsupported));
        bad = se;
        putU64(bad, 512 + 24, 1); // replay_journal in the volatile header
        QVERIFY(fails(bad, unsupported));
        bad = se;
        putU64(bad, 512, 0x1234); // volatile magic
        QVERIFY(fails(bad, damaged));
        bad = se;
        putU64(bad, 2 * 8, quint64(1) << 50); // capacity
        QVERIFY(fails(bad, damaged));
        bad = se;
        putU64(bad, 16 * 8, quint64(1) << 62); // directory offset (overflow if trusted)
        QVERIFY(fails(bad, damaged));
        const qint64 seDirectory = qint64(u64(se, 16 * 8)) * 512;
        const qint64 seTables = qint64(u64(se, 18 * 8)) * 512;
        bad = se;
        putU64(bad, seDirectory, 0x2000000000000000); // not a table entry
        QVERIFY(fails(bad, damaged));
        bad = se;
        putU64(bad, seDirectory + 8, u64(se, seDirectory)); // two entries, one table
        QVERIFY(fails(bad, damaged));
        bad = se;
        putU64(bad, seDirectory, 0x1000000000001000); // table 4096: past the end
        QVERIFY(fails(bad, damaged));
        // The first grain table (in the file) with a grain past the end, an unknown type, and a
        // type-0 entry with bits set.
        const QVector<quint64> entries
            = {0x3000ffffffffffff, 0x3fffffffffffffff, 0x5000000000000000, 0x0000000000000001};
        for (quint64 entry : entries) {
            bad = se;
            putU64(bad, seTables + 8 * 100, entry);
            QVERIFY2(fails(bad, damaged), qPrintable(QString::number(entry, 16)));
        }

        // A reader error reaches the caller; a short answer is an error, not a crash.
        const RangeReader failing = [](qint64, qint64) -> Result<QByteArray> {
            return Error(Error::Code::Network, QStringLiteral("HTTP 503"));
        };
        QCOMPARE(readDeltaMap(failing, se.size()).error().code, Error::Code::Network);
        const RangeReader shortReads = [&](qint64 offset, qint64 length) {
            return se.mid(offset, length / 2);
        };
        QCOMPARE(readDeltaMap(shortReads, se.size()).error().code, damaged);
        // A hosted sparse extent (KDMV) is named, not misread.
        QByteArray hosted(1024, '\0');
        hosted.replace(0, 4, "KDMV");
        QVERIFY(fails(hosted, unsupported));
    }
};

QTEST_GUILESS_MAIN(TestSparseDelta)
#include "test_sparsedelta.moc"
