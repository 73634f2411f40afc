#include "StreamscopeApplication.h"

#include "EventDeliveryProfiler.h"
#include "ThreadCpuClock.h"

#include <QElapsedTimer>
#include <QThread>

namespace streamscope {

namespace {

// Nesting of deliveries on the calling thread: worker threads with event loops pass through
// notify() too, and only the GUI thread's outermost deliveries are timed.
thread_local int t_deliveryDepth = 0;

struct DepthGuard {
    DepthGuard() { ++t_deliveryDepth; }
    ~DepthGuard() { --t_deliveryDepth; }
    DepthGuard(const DepthGuard&) = delete;
    DepthGuard& operator=(const DepthGuard&) = delete;
};

} // namespace

StreamscopeApplication::StreamscopeApplication(int& argc, char** argv)
    : QApplication(argc, argv) {}

void StreamscopeApplication::setEventProfiler(EventDeliveryProfiler* profiler) {
    m_profiler = profiler;
}

bool StreamscopeApplication::notify(QObject* receiver, QEvent* event) {
    if (!m_profiler || t_deliveryDepth > 0 || QThread::currentThread() != thread()) {
        const DepthGuard nested;
        return QApplication::notify(receiver, event);
    }
    EventDeliveryProfiler* profiler = m_profiler;
    const QString label = EventDeliveryProfiler::labelOf(receiver, event);
    QElapsedTimer wall;
    wall.start();
    const qint64 cpuBefore = threadCpuNs();
    bool result = false;
    {
        const DepthGuard outermost;
        result = QApplication::notify(receiver, event);
    }
    profiler->record(label, wall.nsecsElapsed(), threadCpuNs() - cpuBefore);
    return result;
}

} // namespace streamscope
