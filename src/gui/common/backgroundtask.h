#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QtConcurrent/QtConcurrentRun>

#include <type_traits>
#include <utility>

namespace ferry::gui {

// Runs `work` on the global thread pool and hands its result to `done` on the guard's thread.
// The watcher is a child of `guard` (a dialog, a page): when the guard is destroyed first, the
// result is dropped and `done` never runs, so a closed dialog never receives a callback.
// `work` must not touch widgets; give it copies and shared pointers only.
// Returns the future, for owners that must wait for the work elsewhere (never on the GUI thread).
template<typename Work, typename Done>
auto runInBackground(QObject *guard, Work work, Done done)
{
    using R = std::invoke_result_t<Work>;
    auto *watcher = new QFutureWatcher<R>(guard);
    QObject::connect(
        watcher, &QFutureWatcherBase::finished, guard, [watcher, done = std::move(done)]() mutable {
            watcher->deleteLater();
            done(watcher->future().result());
        });
    QFuture<R> future = QtConcurrent::run(std::move(work));
    watcher->setFuture(future);
    return future;
}

} // namespace ferry::gui
