#pragma once

#include <vector>

namespace streamscope {

// A latency step's delays as histogram bars: equal-width bins from 0 to just past the largest
// delay, with a "nice" width (1, 2 or 5 x 10^n ms) so the axis reads well.
struct LatencyBins {
    double widthMs = 1;
    std::vector<double> centersMs; // one per bin
    std::vector<double> counts;    // delays in [center - width/2, center + width/2)
};

// At most maxBins bins over samples (any order; negative delays count in the first bin).
LatencyBins binLatencies(const std::vector<double>& samplesMs, int maxBins = 40);

} // namespace streamscope
