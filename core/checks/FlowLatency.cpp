#include "checks/FlowLatency.h"

#include "checks/Percentiles.h"

#include <QMap>

#include <algorithm>
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

int FlowLatency::typeIndex(std::string_view type) {
    const QByteArrayView bytes(type.data(), qsizetype(type.size()));
    const Hash128 id = hash128(bytes);
    auto it = m_typeIndex.constFind(id);
    if (it == m_typeIndex.cend()) {
        it = m_typeIndex.insert(id, int(m_typeNames.size()));
        m_typeNames.push_back(QString::fromUtf8(bytes));
    }
    return *it;
}

void FlowLatency::add(const RecordFacts& facts, const RecordRef& ref, bool isCopy) {
    m_lastTimestampMs = std::max(m_lastTimestampMs, ref.timestampMs);
    if (!facts.hasTrace || isCopy)
        return;
    m_entries.push_back(Entry{facts.traceId, facts.identity.lo, facts.causation.lo, ref.timestampMs,
                              typeIndex(facts.type), quint32(m_entries.size())});
}

void FlowLatency::finish(std::vector<LatencyStep>& steps, SagaFindings& saga) const {
    std::vector<const Entry*> order;
    order.reserve(m_entries.size());
    for (const Entry& e : m_entries)
        order.push_back(&e);
    std::sort(order.begin(), order.end(), [](const Entry* a, const Entry* b) {
        return std::tie(a->trace.hi, a->trace.lo, a->timestampMs, a->arrival) <
               std::tie(b->trace.hi, b->trace.lo, b->timestampMs, b->arrival);
    });

    QMap<std::pair<int, int>, std::vector<double>> delays;
    std::vector<bool> isCause(m_typeNames.size(), false);
    struct Trace {
        size_t begin, end;
    };
    std::vector<Trace> traces;
    QHash<std::uint64_t, const Entry*> byIdentity;
    for (size_t begin = 0; begin < order.size();) {
        size_t end = begin + 1;
        while (end < order.size() && order[end]->trace == order[begin]->trace)
            ++end;
        traces.push_back(Trace{begin, end});
        byIdentity.clear();
        if (end - begin > 1)
            for (size_t i = begin; i < end; ++i)
                byIdentity.insert(order[i]->identity, order[i]);
        for (size_t i = begin; i < end; ++i) {
            const Entry* e = order[i];
            const Entry* cause = nullptr;
            if (e->causation != 0) {
                cause = byIdentity.value(e->causation, nullptr);
            } else if (i > begin) {
                cause = order[i - 1];
            }
            if (!cause || cause == e)
                continue;
            delays[{cause->type, e->type}].push_back(double(e->timestampMs - cause->timestampMs));
            isCause[size_t(cause->type)] = true;
        }
        begin = end;
    }

    steps.clear();
    for (auto it = delays.begin(); it != delays.end(); ++it) {
        LatencyStep step;
        step.fromType = m_typeNames[size_t(it.key().first)];
        step.toType = m_typeNames[size_t(it.key().second)];
        step.samplesMs = std::move(it.value());
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
        const Entry* first = order[t.begin];
        const Entry* last = order[t.end - 1];
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
                    QString::number(first->trace.hi, 16).rightJustified(16, u'0') +
                    QString::number(first->trace.lo, 16).rightJustified(16, u'0'));
        }
    }
    saga.sagas = qint64(durations.size());
    fillPercentiles(durations, saga.p50Ms, saga.p95Ms, saga.p99Ms, saga.maxMs);
}

} // namespace streamscope
