#pragma once

#include "inventory/restrictions.h"
#include "model/artifact.h"

#include <QHash>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QVector>

namespace ferry {
struct Instance;
struct Target;
} // namespace ferry

namespace ferry::batch {

struct InstancePlacement;

// Critical blocks the migration (the queue entry is Blocked with the reasons); Warning and Info
// inform.
enum class Severity { Critical, Warning, Info };
QString severityName(Severity severity); // "critical", "warning", "info"

struct Finding
{
    Severity severity = Severity::Info;
    QString code; // stable: unknown-os, disk-shared, name-taken, ip-outside-subnet, ...
    QString message;
};

struct PreflightInputs
{
    RestrictionOverrides overrides; // the batch's instance_restriction_overrides
    QVector<Target> targets; // registered targets with their cached inventory
    bool convertGuests = true; // the batch's convert_guests
    // What this host lacks to convert guests (convert::missingConversionTools(), looked up once
    // per plan by the caller, not per instance).
    QStringList conversionToolsMissing;
    // The stored artifacts (the virtio-win ISO for Windows guests), read once per plan.
    QVector<Artifact> artifacts;
};

// The checks for one instance and its computed placement, most severe first: the reference's
// restrictions (with the batch's overrides), disks that cannot be copied (shared, independent,
// raw-mapped), snapshots, TPM, NICs on no imported network, the placement against the target's
// cached inventory (target, project, pools, networks, a name already taken, an IPv4 address
// outside a managed network's subnet, a VLAN on a managed NIC), a failed placement script, and the
// guest conversion (off, not possible on this host, a Windows guest with or without the
// virtio-win ISO it needs).
QVector<Finding> preflight(
    const Instance &instance, const InstancePlacement &placement, const PreflightInputs &inputs);

// The bytes each storage pool gets from the instance's disks (by the placement's pools).
QHash<QString, qint64> poolDemand(const Instance &instance, const InstancePlacement &placement);
// The batch as a whole: for the instances it queues, the pools whose free space (as the target
// last said) is less than all their disks together: a warning for each instance in such a pool
// (one list per instance, in order). A pool one instance alone overfills is preflight()'s
// critical finding instead.
QVector<QVector<Finding>> batchPoolFindings(
    const QVector<QPair<const Instance *, const InstancePlacement *>> &queued,
    const QVector<Target> &targets);

// Staging and disk budget (issue 14): the bytes of the instance's largest upload (each disk is
// staged whole, one at a time), the state volume the project limits count for each VM, whether
// the target charges the staged upload to the project's budget (Incus 7), and what the instance
// takes from that budget (its disks and the state volume).
qint64 largestUpload(const Instance &instance, const InstancePlacement &placement);
qint64 vmStateBytes(const Target &target);
bool uploadChargedToBudget(const Target &target);
qint64 budgetDemand(
    const Instance &instance, const InstancePlacement &placement, const Target &target);
// The batch as a whole, like batchPoolFindings: a project whose disk budget the queued
// instances together overfill (project-disk-budget), and a staging pool that the batch's disks
// plus one staged upload overfill (staging-space), a warning for each instance concerned.
QVector<QVector<Finding>> batchStagingAndBudgetFindings(
    const QVector<QPair<const Instance *, const InstancePlacement *>> &queued,
    const QVector<Target> &targets);

bool hasCritical(const QVector<Finding> &findings);
// The critical findings' messages joined, for a Blocked entry's status message.
QString blockingReasons(const QVector<Finding> &findings);

} // namespace ferry::batch
