#pragma once

#include "cluster/ConnectionProfile.h"
#include "common/Expected.h"

#include <QString>

#include <memory>

namespace streamscope {

class PartitionReader;

// What reading one range of offsets of one partition showed.
struct RecordProbeResult {
    qint64 fromOffset = 0;
    qint64 toOffset = 0;       // exclusive
    int records = 0;           // data records read in [from, to)
    qint64 payloadBytes = 0;   // key + value + header names and values of those records
    qint64 skippedOffsets = 0; // offsets in [from, to) without a data record

    // Payload bytes per record: before compression, without Kafka's batch and record framing.
    double meanRecordBytes() const {
        return records > 0 ? static_cast<double>(payloadBytes) / records : -1;
    }
    // True when all of [from, to) was accounted for (every offset was a record or a known gap).
    bool complete = false;
};

// Reads a few records at known offsets to learn what offsets alone cannot tell: how big records
// are, and whether offsets are skipped. In a non-compacted topic read with read_uncommitted, a
// skipped offset is a transaction marker (librdkafka never hands control records to the app).
// Reads through a PartitionReader (no group, no commits, nothing visible to others). Blocking;
// one thread at a time.
class RecordProbe {
public:
    static Expected<std::unique_ptr<RecordProbe>> create(const ConnectionProfile& profile);
    ~RecordProbe();
    RecordProbe(const RecordProbe&) = delete;
    RecordProbe& operator=(const RecordProbe&) = delete;

    // Reads [fromOffset, toOffset) of one partition; returns early at timeoutMs with what it had
    // (complete = false).
    Expected<RecordProbeResult> read(const QString& topic, int partition, qint64 fromOffset,
                                     qint64 toOffset, int timeoutMs);

private:
    explicit RecordProbe(std::unique_ptr<PartitionReader> reader);
    std::unique_ptr<PartitionReader> m_reader;
};

} // namespace streamscope
