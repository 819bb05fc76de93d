#pragma once

// What the engine reads from a target's answers about its own earlier work: the instances and
// volumes an earlier attempt left (by their user.ferry.* markers), the operations still holding
// one of them, and the body that reconfigures a migrated instance. Pure functions over the
// answers' JSON, so that the fuzz target (tests/fuzz/incus) and unit tests reach them without a
// server. A malformed answer is an error, never a guess.

#include "incus/incustypes.h"
#include "util/result.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QVector>

namespace ferry::incus::targetstate {

// Clusters (docs/targets.md): the member a VM placed on `wanted` goes to, from the target's
// members (GET /1.0/cluster/members). An empty `wanted` is any member (an empty member is
// returned). Errors: InvalidInput for a member named on a target that is not clustered or no
// member of that name; Network for a member that is not Online (Offline, Evacuated, Blocked:
// worth waiting for). The one rule for pre-flight (the cached list) and the engine (the live one).
Result<ClusterMember> chooseMember(bool clustered, const QVector<ClusterMember> &members,
    const QString &wanted, const QString &targetName);

// The member a custom volume (an extra disk) is created on and deleted from (?target=): on a
// cluster, for a pool whose driver is local to each member, the member the instance landed on
// (`instanceLocation`), so the disk can attach; '' for a remote pool (ceph, lvmcluster, ...)
// and for a server that is not clustered.
QString volumeMember(
    const ServerInfo &server, const QString &poolDriver, const QString &instanceLocation);

// Made for this queue entry: the entry id and (when known) the source VM's instance UUID in the
// object's config.
bool madeFor(const QJsonObject &object, qint64 entryId, const QString &uuid);

// A name that can stand in a request path: not empty, at most 255 characters, no '/', '?', '#',
// '%' or control characters.
bool usableName(const QString &name);

struct Leftovers
{
    QStringList ours; // made for this entry by an earlier attempt
    bool nameTaken = false; // another object (not Ferry's for this entry) is called `name`
};

// From the metadata of GET /1.0/instances?recursion=1 or
// /1.0/storage-pools/<pool>/volumes/custom?recursion=1: an array of objects with "name" and
// "config". Not an array, an element that is not an object, or one of ours with an unusable
// name: an error naming `what`.
Result<Leftovers> leftovers(const QJsonValue &list, qint64 entryId, const QString &uuid,
    const QString &name, const QString &what);

// What would make LXD refuse the migrated VM's NICs after the copy, found before it from the
// metadata of GET /1.0/instances?recursion=1&all-projects=true: another instance (not made for
// this entry) in another project that has the same name and a managed NIC on one of `networks`
// (LXD gives each instance a DNS name on a managed network), or, in any project, a NIC on one of
// `networks` (managed: its network; bridged and others: its parent) with one of `macs`
// (lowercase). Returns a sentence for a Conflict, or an empty string. A malformed answer
// finds nothing.
QString nicClash(const QJsonValue &allInstances, const QString &name, const QString &project,
    const QStringList &networks, const QStringList &macs, qint64 entryId, const QString &uuid);

// From the metadata of GET /1.0/operations?recursion=1 ({"running": [...], "pending": [...],
// "success": [...] ...}): the ids of running or pending operations that name `path` (such as
// "/1.0/instances/web", no query) among their resources. Anything malformed is ignored: this
// only decides whether to wait.
QStringList operationsHolding(const QJsonValue &operations, const QString &path);

// The body of PUT /1.0/instances/<name> that reconfigures an instance as read from GET: its
// architecture, description, ephemeral, profiles and stateful as they are, its config with
// `config` set over it, its devices with `devices` set over them. Not an object: an error.
Result<QJsonObject> reconfigured(
    const QJsonValue &current, const QMap<QString, QString> &config, const QJsonObject &devices);

} // namespace ferry::incus::targetstate
