#pragma once

#include "checks/CheckReport.h"
#include "checks/Hash128.h"
#include "checks/Hash128Map.h"
#include "checks/RecordFacts.h"
#include "checks/RecordRef.h"

#include <vector>

namespace streamscope {

// Order per key: in offset order within one topic, partition and key, a record (copies of an
// already-seen identity left out) whose sequence is lower than the highest seen before it is a
// violation. Keys (per topic) found on more than one partition are counted apart: across
// partitions no order holds. Records without a key have no order to check.
class OrderCheck {
public:
    explicit OrderCheck(int maxExamples);

    // The hash a record's key is kept under (per topic); only for records with a key.
    static Hash128 keyOf(const RecordFacts& facts, const RecordRef& ref) {
        return mixTag(facts.keyHash, std::uint64_t(ref.topic));
    }
    // Fetches the key's slots into the cache while the record is still being read.
    void prefetch(Hash128 topicKey, int partition) const {
        m_partitions.prefetch(topicKey);
        m_highest.prefetch(mixTag(topicKey, std::uint64_t(partition)));
    }
    // topicKey: keyOf(facts, ref), ignored for a record without a key.
    void add(Hash128 topicKey, const RecordFacts& facts, const RecordRef& ref, bool isCopy);
    void finish(const TopicTable& topics, const QStringList& sequenceLabels,
                OrderFindings& out) const;
    size_t memoryBytes() const { return m_highest.memoryBytes() + m_partitions.memoryBytes(); }

private:
    struct Highest {
        qint64 sequence = 0;
        RecordRef ref;
        int source = 0; // a key's records are compared only in one sequence source
    };
    struct KeyPartitions {
        int firstPartition = -1;
        RecordRef firstRef;
        int example = -1; // index into m_keyExamples once on several partitions
    };

    int m_maxExamples;
    Hash128Map<Highest> m_highest;          // by topic, partition, key
    Hash128Map<KeyPartitions> m_partitions; // by topic, key
    struct Violation {
        QByteArray key;
        RecordRef earlier, later;
        qint64 earlierSequence = 0, laterSequence = 0;
    };
    struct KeyExample {
        QByteArray key;
        std::vector<int> partitions;  // in the order first seen
        std::vector<RecordRef> first; // parallel to partitions
    };
    std::vector<Violation> m_violations;
    std::vector<KeyExample> m_keyExamples;
    std::vector<qint64> m_sourceCounts;
    qint64 m_count = 0;
    qint64 m_keysOnSeveral = 0;
};

} // namespace streamscope
