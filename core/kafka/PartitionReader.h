#pragma once

#include "cluster/ConnectionProfile.h"
#include "common/Expected.h"
#include "kafka/KafkaRecord.h"
#include "kafka/RecordView.h"

#include <QString>

#include <atomic>
#include <functional>
#include <memory>
#include <vector>

namespace streamscope {

class KafkaClient;

// Where reading one partition starts and ends.
struct PartitionRange {
    QString topic;
    int partition = 0;
    // An offset, or kEarliestOffsetQuery / kLatestOffsetQuery (KafkaClient.h) for the log start
    // or end. Ignored when startTimestampMs is set.
    qint64 startOffset = 0;
    // >= 0: start at the first record stamped at or after this wall-clock time (offsets for
    // times); no such record starts at the log end.
    qint64 startTimestampMs = -1;
    // Exclusive; records at or past it are dropped and the partition is finished there.
    // kFollowLog: no end, keep reading what is appended.
    qint64 endOffset = kFollowLog;

    static constexpr qint64 kFollowLog = -1;
};

// Bounds of one read() call: it returns at the first one reached.
struct ReadLimits {
    int maxRecords = 1000;
    qint64 maxBytes = 4 * 1024 * 1024; // payload bytes (ConsumedRecord::payloadBytes)
    int maxWaitMs = 1000;
};

struct ReadBatch {
    std::vector<ConsumedRecord> records; // in arrival order; per partition in offset order
    // Records handed to the visitor (read with a visitor; records stays empty then).
    qint64 visited = 0;
    bool visitorStopped = false; // the visitor returned false
    // Every assigned partition reached its endOffset: further reads return nothing.
    bool finished = false;
    bool cancelled = false;
    // Set when an error ended this read early; records holds what was read before it.
    Error error;
};

// What is known about one assigned partition after the reads so far.
struct PartitionProgress {
    QString topic;
    int partition = 0;
    // Every offset below this was read, skipped by the log (transaction markers, compaction) or
    // lies before the start. -1 until the first record or log end of a logical start.
    qint64 nextOffset = -1;
    qint64 endOffset = PartitionRange::kFollowLog;
    bool atLogEnd = false; // read up to the log end (no newer record arrived since)
    bool finished = false; // nextOffset reached endOffset
};

// Reads records of a set of partitions from given offsets or times, without a consumer group:
// no group, no commits, nothing visible to other clients (librdkafka's simple consumer, every
// partition fed into one queue). Records come out as value types in batches bounded by count,
// bytes and time, or as views handed to a visitor. Blocking calls wait in slices of at most 100 ms
// and check the cancel flag between them, so a stop request is never more than 100 ms away. One
// thread at a time; create and destroy it on the thread that reads (librdkafka's threads inherit
// that thread's priority).
class PartitionReader {
public:
    // The reader's defaults (read_uncommitted, partition EOF on, no auto commit, a small
    // prefetch) come first, then the profile, then the overrides.
    static Expected<std::unique_ptr<PartitionReader>> create(const ConnectionProfile& profile,
                                                             const PropertyList& overrides = {});
    // Overrides for reading whole ranges as fast as the broker sends (browse, replay, verify):
    // a 64 MiB prefetch per partition, large fetches.
    static PropertyList bulkReadProperties();
    ~PartitionReader();
    PartitionReader(const PartitionReader&) = delete;
    PartitionReader& operator=(const PartitionReader&) = delete;

    // Replaces the assignment. Timestamps are turned into offsets first (one offsets-for-times
    // request bounded by timeoutMs). On failure nothing stays assigned.
    Status assign(const std::vector<PartitionRange>& ranges, int timeoutMs);
    // Stops fetching every partition and drops records fetched but not yet read.
    void unassign();

    // Waits for records up to the limits. Returns early when every partition is finished, when
    // every unfinished partition reached its log end during this call, or when cancel is set.
    // Fails only when an error came before any record; otherwise the batch carries the error.
    Expected<ReadBatch> read(const ReadLimits& limits, const std::atomic_bool* cancel = nullptr);

    // Sees one record in place, in librdkafka's fetch buffer: valid during the call only. False
    // stops the read after this record (the records fetched after it wait for the next read).
    using RecordVisitor = std::function<bool(const RecordView&)>;
    // The same read without a copy per record: each record is handed to visit before its
    // librdkafka message is destroyed (the zero-copy path of a browse into a store).
    Expected<ReadBatch> read(const ReadLimits& limits, const RecordVisitor& visit,
                             const std::atomic_bool* cancel = nullptr);

    const std::vector<PartitionProgress>& progress() const { return m_progress; }
    bool finished() const;
    // What went wrong with the brokers, in words (KafkaClient::lastBrokerError).
    QString lastBrokerError() const;
    // The reader's own client: metadata and offset lookups before assign() can go through it
    // instead of a second client (one connection and bootstrap fewer per browse).
    KafkaClient& client() { return *m_client; }

private:
    struct Assigned; // librdkafka state of the current assignment (PartitionReader.cpp)
    explicit PartitionReader(std::unique_ptr<KafkaClient> client);
    // True when the record is handed out: updates the partition's progress either way.
    bool acceptRecord(size_t index, qint64 offset);
    void acceptLogEnd(size_t index, qint64 offset);

    std::unique_ptr<KafkaClient> m_client;
    std::unique_ptr<Assigned> m_assigned; // destroyed before the client (declared after it)
    std::vector<PartitionProgress> m_progress;
};

} // namespace streamscope
