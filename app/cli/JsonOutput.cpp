#include "JsonOutput.h"

namespace streamscope::cli {

namespace {

nlohmann::json intList(const QList<int>& values) {
    auto arr = nlohmann::json::array();
    for (int v : values)
        arr.push_back(v);
    return arr;
}

nlohmann::json offsetOrNull(qint64 offset) {
    return offset >= 0 ? nlohmann::json(offset) : nlohmann::json(nullptr);
}

} // namespace

nlohmann::json clusterToJson(const ClusterMetadata& md, bool includeInternal) {
    nlohmann::json root;
    root["cluster_id"] = md.clusterId.toStdString();
    root["controller_id"] = md.controllerId;
    auto brokers = nlohmann::json::array();
    for (const auto& b : md.brokers) {
        brokers.push_back({{"id", b.id},
                           {"host", b.host.toStdString()},
                           {"port", b.port},
                           {"rack", b.rack.isEmpty() ? nlohmann::json(nullptr)
                                                     : nlohmann::json(b.rack.toStdString())},
                           {"controller", b.controller}});
    }
    root["brokers"] = brokers;
    auto topics = nlohmann::json::array();
    for (const auto& t : md.topics) {
        if (t.internal && !includeInternal)
            continue;
        auto partitions = nlohmann::json::array();
        for (const auto& p : t.partitions) {
            partitions.push_back({{"partition", p.partition},
                                  {"leader", p.leader},
                                  {"replicas", intList(p.replicas)},
                                  {"isr", intList(p.isr)},
                                  {"start_offset", offsetOrNull(p.startOffset)},
                                  {"end_offset", offsetOrNull(p.endOffset)}});
        }
        const qint64 count = t.messageCount();
        topics.push_back(
            {{"topic", t.name.toStdString()},
             {"internal", t.internal},
             {"partition_count", t.partitions.size()},
             {"replication_factor", t.replicationFactor()},
             {"message_count", count >= 0 ? nlohmann::json(count) : nlohmann::json(nullptr)},
             {"partitions", partitions}});
    }
    root["topics"] = topics;
    return root;
}

} // namespace streamscope::cli
