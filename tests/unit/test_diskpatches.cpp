#include "transfer/diskpatches.h"

#include <QtTest>

#include <QFile>
#include <QTemporaryDir>

using namespace ferry;
using namespace ferry::transfer;

// What the guest conversion changed, put over the source's bytes as they stream
// (docs/conversion.md): regions from the overlay file or zeros, at any alignment of the pieces.
class TestDiskPatches final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_file;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_file = m_dir.filePath(QStringLiteral("overlay"));
        QFile f(m_file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QByteArray bytes(4096, '\0');
        for (int i = 0; i < bytes.size(); ++i)
            bytes[i] = char('A' + i % 26);
        f.write(bytes);
    }

    // A disk of 64 bytes of '.', patched at [8, 16) from the file's offset 0 ("ABCDEFGH"), zeros
    // at [20, 24), and [40, 48) from offset 26 ("ABCDEFGH" again), read in pieces of every size:
    // the result is the same whatever the pieces.
    void anyPieces()
    {
        DiskPatches p;
        p.file = m_file;
        p.regions = {{8, 8, 0}, {20, 4, -1}, {40, 8, 26}};
        QVERIFY(p.validate(64));
        QCOMPARE(p.bytes(), 20);
        QByteArray expected(64, '.');
        expected.replace(8, 8, "ABCDEFGH");
        expected.replace(20, 4, QByteArray(4, '\0'));
        expected.replace(40, 8, "ABCDEFGH");
        for (int piece : {1, 3, 7, 8, 13, 64}) {
            QByteArray all;
            QFile f(m_file);
            for (int at = 0; at < 64; at += piece) {
                QByteArray data(qMin(piece, 64 - at), '.');
                QVERIFY(applyPatches(p, at, data, f));
                all += data;
            }
            QCOMPARE(all, expected);
        }
    }

    void noRegionsTouch()
    {
        DiskPatches p;
        p.regions = {{100, 4, -1}};
        QFile f; // not opened: zero regions need no file
        QByteArray data(50, 'x');
        QVERIFY(applyPatches(p, 0, data, f));
        QCOMPARE(data, QByteArray(50, 'x'));
    }

    void brokenPatchesAreErrors()
    {
        DiskPatches overlapping;
        overlapping.file = m_file;
        overlapping.regions = {{0, 8, 0}, {4, 8, 0}};
        QVERIFY(!overlapping.validate(64));
        DiskPatches outside;
        outside.file = m_file;
        outside.regions = {{60, 8, 0}};
        QVERIFY(!outside.validate(64));
        DiskPatches noFile;
        noFile.regions = {{0, 8, 0}};
        QVERIFY(!noFile.validate(64));
        // The overlay file gone: the read fails with an error, the bytes are not made up.
        DiskPatches gone;
        gone.file = m_dir.filePath(QStringLiteral("missing"));
        gone.regions = {{0, 8, 0}};
        QFile f(gone.file);
        QByteArray data(8, '.');
        const Status st = applyPatches(gone, 0, data, f);
        QVERIFY(!st);
        QCOMPARE(st.error().code, Error::Code::Io);
        // Shorter than the region says: an error too.
        DiskPatches shortFile;
        shortFile.file = m_file;
        shortFile.regions = {{0, 8, 4092}};
        QFile g(m_file);
        QVERIFY(!applyPatches(shortFile, 0, data, g));
    }
};

QTEST_GUILESS_MAIN(TestDiskPatches)
#include "test_diskpatches.moc"
