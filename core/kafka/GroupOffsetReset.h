#pragma once

#include "common/CancelToken.h"
#include "common/Expected.h"
#include "kafka/KafkaRecord.h"

#include <QString>

#include <vector>

namespace streamscope {

class KafkaClient;

// The broker's answer for one partition of an offset reset.
struct AlteredOffset {
    QString topic;
    int partition = -1;
    qint64 offset = -1;
    int errorCode = 0;
    QString error; // empty when this partition was moved
};

// Sets the committed offsets of a consumer group (librdkafka's AlterConsumerGroupOffsets, an
// OffsetCommit on the group's coordinator without a member). Kafka accepts it only while the group
// has no active members: for a group with members the whole request fails with an error that says
// so (and which consumers to stop), and nothing is changed. Blocks up to timeoutMs in slices; a set
// cancel flag ends the wait early (the broker may still apply what was sent). Worker threads only.
Expected<std::vector<AlteredOffset>>
alterGroupOffsets(KafkaClient& client, const QString& groupId,
                  const std::vector<TopicPartitionOffset>& offsets, int timeoutMs,
                  const CancelToken* cancel = nullptr);

// The message for a group that still has members (the broker's UNKNOWN_MEMBER_ID or
// REBALANCE_IN_PROGRESS answer to a member-less commit).
QString activeGroupRefusal(const QString& groupId);

} // namespace streamscope
