#pragma once

#include "lag/LagTypes.h"

#include <QtGlobal>

#include <deque>
#include <optional>

namespace streamscope {

// One look at a partition of a group: when (monotonic ms), its committed offset (nullopt: none),
// and the partition's end and log start offsets (kUnknownOffset when unread).
struct LagSample {
    qint64 timeMs = 0;
    std::optional<qint64> committed;
    qint64 endOffset = kUnknownOffset;
    qint64 startOffset = kUnknownOffset;

    std::optional<qint64> lag() const {
        if (!committed || endOffset < 0)
            return std::nullopt;
        return std::max<qint64>(0, endOffset - *committed);
    }
};

struct LagRuleConfig {
    int windowSamples = 10; // Burrow's default window: the last 10 samples
    int minSamples = 3;     // fewer (and lag > 0): UNKNOWN, still collecting
};

// The sliding window of one partition's samples, oldest first, at most windowSamples long.
using LagWindow = std::deque<LagSample>;

// Burrow's evaluation rules over a sliding window, as pure functions (no threads, no broker):
//   ERR    the committed offset lies outside the log (beyond its end, or below its start: those
//          messages were deleted before the group read them);
//   OK     the lag is 0 now, or the consumer keeps up;
//   REWIND the committed offset went back within the window;
//   STALL  the committed offset did not move over the whole window while lag > 0 and a member
//          still owns the partition (it is alive but not committing progress);
//   STOP   the same without any consumer: nobody has committed for longer than the window;
//   WARN   the lag never shrank over the window and ended higher than it began.
// Commit times are not visible through the admin API, so STALL and STOP are told apart by
// whether a live member owns the partition (Burrow tells them by the age of the last commit).
class LagRules {
public:
    explicit LagRules(LagRuleConfig config = {})
        : m_config(config) {}
    const LagRuleConfig& config() const { return m_config; }

    // consumerActive: a live member owns the partition (or the group has members that cannot
    // be described). The newest sample is window.back().
    LagVerdict evaluatePartition(const LagWindow& window, bool consumerActive) const;

    // The group's verdict: its worst partition's (with the partition named), raised to WARN by
    // the user's thresholds; UNKNOWN with `error` when the group could not be read.
    static LagVerdict evaluateGroup(const GroupLag& group, const LagThresholds& thresholds);

    // Committed offsets per second over the window (NaN without two commits or after a rewind),
    // and end offsets per second (the produce rate; NaN without two readable ends).
    static double consumeRate(const LagWindow& window);
    static double produceRate(const LagWindow& window);

private:
    LagRuleConfig m_config;
};

// The catch-up estimate: with lag > 0 and the group consuming faster than the topic grows,
// seconds until the lag is 0 (etaSeconds; 0 when already caught up); else how many messages
// per second it loses (fallingBehindPerSec >= 0). Both empty when a rate is unknown.
struct CatchUpEstimate {
    std::optional<double> etaSeconds;
    std::optional<double> fallingBehindPerSec;

    static CatchUpEstimate from(qint64 lag, double consumeRatePerSec, double produceRatePerSec);
};

} // namespace streamscope
