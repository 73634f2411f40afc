#include "EventLoopWatchdog.h"

#include "ThreadCpuClock.h"

#include <algorithm>
#include <numeric>

namespace streamscope {

namespace {

double percentile99(std::vector<float> values) {
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    return values[static_cast<std::size_t>(0.99 * static_cast<double>(values.size() - 1))];
}

} // namespace

EventLoopWatchdog::EventLoopWatchdog(int intervalMs, QObject* parent)
    : QObject(parent)
    , m_intervalMs(std::max(1, intervalMs)) {
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(m_intervalMs);
    connect(&m_timer, &QTimer::timeout, this, &EventLoopWatchdog::onTimeout);
}

void EventLoopWatchdog::start() {
    m_stallsMs.clear();
    m_stallsMs.reserve(static_cast<std::size_t>(600 * 1000 / m_intervalMs)); // ten minutes
    m_gapCpuMs.clear();
    m_gapCpuMs.reserve(m_stallsMs.capacity());
    m_clock.start();
    m_lastNs = 0;
    m_startCpuNs = threadCpuNs();
    m_lastCpuNs = m_startCpuNs;
    m_stopCpuNs = -1;
    m_stopNs = -1;
    m_timer.start();
}

void EventLoopWatchdog::stop() {
    m_timer.stop();
    m_stopCpuNs = threadCpuNs();
    m_stopNs = m_clock.nsecsElapsed();
}

void EventLoopWatchdog::onTimeout() {
    const qint64 now = m_clock.nsecsElapsed();
    const double gapMs = static_cast<double>(now - m_lastNs) / 1e6;
    m_lastNs = now;
    m_stallsMs.push_back(static_cast<float>(std::max(0.0, gapMs - m_intervalMs)));
    const qint64 cpu = threadCpuNs();
    m_gapCpuMs.push_back(static_cast<float>(static_cast<double>(cpu - m_lastCpuNs) / 1e6));
    m_lastCpuNs = cpu;
}

EventLoopWatchdog::Figures EventLoopWatchdog::figures() const {
    Figures f;
    f.ticks = static_cast<qint64>(m_stallsMs.size());
    if (!m_stallsMs.empty()) {
        std::vector<float> sorted = m_stallsMs;
        std::sort(sorted.begin(), sorted.end());
        f.maxStallMs = sorted.back();
        f.p99StallMs = sorted[static_cast<std::size_t>(0.99 * double(sorted.size() - 1))];
        f.meanStallMs =
            std::accumulate(sorted.begin(), sorted.end(), 0.0) / static_cast<double>(sorted.size());
        f.stallsOver16Ms =
            static_cast<int>(sorted.end() - std::upper_bound(sorted.begin(), sorted.end(), 16.0f));
    }
    if (!m_gapCpuMs.empty()) {
        f.maxGapCpuMs = *std::max_element(m_gapCpuMs.begin(), m_gapCpuMs.end());
        f.p99GapCpuMs = percentile99(m_gapCpuMs);
        f.gapsOver16MsCpu = static_cast<int>(
            std::count_if(m_gapCpuMs.begin(), m_gapCpuMs.end(), [](float v) { return v > 16.0f; }));
    }
    const qint64 endNs = m_stopNs >= 0 ? m_stopNs : m_clock.nsecsElapsed();
    const qint64 endCpuNs = m_stopCpuNs >= 0 ? m_stopCpuNs : threadCpuNs();
    if (endNs > 0)
        f.guiCpuShare = static_cast<double>(endCpuNs - m_startCpuNs) / static_cast<double>(endNs);
    return f;
}

} // namespace streamscope
