#include "vmware/datastore.h"
#include "vmware/inventory.h"
#include "vmware/inventoryname.h"
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

    // vSphere's escapes inside inventory names, undone for display and target names only.
    void inventoryNames_data()
    {
        QTest::addColumn<QString>("stored");
        QTest::addColumn<QString>("shown");
        QTest::newRow("plain") << QStringLiteral("web-01") << QStringLiteral("web-01");
        QTest::newRow("slash") << QStringLiteral("a%2fb") << QStringLiteral("a/b");
        QTest::newRow("slash upper") << QStringLiteral("a%2Fb") << QStringLiteral("a/b");
        QTest::newRow("percent") << QStringLiteral("100%25") << QStringLiteral("100%");
        QTest::newRow("backslash") << QStringLiteral("dom%5cuser") << QStringLiteral("dom\\user");
        QTest::newRow("escaped escape") << QStringLiteral("%252f") << QStringLiteral("%2f");
        QTest::newRow("other kept") << QStringLiteral("50%20off %") << QStringLiteral("50%20off %");
        QTest::newRow("short tail") << QStringLiteral("x%2") << QStringLiteral("x%2");
        QTest::newRow("plus amp") << QStringLiteral("DS+1 R&D") << QStringLiteral("DS+1 R&D");
        QTest::newRow("non-ASCII")
            << QStringLiteral("Zürich%2fOst") << QStringLiteral("Zürich/Ost");
    }
    void inventoryNames()
    {
        QFETCH(QString, stored);
        QFETCH(QString, shown);
        QCOMPARE(unescapeInventoryName(stored), shown);
    }

    // The exact bytes of the datastore front's URL (what goes on the wire: the transfer's
    // reader writes toEncoded() into its request line, QNetworkAccessManager sends the same).
    void folderUrlBytes_data()
    {
        QTest::addColumn<QString>("dcPath");
        QTest::addColumn<QString>("datastore");
        QTest::addColumn<QString>("file");
        QTest::addColumn<QByteArray>("wire");
        QTest::newRow("plain") << QStringLiteral("DC0") << QStringLiteral("LocalDS_0")
                               << QStringLiteral("web/web-flat.vmdk")
                               << QByteArray(
                                      "/folder/web/web-flat.vmdk?dcPath=DC0&dsName=LocalDS_0");
        QTest::newRow("nested") << QStringLiteral("Europe/DC-Zurich") << QStringLiteral("ds")
                                << QStringLiteral("a.vmdk")
                                << QByteArray("/folder/a.vmdk?dcPath=Europe/DC-Zurich&dsName=ds");
        QTest::newRow("plus") << QStringLiteral("DC0") << QStringLiteral("DS+1")
                              << QStringLiteral("v/v.vmdk")
                              << QByteArray("/folder/v/v.vmdk?dcPath=DC0&dsName=DS%2B1");
        QTest::newRow("ampersand")
            << QStringLiteral("DC0") << QStringLiteral("R&D") << QStringLiteral("v/v.vmdk")
            << QByteArray("/folder/v/v.vmdk?dcPath=DC0&dsName=R%26D");
        QTest::newRow("escaped names double-encoded")
            << QStringLiteral("Europe/DC Zürich+R&D 100%25 a%2fb")
            << QStringLiteral("Lager Süd 5%25 a%2fb") << QStringLiteral("x/x.vmdk")
            << QByteArray("/folder/x/x.vmdk?dcPath=Europe/DC%20Z%C3%BCrich%2BR%26D%20100%2525%20"
                          "a%252fb&dsName=Lager%20S%C3%BCd%205%2525%20a%252fb");
        QTest::newRow("equals hash question")
            << QStringLiteral("a=b") << QStringLiteral("c#d?e") << QStringLiteral("f g/h#1?.vmdk")
            << QByteArray("/folder/f%20g/h%231%3F.vmdk?dcPath=a%3Db&dsName=c%23d%3Fe");
        QTest::newRow("file with percent and plus")
            << QStringLiteral("DC0") << QStringLiteral("ds") << QStringLiteral("a+b/50%25 c.vmdk")
            << QByteArray("/folder/a%2Bb/50%2525%20c.vmdk?dcPath=DC0&dsName=ds");
    }
    void folderUrlBytes()
    {
        QFETCH(QString, dcPath);
        QFETCH(QString, datastore);
        QFETCH(QString, file);
        QFETCH(QByteArray, wire);
        const Datastores ds(nullptr, QUrl(QStringLiteral("https://vc.example:8443/sdk")), dcPath);
        const QUrl url = ds.folderUrl(datastore, file);
        QCOMPARE(
            url.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority | QUrl::RemoveFragment), wire);
        QCOMPARE(url.host(), QStringLiteral("vc.example"));
        QCOMPARE(url.port(), 8443);
        // The URL survives a round trip through its text (as it is kept and logged).
        QCOMPARE(QUrl(url.toString()).toEncoded(), url.toEncoded());
    }

    // Paths through folders, datacenters in folders and vApps; scope on the datacenter's path.
    void nestedDatacenterAndVApp()
    {
        auto object = [](const char *type, const char *id, const QByteArray &props) -> XmlNode {
            auto doc = parseXml(QByteArray("<objects><obj type=\"") + type + "\">" + id + "</obj>"
                    + props + "</objects>",
                QStringLiteral("t"));
            return doc ? *doc : XmlNode();
        };
        auto prop = [](const char *name, const QByteArray &val) -> QByteArray {
            return QByteArray("<propSet><name>") + name + "</name><val>" + val + "</val></propSet>";
        };
        auto feed = [&](InventoryAssembler &a) {
            a.addObject(object("Folder", "group-d1", prop("name", "Datacenters")));
            a.addObject(
                object("Folder", "group-1", prop("name", "Europe") + prop("parent", "group-d1")));
            a.addObject(object("Datacenter", "datacenter-2",
                prop("name", "DC Z&#xfc;rich+R&amp;D 100%25 a%2fb") + prop("parent", "group-1")));
            a.addObject(
                object("Folder", "group-v3", prop("name", "vm") + prop("parent", "datacenter-2")));
            a.addObject(object(
                "Datacenter", "datacenter-9", prop("name", "DC0") + prop("parent", "group-d1")));
            a.addObject(
                object("Folder", "group-v10", prop("name", "vm") + prop("parent", "datacenter-9")));
            // A vApp: its parent is a resource pool (the cluster side), its VM folder says
            // where it is shown.
            a.addObject(object("ResourcePool", "resgroup-4", prop("name", "Resources")));
            a.addObject(object("VirtualApp", "resgroup-v5",
                prop("name", "Shop vApp") + prop("parent", "resgroup-4")
                    + prop("parentFolder", "group-v3")));
            const QByteArray config = prop("config.instanceUuid", "5000-1");
            a.addObject(object("VirtualMachine", "vm-6",
                prop("name", "in-vapp") + prop("parent", "resgroup-v5")
                    + prop("parentVApp", "resgroup-v5") + config));
            a.addObject(object("VirtualMachine", "vm-7",
                prop("name", "web%2f01") + prop("parent", "group-v3")
                    + prop("config.instanceUuid", "5000-2")));
            a.addObject(object("VirtualMachine", "vm-11",
                prop("name", "top") + prop("parent", "group-v10")
                    + prop("config.instanceUuid", "5000-3")));
        };
        const QString dc = QStringLiteral("Europe/DC Zürich+R&D 100%25 a%2fb");
        {
            InventoryAssembler a;
            feed(a);
            const Inventory inv = a.finish({}, 1);
            QCOMPARE(inv.instances.size(), qsizetype(3));
            QHash<QString, const Instance *> byId;
            for (const Instance &i : inv.instances)
                byId.insert(i.sourceSpecificId, &i);
            QCOMPARE(byId.value(QStringLiteral("vm-6"))->location,
                QLatin1Char('/') + dc + QStringLiteral("/vm/Shop vApp/in-vapp"));
            QCOMPARE(byId.value(QStringLiteral("vm-6"))
                         ->config.value(QStringLiteral("vmware.datacenter_path"))
                         .toString(),
                dc);
            QCOMPARE(byId.value(QStringLiteral("vm-7"))->location,
                QLatin1Char('/') + dc + QStringLiteral("/vm/web%2f01"));
            QCOMPARE(byId.value(QStringLiteral("vm-7"))->name, QStringLiteral("web/01"));
            QCOMPARE(byId.value(QStringLiteral("vm-11"))->location, QStringLiteral("/DC0/vm/top"));
            QCOMPARE(byId.value(QStringLiteral("vm-11"))
                         ->config.value(QStringLiteral("vmware.datacenter_path"))
                         .toString(),
                QStringLiteral("DC0"));
        }
        auto scoped = [&](const QStringList &scope) {
            InventoryAssembler a;
            feed(a);
            QStringList ids;
            for (const Instance &i : a.finish(scope, 1).instances)
                ids << i.sourceSpecificId;
            ids.sort();
            return ids.join(QLatin1Char(','));
        };
        QCOMPARE(scoped({dc}), QStringLiteral("vm-6,vm-7"));
        QCOMPARE(scoped({QLatin1Char('/') + dc + QLatin1Char('/')}), QStringLiteral("vm-6,vm-7"));
        QCOMPARE(scoped({QStringLiteral("DC0")}), QStringLiteral("vm-11"));
        QCOMPARE(scoped({QStringLiteral("/DC0/...")}), QStringLiteral("vm-11"));
        // The datacenter's bare name is not its path; a folder is not a datacenter.
        QCOMPARE(scoped({QStringLiteral("DC Zürich+R&D 100%25 a%2fb")}), QString());
        QCOMPARE(scoped({QStringLiteral("/Europe")}), QString());
        QCOMPARE(scoped({QStringLiteral("/Europe/...")}), QStringLiteral("vm-6,vm-7"));
        // A vApp is asked for with the properties that place it.
        QVERIFY(inventoryPropertySpec().contains("<pathSet>parentFolder</pathSet>"));
    }

    // config.bootOptions.bootOrder names the boot disk by its device key: the sync records the
    // first disk device in it (CD-ROM and NIC entries before it do not count).
    void bootDiskFromBootOrder()
    {
        const QByteArray xsi = "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"";
        auto vm = [&](const QByteArray &bootOrder) {
            QByteArray props = "<propSet><name>name</name><val>v</val></propSet>"
                               "<propSet><name>config.instanceUuid</name><val>5000-1</val>"
                               "</propSet><propSet><name>config.hardware.device</name><val "
                + xsi
                + " xsi:type=\"ArrayOfVirtualDevice\">"
                  "<VirtualDevice xsi:type=\"VirtualDisk\"><key>2000</key><backing "
                  "xsi:type=\"VirtualDiskFlatVer2BackingInfo\"><fileName>[ds] v/v.vmdk</fileName>"
                  "</backing><capacityInBytes>1048576</capacityInBytes></VirtualDevice>"
                  "<VirtualDevice xsi:type=\"VirtualDisk\"><key>2001</key><backing "
                  "xsi:type=\"VirtualDiskFlatVer2BackingInfo\"><fileName>[ds] v/v_1.vmdk"
                  "</fileName></backing><capacityInBytes>1048576</capacityInBytes>"
                  "</VirtualDevice></val></propSet>";
            if (!bootOrder.isEmpty())
                props += "<propSet><name>config.bootOptions.bootOrder</name><val " + xsi
                    + " xsi:type=\"ArrayOfVirtualMachineBootOptionsBootableDevice\">" + bootOrder
                    + "</val></propSet>";
            auto doc = parseXml(
                "<objects><obj type=\"VirtualMachine\">vm-1</obj>" + props + "</objects>",
                QStringLiteral("t"));
            InventoryAssembler a;
            a.addObject(doc ? *doc : XmlNode());
            const Inventory inv = a.finish({}, 1);
            return inv.instances.isEmpty()
                ? QJsonValue()
                : inv.instances.first().config.value(QStringLiteral("vmware.boot_disk_key"));
        };
        QCOMPARE(vm("<VirtualMachineBootOptionsBootableDevice "
                    "xsi:type=\"VirtualMachineBootOptionsBootableCdromDevice\"/>"
                    "<VirtualMachineBootOptionsBootableDevice "
                    "xsi:type=\"VirtualMachineBootOptionsBootableDiskDevice\"><deviceKey>2001"
                    "</deviceKey></VirtualMachineBootOptionsBootableDevice>"
                    "<VirtualMachineBootOptionsBootableDevice "
                    "xsi:type=\"VirtualMachineBootOptionsBootableDiskDevice\"><deviceKey>2000"
                    "</deviceKey></VirtualMachineBootOptionsBootableDevice>")
                     .toInt(),
            2001);
        QVERIFY(vm({}).isUndefined()); // no boot order: the first disk, nothing recorded
        QVERIFY(
            inventoryPropertySpec().contains("<pathSet>config.bootOptions.bootOrder</pathSet>"));
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
