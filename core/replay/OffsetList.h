#pragma once

#include "browse/BrowseRequest.h"
#include "common/Expected.h"

#include <QString>

#include <vector>

namespace streamscope {

// One record named by where it lies.
struct PartitionOffset {
    int partition = 0;
    qint64 offset = 0;
    friend bool operator==(const PartitionOffset&, const PartitionOffset&) = default;
    friend auto operator<=>(const PartitionOffset&, const PartitionOffset&) = default;
};

// At most this many pairs in one list: the list becomes a filter (see offsetListRequest) whose
// offset sets are searched per record, and a replay of a handful of records is what it is for;
// larger selections are a range with a filter, or the browser's selection.
inline constexpr int kMaxListedOffsets = 10000;
// A file of such pairs: the most pairs with long topic prefixes ("topic/P/O") fit with room.
inline constexpr qint64 kMaxOffsetListBytes = qint64(4) << 20;

// Reads (partition, offset) pairs as people paste them: "P:O", "P,O", "P O", "(P, O)", or the
// provenance header's "topic/P/O", separated by new lines, semicolons, commas or spaces.
// Returns the pairs sorted and without repeats; an error names the first piece that is not a
// pair (with its line number), or says the list is empty or too long.
Expected<std::vector<PartitionOffset>> parseOffsetList(const QString& text);

// A range request over `topic` that yields exactly the listed records, in offset order per
// partition: only the listed partitions, each from its own lowest listed offset to its own
// highest (BrowseRequest::offsetRanges), stopping once as many records as listed were kept, with
// a filter that keeps only the listed (partition, offset) pairs. Consecutive offsets are folded
// into ranges, so a pasted block of 5,000 neighbours is one comparison.
Expected<BrowseRequest> offsetListRequest(const QString& topic,
                                          const std::vector<PartitionOffset>& pairs);

// "orders: 3 listed offsets in partitions 0, 2".
QString describeOffsetList(const QString& topic, const std::vector<PartitionOffset>& pairs);

} // namespace streamscope
