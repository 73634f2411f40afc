#include "ClusterSample.h"

#include "kafka/KafkaClient.h"

namespace streamscope::cli {

Expected<ClusterMetadata> sampleCluster(KafkaClient& client, const QStringList& topics,
                                        int timeoutMs) {
    auto md = topics.isEmpty() ? client.fetchMetadata(timeoutMs)
                               : client.fetchTopicMetadata(topics, timeoutMs);
    if (!md)
        return md;
    std::erase_if(md->topics,
                  [](const TopicInfo& t) { return t.errorCode == kErrUnknownTopicOrPartition; });
    if (auto status = client.fillOffsets(*md, timeoutMs); !status)
        return status.error();
    return md;
}

} // namespace streamscope::cli
