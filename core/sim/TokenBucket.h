#pragma once

#include <algorithm>
#include <chrono>

namespace streamscope::sim {

// Paces work to an exact long-run rate. Tokens accrue from steady_clock time actually elapsed,
// so late wake-ups do not drift the rate: the work they missed is done on the next wake-up, up
// to burstSeconds' worth (longer stalls are forgiven rather than replayed as a flood).
class TokenBucket {
public:
    using Clock = std::chrono::steady_clock;

    TokenBucket(double ratePerSecond, double burstSeconds, Clock::time_point now)
        : m_rate(ratePerSecond)
        , m_capacity(std::max(1.0, ratePerSecond * burstSeconds))
        , m_last(now) {}

    void refill(Clock::time_point now) {
        const std::chrono::duration<double> elapsed = now - m_last;
        m_last = now;
        m_tokens = std::min(m_capacity, m_tokens + elapsed.count() * m_rate);
    }

    bool hasToken() const { return m_tokens >= 1.0; }

    bool tryTake() {
        if (!hasToken())
            return false;
        m_tokens -= 1.0;
        return true;
    }

    // Time until the next whole token, as of the last refill.
    Clock::duration timeUntilToken() const {
        if (m_rate <= 0)
            return Clock::duration::max();
        if (hasToken())
            return Clock::duration::zero();
        const std::chrono::duration<double> wait((1.0 - m_tokens) / m_rate);
        return std::chrono::duration_cast<Clock::duration>(wait);
    }

private:
    double m_rate;
    double m_capacity;
    double m_tokens = 0; // start empty: no burst at start-up
    Clock::time_point m_last;
};

} // namespace streamscope::sim
