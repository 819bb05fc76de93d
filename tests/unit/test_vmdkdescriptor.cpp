// The VMDK text descriptor parser: encodings (ddb.encoding), ddb.thinProvisioned and where a
// delta's parentFileNameHint points (issue 13, "Disks and the sync agreeing with the copy").
#include "vmware/vmdkdescriptor.h"

#include <QtTest>

using namespace ferry;
using namespace ferry::vmware;

class TestVmdkDescriptor final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void encodings_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("encoding");
        const QByteArray tail = "CID=0000000a\nparentCID=ffffffff\ncreateType=\"vmfs\"\n";
        // "Lager Süd €" and a file "Süd–ß-flat.vmdk" as windows-1252 bytes (0x80 is the euro
        // sign, 0x96 the en dash: both outside Latin-1).
        QTest::newRow("windows-1252")
            << QByteArray("# Disk DescriptorFile\nddb.encoding = \"windows-1252\"\n" + tail
                   + "ddb.comment = \"Lager S\xfc"
                     "d \x80\"\n"
                     "RW 8 VMFS \"S\xfc"
                     "d\x96\xdf-flat.vmdk\"\n")
            << QStringLiteral("Süd–ß-flat.vmdk") << QStringLiteral("windows-1252");
        QTest::newRow("encoding after the extents") << QByteArray(tail
            + "RW 8 VMFS \"S\xfc"
              "d-flat.vmdk\"\n"
            + "ddb.encoding = \"windows-1252\"\n") << QStringLiteral("Süd-flat.vmdk")
                                                    << QStringLiteral("windows-1252");
        QTest::newRow("UTF-8 named") << QByteArray("ddb.encoding = \"UTF-8\"\n" + tail
            + "RW 8 VMFS \"S\xc3\xbc"
              "d-flat.vmdk\"\n") << QStringLiteral("Süd-flat.vmdk")
                                     << QStringLiteral("UTF-8");
        QTest::newRow("none: UTF-8") << QByteArray(tail
            + "RW 8 VMFS \"S\xc3\xbc"
              "d-flat.vmdk\"\n") << QStringLiteral("Süd-flat.vmdk")
                                     << QString();
        QTest::newRow("ISO-8859-1") << QByteArray("ddb.encoding = \"ISO-8859-1\"\n" + tail
            + "RW 8 VMFS \"S\xfc"
              "d-flat.vmdk\"\n") << QStringLiteral("Süd-flat.vmdk")
                                    << QStringLiteral("ISO-8859-1");
    }
    void encodings()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, file);
        QFETCH(QString, encoding);
        Result<VmdkDescriptor> d = parseVmdkDescriptor(text);
        QVERIFY2(d.ok(), qPrintable(d.ok() ? QString() : d.error().toString()));
        QCOMPARE(d->encoding, encoding);
        QCOMPARE(d->extents.size(), 1);
        QCOMPARE(d->extents[0].file, file);
        QVERIFY(checkCopyable(*d).ok());
    }

    void unknownEncodingIsNamed()
    {
        Result<VmdkDescriptor> d
            = parseVmdkDescriptor("ddb.encoding = \"x-no-such-charset\"\n"
                                  "createType=\"vmfs\"\nRW 8 VMFS \"a.vmdk\"\n");
        QVERIFY(!d.ok());
        QCOMPARE(d.error().code, Error::Code::Unsupported);
        QVERIFY(d.error().message.contains(QStringLiteral("x-no-such-charset")));
    }

    void windows1252ParentHint()
    {
        Result<VmdkDescriptor> d
            = parseVmdkDescriptor("ddb.encoding = \"windows-1252\"\nCID=0000000b\n"
                                  "parentCID=0000000a\ncreateType=\"seSparse\"\n"
                                  "parentFileNameHint=\"S\xfc"
                                  "d.vmdk\"\n"
                                  "RW 8 SESPARSE \"S\xfc"
                                  "d-000001-sesparse.vmdk\"\n");
        QVERIFY(d.ok());
        QCOMPARE(d->parentFileNameHint, QStringLiteral("Süd.vmdk"));
        QVERIFY(d->isDelta());
    }

    void thinProvisioned()
    {
        const QByteArray base = "createType=\"vmfs\"\nRW 8 VMFS \"a-flat.vmdk\"\n";
        Result<VmdkDescriptor> thin = parseVmdkDescriptor(base + "ddb.thinProvisioned = \"1\"\n");
        QVERIFY(thin.ok());
        QVERIFY(thin->thinProvisioned);
        Result<VmdkDescriptor> thick = parseVmdkDescriptor(base + "ddb.thinProvisioned = \"0\"\n");
        QVERIFY(thick.ok());
        QVERIFY(!thick->thinProvisioned);
        Result<VmdkDescriptor> none = parseVmdkDescriptor(base);
        QVERIFY(none.ok());
        QVERIFY(!none->thinProvisioned);
    }

    void parentPaths_data()
    {
        QTest::addColumn<QString>("child");
        QTest::addColumn<QString>("hint");
        QTest::addColumn<QString>("parent"); // empty: Unsupported
        QTest::newRow("relative, same directory")
            << QStringLiteral("vm/d-000001.vmdk") << QStringLiteral("d.vmdk")
            << QStringLiteral("vm/d.vmdk");
        QTest::newRow("relative with ./")
            << QStringLiteral("vm/d-000001.vmdk") << QStringLiteral("./d.vmdk")
            << QStringLiteral("vm/d.vmdk");
        QTest::newRow("relative, the datastore's root") << QStringLiteral(
            "d-000001.vmdk") << QStringLiteral("d.vmdk") << QStringLiteral("d.vmdk");
        QTest::newRow("relative, a sibling directory")
            << QStringLiteral("clone/c-000001.vmdk") << QStringLiteral("../base/base.vmdk")
            << QStringLiteral("base/base.vmdk");
        QTest::newRow("relative, outside the datastore")
            << QStringLiteral("vm/d-000001.vmdk") << QStringLiteral("../../d.vmdk") << QString();
        QTest::newRow("absolute, the child's directory")
            << QStringLiteral("vm/d-000001.vmdk")
            << QStringLiteral("/vmfs/volumes/5f3c1a2b-8e4d6f70-1a2b-001122334455/vm/d.vmdk")
            << QStringLiteral("vm/d.vmdk");
        QTest::newRow("absolute, the root directory")
            << QStringLiteral("d-000001.vmdk") << QStringLiteral("/vmfs/volumes/ds1/d.vmdk")
            << QStringLiteral("d.vmdk");
        QTest::newRow("absolute, another directory")
            << QStringLiteral("vm/d-000001.vmdk") << QStringLiteral("/vmfs/volumes/ds1/base/d.vmdk")
            << QString();
        QTest::newRow("absolute, not a volume")
            << QStringLiteral("vm/d-000001.vmdk") << QStringLiteral("/tmp/vm/d.vmdk") << QString();
        QTest::newRow("empty") << QStringLiteral("vm/d-000001.vmdk") << QString() << QString();
    }
    void parentPaths()
    {
        QFETCH(QString, child);
        QFETCH(QString, hint);
        QFETCH(QString, parent);
        Result<QString> r = resolveParentPath(child, hint);
        if (parent.isEmpty()) {
            QVERIFY(!r.ok());
            QCOMPARE(r.error().code, Error::Code::Unsupported);
        } else {
            QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
            QCOMPARE(*r, parent);
        }
    }
};

QTEST_GUILESS_MAIN(TestVmdkDescriptor)
#include "test_vmdkdescriptor.moc"
