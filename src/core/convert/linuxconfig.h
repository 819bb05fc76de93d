#pragma once

#include "convert/conversiontypes.h"
#include "util/result.h"

#include <QHash>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

class QDateTime;

// The text a Linux conversion writes into the guest, and the parsing of what guestfish answers:
// pure functions, so the unit tests see exactly what lands in the guest.
namespace ferry::convert::linuxconfig {

// The kernel modules a guest needs in its initramfs to find its root disk and its NIC on an
// Incus/LXD VM (virtio-scsi disk, virtio-net NIC, both on PCI).
QStringList virtioModules();

// /etc/udev/rules.d/70-ferry-net-names.rules: one rule per NIC without a targetName that names
// the interface with the NIC's MAC as it was named on VMware, before systemd's predictable
// names (80-net-setup-link) would rename it after its new PCI slot (enp5s0). A MAC or a name
// (old or new) that is not valid is an error.
Result<QString> udevNameRules(const QList<NicIdentity> &nics);

// New interface names (newByOld: ens192 -> enp5s0) in a guest's network configuration
// (src/core/convert/linuxnetrename.cpp). `changed`: whether anything was replaced. Only a name
// that is exactly an old one changes (ens1920 and xens192 stay for ens192); comments, order and
// spacing stay. `notes` gets what was left alone that may still mean an old interface (a pattern
// such as ens* that matches it, an ifcfg setting that mentions it). An error means the file could
// not be read as its kind: it is to be left as it is, never written in part.
// - ifupdown (/etc/network/interfaces, interfaces.d/*), also in aliases and VLANs (ens192:1,
//   ens192.100); route files (ifcfg's route-NAME, route6-NAME, SUSE's ifroute-NAME and routes)
//   the same way (dev ens192).
QString renameInterfaces(
    const QString &text, const QHash<QString, QString> &newByOld, bool *changed = nullptr);
// - netplan: an id under ethernets that is an old name (the interface's name when the entry has
//   no match block, a label otherwise) and every reference to it (bonds' and bridges'
//   interfaces, a VLAN's link, a bond's primary), match: name: and set-name:. A match by
//   macaddress stays as it is. Edited in place (comments stay), then read back with yaml-cpp:
//   anything but the renamed scalars differing is an error.
Result<QString> renameNetplanInterfaces(const QString &text,
    const QHash<QString, QString> &newByOld, bool *changed = nullptr, QStringList *notes = nullptr);
// - NetworkManager keyfile: [connection] interface-name=, [match] interface-name= (a list),
//   parent= of a VLAN or other child device. The connection's id and file name stay: they are
//   labels, NetworkManager binds the connection to the device by interface-name.
Result<QString> renameKeyfileInterfaces(const QString &text,
    const QHash<QString, QString> &newByOld, bool *changed = nullptr, QStringList *notes = nullptr);
// - systemd-networkd: a .network file's [Match] Name= (space-separated, maybe inverted with !)
//   and [Network] BindCarrier=; a .link file's (`linkFile`) [Match] OriginalName= and [Link]
//   Name= and AlternativeName=.
Result<QString> renameNetworkdInterfaces(const QString &text,
    const QHash<QString, QString> &newByOld, bool linkFile, bool *changed = nullptr,
    QStringList *notes = nullptr);
// - ifcfg (RHEL's network-scripts, also read by NetworkManager's ifcfg-rh plugin, and SUSE's
//   sysconfig/network): DEVICE= and NAME= (also a VLAN's or alias' name: ens192.100, ens192:1),
//   PHYSDEV=, ETHERDEVICE=, PARENTDEVICE=, BONDING_SLAVE*= and BRIDGE_PORTS=, quotes kept.
Result<QString> renameIfcfgInterfaces(const QString &text, const QHash<QString, QString> &newByOld,
    bool *changed = nullptr, QStringList *notes = nullptr);
// The file name an ifcfg-NAME, route-NAME, route6-NAME or ifroute-NAME file takes when NAME (or
// the interface its VLAN or alias is named after) is renamed: ifcfg-ens192 -> ifcfg-enp5s0;
// empty when it keeps its name (ifcfg-ens1920, ifcfg-ens192.bak).
QString renamedNetworkFileName(const QString &fileName, const QHash<QString, QString> &newByOld);
// The one of the above for a kind of file: ifupdown, ifcfg-route, netplan, keyfile, networkd
// (.network), networkd-link (.link), ifcfg.
Result<QString> renameInterfacesIn(const QString &kind, const QString &text,
    const QHash<QString, QString> &newByOld, bool *changed = nullptr, QStringList *notes = nullptr);

// The interface names a guest's network configuration uses (lo, aliases and VLANs left out:
// ens192:1 and ens192.100 name ens192), in the order of natural sorting (ens192 before ens224,
// eth2 before eth10), which on VMware is the NICs' PCI slot order and so the inventory's.
// `kind`: "ifupdown" (/etc/network/interfaces and interfaces.d), "netplan" (the ethernets:
// section's keys without a match: block), "keyfile" (NetworkManager's interface-name=),
// "networkd" (a .network file's [Match] Name=, without wildcards).
QStringList configuredInterfaces(const QString &text, const QString &kind);

// Sorts names with runs of digits compared as numbers: eth2 before eth10, ens192 before ens224.
void sortNaturally(QStringList &names);

// Pairs NICs that have no guestName with the configured names, in order: the n-th NIC of the
// inventory gets the n-th name. Returns the NICs, and in `unmatched` the NICs that got none.
QList<NicIdentity> assignGuestNames(
    QList<NicIdentity> nics, const QStringList &configured, QStringList *unmatched = nullptr);

// An ifupdown file with interface `name` given a static address: its `iface name inet ...`
// stanza becomes `inet static` with `address` (CIDR), and `gateway` and `dns-nameservers` when
// given (else the old lines stay); netmask, broadcast and network lines go (the prefix says it).
// Aliases and VLANs (name:1, name.100) are left alone. `changed`: whether the stanza was found.
QString setIfupdownAddress(const QString &text, const QString &name, const QString &cidr,
    const QString &gateway, const QStringList &dns, bool *changed = nullptr);

// The same for the other network configurations a Linux guest may have
// (src/core/convert/linuxnetaddress.cpp). Each changes only the configuration of interface
// `name` and sets `changed` when it found one; what is not about the address stays as it was.
// - NetworkManager keyfile (a [connection] with interface-name=name): [ipv4] method=manual,
//   address1=cidr[,gateway], dns=a;b; (when given); other addressN/gateway keys go.
// - systemd-networkd .network ([Match] Name=name): [Network] Address=, Gateway=, DNS=; DHCP=yes
//   becomes ipv6, DHCP=ipv4 becomes no; [Address] sections go.
// - ifcfg (the file of interface name: DEVICE=name or the caller's file name): BOOTPROTO=none,
//   IPADDR=, PREFIX=, GATEWAY=, DNS1...; NETMASK, IPADDR0/PREFIX0 and the like go.
// - netplan (network.ethernets.name, read and written with yaml-cpp: comments are lost, which
//   the conversion's log says): dhcp4 false, addresses [cidr], routes [{to: default, via:
//   gateway}] instead of gateway4, nameservers.addresses.
QString setKeyfileAddress(const QString &text, const QString &name, const QString &cidr,
    const QString &gateway, const QStringList &dns, bool *changed = nullptr);
QString setNetworkdAddress(const QString &text, const QString &name, const QString &cidr,
    const QString &gateway, const QStringList &dns, bool *changed = nullptr);
QString setIfcfgAddress(const QString &text, const QString &name, bool fileIsTheInterfaces,
    const QString &cidr, const QString &gateway, const QStringList &dns, bool *changed = nullptr);
Result<QString> setNetplanAddress(const QString &text, const QString &name, const QString &cidr,
    const QString &gateway, const QStringList &dns, bool *changed = nullptr);

// The device of the appliance a guest's device path means, for paths by kernel name
// (/dev/sda1, /dev/vdb, /dev/hda2, /dev/xvda1) or by path on a SCSI controller
// (/dev/disk/by-path/pci-...-scsi-0:0:1:0-part2 is the second disk's second partition: /dev/sdb2).
// Empty when the path does not name a device that way (UUID=, LABEL=, /dev/mapper/..., tmpfs).
QString applianceDevice(const QString &guestPath);

struct FstabRewrite
{
    QString text; // the new file (the old one when nothing changed)
    QStringList changes; // "/dev/sda1 -> UUID=..." per rewritten entry
    QStringList unresolved; // device paths that have no known UUID: left as they were
};

// Rewrites the fstab entries that name a disk by kernel name or by path to UUID=...; comments,
// spacing and every other entry stay as they were. uuidByDevice: the appliance's devices
// (/dev/sda1) and their file system UUIDs (vfs-uuid).
FstabRewrite rewriteFstab(const QString &fstab, const QHash<QString, QString> &uuidByDevice);

// An initramfs-tools modules file (/etc/initramfs-tools/modules) that lists `modules`: the old
// text with a line for each one that is missing. `added` gets the ones that were missing.
QString ensureModulesListed(
    const QString &modulesFile, const QStringList &modules, QStringList *added = nullptr);

// /etc/dracut.conf.d/ferry-virtio.conf for the RHEL and SUSE families.
QString dracutConf(const QStringList &modules);

// guestfish's answers.
QStringList parseLines(const QString &out); // one item per non-empty line, trimmed
// inspect-get-mountpoints: "/: /dev/sda2" lines, sorted so a parent is mounted before its child.
QList<QPair<QString, QString>> parseMountpoints(const QString &out);
// list-filesystems: "/dev/sda1: ext4" lines -> device: type.
QHash<QString, QString> parseFilesystems(const QString &out);

// /var/log/ferry-conversion.log: what was found and what changed.
QString conversionLog(const ConversionResult &result, const QDateTime &when);

} // namespace ferry::convert::linuxconfig
