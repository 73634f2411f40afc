#pragma once

#include "common/ThreadPriority.h"

#include <QCoreApplication>
#include <QThread>
#include <QThreadPool>

#include <functional>
#include <memory>
#include <utility>

namespace streamscope {

// A published snapshot that frees itself on a pool thread when its last reference is dropped on
// the GUI thread: freeing thousands of groups' vectors and strings takes milliseconds the GUI
// thread should spend painting, and whichever holder (page, model, panel) lets go last, the
// snapshot knows where it dies. Dropped anywhere else it is freed there and then.
template <typename T> std::shared_ptr<const T> makeFreedOffGuiThread(T value) {
    const auto freeIt = [](const T* snapshot) {
        std::unique_ptr<const T> owned(snapshot);
        const QCoreApplication* app = QCoreApplication::instance();
        if (!app || QThread::currentThread() != app->thread())
            return; // freed here, by `owned`
        // Moved, never copied, into the pool: its last reference must end on the pool thread.
        // The pool thread frees at background priority: the GUI thread must not wait for a core
        // behind the freeing it handed off.
        std::function<void()> free = [last = std::shared_ptr<const T>(std::move(owned))]() mutable {
            lowerCurrentThreadPriority();
            last.reset();
        };
        QThreadPool::globalInstance()->start(std::move(free));
    };
    return std::shared_ptr<const T>(std::make_unique<const T>(std::move(value)).release(), freeIt);
}

} // namespace streamscope
