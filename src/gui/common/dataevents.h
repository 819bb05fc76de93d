#pragma once

#include <QObject>

namespace ferry::gui {

// Tells the pages that what they show changed in the database (a source was added, synced or
// removed), so each reloads its own data. One instance, owned by the main window.
class DataEvents final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DataEvents)

public:
    explicit DataEvents(QObject *parent = nullptr);
    ~DataEvents() override;

Q_SIGNALS:
    // The list of sources or their status changed.
    void sourcesChanged();
    // Instances or networks changed (a sync finished, a source was removed).
    void inventoryChanged();
    // A batch was created, edited, started, stopped, reset or removed.
    void batchesChanged();
};

} // namespace ferry::gui
