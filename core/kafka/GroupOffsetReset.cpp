// Offset resets of one consumer group, through ConsumerGroupAdmin::alterOffsets.
#include "kafka/GroupOffsetReset.h"

#include "kafka/ConsumerGroups.h"

namespace streamscope {

Expected<std::vector<AlteredOffset>>
alterGroupOffsets(KafkaClient& client, const QString& groupId,
                  const std::vector<TopicPartitionOffset>& offsets, int timeoutMs,
                  const CancelToken* cancel) {
    if (offsets.empty())
        return std::vector<AlteredOffset>{};
    GroupCommittedOffsets commit;
    commit.groupId = groupId;
    commit.offsets = offsets;
    auto altered = ConsumerGroupAdmin(client).alterOffsets({commit}, timeoutMs,
                                                           cancel ? cancel->flag() : nullptr);
    if (!altered)
        return altered.error();
    GroupOffsetsAltered& group = altered->front();
    if (group.error)
        return *group.error;
    return std::move(group.partitions);
}

} // namespace streamscope
