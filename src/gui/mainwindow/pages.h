#pragma once

#include <QObject>
#include <QString>

#include <optional>

namespace ferry::gui {
Q_NAMESPACE

// The main window's pages, in navigation order (View > Ctrl+1 ... Ctrl+8).
enum class Page {
    Sources,
    Targets,
    Instances,
    Networks,
    Batches,
    Queue,
    Artifacts,
    Warnings,
};
Q_ENUM_NS(Page)

inline constexpr int kPageCount = 8;

// A stable, untranslated name for settings and object names ("sources", "queue", ...).
QString pageKey(Page page);
std::optional<Page> pageFromKey(const QString &key);

} // namespace ferry::gui
