#include "common/InMemoryTimeSeries.h"

#include <algorithm>
#include <mutex>

namespace streamscope {

void InMemoryTimeSeries::append(const TimeSeriesKey& key, qint64 timeMs, float value) {
    const std::unique_lock lock(m_mutex);
    Series& s = m_series[key];
    if (!s.timesMs.empty() && timeMs < s.timesMs.back())
        return;
    s.timesMs.push_back(timeMs);
    s.values.push_back(value);
    m_newestMs = std::max(m_newestMs, timeMs);
    m_oldestMs = m_oldestMs < 0 ? timeMs : std::min(m_oldestMs, timeMs);
}

void InMemoryTimeSeries::clear() {
    const std::unique_lock lock(m_mutex);
    m_series.clear();
    m_newestMs = -1;
    m_oldestMs = -1;
}

TimeSeriesData InMemoryTimeSeries::series(const TimeSeriesKey& key, qint64 fromMs,
                                          qint64 toMs) const {
    TimeSeriesData out;
    const std::shared_lock lock(m_mutex);
    const auto it = m_series.find(key);
    if (it == m_series.end() || fromMs > toMs)
        return out;
    const Series& s = it->second;
    const auto first = std::lower_bound(s.timesMs.begin(), s.timesMs.end(), fromMs);
    const auto last = std::upper_bound(first, s.timesMs.end(), toMs);
    const auto begin = first - s.timesMs.begin();
    const auto end = last - s.timesMs.begin();
    out.timesMs.assign(first, last);
    out.values.assign(s.values.begin() + begin, s.values.begin() + end);
    if (s.timesMs.size() > 1)
        out.resolutionMs =
            (s.timesMs.back() - s.timesMs.front()) / static_cast<qint64>(s.timesMs.size() - 1);
    return out;
}

qint64 InMemoryTimeSeries::newestTimeMs() const {
    const std::shared_lock lock(m_mutex);
    return m_newestMs;
}

qint64 InMemoryTimeSeries::oldestTimeMs() const {
    const std::shared_lock lock(m_mutex);
    return m_oldestMs;
}

} // namespace streamscope
