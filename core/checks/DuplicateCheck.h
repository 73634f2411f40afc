#pragma once

#include "checks/CheckReport.h"
#include "checks/Hash128.h"
#include "checks/Hash128Map.h"
#include "checks/RecordFacts.h"
#include "checks/RecordRef.h"

#include <vector>

namespace streamscope {

// Duplicates: a record whose identity was already seen earlier in the range is a copy (the
// second and later ones count); a copy whose key and value are byte-identical to the first
// copy's is "same payload", any other is "different payload".
class DuplicateCheck {
public:
    explicit DuplicateCheck(int maxExamples);

    // True when the record is a later copy of an identity seen before.
    bool add(const RecordFacts& facts, const RecordRef& ref);
    // Fetches the identity's slot into the cache while the record is still being read.
    void prefetch(Hash128 identity) const { m_seen.prefetch(identity); }
    size_t memoryBytes() const { return m_seen.memoryBytes(); }
    void reserve(size_t identities) { m_seen.reserve(identities); }
    void finish(const TopicTable& topics, const QStringList& identityLabels,
                DuplicateFindings& out) const;

private:
    struct FirstCopy {
        Hash128 payload;
        RecordRef ref;
        int example = -1; // index into m_examples, -1 when not an example
    };
    struct Example {
        QString identity;
        std::vector<RecordRef> copies;
        bool samePayload = true;
    };

    int m_maxExamples;
    Hash128Map<FirstCopy> m_seen;
    std::vector<Example> m_examples;
    std::vector<qint64> m_sourceCounts;
    qint64 m_count = 0;
    qint64 m_samePayload = 0;
};

} // namespace streamscope
