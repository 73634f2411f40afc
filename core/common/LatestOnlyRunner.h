#pragma once

#include "common/CancelToken.h"
#include "common/Generation.h"
#include "common/ThreadPriority.h"

#include <QMetaObject>
#include <QObject>
#include <QRunnable>
#include <QThreadPool>

#include <memory>
#include <mutex>
#include <type_traits>
#include <utility>

namespace streamscope {

// Runs background work for one requester and hands only the newest result back: the one way a
// page fetches, filters, lays out or counts off the GUI thread.
//
//   m_runner.submit([input](const CancelToken& cancel) { return compute(input, cancel); },
//                   [this](Result result) { show(std::move(result)); });
//
// - work runs on a QThreadPool with a CancelToken that the next submit(), cancel() or the
//   runner's destruction sets; long work polls it and returns early (its result is dropped).
// - onResult runs on the context object's thread, and only if no submit() or cancel() came
//   after its request and the runner still exists: late results of an older request, and
//   results that arrive after the holder is gone, are dropped without a call.
// - Capture inputs by value in work; work must not touch the holder (it may outlive it).
//   onResult may use the holder freely: it never runs after the runner is destroyed. Both
//   callables (and a dropped result) may be destroyed on a pool thread, so capture values and
//   plain pointers, not objects whose destructor needs the context's thread.
// - Destroying the runner never waits for work: running work finishes on its own (it should see
//   the cancel flag) and its result is dropped. The pool must outlive the work (the global pool
//   does).
//
// Use it from the context object's thread only, and that thread needs an event loop (results
// arrive as queued calls). Keep the runner a member of the context object (or of something the
// context owns), so it is destroyed no later than the context.
class LatestOnlyRunner {
public:
    explicit LatestOnlyRunner(QObject* context, QThreadPool* pool = QThreadPool::globalInstance());
    ~LatestOnlyRunner();
    LatestOnlyRunner(const LatestOnlyRunner&) = delete;
    LatestOnlyRunner& operator=(const LatestOnlyRunner&) = delete;

    // Cancels the previous request and starts work(token) on the pool; its return value goes to
    // onResult(value) on the context's thread if still newest then. Returns the request's tag.
    template <typename Work, typename OnResult>
    Generation::Tag submit(Work work, OnResult onResult);

    // Cancels the running request and drops its result (e.g. the page's input went away).
    void cancel();

    // Whether a request was submitted whose result has not been delivered yet (nor cancelled).
    bool isBusy() const { return m_busy; }
    Generation::Tag generation() const { return m_generation.current(); }

private:
    // Shared with the running work, so that a result can find out whether the runner still
    // exists without touching it. The mutex orders "post the result" against "runner gone".
    struct Link {
        std::mutex mutex;
        QObject* context = nullptr; // nullptr once the runner is destroyed
        LatestOnlyRunner* runner = nullptr;
    };

    template <typename Fn> class Task : public QRunnable {
    public:
        explicit Task(Fn fn)
            : m_fn(std::move(fn)) {}
        void run() override { m_fn(); }

    private:
        Fn m_fn;
    };

    // On the context's thread: whether the result of this tag is still wanted; marks it taken.
    bool takeResult(Generation::Tag tag);

    std::shared_ptr<Link> m_link;
    QThreadPool* m_pool;
    Generation m_generation;
    CancelToken m_token;
    bool m_busy = false;
};

template <typename Work, typename OnResult>
Generation::Tag LatestOnlyRunner::submit(Work work, OnResult onResult) {
    using Result = std::invoke_result_t<Work&, const CancelToken&>;
    static_assert(!std::is_void_v<Result>, "work returns the value handed to onResult");
    m_token.cancel();
    m_token = CancelToken();
    const Generation::Tag tag = m_generation.advance();
    m_busy = true;

    auto job = [link = m_link, token = m_token, tag, work = std::move(work),
                onResult = std::move(onResult)]() mutable {
        if (token.isCancelled())
            return;
        // Work handed off the context's thread (a model's diff, a layout) can wait for a core;
        // the GUI thread that waits for its result should not have to.
        lowerCurrentThreadPriority();
        // Shared, so that the queued call below stays copyable whatever Result is.
        auto result = std::make_shared<Result>(work(token));
        if (token.isCancelled())
            return;
        auto deliver = [link, tag, result,
                        onResult = std::make_shared<OnResult>(std::move(onResult))]() {
            // On the context's thread. The runner is destroyed on this thread too, so reading
            // link->runner here cannot race with its destruction.
            LatestOnlyRunner* runner = nullptr;
            {
                const std::lock_guard lock(link->mutex);
                runner = link->runner;
            }
            if (runner && runner->takeResult(tag))
                (*onResult)(std::move(*result));
        };
        const std::lock_guard lock(link->mutex);
        // Posting under the lock: the runner cannot be destroyed meanwhile, so the context is
        // alive; events still queued when the context dies are discarded by Qt.
        if (link->context)
            QMetaObject::invokeMethod(link->context, std::move(deliver), Qt::QueuedConnection);
    };
    // The pool owns and deletes the task (QRunnable::autoDelete). Qt 6.4's start(std::function)
    // would need copyable work; this takes move-only inputs too.
    auto* task = new Task<decltype(job)>(std::move(job));
    m_pool->start(task);
    return tag;
}

} // namespace streamscope
