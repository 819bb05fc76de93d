#include "batches/selectionpreview.h"

#include "common/backgroundtask.h"
#include "expr/expression.h"
#include "store/instancerepository.h"
#include "store/networkrepository.h"
#include "store/sourcerepository.h"

#include <QCoreApplication>
#include <QTimer>

#include <algorithm>

namespace ferry::gui {

Result<std::shared_ptr<const PreviewData>> PreviewData::load(const std::shared_ptr<Database> &db)
{
    auto data = std::make_shared<PreviewData>();
    auto sources = SourceRepository(db).all();
    if (!sources)
        return sources.error();
    for (const Source &s : std::as_const(*sources)) {
        data->sourceNames.insert(s.id, s.name);
        data->sourceTypes.insert(s.id, s.sourceType);
    }
    auto networks = NetworkRepository(db).all();
    if (!networks)
        return networks.error();
    for (const Network &n : std::as_const(*networks))
        data->networkUuids.insert(n.id, n.uuid);
    auto instances = InstanceRepository(db).all();
    if (!instances)
        return instances.error();
    data->instances.reserve(instances->size());
    for (const Instance &vm : std::as_const(*instances))
        if (!vm.missingSince.isValid()) // as a batch matches: only what is still on its source
            data->instances << vm;
    std::sort(data->instances.begin(), data->instances.end(),
        [](const Instance &a, const Instance &b) { return a.location < b.location; });
    return std::shared_ptr<const PreviewData>(std::move(data));
}

SelectionPreview::SelectionPreview(QObject *parent)
    : QObject(parent)
    , m_generation(std::make_shared<std::atomic_int>(0))
    , m_debounce(new QTimer(this))
{
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kDefaultDebounceMs);
    connect(m_debounce, &QTimer::timeout, this, &SelectionPreview::launch);
}

SelectionPreview::~SelectionPreview()
{
    // A run still going sees a newer generation and stops at its next check.
    m_generation->fetch_add(1);
}

void SelectionPreview::setData(std::shared_ptr<const PreviewData> data)
{
    m_data = std::move(data);
    if (m_valid)
        setExpression(m_text);
}

int SelectionPreview::instanceCount() const
{
    return m_data ? int(m_data->instances.size()) : 0;
}

void SelectionPreview::setDebounceMs(int ms)
{
    m_debounce->setInterval(ms);
}

void SelectionPreview::setExpression(const QString &text)
{
    m_text = text;
    // Whatever runs now is stale.
    m_generation->fetch_add(1);
    if (m_running) {
        ++m_cancelled;
        m_running = false;
    }
    m_debounce->stop();
    expr::Diagnostic where;
    auto compiled = expr::Expression::compile(text, &where);
    m_valid = compiled.ok();
    if (!m_valid) {
        Q_EMIT invalid(where.offset, where.length,
            where.message.isEmpty() ? compiled.error().message : where.toString());
        return;
    }
    Q_EMIT valid();
    if (!m_data)
        return;
    if (m_debounce->interval() <= 0)
        launch();
    else
        m_debounce->start();
}

void SelectionPreview::launch()
{
    if (!m_data || !m_valid)
        return;
    auto compiled = expr::Expression::compile(m_text);
    if (!compiled)
        return;
    const int generation = m_generation->fetch_add(1) + 1;
    m_running = true;
    m_runningGeneration = generation;
    m_clock.start();
    Q_EMIT started();
    auto data = m_data;
    auto current = m_generation;
    const expr::Expression expression = *compiled;
    const QString text = m_text;
    runInBackground(
        this,
        [data, current, expression, text, generation]() -> std::optional<PreviewResult> {
            PreviewResult r;
            r.generation = generation;
            r.expression = text;
            expr::EvalContext context;
            context.networkUuids = &data->networkUuids;
            qint64 contextSource = -1;
            const QVector<Instance> &all = data->instances;
            for (qsizetype i = 0; i < all.size(); ++i) {
                if ((i & 255) == 0 && current->load(std::memory_order_relaxed) != generation)
                    return std::nullopt; // stale: a newer expression was typed
                const Instance &vm = all.at(i);
                if (vm.sourceId != contextSource) {
                    contextSource = vm.sourceId;
                    context.source = data->sourceNames.value(vm.sourceId);
                    context.sourceType = data->sourceTypes.value(vm.sourceId);
                }
                ++r.evaluated;
                auto m = expression.matches(vm, context);
                if (!m) {
                    if (r.failures++ == 0)
                        r.firstFailure = QCoreApplication::translate("SelectionPreview", "%1: %2")
                                             .arg(vm.location, m.error().message);
                    continue;
                }
                if (*m) {
                    if (r.matched < kSampleSize)
                        r.sample << vm.location;
                    ++r.matched;
                }
            }
            return r;
        },
        [this, generation](const std::optional<PreviewResult> &result) {
            if (!result || generation != m_generation->load())
                return; // stale: only the newest result is shown
            m_running = false;
            PreviewResult shown = *result;
            shown.latencyMs = double(m_clock.nsecsElapsed()) / 1e6;
            Q_EMIT finished(shown);
        });
}

} // namespace ferry::gui
