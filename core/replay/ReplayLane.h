#pragma once

#include "replay/ReplayTypes.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QStringList>

#include <atomic>
#include <cstdint>
#include <map>
#include <memory>
#include <vector>

namespace streamscope {

class ReplayBufferQueue;
class ReplayControl;
struct ReplayBuffer;
class TransactionalProducer;

// What every lane of one replay watches besides the user's controls: a failure anywhere (a lane
// that gave up, a source that could not be read) makes every lane abort its open transaction.
struct ReplayLaneSignals {
    std::atomic_bool abortAll{false};
};

// What a lane did, read after its thread ended.
struct ReplayLaneResult {
    qint64 produced = 0;  // records taken into transactions
    qint64 committed = 0; // visible to read_committed readers
    qint64 aborted = 0;   // in aborted transactions (never visible)
    int transactions = 0;
    int retriedTransactions = 0;
    bool failed = false;
    QString reason; // why it failed
    QStringList events;
    // Digests of the committed records per target partition, in order (for the verification).
    std::map<int, std::vector<uint64_t>> committedDigests;
};

// One transactional producer of a replay on its own thread. It produces the records of its
// ReplayBufferQueue in order (the values straight from the buffers, no copy by librdkafka) and
// commits a transaction whenever it holds chunkRecords records, chunkBytes bytes or is
// chunkMaxMs old, when the reader waits for a buffer, on pause, and at the end. A transaction
// that fails with broker trouble is aborted and written again from the buffers, which are only
// handed back to the reader once committed: a read_committed reader sees each record once.
//
// A replay with several lanes gives each lane its own target partitions (and transactional.id),
// so every target partition has exactly one writer: order per partition is kept and one lane's
// commit overlaps the other lanes' producing.
class ReplayLane {
public:
    ReplayLane(std::unique_ptr<TransactionalProducer> producer, ReplayBufferQueue& queue,
               const ReplayOptions& options, ReplayControl& control, ReplayLaneSignals& shared,
               QByteArray replayId, const QString& sourceTopic);
    ~ReplayLane();
    ReplayLane(const ReplayLane&) = delete;
    ReplayLane& operator=(const ReplayLane&) = delete;

    // Runs until the queue is drained and committed, or until cancel / abortAll (then the open
    // transaction is aborted). On the lane's own thread.
    void run();

    // Live counts for the progress (any thread).
    qint64 produced() const { return m_produced.load(std::memory_order_relaxed); }
    qint64 committed() const { return m_committedCount.load(std::memory_order_relaxed); }
    bool done() const { return m_done.load(); }
    // After run() returned.
    ReplayLaneResult& result() { return m_result; }

private:
    struct Span {
        ReplayBuffer* buffer = nullptr;
        size_t begin = 0;
        size_t end = 0;
    };
    class RecordProducer;

    bool produceAvailable();
    bool produceRow(ReplayBuffer& buffer, size_t row);
    bool commitOpen();
    void abortOpen();
    bool begin();
    template <typename OutOfBudget> bool abortWithRetries(OutOfBudget outOfBudget);
    bool stopRequested() const;
    // checkAge false: only the counts (the clock is read every few records, not for each).
    bool commitDue(bool checkAge = true) const;
    void moveOnFrom(ReplayBuffer* buffer);
    void releaseCommitted();
    void fail(const QString& reason);
    void note(const QString& event);

    // Owned by the engine and destroyed after the lane (so after the producer: librdkafka may
    // refer into the buffers until the producer is gone, e.g. after an abort that failed).
    ReplayBufferQueue& m_queue;
    std::unique_ptr<TransactionalProducer> m_producer;
    std::unique_ptr<RecordProducer> m_out;
    const ReplayOptions& m_options;
    ReplayControl& m_control;
    ReplayLaneSignals& m_shared;
    ReplayLaneResult m_result;

    ReplayBuffer* m_current = nullptr; // taken from the queue, not all of it produced yet
    std::vector<Span> m_open;          // rows of the open transaction, in produce order
    std::vector<ReplayBuffer*> m_finishedBuffers; // produced to the end, wait for the commit
    qint64 m_openRows = 0;
    qint64 m_openBytes = 0;
    bool m_inTransaction = false;
    QElapsedTimer m_age; // of the open transaction
    std::atomic<qint64> m_produced{0};
    std::atomic<qint64> m_committedCount{0};
    std::atomic_bool m_done{false};
};

} // namespace streamscope
