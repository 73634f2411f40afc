#include "lag/EndOffsetTable.h"

#include <algorithm>

namespace streamscope {

void EndOffsetTable::add(qint64 timeMs, qint64 endOffset) {
    if (endOffset < 0)
        return;
    if (!m_points.empty()) {
        const Point& newest = m_points.back();
        if (endOffset < newest.endOffset || timeMs < newest.timeMs)
            m_points.clear();
    }
    const std::size_t n = m_points.size();
    // The middle of a flat run says nothing new: move the run's last point instead.
    if (n >= 2 && m_points[n - 1].endOffset == endOffset &&
        m_points[n - 2].endOffset == endOffset) {
        m_points.back().timeMs = timeMs;
        return;
    }
    if (m_points.size() >= m_capacity)
        thin();
    m_points.push_back({timeMs, endOffset});
}

void EndOffsetTable::thin() {
    const std::size_t half = m_points.size() / 2;
    std::vector<Point> kept;
    kept.reserve(m_capacity);
    for (std::size_t i = 0; i < half; i += 2)
        kept.push_back(m_points[i]);
    kept.insert(kept.end(), m_points.begin() + static_cast<std::ptrdiff_t>(half), m_points.end());
    m_points = std::move(kept);
}

std::optional<double> EndOffsetTable::timeLagSeconds(qint64 committed, qint64 nowMs) const {
    if (m_points.empty())
        return std::nullopt;
    const Point& newest = m_points.back();
    if (committed >= newest.endOffset)
        return 0.0;
    const Point& oldest = m_points.front();
    double passedAtMs = 0;
    if (committed < oldest.endOffset) {
        if (newest.endOffset == oldest.endOffset || newest.timeMs == oldest.timeMs)
            return std::nullopt;
        const double rate = static_cast<double>(newest.endOffset - oldest.endOffset) /
                            static_cast<double>(newest.timeMs - oldest.timeMs);
        passedAtMs = static_cast<double>(oldest.timeMs) -
                     static_cast<double>(oldest.endOffset - committed) / rate;
    } else {
        // The newest point whose end offset is <= committed; the next one is above it.
        auto above = std::upper_bound(m_points.begin(), m_points.end(), committed,
                                      [](qint64 c, const Point& p) { return c < p.endOffset; });
        const Point& hi = *above;
        const Point& lo = *(above - 1);
        const double share = static_cast<double>(committed - lo.endOffset) /
                             static_cast<double>(hi.endOffset - lo.endOffset);
        passedAtMs =
            static_cast<double>(lo.timeMs) + share * static_cast<double>(hi.timeMs - lo.timeMs);
    }
    return std::max(0.0, (static_cast<double>(nowMs) - passedAtMs) / 1000.0);
}

} // namespace streamscope
