#include "checks/EventChecks.h"

#include "browse/MessageStore.h"
#include "checks/DuplicateCheck.h"
#include "checks/FlowLatency.h"
#include "checks/MalformedCheck.h"
#include "checks/OrderCheck.h"
#include "checks/RecordFacts.h"
#include "checks/RecordRef.h"
#include "checks/VersionCheck.h"

namespace streamscope {

// One record is read once (RecordReader: one JSON parse) and its facts handed to each check;
// the duplicate check runs first, since order and latency leave copies out.
struct EventChecks::State {
    explicit State(const CheckOptions& o)
        : options(o)
        , reader(o)
        , duplicates(o.maxExamples)
        , order(o.maxExamples)
        , malformed(o.requiredHeaders, o.maxExamples)
        , latency(o.sagaWindowMs, o.maxExamples) {}

    CheckOptions options;
    RecordReader reader;
    TopicTable topics;
    DuplicateCheck duplicates;
    OrderCheck order;
    VersionCheck versions;
    MalformedCheck malformed;
    FlowLatency latency;
    qint64 records = 0;
};

EventChecks::EventChecks(CheckOptions options)
    : m_state(std::make_unique<State>(options)) {}

EventChecks::~EventChecks() = default;

void EventChecks::add(const MessageView& record) {
    add(record, nullptr);
}

void EventChecks::add(const MessageView& record, const schema::DecodedPayload* decodedValue) {
    State& s = *m_state;
    ++s.records;
    const RecordRef ref{record.offset, record.timestampMs, record.partition,
                        s.topics.indexOf(record.topicUtf8)};
    // The tables of a million ids do not fit in a cache: their slots are asked for as soon as
    // the keys are known, and used after the JSON parse and the checks that do not need them.
    Hash128 topicKey;
    if (!record.key.null) {
        topicKey = OrderCheck::keyOf(record, ref);
        s.order.prefetch(topicKey, ref.partition);
    }
    const RecordFacts& facts = s.reader.read(
        record, decodedValue, [&s](Hash128 identity) { s.duplicates.prefetch(identity); });
    s.versions.add(facts, ref);
    s.malformed.add(facts, ref);
    const bool isCopy = s.duplicates.add(facts, ref);
    s.order.add(record, topicKey, facts, ref, isCopy);
    s.latency.add(facts, ref, isCopy);
}

void EventChecks::reserve(size_t records) {
    m_state->duplicates.reserve(records);
    m_state->latency.reserve(records);
}

qint64 EventChecks::memoryBytes() const {
    const State& s = *m_state;
    return qint64(s.duplicates.memoryBytes() + s.order.memoryBytes() + s.versions.memoryBytes() +
                  s.latency.memoryBytes());
}

CheckReport EventChecks::finish() {
    State& s = *m_state;
    CheckReport report;
    report.records = s.records;
    s.duplicates.finish(s.topics, s.reader.identityLabels(), report.duplicates);
    s.order.finish(s.topics, s.reader.sequenceLabels(), report.order);
    s.versions.finish(s.topics, report.versions);
    s.malformed.finish(s.topics, report.malformed);
    s.latency.finish(report.latency, report.saga);
    return report;
}

CheckReport checkStore(const MessageStore& store, const std::vector<size_t>& rows,
                       const CheckOptions& options, const CancelToken& cancel,
                       const CheckProgress& progress) {
    EventChecks checks(options);
    const size_t total = rows.empty() ? store.size() : rows.size();
    checks.reserve(total);
    for (size_t i = 0; i < total; ++i) {
        if ((i % 4096) == 0 && cancel.isCancelled()) {
            CheckReport r = checks.finish();
            r.cancelled = true;
            return r;
        }
        checks.add(store.view(rows.empty() ? i : rows[i]));
        if (progress && (i % 65536) == 0)
            progress(i, total);
    }
    if (progress)
        progress(total, total);
    return checks.finish();
}

} // namespace streamscope
