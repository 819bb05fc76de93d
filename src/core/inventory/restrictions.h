#pragma once

#include <QString>
#include <QVector>

namespace ferry {

struct Instance;

// What a batch may allow despite the restrictions (the reference's
// instance_restriction_overrides).
struct RestrictionOverrides
{
    bool allowUnknownOs = false;
    bool allowNoIpv4 = false;
    bool allowNoBackgroundImport = false;
};

struct Restriction
{
    QString code; // manually-disabled, invalid-name, unknown-os, ...
    QString message; // for people
};

// Why an instance cannot be migrated, in the reference's order; empty when it can.
// The instance's own overrides apply (disable_migration, ignore_restrictions, name).
QVector<Restriction> restrictionsOf(
    const Instance &instance, const RestrictionOverrides &overrides = {});

} // namespace ferry
