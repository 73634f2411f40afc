#pragma once

#include "cluster/ClusterMetadata.h"

#include <QDateTime>
#include <QMetaType>
#include <QString>

#include <cmath>
#include <limits>
#include <memory>
#include <optional>
#include <vector>

namespace streamscope {

// Burrow's evaluation of a partition or a group over the monitor's sliding window of samples.
// Unknown: not enough samples yet, or the group could not be read (then GroupLag::error says
// why). The order is the severity order "problems first" sorts by (see lagStatusSeverity).
enum class LagStatus : quint8 { Unknown, Ok, Warn, Stall, Stop, Rewind, Error };

// The contract name of a status: "OK", "WARN", "STALL", "STOP", "REWIND", "ERR", "UNKNOWN"
// (the CLI's JSON "status" field; never translated).
QString lagStatusName(LagStatus status);
// Higher = worse; for sorting problems first.
int lagStatusSeverity(LagStatus status);

// A status and the one sentence that explains it with the numbers behind it, e.g. "Lag grew in
// each of the last 10 samples, from 1,200 to 9,800 messages." (translated, for the UI).
struct LagVerdict {
    LagStatus status = LagStatus::Unknown;
    QString explanation;
};

struct LagPartitionRef {
    QString topic;
    int partition = 0;
    friend bool operator==(const LagPartitionRef&, const LagPartitionRef&) = default;
};

struct GroupMemberInfo {
    QString memberId;
    QString clientId;
    QString host;
    std::vector<LagPartitionRef> assignment;
};

inline constexpr double kUnknownRate = std::numeric_limits<double>::quiet_NaN();

struct PartitionLag {
    QString topic;
    int partition = 0;
    std::optional<qint64> committed;      // nullopt: the group has no commit here ("no commit")
    qint64 endOffset = kUnknownOffset;    // high watermark from the polling tick's snapshot
    std::optional<qint64> lag;            // end - committed (>= 0); nullopt without a commit or end
    std::optional<double> timeLagSeconds; // how long ago the end offset equalled `committed`
    double consumeRatePerSec = kUnknownRate; // from committed-offset deltas over the window
    double produceRatePerSec = kUnknownRate; // the partition's end-offset rate
    QString memberId; // owning member; empty when unassigned or members cannot be described
    QString clientId;
    QString host;
    LagVerdict verdict;
};

struct GroupTopicLag {
    QString topic;
    qint64 totalLag = 0; // sum over partitions with a lag
    int partitionsWithoutCommit = 0;
    std::optional<double> timeLagSeconds; // the worst partition's
    double consumeRatePerSec = kUnknownRate;
    double produceRatePerSec = kUnknownRate;
    std::vector<PartitionLag> partitions; // sorted by partition
};

struct GroupLag {
    QString groupId;
    QString state;        // "Stable", "Empty", "PreparingRebalance", ... as the broker says
    QString protocolType; // "consumer", "connect", ... ; empty when unknown
    QString assignor;     // "range", "cooperative-sticky", ... ; empty when unknown
    int coordinatorId = -1;
    std::vector<GroupMemberInfo> members;
    // False when the members could not be described (e.g. a KIP-848 group on the new consumer
    // protocol, which librdkafka 2.0.2 cannot describe): then membersNote says why, and the UI
    // shows that sentence instead of an empty or wrong member list.
    bool membersDescribed = true;
    QString membersNote;

    LagVerdict verdict;
    qint64 totalLag = 0;
    int partitionsWithoutCommit = 0;
    std::optional<double> timeLagSeconds; // the worst partition's
    // Catch-up estimate: seconds until lag reaches 0 at the current net rate (consume - produce),
    // set only while the group gains; otherwise fallingBehindPerSec says by how much it loses.
    std::optional<double> etaSeconds;
    std::optional<double> fallingBehindPerSec;
    double consumeRatePerSec = kUnknownRate;
    double produceRatePerSec = kUnknownRate;
    std::vector<GroupTopicLag> topics; // sorted by topic

    // Why the group (or its offsets) could not be read this refresh; empty when all was read.
    QString error;
    // False when the cluster's ACLs deny this user the group (error then names the permission):
    // shown as "not authorized", never as an empty group or a lag of 0.
    bool authorized = true;

    int memberCount() const { return static_cast<int>(members.size()); }
    const GroupTopicLag* findTopic(const QString& topic) const;
};

// One refresh of every group's lag, published by the LagMonitor after a polling tick.
struct LagSnapshot {
    qint64 sampledAtMonotonicMs = 0; // the ClusterSnapshot's, whose end offsets were used
    QDateTime sampledAt;
    qint64 refreshDurationMs = 0;
    std::vector<GroupLag> groups; // sorted by group id
    // Why the groups could not be listed at all (coordinator or cluster away); empty when fine.
    QString error;

    const GroupLag* findGroup(const QString& groupId) const;
};

using LagSnapshotPtr = std::shared_ptr<const LagSnapshot>;

// User thresholds per group: a group whose lag exceeds either one is at least WARN.
struct LagThresholds {
    std::optional<qint64> maxLagMessages;
    std::optional<double> maxTimeLagSeconds;
    bool notify = false; // desktop notification when the group turns WARN, STALL or STOP
};

} // namespace streamscope

Q_DECLARE_METATYPE(streamscope::LagSnapshotPtr)
