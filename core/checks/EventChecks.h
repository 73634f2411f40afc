#pragma once

#include "browse/MessageView.h"
#include "checks/CheckReport.h"
#include "schema/PayloadDecoder.h"

#include <memory>

namespace streamscope {

struct RecordFacts;

// Runs every check in one pass over records fed in offset order per partition (any interleaving
// of partitions and topics). Not thread-safe: one instance per run, on a worker thread.
class EventChecks {
public:
    explicit EventChecks(CheckOptions options);
    ~EventChecks();
    EventChecks(const EventChecks&) = delete;
    EventChecks& operator=(const EventChecks&) = delete;

    // Room for this many records up front (a store's size), so the tables never grow mid-run.
    void reserve(size_t records);
    void add(const MessageView& record);
    // What the checks hold so far (their tables and trace entries; the records themselves are
    // never kept): about 100 bytes per distinct event.
    qint64 memoryBytes() const;
    // A record read through a Schema Registry: `record` holds the decoded JSON in place of
    // framed bytes (RecordDecoding::filterView), `decodedValue` what the registry made of the
    // value (schema id, version, failure). Versions are then counted per schema.
    void add(const MessageView& record, const schema::DecodedPayload* decodedValue);
    // A record whose facts a RecordReader with the same options read already (on another
    // thread: checkStore's readers), in the same order add() wants. The facts' views must still
    // be valid (FactsBatch keeps them so).
    void addFacts(const RecordFacts& facts);
    // Asks for the table slots of a record that comes soon, so they are in the cache by then.
    void prefetch(const RecordFacts& facts) const;
    // The findings over everything added so far.
    CheckReport finish();

private:
    struct State;
    std::unique_ptr<State> m_state;
};

} // namespace streamscope
