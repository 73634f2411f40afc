#include "replay/ReplayJob.h"

#include "common/ThreadPriority.h"

namespace streamscope {

ReplayJob::ReplayJob(ReplaySource source, ReplayOptions options, QObject* parent)
    : QObject(parent)
    , m_source(std::move(source))
    , m_options(std::move(options)) {
    qRegisterMetaType<ReplayReport>();
    qRegisterMetaType<ReplayProgress>();
}

ReplayJob::~ReplayJob() {
    m_control.cancel();
    if (m_thread.joinable())
        m_thread.join();
}

void ReplayJob::start() {
    if (m_thread.joinable())
        return;
    m_running.store(true);
    m_thread = std::thread([this] {
        lowerCurrentThreadPriority(); // before the clients' librdkafka threads start
        ReplayReport report = runReplay(m_source, m_options, m_control);
        m_running.store(false);
        // Queued to this object's thread; dropped by Qt if the job is gone by then.
        QMetaObject::invokeMethod(
            this, [this, report] { Q_EMIT finished(report); }, Qt::QueuedConnection);
    });
}

} // namespace streamscope
