#include "expr/fields.h"

#include "expr/expression.h"
#include "model/instance.h"

#include <QCoreApplication>
#include <QJsonValue>

namespace ferry::expr {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Expression)
};

enum Id : quint8 {
    Uuid,
    SourceSpecificId,
    Location,
    Description,
    Os,
    OsDescription,
    OsTemplate,
    SecureBoot,
    LegacyBoot,
    Tpm,
    Running,
    BackgroundImport,
    Name,
    Cpus,
    Memory,
    Architecture,
    Config,
    Nics,
    Disks,
    Snapshots,
    OsType,
    Distribution,
    DistributionVersion,
    Source,
    SourceType,
    LastUpdateFromSource,
    DiskCapacity,
    DiskName,
    DiskShared,
    DiskSupported,
    DiskBackgroundImportVerified,
    NicUuid,
    NicSourceSpecificId,
    NicHardwareAddress,
    NicLocation,
    NicIpv4,
    NicIpv6,
    SnapshotName,
    Count,
};

const SType S = SType::of(VType::String);
const SType B = SType::of(VType::Bool);
const SType I = SType::of(VType::Int);

const FieldInfo kFields[Count] = {
    {"uuid", ObjKind::None, S},
    {"source_specific_id", ObjKind::None, S},
    {"location", ObjKind::None, S},
    {"description", ObjKind::None, S},
    {"os", ObjKind::None, S},
    {"os_description", ObjKind::None, S},
    {"os_template", ObjKind::None, S},
    {"secure_boot", ObjKind::None, B},
    {"legacy_boot", ObjKind::None, B},
    {"tpm", ObjKind::None, B},
    {"running", ObjKind::None, B},
    {"background_import", ObjKind::None, B},
    {"name", ObjKind::None, S},
    {"cpus", ObjKind::None, I},
    {"memory", ObjKind::None, I},
    {"architecture", ObjKind::None, S},
    {"config", ObjKind::None, SType {VType::Map, ObjKind::None, VType::String, ObjKind::None}},
    {"nics", ObjKind::None, SType::arrayOf(VType::Object, ObjKind::Nic)},
    {"disks", ObjKind::None, SType::arrayOf(VType::Object, ObjKind::Disk)},
    {"snapshots", ObjKind::None, SType::arrayOf(VType::Object, ObjKind::Snapshot)},
    {"os_type", ObjKind::None, S},
    {"distribution", ObjKind::None, S},
    {"distribution_version", ObjKind::None, S},
    {"source", ObjKind::None, S},
    {"source_type", ObjKind::None, S},
    {"last_update_from_source", ObjKind::None, S},
    {"capacity", ObjKind::Disk, I},
    {"name", ObjKind::Disk, S},
    {"shared", ObjKind::Disk, B},
    {"supported", ObjKind::Disk, B},
    {"background_import_verified", ObjKind::Disk, B},
    {"uuid", ObjKind::Nic, S},
    {"source_specific_id", ObjKind::Nic, S},
    {"hardware_address", ObjKind::Nic, S},
    {"location", ObjKind::Nic, S},
    {"ipv4_address", ObjKind::Nic, S},
    {"ipv6_address", ObjKind::Nic, S},
    {"name", ObjKind::Snapshot, S},
};

QString jsonText(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::String:
        return v.toString();
    case QJsonValue::Bool:
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: {
        const double d = v.toDouble();
        if (d == double(qint64(d)))
            return QString::number(qint64(d));
        return QString::number(d, 'g', 17);
    }
    default:
        return QString();
    }
}

// A string override in overrides.extra, or the instance's own value.
Value overridden(const Instance &vm, QLatin1String key, const QString &own)
{
    if (!vm.overrides.extra.isEmpty()) {
        const QJsonValue v = vm.overrides.extra.value(key);
        if (v.isString())
            return Value::text(v.toString());
    }
    return Value::view(own);
}

const QJsonObject *overrideConfig(const Instance &vm, QJsonObject &storage)
{
    if (vm.overrides.extra.isEmpty())
        return nullptr;
    const QJsonValue v = vm.overrides.extra.value(QLatin1String("config"));
    if (!v.isObject())
        return nullptr;
    storage = v.toObject();
    return &storage;
}

} // namespace

int fieldCount()
{
    return Count;
}

const FieldInfo &fieldInfo(int id)
{
    return kFields[id];
}

int findField(ObjKind owner, QStringView name)
{
    for (int i = 0; i < Count; ++i) {
        if (kFields[i].owner == owner && name == QLatin1String(kFields[i].name))
            return i;
    }
    return -1;
}

QStringList fieldNamesOf(ObjKind owner)
{
    QStringList out;
    for (const FieldInfo &f : kFields) {
        if (f.owner == owner)
            out << QLatin1String(f.name);
    }
    return out;
}

QString typeDescription(VType type, ObjKind obj)
{
    switch (type) {
    case VType::Nil:
        return Text::tr("nil");
    case VType::Bool:
        return Text::tr("true or false");
    case VType::Int:
    case VType::Float:
        return Text::tr("a number");
    case VType::String:
        return Text::tr("text");
    case VType::Array:
        return Text::tr("a list");
    case VType::Map:
        return Text::tr("a map (config)");
    case VType::Object:
        return kindName(obj);
    case VType::Any:
        break;
    }
    return Text::tr("a value");
}

QString kindName(ObjKind kind)
{
    switch (kind) {
    case ObjKind::Disk:
        return Text::tr("a disk");
    case ObjKind::Nic:
        return Text::tr("a NIC");
    case ObjKind::Snapshot:
        return Text::tr("a snapshot");
    case ObjKind::None:
        break;
    }
    return Text::tr("an instance");
}

Value instanceField(int id, const Instance &vm, const EvalContext &ctx)
{
    switch (Id(id)) {
    case Uuid:
        return Value::view(vm.uuid);
    case SourceSpecificId:
        return Value::view(vm.sourceSpecificId);
    case Location:
        return Value::view(vm.location);
    case Description:
        return Value::view(vm.description);
    case Os:
        return Value::view(vm.os);
    case OsDescription:
        return Value::view(vm.osDescription);
    case OsTemplate:
        return Value::view(vm.osTemplate);
    case SecureBoot:
        return Value::boolean(vm.secureBoot);
    case LegacyBoot:
        return Value::boolean(vm.legacyBoot);
    case Tpm:
        return Value::boolean(vm.tpm);
    case Running:
        return Value::boolean(vm.powerState == QLatin1String("poweredOn"));
    case BackgroundImport:
        return Value::boolean(vm.backgroundImport);
    case Name:
        return Value::view(vm.overrides.name ? *vm.overrides.name : vm.name);
    case Cpus:
        return Value::integer(vm.effectiveCpus());
    case Memory:
        return Value::integer(vm.effectiveMemoryBytes());
    case Architecture:
        return overridden(vm, QLatin1String("architecture"), vm.architecture);
    case Config: {
        Value v;
        v.type = VType::Map;
        v.p = &vm;
        return v;
    }
    case Nics:
        return Value::fieldArray(ObjKind::Nic, &vm.nics, vm.nics.size());
    case Disks:
        return Value::fieldArray(ObjKind::Disk, &vm.disks, vm.disks.size());
    case Snapshots:
        return Value::fieldArray(ObjKind::Snapshot, &vm.snapshots, vm.snapshots.size());
    case OsType:
        return overridden(vm, QLatin1String("os_type"), vm.osType);
    case Distribution:
        return overridden(vm, QLatin1String("distribution"), vm.distribution);
    case DistributionVersion:
        return overridden(vm, QLatin1String("distribution_version"), vm.distributionVersion);
    case Source:
        return Value::view(ctx.source);
    case SourceType:
        return Value::view(ctx.sourceType);
    case LastUpdateFromSource:
        if (!vm.lastUpdateFromSource.isValid())
            return Value::view(QStringView());
        return Value::text(vm.lastUpdateFromSource.toUTC().toString(Qt::ISODate));
    default:
        return Value();
    }
}

bool intField(int id, const Instance &vm, qint64 &out)
{
    switch (Id(id)) {
    case Cpus:
        out = vm.effectiveCpus();
        return true;
    case Memory:
        out = vm.effectiveMemoryBytes();
        return true;
    default:
        return false;
    }
}

bool arrayFieldSize(int id, const Instance &vm, qsizetype &out)
{
    switch (Id(id)) {
    case Nics:
        out = vm.nics.size();
        return true;
    case Disks:
        out = vm.disks.size();
        return true;
    case Snapshots:
        out = vm.snapshots.size();
        return true;
    default:
        return false;
    }
}

bool viewField(int id, const Instance &vm, const EvalContext &ctx, QStringView &out)
{
    switch (Id(id)) {
    case Uuid:
        out = vm.uuid;
        return true;
    case SourceSpecificId:
        out = vm.sourceSpecificId;
        return true;
    case Location:
        out = vm.location;
        return true;
    case Description:
        out = vm.description;
        return true;
    case Os:
        out = vm.os;
        return true;
    case OsDescription:
        out = vm.osDescription;
        return true;
    case OsTemplate:
        out = vm.osTemplate;
        return true;
    case Name:
        out = vm.overrides.name ? *vm.overrides.name : vm.name;
        return true;
    case Source:
        out = ctx.source;
        return true;
    case SourceType:
        out = ctx.sourceType;
        return true;
    case Architecture:
    case OsType:
    case Distribution:
    case DistributionVersion:
        if (!vm.overrides.extra.isEmpty())
            return false; // may be overridden: read through instanceField
        out = Id(id) == Architecture ? vm.architecture
            : Id(id) == OsType       ? vm.osType
            : Id(id) == Distribution ? vm.distribution
                                     : vm.distributionVersion;
        return true;
    default:
        return false;
    }
}

Value objectField(int id, const Value &object, const EvalContext &ctx)
{
    if (object.type != VType::Object)
        return Value();
    switch (Id(id)) {
    case DiskCapacity:
    case DiskName:
    case DiskShared:
    case DiskSupported:
    case DiskBackgroundImportVerified: {
        if (object.obj != ObjKind::Disk)
            return Value();
        const Disk &d = *static_cast<const Disk *>(object.p);
        switch (Id(id)) {
        case DiskCapacity:
            return Value::integer(d.capacityBytes);
        case DiskName:
            return Value::view(d.name);
        case DiskShared:
            return Value::boolean(d.sharing == QLatin1String("sharingMultiWriter"));
        case DiskSupported:
            return Value::boolean(d.supported);
        default:
            return Value::boolean(d.backgroundImportVerified);
        }
    }
    case NicUuid:
    case NicSourceSpecificId:
    case NicHardwareAddress:
    case NicLocation:
    case NicIpv4:
    case NicIpv6: {
        if (object.obj != ObjKind::Nic)
            return Value();
        const Nic &n = *static_cast<const Nic *>(object.p);
        switch (Id(id)) {
        case NicUuid:
            if (ctx.networkUuids) {
                const auto it = ctx.networkUuids->constFind(n.networkId);
                if (it != ctx.networkUuids->constEnd())
                    return Value::view(*it);
            }
            return Value::view(QStringView());
        case NicSourceSpecificId:
            return Value::view(n.sourceSpecificId);
        case NicHardwareAddress:
            return Value::view(n.hardwareAddress);
        case NicLocation:
            return Value::view(n.location);
        case NicIpv4:
            return Value::view(n.ipv4Address);
        default:
            return Value::view(n.ipv6Address);
        }
    }
    case SnapshotName:
        if (object.obj != ObjKind::Snapshot)
            return Value();
        return Value::view(static_cast<const Snapshot *>(object.p)->name);
    default:
        return Value();
    }
}

Value configGet(const Instance &vm, QStringView key)
{
    QJsonObject storage;
    if (const QJsonObject *o = overrideConfig(vm, storage)) {
        const auto it = o->constFind(key);
        if (it != o->constEnd())
            return Value::text(jsonText(it.value()));
    }
    const auto it = vm.config.constFind(key);
    if (it != vm.config.constEnd())
        return Value::text(jsonText(it.value()));
    return Value::view(QStringView());
}

bool configHas(const Instance &vm, QStringView key)
{
    QJsonObject storage;
    if (const QJsonObject *o = overrideConfig(vm, storage)) {
        if (o->contains(key))
            return true;
    }
    return vm.config.contains(key);
}

qsizetype configSize(const Instance &vm)
{
    QJsonObject storage;
    const QJsonObject *o = overrideConfig(vm, storage);
    if (!o)
        return vm.config.size();
    qsizetype n = vm.config.size();
    for (auto it = o->constBegin(); it != o->constEnd(); ++it) {
        if (!vm.config.contains(it.key()))
            ++n;
    }
    return n;
}

void configForEach(
    const Instance &vm, const std::function<bool(const QString &, const QString &)> &f)
{
    QJsonObject storage;
    const QJsonObject *o = overrideConfig(vm, storage);
    if (o) {
        for (auto it = o->constBegin(); it != o->constEnd(); ++it) {
            if (!f(it.key(), jsonText(it.value())))
                return;
        }
    }
    for (auto it = vm.config.constBegin(); it != vm.config.constEnd(); ++it) {
        if (o && o->contains(it.key()))
            continue;
        if (!f(it.key(), jsonText(it.value())))
            return;
    }
}

Value arrayAt(const Value &array, qsizetype i)
{
    if (array.type != VType::Array || i < 0 || i >= array.n)
        return Value();
    if (array.list)
        return (*array.list)[size_t(i)];
    switch (array.obj) {
    case ObjKind::Disk:
        return Value::object(ObjKind::Disk, &(*static_cast<const QVector<Disk> *>(array.p))[i]);
    case ObjKind::Nic:
        return Value::object(ObjKind::Nic, &(*static_cast<const QVector<Nic> *>(array.p))[i]);
    case ObjKind::Snapshot:
        return Value::object(
            ObjKind::Snapshot, &(*static_cast<const QVector<Snapshot> *>(array.p))[i]);
    case ObjKind::None:
        break;
    }
    return Value();
}

} // namespace ferry::expr
