#include "SyntheticCluster.h"

#include <algorithm>

namespace streamscope::test {

SyntheticCluster& SyntheticCluster::clusterId(const QString& id) {
    m_clusterId = id;
    return *this;
}

SyntheticCluster& SyntheticCluster::brokers(int count, int controllerId) {
    m_brokerCount = count;
    m_controllerId = controllerId;
    return *this;
}

SyntheticCluster& SyntheticCluster::rack(int brokerId, const QString& rack) {
    m_racks[brokerId] = rack;
    return *this;
}

SyntheticCluster& SyntheticCluster::broker(int id, const QString& host, int port, bool controller) {
    m_extraBrokers.push_back({id, host, port, QString(), controller});
    return *this;
}

SyntheticCluster& SyntheticCluster::sampledAt(qint64 wallMs, qint64 monotonicMs) {
    m_wallMs = wallMs;
    m_monotonicMs = monotonicMs;
    return *this;
}

SyntheticCluster& SyntheticCluster::topic(const QString& name, int partitions) {
    Topic t;
    t.name = name;
    t.partitions = partitions;
    m_topics.push_back(std::move(t));
    return *this;
}

SyntheticCluster::Topic& SyntheticCluster::current() {
    // A shaping call before any topic() is a test bug: make it loud.
    Q_ASSERT_X(!m_topics.empty(), "SyntheticCluster", "call topic() first");
    return m_topics.back();
}

SyntheticCluster& SyntheticCluster::replicas(int count) {
    Topic& t = current();
    t.replicas = std::max(1, count);
    t.explicitReplicas = false;
    return *this;
}

SyntheticCluster& SyntheticCluster::replicasOn(const QList<int>& brokerIds) {
    Topic& t = current();
    t.explicitReplicas = true;
    t.replicaIds = brokerIds;
    return *this;
}

SyntheticCluster& SyntheticCluster::leader(int brokerId) {
    current().leader = brokerId;
    return *this;
}

SyntheticCluster& SyntheticCluster::offsets(qint64 start, qint64 end) {
    Topic& t = current();
    t.start = start;
    t.end = end;
    t.ends.clear();
    return *this;
}

SyntheticCluster& SyntheticCluster::endOffsets(const std::vector<qint64>& ends, qint64 start) {
    Topic& t = current();
    t.ends = ends;
    t.start = start;
    t.partitions = static_cast<int>(ends.size());
    return *this;
}

SyntheticCluster& SyntheticCluster::unreadable(int partition, int offsetErrorCode) {
    current().unreadable[partition] = offsetErrorCode;
    return *this;
}

SyntheticCluster& SyntheticCluster::internal(bool internal) {
    current().internal = internal ? 1 : 0;
    return *this;
}

SyntheticCluster& SyntheticCluster::cleanupPolicy(const QString& policy) {
    current().cleanupPolicy = policy;
    return *this;
}

SyntheticCluster& SyntheticCluster::inOrderGiven() {
    m_sorted = false;
    return *this;
}

ClusterMetadata SyntheticCluster::metadata() const {
    ClusterMetadata m;
    m.clusterId = m_clusterId;
    m.controllerId = m_controllerId;
    for (int id = 0; id < m_brokerCount; ++id) {
        const auto rack = m_racks.find(id);
        m.brokers.push_back({id, QStringLiteral("broker-%1.local").arg(id), 9092 + id,
                             rack != m_racks.end() ? rack->second : QString(),
                             id == m_controllerId});
    }
    for (const BrokerInfo& broker : m_extraBrokers)
        m.brokers.push_back(broker);
    if (m_wallMs >= 0)
        m.sampledAt = QDateTime::fromMSecsSinceEpoch(m_wallMs, Qt::UTC);
    m.sampledAtMonotonicMs = m_monotonicMs;
    for (const Topic& spec : m_topics) {
        TopicInfo topic;
        topic.name = spec.name;
        topic.internal = spec.internal < 0 ? isInternalTopicName(spec.name) : spec.internal == 1;
        topic.cleanupPolicy = spec.cleanupPolicy;
        for (int p = 0; p < spec.partitions; ++p) {
            PartitionInfo partition;
            partition.partition = p;
            if (spec.explicitReplicas) {
                partition.replicas = spec.replicaIds;
                partition.leader = spec.replicaIds.isEmpty() ? -1 : spec.replicaIds.front();
            } else {
                for (int r = 0; r < spec.replicas; ++r)
                    partition.replicas.append(r);
                partition.leader = p % spec.replicas;
            }
            if (spec.leader >= 0)
                partition.leader = spec.leader;
            partition.isr = partition.replicas;
            if (const auto error = spec.unreadable.find(p); error != spec.unreadable.end()) {
                partition.offsetErrorCode = error->second;
            } else {
                partition.startOffset = spec.start;
                partition.endOffset =
                    spec.ends.empty() ? spec.end : spec.ends[static_cast<std::size_t>(p)];
            }
            topic.partitions.push_back(std::move(partition));
        }
        m.topics.push_back(std::move(topic));
    }
    if (m_sorted) {
        std::stable_sort(m.topics.begin(), m.topics.end(),
                         [](const TopicInfo& a, const TopicInfo& b) { return a.name < b.name; });
    }
    return m;
}

ClusterSnapshot SyntheticCluster::snapshot() const {
    return std::make_shared<const ClusterMetadata>(metadata());
}

} // namespace streamscope::test
