#include "vmware/inventory.h"
#include "vmware/soapclient.h"
#include "vmware/xmlnode.h"

#include <QtTest>

using namespace ferry;
using namespace ferry::vmware;

class TestSoap final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // vcsim writes the schema-instance prefix under another name than real vCenter; both are the
    // same namespace and must read the same.
    void typeAttributeByNamespace_data()
    {
        QTest::addColumn<QByteArray>("xml");
        QTest::newRow("xsi prefix") << QByteArray(
            "<r xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
            "<val xsi:type=\"ManagedObjectReference\" type=\"Folder\">group-v3</val></r>");
        QTest::newRow("vcsim prefix") << QByteArray(
            "<r xmlns:XMLSchema-instance=\"http://www.w3.org/2001/XMLSchema-instance\">"
            "<val XMLSchema-instance:type=\"ManagedObjectReference\" "
            "type=\"Folder\">group-v3</val></r>");
    }

    void typeAttributeByNamespace()
    {
        QFETCH(QByteArray, xml);
        auto doc = parseXml(xml, QStringLiteral("test"));
        QVERIFY(doc);
        const XmlNode *val = doc->child(u"val");
        QVERIFY(val);
        QCOMPARE(val->type, QStringLiteral("ManagedObjectReference"));
        QCOMPARE(val->refType, QStringLiteral("Folder"));
        const MoRef ref = MoRef::from(val);
        QCOMPARE(ref.type, QStringLiteral("Folder"));
        QCOMPARE(ref.value, QStringLiteral("group-v3"));
    }

    void unboundPrefixIsNotXsi()
    {
        auto doc = parseXml(
            "<r xmlns:x=\"urn:other\"><v x:type=\"Nope\">1</v></r>", QStringLiteral("t"));
        QVERIFY(doc);
        QVERIFY(doc->child(u"v")->type.isEmpty());
    }

    // What the sync says of a disk before anything is powered off (issue 13): only flat disks
    // the datastore serves as files are promised.
    void disks_data()
    {
        QTest::addColumn<QByteArray>("backing");
        QTest::addColumn<bool>("supported");
        QTest::addColumn<QString>("reason");
        const QByteArray flat = "<backing type=\"VirtualDiskFlatVer2BackingInfo\"><fileName>[ds] "
                                "a/a.vmdk</fileName><diskMode>persistent</diskMode>";
        QTest::newRow("flat") << flat + "</backing>" << true << QString();
        QTest::newRow("independent: fine cold") << QByteArray(
            "<backing type=\"VirtualDiskFlatVer2BackingInfo\"><fileName>[ds] "
            "a/a.vmdk</fileName><diskMode>independent_nonpersistent</diskMode>"
            "</backing>") << true << QString();
        QTest::newRow("encrypted") << flat
                + "<keyId><keyId>k1</keyId><providerId><id>kms</id></providerId></keyId></backing>"
                                   << false << QStringLiteral("Decrypt the VM first");
        QTest::newRow("vsan object")
            << flat + "<backingObjectId>52e1-77</backingObjectId></backing>" << false
            << QStringLiteral("vSAN or vVol");
        // Snapshot chains: the copy merges vmfsSparse and SEsparse deltas over the base.
        QTest::newRow("snapshot delta, SEsparse")
            << QByteArray("<backing type=\"VirtualDiskFlatVer2BackingInfo\"><fileName>[ds] "
                          "a/a-000001.vmdk</fileName><deltaDiskFormat>seSparseFormat"
                          "</deltaDiskFormat><parent type=\"VirtualDiskFlatVer2BackingInfo\">"
                          "<fileName>[ds] a/a.vmdk</fileName></parent></backing>")
            << true << QString();
        QTest::newRow("snapshot delta, vmfsSparse") << QByteArray(
            "<backing type=\"VirtualDiskFlatVer2BackingInfo\"><fileName>[ds] "
            "a/a-000001.vmdk</fileName><parent type=\"VirtualDiskFlatVer2BackingInfo\">"
            "<fileName>[ds] a/a.vmdk</fileName></parent></backing>")
                                                    << true << QString();
        QTest::newRow("snapshot delta, vsanSparse")
            << QByteArray("<backing type=\"VirtualDiskFlatVer2BackingInfo\"><fileName>[ds] "
                          "a/a-000001.vmdk</fileName><deltaDiskFormat>vsanSparseFormat"
                          "</deltaDiskFormat><parent type=\"VirtualDiskFlatVer2BackingInfo\">"
                          "<fileName>[ds] a/a.vmdk</fileName></parent></backing>")
            << false << QStringLiteral("vsanSparseFormat");
        QTest::newRow("sparse") << QByteArray(
            "<backing type=\"VirtualDiskSparseVer2BackingInfo\"><fileName>[ds] "
            "a/a.vmdk</fileName></backing>")
                                << false << QStringLiteral("VirtualDiskSparseVer2BackingInfo");
        QTest::newRow("raw mapping")
            << QByteArray("<backing type=\"VirtualDiskRawDiskMappingVer1BackingInfo\">"
                          "<fileName>[ds] a/rdm.vmdk</fileName></backing>")
            << false << QStringLiteral("Raw device");
    }
    void disks()
    {
        QFETCH(QByteArray, backing);
        QFETCH(bool, supported);
        QFETCH(QString, reason);
        auto doc = parseXml("<device xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
                            "type=\"VirtualDisk\"><key>2000</key><capacityInKB>1024</capacityInKB>"
                + QByteArray(backing).replace(" type=", " xsi:type=") + "</device>",
            QStringLiteral("t"));
        QVERIFY(doc);
        Disk d;
        readDisk(*doc, 0, d);
        QCOMPARE(d.capacityBytes, qint64(1024 * 1024));
        QCOMPARE(d.supported, supported);
        QVERIFY2(d.unsupportedReason.contains(reason), qPrintable(d.unsupportedReason));
    }

    void pathsAndText()
    {
        auto doc = parseXml(
            "<a><b><c>one</c><c>two</c></b><d>Zürich &amp; Genève</d></a>", QStringLiteral("t"));
        QVERIFY(doc);
        QCOMPARE(doc->textAt(u"b/c"), QStringLiteral("one"));
        QCOMPARE(doc->at(u"b")->all(u"c").size(), size_t(2));
        QCOMPARE(doc->textAt(u"d"), QStringLiteral("Zürich & Genève"));
        QVERIFY(!doc->at(u"b/x"));
        QVERIFY(doc->textAt(u"x/y").isEmpty());
    }

    void malformed_data()
    {
        QTest::addColumn<QByteArray>("xml");
        QTest::newRow("truncated") << QByteArray(
            "<soapenv:Envelope xmlns:soapenv=\"s\"><soapenv:Body><RetrievePropertiesExResponse>");
        QTest::newRow("mismatched") << QByteArray("<a><b></a></b>");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("html error page") << QByteArray("<html><body>Service Unavailable</body>");
    }

    void malformed()
    {
        QFETCH(QByteArray, xml);
        auto doc = parseXml(xml, QStringLiteral("RetrievePropertiesEx"));
        QVERIFY(!doc);
        QCOMPARE(doc.error().code, Error::Code::Server);
        QVERIFY2(doc.error().message.contains(QStringLiteral("RetrievePropertiesEx")),
            qPrintable(doc.error().message));
        QVERIFY(!doc.error().details.isEmpty());
    }

    void deeplyNestedDoesNotCrash()
    {
        QByteArray xml;
        for (int i = 0; i < 2000; ++i)
            xml += "<a>";
        for (int i = 0; i < 2000; ++i)
            xml += "</a>";
        // Refused with a clear error instead of recursing 2,000 levels deep (kMaxXmlDepth).
        auto doc = parseXml(xml, QStringLiteral("t"));
        QVERIFY(!doc);
        QVERIFY2(doc.error().toString().contains(QLatin1String("nested")),
            qPrintable(doc.error().toString()));

        // vSphere's real nesting depth still parses.
        QByteArray ok;
        for (int i = 0; i < 64; ++i)
            ok += "<a>";
        for (int i = 0; i < 64; ++i)
            ok += "</a>";
        QVERIFY(parseXml(ok, QStringLiteral("t")));
    }

    void detailedData()
    {
        const auto d = parseDetailedData(QStringLiteral(
            "architecture='X86' bitness='64' distroName='Debian GNU/Linux' distroVersion='12' "
            "familyName='Linux' kernelVersion='6.1.0-18-amd64' prettyName='Debian GNU/Linux 12 "
            "(bookworm)' cpe='it\\'s'"));
        QCOMPARE(d.value(QStringLiteral("architecture")), QStringLiteral("X86"));
        QCOMPARE(d.value(QStringLiteral("bitness")), QStringLiteral("64"));
        QCOMPARE(d.value(QStringLiteral("prettyName")),
            QStringLiteral("Debian GNU/Linux 12 (bookworm)"));
        QCOMPARE(d.value(QStringLiteral("cpe")), QStringLiteral("it's"));
        QVERIFY(parseDetailedData(QString()).isEmpty());
    }

    void escaping()
    {
        QCOMPARE(SoapClient::escape(QStringLiteral("a<b>&\"c\"")),
            QByteArray("a&lt;b&gt;&amp;&quot;c&quot;"));
        QCOMPARE(MoRef({QStringLiteral("VirtualMachine"), QStringLiteral("vm-1")}).toXml("obj"),
            QByteArray("<obj type=\"VirtualMachine\">vm-1</obj>"));
    }

    void propertySpecCoversTypes()
    {
        const QByteArray spec = inventoryPropertySpec();
        for (const char *t : {"VirtualMachine", "Folder", "Datacenter", "Network",
                 "DistributedVirtualPortgroup", "OpaqueNetwork"})
            QVERIFY2(spec.contains(QByteArray(QByteArray("<type>") + t + "</type>")), t);
        QVERIFY(spec.contains("<pathSet>config.hardware.device</pathSet>"));
        QVERIFY(!inventoryPropertySpec({QStringLiteral("summary.config.tpmPresent")})
                     .contains("summary.config.tpmPresent"));
    }
};

QTEST_GUILESS_MAIN(TestSoap)
#include "test_soap.moc"
