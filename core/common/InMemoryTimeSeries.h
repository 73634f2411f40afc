#pragma once

#include "common/TimeSeriesSource.h"

#include <map>
#include <shared_mutex>

namespace streamscope {

// The simplest TimeSeriesSource: every sample of every series kept in memory at one resolution,
// for tests, benchmarks and small sources (a handful of series over minutes). Samples must come
// in time order per series. Thread-safe: one writer, any number of readers.
class InMemoryTimeSeries final : public TimeSeriesSource {
public:
    // Appends one sample; NaN marks a gap. A sample older than the series' last one is ignored.
    void append(const TimeSeriesKey& key, qint64 timeMs, float value);
    void clear();

    TimeSeriesData series(const TimeSeriesKey& key, qint64 fromMs, qint64 toMs) const override;
    qint64 newestTimeMs() const override;
    qint64 oldestTimeMs() const override;

private:
    struct Series {
        std::vector<qint64> timesMs;
        std::vector<float> values;
    };
    mutable std::shared_mutex m_mutex;
    std::map<TimeSeriesKey, Series> m_series;
    qint64 m_newestMs = -1;
    qint64 m_oldestMs = -1;
};

} // namespace streamscope
