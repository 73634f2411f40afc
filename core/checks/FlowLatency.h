#pragma once

#include "checks/CheckReport.h"
#include "checks/Hash128.h"
#include "checks/RecordFacts.h"
#include "checks/RecordRef.h"

#include <QHash>

#include <vector>

namespace streamscope {

// Flow latency over W3C traces. Records sharing a traceparent trace id form a trace (copies of an
// already-seen identity left out). A record's cause is the record of its trace whose ce_id its
// ce_causationid header names; without that header, the record just before it in the trace
// (timestamp order, ties in arrival order). The step's delay is the follow-up's timestamp minus
// the cause's, per pair of event types. A saga is a trace of two or more records, its time first
// to last. Terminal types are types never seen as a cause; a trace is complete when its last
// record has a terminal type within sagaWindowMs of its first, pending when the range ends
// before that window does, incomplete otherwise.
class FlowLatency {
public:
    explicit FlowLatency(qint64 sagaWindowMs, int maxExamples);

    void add(const RecordFacts& facts, const RecordRef& ref, bool isCopy);
    void finish(std::vector<LatencyStep>& steps, SagaFindings& saga) const;

private:
    struct Entry {
        Hash128 trace;
        std::uint64_t identity = 0;  // low half of the identity hash
        std::uint64_t causation = 0; // low half of the cause's identity hash, 0 when none
        qint64 timestampMs = 0;
        int type = 0;
        quint32 arrival = 0;
    };
    int typeIndex(std::string_view type);

    qint64 m_windowMs;
    int m_maxExamples;
    std::vector<Entry> m_entries;
    QHash<Hash128, int> m_typeIndex;
    std::vector<QString> m_typeNames;
    qint64 m_lastTimestampMs = -1;
};

} // namespace streamscope
