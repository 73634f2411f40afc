#pragma once

#include "browse/MessageStore.h"
#include "browse/MessageView.h"

#include <QString>

#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <vector>

namespace streamscope {

// A buffer's store may hold one record far larger than the buffer's byte budget (a buffer is
// sealed once it reaches the budget, so this cap only matters for a single huge record).
inline constexpr qint64 kReplayBufferMemoryCap = qint64(256) << 20;

// What the reader decided about a record, kept beside its copy for the lane that produces it.
struct ReplayRowInfo {
    int targetPartition = 0;
    uint64_t digest = 0; // recordDigest when verifying, else 0
    qint64 bytes = 0;    // payload bytes (key, value, headers)
};

// A batch of records on its way from the reader to a lane: a MessageStore (one copy, straight
// from the fetch buffer) plus each row's ReplayRowInfo. The reader appends; the lane reads every
// row below store.size() while the reader goes on appending (the store's one-writer, lock-free
// readers contract; a row's info is written before store.append publishes the row).
struct ReplayBuffer {
    ReplayBuffer(const QString& topic, size_t capacityRows, qint64 memoryCap);

    MessageStore store;
    std::unique_ptr<ReplayRowInfo[]> rows; // capacityRows entries, never reallocated
    size_t capacityRows;
    // Set by the reader once it appends no more here (full, or the source ended).
    std::atomic_bool sealed{false};
    // Lane side: rows handed to the producer so far.
    size_t produced = 0;
};

// The hand-off between the one source reader and one lane (one transactional producer): a fixed
// set of buffers, filled in order by the reader and produced in the same order by the lane. A
// buffer goes back to the reader (rewound, its memory kept) once the lane committed every record
// in it, so the reader reads ahead by up to all the other buffers while the lane produces or
// waits for a commit, and memory stays bounded.
//
// Threading: push() and finish() on the reader's thread; take(), waitForRows() and recycle() on
// the lane's thread; stop() and the queries from anywhere.
class ReplayBufferQueue {
public:
    ReplayBufferQueue(const QString& topic, int bufferCount, size_t rowsPerBuffer,
                      qint64 bytesPerBuffer);
    ~ReplayBufferQueue();
    ReplayBufferQueue(const ReplayBufferQueue&) = delete;
    ReplayBufferQueue& operator=(const ReplayBufferQueue&) = delete;

    enum class PushResult { Queued, Stopped, TooLarge };
    // Copies the record into the buffer being filled, taking a free one first when needed (waits
    // while none is free: every slice of at most 100 ms calls whileWaiting, whose false gives up
    // with Stopped). TooLarge: the record does not fit even an empty buffer.
    PushResult push(const MessageView& record, const ReplayRowInfo& info,
                    const std::function<bool()>& whileWaiting);
    // No more records: the buffer being filled is sealed.
    void finish();
    // Wakes and ends every wait on both sides (cancel, failure).
    void stop();

    // The next buffer in order, or null when none was started within waitMs.
    ReplayBuffer* take(int waitMs);
    // Waits up to waitMs until buffer holds at least `rows` rows, is sealed, the reader waits for
    // a free buffer (the lane should commit to release some), or stop().
    void waitForRows(const ReplayBuffer& buffer, size_t rows, int waitMs);
    // Waits up to waitMs for a buffer to take (or finish/stop).
    void waitForBuffer(int waitMs);
    // Back to the reader: rewound, nothing may refer to its bytes any more.
    void recycle(ReplayBuffer* buffer);

    // The reader finished and every buffer it filled was taken.
    bool drained() const;
    bool finished() const { return m_finished.load(); }
    // The reader waits for a free buffer: all of them hold records not committed yet.
    bool readerStarved() const { return m_readerStarved.load(); }
    size_t bufferCount() const { return m_all.size(); }

private:
    void seal(ReplayBuffer* buffer);
    void wakeLane(size_t rowsNow, bool sealed);

    std::vector<std::unique_ptr<ReplayBuffer>> m_all;
    qint64 m_bytesPerBuffer;
    mutable std::mutex m_mutex;
    std::condition_variable m_changed;
    std::vector<ReplayBuffer*> m_free;      // guarded by m_mutex
    std::deque<ReplayBuffer*> m_ready;      // started by the reader, not taken yet; guarded
    ReplayBuffer* m_filling = nullptr;      // reader only
    std::atomic<size_t> m_laneWantsRows{0}; // > 0 while the lane waits for that many rows
    std::atomic_bool m_laneWaitsForBuffer{false};
    std::atomic_bool m_readerStarved{false};
    std::atomic_bool m_finished{false};
    std::atomic_bool m_stopped{false};
};

} // namespace streamscope
