#include "engine/vspherevm.h"

#include "vmware/inventoryname.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QThread>

#include <utility>

namespace ferry::engine {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(VsphereVm)
};

} // namespace

VsphereVm::VsphereVm(vmware::SoapClient *soap, QString moref, const std::atomic_bool *cancel)
    : m_soap(soap)
    , m_moref(std::move(moref))
    , m_cancel(cancel)
{ }

Result<VmFacts> VsphereVm::facts() const
{
    auto r = m_soap->call(QStringLiteral("RetrievePropertiesEx"),
        m_soap->serviceContent().propertyCollector,
        vmware::propertySpec(ref(),
            {QStringLiteral("name"), QStringLiteral("config.instanceUuid"),
                QStringLiteral("config.uuid"), QStringLiteral("runtime.powerState"),
                QStringLiteral("guest.toolsRunningStatus"),
                QStringLiteral("config.hardware.device"), QStringLiteral("config.keyId")}));
    if (!r) {
        if (m_soap->lastFaultType() == QLatin1String("ManagedObjectNotFound"))
            return Error(Error::Code::NotFound,
                Text::tr("The source VM %1 does not exist any more.").arg(m_moref),
                r.error().details);
        return r.error();
    }
    const vmware::XmlNode *object = r->at(u"returnval/objects");
    if (!object)
        return Error(Error::Code::NotFound,
            Text::tr("The source VM %1 does not exist any more.").arg(m_moref));
    VmFacts f;
    QString uuid;
    for (const vmware::XmlNode *prop : object->all(u"propSet")) {
        const QString name = prop->textAt(u"name");
        const vmware::XmlNode *val = prop->child(u"val");
        if (!val)
            continue;
        if (name == QLatin1String("name"))
            f.name = vmware::unescapeInventoryName(val->text);
        else if (name == QLatin1String("config.instanceUuid"))
            f.uuid = val->text.toLower();
        else if (name == QLatin1String("config.uuid"))
            uuid = val->text.toLower();
        else if (name == QLatin1String("runtime.powerState"))
            f.powerState = val->text;
        else if (name == QLatin1String("guest.toolsRunningStatus"))
            f.toolsRunning = val->text == QLatin1String("guestToolsRunning");
        else if (name == QLatin1String("config.keyId"))
            f.encrypted = !val->textAt(u"keyId").isEmpty() || !val->children.empty();
        else if (name == QLatin1String("config.hardware.device")) {
            for (const vmware::XmlNode &dev : val->children) {
                // Every virtual Ethernet card (VirtualE1000, VirtualVmxnet3, ...) has a MAC.
                if (dev.child(u"macAddress") || dev.type.startsWith(QLatin1String("VirtualE1000"))
                    || dev.type.startsWith(QLatin1String("VirtualVmxnet"))
                    || dev.type == QLatin1String("VirtualPCNet32")
                    || dev.type == QLatin1String("VirtualSriovEthernetCard")) {
                    f.nicMacs << dev.textAt(u"macAddress").toLower();
                    continue;
                }
                if (dev.type != QLatin1String("VirtualDisk"))
                    continue;
                VmFacts::DiskFacts d;
                d.key = dev.textAt(u"key").toInt();
                d.capacityBytes = dev.textAt(u"capacityInBytes").toLongLong();
                if (d.capacityBytes == 0)
                    d.capacityBytes = dev.textAt(u"capacityInKB").toLongLong() * 1024;
                d.fileName = dev.textAt(u"backing/fileName");
                d.contentId = dev.textAt(u"backing/contentId");
                f.disks << d;
            }
        }
    }
    if (f.uuid.isEmpty())
        f.uuid = uuid;
    return f;
}

Result<QString> VsphereVm::powerState() const
{
    auto r = m_soap->call(QStringLiteral("RetrievePropertiesEx"),
        m_soap->serviceContent().propertyCollector,
        vmware::propertySpec(ref(), {QStringLiteral("runtime.powerState")}));
    if (!r)
        return r.error();
    return r->textAt(u"returnval/objects/propSet/val");
}

Status VsphereVm::waitForTask(const vmware::MoRef &task, int timeoutMs) const
{
    QElapsedTimer t;
    t.start();
    while (true) {
        auto r = m_soap->call(QStringLiteral("RetrievePropertiesEx"),
            m_soap->serviceContent().propertyCollector,
            vmware::propertySpec(
                task, {QStringLiteral("info.state"), QStringLiteral("info.error")}));
        if (!r)
            return r.error();
        QString state;
        QString error;
        if (const vmware::XmlNode *object = r->at(u"returnval/objects")) {
            for (const vmware::XmlNode *prop : object->all(u"propSet")) {
                const QString name = prop->textAt(u"name");
                if (name == QLatin1String("info.state"))
                    state = prop->textAt(u"val");
                else if (name == QLatin1String("info.error")) {
                    error = prop->textAt(u"val/localizedMessage");
                    if (error.isEmpty())
                        if (const vmware::XmlNode *fault = prop->at(u"val/fault"))
                            error = fault->type;
                }
            }
        }
        if (state == QLatin1String("success"))
            return {};
        if (state == QLatin1String("error"))
            return Error(Error::Code::Server,
                Text::tr("The vSphere task %1 failed.").arg(task.value), error);
        if (t.elapsed() > timeoutMs)
            return Error(Error::Code::Timeout,
                Text::tr("The vSphere task %1 did not finish in time.").arg(task.value));
        if (m_cancel && m_cancel->load())
            return Error(Error::Code::Canceled, Text::tr("Canceled."));
        QThread::msleep(250);
    }
}

Status VsphereVm::waitForPowerState(const QString &state, int timeoutMs, bool cancelable) const
{
    QElapsedTimer t;
    t.start();
    while (true) {
        auto s = powerState();
        if (!s)
            return s.error();
        if (*s == state)
            return {};
        if (t.elapsed() > timeoutMs)
            return Error(Error::Code::Timeout,
                Text::tr("The source VM did not reach the power state %1 in time (it is %2).")
                    .arg(state, *s));
        if (cancelable && m_cancel && m_cancel->load())
            return Error(Error::Code::Canceled,
                Text::tr("Canceled while waiting for the source VM to power off; it is left as "
                         "it is (%1).")
                    .arg(*s));
        QThread::msleep(500);
    }
}

Error VsphereVm::refused(const QString &call, const Error &error) const
{
    const QString fault = m_soap->lastFaultType();
    // Free ESXi: the API is read-only, every power operation is refused with RestrictedVersion.
    if (fault == QLatin1String("RestrictedVersion"))
        return Error(Error::Code::Unsupported,
            Text::tr("The source host refuses power operations through its API (%1: %2, as the "
                     "free ESXi does). Ferry did not touch the VM: shut the VM down yourself, "
                     "then retry.")
                .arg(call, fault),
            error.details);
    return error;
}

Status VsphereVm::powerOff(bool guestShutdown, const PowerOffPolicy &policy,
    const std::function<void(const QString &)> &log) const
{
    auto say = [&](const QString &line) {
        if (log)
            log(line);
    };
    auto state = powerState();
    if (!state)
        return state.error();
    if (*state == QLatin1String("poweredOff"))
        return {};
    // A suspended VM's memory lives in its .vmss file: a power-off discards it.
    if (*state == QLatin1String("suspended"))
        return Error(Error::Code::Unsupported,
            Text::tr("The source VM is suspended; powering it off would discard its memory state. "
                     "Resume it and shut it down, or power it off yourself, then retry."));
    QString why; // why a hard power-off is needed
    if (guestShutdown) {
        auto r = m_soap->call(QStringLiteral("ShutdownGuest"), ref());
        if (!r) {
            const QString fault = m_soap->lastFaultType();
            say(Text::tr("The source refused the guest shutdown (ShutdownGuest): %1 (%2)")
                    .arg(fault.isEmpty() ? QStringLiteral("-") : fault, r.error().message));
            if (fault == QLatin1String("RestrictedVersion"))
                return refused(QStringLiteral("ShutdownGuest"), r.error());
            if (fault.isEmpty()) // no answer at all: not a refusal, the call failed
                return r.error();
            // Gone down meanwhile (InvalidPowerState): nothing more to do.
            if (auto now = powerState(); now && *now == QLatin1String("poweredOff"))
                return {};
            why = Text::tr("the guest shutdown was refused (%1)").arg(fault);
        } else {
            Status off
                = waitForPowerState(QStringLiteral("poweredOff"), policy.guestTimeoutMs, true);
            if (off)
                return {};
            if (off.error().code != Error::Code::Timeout)
                return off;
            why = Text::tr("the guest did not shut down within %1 s")
                      .arg(policy.guestTimeoutMs / 1000);
        }
    } else {
        why = Text::tr(
            "its guest tools are not running, so the guest cannot be asked to shut down");
    }
    if (!policy.hardAllowed)
        return Error(Error::Code::Unsupported,
            Text::tr("The source VM is still running: %1, and the batch does not allow a hard "
                     "power-off. Shut the VM down yourself or allow hard power-off for the batch "
                     "(config.hard_power_off), then retry.")
                .arg(why));
    say(Text::tr("Powering the source VM off hard: %1").arg(why));
    auto r = m_soap->call(QStringLiteral("PowerOffVM_Task"), ref());
    if (!r) {
        if (m_soap->lastFaultType() == QLatin1String("InvalidPowerState"))
            return waitForPowerState(QStringLiteral("poweredOff"), 60000);
        say(Text::tr("The source refused the power-off (PowerOffVM_Task): %1")
                .arg(m_soap->lastFaultType()));
        return refused(QStringLiteral("PowerOffVM_Task"), r.error());
    }
    const vmware::MoRef task {QStringLiteral("Task"), r->textAt(u"returnval")};
    if (Status st = waitForTask(task, 600000); !st)
        return st;
    return waitForPowerState(QStringLiteral("poweredOff"), 60000);
}

Result<QString> VsphereVm::findByInstanceUuid(vmware::SoapClient *soap, const QString &uuid)
{
    if (soap->serviceContent().searchIndex.value.isEmpty())
        return Error(Error::Code::Unsupported, Text::tr("The source has no search index."));
    auto r = soap->call(QStringLiteral("FindByUuid"), soap->serviceContent().searchIndex,
        "<uuid>" + uuid.toHtmlEscaped().toUtf8()
            + "</uuid><vmSearch>true</vmSearch><instanceUuid>true</instanceUuid>");
    if (!r)
        return r.error();
    const QString moref = r->textAt(u"returnval");
    if (moref.isEmpty())
        return Error(Error::Code::NotFound,
            Text::tr("No VM with the instance UUID %1 exists on the source.").arg(uuid));
    return moref;
}

Status VsphereVm::powerOn() const
{
    auto state = powerState();
    if (!state)
        return state.error();
    if (*state == QLatin1String("poweredOn"))
        return {};
    auto r = m_soap->call(QStringLiteral("PowerOnVM_Task"), ref());
    if (!r)
        return r.error();
    const vmware::MoRef task {QStringLiteral("Task"), r->textAt(u"returnval")};
    if (Status st = waitForTask(task, 600000); !st)
        return st;
    return waitForPowerState(QStringLiteral("poweredOn"), 60000);
}

} // namespace ferry::engine
