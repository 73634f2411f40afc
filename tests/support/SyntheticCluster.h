#pragma once

#include "cluster/ClusterMetadata.h"

#include <QString>

#include <map>
#include <vector>

namespace streamscope::test {

// The one way tests build a cluster snapshot without a broker. Fluent: the calls after topic()
// shape that topic until the next topic().
//
//   const ClusterSnapshot s = SyntheticCluster()
//       .brokers(3)                                     // ids 0..2, broker 0 is the controller
//       .topic("orders", 6).replicas(3).offsets(10, 110) // leader p % 3, every replica in sync
//       .topic("payments").leader(2).endOffsets({5, 7})  // two partitions led by broker 2
//       .topic("__consumer_offsets", 50)                 // internal by its name
//       .snapshot();
//
// Defaults: cluster id "test-cluster", no brokers, one partition per topic, one replica (broker
// 0, the leader), offsets 0..0 (readable and empty), internal when the name says so, topics
// sorted by name (as the poller delivers them) unless inOrderGiven().
class SyntheticCluster {
public:
    SyntheticCluster& clusterId(const QString& id);
    // Brokers 0..count-1 at broker-N.local:9092+N; controllerId -1 for none.
    SyntheticCluster& brokers(int count, int controllerId = 0);
    SyntheticCluster& rack(int brokerId, const QString& rack);
    // One broker with a chosen id and address, after those of brokers().
    SyntheticCluster& broker(int id, const QString& host, int port, bool controller = false);
    // The wall clock (chart axes) and monotonic clock (rates) of the sample.
    SyntheticCluster& sampledAt(qint64 wallMs, qint64 monotonicMs = 0);

    // Starts a topic with partitions 0..partitions-1.
    SyntheticCluster& topic(const QString& name, int partitions = 1);
    // Replicas 0..count-1 on every partition, all in sync; leader p % count (unless leader()).
    SyntheticCluster& replicas(int count);
    // Exactly these replicas on every partition, all in sync (none: an empty list); the leader
    // is the first of them unless leader() says otherwise.
    SyntheticCluster& replicasOn(const QList<int>& brokerIds);
    // Every partition of the topic led by this broker.
    SyntheticCluster& leader(int brokerId);
    // The same start and end offset on every partition.
    SyntheticCluster& offsets(qint64 start, qint64 end);
    // Per partition end offsets (start offsets all `start`); also sets the partition count.
    SyntheticCluster& endOffsets(const std::vector<qint64>& ends, qint64 start = 0);
    // The partition's offsets could not be read (librdkafka's error code, e.g. not leader).
    SyntheticCluster& unreadable(int partition, int offsetErrorCode);
    SyntheticCluster& internal(bool internal = true);
    SyntheticCluster& cleanupPolicy(const QString& policy);

    // Topics in the order given, duplicates kept: for tests of input that breaks the promise.
    SyntheticCluster& inOrderGiven();

    ClusterMetadata metadata() const;
    ClusterSnapshot snapshot() const;

private:
    struct Topic {
        QString name;
        int partitions = 1;
        int replicas = 1;
        int leader = -1; // -1: partition % replicas
        bool explicitReplicas = false;
        QList<int> replicaIds; // when explicitReplicas
        qint64 start = 0;
        qint64 end = 0;
        std::vector<qint64> ends; // per partition, when given
        std::map<int, int> unreadable;
        int internal = -1; // -1: from the name
        QString cleanupPolicy;
    };
    Topic& current();

    QString m_clusterId = QStringLiteral("test-cluster");
    int m_brokerCount = 0;
    int m_controllerId = -1;
    std::map<int, QString> m_racks;
    std::vector<BrokerInfo> m_extraBrokers;
    qint64 m_wallMs = -1;
    qint64 m_monotonicMs = 0;
    std::vector<Topic> m_topics;
    bool m_sorted = true;
};

} // namespace streamscope::test
