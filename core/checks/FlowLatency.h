#pragma once

#include "checks/CheckReport.h"
#include "checks/Hash128.h"
#include "checks/Hash128Map.h"
#include "checks/HugePages.h"
#include "checks/RecordFacts.h"
#include "checks/RecordRef.h"

#include <vector>

namespace streamscope {

// Flow latency over W3C traces. Records sharing a traceparent trace id form a trace (copies of an
// already-seen identity left out). A record's cause is the record of its trace whose ce_id header
// its ce_causationid header names (the ce_id header, also when --id picks another identity);
// without that header, the record just before it in the trace (timestamp order, ties in arrival
// order). The step's delay is the follow-up's timestamp minus the cause's, per pair of event types.
// A saga is a trace of two or more records, its time first to last. Terminal types are types never
// seen as a cause; a trace is complete when its last record has a terminal type within sagaWindowMs
// of its first, pending when the range ends before that window does, incomplete otherwise.
class FlowLatency {
public:
    explicit FlowLatency(qint64 sagaWindowMs, int maxExamples);

    void add(const RecordFacts& facts, const RecordRef& ref, bool isCopy);
    // Sorts what was added (in place: more records may be added and finish called again).
    void finish(std::vector<LatencyStep>& steps, SagaFindings& saga);
    void reserve(size_t records) { m_entries.reserve(records); }
    size_t memoryBytes() const {
        return m_entries.capacity() * sizeof(Entry) + m_typeIndex.memoryBytes();
    }

private:
    struct Entry {
        TraceId trace;
        std::uint64_t ceId = 0;      // low half of the hash of its ce_id header, 0 when none
        std::uint64_t causation = 0; // low half of the hash of its ce_causationid, 0 when none
        qint64 timestampMs = 0;
        int type = 0;
        quint32 arrival = 0;
    };
    int typeIndex(const RecordFacts& facts);
    // The entry of [begin, end) whose ce_id is `ceId` (the last one in trace order when
    // several), nullptr when none.
    const Entry* causeIn(size_t begin, size_t end, std::uint64_t ceId);

    qint64 m_windowMs;
    int m_maxExamples;
    std::vector<Entry, HugePageAllocator<Entry>> m_entries; // 48 MB for a million: 2 MB pages
    Hash128Map<int> m_typeIndex; // by RecordFacts::typeHash, + 1 (0: not yet named)
    std::vector<QString> m_typeNames;
    std::vector<std::pair<std::uint64_t, size_t>> m_byCeId; // scratch of causeIn for long traces
    qint64 m_lastTimestampMs = -1;
};

} // namespace streamscope
