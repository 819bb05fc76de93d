#pragma once

#include "util/result.h"

#include <QString>
#include <QStringList>
#include <QVector>

namespace ferry {

struct Instance;
struct InstanceOverrides;

// A new address for one NIC of the guest (HCX's "new guest OS IP"): the guest conversion writes
// it into the guest's network configuration for the interface with this MAC. Kept in
// InstanceOverrides::extra as "nic_addresses": [{"mac", "ipv4", "gateway", "dns": [...]}].
struct NicAddressOverride
{
    QString mac; // lower case, colon-separated
    QString ipv4; // address/prefix, e.g. 198.51.100.20/24
    QString gateway; // empty: the guest's gateway stays
    QStringList dns; // empty: the guest's name servers stay
};

QVector<NicAddressOverride> nicAddressOverrides(const InstanceOverrides &overrides);
// Sets the NIC's override (an empty ipv4 removes it).
void setNicAddressOverride(InstanceOverrides &overrides, const NicAddressOverride &nic);
// Why the override cannot be applied to this VM, or empty: the MAC is one of its NICs', the
// address an IPv4 address with a prefix (1 to 32), the gateway and name servers IPv4 addresses,
// the gateway inside the address' subnet.
QString nicAddressProblem(const NicAddressOverride &nic, const Instance &vm);

// The rules for what people override on an instance, for ferry's overrides dialog and ferryctl
// instance override alike (the store keeps whatever it is given).

// Why `name` cannot be the instance's name on the target, or an empty string when it can: a
// host name (isValidHostName in inventory/osinfo.h) of letters, digits and hyphens, at most 63,
// not starting or ending with a hyphen, not only digits.
QString overrideNameProblem(const QString &name);

// Every override that is set: the name as above, CPUs and memory more than zero. InvalidInput
// with the first problem.
Status validateOverrides(const InstanceOverrides &overrides);

} // namespace ferry
