#pragma once

#include "common/TimeSeriesSource.h"
#include "throughput/RateSeries.h"
#include "throughput/RingBuffer.h"
#include "throughput/ThroughputTypes.h"

#include <QString>
#include <QStringList>

#include <map>
#include <shared_mutex>
#include <vector>

namespace streamscope {

struct HistoryConfig {
    std::size_t tickCapacity = 1800;   // fine ring: 1 h at the default 2 s tick
    qint64 bucketMs = 60000;           // coarse resolution: 1-minute means
    std::size_t bucketCapacity = 1440; // coarse ring: 24 h of 1-minute buckets

    // Fine ring sized for `fineSpanMs` at the given tick; coarse for `coarseSpanMs`.
    static HistoryConfig forTickInterval(int tickMs, qint64 fineSpanMs = 3600000,
                                         qint64 coarseSpanMs = 86400000, qint64 bucketMs = 60000);
    bool operator==(const HistoryConfig&) const = default;
};

// A range of one series copied out for a chart (the shape every TimeSeriesSource answers with).
using RateSeriesData = TimeSeriesData;

// Rate history of the whole cluster, of every topic and of every partition: tick resolution for
// the last tickCapacity ticks and bucket means for the last bucketCapacity buckets.
//
// Memory is bounded and flat: timestamps live once per tick on a shared axis (not per series),
// rates are floats in fixed rings allocated once, series of idle partitions hold no ring at all,
// and series of deleted topics are dropped. memoryBytes() reports the total.
//
// Thread-safe: one writer (the tracker on the polling thread) and any number of readers. Readers
// take a shared lock and copy only the range they asked for, so a GUI reader never waits longer
// than one append (microseconds even at 10,000 partitions).
class ThroughputHistory final : public TimeSeriesSource {
public:
    explicit ThroughputHistory(HistoryConfig config = {});
    ThroughputHistory(const ThroughputHistory&) = delete;
    ThroughputHistory& operator=(const ThroughputHistory&) = delete;

    const HistoryConfig& config() const { return m_config; }

    // Writer: appends one tick (raw msgs/s of the cluster, every topic and partition).
    void append(const ThroughputSnapshot& snapshot);
    void clear();
    // Takes over the contents of `restored` (a history read back from disk by HistoryCodec, same
    // config), leaving it empty. The next appended tick starts a new recording after an unknown
    // pause: it becomes a gap tick (every series reads NaN there; its values are not stored,
    // which costs nothing in practice because a new session's first tick has no rates yet), and
    // when minutes were skipped one gap bucket follows the restored ones. Charts therefore draw
    // no line across the time the app was closed. Call before the first append.
    void adoptRestored(ThroughputHistory& restored);
    // Writer: ticks were missed (the cluster was unreachable), so the next appended tick is a gap
    // tick as after a restore, and charts break the line instead of drawing a slope across the
    // outage. No effect on an empty history.
    void markGap();

    // Readers. [fromMs, toMs] in wall ms since the epoch, inclusive. The fine (tick) ring is used
    // when it reaches back to fromMs, when the buckets hold nothing older than it within the
    // range, or when it covers at least 90% of the range; else the coarse ring, with the open
    // bucket as last point. Gap ticks and buckets (see adoptRestored) read NaN in every series.
    RateSeriesData clusterSeries(qint64 fromMs, qint64 toMs) const;
    RateSeriesData topicSeries(const QString& topic, qint64 fromMs, qint64 toMs) const;
    RateSeriesData partitionSeries(const QString& topic, int partition, qint64 fromMs,
                                   qint64 toMs) const;
    // The last `points` tick values of a topic (oldest first), for a table sparkline. Empty for
    // an unknown topic.
    std::vector<float> sparkline(const QString& topic, int points) const;

    // TimeSeriesSource (what RateChart reads): the cluster, a topic or a partition by key (no
    // scopes here); the newest tick; the oldest tick or bucket.
    TimeSeriesData series(const TimeSeriesKey& key, qint64 fromMs, qint64 toMs) const override;
    qint64 newestTimeMs() const override { return newestTickMs(); }
    qint64 oldestTimeMs() const override;

    QStringList topics() const;
    qint64 oldestTickMs() const;   // -1 when empty
    qint64 newestTickMs() const;   // -1 when empty
    qint64 oldestBucketMs() const; // -1 when no bucket was closed yet
    std::size_t tickCount() const;
    std::size_t memoryBytes() const;

private:
    friend class HistoryCodec; // serializes the rings in place, under the shared lock

    struct TopicSeries {
        RateSeries total;
        bool hasTotal = false;
        std::vector<RateSeries> partitions; // index = partition id
        std::vector<bool> hasPartition;     // series start at their first value
    };

    void closeOpenBucket();
    void pushGapBucket(qint64 startMs);
    static void dropGapsBefore(std::vector<unsigned long long>& gaps,
                               const RingBuffer<qint64>& axis);
    template <typename Fn> void forEachSeries(Fn&& fn);
    bool prefersTicks(qint64 fromMs, qint64 toMs) const;
    float tickValueAt(const RateSeries& series, unsigned long long tick,
                      unsigned long long newest) const;
    float bucketValueAt(const RateSeries& series, unsigned long long bucket,
                        unsigned long long newest) const;
    void appendValue(RateSeries& series, bool& exists, double value, double weight, bool gap);
    RateSeriesData copyRange(const RateSeries* series, qint64 fromMs, qint64 toMs) const;
    const RateSeries* findSeries(const QString& topic, int partition) const;

    const HistoryConfig m_config;
    mutable std::shared_mutex m_mutex;
    RingBuffer<qint64> m_tickTimes;   // the fine axis
    RingBuffer<qint64> m_bucketTimes; // the coarse axis (closed buckets' start times)
    qint64 m_openBucketStart = -1;
    RateSeries m_cluster;
    bool m_hasCluster = false;
    std::map<QString, TopicSeries> m_topics;
    qint64 m_lastTickMs = -1;
    double m_meanTickMs = 0;
    // Global indices (ring pushed() counts) of gap ticks and buckets still in the rings, ascending;
    // at most one tick and two buckets per restore, so these stay tiny.
    std::vector<unsigned long long> m_gapTicks;
    std::vector<unsigned long long> m_gapBuckets;
    bool m_gapPending = false; // the next append is a gap tick (adoptRestored, markGap)
    // Whether the open bucket holds a tick other than a gap tick; one that does not is closed as
    // a gap bucket (else its NaN mean would force a bucket ring on every idle series).
    bool m_openBucketHasTicks = false;
};

} // namespace streamscope
