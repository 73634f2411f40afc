#include "checks/FlowLatency.h"

#include "checks/Percentiles.h"

#include <QHash>

#include <algorithm>
#include <limits>
#include <tuple>

namespace streamscope {

namespace {

void fillPercentiles(std::vector<double>& samples, double& p50, double& p95, double& p99,
                     double& max) {
    std::sort(samples.begin(), samples.end());
    p50 = nearestRank(samples, 50);
    p95 = nearestRank(samples, 95);
    p99 = nearestRank(samples, 99);
    max = samples.empty() ? 0 : samples.back();
}

} // namespace

FlowLatency::FlowLatency(qint64 sagaWindowMs, int maxExamples)
    : m_windowMs(sagaWindowMs)
    , m_maxExamples(maxExamples) {}

int FlowLatency::typeIndex(const RecordFacts& facts) {
    const auto [index, isNew] = m_typeIndex.findOrInsert(facts.typeHash);
    if (isNew) {
        *index = int(m_typeNames.size());
        m_typeNames.push_back(QString::fromUtf8(facts.type.data(), qsizetype(facts.type.size())));
    }
    return *index;
}

void FlowLatency::add(const RecordFacts& facts, const RecordRef& ref, bool isCopy) {
    m_lastTimestampMs = std::max(m_lastTimestampMs, ref.timestampMs);
    if (!facts.hasTrace || isCopy)
        return;
    m_entries.push_back(Entry{facts.traceId, facts.ceId.lo, facts.causation.lo, ref.timestampMs,
                              typeIndex(facts), quint32(m_entries.size())});
}

const FlowLatency::Entry* FlowLatency::causeIn(size_t begin, size_t end, std::uint64_t ceId) {
    // Sagas are a handful of steps: a look back over the trace beats building an index.
    constexpr size_t kScanLimit = 32;
    if (end - begin <= kScanLimit) {
        for (size_t i = end; i > begin; --i)
            if (m_entries[i - 1].ceId == ceId)
                return &m_entries[i - 1];
        return nullptr;
    }
    if (m_byCeId.empty() || m_byCeId.front().second < begin || m_byCeId.front().second >= end) {
        m_byCeId.clear();
        for (size_t i = begin; i < end; ++i)
            m_byCeId.emplace_back(m_entries[i].ceId, i);
        std::sort(m_byCeId.begin(), m_byCeId.end());
    }
    const auto after = std::upper_bound(m_byCeId.begin(), m_byCeId.end(),
                                        std::pair(ceId, std::numeric_limits<size_t>::max()));
    if (after == m_byCeId.begin() || std::prev(after)->first != ceId)
        return nullptr;
    return &m_entries[std::prev(after)->second];
}

void FlowLatency::finish(std::vector<LatencyStep>& steps, SagaFindings& saga) {
    // In place and by value: sorting a million 48-byte entries beats chasing pointers to them.
    std::sort(m_entries.begin(), m_entries.end(), [](const Entry& a, const Entry& b) {
        return std::tie(a.trace, a.timestampMs, a.arrival) <
               std::tie(b.trace, b.timestampMs, b.arrival);
    });

    // Delays per (cause type, follow-up type); the last pair looked up is remembered, since
    // the steps of a saga repeat in the same order.
    std::vector<std::vector<double>> delays;
    std::vector<std::pair<int, int>> delayPairs;
    QHash<std::uint64_t, size_t> delayIndex;
    std::uint64_t lastPair = ~std::uint64_t(0);
    size_t lastIndex = 0;
    auto delaysOf = [&](int from, int to) -> std::vector<double>& {
        const std::uint64_t pair = (std::uint64_t(std::uint32_t(from)) << 32) | std::uint32_t(to);
        if (pair != lastPair) {
            auto it = delayIndex.constFind(pair);
            if (it == delayIndex.cend()) {
                it = delayIndex.insert(pair, delays.size());
                delays.emplace_back();
                delayPairs.emplace_back(from, to);
            }
            lastPair = pair;
            lastIndex = *it;
        }
        return delays[lastIndex];
    };

    std::vector<bool> isCause(m_typeNames.size(), false);
    struct Trace {
        size_t begin, end;
    };
    std::vector<Trace> traces;
    m_byCeId.clear();
    for (size_t begin = 0; begin < m_entries.size();) {
        size_t end = begin + 1;
        while (end < m_entries.size() && m_entries[end].trace == m_entries[begin].trace)
            ++end;
        traces.push_back(Trace{begin, end});
        for (size_t i = begin; i < end; ++i) {
            const Entry* e = &m_entries[i];
            const Entry* cause = nullptr;
            if (e->causation != 0) {
                if (end - begin > 1)
                    cause = causeIn(begin, end, e->causation);
            } else if (i > begin) {
                cause = &m_entries[i - 1];
            }
            if (!cause || cause == e)
                continue;
            delaysOf(cause->type, e->type).push_back(double(e->timestampMs - cause->timestampMs));
            isCause[size_t(cause->type)] = true;
        }
        begin = end;
    }
    m_byCeId.clear();

    steps.clear();
    for (size_t d = 0; d < delays.size(); ++d) {
        LatencyStep step;
        step.fromType = m_typeNames[size_t(delayPairs[d].first)];
        step.toType = m_typeNames[size_t(delayPairs[d].second)];
        step.samplesMs = std::move(delays[d]);
        step.count = qint64(step.samplesMs.size());
        fillPercentiles(step.samplesMs, step.p50Ms, step.p95Ms, step.p99Ms, step.maxMs);
        steps.push_back(std::move(step));
    }
    std::sort(steps.begin(), steps.end(), [](const LatencyStep& a, const LatencyStep& b) {
        return std::tie(a.fromType, a.toType) < std::tie(b.fromType, b.toType);
    });

    saga = SagaFindings{};
    saga.traces = qint64(traces.size());
    std::vector<double> durations;
    for (const Trace& t : traces) {
        const Entry* first = &m_entries[t.begin];
        const Entry* last = &m_entries[t.end - 1];
        const qint64 duration = last->timestampMs - first->timestampMs;
        if (!isCause[size_t(last->type)] && duration <= m_windowMs) {
            ++saga.completed;
            if (t.end - t.begin >= 2)
                durations.push_back(double(duration));
        } else if (first->timestampMs + m_windowMs > m_lastTimestampMs) {
            ++saga.pending;
        } else {
            ++saga.incomplete;
            if (int(saga.incompleteExamples.size()) < m_maxExamples)
                saga.incompleteExamples.push_back(
                    QString::number(first->trace.high, 16).rightJustified(16, u'0') +
                    QString::number(first->trace.low, 16).rightJustified(16, u'0'));
        }
    }
    saga.sagas = qint64(durations.size());
    fillPercentiles(durations, saga.p50Ms, saga.p95Ms, saga.p99Ms, saga.maxMs);
}

} // namespace streamscope
