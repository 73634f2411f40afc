#pragma once

#include <QElapsedTimer>

#include <functional>

namespace streamscope {

class ReplayControl;

// Holds a replay to a rate in messages and/or payload bytes per second. Unlike a token bucket it
// allows no burst at all: each record waits until the total so far fits the rate over the time
// spent replaying (pauses excluded), so the long-run rate holds from the first second on.
class ReplayPacer {
public:
    ReplayPacer(double messagesPerSecond, double bytesPerSecond);
    // Waits (in slices, watching cancel) until one more record of `bytes` fits the rate.
    // False when cancelled while waiting.
    bool admit(qint64 bytes, const ReplayControl& control);
    // Blocks while the control is paused; the time does not count against the rate. whileWaiting
    // (optional) is called every 50 ms meanwhile (progress).
    void waitWhilePaused(const ReplayControl& control,
                         const std::function<void()>& whileWaiting = {});
    qint64 pausedMs() const { return m_pausedMs; }

private:
    double m_messageRate;
    double m_byteRate;
    double m_messages = 0;
    double m_bytes = 0;
    qint64 m_pausedMs = 0;
    QElapsedTimer m_clock; // started by the first record
};

} // namespace streamscope
