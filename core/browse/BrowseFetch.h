#pragma once

#include "browse/BrowseRequest.h"
#include "browse/MessageView.h"
#include "cluster/ConnectionProfile.h"
#include "common/CancelToken.h"
#include "common/Expected.h"
#include "kafka/KafkaRecord.h"

#include <QString>

#include <functional>
#include <vector>

namespace streamscope {

class MessageStore;

// One partition's part of a browse, as far as it got.
struct BrowsePartitionProgress {
    int partition = 0;
    qint64 startOffset = -1; // the resolved start
    qint64 nextOffset = -1;  // every offset below it was read or skipped
    qint64 endOffset = -1;   // exclusive; -1 when live
};

// How a browse ended (or how far it is, while it runs).
struct BrowseOutcome {
    enum class End {
        Running,
        Finished, // every partition reached its stop
        CountReached,
        MemoryCap,   // the store refused more: see MessageStore::capNotice()
        SinkStopped, // the sink asked to stop (e.g. a closed pipe)
        Cancelled,
        Failed, // error says why; records read before it were delivered
    };
    End end = End::Running;
    qint64 recordsRead = 0; // fetched from the broker
    qint64 recordsKept = 0; // passed the filter and reached the sink
    qint64 bytesRead = 0;   // key + value + header bytes fetched
    std::vector<BrowsePartitionProgress> partitions;
    Error error;
};

// Receives kept records in order (arrival, or timestamp order when merging). Return false to
// stop the fetch (End::SinkStopped; a store sink reports its cap as End::MemoryCap). The view is
// valid during the call only: without merging it points into librdkafka's fetch buffer (no copy
// per record before the sink), so whatever must outlive the call is copied by the sink.
using BrowseSink = std::function<bool(const MessageView&)>;

struct BrowseFetchOptions {
    // librdkafka properties for the reader on top of PartitionReader's defaults (the fetcher
    // raises the prefetch for throughput; tests and benchmarks may tune more).
    PropertyList overrides;
    int timeoutMs = 10000; // metadata and offset lookups
    // Called on the fetching thread after each batch with the outcome so far.
    std::function<void(const BrowseOutcome&)> onProgress;
};

// Reads what the request asks for on the calling thread (blocking: a worker thread or the CLI):
// metadata for the partitions, start and stop resolved to offsets, then a PartitionReader with
// no group and no commits in batches; the request's filter runs before the sink. Cancel is
// honoured within 100 ms.
BrowseOutcome runBrowse(const ConnectionProfile& profile, const BrowseRequest& request,
                        const BrowseSink& sink, const CancelToken& cancel,
                        const BrowseFetchOptions& options = {});

// A sink that appends to a store (false at its cap).
BrowseSink storeSink(MessageStore& store);

} // namespace streamscope
