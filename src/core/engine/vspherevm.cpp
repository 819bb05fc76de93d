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

QByteArray VsphereVm::propertySpec(const vmware::MoRef &obj, const QStringList &paths)
{
    QByteArray spec = "<specSet><propSet><type>" + obj.type.toUtf8() + "</type>";
    for (const QString &p : paths)
        spec += "<pathSet>" + p.toUtf8() + "</pathSet>";
    spec += "</propSet><objectSet>" + obj.toXml("obj") + "</objectSet></specSet><options/>";
    return spec;
}

Result<VmFacts> VsphereVm::facts() const
{
    auto r = m_soap->call(QStringLiteral("RetrievePropertiesEx"),
        m_soap->serviceContent().propertyCollector,
        propertySpec(ref(),
            {QStringLiteral("name"), QStringLiteral("config.instanceUuid"),
                QStringLiteral("config.uuid"), QStringLiteral("runtime.powerState"),
                QStringLiteral("guest.toolsRunningStatus"),
                QStringLiteral("config.hardware.device")}));
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
        else if (name == QLatin1String("config.hardware.device")) {
            for (const vmware::XmlNode &dev : val->children) {
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
        propertySpec(ref(), {QStringLiteral("runtime.powerState")}));
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
            propertySpec(task, {QStringLiteral("info.state"), QStringLiteral("info.error")}));
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

Status VsphereVm::waitForPowerState(const QString &state, int timeoutMs) const
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
        QThread::msleep(500);
    }
}

Status VsphereVm::powerOff(bool guestShutdown, int guestTimeoutMs) const
{
    auto state = powerState();
    if (!state)
        return state.error();
    if (*state == QLatin1String("poweredOff"))
        return {};
    if (guestShutdown) {
        auto r = m_soap->call(QStringLiteral("ShutdownGuest"), ref());
        if (r && waitForPowerState(QStringLiteral("poweredOff"), guestTimeoutMs))
            return {};
        // No tools after all, or the guest did not go down: a hard power-off.
    }
    auto r = m_soap->call(QStringLiteral("PowerOffVM_Task"), ref());
    if (!r) {
        if (m_soap->lastFaultType() == QLatin1String("InvalidPowerState"))
            return waitForPowerState(QStringLiteral("poweredOff"), 60000);
        return r.error();
    }
    const vmware::MoRef task {QStringLiteral("Task"), r->textAt(u"returnval")};
    if (Status st = waitForTask(task, 600000); !st)
        return st;
    return waitForPowerState(QStringLiteral("poweredOff"), 60000);
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
