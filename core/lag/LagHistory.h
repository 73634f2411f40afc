#pragma once

#include "common/TimeSeriesSource.h"
#include "lag/LagTypes.h"
#include "throughput/ThroughputHistory.h"

#include <array>
#include <memory>

namespace streamscope {

class HistoryFileWriter;
class HistoryKeeper;
class HistoryStore;

// Lag history per group, group and topic, and partition, in the throughput history's bounded
// rings (1 h at tick resolution, 24 h in minute means, gaps after outages): one
// ThroughputHistory per metric, whose "topics" are the group (its total) and group + topic
// (total and partitions). Each metric is a TimeSeriesSource keyed by TimeSeriesKey with scope =
// group id. Thread-safe like ThroughputHistory: one writer, any number of readers.
class LagHistory {
public:
    explicit LagHistory(HistoryConfig config = {});

    // Writer: one refresh. wallMs = the sample's wall time, elapsedMs = since the last refresh.
    void append(const LagSnapshot& snapshot, qint64 wallMs, qint64 elapsedMs);
    // Writer: refreshes were missed; the next one is a gap in every series.
    void markGap();

    const TimeSeriesSource& lag() const { return m_lag; }
    const TimeSeriesSource& timeLag() const { return m_timeLag; }
    const TimeSeriesSource& consumeRate() const { return m_consumeRate; }
    std::size_t memoryBytes() const;

    // Keeps the three series on disk beside the throughput history (the same store and writer,
    // one file per metric and cluster): restored on the first refresh, saved when due after
    // each and by saveInBackground() at close. Call before the first append.
    void keepOnDisk(const HistoryStore& store, std::shared_ptr<HistoryFileWriter> writer,
                    const QString& bootstrapServers);
    // Writer thread: restores before the first append (once), saves when due after appends.
    void restoreIfDue(const ClusterMetadata& snapshot);
    void savedIfDue();
    // After the writer stopped: the final save, without waiting for the disk.
    void saveInBackground();

private:
    // A TimeSeriesSource over one ThroughputHistory that maps group keys to its topic names.
    class MetricSource final : public TimeSeriesSource {
    public:
        explicit MetricSource(HistoryConfig config)
            : rings(std::make_shared<ThroughputHistory>(config)) {}
        TimeSeriesData series(const TimeSeriesKey& key, qint64 fromMs, qint64 toMs) const override;
        qint64 newestTimeMs() const override { return rings->newestTimeMs(); }
        qint64 oldestTimeMs() const override { return rings->oldestTimeMs(); }
        const std::shared_ptr<ThroughputHistory> rings;
    };
    std::array<MetricSource*, 3> sources() { return {&m_lag, &m_timeLag, &m_consumeRate}; }

    MetricSource m_lag;
    MetricSource m_timeLag;
    MetricSource m_consumeRate;
    std::array<std::shared_ptr<HistoryKeeper>, 3>
        m_keepers; // in sources() order; null: memory only
    bool m_restoreTried = false;
};

} // namespace streamscope
