#pragma once

#include "cluster/ClusterMetadata.h"
#include "cluster/ConnectionProfile.h"
#include "common/Expected.h"
#include "graph/RecordSample.h"
#include "throughput/ThroughputTypes.h"

#include <QHash>
#include <QSet>

#include <atomic>
#include <memory>
#include <vector>

namespace streamscope {

class PartitionReader;

// Where the newest records of a topic are: the log start and end of each partition.
struct TopicEnds {
    struct Partition {
        int partition = 0;
        qint64 start = kUnknownOffset;
        qint64 end = kUnknownOffset;
    };
    QString topic;
    std::vector<Partition> partitions;
};

// Non-internal topics with their offsets, from a polling snapshot or from the tracker's rates.
std::vector<TopicEnds> topicEndsOf(const ClusterMetadata& cluster);
std::vector<TopicEnds> topicEndsOf(const ThroughputSnapshot& rates);

// Reads the newest records of topics for the graph: their time stamps and headers only. Reads
// through a PartitionReader (assign only: no group, no commits, nothing visible to others),
// several topics per assignment, each partition from end - a fair share of perTopic, and keeps
// the newest perTopic records of the topic by time stamp. A topic whose end offsets did not
// move since its last read is not read again: its previous sample is returned. Blocking; one
// thread at a time, created and destroyed on it.
class TopicRecordSampler {
public:
    static Expected<std::unique_ptr<TopicRecordSampler>> create(const ConnectionProfile& profile);
    ~TopicRecordSampler();
    TopicRecordSampler(const TopicRecordSampler&) = delete;
    TopicRecordSampler& operator=(const TopicRecordSampler&) = delete;

    // Returns one sample per topic with records (topics without any are left out). Stops early
    // when cancel is set or timeoutMs passed; topics not reached by then keep their previous
    // sample, or carry an error.
    std::vector<TopicRecordSample> sample(const std::vector<TopicEnds>& topics, int perTopic,
                                          int timeoutMs, const std::atomic_bool* cancel = nullptr);

private:
    struct Cached {
        std::vector<qint64> ends;
        TopicRecordSample sample;
    };
    explicit TopicRecordSampler(std::unique_ptr<PartitionReader> reader);
    void readBatch(const std::vector<const TopicEnds*>& batch, int perTopic, qint64 deadlineMs,
                   const std::atomic_bool* cancel);

    std::unique_ptr<PartitionReader> m_reader;
    QHash<QString, Cached> m_cache;
};

} // namespace streamscope
