#pragma once

#include "browse/MessageView.h"
#include "checks/CheckReport.h"
#include "common/CancelToken.h"
#include "schema/PayloadDecoder.h"

#include <functional>
#include <memory>

namespace streamscope {

class MessageStore;

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
    // The findings over everything added so far.
    CheckReport finish();

private:
    struct State;
    std::unique_ptr<State> m_state;
};

// Progress: rows done out of total. Called now and then from the calling thread.
using CheckProgress = std::function<void(size_t done, size_t total)>;

// Checks rows of a store (every row when `rows` is empty), on the calling thread; stops early
// (report.cancelled) when cancel is set.
CheckReport checkStore(const MessageStore& store, const std::vector<size_t>& rows,
                       const CheckOptions& options, const CancelToken& cancel = {},
                       const CheckProgress& progress = {});

} // namespace streamscope
