#include "queue/queuesummarywidget.h"

#include "engine/queuestatemachine.h"
#include "queue/queuepresentation.h"

#include <QGridLayout>
#include <QLabel>
#include <QProgressBar>

namespace ferry::gui {

QueueSummaryWidget::QueueSummaryWidget(QWidget *parent)
    : QWidget(parent)
    , m_grid(new QGridLayout(this))
{
    setObjectName(QStringLiteral("queueSummary"));
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setHorizontalSpacing(12);
    m_grid->setVerticalSpacing(6);
    m_grid->setColumnStretch(2, 1);
    m_grid->setColumnStretch(4, 2);
}

QueueSummaryWidget::~QueueSummaryWidget() = default;

QString QueueSummaryWidget::countsText(const BatchSummary &b)
{
    using queuetext::StatusGroup;
    QMap<StatusGroup, int> groups;
    for (auto it = b.counts.begin(); it != b.counts.end(); ++it)
        groups[queuetext::groupOf(it.key())] += it.value();
    QStringList parts;
    const auto add = [&](StatusGroup g, const QString &text) {
        if (groups.value(g) > 0)
            parts << text.arg(groups.value(g));
    };
    add(StatusGroup::Finished, tr("%1 finished"));
    add(StatusGroup::Migrating, tr("%1 migrating"));
    add(StatusGroup::Waiting, tr("%1 waiting"));
    add(StatusGroup::Failed, tr("%1 failed"));
    add(StatusGroup::Conflict, tr("%1 in conflict"));
    add(StatusGroup::Canceled, tr("%1 canceled"));
    return parts.join(QStringLiteral(" · "));
}

QString QueueSummaryWidget::lineText(int index) const
{
    if (index < 0 || index >= m_lines.size())
        return {};
    const Line &l = m_lines[index];
    return QStringList {l.name->text(), l.status->text(), l.bytes->text(), l.counts->text()}.join(
        QStringLiteral(" | "));
}

void QueueSummaryWidget::setBatches(const QVector<BatchSummary> &batches)
{
    bool same = batches.size() == m_lines.size();
    for (int i = 0; same && i < batches.size(); ++i)
        same = batches[i].id == m_lines[i].id;
    if (!same) {
        for (const Line &l : std::as_const(m_lines)) {
            delete l.name;
            delete l.status;
            delete l.bar;
            delete l.counts;
            delete l.bytes;
        }
        m_lines.clear();
        for (int i = 0; i < batches.size(); ++i) {
            Line l;
            l.id = batches[i].id;
            l.name = new QLabel(this);
            QFont bold = l.name->font();
            bold.setBold(true);
            l.name->setFont(bold);
            l.status = new QLabel(this);
            l.status->setForegroundRole(QPalette::PlaceholderText);
            l.bar = new QProgressBar(this);
            l.bar->setRange(0, 1000);
            l.bar->setMinimumWidth(90);
            l.bar->setMaximumWidth(220);
            l.bar->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
            l.bar->setTextVisible(false);
            l.bar->setFixedHeight(l.name->fontMetrics().height() * 2 / 3);
            l.bytes = new QLabel(this);
            l.counts = new QLabel(this);
            l.counts->setWordWrap(true);
            l.counts->setMinimumWidth(60);
            m_grid->addWidget(l.name, i, 0);
            m_grid->addWidget(l.status, i, 1);
            m_grid->addWidget(l.bar, i, 2);
            m_grid->addWidget(l.bytes, i, 3);
            m_grid->addWidget(l.counts, i, 4);
            m_lines << l;
        }
    }
    for (int i = 0; i < batches.size(); ++i) {
        const BatchSummary &b = batches[i];
        Line &l = m_lines[i];
        l.name->setText(b.name);
        l.status->setText(queuetext::batchStatusText(b.status));
        l.status->setToolTip(b.statusMessage);
        const int permille = b.bytesTotal > 0 ? int(b.bytesDone * 1000 / b.bytesTotal) : 0;
        l.bar->setValue(permille);
        l.bar->setPalette(queuetext::progressPalette(palette()));
        l.bytes->setText(
            tr("%1 of %2").arg(queuetext::bytes(b.bytesDone), queuetext::bytes(b.bytesTotal)));
        l.bar->setAccessibleName(tr("%1: bytes copied").arg(b.name));
        l.counts->setText(countsText(b));
    }
}

} // namespace ferry::gui
