#pragma once

// A queue to show: the sample inventory (guitestdata.h) in two batches, with entries in
// several statuses, per-disk progress and log lines, written through the repositories.

#include "guitestdata.h"

#include "engine/queuestatemachine.h"
#include "model/batch.h"
#include "store/batchrepository.h"
#include "store/queuerepository.h"

#include <QJsonObject>

namespace ferry::gui::test {

struct SampleQueue
{
    SampleInventory inventory;
    qint64 wave1 = 0;
    qint64 wave2 = 0;
    // Entry ids by instance name.
    QHash<QString, qint64> entries;
};

inline QJsonObject samplePlacement()
{
    return QJsonObject {{QStringLiteral("target_name"), QStringLiteral("lxdvm")},
        {QStringLiteral("target_project"), QStringLiteral("default")},
        {QStringLiteral("storage_pools"),
            QJsonObject {{QStringLiteral("0"), QStringLiteral("default")}}},
        {QStringLiteral("networks"),
            QJsonObject {{QStringLiteral("00:50:56:85:98:40"),
                QJsonObject {{QStringLiteral("network"), QStringLiteral("ferrybr0")},
                    {QStringLiteral("nictype"), QStringLiteral("bridged")},
                    {QStringLiteral("vlan_id"), QStringLiteral("42")}}}}}};
}

// wave1 (Running, no windows): web 01 (prod) copying its second disk (25 %), Zürich Finished,
// cbt-vm Error, app 02 Waiting. wave2 (Stopped, so no engine starts anything): vm9 Conflict, vm10
// Canceled.
inline Result<SampleQueue> fillSampleQueue(const QString &dir)
{
    auto inventory = fillSampleInventory(dir);
    if (!inventory)
        return inventory.error();
    SampleQueue out;
    out.inventory = *inventory;
    const auto &db = out.inventory.db;
    auto all = InstanceRepository(db).all();
    if (!all)
        return all.error();
    QHash<QString, qint64> ids;
    for (const Instance &i : std::as_const(*all))
        ids.insert(i.name, i.id);

    BatchRepository batches(db);
    Batch b1;
    b1.name = QStringLiteral("wave1");
    b1.status = batchstatus::Running;
    auto id1 = batches.insert(b1);
    if (!id1)
        return id1.error();
    out.wave1 = *id1;
    Batch b2;
    b2.name = QStringLiteral("wave2");
    b2.status = batchstatus::Stopped;
    auto id2 = batches.insert(b2);
    if (!id2)
        return id2.error();
    out.wave2 = *id2;
    const QString zurich = QString::fromUtf8("Zürich-DB ünïcødé");
    if (Status st = batches.setMatched(out.wave1,
            {ids.value(QStringLiteral("web 01 (prod)")), ids.value(zurich),
                ids.value(QStringLiteral("cbt-vm")), ids.value(QStringLiteral("app 02"))});
        !st)
        return st.error();
    if (Status st = batches.setMatched(
            out.wave2, {ids.value(QStringLiteral("vm9")), ids.value(QStringLiteral("vm10"))});
        !st)
        return st.error();

    QueueRepository queue(db);
    struct Spec
    {
        QString name;
        qint64 batch;
        QueueStatus status;
        QString message;
    };
    const QVector<Spec> specs {
        {QStringLiteral("web 01 (prod)"), out.wave1, QueueStatus::Final,
            QStringLiteral("Importing disk (2/3)")},
        {zurich, out.wave1, QueueStatus::Finished, QStringLiteral("Migrated")},
        {QStringLiteral("cbt-vm"), out.wave1, QueueStatus::Failed,
            QStringLiteral("The target refused the instance")},
        {QStringLiteral("app 02"), out.wave1, QueueStatus::Waiting, QString()},
        {QStringLiteral("vm9"), out.wave2, QueueStatus::Conflict,
            QStringLiteral("An instance named vm9 exists on the target")},
        {QStringLiteral("vm10"), out.wave2, QueueStatus::Canceled,
            QStringLiteral("Canceled by a person")},
    };
    for (const Spec &s : specs) {
        QueueEntry e;
        e.batchId = s.batch;
        e.instanceId = ids.value(s.name);
        e.status = s.status;
        e.statusMessage = s.message;
        e.placement = samplePlacement();
        e.targetInstanceName = QString(s.name).replace(QLatin1Char(' '), QLatin1Char('-'));
        auto id = queue.insert(e);
        if (!id)
            return id.error();
        out.entries.insert(s.name, *id);
        if (auto logged
            = queue.appendLog(*id, QStringLiteral("info"), QStringLiteral("Queued in the batch"));
            !logged)
            return logged.error();
        if (!s.message.isEmpty()) {
            auto logged = queue.appendLog(*id,
                s.status == QueueStatus::Failed ? QStringLiteral("error") : QStringLiteral("info"),
                s.message);
            if (!logged)
                return logged.error();
        }
    }

    // web: disk 0 done, disk 1 at 25 % copying now, disk 2 not begun.
    const qint64 web = out.entries.value(QStringLiteral("web 01 (prod)"));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    DiskProgress d0;
    d0.diskPosition = 0;
    d0.diskName = QStringLiteral("root");
    d0.bytesTotal = qint64(1) << 30;
    d0.bytesDone = d0.bytesTotal;
    d0.sha256 = QStringLiteral("5f").repeated(32);
    d0.startedAt = now.addSecs(-60);
    DiskProgress d1;
    d1.diskPosition = 1;
    d1.diskName = QStringLiteral("disk1");
    d1.bytesTotal = qint64(2) << 30;
    d1.bytesDone = d1.bytesTotal / 4;
    d1.rateBps = 32.0 * 1048576;
    d1.startedAt = now.addSecs(-20);
    for (const DiskProgress &d : {d0, d1})
        if (Status st = queue.setDiskProgress(web, d); !st)
            return st.error();
    const qint64 z = out.entries.value(zurich);
    DiskProgress zd;
    zd.diskPosition = 0;
    zd.diskName = QStringLiteral("root");
    zd.bytesTotal = qint64(1) << 30;
    zd.bytesDone = zd.bytesTotal;
    zd.sha256 = QStringLiteral("ab").repeated(32);
    if (Status st = queue.setDiskProgress(z, zd); !st)
        return st.error();
    return out;
}

} // namespace ferry::gui::test
