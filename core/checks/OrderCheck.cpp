#include "checks/OrderCheck.h"

#include <algorithm>
#include <numeric>

namespace streamscope {

OrderCheck::OrderCheck(int maxExamples)
    : m_maxExamples(maxExamples) {}

void OrderCheck::add(Hash128 topicKey, const RecordFacts& facts, const RecordRef& ref,
                     bool isCopy) {
    if (facts.key.null)
        return;

    // Keys on several partitions: every record counts, copies too (the key was seen there).
    const auto [where, newKey] = m_partitions.findOrInsert(topicKey);
    if (newKey) {
        *where = KeyPartitions{ref.partition, ref, -1};
    } else if (where->firstPartition != ref.partition) {
        if (where->example == -1) {
            ++m_keysOnSeveral;
            where->example = -2; // counted, not an example
            if (int(m_keyExamples.size()) < m_maxExamples) {
                where->example = int(m_keyExamples.size());
                m_keyExamples.push_back(KeyExample{facts.key.view().toByteArray(),
                                                   {where->firstPartition, ref.partition},
                                                   {where->firstRef, ref}});
            }
        } else if (where->example >= 0) {
            KeyExample& example = m_keyExamples[size_t(where->example)];
            if (std::find(example.partitions.begin(), example.partitions.end(), ref.partition) ==
                example.partitions.end()) {
                example.partitions.push_back(ref.partition);
                example.first.push_back(ref);
            }
        }
    }

    if (isCopy || !facts.hasSequence)
        return;
    if (size_t(facts.sequenceSource) >= m_sourceCounts.size())
        m_sourceCounts.resize(size_t(facts.sequenceSource) + 1);
    ++m_sourceCounts[size_t(facts.sequenceSource)];
    const Hash128 partitionKey = mixTag(topicKey, std::uint64_t(ref.partition));
    const auto [it, newPartitionKey] = m_highest.findOrInsert(partitionKey);
    if (newPartitionKey) {
        *it = Highest{facts.sequence, ref, facts.sequenceSource};
        return;
    }
    if (it->source != facts.sequenceSource)
        return;
    if (facts.sequence < it->sequence) {
        ++m_count;
        if (int(m_violations.size()) < m_maxExamples)
            m_violations.push_back(Violation{facts.key.view().toByteArray(), it->ref, ref,
                                             it->sequence, facts.sequence});
    } else {
        it->sequence = facts.sequence;
        it->ref = ref;
    }
}

void OrderCheck::finish(const TopicTable& topics, const QStringList& sequenceLabels,
                        OrderFindings& out) const {
    out.count = m_count;
    out.keysOnSeveralPartitions = m_keysOnSeveral;
    const auto most = std::max_element(m_sourceCounts.begin(), m_sourceCounts.end());
    if (most != m_sourceCounts.end() && *most > 0)
        out.sequenceSource = sequenceLabels.value(int(most - m_sourceCounts.begin()));
    out.examples.clear();
    for (const Violation& v : m_violations)
        out.examples.push_back(OrderViolation{v.key, topics.resolve(v.earlier),
                                              topics.resolve(v.later), v.earlierSequence,
                                              v.laterSequence});
    out.keyExamples.clear();
    for (const KeyExample& example : m_keyExamples) {
        std::vector<size_t> order(example.partitions.size());
        std::iota(order.begin(), order.end(), size_t(0));
        std::sort(order.begin(), order.end(), [&](size_t a, size_t b) {
            return example.partitions[a] < example.partitions[b];
        });
        KeyOnSeveralPartitions finding;
        finding.key = example.key;
        for (size_t i : order) {
            finding.partitions.push_back(example.partitions[i]);
            finding.firstSeen.push_back(topics.resolve(example.first[i]));
        }
        out.keyExamples.push_back(std::move(finding));
    }
}

} // namespace streamscope
