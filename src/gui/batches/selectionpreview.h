#pragma once

#include "model/instance.h"
#include "util/result.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QStringList>
#include <QVector>

#include <atomic>
#include <memory>

class QTimer;

namespace ferry {
class Database;
}

namespace ferry::gui {

// What the live preview evaluates: the instances still on their source (sorted by location),
// with what expressions read besides the instance (source names and types, network uuids).
struct PreviewData
{
    QVector<Instance> instances;
    QHash<qint64, QString> sourceNames;
    QHash<qint64, QString> sourceTypes;
    QHash<qint64, QString> networkUuids;

    // Reads them from the database; blocks (call it off the GUI thread).
    static Result<std::shared_ptr<const PreviewData>> load(const std::shared_ptr<Database> &db);
};

struct PreviewResult
{
    int generation = 0;
    QString expression;
    int matched = 0;
    int evaluated = 0;
    QStringList sample; // the first kSampleSize matching locations
    int failures = 0; // instances where evaluating failed (they do not match)
    QString firstFailure;
    double latencyMs = 0; // from the start of the run to the result on the GUI thread
};

// The wizard's live count: each change of the expression is compiled at once (an error is
// reported with its position), then, after a short pause in typing, evaluated over every
// instance on the global thread pool. A newer expression cancels the run in progress (a
// generation counter the worker checks as it goes) and only the newest result is delivered.
class SelectionPreview final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SelectionPreview)

public:
    static constexpr int kSampleSize = 500;
    static constexpr int kDefaultDebounceMs = 200;

    explicit SelectionPreview(QObject *parent = nullptr);
    ~SelectionPreview() override;

    void setData(std::shared_ptr<const PreviewData> data);
    bool hasData() const { return m_data != nullptr; }
    int instanceCount() const;
    void setDebounceMs(int ms);

    // Compiles the text: invalid() at once when it is wrong; otherwise a run starts after the
    // debounce (or at once with a debounce of 0).
    void setExpression(const QString &text);
    QString expression() const { return m_text; }
    bool isValid() const { return m_valid; }
    bool isRunning() const { return m_running; }
    int generation() const { return m_generation->load(); }
    // Runs that were started and then made stale by a newer expression (for tests).
    int cancelledRuns() const { return m_cancelled; }

Q_SIGNALS:
    // The expression does not compile: offset (0-based, -1 for the whole text), length, and
    // the message with its column ("column 7: expected ...").
    void invalid(int offset, int length, const QString &message);
    void valid();
    void started();
    void finished(const ferry::gui::PreviewResult &result);

private:
    void launch();

    std::shared_ptr<const PreviewData> m_data;
    std::shared_ptr<std::atomic_int> m_generation;
    QTimer *m_debounce = nullptr;
    QString m_text;
    bool m_valid = false;
    bool m_running = false;
    int m_runningGeneration = 0;
    int m_cancelled = 0;
    QElapsedTimer m_clock;
};

} // namespace ferry::gui
