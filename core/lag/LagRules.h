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
    // When this committed offset was first seen (monotonic ms; 0: at timeMs). Kafka's admin API
    // gives no commit times, so the sample at which an offset change shows up dates the commit.
    qint64 committedSinceMs = 0;

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

// Burrow's evaluation rules (core/internal/evaluator, evaluatePartitionStatus) over a sliding
// window, as pure functions (no threads, no broker). Burrow's window is a ring of commits, each
// with its offset, the lag at that time and the commit's time; ours is a ring of samples, and
// as Kafka's admin API shows no commit times, each sample stands for a commit dated:
//   - the sample's own time when a live member owns the partition (a live consumer commits on
//     its interval even when its position does not move: Java's auto-commit does), or when the
//     committed offset moved since the previous sample (it was committed in between);
//   - otherwise the time the offset was first seen (committedSinceMs), carried from sample to
//     sample: nobody re-commits it.
// Then, in Burrow's order, with "now" the newest sample's time:
//   ERR    (ours, before Burrow's rules) the committed offset lies outside the log: beyond its
//          end in the last minSamples samples, or below its start (retention deleted unread
//          messages);
//   OK     the lag is 0 in any sample of the window (Burrow's rule 1);
//   REWIND a committed offset went back within the window;
//   STOP   now - newest commit time > newest commit time - oldest commit time: nobody committed
//          for longer than the window's commits span (Burrow's rule 4);
//   STALL  the committed offset is the same in every sample (Burrow's rule 2);
//   WARN   the offsets move but the lag never shrank between two samples (Burrow's rule 3);
//   OK     otherwise.
// Burrow judges only complete windows; we judge from minSamples samples on (UNKNOWN before).
class LagRules {
public:
    explicit LagRules(LagRuleConfig config = {})
        : m_config(config) {}
    const LagRuleConfig& config() const { return m_config; }

    // consumerActive: a live member owns the partition (or the group has members that cannot
    // be described): its samples count as commits at their own time. The newest sample is
    // window.back().
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
// per second it loses (fallingBehindPerSec >= 0; exactly 0 when the rates agree within
// kPaceTolerance: the lag holds). Both empty when a rate is unknown.
struct CatchUpEstimate {
    static constexpr double kPaceTolerance = 0.05;    // of the produce rate
    static constexpr double kSteadyRatePerSec = 0.05; // below this, nothing moves
    std::optional<double> etaSeconds;
    std::optional<double> fallingBehindPerSec;

    static CatchUpEstimate from(qint64 lag, double consumeRatePerSec, double produceRatePerSec);
};

} // namespace streamscope
