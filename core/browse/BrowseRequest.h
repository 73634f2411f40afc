#pragma once

#include "browse/MessageView.h"
#include "common/Expected.h"

#include <QString>

#include <functional>
#include <map>
#include <memory>
#include <vector>

namespace streamscope {

class CompiledFilter;

// Where a browse starts, per partition.
struct BrowseStart {
    enum class Mode {
        Beginning, // the log start
        FromEnd,   // `count` records before the log end (end minus N, per partition)
        Offset,    // `value` is an offset; below the log start means the log start
        Timestamp, // `value` is ms since the epoch: the first record stamped at or after it
    };
    BrowseStart() = default;
    BrowseStart(Mode m, qint64 v = 0)
        : mode(m)
        , value(v) {}
    Mode mode = Mode::Beginning;
    qint64 value = 0;
    // Offset mode, offset:P=N,…: a start offset per partition instead of `value`. Only these
    // partitions are read unless the request names others, which start at their log start.
    std::map<int, qint64> partitionOffsets;
};

// Where a browse stops. Bounded modes are turned into an exclusive end offset per partition when
// the fetch starts (the log end at that moment, or offsets-for-times), so a topic that keeps
// growing still ends; Live never ends and follows what is appended at full rate.
struct BrowseStop {
    enum class Mode {
        End,       // the log end as it was when the fetch started
        Count,     // after `value` records kept (matches, with a filter), over all partitions
        Timestamp, // before the first record stamped at or after `value` ms (offsets-for-times)
        Live,      // never: tail the partitions until cancelled
        Offset,    // before offset `value` (exclusive), or per partition: partitionOffsets
    };
    BrowseStop() = default;
    BrowseStop(Mode m, qint64 v = 0)
        : mode(m)
        , value(v) {}
    Mode mode = Mode::End;
    qint64 value = 0;
    // Offset mode, offset:P=N,…: an end offset (exclusive) per partition; partitions not named
    // stop at their log end.
    std::map<int, qint64> partitionOffsets;
};

// One partition read between two offsets, both included (clamped to the log).
struct PartitionOffsetRange {
    int partition = 0;
    qint64 first = 0;
    qint64 last = 0;
    friend bool operator==(const PartitionOffsetRange&, const PartitionOffsetRange&) = default;
};

// What to read: one topic, all or some partitions, a start and a stop, optionally a filter that
// runs during the fetch so only matches are kept (a scan of a huge topic stays bounded).
struct BrowseRequest {
    QString topic;
    std::vector<int> partitions; // empty: every partition of the topic
    BrowseStart start;
    BrowseStop stop;
    // Instead of partitions and start: exactly these partitions, each from its own first offset
    // up to its own last (records named by offset, e.g. a pasted list). The stop still applies
    // (it may end a partition earlier, or stop after a count).
    std::vector<PartitionOffsetRange> offsetRanges;
    // Hand records out in timestamp order across partitions (a k-way merge: a record waits until
    // every other unfinished partition has one to compare with or is at its log end). Off:
    // arrival order, per partition in offset order.
    bool mergeByTimestamp = false;
    std::shared_ptr<const CompiledFilter> filter; // null: keep every record
    // What the filter reads instead of the record's own key and value, e.g. Schema Registry
    // payloads decoded to JSON (so value.amount works on Avro). Called on the fetch thread right
    // before the filter; the view it returns may point into storage it owns until its next call.
    std::function<MessageView(const MessageView& raw)> filterInput;
};

// The command-line spellings, shared by the CLI and the GUI's start/stop boxes:
//   start: beginning | end | -N | offset:N | offset:P=N,P=N… | time:ISO-8601   (end means "from
//          the log end": only new records, useful with a live stop; P=N is a start per partition)
//   stop:  end | count:N | time:ISO-8601 | live | offset:N | offset:P=N,P=N…   (offset: stop
//          before that offset, exclusive; per partition with P=N)
// Errors name what was expected.
Expected<BrowseStart> parseBrowseStart(const QString& text);
Expected<BrowseStop> parseBrowseStop(const QString& text);
// ISO-8601 date-time (2026-12-02T10:00:00Z, with optional fraction and offset; no zone means
// UTC) or a date (2026-12-02, midnight UTC) to ms since the epoch. Shared with the filter.
Expected<qint64> parseIsoTime(const QString& text);

} // namespace streamscope
