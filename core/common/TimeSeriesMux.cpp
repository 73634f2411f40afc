#include "common/TimeSeriesMux.h"

#include <algorithm>

namespace streamscope {

void TimeSeriesMux::route(const TimeSeriesKey& key, const TimeSeriesSource* source,
                          const TimeSeriesKey& sourceKey) {
    if (!source)
        return;
    m_routes[key] = Route{source, sourceKey};
    if (std::find(m_sources.begin(), m_sources.end(), source) == m_sources.end())
        m_sources.push_back(source);
}

void TimeSeriesMux::clear() {
    m_routes.clear();
    m_sources.clear();
}

TimeSeriesData TimeSeriesMux::series(const TimeSeriesKey& key, qint64 fromMs, qint64 toMs) const {
    const auto it = m_routes.find(key);
    if (it == m_routes.end())
        return {};
    return it->second.source->series(it->second.sourceKey, fromMs, toMs);
}

qint64 TimeSeriesMux::newestTimeMs() const {
    qint64 newest = -1;
    for (const TimeSeriesSource* source : m_sources)
        newest = std::max(newest, source->newestTimeMs());
    return newest;
}

qint64 TimeSeriesMux::oldestTimeMs() const {
    qint64 oldest = -1;
    for (const TimeSeriesSource* source : m_sources) {
        const qint64 t = source->oldestTimeMs();
        if (t >= 0 && (oldest < 0 || t < oldest))
            oldest = t;
    }
    return oldest;
}

} // namespace streamscope
