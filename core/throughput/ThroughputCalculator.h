#pragma once

#include "cluster/ClusterMetadata.h"
#include "throughput/ThroughputTypes.h"

#include <QHash>

#include <vector>

namespace streamscope {

struct ThroughputSettings {
    // EWMA time constant for the smoothed rates; 0 turns smoothing off (smoothed == raw). A time
    // constant rather than "N ticks" keeps the smoothing the same when the tick interval changes.
    qint64 smoothingMs = 6000;
    // A topic is flagged hot when its busiest partition carries at least this share of its traffic
    // (and it has two or more partitions and at least hotMinMsgsPerSec).
    double hotShareThreshold = 0.5;
    double hotMinMsgsPerSec = 1.0;
};

// What the calculator needs to know about a topic beyond metadata: supplied by the record sampler.
struct TopicRecordStats {
    double meanRecordBytes = -1; // -1 when no records were sampled
    bool transactionMarkersSeen = false;
};
using TopicRecordStatsMap = QHash<QString, TopicRecordStats>;

// Fills skew, hottestPartition, hottestShare and hotPartition of a topic from its partitions'
// smoothedMsgsPerSec (set them equal to msgsPerSec to judge raw rates).
void computeSkew(TopicRate& topic, const ThroughputSettings& settings);

// Pure rate arithmetic: successive cluster snapshots in, throughput snapshots out. No threads,
// no I/O, no Qt objects, so it is unit-tested with synthetic snapshots. Not thread-safe: one
// owner calls update() (the tracker, on the polling thread).
class ThroughputCalculator {
public:
    explicit ThroughputCalculator(ThroughputSettings settings = {});

    void setSettings(const ThroughputSettings& settings) { m_settings = settings; }
    const ThroughputSettings& settings() const { return m_settings; }

    // Rates between the previous snapshot and this one. Snapshots must come in sampling order.
    ThroughputSnapshot update(const ClusterMetadata& metadata,
                              const TopicRecordStatsMap& recordStats = {});
    // Forgets everything (totals, baselines, smoothing): the next update starts from scratch.
    void reset();

private:
    struct PartitionState {
        qint64 lastEndOffset = -1; // -1: no readable sample yet
        qint64 lastSampleMs = 0;   // monotonic time of lastEndOffset
        double smoothed = kNoRate;
        // Created after tracking began: its records all count as produced since start.
        bool countFromLogStart = false;
    };
    struct TopicState {
        std::vector<PartitionState> partitions; // index = partition id
        qint64 producedSinceStart = 0;
        double smoothed = kNoRate;
    };

    void updatePartition(PartitionState& state, const PartitionInfo& info, qint64 sampleMs,
                         PartitionRate& out, qint64& produced);
    double smooth(double previous, double value, qint64 elapsedMs) const;

    ThroughputSettings m_settings;
    QHash<QString, TopicState> m_topics;
    quint64 m_sequence = 0;
    qint64 m_lastSampleMs = -1;
    qint64 m_clusterProduced = 0;
    double m_clusterSmoothed = kNoRate;
};

} // namespace streamscope
