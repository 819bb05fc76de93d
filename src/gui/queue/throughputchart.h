#pragma once

#include <QDateTime>
#include <QVector>
#include <QWidget>

namespace ferry::gui {

// A small line chart of the queue's throughput (MiB/s) over the last minutes, painted with
// QPainter in the palette's colours (Qt Charts is not a dependency).
class ThroughputChart final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ThroughputChart)

public:
    struct Sample
    {
        QDateTime at;
        double bytesPerSecond = 0;
    };

    explicit ThroughputChart(QWidget *parent = nullptr);
    ~ThroughputChart() override;

    // Samples older than the span are dropped.
    void addSample(const QDateTime &at, double bytesPerSecond);
    void clear();
    const QVector<Sample> &samples() const { return m_samples; }
    void setSpanSeconds(int seconds);
    int spanSeconds() const { return m_spanSeconds; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QVector<Sample> m_samples;
    int m_spanSeconds = 120;
};

} // namespace ferry::gui
