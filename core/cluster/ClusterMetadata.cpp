#include "cluster/ClusterMetadata.h"

#include <algorithm>
#include <chrono>

namespace streamscope {

int TopicInfo::replicationFactor() const {
    int rf = 0;
    for (const auto& p : partitions)
        rf = std::max(rf, static_cast<int>(p.replicas.size()));
    return rf;
}

qint64 TopicInfo::messageCount() const {
    qint64 total = 0;
    bool any = false;
    for (const auto& p : partitions) {
        if (p.offsetsKnown()) {
            total += p.retainedCount();
            any = true;
        }
    }
    return any ? total : -1;
}

bool TopicInfo::allOffsetsKnown() const {
    return std::all_of(partitions.begin(), partitions.end(),
                       [](const PartitionInfo& p) { return p.offsetsKnown(); });
}

const PartitionInfo* TopicInfo::findPartition(int id) const {
    // Partitions are stored in id order with no gaps in practice; fall back to a scan otherwise.
    if (id >= 0 && static_cast<size_t>(id) < partitions.size() && partitions[id].partition == id)
        return &partitions[id];
    for (const auto& p : partitions)
        if (p.partition == id)
            return &p;
    return nullptr;
}

const TopicInfo* ClusterMetadata::findTopic(const QString& name) const {
    auto it = std::lower_bound(topics.begin(), topics.end(), name,
                               [](const TopicInfo& t, const QString& n) { return t.name < n; });
    return (it != topics.end() && it->name == name) ? &*it : nullptr;
}

const BrokerInfo* ClusterMetadata::findBroker(int id) const {
    for (const auto& b : brokers)
        if (b.id == id)
            return &b;
    return nullptr;
}

int ClusterMetadata::partitionCount() const {
    int n = 0;
    for (const auto& t : topics)
        n += static_cast<int>(t.partitions.size());
    return n;
}

qint64 monotonicNowMs() {
    using namespace std::chrono;
    return duration_cast<milliseconds>(steady_clock::now().time_since_epoch()).count();
}

bool isInternalTopicName(const QString& name) {
    return name.startsWith(QLatin1String("__"));
}

} // namespace streamscope
