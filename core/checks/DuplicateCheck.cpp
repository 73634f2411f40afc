#include "checks/DuplicateCheck.h"

#include <algorithm>

namespace streamscope {

DuplicateCheck::DuplicateCheck(int maxExamples)
    : m_maxExamples(maxExamples) {}

bool DuplicateCheck::add(const RecordFacts& facts, const RecordRef& ref) {
    if (size_t(facts.identitySource) >= m_sourceCounts.size())
        m_sourceCounts.resize(size_t(facts.identitySource) + 1);
    ++m_sourceCounts[size_t(facts.identitySource)];

    const auto [it, isNew] = m_seen.findOrInsert(facts.identity);
    if (isNew) {
        *it = FirstCopy{facts.payload, ref, -1};
        return false;
    }
    ++m_count;
    const bool same = it->payload == facts.payload;
    if (same)
        ++m_samePayload;
    if (it->example < 0 && int(m_examples.size()) < m_maxExamples) {
        it->example = int(m_examples.size());
        Example example;
        example.identity =
            facts.identityText.empty()
                ? QStringLiteral("digest:") +
                      QString::number(facts.identity.hi, 16).rightJustified(16, u'0') +
                      QString::number(facts.identity.lo, 16).rightJustified(16, u'0')
                : QString::fromUtf8(facts.identityText.data(),
                                    qsizetype(facts.identityText.size()));
        example.copies.push_back(it->ref);
        m_examples.push_back(std::move(example));
    }
    if (it->example >= 0) {
        Example& example = m_examples[size_t(it->example)];
        example.copies.push_back(ref);
        example.samePayload = example.samePayload && same;
    }
    return true;
}

void DuplicateCheck::finish(const TopicTable& topics, const QStringList& identityLabels,
                            DuplicateFindings& out) const {
    out.count = m_count;
    out.samePayload = m_samePayload;
    out.differentPayload = m_count - m_samePayload;
    const auto most = std::max_element(m_sourceCounts.begin(), m_sourceCounts.end());
    if (most != m_sourceCounts.end() && *most > 0)
        out.identitySource = identityLabels.value(int(most - m_sourceCounts.begin()));
    out.examples.clear();
    for (const Example& example : m_examples) {
        DuplicateExample finding;
        finding.identity = example.identity;
        finding.samePayload = example.samePayload;
        for (const RecordRef& ref : example.copies)
            finding.copies.push_back(topics.resolve(ref));
        finding.firstToLastMs =
            example.copies.back().timestampMs - example.copies.front().timestampMs;
        out.examples.push_back(std::move(finding));
    }
}

} // namespace streamscope
