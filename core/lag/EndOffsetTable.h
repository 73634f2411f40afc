#pragma once

#include <QtGlobal>

#include <optional>
#include <vector>

namespace streamscope {

// When did a partition's end offset have a given value? The table behind time lag, the
// kafka-lag-exporter method: keep (time, end offset) points of the partition, find the two that
// bracket a committed offset and interpolate the time the end offset passed it; time lag = now
// minus that time. A run of equal end offsets keeps its first and last point (so "the end offset
// last equalled C" is the run's end). Bounded: when full, every second point of the older half
// goes, so the table reaches back ever further at a coarser grain.
class EndOffsetTable {
public:
    struct Point {
        qint64 timeMs = 0;
        qint64 endOffset = 0;
    };

    explicit EndOffsetTable(std::size_t capacity = 256)
        : m_capacity(capacity < 8 ? 8 : capacity) {}

    // Times must not go back; an end offset that went back (topic re-created) starts over.
    void add(qint64 timeMs, qint64 endOffset);
    void clear() { m_points.clear(); }

    // Seconds since the end offset last equalled `committed`, at `nowMs`. 0 when committed is at
    // or beyond the newest end offset. Before the oldest point: extrapolated at the table's mean
    // rate (nullopt when that rate is 0). nullopt when the table is empty.
    std::optional<double> timeLagSeconds(qint64 committed, qint64 nowMs) const;

    const std::vector<Point>& points() const { return m_points; }

private:
    void thin();

    std::size_t m_capacity;
    std::vector<Point> m_points;
};

} // namespace streamscope
