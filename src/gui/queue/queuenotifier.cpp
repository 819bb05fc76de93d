#include "queue/queuenotifier.h"

#include "common/icons.h"
#include "engine/queuestatemachine.h"
#include "model/batch.h"
#include "queue/queuepresentation.h"

#include <QSystemTrayIcon>

namespace ferry::gui {

QueueNotifier::QueueNotifier(QObject *parent)
    : QObject(parent)
    , m_useTray(QSystemTrayIcon::isSystemTrayAvailable())
{ }

QueueNotifier::~QueueNotifier()
{
    delete m_tray;
}

void QueueNotifier::update(const QueueSnapshot &snapshot)
{
    if (!snapshot.error.isEmpty())
        return;
    QHash<qint64, QueueStatus> entries;
    entries.reserve(int(snapshot.rows.size()));
    for (const QueueRow &r : snapshot.rows) {
        entries.insert(r.id, r.status);
        if (!m_baseline)
            continue;
        const auto before = m_entryStatus.constFind(r.id);
        if (before != m_entryStatus.constEnd() && *before == r.status)
            continue;
        if (r.status == QueueStatus::Failed)
            notify(Kind::EntryFailed, tr("Migration of %1 failed").arg(r.name),
                r.statusMessage.isEmpty() ? tr("Batch %1").arg(r.batchName) : r.statusMessage);
        else if (r.status == QueueStatus::Conflict)
            notify(Kind::EntryFailed, tr("%1 needs attention").arg(r.name),
                r.statusMessage.isEmpty() ? tr("Conflict in batch %1").arg(r.batchName)
                                          : r.statusMessage);
    }
    QHash<qint64, QString> batches;
    for (const BatchSummary &b : snapshot.batches) {
        batches.insert(b.id, b.status);
        if (!m_baseline)
            continue;
        const QString before = m_batchStatus.value(b.id);
        if (b.status == batchstatus::Finished && before != batchstatus::Finished)
            notify(Kind::BatchFinished, tr("Batch %1 finished").arg(b.name),
                tr("%n instance(s) migrated (%1).", nullptr, b.counts.value(QueueStatus::Finished))
                    .arg(queuetext::bytes(b.bytesTotal)));
    }
    m_entryStatus = std::move(entries);
    m_batchStatus = std::move(batches);
    m_baseline = true;
}

void QueueNotifier::notify(Kind kind, const QString &title, const QString &text)
{
    Q_EMIT notified(kind, title, text);
    if (!m_useTray) {
        Q_EMIT inWindowMessage(kind, title, text);
        return;
    }
    if (!m_tray) {
        m_tray = new QSystemTrayIcon(applicationIcon());
        m_tray->setToolTip(tr("Ferry"));
        m_tray->show();
    }
    m_tray->showMessage(title, text,
        kind == Kind::EntryFailed ? QSystemTrayIcon::Warning : QSystemTrayIcon::Information, 10000);
}

} // namespace ferry::gui
