#pragma once

#include "model/instance.h"
#include "vmware/soapclient.h"

#include <QJsonObject>
#include <QStringList>
#include <QVector>

#include <atomic>
#include <functional>
#include <memory>

namespace ferry::vmware {

// A network that VMs of the source use, as read from vSphere.
struct InventoryNetwork
{
    QString sourceSpecificId; // moref value, or the opaque network id
    QString type; // standard | distributed | nsx-distributed | nsx
    QString name;
    QString location; // inventory path, "/DC0/network/VM Network"
    QJsonObject properties; // vlan_id, vlan_ranges, segment_id, ...
};

struct Inventory
{
    QVector<Instance> instances; // sourceId unset; NIC networkId unset (the sync links them)
    QVector<InventoryNetwork> networks;
    QStringList warnings; // partial failures, with reasons
    int skippedTemplates = 0;
    int skippedSystemVms = 0;
    int pages = 0;
};

struct InventoryOptions
{
    QStringList datacenters; // "/DC0" or "DC0"; empty: all
    int pageSize = 250;
    const std::atomic_bool *cancel = nullptr;
    std::function<void(int vmsRead)> progress;
};

// Turns the objects of RetrievePropertiesEx pages into an Inventory: readInventory() feeds it
// one object at a time as pages arrive; the fuzzer (tests/fuzz/vsphere) feeds it whatever it
// makes up. Whatever an object holds, the result is an Inventory (odd objects are dropped or
// become warnings), never a crash.
class InventoryAssembler final
{
public:
    InventoryAssembler();
    ~InventoryAssembler();
    InventoryAssembler(const InventoryAssembler &) = delete;
    InventoryAssembler &operator=(const InventoryAssembler &) = delete;

    // Custom attribute names (vCenter's CustomFieldsManager.field): key -> name.
    void setFieldNames(const QHash<QString, QString> &names);
    // One <objects> element (ObjectContent) of a page.
    void addObject(const XmlNode &object);
    void addWarning(const QString &warning);
    int vmsRead() const;
    // Paths, the datacenter scope ("/DC0" or "DC0"; empty: all), the networks VMs use.
    Inventory finish(const QStringList &datacenters, int pages);

private:
    struct Data;
    std::unique_ptr<Data> d;
};

// Reads every VM and the networks they use in one streaming pass through the PropertyCollector
// over a ContainerView, paged with RetrievePropertiesEx / ContinueRetrievePropertiesEx. Each
// page is converted to Ferry's model as it arrives, so memory grows with the result, not the XML.
Result<Inventory> readInventory(SoapClient &soap, const InventoryOptions &options = {});

// The properties the reader asks for, per managed object type (also used by the benchmark's
// bare retrieval, so that both fetch exactly the same data).
QByteArray inventoryPropertySpec(const QStringList &skipVmProperties = {});

// Parses guestinfo.detailed.data ("architecture='X86' bitness='64' distroName='Debian' ...").
QHash<QString, QString> parseDetailedData(const QString &data);

// One VirtualDisk device of config.hardware.device read into `disk`: file, capacity, mode,
// sharing, and whether the copy can read it (raw mappings, multi-writer disks, encrypted disks,
// vSAN and vVol objects, snapshot deltas and sparse backings are unsupported, with the reason).
void readDisk(const XmlNode &device, int position, Disk &disk);

} // namespace ferry::vmware
