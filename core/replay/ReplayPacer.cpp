#include "replay/ReplayPacer.h"

#include "replay/ReplayEngine.h"

#include <algorithm>
#include <chrono>
#include <thread>

namespace streamscope {

ReplayPacer::ReplayPacer(double messagesPerSecond, double bytesPerSecond)
    : m_messageRate(messagesPerSecond)
    , m_byteRate(bytesPerSecond) {}

bool ReplayPacer::admit(qint64 bytes, const ReplayControl& control) {
    if (m_messageRate <= 0 && m_byteRate <= 0)
        return true;
    // The clock starts with the first record, not with the set-up before it (which would let
    // the first records through as a burst).
    if (!m_clock.isValid())
        m_clock.start();
    // The record may go when everything before it fits the rate.
    double dueMs = 0;
    if (m_messageRate > 0)
        dueMs = std::max(dueMs, m_messages * 1000.0 / m_messageRate);
    if (m_byteRate > 0)
        dueMs = std::max(dueMs, m_bytes * 1000.0 / m_byteRate);
    for (;;) {
        const double waitMs = dueMs - double(m_clock.elapsed() - m_pausedMs);
        if (waitMs <= 0)
            break;
        if (control.isCancelled())
            return false;
        std::this_thread::sleep_for(
            std::chrono::microseconds(qint64(std::min(waitMs, 50.0) * 1000.0)));
    }
    m_messages += 1;
    m_bytes += double(bytes);
    return true;
}

void ReplayPacer::waitWhilePaused(const ReplayControl& control,
                                  const std::function<void()>& whileWaiting) {
    if (!m_clock.isValid())
        m_clock.start();
    QElapsedTimer paused;
    paused.start();
    while (control.isPaused() && !control.isCancelled()) {
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
        if (whileWaiting)
            whileWaiting();
    }
    m_pausedMs += paused.elapsed();
}

} // namespace streamscope
