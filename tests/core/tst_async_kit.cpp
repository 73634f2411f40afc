// The async kit in core/common: generations, cancel tokens and the latest-only runner that every
// page uses for background work. No broker; a private thread pool so each test can wait for its
// work to finish.

#include "common/CancelToken.h"
#include "common/Generation.h"
#include "common/LatestOnlyRunner.h"

#include <QElapsedTimer>
#include <QSemaphore>
#include <QThread>
#include <QThreadPool>
#include <QtTest>

#include <atomic>
#include <memory>

using namespace streamscope;

class TstAsyncKit : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void generationTagsGoStale();
    void cancelTokenCopiesShareOneFlag();
    void resultArrivesOnContextThread();
    void lateResultOfOlderRequestIsDropped();
    void queuedResultOfOlderRequestIsDropped();
    void workerSeesCancelFlag();
    void cancelDropsResult();
    void destructionWhileRunningIsClean();
    void destructionWithQueuedResultIsClean();
    void moveOnlyResultAndWork();
    void workCancelledBeforeItStartsIsSkipped();
};

namespace {

// Work waits until the test opens the gate (bounded, so a broken test cannot hang).
struct Gate {
    QSemaphore semaphore;
    void open() { semaphore.release(1000); }
    bool wait() { return semaphore.tryAcquire(1, 5000); }
};

} // namespace

void TstAsyncKit::generationTagsGoStale() {
    Generation generation;
    const Generation::Tag first = generation.advance();
    QVERIFY(generation.isCurrent(first));
    const Generation::Tag second = generation.advance();
    QVERIFY(!generation.isCurrent(first));
    QVERIFY(generation.isCurrent(second));
    QCOMPARE(generation.current(), second);
}

void TstAsyncKit::cancelTokenCopiesShareOneFlag() {
    const CancelToken token;
    const CancelToken copy = token;
    QVERIFY(!copy.isCancelled());
    token.cancel();
    QVERIFY(copy.isCancelled());
    QVERIFY(!CancelToken().isCancelled()); // a new token is a new flag
}

void TstAsyncKit::resultArrivesOnContextThread() {
    QThreadPool pool;
    QObject context;
    LatestOnlyRunner runner(&context, &pool);
    std::atomic<QThread*> workThread = nullptr;
    QThread* resultThread = nullptr;
    int result = 0;
    runner.submit(
        [&workThread](const CancelToken&) {
            workThread = QThread::currentThread();
            return 42;
        },
        [&](int value) {
            resultThread = QThread::currentThread();
            result = value;
        });
    QVERIFY(runner.isBusy());
    QTRY_COMPARE(result, 42);
    QVERIFY(workThread.load() != nullptr);
    QVERIFY(workThread.load() != QThread::currentThread());
    QCOMPARE(resultThread, QThread::currentThread());
    QVERIFY(!runner.isBusy());
}

void TstAsyncKit::lateResultOfOlderRequestIsDropped() {
    // The older request finishes last (it ignores its cancel flag): its result must not replace
    // the newer one's.
    QThreadPool pool;
    pool.setMaxThreadCount(2);
    QObject context;
    LatestOnlyRunner runner(&context, &pool);
    Gate gate;
    QStringList delivered;
    runner.submit(
        [&gate](const CancelToken&) {
            gate.wait();
            return QStringLiteral("old");
        },
        [&delivered](const QString& v) { delivered.append(v); });
    const auto newest = runner.submit([](const CancelToken&) { return QStringLiteral("new"); },
                                      [&delivered](const QString& v) { delivered.append(v); });
    QCOMPARE(runner.generation(), newest);
    QTRY_COMPARE(delivered, QStringList{QStringLiteral("new")});
    gate.open();
    QVERIFY(pool.waitForDone(5000));
    QCoreApplication::processEvents();
    QCoreApplication::sendPostedEvents();
    QCOMPARE(delivered, QStringList{QStringLiteral("new")});
}

void TstAsyncKit::queuedResultOfOlderRequestIsDropped() {
    // The older result is already queued for the GUI thread when the next request comes:
    // the generation, not the cancel flag, drops it.
    QThreadPool pool;
    QObject context;
    LatestOnlyRunner runner(&context, &pool);
    QList<int> delivered;
    runner.submit([](const CancelToken&) { return 1; }, [&](int v) { delivered.append(v); });
    QVERIFY(pool.waitForDone(5000)); // result posted, not yet delivered
    Gate gate;
    runner.submit(
        [&gate](const CancelToken&) {
            gate.wait();
            return 2;
        },
        [&](int v) { delivered.append(v); });
    QCoreApplication::sendPostedEvents();
    QVERIFY(delivered.isEmpty());
    gate.open();
    QTRY_COMPARE(delivered, QList<int>{2});
}

void TstAsyncKit::workerSeesCancelFlag() {
    QThreadPool pool;
    pool.setMaxThreadCount(2);
    QObject context;
    LatestOnlyRunner runner(&context, &pool);
    std::atomic_bool sawCancel = false;
    std::atomic_bool started = false;
    bool oldDelivered = false;
    runner.submit(
        [&](const CancelToken& cancel) {
            started = true;
            QElapsedTimer timer;
            timer.start();
            while (!cancel.isCancelled() && timer.elapsed() < 5000)
                QThread::msleep(1);
            sawCancel = cancel.isCancelled();
            return 0;
        },
        [&](int) { oldDelivered = true; });
    QTRY_VERIFY(started.load());
    int newest = 0;
    runner.submit([](const CancelToken&) { return 7; }, [&](int v) { newest = v; });
    QVERIFY(pool.waitForDone(5000));
    QVERIFY(sawCancel.load());
    QTRY_COMPARE(newest, 7);
    QVERIFY(!oldDelivered);
}

void TstAsyncKit::cancelDropsResult() {
    QThreadPool pool;
    QObject context;
    LatestOnlyRunner runner(&context, &pool);
    std::atomic_bool started = false;
    std::atomic_bool sawCancel = false;
    Gate gate;
    bool delivered = false;
    runner.submit(
        [&](const CancelToken& cancel) {
            started = true;
            gate.wait();
            sawCancel = cancel.isCancelled();
            return 1;
        },
        [&](int) { delivered = true; });
    // Once running (work cancelled before it starts is skipped altogether).
    QTRY_VERIFY(started.load());
    runner.cancel();
    QVERIFY(!runner.isBusy());
    gate.open();
    QVERIFY(pool.waitForDone(5000));
    QCoreApplication::sendPostedEvents();
    QVERIFY(sawCancel.load());
    QVERIFY(!delivered);
}

void TstAsyncKit::destructionWhileRunningIsClean() {
    // The holder goes away while its work runs: the work sees the cancel flag, finishes on its
    // own, and nothing is delivered to the (dead) holder.
    QThreadPool pool;
    auto context = std::make_unique<QObject>();
    auto runner = std::make_unique<LatestOnlyRunner>(context.get(), &pool);
    Gate gate;
    std::atomic_bool started = false;
    std::atomic_bool sawCancel = false;
    bool delivered = false;
    runner->submit(
        [&](const CancelToken& cancel) {
            started = true;
            gate.wait();
            sawCancel = cancel.isCancelled();
            return std::vector<int>(1000, 1);
        },
        [&delivered](const std::vector<int>&) { delivered = true; });
    QTRY_VERIFY(started.load());
    runner.reset();
    context.reset();
    gate.open();
    QVERIFY(pool.waitForDone(5000));
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
    QVERIFY(sawCancel.load());
    QVERIFY(!delivered);
}

void TstAsyncKit::destructionWithQueuedResultIsClean() {
    // The result is already posted to the context when runner and context go away: Qt discards
    // the event with the context; with only the runner gone the call finds no runner.
    QThreadPool pool;
    bool delivered = false;
    {
        QObject context;
        LatestOnlyRunner runner(&context, &pool);
        runner.submit([](const CancelToken&) { return 1; }, [&](int) { delivered = true; });
        QVERIFY(pool.waitForDone(5000));
    }
    QObject context;
    {
        LatestOnlyRunner runner(&context, &pool);
        runner.submit([](const CancelToken&) { return 2; }, [&](int) { delivered = true; });
        QVERIFY(pool.waitForDone(5000));
    }
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
    QVERIFY(!delivered);
}

void TstAsyncKit::moveOnlyResultAndWork() {
    QThreadPool pool;
    QObject context;
    LatestOnlyRunner runner(&context, &pool);
    auto input = std::make_unique<int>(5);
    int result = 0;
    runner.submit([input = std::move(input)](
                      const CancelToken&) { return std::make_unique<int>(*input * 2); },
                  [&result](std::unique_ptr<int> value) { result = *value; });
    QTRY_COMPARE(result, 10);
}

void TstAsyncKit::workCancelledBeforeItStartsIsSkipped() {
    // One pool thread, busy: the second request is superseded while it still waits in the queue
    // and never runs at all.
    QThreadPool pool;
    pool.setMaxThreadCount(1);
    QObject context;
    LatestOnlyRunner runner(&context, &pool);
    Gate gate;
    std::atomic_int runs = 0;
    int delivered = 0;
    runner.submit(
        [&](const CancelToken&) {
            gate.wait();
            return 1;
        },
        [&](int v) { delivered = v; });
    runner.submit(
        [&](const CancelToken&) {
            ++runs;
            return 2;
        },
        [&](int v) { delivered = v; });
    runner.submit([](const CancelToken&) { return 3; }, [&](int v) { delivered = v; });
    gate.open();
    QVERIFY(pool.waitForDone(5000));
    QTRY_COMPARE(delivered, 3);
    QCOMPARE(runs.load(), 0);
}

QTEST_GUILESS_MAIN(TstAsyncKit)
#include "tst_async_kit.moc"
