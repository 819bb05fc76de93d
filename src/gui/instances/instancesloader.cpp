#include "instances/instancesloader.h"

#include "store/instancerepository.h"
#include "store/sourcerepository.h"

#include <QElapsedTimer>
#include <QHash>

namespace ferry::gui {

std::shared_ptr<LoadedInstances> loadInstances(const std::shared_ptr<Database> &database)
{
    QElapsedTimer timer;
    timer.start();
    auto loaded = std::make_shared<LoadedInstances>();
    QHash<qint64, QString> sourceNames;
    if (auto sources = SourceRepository(database).all())
        for (const Source &s : std::as_const(*sources))
            sourceNames.insert(s.id, s.name);
    auto instances = InstanceRepository(database).all();
    if (!instances) {
        loaded->error = instances.error().message;
        loaded->errorDetails = instances.error().details;
        return loaded;
    }
    InstanceRowBuilder builder;
    loaded->rows.reserve(size_t(instances->size()));
    for (const Instance &i : std::as_const(*instances))
        loaded->rows.push_back(builder.build(i, sourceNames.value(i.sourceId)));
    instances->clear();
    loaded->ranks = InstancesModel::computeRanks(loaded->rows);
    loaded->elapsedMs = timer.elapsed();
    return loaded;
}

} // namespace ferry::gui
