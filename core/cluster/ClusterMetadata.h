#pragma once

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

#include <cstdint>
#include <memory>
#include <vector>

namespace streamscope {

struct BrokerInfo {
    int id = -1;
    QString host;
    int port = 0;
    QString rack; // empty when the broker has no broker.rack
    bool controller = false;
};

inline constexpr qint64 kUnknownOffset = -1;

struct PartitionInfo {
    int partition = 0;
    int leader = -1;
    QList<int> replicas;
    QList<int> isr;
    int errorCode = 0;                   // metadata error for this partition (0 = none)
    qint64 startOffset = kUnknownOffset; // log start offset, kUnknownOffset if not read
    qint64 endOffset = kUnknownOffset;   // high watermark, kUnknownOffset if not read
    int offsetErrorCode = 0;             // why the offsets could not be read

    bool offsetsKnown() const { return startOffset >= 0 && endOffset >= 0; }
    // Records currently retained (end - start). Includes transaction markers and compaction gaps.
    qint64 retainedCount() const { return offsetsKnown() ? endOffset - startOffset : 0; }
};

struct TopicInfo {
    QString name;
    bool internal = false; // __consumer_offsets, __transaction_state, names starting with "__"
    int errorCode = 0;
    std::vector<PartitionInfo> partitions;
    // cleanup.policy ("delete", "compact", "compact,delete"); empty when not (yet) described.
    QString cleanupPolicy;
    // False when the ACLs hide the topic's configs (no DESCRIBE_CONFIGS): cleanup.policy is then
    // unknown, not "delete", and the pages say "configs not authorized".
    bool configsAuthorized = true;

    int replicationFactor() const;
    // Sum of retained records over partitions; -1 when no partition's offsets are known.
    qint64 messageCount() const;
    bool allOffsetsKnown() const;
    const PartitionInfo* findPartition(int id) const;
};

// One consistent picture of the cluster taken at one instant: metadata plus start/end offsets.
struct ClusterMetadata {
    QString clusterId;
    int controllerId = -1;
    std::vector<BrokerInfo> brokers;
    std::vector<TopicInfo> topics; // sorted by name
    // Monotonic milliseconds (monotonicNowMs clock) when the end offsets were read; rates are
    // computed from differences of this, never from the nominal tick.
    qint64 sampledAtMonotonicMs = 0;
    QDateTime sampledAt; // wall clock for display and chart axes
    qint64 sampleDurationMs = 0;

    const TopicInfo* findTopic(const QString& name) const;
    const BrokerInfo* findBroker(int id) const;
    int partitionCount() const;
};

using ClusterSnapshot = std::shared_ptr<const ClusterMetadata>;

bool isInternalTopicName(const QString& name);

// Milliseconds on a steady clock: the only clock rates may be computed from.
qint64 monotonicNowMs();

} // namespace streamscope

Q_DECLARE_METATYPE(streamscope::ClusterSnapshot)
