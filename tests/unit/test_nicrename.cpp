// Step rename-nic-config on text: new interface names (ens192 -> enp5s0) in the network
// configurations of netplan, NetworkManager, systemd-networkd and ifcfg, as they look on real
// guests (an installer's or cloud-init's netplan, anaconda's ifcfg and keyfiles, YaST's
// sysconfig), and what must stay: a name that is a prefix of another (ens19 and ens192), comments,
// matches by MAC address, patterns, files that cannot be read.
#include "convert/linuxconfig.h"

#include <QTest>

#include <yaml-cpp/yaml.h>

using namespace ferry;
using namespace ferry::convert;

namespace {

QHash<QString, QString> firstNic()
{
    return {{QStringLiteral("ens192"), QStringLiteral("enp5s0")}};
}

} // namespace

class TestNicRename : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // An installer's netplan: the id of an ethernet without match (its interface name) and
    // every reference to it; a match by name and a set-name; a match by MAC stays, a pattern
    // that matches an old name stays with a note; comments and quotes stay.
    void netplan()
    {
        const QString in = QStringLiteral(
            "# This file is generated from information provided by the datasource.\n"
            "network:\n"
            "  version: 2\n"
            "  renderer: networkd\n"
            "  ethernets:\n"
            "    ens192: # the first NIC\n"
            "      dhcp4: false\n"
            "      addresses: [192.0.2.10/24]\n"
            "      routes:\n"
            "        - to: default\n"
            "          via: 192.0.2.1\n"
            "    ens19:\n"
            "      dhcp4: true\n"
            "    \"ens224\":\n"
            "      match:\n"
            "        macaddress: \"00:50:56:00:00:02\"\n"
            "      set-name: ens224\n"
            "    storage:\n"
            "      match:\n"
            "        name: ens256\n"
            "    uplink:\n"
            "      match: {name: \"ens1*\"}\n"
            "  bonds:\n"
            "    bond0:\n"
            "      interfaces: [ens192, ens19]\n"
            "      parameters:\n"
            "        mode: active-backup\n"
            "        primary: ens192\n"
            "  vlans:\n"
            "    vlan100:\n"
            "      id: 100\n"
            "      link: ens192\n");
        const QHash<QString, QString> renames {{QStringLiteral("ens192"), QStringLiteral("enp5s0")},
            {QStringLiteral("ens224"), QStringLiteral("enp6s0")},
            {QStringLiteral("ens256"), QStringLiteral("enp7s0")}};
        bool changed = false;
        QStringList notes;
        auto out = linuxconfig::renameNetplanInterfaces(in, renames, &changed, &notes);
        QVERIFY2(out.ok(), out.ok() ? "" : qPrintable(out.error().toString()));
        QVERIFY(changed);
        QCOMPARE(*out,
            QStringLiteral("# This file is generated from information provided by the datasource.\n"
                           "network:\n"
                           "  version: 2\n"
                           "  renderer: networkd\n"
                           "  ethernets:\n"
                           "    enp5s0: # the first NIC\n"
                           "      dhcp4: false\n"
                           "      addresses: [192.0.2.10/24]\n"
                           "      routes:\n"
                           "        - to: default\n"
                           "          via: 192.0.2.1\n"
                           "    ens19:\n"
                           "      dhcp4: true\n"
                           "    \"enp6s0\":\n"
                           "      match:\n"
                           "        macaddress: \"00:50:56:00:00:02\"\n"
                           "      set-name: enp6s0\n"
                           "    storage:\n"
                           "      match:\n"
                           "        name: enp7s0\n"
                           "    uplink:\n"
                           "      match: {name: \"ens1*\"}\n"
                           "  bonds:\n"
                           "    bond0:\n"
                           "      interfaces: [enp5s0, ens19]\n"
                           "      parameters:\n"
                           "        mode: active-backup\n"
                           "        primary: enp5s0\n"
                           "  vlans:\n"
                           "    vlan100:\n"
                           "      id: 100\n"
                           "      link: enp5s0\n"));
        QCOMPARE(notes.size(), 1);
        QVERIFY2(notes.first().contains(QStringLiteral("ethernets.uplink.match.name"))
                && notes.first().contains(QStringLiteral("ens1*"))
                && notes.first().contains(QStringLiteral("ens192")),
            qPrintable(notes.first()));
        // What netplan will read.
        const YAML::Node root = YAML::Load(out->toStdString());
        QVERIFY(root["network"]["ethernets"]["enp5s0"]);
        QVERIFY(!root["network"]["ethernets"]["ens192"]);
        QCOMPARE(root["network"]["ethernets"]["enp6s0"]["match"]["macaddress"].as<std::string>(),
            std::string("00:50:56:00:00:02"));

        // Done twice: nothing more changes.
        auto again = linuxconfig::renameNetplanInterfaces(*out, renames, &changed);
        QVERIFY(again.ok());
        QCOMPARE(*again, *out);
        QVERIFY(!changed);
    }

    // CRLF line ends, a UTF-8 comment before the name, an anchored name and an alias of it.
    void netplanOddButValid()
    {
        const QString in = QStringLiteral("# Netzwerk für die Ärzte\r\nnetwork:\r\n  ethernets:\r\n"
                                          "    ens192: {dhcp4: true}\r\n"
                                          "  bridges:\r\n    br0:\r\n"
                                          "      interfaces: [&nic ens192]\r\n"
                                          "  vlans:\r\n    v1: {id: 1, link: *nic}\r\n");
        bool changed = false;
        auto out = linuxconfig::renameNetplanInterfaces(in, firstNic(), &changed);
        QVERIFY2(out.ok(), out.ok() ? "" : qPrintable(out.error().toString()));
        QVERIFY(changed);
        QCOMPARE(*out,
            QStringLiteral("# Netzwerk für die Ärzte\r\nnetwork:\r\n  ethernets:\r\n"
                           "    enp5s0: {dhcp4: true}\r\n"
                           "  bridges:\r\n    br0:\r\n"
                           "      interfaces: [&nic enp5s0]\r\n"
                           "  vlans:\r\n    v1: {id: 1, link: *nic}\r\n"));
    }

    // Files that are left as they are: an error, never half a file.
    void netplanRefused()
    {
        bool changed = true;
        // Both names configured: renaming would give two entries of one name.
        auto both = linuxconfig::renameNetplanInterfaces(
            QStringLiteral("network:\n  ethernets:\n    ens192: {}\n    enp5s0: {}\n"), firstNic(),
            &changed);
        QVERIFY(!both.ok());
        QVERIFY(!changed);
        auto broken = linuxconfig::renameNetplanInterfaces(
            QStringLiteral("network:\n  ethernets:\n    ens192: [\n"), firstNic(), &changed);
        QVERIFY(!broken.ok());
        QCOMPARE(broken.error().code, Error::Code::InvalidInput);
        auto two = linuxconfig::renameNetplanInterfaces(
            QStringLiteral("network:\n  ethernets:\n    ens192: {}\n---\nnetwork: {}\n"),
            firstNic(), &changed);
        QVERIFY(!two.ok());
        // A name written with an escape cannot be rewritten in place.
        auto escaped = linuxconfig::renameNetplanInterfaces(
            QStringLiteral("network:\n  ethernets:\n    \"ens\\x3192\": {}\n"), firstNic(),
            &changed);
        QVERIFY(!escaped.ok());
        QVERIFY(!changed);
        // No network: block, no ethernet of that name, an empty file: nothing to do.
        for (const QString &text : {QStringLiteral("# nothing\n"),
                 QStringLiteral("network:\n  ethernets:\n    eth0: {dhcp4: true}\n"), QString()}) {
            auto out = linuxconfig::renameNetplanInterfaces(text, firstNic(), &changed);
            QVERIFY(out.ok());
            QCOMPARE(*out, text);
            QVERIFY(!changed);
        }
    }

    // A keyfile as NetworkManager writes it: interface-name changes; id, uuid, MAC, comments and
    // the file's other sections stay. A VLAN's parent; a [match] list with a pattern.
    void keyfile()
    {
        const QString in = QStringLiteral("[connection]\n"
                                          "id=ens192\n"
                                          "uuid=3c1e5a8e-7c7a-4a4e-9c7e-2f1d1f0b9a11\n"
                                          "type=ethernet\n"
                                          "autoconnect-priority=-999\n"
                                          "interface-name=ens192\n"
                                          "timestamp=1700000000\n"
                                          "\n"
                                          "[ethernet]\n"
                                          "mac-address=00:50:56:00:00:01\n"
                                          "\n"
                                          "[ipv4]\n"
                                          "# set by the administrator\n"
                                          "address1=192.0.2.10/24,192.0.2.1\n"
                                          "dns=192.0.2.53;\n"
                                          "method=manual\n"
                                          "\n"
                                          "[ipv6]\n"
                                          "addr-gen-mode=eui64\n"
                                          "method=auto\n"
                                          "\n"
                                          "[proxy]\n");
        bool changed = false;
        QStringList notes;
        auto out = linuxconfig::renameKeyfileInterfaces(in, firstNic(), &changed, &notes);
        QVERIFY2(out.ok(), out.ok() ? "" : qPrintable(out.error().toString()));
        QVERIFY(changed);
        QString expected = in;
        expected.replace(
            QStringLiteral("interface-name=ens192\n"), QStringLiteral("interface-name=enp5s0\n"));
        QCOMPARE(*out, expected);
        QVERIFY(out->contains(QStringLiteral("id=ens192\n")));
        QVERIFY(notes.isEmpty());

        const QString vlan = QStringLiteral("[connection]\nid=vlan100\ntype=vlan\n"
                                            "interface-name=ens192.100\n\n"
                                            "[vlan]\nflags=1\nid=100\nparent=ens192\n\n"
                                            "[match]\ninterface-name=ens19;!ens192;en*;\n");
        out = linuxconfig::renameKeyfileInterfaces(vlan, firstNic(), &changed, &notes);
        QVERIFY(out.ok());
        QVERIFY(changed);
        // A VLAN's own name is free in NetworkManager: it stays.
        QCOMPARE(*out,
            QStringLiteral("[connection]\nid=vlan100\ntype=vlan\n"
                           "interface-name=ens192.100\n\n"
                           "[vlan]\nflags=1\nid=100\nparent=enp5s0\n\n"
                           "[match]\ninterface-name=ens19;!enp5s0;en*;\n"));
        QCOMPARE(notes.size(), 1);
        QVERIFY(notes.first().contains(QStringLiteral("en*")));

        // Another interface's connection; a line that is no setting.
        const QString other = QStringLiteral("[connection]\nid=x\ninterface-name=ens1920\n");
        out = linuxconfig::renameKeyfileInterfaces(other, firstNic(), &changed);
        QVERIFY(out.ok());
        QCOMPARE(*out, other);
        QVERIFY(!changed);
        out = linuxconfig::renameKeyfileInterfaces(
            QStringLiteral("[connection]\ninterface-name=ens192\nthis is not a setting\n"),
            firstNic(), &changed);
        QVERIFY(!out.ok());
        QVERIFY(!changed);
        QCOMPARE(out.error().code, Error::Code::InvalidInput);
        QVERIFY2(
            out.error().message.contains(QStringLiteral("3")), qPrintable(out.error().message));
    }

    // systemd-networkd: a .network's Name= list (an inverted one too) and BindCarrier=; a .link
    // file that names the interface by MAC; patterns noted; continuation lines refused.
    void networkd()
    {
        const QString in = QStringLiteral("# Written by the installer\n"
                                          "[Match]\n"
                                          "Name=ens19 ens192 en*\n"
                                          "\n"
                                          "[Network]\n"
                                          "Address=192.0.2.10/24\n"
                                          "Gateway=192.0.2.1\n"
                                          "BindCarrier=ens192\n"
                                          "; a comment\n");
        bool changed = false;
        QStringList notes;
        auto out = linuxconfig::renameNetworkdInterfaces(in, firstNic(), false, &changed, &notes);
        QVERIFY2(out.ok(), out.ok() ? "" : qPrintable(out.error().toString()));
        QVERIFY(changed);
        QCOMPARE(*out,
            QStringLiteral("# Written by the installer\n"
                           "[Match]\n"
                           "Name=ens19 enp5s0 en*\n"
                           "\n"
                           "[Network]\n"
                           "Address=192.0.2.10/24\n"
                           "Gateway=192.0.2.1\n"
                           "BindCarrier=enp5s0\n"
                           "; a comment\n"));
        QCOMPARE(notes.size(), 1);
        QVERIFY(notes.first().contains(QStringLiteral("en*")));

        out = linuxconfig::renameNetworkdInterfaces(
            QStringLiteral("[Match]\nName = !ens192 lo\n"), firstNic(), false, &changed);
        QVERIFY(out.ok());
        QCOMPARE(*out, QStringLiteral("[Match]\nName = !enp5s0 lo\n"));

        // A .link: [Link] Name= and the kernel's name it matches; MACAddress= stays. In a
        // .network, [Link] Name= means nothing and stays.
        const QString link = QStringLiteral("[Match]\nMACAddress=00:50:56:00:00:01\n"
                                            "OriginalName=ens192\n\n"
                                            "[Link]\nName=ens192\nAlternativeName=lan ens192\n");
        out = linuxconfig::renameNetworkdInterfaces(link, firstNic(), true, &changed);
        QVERIFY(out.ok());
        QVERIFY(changed);
        QCOMPARE(*out,
            QStringLiteral("[Match]\nMACAddress=00:50:56:00:00:01\n"
                           "OriginalName=enp5s0\n\n"
                           "[Link]\nName=enp5s0\nAlternativeName=lan enp5s0\n"));
        out = linuxconfig::renameNetworkdInterfaces(
            QStringLiteral("[Link]\nName=ens192\n"), firstNic(), false, &changed);
        QVERIFY(out.ok());
        QVERIFY(!changed);

        out = linuxconfig::renameNetworkdInterfaces(
            QStringLiteral("[Match]\nName=ens224 \\\n  ens192\n"), firstNic(), false, &changed);
        QVERIFY(!out.ok());
        QVERIFY(!changed);
    }

    // RHEL's ifcfg (anaconda): DEVICE and NAME, quotes kept; ETHTOOL_OPTS that mentions the old
    // name is noted, not changed; HWADDR stays.
    void ifcfgRhel()
    {
        const QString in = QStringLiteral("# Generated by the installer\n"
                                          "TYPE=Ethernet\n"
                                          "PROXY_METHOD=none\n"
                                          "BOOTPROTO=none\n"
                                          "DEFROUTE=yes\n"
                                          "NAME=ens192\n"
                                          "UUID=3c1e5a8e-7c7a-4a4e-9c7e-2f1d1f0b9a11\n"
                                          "DEVICE=\"ens192\"   # the first NIC\n"
                                          "ONBOOT=yes\n"
                                          "IPADDR=192.0.2.10\n"
                                          "PREFIX=24\n"
                                          "GATEWAY=192.0.2.1\n"
                                          "HWADDR=00:50:56:00:00:01\n"
                                          "ETHTOOL_OPTS=\"-K ens192 tso off\"\n");
        bool changed = false;
        QStringList notes;
        auto out = linuxconfig::renameIfcfgInterfaces(in, firstNic(), &changed, &notes);
        QVERIFY2(out.ok(), out.ok() ? "" : qPrintable(out.error().toString()));
        QVERIFY(changed);
        QString expected = in;
        expected.replace(QStringLiteral("NAME=ens192\n"), QStringLiteral("NAME=enp5s0\n"));
        expected.replace(QStringLiteral("DEVICE=\"ens192\""), QStringLiteral("DEVICE=\"enp5s0\""));
        QCOMPARE(*out, expected);
        QCOMPARE(notes.size(), 1);
        QVERIFY(notes.first().contains(QStringLiteral("ETHTOOL_OPTS")));

        // A VLAN named after its parent, and one with PHYSDEV; an alias.
        out = linuxconfig::renameIfcfgInterfaces(
            QStringLiteral("VLAN=yes\nDEVICE=ens192.100\nPHYSDEV=ens192\nNAME=\"System ens192\"\n"),
            firstNic(), &changed);
        QVERIFY(out.ok());
        QCOMPARE(*out,
            QStringLiteral(
                "VLAN=yes\nDEVICE=enp5s0.100\nPHYSDEV=enp5s0\nNAME=\"System ens192\"\n"));
        out = linuxconfig::renameIfcfgInterfaces(
            QStringLiteral("DEVICE=ens192:1\nIPADDR=192.0.2.11\n"), firstNic(), &changed);
        QVERIFY(out.ok());
        QCOMPARE(*out, QStringLiteral("DEVICE=enp5s0:1\nIPADDR=192.0.2.11\n"));
    }

    // SUSE's sysconfig (YaST): single quotes; a VLAN's ETHERDEVICE, a bond's slaves, a bridge's
    // ports.
    void ifcfgSuse()
    {
        bool changed = false;
        auto out = linuxconfig::renameIfcfgInterfaces(
            QStringLiteral("BOOTPROTO='static'\nSTARTMODE='auto'\nETHERDEVICE='ens192'\n"
                           "VLAN_ID='100'\nIPADDR='192.0.2.10/24'\n"),
            firstNic(), &changed);
        QVERIFY(out.ok());
        QVERIFY(changed);
        QCOMPARE(*out,
            QStringLiteral("BOOTPROTO='static'\nSTARTMODE='auto'\nETHERDEVICE='enp5s0'\n"
                           "VLAN_ID='100'\nIPADDR='192.0.2.10/24'\n"));
        out = linuxconfig::renameIfcfgInterfaces(
            QStringLiteral("BONDING_MASTER='yes'\nBONDING_SLAVE0='ens192'\nBONDING_SLAVE1='ens19'\n"
                           "BONDING_MODULE_OPTS='mode=active-backup miimon=100'\n"),
            firstNic(), &changed);
        QVERIFY(out.ok());
        QCOMPARE(*out,
            QStringLiteral("BONDING_MASTER='yes'\nBONDING_SLAVE0='enp5s0'\nBONDING_SLAVE1='ens19'\n"
                           "BONDING_MODULE_OPTS='mode=active-backup miimon=100'\n"));
        out = linuxconfig::renameIfcfgInterfaces(
            QStringLiteral("BRIDGE='yes'\nBRIDGE_PORTS='ens192 ens1920'\n"), firstNic(), &changed);
        QVERIFY(out.ok());
        QCOMPARE(*out, QStringLiteral("BRIDGE='yes'\nBRIDGE_PORTS='enp5s0 ens1920'\n"));
        // SUSE's NAME is the NIC's description: not an interface name, it stays.
        const QString described = QStringLiteral("NAME='VMXNET3 Ethernet Controller'\n");
        out = linuxconfig::renameIfcfgInterfaces(described, firstNic(), &changed);
        QVERIFY(out.ok());
        QCOMPARE(*out, described);
        QVERIFY(!changed);
    }

    // ifcfg files that are shell code or hold a value that is not plain are left alone.
    void ifcfgRefused()
    {
        bool changed = true;
        auto code = linuxconfig::renameIfcfgInterfaces(
            QStringLiteral("DEVICE=ens192\nif [ -f /etc/x ]; then ONBOOT=no; fi\n"), firstNic(),
            &changed);
        QVERIFY(!code.ok());
        QVERIFY(!changed);
        auto expanded = linuxconfig::renameIfcfgInterfaces(
            QStringLiteral("DEVICE=\"${PREFIX}ens192\"\n"), firstNic(), &changed);
        QVERIFY(!expanded.ok());
        auto multiline = linuxconfig::renameIfcfgInterfaces(
            QStringLiteral("DEVICE=ens192\nETHTOOL_OPTS=\"-K ens192\n tso off\"\n"), firstNic(),
            &changed);
        QVERIFY(!multiline.ok());
    }

    // A name that is a prefix of another (ens19 renamed, ens192 configured) changes nothing, in
    // every kind of file.
    void prefixUntouched_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("text");
        QTest::newRow("ifupdown") << QStringLiteral("ifupdown")
                                  << QStringLiteral("auto ens192\niface ens192 inet dhcp\n"
                                                    "iface ens192.100 inet manual\n");
        QTest::newRow("netplan") << QStringLiteral("netplan")
                                 << QStringLiteral("network:\n  ethernets:\n    ens192:\n"
                                                   "      match: {name: ens192}\n"
                                                   "  vlans:\n    v: {id: 1, link: ens192}\n");
        QTest::newRow("keyfile") << QStringLiteral("keyfile")
                                 << QStringLiteral("[connection]\ninterface-name=ens192\n"
                                                   "[vlan]\nparent=ens192\n");
        QTest::newRow("networkd") << QStringLiteral("networkd")
                                  << QStringLiteral("[Match]\nName=ens192 ens1920\n");
        QTest::newRow("networkd-link")
            << QStringLiteral("networkd-link") << QStringLiteral("[Link]\nName=ens192\n");
        QTest::newRow("ifcfg") << QStringLiteral("ifcfg")
                               << QStringLiteral("DEVICE=ens192\nNAME=ens192.100\n"
                                                 "PHYSDEV=ens192\nBRIDGE_PORTS='ens192'\n");
        QTest::newRow("route") << QStringLiteral("ifcfg-route")
                               << QStringLiteral("10.0.0.0/8 via 192.0.2.1 dev ens192\n");
    }
    void prefixUntouched()
    {
        QFETCH(QString, kind);
        QFETCH(QString, text);
        bool changed = true;
        QStringList notes;
        auto out = linuxconfig::renameInterfacesIn(
            kind, text, {{QStringLiteral("ens19"), QStringLiteral("enp9s0")}}, &changed, &notes);
        QVERIFY2(out.ok(), out.ok() ? "" : qPrintable(out.error().toString()));
        QCOMPARE(*out, text);
        QVERIFY(!changed);
        QVERIFY(notes.isEmpty());
        // And the same file with its own name renamed does change.
        out = linuxconfig::renameInterfacesIn(kind, text, firstNic(), &changed);
        QVERIFY(out.ok());
        QVERIFY(changed);
        QVERIFY(out->contains(QStringLiteral("enp5s0")));
    }

    // Route files: "dev NAME" (RHEL) and the interface column (SUSE).
    void routes()
    {
        bool changed = false;
        auto out = linuxconfig::renameInterfacesIn(QStringLiteral("ifcfg-route"),
            QStringLiteral("# static routes\n10.0.0.0/8 via 192.0.2.1 dev ens192\n"
                           "default 192.0.2.1 - ens192\n203.0.113.0/24 dev ens19\n"),
            firstNic(), &changed);
        QVERIFY(out.ok());
        QVERIFY(changed);
        QCOMPARE(*out,
            QStringLiteral("# static routes\n10.0.0.0/8 via 192.0.2.1 dev enp5s0\n"
                           "default 192.0.2.1 - enp5s0\n203.0.113.0/24 dev ens19\n"));
        auto unknown = linuxconfig::renameInterfacesIn(
            QStringLiteral("wicked"), QStringLiteral("x"), firstNic(), &changed);
        QVERIFY(!unknown.ok());
    }

    // The file names that follow the interface: ifcfg-, route-, route6-, ifroute-; VLANs and
    // aliases named after it; backups, other interfaces and other files keep theirs.
    void fileNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("renamed");
        QTest::newRow("ifcfg") << QStringLiteral("ifcfg-ens192") << QStringLiteral("ifcfg-enp5s0");
        QTest::newRow("route") << QStringLiteral("route-ens192") << QStringLiteral("route-enp5s0");
        QTest::newRow("route6") << QStringLiteral("route6-ens192")
                                << QStringLiteral("route6-enp5s0");
        QTest::newRow("suse route")
            << QStringLiteral("ifroute-ens192") << QStringLiteral("ifroute-enp5s0");
        QTest::newRow("vlan") << QStringLiteral("ifcfg-ens192.100")
                              << QStringLiteral("ifcfg-enp5s0.100");
        QTest::newRow("alias") << QStringLiteral("ifcfg-ens192:1")
                               << QStringLiteral("ifcfg-enp5s0:1");
        QTest::newRow("longer name") << QStringLiteral("ifcfg-ens1920") << QString();
        QTest::newRow("shorter name") << QStringLiteral("ifcfg-ens19") << QString();
        QTest::newRow("backup") << QStringLiteral("ifcfg-ens192.bak") << QString();
        QTest::newRow("loopback") << QStringLiteral("ifcfg-lo") << QString();
        QTest::newRow("keyfile") << QStringLiteral("ens192.nmconnection") << QString();
        QTest::newRow("global routes") << QStringLiteral("routes") << QString();
    }
    void fileNames()
    {
        QFETCH(QString, name);
        QFETCH(QString, renamed);
        QCOMPARE(linuxconfig::renamedNetworkFileName(name, firstNic()), renamed);
    }
};

QTEST_GUILESS_MAIN(TestNicRename)
#include "test_nicrename.moc"
