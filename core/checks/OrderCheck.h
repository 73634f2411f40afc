#pragma once

#include "browse/MessageView.h"
#include "checks/CheckReport.h"
#include "checks/Hash128.h"
#include "checks/RecordFacts.h"
#include "checks/RecordRef.h"

#include <QHash>

#include <vector>

namespace streamscope {

// Order per key: in offset order within one topic, partition and key, a record (copies of an
// already-seen identity left out) whose sequence is lower than the highest seen before it is a
// violation. Keys (per topic) found on more than one partition are counted apart: across
// partitions no order holds. Records without a key have no order to check.
class OrderCheck {
public:
    explicit OrderCheck(int maxExamples);

    void add(const MessageView& record, const RecordFacts& facts, const RecordRef& ref,
             bool isCopy);
    void finish(const TopicTable& topics, const QStringList& sequenceLabels,
                OrderFindings& out) const;

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
    QHash<Hash128, Highest> m_highest;          // by topic, partition, key
    QHash<Hash128, KeyPartitions> m_partitions; // by topic, key
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
