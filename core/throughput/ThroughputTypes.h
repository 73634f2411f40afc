#pragma once

// Value types published by the throughput engine. Everything here is a plain copyable value:
// snapshots are built on the polling thread, shared immutably (ThroughputSnapshotPtr) and read on
// any thread without locks.
//
// Units and conventions
//   - Rates are messages per second computed from end-offset deltas over the measured (monotonic)
//     time between two samples, never over the nominal tick.
//   - "No value" is NaN for rates (a chart draws a gap, a table shows "?"): a partition seen for
//   the
//     first time, one whose offsets went backwards (topic re-created) and one that could not be
//     read have no rate. Use hasValue() rather than comparing with 0; an unknown rate is never 0.
//   - Offsets are Kafka offsets: they count every offset the log used, which includes transaction
//     markers (control records) and, for retained counts of compacted topics, removed records.
//     OffsetNotes says when that applies.

#include <QDateTime>
#include <QMetaType>
#include <QString>

#include <cmath>
#include <limits>
#include <memory>
#include <vector>

namespace streamscope {

inline constexpr double kNoRate = std::numeric_limits<double>::quiet_NaN();
inline bool hasValue(double rate) {
    return !std::isnan(rate);
}

// Why offset-based counts of a topic may differ from the number of records a consumer sees.
enum class OffsetNote : unsigned {
    None = 0,
    // cleanup.policy contains "compact": retained counts (end - start) include offsets whose
    // records compaction removed. Produce rates from end offsets are unaffected.
    Compacted = 1u << 0,
    // Sampled records skip offsets in a non-compacted topic: those are transaction markers (one
    // control record per partition per commit or abort), so msgs/s over-counts data records.
    TransactionMarkers = 1u << 1,
    // The ACLs hide the topic's configs: whether it is compacted is unknown.
    ConfigsNotAuthorized = 1u << 2,
};
using OffsetNotes = unsigned; // OR of OffsetNote values

inline OffsetNotes operator|(OffsetNote a, OffsetNote b) {
    return static_cast<unsigned>(a) | static_cast<unsigned>(b);
}
inline bool hasNote(OffsetNotes notes, OffsetNote n) {
    return (notes & static_cast<unsigned>(n)) != 0;
}

// One sentence per note for tooltips and the CLI ("" when notes == None). Translated.
QString describeOffsetNotes(OffsetNotes notes);

struct PartitionRate {
    int partition = 0;
    double msgsPerSec = kNoRate;         // since the previous readable sample
    double smoothedMsgsPerSec = kNoRate; // EWMA of msgsPerSec (equal to it when smoothing is off)
    qint64 startOffset = -1;             // log start offset, -1 if unknown
    qint64 endOffset = -1;               // high watermark, -1 if unknown
    bool readable = false;               // false: offsets could not be read this tick
    int errorCode = 0;                   // librdkafka error when !readable
    int leader = -1;
};

struct TopicRate {
    QString topic;
    bool internal = false;
    // Sum over partitions that have a rate this tick; NaN when none has one. Partitions without a
    // rate are left out of the sum, never counted as 0: check ratedPartitions/partitionCount.
    double msgsPerSec = kNoRate;
    double smoothedMsgsPerSec = kNoRate;
    // Offsets added since the tracker first saw the topic (or since it was created, when it
    // appeared after the tracker started). Counts only readable deltas; survives re-creation.
    qint64 producedSinceStart = 0;
    int partitionCount = 0;
    int readablePartitions = 0; // offsets read this tick
    int ratedPartitions = 0;    // have a rate this tick (readable and seen before)

    // Hot partitions (from smoothed rates, so one noisy tick does not flip them):
    // skew = max partition rate / mean partition rate over rated partitions; 1 = perfectly even,
    // partitionCount = all traffic in one partition. NaN when the topic carries no traffic.
    double skew = kNoRate;
    bool hotPartition = false;     // one partition carries most (hotShareThreshold) of the traffic
    int hottestPartition = -1;     // partition with the highest smoothed rate, -1 without traffic
    double hottestShare = kNoRate; // its share of the topic's traffic, 0..1

    OffsetNotes offsetNotes = 0;
    // Estimated payload bytes/s = msgs/s x mean sampled record size (key + value + headers,
    // before compression, without batch overhead). -1 when no records were sampled. An estimate:
    // always label it so.
    double estimatedBytesPerSec = -1;
    double meanRecordBytes = -1;

    std::vector<PartitionRate> partitions; // sorted by partition id

    bool complete() const { return ratedPartitions == partitionCount; }
    const PartitionRate* findPartition(int id) const;
};

struct ThroughputSnapshot {
    quint64 sequence = 0;   // 1 for the first tick, +1 per tick
    QDateTime sampledAt;    // wall clock (UTC) of the end-offset read, for chart axes
    qint64 sampledAtMs = 0; // the same in ms since the epoch
    qint64 sampledAtMonotonicMs = 0;
    qint64 elapsedMs = 0;        // measured time since the previous sample (0 on the first)
    qint64 sampleDurationMs = 0; // how long the metadata + offsets tick took (-1: offsets failed)
    double clusterMsgsPerSec = kNoRate; // sum over all topics (internal ones included)
    double clusterSmoothedMsgsPerSec = kNoRate;
    qint64 clusterProducedSinceStart = 0;
    int unreadablePartitions = 0;
    std::vector<TopicRate> topics; // sorted by name

    const TopicRate* findTopic(const QString& name) const;
};

using ThroughputSnapshotPtr = std::shared_ptr<const ThroughputSnapshot>;

// Registers the metatypes above for queued connections; safe to call more than once.
void registerThroughputMetaTypes();

} // namespace streamscope

Q_DECLARE_METATYPE(streamscope::ThroughputSnapshotPtr)
