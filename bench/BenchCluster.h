#pragma once

#include "kafka/KafkaClient.h"

#include <QString>
#include <QStringList>
#include <QTextStream>

namespace streamscope::bench {

// The bench's topics on the local broker: bench-tput-000 .. bench-tput-NNN, each with the same
// partition count and a few records in every partition. Idempotent: existing topics are reused.
class BenchCluster {
public:
    BenchCluster(KafkaClient& admin, int topics, int partitions);

    static QString topicName(int index);
    QStringList topicNames() const;
    int partitionCount() const { return m_topics * m_partitions; }

    // Creates the missing topics (CreateTopics in batches) and waits until all are in metadata
    // with every partition led. Prints progress to stderr.
    bool ensureTopics(QString* error);
    // Writes `records` records into every partition that is still empty.
    bool fillPartitions(int records, QString* error);
    // Deletes every bench topic (DeleteTopics in batches) and waits until they are gone.
    bool deleteTopics(QString* error);

private:
    bool createBatch(const QStringList& names, QString* error);

    KafkaClient& m_admin;
    QTextStream m_log{stderr};
    int m_topics;
    int m_partitions;
};

} // namespace streamscope::bench
