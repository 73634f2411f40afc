#include "checks/LatencyBins.h"

#include <algorithm>
#include <cmath>

namespace streamscope {

namespace {

// The smallest of 1, 2, 5 x 10^n that is at least raw.
double niceWidth(double raw) {
    if (raw <= 0)
        return 1;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    for (const double step : {1.0, 2.0, 5.0, 10.0})
        if (step * magnitude >= raw * (1 - 1e-9))
            return step * magnitude;
    return 10 * magnitude;
}

} // namespace

LatencyBins binLatencies(const std::vector<double>& samplesMs, int maxBins) {
    LatencyBins bins;
    if (samplesMs.empty() || maxBins < 1)
        return bins;
    const double maxMs = std::max(0.0, *std::max_element(samplesMs.begin(), samplesMs.end()));
    // Sub-millisecond widths only when every delay is that small.
    bins.widthMs = std::max(niceWidth(maxMs / maxBins), maxMs < 1 ? 0.01 : 1.0);
    const int count = std::clamp(int(std::floor(maxMs / bins.widthMs)) + 1, 1, maxBins + 1);
    bins.counts.assign(size_t(count), 0.0);
    bins.centersMs.resize(size_t(count));
    for (int i = 0; i < count; ++i)
        bins.centersMs[size_t(i)] = (i + 0.5) * bins.widthMs;
    for (const double sample : samplesMs) {
        const int bin =
            std::clamp(int(std::floor(std::max(0.0, sample) / bins.widthMs)), 0, count - 1);
        bins.counts[size_t(bin)] += 1;
    }
    return bins;
}

} // namespace streamscope
