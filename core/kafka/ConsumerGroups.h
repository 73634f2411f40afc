#pragma once

#include "common/Expected.h"
#include "kafka/KafkaRecord.h"

#include <QString>
#include <QStringList>

#include <atomic>
#include <optional>
#include <vector>

namespace streamscope {

class KafkaClient;

// One group as ListGroups names it.
struct ConsumerGroupListing {
    QString groupId;
    QString state;       // "Stable", "Empty", "PreparingRebalance", ...; "Unknown" when the
                         // client cannot name it (e.g. a KIP-848 group's "Reconciling")
    bool simple = false; // no protocol type: offsets committed without group management
};

struct ConsumerGroupMember {
    QString memberId;
    QString clientId;
    QString host;
    std::vector<TopicPartition> assignment;
};

// One group as DescribeGroups answers for it. errorCode != 0: it could not be described (a
// dead coordinator, or a KIP-848 group that the classic DescribeGroups API refuses).
struct ConsumerGroupDescription {
    QString groupId;
    QString state;
    QString assignor;
    bool simple = false;
    int coordinatorId = -1;
    std::vector<ConsumerGroupMember> members;
    int errorCode = 0;
    QString error;
};

// The committed offsets of one group: only partitions that have a commit, sorted by topic and
// partition. errorCode != 0: the group's offsets could not be read (error says why).
struct GroupCommittedOffsets {
    QString groupId;
    std::vector<TopicPartitionOffset> offsets;
    int errorCode = 0;
    QString error;
};

// The broker's answer for one partition of an offset commit (AlterConsumerGroupOffsets).
struct AlteredOffset {
    QString topic;
    int partition = -1;
    qint64 offset = -1;
    int errorCode = 0;
    QString error; // empty when this partition was moved
};

// The answer for one group of alterOffsets(): its partitions, or why the group failed as a
// whole (a group with members: activeGroupRefusal's words).
struct GroupOffsetsAltered {
    QString groupId;
    std::vector<AlteredOffset> partitions;
    std::optional<Error> error;
};

// The message for a group that still has members (the broker's UNKNOWN_MEMBER_ID or
// REBALANCE_IN_PROGRESS answer to a member-less commit).
QString activeGroupRefusal(const QString& groupId);

// Consumer-group admin requests over a KafkaClient's handle (librdkafka 2.0.2's admin API).
// Requests that take one group each (ListConsumerGroupOffsets, AlterConsumerGroupOffsets) are
// all issued at once on one queue and collected as they come, so N groups cost about one round
// trip per coordinator, not N. Every wait is cut into slices: a set cancel flag ends it at once
// (a fast quit with a dead coordinator). Blocking: worker threads only.
class ConsumerGroupAdmin {
public:
    explicit ConsumerGroupAdmin(KafkaClient& client)
        : m_client(client) {}

    // Every group of the cluster, sorted by id. Fails when no broker answered at all.
    Expected<std::vector<ConsumerGroupListing>>
    listGroups(int timeoutMs, const std::atomic_bool* cancel = nullptr);
    // One description per requested group, in request order; groups not answered in time carry
    // a timeout error. Fails only when cancelled.
    Expected<std::vector<ConsumerGroupDescription>>
    describeGroups(const QStringList& groupIds, int timeoutMs,
                   const std::atomic_bool* cancel = nullptr);
    // One entry per requested group, in request order (see GroupCommittedOffsets). Fails only
    // when cancelled.
    Expected<std::vector<GroupCommittedOffsets>>
    committedOffsets(const QStringList& groupIds, int timeoutMs,
                     const std::atomic_bool* cancel = nullptr);
    // Sets the committed offsets of each group (AlterConsumerGroupOffsets: an OffsetCommit on
    // the coordinator without a member; a group that does not exist yet is created). Kafka
    // accepts it only while the group has no active members. One answer per group, in request
    // order. Fails when cancelled, or timed out before every group answered. The one wrapper of
    // AlterConsumerGroupOffsets: offset resets and test/benchmark setup both go through it.
    Expected<std::vector<GroupOffsetsAltered>>
    alterOffsets(const std::vector<GroupCommittedOffsets>& commits, int timeoutMs,
                 const std::atomic_bool* cancel = nullptr);
    // alterOffsets() where only success matters: the first group or partition that failed is
    // the error.
    Status commitOffsets(const std::vector<GroupCommittedOffsets>& commits, int timeoutMs,
                         const std::atomic_bool* cancel = nullptr);

    // Deletes groups without active members (one request for all). The first failure is the
    // error; a group that does not exist is not one.
    Status deleteGroups(const QStringList& groupIds, int timeoutMs,
                        const std::atomic_bool* cancel = nullptr);

private:
    KafkaClient& m_client;
};

} // namespace streamscope
