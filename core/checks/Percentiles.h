#pragma once

#include <cmath>
#include <vector>

namespace streamscope {

// The nearest-rank percentile (p in 0..100) of ascending samples: the smallest sample with at
// least p% of the samples at or below it. 0 for no samples.
inline double nearestRank(const std::vector<double>& sorted, double p) {
    if (sorted.empty())
        return 0;
    const auto rank = static_cast<size_t>(std::ceil(p / 100.0 * double(sorted.size())));
    return sorted[rank == 0 ? 0 : rank - 1];
}

} // namespace streamscope
