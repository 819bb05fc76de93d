#include "queue/queuedetailswidget.h"

#include "common/iconlabel.h"
#include "common/icons.h"
#include "common/notelabel.h"
#include "engine/queuestatemachine.h"
#include "queue/progressdelegate.h"
#include "queue/queuemodel.h"
#include "queue/queuepresentation.h"

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QStackedLayout>
#include <QTableWidget>
#include <QTextCursor>
#include <QVBoxLayout>

namespace ferry::gui {

namespace {

enum DiskColumn {
    DiskName,
    DiskProgressColumn,
    DiskDone,
    DiskTotal,
    DiskRate,
    DiskEta,
    DiskSha,
    DiskColumns
};

QLabel *sectionLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont f = label->font();
    f.setBold(true);
    label->setFont(f);
    return label;
}

QString placementText(const QueueRow &r)
{
    const QJsonObject &p = r.placement;
    QStringList lines;
    auto line = [&lines](const QString &key, const QString &value) {
        lines << QStringLiteral("<tr><td style='padding-right:12px'>%1</td><td>%2</td></tr>")
                     .arg(key.toHtmlEscaped(), value.toHtmlEscaped());
    };
    line(QueueDetailsWidget::tr("Batch"), r.batchName);
    line(QueueDetailsWidget::tr("Target"),
        QueueDetailsWidget::tr("%1, project %2")
            .arg(p.value(QStringLiteral("target_name")).toString(),
                p.value(QStringLiteral("target_project")).toString()));
    if (!r.targetInstanceName.isEmpty())
        line(QueueDetailsWidget::tr("Target instance"), r.targetInstanceName);
    // A clustered target: where the VM landed (its `location`, read after the import), else the
    // member it is placed on.
    if (const QString location = p.value(QStringLiteral("location")).toString();
        !location.isEmpty())
        line(QueueDetailsWidget::tr("Cluster member"), location);
    else if (const QString member = p.value(QStringLiteral("target_member")).toString();
             !member.isEmpty())
        line(QueueDetailsWidget::tr("Cluster member"),
            QueueDetailsWidget::tr("%1 (placed, not landed yet)").arg(member));
    QStringList pools;
    const QJsonObject poolMap = p.value(QStringLiteral("storage_pools")).toObject();
    for (auto it = poolMap.begin(); it != poolMap.end(); ++it)
        if (!pools.contains(it.value().toString()))
            pools << it.value().toString();
    if (!pools.isEmpty())
        line(QueueDetailsWidget::tr("Storage pool"), pools.join(QStringLiteral(", ")));
    const QJsonObject nets = p.value(QStringLiteral("networks")).toObject();
    for (auto it = nets.begin(); it != nets.end(); ++it) {
        const QJsonObject n = it.value().toObject();
        QString text
            = QueueDetailsWidget::tr("%1 (%2)").arg(n.value(QStringLiteral("network")).toString(),
                n.value(QStringLiteral("nictype")).toString());
        const QString vlan = n.value(QStringLiteral("vlan_id")).toVariant().toString();
        if (!vlan.isEmpty() && vlan != QLatin1String("0"))
            text = QueueDetailsWidget::tr("%1, VLAN %2").arg(text, vlan);
        line(QueueDetailsWidget::tr("NIC %1").arg(it.key()), text);
    }
    const QJsonArray unmapped = p.value(QStringLiteral("unmapped_nics")).toArray();
    for (const QJsonValue &v : unmapped)
        line(QueueDetailsWidget::tr("NIC %1").arg(v.toString()),
            QueueDetailsWidget::tr("the target's default profile"));
    line(QueueDetailsWidget::tr("Migration window"), r.windowText);
    if (r.retryCount > 0)
        line(QueueDetailsWidget::tr("Retries"), QString::number(r.retryCount));
    if (r.nextAttemptAt.isValid() && r.status == QueueStatus::Waiting)
        line(QueueDetailsWidget::tr("Next attempt"),
            QLocale().toString(r.nextAttemptAt.toLocalTime(), QLocale::ShortFormat));
    return QStringLiteral("<table cellspacing='0' cellpadding='1'>%1</table>")
        .arg(lines.join(QString()));
}

QTableWidgetItem *cell(const QString &text, Qt::Alignment align = Qt::AlignLeft | Qt::AlignVCenter)
{
    auto *item = new QTableWidgetItem(text);
    item->setTextAlignment(align);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    return item;
}

} // namespace

QueueDetailsWidget::QueueDetailsWidget(QWidget *parent)
    : QWidget(parent)
    , m_content(new QWidget(this))
    , m_placeholder(noteLabel(QString(), this))
    , m_icon(new IconLabel(m_content))
    , m_title(new QLabel(m_content))
    , m_status(new QLabel(m_content))
    , m_placement(new QLabel(m_content))
    , m_disks(new QTableWidget(0, DiskColumns, m_content))
    , m_log(new QPlainTextEdit(m_content))
    , m_cancel(new QPushButton(tr("Cancel"), m_content))
    , m_cancelKeep(new QPushButton(tr("Cancel, Keep Leftovers"), m_content))
    , m_retry(new QPushButton(tr("Retry"), m_content))
    , m_resolve(new QPushButton(tr("Resolve"), m_content))
{
    setObjectName(QStringLiteral("queueDetails"));
    m_placeholder->setObjectName(QStringLiteral("queueDetailsPlaceholder"));
    m_placeholder->setAlignment(Qt::AlignCenter);

    m_title->setObjectName(QStringLiteral("queueDetailsTitle"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setObjectName(QStringLiteral("queueDetailsStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_placement->setObjectName(QStringLiteral("queueDetailsPlacement"));
    m_placement->setTextFormat(Qt::RichText);
    m_placement->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_placement->setAlignment(Qt::AlignTop | Qt::AlignLeft);

    m_cancel->setObjectName(QStringLiteral("queueCancelButton"));
    m_cancel->setToolTip(tr("Stop this migration: the source is powered back on if Ferry "
                            "stopped it, and what was created on the target is deleted."));
    m_cancelKeep->setObjectName(QStringLiteral("queueCancelKeepButton"));
    m_cancelKeep->setToolTip(tr("Stop this migration and leave what was created on the target "
                                "for you to look at; the source is powered back on if Ferry "
                                "stopped it. A later retry removes it first."));
    m_retry->setObjectName(QStringLiteral("queueRetryButton"));
    m_retry->setToolTip(tr("Queue this entry again (from Error, Canceled or Conflict)."));
    m_resolve->setObjectName(QStringLiteral("queueResolveButton"));
    m_resolve->setToolTip(tr("You settled what made this entry a conflict (removed or renamed "
                             "the instance that holds the target name, synced a changed source "
                             "VM): queue it again, keeping its retry count."));
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_entryId)
            Q_EMIT cancelRequested(m_entryId, false);
    });
    connect(m_cancelKeep, &QPushButton::clicked, this, [this] {
        if (m_entryId)
            Q_EMIT cancelRequested(m_entryId, true);
    });
    connect(m_retry, &QPushButton::clicked, this, [this] {
        if (m_entryId)
            Q_EMIT retryRequested(m_entryId);
    });
    connect(m_resolve, &QPushButton::clicked, this, [this] {
        if (m_entryId)
            Q_EMIT resolveRequested(m_entryId);
    });

    m_disks->setObjectName(QStringLiteral("queueDisksTable"));
    m_disks->setAccessibleName(tr("Disks"));
    m_disks->setHorizontalHeaderLabels({tr("Disk"), tr("Progress"), tr("Copied"), tr("Size"),
        tr("Rate"), tr("ETA"), tr("SHA-256")});
    m_disks->setItemDelegateForColumn(DiskProgressColumn, new ProgressDelegate(m_disks));
    m_disks->verticalHeader()->setVisible(false);
    m_disks->verticalHeader()->setDefaultSectionSize(m_disks->fontMetrics().height() + 10);
    m_disks->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_disks->setSelectionMode(QAbstractItemView::NoSelection);
    m_disks->setFocusPolicy(Qt::NoFocus);
    m_disks->setWordWrap(false);
    m_disks->setTextElideMode(Qt::ElideMiddle);
    m_disks->horizontalHeader()->setHighlightSections(false);
    m_disks->horizontalHeader()->setStretchLastSection(true);
    const int widths[] = {130, 110, 80, 70, 85, 70, 120};
    for (int c = 0; c < DiskColumns; ++c)
        m_disks->horizontalHeader()->resizeSection(c, widths[c]);
    m_disks->setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);

    m_log->setObjectName(QStringLiteral("queueLogView"));
    m_log->setAccessibleName(tr("Log"));
    m_log->setReadOnly(true);
    m_log->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_log->setMaximumBlockCount(5000);
    m_log->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));

    auto *header = new QHBoxLayout;
    header->setSpacing(8);
    header->addWidget(m_icon, 0, Qt::AlignTop);
    auto *titles = new QVBoxLayout;
    titles->setSpacing(2);
    titles->addWidget(m_title);
    titles->addWidget(m_status);
    header->addLayout(titles, 1);
    header->addWidget(m_cancel, 0, Qt::AlignTop);
    header->addWidget(m_cancelKeep, 0, Qt::AlignTop);
    header->addWidget(m_retry, 0, Qt::AlignTop);
    header->addWidget(m_resolve, 0, Qt::AlignTop);

    auto *left = new QVBoxLayout;
    left->setSpacing(4);
    left->addWidget(sectionLabel(tr("Placement"), m_content));
    left->addWidget(m_placement);
    left->addSpacing(6);
    left->addWidget(sectionLabel(tr("Disks"), m_content));
    left->addWidget(m_disks, 1);
    auto *right = new QVBoxLayout;
    right->setSpacing(4);
    right->addWidget(sectionLabel(tr("Log"), m_content));
    right->addWidget(m_log, 1);
    auto *columns = new QHBoxLayout;
    columns->setSpacing(16);
    columns->addLayout(left, 3);
    columns->addLayout(right, 2);

    auto *contentLayout = new QVBoxLayout(m_content);
    contentLayout->setContentsMargins(10, 8, 10, 8);
    contentLayout->setSpacing(8);
    contentLayout->addLayout(header);
    contentLayout->addLayout(columns, 1);

    auto *stack = new QStackedLayout(this);
    stack->addWidget(m_placeholder);
    stack->addWidget(m_content);
    clear();
}

QueueDetailsWidget::~QueueDetailsWidget() = default;

void QueueDetailsWidget::clear(const QString &message)
{
    m_entryId = 0;
    m_lastLogId = 0;
    m_hasEntry = false;
    m_log->clear();
    m_disks->setRowCount(0);
    m_placeholder->setText(
        message.isEmpty() ? tr("Select an entry to see its disks and log.") : message);
    static_cast<QStackedLayout *>(layout())->setCurrentWidget(m_placeholder);
}

void QueueDetailsWidget::setRow(const QueueRow &r)
{
    if (r.id != m_entryId) {
        m_entryId = r.id;
        m_lastLogId = 0;
        m_log->clear();
    }
    static_cast<QStackedLayout *>(layout())->setCurrentWidget(m_content);
    m_state = r.status;
    m_hasEntry = true;
    m_icon->setIcon(queuetext::statusIconName(r.status), 24);
    m_title->setText(r.name);
    m_title->setToolTip(r.location);
    m_status->setText(r.statusMessage.isEmpty()
            ? queuetext::statusText(r.status)
            : tr("%1: %2").arg(queuetext::statusText(r.status), r.statusMessage));
    m_placement->setText(placementText(r));

    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_disks->setRowCount(r.disks.size());
    for (int i = 0; i < r.disks.size(); ++i) {
        const DiskProgress &d = r.disks[i];
        const bool copying = engine::QueueStateMachine::isActive(r.status) && isDiskCopying(d, now);
        const bool done = d.bytesTotal > 0 && d.bytesDone >= d.bytesTotal;
        const qint64 eta = copying && d.rateBps > 0
            ? qint64(double(d.bytesTotal - d.bytesDone) / d.rateBps + 0.5)
            : -1;
        const Qt::Alignment right = Qt::AlignRight | Qt::AlignVCenter;
        // "[datastore] dir/file.vmdk": the file name, the whole path in the tool tip.
        auto *name = cell(d.diskName.isEmpty() ? tr("Disk %1").arg(d.diskPosition)
                                               : d.diskName.section(QLatin1Char('/'), -1));
        name->setToolTip(d.diskName);
        m_disks->setItem(i, DiskName, name);
        auto *progress = cell(d.bytesTotal > 0 ? tr("%1 %").arg(QLocale().toString(
                                  100.0 * double(d.bytesDone) / double(d.bytesTotal), 'f', 1))
                                               : QString());
        progress->setData(QueueModel::ProgressRole,
            d.bytesTotal > 0 ? int(d.bytesDone * 1000 / d.bytesTotal) : -1);
        m_disks->setItem(i, DiskProgressColumn, progress);
        m_disks->setItem(i, DiskDone, cell(queuetext::bytes(d.bytesDone), right));
        m_disks->setItem(i, DiskTotal, cell(queuetext::bytes(d.bytesTotal), right));
        m_disks->setItem(
            i, DiskRate, cell(copying ? queuetext::rate(d.rateBps) : QString(), right));
        m_disks->setItem(i, DiskEta, cell(queuetext::duration(eta), right));
        auto *sha = cell(done ? d.sha256 : QString());
        sha->setToolTip(sha->text());
        m_disks->setItem(i, DiskSha, sha);
    }
    updateActions();
}

void QueueDetailsWidget::appendLog(const QVector<LogLine> &lines)
{
    if (lines.isEmpty())
        return;
    QScrollBar *bar = m_log->verticalScrollBar();
    const bool atEnd = bar->value() >= bar->maximum() - 2;
    for (const LogLine &l : lines) {
        if (l.id <= m_lastLogId)
            continue;
        m_lastLogId = l.id;
        m_log->appendPlainText(QStringLiteral("%1  %2  %3")
                                   .arg(l.at.toLocalTime().toString(QStringLiteral("HH:mm:ss")),
                                       l.level.leftJustified(7), l.message));
    }
    if (atEnd) {
        // The scroll bar's range follows the document later; the cursor shows the last line.
        m_log->moveCursor(QTextCursor::End);
        m_log->ensureCursorVisible();
    }
}

void QueueDetailsWidget::setBusy(bool busy)
{
    m_busy = busy;
    updateActions();
}

void QueueDetailsWidget::updateActions()
{
    const bool idle = m_hasEntry && !m_busy;
    m_cancel->setEnabled(idle && engine::QueueStateMachine::canCancel(m_state));
    m_cancelKeep->setEnabled(m_cancel->isEnabled());
    m_retry->setEnabled(idle && engine::QueueStateMachine::canRetry(m_state));
    m_resolve->setEnabled(idle && m_state == QueueStatus::Conflict);
}

} // namespace ferry::gui
