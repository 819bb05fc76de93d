#include "vmware/inventory.h"

#include "vmware/inventoryname.h"
#include "vmware/xmlreader.h"
#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QRegularExpression>

namespace ferry::vmware {

Q_LOGGING_CATEGORY(lcInventory, "ferry.vmware.inventory", QtInfoMsg)

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(vmware)
};

const QStringList kVmProperties = {
    QStringLiteral("name"),
    QStringLiteral("parent"),
    QStringLiteral("parentVApp"),
    QStringLiteral("resourcePool"),
    QStringLiteral("config.instanceUuid"),
    QStringLiteral("config.uuid"),
    QStringLiteral("config.annotation"),
    QStringLiteral("config.guestFullName"),
    QStringLiteral("config.guestId"),
    QStringLiteral("config.template"),
    QStringLiteral("config.firmware"),
    QStringLiteral("config.changeTrackingEnabled"),
    QStringLiteral("config.hardware.numCPU"),
    QStringLiteral("config.hardware.memoryMB"),
    QStringLiteral("config.hardware.device"),
    QStringLiteral("config.extraConfig"),
    QStringLiteral("config.bootOptions.efiSecureBootEnabled"),
    QStringLiteral("config.bootOptions.bootOrder"),
    QStringLiteral("summary.config.tpmPresent"),
    QStringLiteral("summary.runtime.powerState"),
    QStringLiteral("guest.toolsRunningStatus"),
    QStringLiteral("guest.net"),
    QStringLiteral("snapshot"),
    QStringLiteral("customValue"),
};

struct Entity
{
    QString type;
    QString name;
    QString parent; // moref value
};

bool isTrue(const QString &s)
{
    return s == QLatin1String("true") || s == QLatin1String("1");
}

// Resolves a moref to its inventory path through the names and parents read in the same pass.
// The names stay as vSphere escapes them ("a%2fb"), so a path splits at '/' unambiguously.
class PathResolver
{
public:
    QHash<QString, Entity> entities;

    // The path ("/Europe/DC-Zurich/vm/web"); `datacenterPath` gets the path of the datacenter
    // on the way up without its leading '/' ("Europe/DC-Zurich"), the datastore front's dcPath.
    QString path(const QString &moref, QString *datacenterPath = nullptr) const
    {
        QStringList parts;
        QString cur = moref;
        QString datacenter;
        for (int guard = 0; guard < 64 && !cur.isEmpty(); ++guard) {
            auto it = entities.constFind(cur);
            if (it == entities.constEnd())
                break;
            if (it->type == QLatin1String("Folder") && it->parent.isEmpty())
                break; // the root folder ("Datacenters") is not part of paths
            parts.prepend(it->name);
            if (it->type == QLatin1String("Datacenter") && datacenter.isEmpty())
                datacenter = cur;
            cur = it->parent;
        }
        if (datacenterPath)
            *datacenterPath = datacenter.isEmpty() ? QString() : path(datacenter).mid(1);
        return QLatin1Char('/') + parts.join(QLatin1Char('/'));
    }
};

QString architectureFrom(const QHash<QString, QString> &detailed, const QString &guestId)
{
    const QString arch = detailed.value(QStringLiteral("architecture")).toLower();
    const QString bits = detailed.value(QStringLiteral("bitness"));
    if (arch.startsWith(QLatin1String("arm")))
        return bits == QLatin1String("32") ? QStringLiteral("armv7l") : QStringLiteral("aarch64");
    if (arch == QLatin1String("x86"))
        return bits == QLatin1String("32") ? QStringLiteral("i686") : QStringLiteral("x86_64");
    if (guestId.contains(QLatin1String("arm64"), Qt::CaseInsensitive))
        return QStringLiteral("aarch64");
    return QStringLiteral("x86_64");
}

// Returns the network id a NIC's backing points at, and whether it is a NIC at all.
bool readNic(const XmlNode &dev, Nic &nic)
{
    const XmlNode *backing = dev.child(u"backing");
    if (!backing || !backing->type.startsWith(QLatin1String("VirtualEthernetCard")))
        return false;
    nic.hardwareAddress = dev.textAt(u"macAddress").toLower();
    if (backing->type == QLatin1String("VirtualEthernetCardNetworkBackingInfo"))
        nic.sourceSpecificId = backing->textAt(u"network");
    else if (backing->type == QLatin1String("VirtualEthernetCardDistributedVirtualPortBackingInfo"))
        nic.sourceSpecificId = backing->textAt(u"port/portgroupKey");
    else if (backing->type == QLatin1String("VirtualEthernetCardOpaqueNetworkBackingInfo"))
        nic.sourceSpecificId = backing->textAt(u"opaqueNetworkId");
    return true;
}

void flattenSnapshots(const XmlNode &list, QVector<Snapshot> &out)
{
    for (const XmlNode *s : list.all(u"VirtualMachineSnapshotTree")) {
        Snapshot snap;
        snap.position = int(out.size());
        snap.name = s->textAt(u"name");
        snap.description = s->textAt(u"description");
        snap.createdAt = QDateTime::fromString(s->textAt(u"createTime"), Qt::ISODateWithMs);
        out << snap;
        for (const XmlNode *c : s->all(u"childSnapshotList")) {
            XmlNode wrapper;
            wrapper.children.push_back(*c);
            wrapper.children.back().name = QStringLiteral("VirtualMachineSnapshotTree");
            flattenSnapshots(wrapper, out);
        }
    }
}

bool isLinkLocal(const QString &ip)
{
    return ip.startsWith(QLatin1String("fe80:"), Qt::CaseInsensitive)
        || ip.startsWith(QLatin1String("169.254."));
}

struct RawVm
{
    Instance instance;
    QString parent;
    QString resourcePool;
    QHash<QString, QString> customValues; // field key -> value
};

// Converts one VirtualMachine object of a RetrievePropertiesEx answer.
RawVm convertVm(const XmlNode &object)
{
    RawVm raw;
    Instance &vm = raw.instance;
    vm.sourceSpecificId = object.textAt(u"obj");
    QHash<QString, QString> detailed;
    for (const XmlNode *prop : object.all(u"propSet")) {
        const QString name = prop->textAt(u"name");
        const XmlNode *val = prop->child(u"val");
        if (!val)
            continue;
        if (name == QLatin1String("name"))
            vm.name = val->text;
        else if (name == QLatin1String("parent")
            || (name == QLatin1String("parentVApp") && raw.parent.isEmpty()))
            raw.parent = val->text;
        else if (name == QLatin1String("resourcePool"))
            raw.resourcePool = val->text;
        else if (name == QLatin1String("config.instanceUuid")
            || (name == QLatin1String("config.uuid") && vm.uuid.isEmpty()))
            vm.uuid = val->text.toLower();
        else if (name == QLatin1String("config.annotation"))
            vm.description = val->text;
        else if (name == QLatin1String("config.guestFullName"))
            vm.osTemplate = val->text;
        else if (name == QLatin1String("config.guestId"))
            vm.config.insert(QStringLiteral("vmware.guest_id"), val->text);
        else if (name == QLatin1String("config.template"))
            vm.config.insert(QStringLiteral("vmware.template"), isTrue(val->text));
        else if (name == QLatin1String("config.firmware"))
            vm.legacyBoot = val->text != QLatin1String("efi");
        else if (name == QLatin1String("config.changeTrackingEnabled"))
            vm.backgroundImport = isTrue(val->text);
        else if (name == QLatin1String("config.hardware.numCPU"))
            vm.cpus = val->text.toInt();
        else if (name == QLatin1String("config.hardware.memoryMB"))
            vm.memoryBytes = val->text.toLongLong() * 1024 * 1024;
        else if (name == QLatin1String("config.bootOptions.efiSecureBootEnabled"))
            vm.secureBoot = isTrue(val->text);
        else if (name == QLatin1String("config.bootOptions.bootOrder")) {
            // The first disk in the boot order is the one the VM boots from (vSphere boots the
            // first disk on the controller otherwise): the target's root disk.
            for (const XmlNode &dev : val->children)
                if (dev.type == QLatin1String("VirtualMachineBootOptionsBootableDiskDevice")) {
                    vm.config.insert(
                        QStringLiteral("vmware.boot_disk_key"), dev.textAt(u"deviceKey").toInt());
                    break;
                }
        } else if (name == QLatin1String("summary.config.tpmPresent"))
            vm.tpm = vm.tpm || isTrue(val->text);
        else if (name == QLatin1String("summary.runtime.powerState"))
            vm.powerState = val->text;
        else if (name == QLatin1String("guest.toolsRunningStatus"))
            vm.toolsRunning = val->text == QLatin1String("guestToolsRunning");
        else if (name == QLatin1String("config.extraConfig")) {
            for (const XmlNode &opt : val->children) {
                if (opt.textAt(u"key") == QLatin1String("guestinfo.detailed.data"))
                    detailed = parseDetailedData(opt.textAt(u"value"));
            }
        } else if (name == QLatin1String("config.hardware.device")) {
            for (const XmlNode &dev : val->children) {
                if (dev.type == QLatin1String("VirtualDisk")) {
                    Disk d;
                    readDisk(dev, int(vm.disks.size()), d);
                    vm.disks << d;
                } else if (dev.type == QLatin1String("VirtualTPM")) {
                    vm.tpm = true;
                } else {
                    Nic n;
                    if (readNic(dev, n)) {
                        n.position = int(vm.nics.size());
                        vm.nics << n;
                    }
                }
            }
        } else if (name == QLatin1String("guest.net")) {
            for (const XmlNode &g : val->children) {
                const QString mac = g.textAt(u"macAddress").toLower();
                for (Nic &n : vm.nics) {
                    if (n.hardwareAddress != mac)
                        continue;
                    for (const XmlNode *ip : g.all(u"ipAddress")) {
                        const QString a = ip->text;
                        if (isLinkLocal(a))
                            continue;
                        if (a.contains(QLatin1Char(':')) && n.ipv6Address.isEmpty())
                            n.ipv6Address = a;
                        else if (!a.contains(QLatin1Char(':')) && n.ipv4Address.isEmpty())
                            n.ipv4Address = a;
                    }
                }
            }
        } else if (name == QLatin1String("snapshot")) {
            if (const XmlNode *roots = val->child(u"rootSnapshotList")) {
                XmlNode wrapper;
                for (const XmlNode *r : val->all(u"rootSnapshotList")) {
                    wrapper.children.push_back(*r);
                    wrapper.children.back().name = QStringLiteral("VirtualMachineSnapshotTree");
                }
                Q_UNUSED(roots)
                flattenSnapshots(wrapper, vm.snapshots);
            }
        } else if (name == QLatin1String("customValue")) {
            for (const XmlNode &cv : val->children)
                raw.customValues.insert(cv.textAt(u"key"), cv.textAt(u"value"));
        }
    }
    vm.os = detailed.value(QStringLiteral("distroName"));
    vm.osDescription = detailed.value(QStringLiteral("prettyName"));
    vm.osVersion = detailed.value(QStringLiteral("distroVersion"));
    vm.architecture
        = architectureFrom(detailed, vm.config.value(QStringLiteral("vmware.guest_id")).toString());
    return raw;
}

InventoryNetwork convertNetwork(const XmlNode &object, const QString &type, QString *parent)
{
    InventoryNetwork n;
    n.sourceSpecificId = object.textAt(u"obj");
    n.type = type == QLatin1String("Network")    ? QStringLiteral("standard")
        : type == QLatin1String("OpaqueNetwork") ? QStringLiteral("nsx")
                                                 : QStringLiteral("distributed");
    for (const XmlNode *prop : object.all(u"propSet")) {
        const QString name = prop->textAt(u"name");
        const XmlNode *val = prop->child(u"val");
        if (!val)
            continue;
        if (name == QLatin1String("name")) {
            n.name = val->text;
        } else if (name == QLatin1String("parent")) {
            *parent = val->text;
        } else if (name == QLatin1String("summary.opaqueNetworkId")) {
            n.properties.insert(QStringLiteral("opaque_network_id"), val->text);
        } else if (name == QLatin1String("config.backingType")) {
            if (val->text == QLatin1String("nsx"))
                n.type = QStringLiteral("nsx-distributed");
        } else if (name == QLatin1String("config.logicalSwitchUuid")) {
            n.properties.insert(QStringLiteral("logical_switch_uuid"), val->text);
        } else if (name == QLatin1String("config.segmentId")) {
            n.properties.insert(QStringLiteral("segment_id"), val->text);
        } else if (name == QLatin1String("config.defaultPortConfig")) {
            const XmlNode *vlan = val->child(u"vlan");
            if (!vlan)
                continue;
            if (vlan->type == QLatin1String("VmwareDistributedVirtualSwitchVlanIdSpec")) {
                const QString id = vlan->textAt(u"vlanId");
                if (!id.isEmpty() && id != QLatin1String("0"))
                    n.properties.insert(QStringLiteral("vlan_id"), id);
            } else if (vlan->type == QLatin1String("VmwareDistributedVirtualSwitchTrunkVlanSpec")) {
                QStringList ranges;
                for (const XmlNode *r : vlan->all(u"vlanId")) {
                    const QString s = r->textAt(u"start"), e = r->textAt(u"end");
                    ranges << (s == e ? s : s + QLatin1Char('-') + e);
                }
                n.properties.insert(QStringLiteral("vlan_ranges"), ranges.join(QLatin1Char(',')));
            }
        }
    }
    if (n.type == QLatin1String("nsx")
        && n.properties.contains(QStringLiteral("opaque_network_id")))
        n.sourceSpecificId = n.properties.value(QStringLiteral("opaque_network_id")).toString();
    return n;
}

QByteArray pathSet(const QString &type, const QStringList &props)
{
    QByteArray xml = "<propSet><type>" + type.toUtf8() + "</type>";
    for (const QString &p : props)
        xml += "<pathSet>" + p.toUtf8() + "</pathSet>";
    return xml + "</propSet>";
}

} // namespace

QHash<QString, QString> parseDetailedData(const QString &data)
{
    QHash<QString, QString> out;
    static const QRegularExpression re(QStringLiteral("(\\w+)='((?:[^'\\\\]|\\\\.)*)'"));
    auto it = re.globalMatch(data);
    while (it.hasNext()) {
        const auto m = it.next();
        QString v = m.captured(2);
        v.replace(QLatin1String("\\'"), QLatin1String("'"));
        out.insert(m.captured(1), v);
    }
    return out;
}

QByteArray inventoryPropertySpec(const QStringList &skipVmProperties)
{
    QStringList vmProps = kVmProperties;
    for (const QString &s : skipVmProperties)
        vmProps.removeAll(s);
    const QStringList named {QStringLiteral("name"), QStringLiteral("parent")};
    return pathSet(QStringLiteral("VirtualMachine"), vmProps)
        + pathSet(QStringLiteral("Folder"), named) + pathSet(QStringLiteral("Datacenter"), named)
        + pathSet(QStringLiteral("VirtualApp"),
            named + QStringList {QStringLiteral("parentFolder"), QStringLiteral("parentVApp")})
        + pathSet(QStringLiteral("ResourcePool"), {QStringLiteral("name")})
        + pathSet(QStringLiteral("Network"), named)
        + pathSet(QStringLiteral("DistributedVirtualPortgroup"),
            named
                + QStringList {QStringLiteral("config.defaultPortConfig"),
                    QStringLiteral("config.backingType"),
                    QStringLiteral("config.logicalSwitchUuid"), QStringLiteral("config.segmentId")})
        + pathSet(QStringLiteral("OpaqueNetwork"),
            named + QStringList {QStringLiteral("summary.opaqueNetworkId")});
}

struct InventoryAssembler::Data
{
    Inventory inv;
    PathResolver paths;
    QVector<RawVm> vms;
    QHash<QString, QPair<InventoryNetwork, QString>> networks; // id -> (network, parent)
    QHash<QString, QString> poolNames;
    QHash<QString, QString> fieldNames;
};

InventoryAssembler::InventoryAssembler()
    : d(std::make_unique<Data>())
{ }

InventoryAssembler::~InventoryAssembler() = default;

void InventoryAssembler::setFieldNames(const QHash<QString, QString> &names)
{
    d->fieldNames = names;
}

void InventoryAssembler::addWarning(const QString &warning)
{
    d->inv.warnings << warning;
}

int InventoryAssembler::vmsRead() const
{
    return int(d->vms.size());
}

// One object of a page: converted at once, so only one object's XML is held at a time.
void InventoryAssembler::addObject(const XmlNode &object)
{
    const XmlNode *obj = object.child(u"obj");
    if (!obj)
        return;
    const QString type = obj->refType;
    for (const XmlNode *missing : object.all(u"missingSet")) {
        const XmlNode *fault = missing->at(u"fault/fault");
        d->inv.warnings << Text::tr("%1 %2: property %3 could not be read (%4).")
                               .arg(type, obj->text, missing->textAt(u"path"),
                                   fault ? fault->type : QString());
    }
    if (type == QLatin1String("VirtualMachine")) {
        d->vms << convertVm(object);
    } else if (type == QLatin1String("Network")
        || type == QLatin1String("DistributedVirtualPortgroup")
        || type == QLatin1String("OpaqueNetwork")) {
        QString parent;
        InventoryNetwork n = convertNetwork(object, type, &parent);
        d->networks.insert(obj->text, {n, parent});
    } else if (type == QLatin1String("ResourcePool")) {
        d->poolNames.insert(obj->text, object.textAt(u"propSet/val"));
    } else {
        // A vApp is a resource pool: its `parent` is the pool above it, which leads to the
        // cluster, not to a folder. Its place in the VM inventory (where vSphere's clients show
        // it) is its parent vApp or else its VM folder.
        Entity e;
        e.type = type;
        QString parentFolder;
        QString parentVApp;
        for (const XmlNode *prop : object.all(u"propSet")) {
            const QString name = prop->textAt(u"name");
            if (name == QLatin1String("name"))
                e.name = prop->textAt(u"val");
            else if (name == QLatin1String("parent"))
                e.parent = prop->textAt(u"val");
            else if (name == QLatin1String("parentFolder"))
                parentFolder = prop->textAt(u"val");
            else if (name == QLatin1String("parentVApp"))
                parentVApp = prop->textAt(u"val");
        }
        if (!parentVApp.isEmpty())
            e.parent = parentVApp;
        else if (!parentFolder.isEmpty())
            e.parent = parentFolder;
        d->paths.entities.insert(obj->text, e);
    }
}

Inventory InventoryAssembler::finish(const QStringList &datacenters, int pages)
{
    Inventory &inv = d->inv;
    inv.pages = pages;
    // Datacenter scope: a datacenter's full inventory path ("/DC0", "/Europe/DC-Zurich"; the
    // leading '/' optional), or every datacenter below a folder ("/Europe/...").
    struct Scope
    {
        QString path;
        bool below = false;
    };
    QVector<Scope> scope;
    for (const QString &dc : datacenters) {
        Scope s {dc.trimmed()};
        if (s.path.endsWith(QLatin1String("/..."))) {
            s.path.chop(4);
            s.below = true;
        }
        if (!s.path.startsWith(QLatin1Char('/')))
            s.path.prepend(QLatin1Char('/'));
        while (s.path.endsWith(QLatin1Char('/')) && s.path.size() > 1)
            s.path.chop(1);
        scope << s;
    }
    auto inScope = [&scope](const QString &datacenterPath) {
        if (scope.isEmpty())
            return true;
        const QString dc = QLatin1Char('/') + datacenterPath;
        for (const Scope &s : scope)
            if (dc == s.path || (s.below && dc.startsWith(s.path + QLatin1Char('/'))))
                return true;
        return false;
    };

    // Network locations, then the VMs with their paths and the networks they use.
    QHash<QString, QString> networkLocation;
    for (auto it = d->networks.begin(); it != d->networks.end(); ++it) {
        it->first.location = d->paths.path(it->second) + QLatin1Char('/') + it->first.name;
        networkLocation.insert(it->first.sourceSpecificId, it->first.location);
        if (it.key() != it->first.sourceSpecificId)
            networkLocation.insert(it.key(), it->first.location);
    }
    QSet<QString> usedNetworks;
    for (RawVm &raw : d->vms) {
        Instance &vm = raw.instance;
        if (vm.config.value(QStringLiteral("vmware.template")).toBool()) {
            ++inv.skippedTemplates;
            continue;
        }
        vm.config.remove(QStringLiteral("vmware.template"));
        if (vm.name.startsWith(QLatin1String("vCLS-"))
            || vm.name.startsWith(QLatin1String("vCLS ("))) {
            ++inv.skippedSystemVms;
            continue;
        }
        if (vm.uuid.isEmpty()) {
            inv.warnings << Text::tr("VM %1 (%2) has no configuration and was not imported.")
                                .arg(vm.name, vm.sourceSpecificId);
            continue;
        }
        QString datacenterPath;
        vm.location = d->paths.path(raw.parent, &datacenterPath) + QLatin1Char('/') + vm.name;
        if (!inScope(datacenterPath))
            continue;
        // The name as people and the target see it ("a%2fb" is "a/b"); the location keeps
        // vSphere's escapes so it splits at '/'.
        vm.name = unescapeInventoryName(vm.name);
        if (!datacenterPath.isEmpty())
            vm.config.insert(QStringLiteral("vmware.datacenter_path"), datacenterPath);
        if (!raw.resourcePool.isEmpty() && d->poolNames.contains(raw.resourcePool))
            vm.config.insert(
                QStringLiteral("vmware.resource_pool"), d->poolNames.value(raw.resourcePool));
        for (auto cv = raw.customValues.constBegin(); cv != raw.customValues.constEnd(); ++cv)
            vm.config.insert(
                QStringLiteral("attribute.global.%1").arg(d->fieldNames.value(cv.key(), cv.key())),
                cv.value());
        for (Nic &n : vm.nics) {
            n.location = networkLocation.value(n.sourceSpecificId);
            usedNetworks.insert(n.sourceSpecificId);
        }
        inv.instances << std::move(vm);
    }
    d->vms.clear();
    for (auto it = d->networks.constBegin(); it != d->networks.constEnd(); ++it) {
        if (usedNetworks.contains(it->first.sourceSpecificId))
            inv.networks << it->first;
    }
    std::sort(inv.networks.begin(), inv.networks.end(),
        [](const InventoryNetwork &a, const InventoryNetwork &b) {
            return a.location < b.location;
        });
    return std::move(inv);
}

Result<Inventory> readInventory(SoapClient &soap, const InventoryOptions &options)
{
    const ServiceContent &sc = soap.serviceContent();
    auto view = soap.call(QStringLiteral("CreateContainerView"), sc.viewManager,
        sc.rootFolder.toXml("container")
            + "<type>VirtualMachine</type><type>Folder</type><type>Datacenter</type>"
              "<type>VirtualApp</type><type>ResourcePool</type><type>Network</type>"
              "<type>DistributedVirtualPortgroup</type><type>OpaqueNetwork</type>"
              "<recursive>true</recursive>");
    if (!view)
        return view.error();
    const MoRef viewRef = MoRef::from(view->child(u"returnval"));

    InventoryAssembler assembler;
    // Custom attribute names (vCenter): key -> name.
    if (!sc.customFieldsManager.isNull()) {
        auto fields = soap.call(QStringLiteral("RetrievePropertiesEx"), sc.propertyCollector,
            "<specSet><propSet><type>CustomFieldsManager</type><pathSet>field</pathSet></propSet>"
            "<objectSet>"
                + sc.customFieldsManager.toXml("obj") + "</objectSet></specSet><options/>");
        if (fields) {
            QHash<QString, QString> fieldNames;
            if (const XmlNode *val = fields->at(u"returnval/objects/propSet/val"))
                for (const XmlNode &f : val->children)
                    fieldNames.insert(f.textAt(u"key"), f.textAt(u"name"));
            assembler.setFieldNames(fieldNames);
        }
    }

    int pages = 0;
    QStringList skipped;

    auto objectSet = [&]() -> QByteArray {
        return "<objectSet>" + viewRef.toXml("obj")
            + "<skip>true</skip><selectSet xsi:type=\"TraversalSpec\"><name>view</name>"
              "<type>ContainerView</type><path>view</path><skip>false</skip></selectSet>"
              "</objectSet>";
    };

    QString token;
    auto onItem = [&](XmlReader &reader) {
        if (reader.name() == QLatin1String("token"))
            token = reader.readElementText();
        else if (reader.name() == QLatin1String("objects"))
            assembler.addObject(readElement(reader));
        else
            readElement(reader);
    };

    auto firstPage = [&]() {
        return soap.callStreaming(QStringLiteral("RetrievePropertiesEx"), sc.propertyCollector,
            "<specSet>" + inventoryPropertySpec(skipped) + objectSet()
                + "</specSet><options><maxObjects>" + QByteArray::number(options.pageSize)
                + "</maxObjects></options>",
            onItem);
    };
    Status page = firstPage();
    // Older servers lack some optional properties: drop one and ask again.
    for (int attempt = 0;
         !page && soap.lastFaultType() == QLatin1String("InvalidProperty") && attempt < 4;
         ++attempt) {
        for (const QString &optional : {QStringLiteral("summary.config.tpmPresent"),
                 QStringLiteral("config.bootOptions.efiSecureBootEnabled"),
                 QStringLiteral("config.bootOptions.bootOrder"),
                 QStringLiteral("config.changeTrackingEnabled"),
                 QStringLiteral("config.instanceUuid")}) {
            if (!skipped.contains(optional)) {
                skipped << optional;
                assembler.addWarning(
                    Text::tr("The server does not offer the VM property %1; it was "
                             "left out.")
                        .arg(optional));
                break;
            }
        }
        page = firstPage();
    }

    while (true) {
        if (!page) {
            (void)soap.call(QStringLiteral("DestroyView"), viewRef);
            return page.error();
        }
        ++pages;
        if (options.progress)
            options.progress(assembler.vmsRead());
        if (token.isEmpty())
            break;
        if (options.cancel && options.cancel->load()) {
            (void)soap.call(QStringLiteral("CancelRetrievePropertiesEx"), sc.propertyCollector,
                "<token>" + SoapClient::escape(token) + "</token>");
            (void)soap.call(QStringLiteral("DestroyView"), viewRef);
            return Error(Error::Code::Canceled, Text::tr("The inventory sync was canceled."));
        }
        const QByteArray next = "<token>" + SoapClient::escape(token) + "</token>";
        token.clear();
        page = soap.callStreaming(
            QStringLiteral("ContinueRetrievePropertiesEx"), sc.propertyCollector, next, onItem);
    }
    (void)soap.call(QStringLiteral("DestroyView"), viewRef);

    Inventory inv = assembler.finish(options.datacenters, pages);
    qCInfo(lcInventory) << "read" << inv.instances.size() << "VMs and" << inv.networks.size()
                        << "networks in" << inv.pages << "pages";
    return inv;
}

void readDisk(const XmlNode &dev, int position, Disk &disk)
{
    disk.position = position;
    disk.deviceKey = dev.textAt(u"key").toInt();
    disk.capacityBytes = dev.textAt(u"capacityInBytes").toLongLong();
    if (disk.capacityBytes == 0)
        disk.capacityBytes = dev.textAt(u"capacityInKB").toLongLong() * 1024;
    const XmlNode *backing = dev.child(u"backing");
    if (!backing) {
        disk.supported = false;
        disk.unsupportedReason = Text::tr("The disk has no backing.");
        return;
    }
    disk.backingType = backing->type;
    disk.name = backing->textAt(u"fileName");
    disk.mode = backing->textAt(u"diskMode");
    disk.sharing = backing->textAt(u"sharing");
    disk.changeId = backing->textAt(u"changeId");
    const QString &t = disk.backingType;
    const bool flat = t.startsWith(QLatin1String("VirtualDiskFlatVer"));
    if (t.startsWith(QLatin1String("VirtualDiskRawDiskMapping"))
        || t.startsWith(QLatin1String("VirtualDiskPartitionedRawDisk"))
        || t.startsWith(QLatin1String("VirtualDiskRawDisk"))) {
        disk.supported = false;
        disk.unsupportedReason = Text::tr("Raw device mappings cannot be copied.");
    } else if (disk.sharing == QLatin1String("sharingMultiWriter")) {
        disk.supported = false;
        disk.unsupportedReason = Text::tr("The disk is shared between VMs (multi-writer).");
    } else if (backing->child(u"keyId")) {
        disk.supported = false;
        disk.unsupportedReason = Text::tr("The disk is encrypted: its blocks on the datastore are "
                                          "ciphertext. Decrypt the VM first.");
    } else if (!backing->textAt(u"backingObjectId").isEmpty()) {
        disk.supported = false;
        disk.unsupportedReason
            = Text::tr("The disk is a vSAN or vVol object, which the datastore's "
                       "file interface does not serve as a flat file.");
    } else if (backing->child(u"parent")) {
        // A snapshot chain: the copy reads the base and merges the deltas (vmware/deltachain).
        // ESXi writes vmfsSparse (redoLogFormat, also when the element is absent) and SEsparse
        // deltas as files; vSAN's and vVol's native snapshots are objects, not files.
        const QString format = backing->textAt(u"deltaDiskFormat");
        if (!format.isEmpty() && format != QLatin1String("redoLogFormat")
            && format != QLatin1String("seSparseFormat")) {
            disk.supported = false;
            disk.unsupportedReason
                = Text::tr("The disk is a snapshot delta in %1, which the datastore's file "
                           "interface does not serve as a file. Delete or consolidate the VM's "
                           "snapshots first.")
                      .arg(format);
        } else if (!flat) {
            disk.supported = false;
            disk.unsupportedReason = Text::tr("The disk backing %1 is not supported.").arg(t);
        }
    } else if (!flat) {
        disk.supported = false;
        disk.unsupportedReason = Text::tr("The disk backing %1 is not supported.").arg(t);
    }
}

} // namespace ferry::vmware
