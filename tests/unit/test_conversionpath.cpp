#include "convert/cowoverlay.h"
#include "convert/diskprobe.h"
#include "convert/linuxconfig.h"

#include <QtTest>

#include <yaml-cpp/yaml.h>

using namespace ferry;
using namespace ferry::convert;

// The pieces around the conversion that need no appliance (docs/conversion.md): what the first
// bytes of a disk say, the overlay's map as qemu-img prints it, and the interface names a guest's
// network configuration uses.
class TestConversionPath final : public QObject
{
    Q_OBJECT

    static QByteArray head() { return QByteArray(int(kProbeBytes), '\0'); }
    static void put(QByteArray &b, int at, const QByteArray &bytes)
    {
        b.replace(at, bytes.size(), bytes);
    }

private Q_SLOTS:
    void signatures_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("found");
        QByteArray blank = head();
        QTest::newRow("blank") << blank << QString();
        QByteArray random = head();
        for (int i = 0; i < random.size(); ++i)
            random[i] = char((i * 7919 + 13) % 251);
        QTest::newRow("pattern") << random << QString();
        QByteArray mbr = head();
        put(mbr, 510, QByteArray("\x55\xaa", 2));
        // A boot signature without a partition is no table (a blank disk of some tools).
        QTest::newRow("signature only") << mbr << QString();
        put(mbr, 446,
            QByteArray("\x80\x20\x21\x00\x83\x00\x00\x00\x00\x08\x00\x00\x00\xf8\x5f\x00", 16));
        QTest::newRow("mbr") << mbr << QStringLiteral("MBR partition table");
        QByteArray gpt = head();
        put(gpt, 512, "EFI PART");
        QTest::newRow("gpt") << gpt << QStringLiteral("GPT partition table");
        QByteArray ext = head();
        put(ext, 0x438, QByteArray("\x53\xef", 2));
        QTest::newRow("ext4 on the whole disk") << ext << QStringLiteral("ext2/3/4 file system");
        QByteArray xfs = head();
        put(xfs, 0, "XFSB");
        QTest::newRow("xfs") << xfs << QStringLiteral("XFS file system");
        QByteArray lvm = head();
        put(lvm, 512, "LABELONE");
        put(lvm, 512 + 24, "LVM2 001");
        QTest::newRow("lvm") << lvm << QStringLiteral("LVM physical volume");
        QByteArray luks = head();
        put(luks, 0, "LUKS\xba\xbe");
        QTest::newRow("luks") << luks << QStringLiteral("LUKS encrypted volume");
        QByteArray btrfs = head();
        put(btrfs, 0x10040, "_BHRfS_M");
        QTest::newRow("btrfs") << btrfs << QStringLiteral("btrfs file system");
        QByteArray ntfs = head();
        put(ntfs, 3, "NTFS    ");
        QTest::newRow("ntfs") << ntfs << QStringLiteral("NTFS file system");
        QTest::newRow("too short") << QByteArray(100, 'x') << QString();
    }
    void signatures()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, found);
        QCOMPARE(osSignature(bytes), found);
    }

    // The lab disks' first sector ("ferry-lab <uuid> disk 0 lba 0" and a byte pattern) holds no
    // OS: the engine does not start libguestfs for them.
    void labDiskHoldsNoOs()
    {
        QByteArray b = head();
        for (int off = 0; off < b.size(); off += 512) {
            const QByteArray line
                = QByteArray("ferry-lab 972c984a-b95f-5134-97aa-599e85b2b07c disk 0 lba ")
                + QByteArray::number(off / 512) + '\n';
            for (int i = 0; i < 512; ++i)
                b[off + i] = char(((off / 512 + i) % 255) + 1);
            b.replace(off, line.size(), line);
        }
        QCOMPARE(osSignature(b), QString());
    }

    // qemu-img map --output=json of an overlay the test wrote into with qemu-io (64 KiB of data
    // at 1 MiB, 128 KiB of zeros at 8 MiB, 512 bytes at 20 MiB, which qemu stores as a cluster),
    // over a backing file with data at 999424: only depth 0 counts.
    void qemuImgMap()
    {
        const QByteArray json
            = R"([{ "start": 0, "length": 999424, "depth": 1, "present": true, "zero": true, "data": false, "offset": 0},
{ "start": 999424, "length": 4096, "depth": 1, "present": true, "zero": false, "data": true, "offset": 999424},
{ "start": 1003520, "length": 45056, "depth": 1, "present": true, "zero": true, "data": false, "offset": 1003520},
{ "start": 1048576, "length": 65536, "depth": 0, "present": true, "zero": false, "data": true, "offset": 327680},
{ "start": 1114112, "length": 7274496, "depth": 1, "present": true, "zero": true, "data": false, "offset": 1114112},
{ "start": 8388608, "length": 131072, "depth": 0, "present": true, "zero": true, "data": false},
{ "start": 8519680, "length": 12451840, "depth": 1, "present": true, "zero": true, "data": false, "offset": 8519680},
{ "start": 20971520, "length": 65536, "depth": 0, "present": true, "zero": false, "data": true, "offset": 393216},
{ "start": 21037056, "length": 46071808, "depth": 1, "present": true, "zero": true, "data": false, "offset": 21037056}])";
        auto regions = SourceOverlay::parseMap(json);
        QVERIFY2(regions, qPrintable(regions ? QString() : regions.error().toString()));
        QCOMPARE(regions->size(), 3);
        QCOMPARE(regions->at(0).offset, 1048576);
        QCOMPARE(regions->at(0).length, 65536);
        QCOMPARE(regions->at(0).fileOffset, 327680);
        QCOMPARE(regions->at(1).offset, 8388608);
        QCOMPARE(regions->at(1).length, 131072);
        QCOMPARE(regions->at(1).fileOffset, -1);
        QCOMPARE(regions->at(2).offset, 20971520);
        QCOMPARE(regions->at(2).fileOffset, 393216);
    }

    void qemuImgMapMergesAndRefuses()
    {
        // Two adjacent clusters stored one after the other merge; stored elsewhere they do not.
        auto merged = SourceOverlay::parseMap(R"([
{"start": 0, "length": 65536, "depth": 0, "zero": false, "data": true, "offset": 196608},
{"start": 65536, "length": 65536, "depth": 0, "zero": false, "data": true, "offset": 262144},
{"start": 131072, "length": 65536, "depth": 0, "zero": false, "data": true, "offset": 589824}])");
        QVERIFY(merged);
        QCOMPARE(merged->size(), 2);
        QCOMPARE(merged->at(0).length, 131072);
        // Data without an offset (compressed) cannot be read from the file: an error, never a
        // silently missing change.
        QVERIFY(!SourceOverlay::parseMap(
            R"([{"start": 0, "length": 65536, "depth": 0, "zero": false, "data": true}])"));
        QVERIFY(!SourceOverlay::parseMap("qemu-img: Could not open"));
        QVERIFY(!SourceOverlay::parseMap(R"([{"start": 65536, "length": 1, "depth": 0},
{"start": 0, "length": 1, "depth": 0}])"));
    }

    void interfaceNames_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("names");
        QTest::newRow("ifupdown") << QStringLiteral("ifupdown")
                                  << QStringLiteral(
                                         "auto lo\niface lo inet loopback\n\n"
                                         "allow-hotplug ens224\nauto ens192 ens192:1\n"
                                         "iface ens192 inet static\n    address 192.0.2.10/24\n"
                                         "iface ens192.100 inet manual\n"
                                         "iface ens224 inet dhcp\n")
                                  << QStringList {
                                         QStringLiteral("ens192"), QStringLiteral("ens224")};
        QTest::newRow("netplan")
            << QStringLiteral("netplan")
            << QStringLiteral("network:\n  version: 2\n  ethernets:\n"
                              "    ens256:\n      dhcp4: true\n"
                              "    \"ens192\":\n      addresses: [192.0.2.10/24]\n"
                              "    lan:\n      match:\n        macaddress: 00:50:56:00:00:01\n"
                              "  bridges:\n    br0:\n      interfaces: [ens192]\n")
            << QStringList {QStringLiteral("ens192"), QStringLiteral("ens256")};
        QTest::newRow("keyfile")
            << QStringLiteral("keyfile")
            << QStringLiteral("[connection]\nid=Wired\ntype=ethernet\ninterface-name=eth0\n")
            << QStringList {QStringLiteral("eth0")};
        QTest::newRow("networkd") << QStringLiteral(
            "networkd") << QStringLiteral("[Match]\nName=eth10 eth2 en*\n\n[Network]\nDHCP=yes\n")
                                  << QStringList {QStringLiteral("eth2"), QStringLiteral("eth10")};
    }
    void interfaceNames()
    {
        QFETCH(QString, kind);
        QFETCH(QString, text);
        QFETCH(QStringList, names);
        QCOMPARE(linuxconfig::configuredInterfaces(text, kind), names);
    }

    void guestNamesByInventoryOrder()
    {
        QStringList unmatched;
        const QList<NicIdentity> nics = linuxconfig::assignGuestNames(
            {{QStringLiteral("00:50:56:00:00:01"), {}, {}},
                {QStringLiteral("00:50:56:00:00:02"), QStringLiteral("ens224"), {}},
                {QStringLiteral("00:50:56:00:00:03"), {}, {}},
                {QStringLiteral("00:50:56:00:00:04"), {}, {}}},
            {QStringLiteral("ens192"), QStringLiteral("ens224"), QStringLiteral("ens256")},
            &unmatched);
        QCOMPARE(nics.at(0).guestName, QStringLiteral("ens192"));
        QCOMPARE(nics.at(1).guestName, QStringLiteral("ens224")); // known: kept
        QCOMPARE(nics.at(2).guestName, QStringLiteral("ens256"));
        QCOMPARE(nics.at(3).guestName, QString());
        QCOMPARE(unmatched, QStringList {QStringLiteral("00:50:56:00:00:04")});
    }

    // A new address in ifupdown's stanza of the interface: static, address with the prefix,
    // gateway and name servers when given; aliases, VLANs and other interfaces untouched.
    void ifupdownAddress()
    {
        const QString text
            = QStringLiteral("auto lo\niface lo inet loopback\n\n"
                             "auto ens192\niface ens192 inet static\n"
                             "    address 192.0.2.10\n    netmask 255.255.255.0\n"
                             "    gateway 192.0.2.1\n"
                             "iface ens192:1 inet static\n    address 192.0.2.11/24\n"
                             "\nallow-hotplug ens224\niface ens224 inet dhcp\n");
        bool changed = false;
        QCOMPARE(linuxconfig::setIfupdownAddress(text, QStringLiteral("ens192"),
                     QStringLiteral("198.51.100.20/24"), QStringLiteral("198.51.100.1"),
                     {QStringLiteral("198.51.100.53"), QStringLiteral("198.51.100.54")}, &changed),
            QStringLiteral("auto lo\niface lo inet loopback\n\n"
                           "auto ens192\niface ens192 inet static\n"
                           "    address 198.51.100.20/24\n    gateway 198.51.100.1\n"
                           "    dns-nameservers 198.51.100.53 198.51.100.54\n"
                           "iface ens192:1 inet static\n    address 192.0.2.11/24\n"
                           "\nallow-hotplug ens224\niface ens224 inet dhcp\n"));
        QVERIFY(changed);
        // DHCP becomes static; without a gateway given, none is added.
        QCOMPARE(linuxconfig::setIfupdownAddress(
                     text, QStringLiteral("ens224"), QStringLiteral("10.0.0.5/8"), {}, {}, &changed)
                     .section(QStringLiteral("allow-hotplug ens224\n"), 1),
            QStringLiteral("iface ens224 inet static\n    address 10.0.0.5/8\n"));
        QVERIFY(changed);
        // No stanza for the name: nothing changes, and the caller is told.
        QCOMPARE(linuxconfig::setIfupdownAddress(
                     text, QStringLiteral("eth0"), QStringLiteral("10.0.0.5/8"), {}, {}, &changed),
            text);
        QVERIFY(!changed);
    }
    // The same in a NetworkManager keyfile: only the connection bound to the interface; [ipv4]
    // becomes manual with the new address, the old addresses and gateway go, the rest stays.
    void keyfileAddress()
    {
        const QString text = QStringLiteral(
            "[connection]\nid=Wired 1\nuuid=5f0c\ntype=ethernet\ninterface-name=ens192\n\n"
            "[ipv4]\naddress1=192.0.2.10/24,192.0.2.1\ndns=192.0.2.53;\nmethod=manual\n"
            "may-fail=false\n\n[ipv6]\nmethod=auto\n");
        bool changed = false;
        QCOMPARE(linuxconfig::setKeyfileAddress(text, QStringLiteral("ens192"),
                     QStringLiteral("198.51.100.20/24"), QStringLiteral("198.51.100.1"),
                     {QStringLiteral("198.51.100.53"), QStringLiteral("198.51.100.54")}, &changed),
            QStringLiteral(
                "[connection]\nid=Wired 1\nuuid=5f0c\ntype=ethernet\ninterface-name=ens192\n\n"
                "[ipv4]\nmethod=manual\naddress1=198.51.100.20/24,198.51.100.1\n"
                "dns=198.51.100.53;198.51.100.54;\nmay-fail=false\n\n[ipv6]\nmethod=auto\n"));
        QVERIFY(changed);
        // DHCP without an [ipv4] section: one is added; no DNS given, none written.
        const QString dhcp = QStringLiteral("[connection]\ninterface-name=ens224\n");
        QCOMPARE(linuxconfig::setKeyfileAddress(dhcp, QStringLiteral("ens224"),
                     QStringLiteral("10.0.0.5/8"), {}, {}, &changed),
            QStringLiteral("[connection]\ninterface-name=ens224\n\n[ipv4]\nmethod=manual\n"
                           "address1=10.0.0.5/8\n"));
        QVERIFY(changed);
        QCOMPARE(linuxconfig::setKeyfileAddress(text, QStringLiteral("ens224"),
                     QStringLiteral("10.0.0.5/8"), {}, {}, &changed),
            text);
        QVERIFY(!changed);
    }

    // systemd-networkd: [Network] gets Address/Gateway/DNS, DHCP=yes keeps IPv6 only, [Address]
    // sections go; a file matching other names is left alone.
    void networkdAddress()
    {
        const QString text
            = QStringLiteral("[Match]\nName=ens192 ens193\n\n[Network]\nDHCP=yes\nDNS=192.0.2.53\n"
                             "LinkLocalAddressing=ipv6\n\n[Address]\nAddress=192.0.2.10/24\n\n"
                             "[Route]\nDestination=203.0.113.0/24\n");
        bool changed = false;
        QCOMPARE(linuxconfig::setNetworkdAddress(text, QStringLiteral("ens192"),
                     QStringLiteral("198.51.100.20/24"), QStringLiteral("198.51.100.1"),
                     {QStringLiteral("198.51.100.53")}, &changed),
            QStringLiteral("[Match]\nName=ens192 ens193\n\n[Network]\nAddress=198.51.100.20/24\n"
                           "Gateway=198.51.100.1\nDNS=198.51.100.53\nDHCP=ipv6\n"
                           "LinkLocalAddressing=ipv6\n\n"
                           "[Route]\nDestination=203.0.113.0/24\n"));
        QVERIFY(changed);
        QCOMPARE(linuxconfig::setNetworkdAddress(
                     text, QStringLiteral("ens19"), QStringLiteral("10.0.0.5/8"), {}, {}, &changed),
            text);
        QVERIFY(!changed);
    }

    // ifcfg: the interface's file (by its name or DEVICE=) becomes BOOTPROTO=none with IPADDR and
    // PREFIX; NETMASK goes; other keys stay.
    void ifcfgAddress()
    {
        const QString text = QStringLiteral("TYPE=Ethernet\nBOOTPROTO=\"static\"\nDEVICE=ens192\n"
                                            "ONBOOT=yes\nIPADDR=192.0.2.10\nNETMASK=255.255.255.0\n"
                                            "GATEWAY=192.0.2.1\nDNS1=192.0.2.53\n");
        bool changed = false;
        QCOMPARE(linuxconfig::setIfcfgAddress(text, QStringLiteral("ens192"), false,
                     QStringLiteral("198.51.100.20/24"), QStringLiteral("198.51.100.1"),
                     {QStringLiteral("198.51.100.53"), QStringLiteral("198.51.100.54")}, &changed),
            QStringLiteral("TYPE=Ethernet\nDEVICE=ens192\nONBOOT=yes\nBOOTPROTO=none\n"
                           "IPADDR=198.51.100.20\nPREFIX=24\nGATEWAY=198.51.100.1\n"
                           "DNS1=198.51.100.53\nDNS2=198.51.100.54\n"));
        QVERIFY(changed);
        // No gateway given: the old one stays. Another DEVICE: not this interface's file.
        QVERIFY(linuxconfig::setIfcfgAddress(
            text, QStringLiteral("ens192"), true, QStringLiteral("192.0.2.20/24"), {}, {}, &changed)
                    .contains(QStringLiteral("GATEWAY=192.0.2.1\n")));
        QCOMPARE(linuxconfig::setIfcfgAddress(text, QStringLiteral("ens224"), true,
                     QStringLiteral("10.0.0.5/8"), {}, {}, &changed),
            text);
        QVERIFY(!changed);
    }

    // netplan, through yaml-cpp: the ethernet's addresses, dhcp4 off, a default route instead
    // of gateway4 (other routes kept), name servers; another interface or a broken file.
    void netplanAddress()
    {
        const QString text = QStringLiteral(
            "# written by the installer\nnetwork:\n  version: 2\n  ethernets:\n    ens192:\n"
            "      addresses: [192.0.2.10/24]\n      gateway4: 192.0.2.1\n"
            "      routes:\n        - to: 203.0.113.0/24\n          via: 192.0.2.254\n"
            "    ens224:\n      dhcp4: true\n");
        bool changed = false;
        auto out = linuxconfig::setNetplanAddress(text, QStringLiteral("ens192"),
            QStringLiteral("198.51.100.20/24"), QStringLiteral("198.51.100.1"),
            {QStringLiteral("198.51.100.53")}, &changed);
        QVERIFY2(out.ok(), out.ok() ? "" : qPrintable(out.error().toString()));
        QVERIFY(changed);
        // Read back as YAML: what netplan will see.
        const YAML::Node root = YAML::Load(out->toStdString());
        const YAML::Node nic = root["network"]["ethernets"]["ens192"];
        QCOMPARE(nic["dhcp4"].as<bool>(), false);
        QCOMPARE(nic["addresses"].size(), std::size_t(1));
        QCOMPARE(nic["addresses"][0].as<std::string>(), std::string("198.51.100.20/24"));
        QVERIFY(!nic["gateway4"]);
        QCOMPARE(nic["routes"].size(), std::size_t(2));
        QCOMPARE(nic["routes"][0]["to"].as<std::string>(), std::string("203.0.113.0/24"));
        QCOMPARE(nic["routes"][1]["to"].as<std::string>(), std::string("default"));
        QCOMPARE(nic["routes"][1]["via"].as<std::string>(), std::string("198.51.100.1"));
        QCOMPARE(
            nic["nameservers"]["addresses"][0].as<std::string>(), std::string("198.51.100.53"));
        QCOMPARE(root["network"]["ethernets"]["ens224"]["dhcp4"].as<bool>(), true);
        QCOMPARE(root["network"]["version"].as<int>(), 2);

        auto other = linuxconfig::setNetplanAddress(
            text, QStringLiteral("eth0"), QStringLiteral("10.0.0.5/8"), {}, {}, &changed);
        QVERIFY(other.ok());
        QCOMPARE(*other, text);
        QVERIFY(!changed);
        auto broken = linuxconfig::setNetplanAddress(QStringLiteral("network: [ethernets: {"),
            QStringLiteral("ens192"), QStringLiteral("10.0.0.5/8"), {}, {}, &changed);
        QVERIFY(!broken.ok());
        QCOMPARE(broken.error().code, Error::Code::InvalidInput);
        QVERIFY(!changed);
    }
};

QTEST_GUILESS_MAIN(TestConversionPath)
#include "test_conversionpath.moc"
