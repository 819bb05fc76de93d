#pragma once

#include "queue/queuesnapshot.h"

#include <QVector>
#include <QWidget>

class QGridLayout;
class QLabel;
class QProgressBar;

namespace ferry::gui {

// One line per batch with entries: its name and status, a bar of the bytes copied of all its
// disks, and how many entries are in each status.
class QueueSummaryWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QueueSummaryWidget)

public:
    explicit QueueSummaryWidget(QWidget *parent = nullptr);
    ~QueueSummaryWidget() override;

    void setBatches(const QVector<BatchSummary> &batches);
    // "2 finished, 1 migrating, 1 waiting" for a batch (tests and accessibility).
    static QString countsText(const BatchSummary &batch);
    QString lineText(int index) const;
    int lineCount() const { return m_lines.size(); }

private:
    struct Line
    {
        qint64 id = 0;
        QLabel *name = nullptr;
        QLabel *status = nullptr;
        QProgressBar *bar = nullptr;
        QLabel *bytes = nullptr;
        QLabel *counts = nullptr;
    };

    QGridLayout *m_grid = nullptr;
    QVector<Line> m_lines;
};

} // namespace ferry::gui
