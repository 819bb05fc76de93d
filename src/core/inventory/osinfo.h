#pragma once

#include <QString>

namespace ferry {

struct Instance;

struct OsInfo
{
    QString osType; // windows | linux | bsd | fortigate
    QString distribution; // debian, ubuntu, rhel, ..., windows, freebsd, other
    QString version; // major version; Ubuntu "24.04"; Windows "Server 2019", "11"
};

// Derives the OS type, distribution and version from what vSphere reports: the guest's detailed
// data (distroName, distroVersion, prettyName) when tools run, else the configured guest OS name.
OsInfo deriveOs(const QString &os, const QString &osVersion, const QString &osDescription,
    const QString &osTemplate, const QString &description = {});
void applyDerivedOs(Instance &instance);

// A host name and instance name for the target (an RFC 1123 label that starts with a letter):
// accented letters keep their ASCII base ("ü" -> "u"), runs of other characters become '-', at
// most 63 characters. Empty if nothing usable is left.
QString targetHostName(const QString &name);
bool isValidHostName(const QString &name);

} // namespace ferry
