#pragma once

#include "batch/batchconfig.h"
#include "batch/batchyaml.h"
#include "batch/placement.h"
#include "batch/preflight.h"
#include "model/batch.h"
#include "model/instance.h"
#include "model/queueentry.h"
#include "util/result.h"

#include <QByteArray>
#include <QVector>

#include <memory>

namespace ferry {

class Database;

namespace batch {

// What `batch info` shows: the instances the expression selects now, and the queue entries.
struct BatchInfo
{
    Batch batch;
    QString targetName;
    QVector<Instance> matched;
    struct Queued
    {
        QueueEntry entry;
        Instance instance;
    };
    QVector<Queued> queued;
    QStringList problems; // expressions that failed on some instance
};

// One instance of a dry run (`batch placement`) or of a start.
struct PlannedInstance
{
    Instance instance;
    InstancePlacement placement;
    QVector<Finding> findings;
    QString
        skipped; // why it is not queued (claimed by another running batch, migrated); empty: queued
    bool alreadyQueued = false; // it has an entry in this batch already
};

struct StartReport
{
    int waiting = 0;
    int blocked = 0;
    int kept = 0; // entries from an earlier run, left as they are
    QVector<PlannedInstance> instances;
};

struct ResetReport
{
    int removed = 0;
    QStringList leftOnTarget; // target instances Ferry created, left in place
};

// Batches as people handle them: created, edited as YAML, inspected, started, stopped and reset.
// Every change is committed before the call returns; a start writes its queue entries and the
// batch's new status in one transaction.
class BatchService final
{
public:
    explicit BatchService(std::shared_ptr<Database> db);

    // A stub as the reference's `batch add`: include_expression "false", the first registered
    // target, and config's options (by default post_migration_retries 5, guests converted).
    Result<Batch> add(const QString &name, const BatchConfig &config = BatchConfig()) const;
    // A batch from YAML; when name is given the document's name must be the same.
    Result<Batch> addFromYaml(const QByteArray &yaml, const QString &name = {}) const;
    // Parses against the registered targets and their inventory (nothing is saved).
    ParsedBatch parse(const QByteArray &yaml) const;
    // Replaces the batch's definition with the document. A batch that has started keeps its
    // name, defaults and include expression; its windows that entries use can only become more
    // permissive; a constraint matching a committed entry stays; the placement script changes
    // only while no target instance is being created (the waiting entries are placed again).
    // When the document is refused, issues receives where and why, and nothing is saved.
    Result<Batch> update(
        const QString &name, const QByteArray &yaml, QVector<YamlIssue> *issues = nullptr) const;

    Result<Batch> byName(const QString &name) const;
    Result<QVector<Batch>> list() const;
    // The name of the batch's default target, empty when none.
    QString targetName(const Batch &batch) const;
    Result<QByteArray> yaml(const QString &name) const;
    // Refused while it runs or while an entry is migrating.
    Status remove(const QString &name) const;

    // Evaluates the include expression over every instance still on its source and stores the
    // result as the batch's members.
    Result<QVector<Instance>> refreshMatches(
        const Batch &batch, QStringList *problems = nullptr) const;
    Result<BatchInfo> info(const QString &name) const;
    // Placement and pre-flight checks of every matched instance, without saving anything.
    Result<QVector<PlannedInstance>> plan(const QString &name) const;
    // The same for a batch not saved yet (the GUI wizard's dry run and pre-flight page): its
    // target is looked up by the document's name.
    Result<QVector<PlannedInstance>> planDraft(const BatchDocument &document) const;

    // Defined, Stopped or Error -> Running: validates the batch, then queues every matched
    // instance that no other running batch holds, as Waiting, or Blocked with the reasons.
    Result<StartReport> start(const QString &name) const;
    // Running -> Stopped; the entries stay.
    Status stop(const QString &name) const;
    // Back to Defined, removing the queue entries. Refused while running, and when an entry is
    // past the point of no return unless forced.
    Result<ResetReport> reset(const QString &name, bool force = false) const;

    static bool canStart(const QString &status);
    // Past the point of no return (the source was powered off for the final copy).
    static bool isCommitted(const QueueEntry &entry);
    // Between creation on the target and the end.
    static bool isMigrating(const QueueEntry &entry);

private:
    struct Planner;
    Result<QVector<PlannedInstance>> planFor(const Batch &batch) const;

    std::shared_ptr<Database> m_db;
};

} // namespace batch
} // namespace ferry
