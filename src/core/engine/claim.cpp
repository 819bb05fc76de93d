#include "engine/claim.h"

#include "batch/selection.h"
#include "engine/enginereach.h"
#include "engine/scheduling.h"
#include "model/batch.h"
#include "model/instance.h"
#include "store/batchrepository.h"
#include "store/enginerepository.h"
#include "store/instancerepository.h"
#include "store/sourcerepository.h"
#include "store/targetrepository.h"

#include <QHash>

namespace ferry::engine {

std::optional<qint64> decideClaim(
    const std::shared_ptr<Database> &db, const ClaimView &view, const EngineRestrictions *only)
{
    const QueueEntry &e = view.entry;
    if (e.nextAttemptAt.isValid() && e.nextAttemptAt > view.now)
        return std::nullopt;
    auto batch = BatchRepository(db).byId(e.batchId);
    if (!batch || batch->status != batchstatus::Running)
        return std::nullopt;
    const Batch &b = *batch;

    // The constraint of an instance, names of sources as the selection language needs them.
    batch::SelectionContext context;
    auto constraintOf = [&](qint64 instanceId) {
        if (b.constraints.isEmpty())
            return -1;
        auto vm = InstanceRepository(db).byId(instanceId);
        if (!vm)
            return -1;
        if (!context.sourceNames.contains(vm->sourceId))
            if (auto src = SourceRepository(db).byId(vm->sourceId)) {
                context.sourceNames.insert(vm->sourceId, src->name);
                context.sourceTypes.insert(vm->sourceId, src->sourceType);
            }
        return applicableConstraint(b, *vm, context);
    };
    const int constraint = constraintOf(e.instanceId);
    const Constraint *rule = constraint >= 0 ? &b.constraints.at(constraint) : nullptr;

    const WindowChoice window = chooseWindow(
        b, e.windowId, rule ? rule->minInstanceBootTimeMs : 0, view.assignedPerWindow, view.now);
    if (window.kind != WindowChoice::Kind::Now)
        return std::nullopt;

    auto vm = InstanceRepository(db).byId(e.instanceId);
    if (!vm)
        return std::nullopt;
    const qint64 sourceId = vm->sourceId;
    const QString target = e.placement.value(QStringLiteral("target_name")).toString();
    auto source = SourceRepository(db).byId(sourceId);
    auto t = TargetRepository(db).byName(target);
    if (only
        && (!source || !only->allowsSource(source->name) || !only->allowsTarget(target)
            || !only->allowsMember(e.placement.value(QStringLiteral("target_member")).toString())))
        return std::nullopt;
    const int importLimit = source ? qMax(1, source->importLimit) : 1;
    const int createLimit = t ? qMax(1, t->createLimit) : 1;

    int perSource = 0;
    int perTarget = 0;
    int perConstraint = 0;
    for (const HeldEntry &h : view.held) {
        if (h.entryId == e.id)
            continue;
        if (h.sourceId == sourceId)
            ++perSource;
        if (h.targetName == target)
            ++perTarget;
        if (rule && rule->maxConcurrentInstances > 0 && h.batchId == b.id
            && constraintOf(h.instanceId) == constraint)
            ++perConstraint;
    }
    if (perSource >= importLimit || perTarget >= createLimit)
        return std::nullopt;
    if (rule && rule->maxConcurrentInstances > 0 && perConstraint >= rule->maxConcurrentInstances)
        return std::nullopt;
    return window.windowId;
}

Result<std::optional<QueueEntry>> claimEntry(const std::shared_ptr<Database> &db, qint64 entryId,
    const QString &engineId, qint64 leaseMs, const EngineRestrictions *only)
{
    return EngineRepository(db).claim(entryId, engineId, leaseMs,
        [&db, only](const ClaimView &view) { return decideClaim(db, view, only); });
}

} // namespace ferry::engine
