#pragma once

#include <QString>
#include <QtGlobal>

#include <vector>

namespace streamscope {

// Which series of a source: the cluster as a whole, one topic, or one partition of a topic, and
// optionally under a scope (a consumer group for lag). Throughput leaves scope empty.
struct TimeSeriesKey {
    QString scope;      // e.g. a consumer group; empty = not scoped
    QString topic;      // empty = the whole cluster (or the whole scope)
    int partition = -1; // -1 = the topic as a whole

    static TimeSeriesKey cluster() { return {}; }
    static TimeSeriesKey ofTopic(const QString& topic) { return {QString(), topic, -1}; }
    static TimeSeriesKey ofPartition(const QString& topic, int partition) {
        return {QString(), topic, partition};
    }
    bool isCluster() const { return topic.isEmpty(); }
    bool isPartition() const { return !topic.isEmpty() && partition >= 0; }
    friend bool operator==(const TimeSeriesKey&, const TimeSeriesKey&) = default;
    friend bool operator<(const TimeSeriesKey& a, const TimeSeriesKey& b) {
        if (a.scope != b.scope)
            return a.scope < b.scope;
        if (a.topic != b.topic)
            return a.topic < b.topic;
        return a.partition < b.partition;
    }
};

// A range of one series copied out for a chart: parallel arrays, times ascending. (Today
// ThroughputHistory's RateSeriesData has exactly this shape; it becomes an alias of this.)
struct TimeSeriesData {
    std::vector<qint64> timesMs; // wall clock ms since the epoch (sample time, or bucket start)
    std::vector<float> values;   // NaN = no value there: the chart draws a gap
    bool coarse = false;         // true: bucket means (the last point may still change)
    qint64 resolutionMs = 0;     // bucket length when coarse, else the mean sample interval
};

// What a time chart (RateChart) reads: copies of a series over a time range, and where the live
// edge is. Throughput history implements it today; lag history and consumption rates will, so
// one chart serves them all without knowing where the points come from.
//
// Thread safety: one writer may append while the GUI reads; implementations copy under a lock
// and readers never see a half-appended sample. All methods are const and cheap to call often.
class TimeSeriesSource {
public:
    virtual ~TimeSeriesSource() = default;

    // The points of `key` with time in [fromMs, toMs] (wall ms, inclusive), times ascending.
    // Empty for an unknown key. A gap (no sample, a restart) is a NaN value, never a missing
    // point, so the chart does not draw a line across it. A source may answer with coarser
    // points (coarse = true) when the range reaches back further than its fine samples; the
    // last coarse point may change on the next call, so a chart copies coarse series again
    // instead of appending.
    virtual TimeSeriesData series(const TimeSeriesKey& key, qint64 fromMs, qint64 toMs) const = 0;

    // Time of the newest sample of any series (the chart's live edge), -1 when empty.
    virtual qint64 newestTimeMs() const = 0;
    // Time of the oldest sample still held at any resolution (how far a pan may go), -1 when
    // empty.
    virtual qint64 oldestTimeMs() const = 0;
};

} // namespace streamscope
