// One scenario per run, for tst_tsan_handover: a hand-over through Qt's event loop that is
// correct, or one with a data race that ThreadSanitizer must still report once
// tests/support/TsanQtHandOver.cpp states Qt's hand-overs (ThreadSanitizer builds only).
#include <QCoreApplication>
#include <QMetaObject>
#include <QObject>
#include <QThread>

#include <chrono>
#include <cstdio>
#include <cstring>
#include <thread>

namespace {

// Plain memory on purpose: only the hand-over under test may order its accesses.
int payload = 0;

class Emitter : public QObject {
    Q_OBJECT
Q_SIGNALS:
    void produced();
};

void settle() {
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    const QByteArray scenario = argc > 1 ? QByteArray(argv[1]) : QByteArray();
    QThread worker;
    Emitter emitter;
    emitter.moveToThread(&worker);
    worker.start();

    if (scenario == "signal-handover" || scenario == "write-after-signal") {
        // The worker writes, then emits a queued signal; the main thread's slot reads.
        const bool writeAfter = scenario == "write-after-signal";
        QObject::connect(&emitter, &Emitter::produced, &app, [&] {
            std::printf("read %d\n", payload);
            app.quit();
        });
        QMetaObject::invokeMethod(&emitter, [&] {
            if (!writeAfter)
                payload = 1;
            Q_EMIT emitter.produced();
            if (writeAfter) {
                settle();
                payload = 2; // after the hand-over: a race with the slot's read
            }
        });
    } else if (scenario == "invoke-handover" || scenario == "write-after-invoke") {
        // The main thread writes, then queues a functor to the worker, which reads.
        const bool writeAfter = scenario == "write-after-invoke";
        if (!writeAfter)
            payload = 1;
        QMetaObject::invokeMethod(&emitter, [&] {
            std::printf("read %d\n", payload);
            QMetaObject::invokeMethod(&app, &QCoreApplication::quit, Qt::QueuedConnection);
        });
        if (writeAfter) {
            settle();
            payload = 2; // after the hand-over: a race with the functor's read
        }
    } else if (scenario == "direct-slot-race") {
        // A directly connected slot runs in the emitting worker thread, unordered with the
        // main thread's write: must be reported although the emission itself is unrecorded.
        QObject::connect(
            &emitter, &Emitter::produced, &emitter, [] { payload = 1; }, Qt::DirectConnection);
        QMetaObject::invokeMethod(&emitter, [&] {
            Q_EMIT emitter.produced();
            QMetaObject::invokeMethod(&app, &QCoreApplication::quit, Qt::QueuedConnection);
        });
        payload = 2;
    } else {
        std::fprintf(stderr, "unknown scenario '%s'\n", scenario.constData());
        return 2;
    }
    const int rc = app.exec();
    worker.quit();
    worker.wait();
    return rc;
}

#include "TsanHandOverProbe.moc"
