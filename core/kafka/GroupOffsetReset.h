#pragma once

#include "common/CancelToken.h"
#include "common/Expected.h"
#include "kafka/ConsumerGroups.h"
#include "kafka/KafkaRecord.h"

#include <QString>

#include <vector>

namespace streamscope {

class KafkaClient;

// Sets the committed offsets of a consumer group (librdkafka's AlterConsumerGroupOffsets, an
// OffsetCommit on the group's coordinator without a member). Kafka accepts it only while the group
// has no active members: for a group with members the whole request fails with an error that says
// so (and which consumers to stop), and nothing is changed. Blocks up to timeoutMs in slices; a set
// cancel flag ends the wait early (the broker may still apply what was sent). Worker threads only.
// One group through ConsumerGroupAdmin::alterOffsets (the one AlterConsumerGroupOffsets wrapper).
Expected<std::vector<AlteredOffset>>
alterGroupOffsets(KafkaClient& client, const QString& groupId,
                  const std::vector<TopicPartitionOffset>& offsets, int timeoutMs,
                  const CancelToken* cancel = nullptr);

} // namespace streamscope
