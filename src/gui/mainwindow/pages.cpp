#include "mainwindow/pages.h"

namespace ferry::gui {

QString pageKey(Page page)
{
    switch (page) {
    case Page::Sources:
        return QStringLiteral("sources");
    case Page::Targets:
        return QStringLiteral("targets");
    case Page::Instances:
        return QStringLiteral("instances");
    case Page::Networks:
        return QStringLiteral("networks");
    case Page::Batches:
        return QStringLiteral("batches");
    case Page::Queue:
        return QStringLiteral("queue");
    case Page::Artifacts:
        return QStringLiteral("artifacts");
    case Page::Warnings:
        return QStringLiteral("warnings");
    }
    return {};
}

std::optional<Page> pageFromKey(const QString &key)
{
    for (int i = 0; i < kPageCount; ++i) {
        const auto page = static_cast<Page>(i);
        if (pageKey(page) == key)
            return page;
    }
    return std::nullopt;
}

} // namespace ferry::gui
