#include "inventory/restrictions.h"

#include "inventory/osinfo.h"
#include "model/instance.h"

#include <QCoreApplication>

namespace ferry {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(restrictions)
};
} // namespace

QVector<Restriction> restrictionsOf(const Instance &vm, const RestrictionOverrides &overrides)
{
    QVector<Restriction> out;
    if (vm.overrides.disableMigration) {
        out << Restriction {
            QStringLiteral("manually-disabled"), Text::tr("Migration is manually disabled.")};
        return out;
    }
    if (vm.overrides.ignoreRestrictions)
        return out;

    const QString name = vm.overrides.name.value_or(targetHostName(vm.name));
    if (!isValidHostName(name))
        out << Restriction {QStringLiteral("invalid-name"),
            Text::tr("The name \"%1\" cannot be used as a host name on the target; set a "
                     "name override.")
                .arg(name.isEmpty() ? vm.name : name)};
    const bool osOverridden = vm.overrides.extra.contains(QStringLiteral("distribution"))
        || vm.overrides.extra.contains(QStringLiteral("os_type"));
    if (vm.osType == QLatin1String("linux") && vm.distribution == QLatin1String("other")
        && !osOverridden && !overrides.allowUnknownOs)
        out << Restriction {QStringLiteral("unknown-os"),
            Text::tr("Could not determine the guest OS; check that VMware Tools run in "
                     "the guest.")};
    if (vm.architecture.isEmpty())
        out << Restriction {QStringLiteral("no-architecture"),
            Text::tr("Could not determine the guest architecture.")};
    if (!vm.nics.isEmpty() && !overrides.allowNoIpv4) {
        bool any = false;
        for (const Nic &n : vm.nics)
            any = any || !n.ipv4Address.isEmpty();
        if (!any)
            out << Restriction {QStringLiteral("no-ipv4"),
                Text::tr("Could not determine an IPv4 address; check that VMware Tools "
                         "run in the guest.")};
    }
    if (!overrides.allowNoBackgroundImport) {
        if (!vm.backgroundImport) {
            out << Restriction {QStringLiteral("no-background-import"),
                Text::tr("Background import is not supported: changed block tracking is "
                         "off.")};
        } else {
            bool verified = true;
            for (const Disk &d : vm.disks)
                verified = verified && (!d.supported || d.backgroundImportVerified);
            if (!verified)
                out << Restriction {QStringLiteral("background-import-unverified"),
                    Text::tr("Verifying background import support.")};
        }
    }
    for (const Disk &d : vm.disks)
        if (!d.supported)
            out << Restriction {QStringLiteral("unsupported-disk"),
                Text::tr("Disk %1: %2").arg(d.name, d.unsupportedReason)};
    return out;
}

} // namespace ferry
