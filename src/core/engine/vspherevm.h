#pragma once

#include "util/result.h"
#include "vmware/soapclient.h"

#include <QString>
#include <QVector>

#include <atomic>
#include <functional>

namespace ferry::engine {

// What the engine re-reads of a source VM before it touches it.
struct VmFacts
{
    struct DiskFacts
    {
        int key = 0;
        QString fileName; // "[datastore] dir/disk.vmdk"
        qint64 capacityBytes = 0;
        QString contentId; // backing.contentId: changes whenever the disk is written
    };
    QString name;
    QString uuid; // config.instanceUuid (config.uuid when there is none), lower case
    QString powerState; // poweredOn | poweredOff | suspended
    bool toolsRunning = false;
    QVector<DiskFacts> disks;
    QStringList nicMacs; // each virtual NIC's MAC address, lower case, in device order
    bool encrypted = false; // config.keyId: the VM (its disks, its files) is encrypted
};

// How a running source VM is taken down (the batch's config, docs/batches.md).
struct PowerOffPolicy
{
    int guestTimeoutMs = 120000; // how long the guest gets to shut itself down
    // When the guest does not go down in that time or its tools do not run: power it off hard.
    // Off: the power-off fails and the VM is left as it is.
    bool hardAllowed = false;
};

// Power operations and re-checks of one vSphere VM over vim25 SOAP (vCenter or ESXi).
class VsphereVm final
{
public:
    VsphereVm(vmware::SoapClient *soap, QString moref, const std::atomic_bool *cancel = nullptr);

    Result<VmFacts> facts() const;
    // Guest shutdown when the tools run, waiting up to the policy's timeout (the cancel flag is
    // polled meanwhile: a cancel leaves the VM as it is); a hard power-off when the guest does
    // not go down or has no tools, and only when the policy allows it. `log` hears each step
    // (a refused ShutdownGuest with its fault's name). A source that refuses power operations
    // (free ESXi: RestrictedVersion) gives Unsupported, saying to shut the VM down by hand.
    Status powerOff(bool guestShutdown, const PowerOffPolicy &policy,
        const std::function<void(const QString &)> &log = {}) const;
    // Finds a VM by its instance UUID (SearchIndex.FindByUuid): its moref, or NotFound.
    static Result<QString> findByInstanceUuid(vmware::SoapClient *soap, const QString &uuid);
    const QString &moref() const { return m_moref; }
    Status powerOn() const;
    Result<QString> powerState() const;

private:
    Status waitForTask(const vmware::MoRef &task, int timeoutMs) const;
    Status waitForPowerState(const QString &state, int timeoutMs, bool cancelable = false) const;
    Error refused(const QString &call, const Error &error) const;
    vmware::MoRef ref() const { return {QStringLiteral("VirtualMachine"), m_moref}; }

    vmware::SoapClient *m_soap;
    QString m_moref;
    const std::atomic_bool *m_cancel;
};

} // namespace ferry::engine
