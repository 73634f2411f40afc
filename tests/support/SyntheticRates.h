#pragma once

#include "throughput/ThroughputTypes.h"

#include <QString>

#include <map>
#include <vector>

namespace streamscope::test {

// Per topic, the msgs/s of its partitions 0..n-1 (NaN = no rate this tick).
using Rates = std::map<QString, std::vector<double>>;

// One tick of the throughput engine's output without a broker: partitions with a value are
// readable, topic and cluster rates are the sums of the known values (NaN when none is known).
ThroughputSnapshot syntheticTick(qint64 wallMs, qint64 elapsedMs, const Rates& rates);

} // namespace streamscope::test
