#pragma once

#include "common/TimeSeriesSource.h"

#include <map>
#include <vector>

namespace streamscope {

// One TimeSeriesSource made of several: each routed key reads another key of another source.
// For a chart that draws series of two engines on one plot, e.g. a consumer group's consumption
// rate (the lag history, key scope = group) against its topic's produce rate (the throughput
// history, unscoped key): route {"consumed", topic} and {"produced", topic} to them and chart
// the routed keys. The live edge is the newest of the sources, the pan limit the oldest.
//
// Routes are set and read on one thread (the chart's); the sources themselves stay thread-safe
// as they are. Every routed source must outlive the mux or be cleared from it first.
class TimeSeriesMux final : public TimeSeriesSource {
public:
    // key reads `sourceKey` of `source` from now on (replaces an earlier route of key).
    void route(const TimeSeriesKey& key, const TimeSeriesSource* source,
               const TimeSeriesKey& sourceKey);
    void clear();
    bool isEmpty() const { return m_routes.empty(); }

    TimeSeriesData series(const TimeSeriesKey& key, qint64 fromMs, qint64 toMs) const override;
    qint64 newestTimeMs() const override;
    qint64 oldestTimeMs() const override;

private:
    struct Route {
        const TimeSeriesSource* source = nullptr;
        TimeSeriesKey sourceKey;
    };
    std::map<TimeSeriesKey, Route> m_routes;
    std::vector<const TimeSeriesSource*> m_sources; // distinct, in order of first route
};

} // namespace streamscope
