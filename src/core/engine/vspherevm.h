#pragma once

#include "util/result.h"
#include "vmware/soapclient.h"

#include <QString>
#include <QVector>

#include <atomic>

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
};

// Power operations and re-checks of one vSphere VM over vim25 SOAP (vCenter or ESXi).
class VsphereVm final
{
public:
    VsphereVm(vmware::SoapClient *soap, QString moref, const std::atomic_bool *cancel = nullptr);

    Result<VmFacts> facts() const;
    // Guest shutdown when the tools run (falls back to a hard power-off when the guest does not
    // go down within guestTimeoutMs), a hard power-off otherwise; waits until off.
    Status powerOff(bool guestShutdown, int guestTimeoutMs = 300000) const;
    Status powerOn() const;
    Result<QString> powerState() const;

    static QByteArray propertySpec(const vmware::MoRef &obj, const QStringList &paths);

private:
    Status waitForTask(const vmware::MoRef &task, int timeoutMs) const;
    Status waitForPowerState(const QString &state, int timeoutMs) const;
    vmware::MoRef ref() const { return {QStringLiteral("VirtualMachine"), m_moref}; }

    vmware::SoapClient *m_soap;
    QString m_moref;
    const std::atomic_bool *m_cancel;
};

} // namespace ferry::engine
