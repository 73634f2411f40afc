#pragma once

#include "checks/CheckReport.h"
#include "common/CancelToken.h"

#include <cstddef>
#include <functional>
#include <vector>

namespace streamscope {

class MessageStore;

// Progress: rows done out of total. Called now and then from the calling thread.
using CheckProgress = std::function<void(size_t done, size_t total)>;

// How checkStore shares its work out. The defaults suit the app; the tests vary them to show
// that the split never changes the report.
struct CheckStoreSplit {
    int threads = 0;         // threads reading records, the calling one included; 0: one per core
    size_t batchRows = 1024; // rows per batch: a cancel or a wait costs at most one batch
    size_t batchesAhead = 8; // batches read, at most, beyond the oldest one not yet checked
};

// Checks rows of a store (every row when `rows` is empty), in that order, and returns the report
// (stops early with report.cancelled when cancel is set). Reading the records (headers, the JSON
// parse, hashes: most of the cost) is split over split.threads threads in batches; the checks
// run on the calling thread, batch after batch in row order, between its own reads. The report
// is the one EventChecks::add gives over the same rows, whatever the split.
CheckReport checkStore(const MessageStore& store, const std::vector<size_t>& rows,
                       const CheckOptions& options, const CancelToken& cancel = {},
                       const CheckProgress& progress = {}, const CheckStoreSplit& split = {});

} // namespace streamscope
