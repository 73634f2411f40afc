#include "ClusterSample.h"

#include "kafka/KafkaClient.h"

#include <QCoreApplication>

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

QString sampleFailure(const KafkaClient& client, const QString& bootstrap, const Error& error) {
    const QString detail = client.lastBrokerError();
    return QCoreApplication::translate("CommandLineTool", "cannot sample %1: %2")
        .arg(bootstrap, detail.isEmpty() ? error.message : detail);
}

} // namespace streamscope::cli
