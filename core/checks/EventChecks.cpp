#include "checks/EventChecks.h"

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

    RecordRef refOf(const RecordFacts& facts) {
        return RecordRef{facts.offset, facts.timestampMs, facts.partition,
                         topics.indexOf(facts.topicUtf8)};
    }
    // The slots the record's identity and key will need, asked for ahead of their use.
    void prefetch(const RecordFacts& facts, const RecordRef& ref) const {
        duplicates.prefetch(facts.identity);
        if (!facts.key.null && ref.topic >= 0)
            order.prefetch(OrderCheck::keyOf(facts, ref), ref.partition);
    }
    void check(const RecordFacts& facts, const RecordRef& ref) {
        ++records;
        versions.add(facts, ref);
        malformed.add(facts, ref);
        const bool isCopy = duplicates.add(facts, ref);
        order.add(facts.key.null ? Hash128{} : OrderCheck::keyOf(facts, ref), facts, ref, isCopy);
        latency.add(facts, ref, isCopy);
    }
};

EventChecks::EventChecks(CheckOptions options)
    : m_state(std::make_unique<State>(options)) {}

EventChecks::~EventChecks() = default;

void EventChecks::add(const MessageView& record) {
    add(record, nullptr);
}

void EventChecks::add(const MessageView& record, const schema::DecodedPayload* decodedValue) {
    State& s = *m_state;
    RecordRef ref;
    // The tables of a million ids do not fit in a cache: their slots are asked for as soon as
    // the keys are known (before the JSON parse when the identity is a header), and used after
    // the parse and the checks that do not need them.
    const RecordFacts& facts =
        s.reader.read(record, decodedValue, [&s, &ref](const RecordFacts& known) {
            ref = s.refOf(known);
            s.prefetch(known, ref);
        });
    s.check(facts, ref);
}

void EventChecks::addFacts(const RecordFacts& facts) {
    State& s = *m_state;
    s.check(facts, s.refOf(facts));
}

void EventChecks::prefetch(const RecordFacts& facts) const {
    const State& s = *m_state;
    // A record to come is most likely of the topic of the last one; any other topic's index is
    // not looked up for a mere hint (the key's slots are then not asked for).
    const RecordRef ref{facts.offset, facts.timestampMs, facts.partition,
                        s.topics.lastIndexIf(facts.topicUtf8)};
    s.prefetch(facts, ref);
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

} // namespace streamscope
