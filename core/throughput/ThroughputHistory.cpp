#include "throughput/ThroughputHistory.h"

#include <algorithm>
#include <limits>
#include <mutex>
#include <utility>

namespace streamscope {

namespace {

// First index of a sorted ring whose element is >= value.
std::size_t lowerBound(const RingBuffer<qint64>& ring, qint64 value) {
    std::size_t lo = 0;
    std::size_t hi = ring.size();
    while (lo < hi) {
        const std::size_t mid = lo + (hi - lo) / 2;
        if (ring.at(mid) < value)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

} // namespace

HistoryConfig HistoryConfig::forTickInterval(int tickMs, qint64 fineSpanMs, qint64 coarseSpanMs,
                                             qint64 bucketMs) {
    HistoryConfig c;
    const qint64 tick = std::max(1, tickMs);
    c.tickCapacity = static_cast<std::size_t>(std::max<qint64>(1, (fineSpanMs + tick - 1) / tick));
    c.bucketMs = std::max<qint64>(1, bucketMs);
    c.bucketCapacity =
        static_cast<std::size_t>(std::max<qint64>(1, (coarseSpanMs + c.bucketMs - 1) / c.bucketMs));
    return c;
}

ThroughputHistory::ThroughputHistory(HistoryConfig config)
    : m_config(config)
    , m_tickTimes(config.tickCapacity)
    , m_bucketTimes(config.bucketCapacity) {}

void ThroughputHistory::clear() {
    std::unique_lock lock(m_mutex);
    m_tickTimes.clear();
    m_bucketTimes.clear();
    m_openBucketStart = -1;
    m_cluster = RateSeries();
    m_hasCluster = false;
    m_topics.clear();
    m_lastTickMs = -1;
    m_meanTickMs = 0;
    m_gapTicks.clear();
    m_gapBuckets.clear();
    m_gapPending = false;
    m_openBucketHasTicks = false;
}

void ThroughputHistory::adoptRestored(ThroughputHistory& restored) {
    std::scoped_lock lock(m_mutex, restored.m_mutex);
    Q_ASSERT(restored.m_config == m_config);
    if (!(restored.m_config == m_config))
        return; // the rings' capacities would not match the config used to append
    std::swap(m_tickTimes, restored.m_tickTimes);
    std::swap(m_bucketTimes, restored.m_bucketTimes);
    std::swap(m_openBucketStart, restored.m_openBucketStart);
    std::swap(m_cluster, restored.m_cluster);
    std::swap(m_hasCluster, restored.m_hasCluster);
    std::swap(m_topics, restored.m_topics);
    std::swap(m_lastTickMs, restored.m_lastTickMs);
    std::swap(m_meanTickMs, restored.m_meanTickMs);
    std::swap(m_gapTicks, restored.m_gapTicks);
    std::swap(m_gapBuckets, restored.m_gapBuckets);
    std::swap(m_openBucketHasTicks, restored.m_openBucketHasTicks);
    m_gapPending = !m_tickTimes.empty() || !m_bucketTimes.empty() || m_openBucketStart >= 0;
    restored.m_gapPending = false;
}

void ThroughputHistory::markGap() {
    std::unique_lock lock(m_mutex);
    if (m_lastTickMs >= 0)
        m_gapPending = true;
}

template <typename Fn> void ThroughputHistory::forEachSeries(Fn&& fn) {
    if (m_hasCluster)
        fn(m_cluster);
    for (auto& [name, topic] : m_topics) {
        if (topic.hasTotal)
            fn(topic.total);
        for (std::size_t i = 0; i < topic.partitions.size(); ++i)
            if (topic.hasPartition[i])
                fn(topic.partitions[i]);
    }
}

void ThroughputHistory::dropGapsBefore(std::vector<unsigned long long>& gaps,
                                       const RingBuffer<qint64>& axis) {
    // Gap indices are global: those older than the axis' oldest retained element are gone.
    const unsigned long long oldest = axis.pushed() - axis.size();
    gaps.erase(gaps.begin(), std::lower_bound(gaps.begin(), gaps.end(), oldest));
}

void ThroughputHistory::appendValue(RateSeries& series, bool& exists, double value, double weight,
                                    bool gap) {
    if (gap) {
        // Nothing is stored for a gap tick: the read side masks it as NaN for every series.
        if (exists)
            series.pushGapTick();
        return;
    }
    const auto f = static_cast<float>(value);
    if (!exists) {
        // A series starts at its first value: a partition's first sample never has a rate, and
        // starting there would force a ring on every idle partition.
        if (std::isnan(f))
            return;
        series = RateSeries(m_tickTimes.pushed() - 1, m_bucketTimes.pushed());
        exists = true;
    }
    series.pushTick(m_tickTimes.pushed() - 1, f, m_config.tickCapacity, weight);
}

void ThroughputHistory::closeOpenBucket() {
    const unsigned long long bucket = m_bucketTimes.pushed();
    const std::size_t capacity = m_config.bucketCapacity;
    forEachSeries([bucket, capacity](RateSeries& series) { series.closeBucket(bucket, capacity); });
    m_bucketTimes.push(m_openBucketStart);
    dropGapsBefore(m_gapBuckets, m_bucketTimes);
}

void ThroughputHistory::pushGapBucket(qint64 startMs) {
    forEachSeries([](RateSeries& series) { series.pushGapBucket(); });
    m_gapBuckets.push_back(m_bucketTimes.pushed());
    m_bucketTimes.push(startMs);
    dropGapsBefore(m_gapBuckets, m_bucketTimes);
}

void ThroughputHistory::append(const ThroughputSnapshot& snapshot) {
    std::unique_lock lock(m_mutex);
    const bool gap = std::exchange(m_gapPending, false);
    // Chart keys must increase even if the wall clock is set back.
    const qint64 t = std::max(snapshot.sampledAtMs, m_lastTickMs + 1);
    const qint64 bucketStart = t - (t % m_config.bucketMs);
    if (m_openBucketStart >= 0 && bucketStart != m_openBucketStart) {
        const qint64 closedStart = m_openBucketStart;
        if (m_openBucketHasTicks)
            closeOpenBucket();
        else
            pushGapBucket(closedStart); // it saw only a gap tick
        // Whole minutes passed while the app was closed: one empty bucket keeps the 24 h chart
        // from drawing a line across them.
        if (gap && bucketStart > closedStart + m_config.bucketMs)
            pushGapBucket(closedStart + m_config.bucketMs);
        m_openBucketHasTicks = false;
    }
    m_openBucketStart = bucketStart;
    m_openBucketHasTicks = m_openBucketHasTicks || !gap;
    m_tickTimes.push(t);
    if (gap)
        m_gapTicks.push_back(m_tickTimes.pushed() - 1);
    dropGapsBefore(m_gapTicks, m_tickTimes);
    // The step across a gap is the time the app was closed, not a tick interval.
    if (m_lastTickMs >= 0 && !gap) {
        const auto step = static_cast<double>(t - m_lastTickMs);
        m_meanTickMs = m_meanTickMs > 0 ? 0.9 * m_meanTickMs + 0.1 * step : step;
    }
    m_lastTickMs = t;
    // Bucket means are weighted by the real time each tick covers.
    const double weight = snapshot.elapsedMs > 0 ? static_cast<double>(snapshot.elapsedMs) : 1.0;

    appendValue(m_cluster, m_hasCluster, snapshot.clusterMsgsPerSec, weight, gap);

    // Merge the sorted topic list into the sorted map: drop deleted topics, add new ones.
    auto it = m_topics.begin();
    for (const auto& topic : snapshot.topics) {
        while (it != m_topics.end() && it->first < topic.topic)
            it = m_topics.erase(it);
        if (it == m_topics.end() || it->first != topic.topic)
            it = m_topics.emplace_hint(it, topic.topic, TopicSeries{});
        TopicSeries& series = it->second;
        appendValue(series.total, series.hasTotal, topic.msgsPerSec, weight, gap);
        int maxId = -1;
        for (const auto& p : topic.partitions)
            maxId = std::max(maxId, p.partition);
        const auto count = static_cast<std::size_t>(maxId + 1);
        if (series.partitions.size() != count) {
            series.partitions.resize(count);
            series.hasPartition.resize(count, false);
        }
        for (const auto& p : topic.partitions) {
            const auto i = static_cast<std::size_t>(p.partition);
            bool exists = series.hasPartition[i];
            appendValue(series.partitions[i], exists, p.msgsPerSec, weight, gap);
            series.hasPartition[i] = exists;
        }
        ++it;
    }
    m_topics.erase(it, m_topics.end());
}

const RateSeries* ThroughputHistory::findSeries(const QString& topic, int partition) const {
    auto it = m_topics.find(topic);
    if (it == m_topics.end())
        return nullptr;
    const TopicSeries& series = it->second;
    if (partition < 0)
        return series.hasTotal ? &series.total : nullptr;
    const auto i = static_cast<std::size_t>(partition);
    return i < series.partitions.size() && series.hasPartition[i] ? &series.partitions[i] : nullptr;
}

bool ThroughputHistory::prefersTicks(qint64 fromMs, qint64 toMs) const {
    if (m_tickTimes.empty())
        return false; // only buckets were restored so far
    if (m_bucketTimes.empty() || fromMs >= m_tickTimes.oldest())
        return true;
    // Within the range the buckets hold nothing older than the ticks: they would only lower the
    // resolution. That is the case while the fine ring never dropped a tick (a 15 min chart ten
    // minutes after connecting), and for a 1 h chart when the only older buckets are a restored
    // day that ended before the range starts.
    const std::size_t olderBuckets =
        lowerBound(m_bucketTimes, m_tickTimes.oldest() - m_config.bucketMs + 1);
    if (olderBuckets == 0 || m_bucketTimes.at(olderBuckets - 1) + m_config.bucketMs <= fromMs)
        return true;
    // The ticks miss only a sliver at the left edge (a 1 h chart on a 1 h ring): a few missing
    // seconds cost less than dropping to minute means.
    const qint64 missingMs = m_tickTimes.oldest() - fromMs;
    return missingMs * 10 < std::max<qint64>(1, toMs - fromMs);
}

float ThroughputHistory::tickValueAt(const RateSeries& series, unsigned long long tick,
                                     unsigned long long newest) const {
    if (std::binary_search(m_gapTicks.begin(), m_gapTicks.end(), tick))
        return std::numeric_limits<float>::quiet_NaN();
    return series.tickValue(tick, newest);
}

float ThroughputHistory::bucketValueAt(const RateSeries& series, unsigned long long bucket,
                                       unsigned long long newest) const {
    if (std::binary_search(m_gapBuckets.begin(), m_gapBuckets.end(), bucket))
        return std::numeric_limits<float>::quiet_NaN();
    return series.bucketValue(bucket, newest);
}

RateSeriesData ThroughputHistory::copyRange(const RateSeries* series, qint64 fromMs,
                                            qint64 toMs) const {
    RateSeriesData out;
    if (!series || toMs < fromMs)
        return out;
    if (m_tickTimes.empty() && m_bucketTimes.empty() && m_openBucketStart < 0)
        return out;
    if (prefersTicks(fromMs, toMs)) {
        out.resolutionMs = static_cast<qint64>(m_meanTickMs);
        const unsigned long long newest = m_tickTimes.pushed() - 1;
        const unsigned long long oldest = newest + 1 - m_tickTimes.size();
        std::size_t i = lowerBound(m_tickTimes, fromMs);
        // Skip ticks from before the series existed: they are not "no value", they are nothing.
        const unsigned long long first = series->firstTick();
        if (oldest + i < first)
            i = static_cast<std::size_t>(first - oldest);
        for (; i < m_tickTimes.size() && m_tickTimes.at(i) <= toMs; ++i) {
            out.timesMs.push_back(m_tickTimes.at(i));
            out.values.push_back(tickValueAt(*series, oldest + i, newest));
        }
        return out;
    }
    out.coarse = true;
    out.resolutionMs = m_config.bucketMs;
    const unsigned long long newest = m_bucketTimes.pushed() - 1;
    const unsigned long long oldest = newest + 1 - m_bucketTimes.size();
    std::size_t i = lowerBound(m_bucketTimes, fromMs - m_config.bucketMs + 1);
    const unsigned long long first = series->firstBucket();
    if (oldest + i < first)
        i = static_cast<std::size_t>(first - oldest);
    for (; i < m_bucketTimes.size() && m_bucketTimes.at(i) <= toMs; ++i) {
        out.timesMs.push_back(m_bucketTimes.at(i));
        out.values.push_back(bucketValueAt(*series, oldest + i, newest));
    }
    // The open bucket keeps the right edge of a 24 h chart live.
    if (m_openBucketStart >= 0 && m_openBucketStart <= toMs) {
        out.timesMs.push_back(m_openBucketStart);
        out.values.push_back(series->openBucketValue());
    }
    return out;
}

RateSeriesData ThroughputHistory::clusterSeries(qint64 fromMs, qint64 toMs) const {
    std::shared_lock lock(m_mutex);
    return copyRange(m_hasCluster ? &m_cluster : nullptr, fromMs, toMs);
}

RateSeriesData ThroughputHistory::topicSeries(const QString& topic, qint64 fromMs,
                                              qint64 toMs) const {
    std::shared_lock lock(m_mutex);
    return copyRange(findSeries(topic, -1), fromMs, toMs);
}

RateSeriesData ThroughputHistory::partitionSeries(const QString& topic, int partition,
                                                  qint64 fromMs, qint64 toMs) const {
    std::shared_lock lock(m_mutex);
    if (partition < 0)
        return {};
    return copyRange(findSeries(topic, partition), fromMs, toMs);
}

std::vector<float> ThroughputHistory::sparkline(const QString& topic, int points) const {
    std::shared_lock lock(m_mutex);
    std::vector<float> out;
    const RateSeries* series = findSeries(topic, -1);
    if (!series || points <= 0 || m_tickTimes.empty())
        return out;
    const unsigned long long newest = m_tickTimes.pushed() - 1;
    const unsigned long long oldest = newest + 1 - m_tickTimes.size();
    unsigned long long from = std::max(series->firstTick(), oldest);
    if (newest + 1 - from > static_cast<unsigned long long>(points))
        from = newest + 1 - static_cast<unsigned long long>(points);
    out.reserve(static_cast<std::size_t>(newest + 1 - from));
    for (unsigned long long t = from; t <= newest; ++t)
        out.push_back(tickValueAt(*series, t, newest));
    return out;
}

QStringList ThroughputHistory::topics() const {
    std::shared_lock lock(m_mutex);
    QStringList names;
    names.reserve(static_cast<qsizetype>(m_topics.size()));
    for (const auto& [name, series] : m_topics)
        names.append(name);
    return names;
}

TimeSeriesData ThroughputHistory::series(const TimeSeriesKey& key, qint64 fromMs,
                                         qint64 toMs) const {
    if (!key.scope.isEmpty())
        return {};
    if (key.isCluster())
        return clusterSeries(fromMs, toMs);
    if (key.partition < 0)
        return topicSeries(key.topic, fromMs, toMs);
    return partitionSeries(key.topic, key.partition, fromMs, toMs);
}

qint64 ThroughputHistory::oldestTimeMs() const {
    const qint64 tick = oldestTickMs();
    const qint64 bucket = oldestBucketMs();
    if (tick < 0 || bucket < 0)
        return std::max(tick, bucket);
    return std::min(tick, bucket);
}

qint64 ThroughputHistory::oldestTickMs() const {
    std::shared_lock lock(m_mutex);
    return m_tickTimes.empty() ? -1 : m_tickTimes.oldest();
}

qint64 ThroughputHistory::newestTickMs() const {
    std::shared_lock lock(m_mutex);
    return m_tickTimes.empty() ? -1 : m_tickTimes.newest();
}

qint64 ThroughputHistory::oldestBucketMs() const {
    std::shared_lock lock(m_mutex);
    return m_bucketTimes.empty() ? -1 : m_bucketTimes.oldest();
}

std::size_t ThroughputHistory::tickCount() const {
    std::shared_lock lock(m_mutex);
    return m_tickTimes.size();
}

std::size_t ThroughputHistory::memoryBytes() const {
    std::shared_lock lock(m_mutex);
    std::size_t bytes =
        m_tickTimes.memoryBytes() + m_bucketTimes.memoryBytes() + m_cluster.memoryBytes() +
        (m_gapTicks.capacity() + m_gapBuckets.capacity()) * sizeof(unsigned long long);
    for (const auto& [name, topic] : m_topics) {
        bytes += sizeof(topic) + static_cast<std::size_t>(name.capacity()) * sizeof(QChar) +
                 topic.total.memoryBytes() + topic.hasPartition.capacity() / 8;
        for (const auto& p : topic.partitions)
            bytes += p.memoryBytes();
    }
    return bytes;
}

} // namespace streamscope
