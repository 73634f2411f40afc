#pragma once

#include <condition_variable>
#include <cstddef>
#include <mutex>
#include <optional>
#include <vector>

namespace streamscope {

// Who reads which batch of a range, and when a batch may be checked (checkStore). Any thread
// claims the next batch to read (claims go up one by one, so each reader sees its batches in
// range order), at most `slots` batches ahead of the oldest batch not yet checked: that batch's
// slot (batch % slots) is then free to read into. One thread checks the batches in order.
// Thread-safe; every wait ends at stop().
class BatchWindow {
public:
    BatchWindow(size_t batches, size_t slots);

    size_t batches() const { return m_batches; }
    size_t slotOf(size_t batch) const { return batch % m_slots; }

    // The next batch to read; waits while the window is full. Nothing once every batch is
    // claimed or after stop().
    std::optional<size_t> claim();
    // The same without waiting: nothing also while the window is full.
    std::optional<size_t> tryClaim();
    void markRead(size_t batch);

    // For the checking thread: whether the batch is read, without waiting.
    bool isRead(size_t batch);
    // Waits until the batch is read (true) or stop() was called (false).
    bool waitRead(size_t batch);
    // The oldest batch not yet checked is done: its slot may be read into again.
    void markChecked(size_t batch);

    // Ends every wait and every claim (a cancelled run, or the checker leaving early).
    void stop();

private:
    bool windowFull() const { return m_nextClaim >= m_checked + m_slots; }

    const size_t m_batches;
    const size_t m_slots;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    // All below under m_mutex.
    size_t m_nextClaim = 0;
    size_t m_checked = 0;     // batches [0, m_checked) are checked
    std::vector<char> m_read; // per batch
    bool m_stopped = false;
};

} // namespace streamscope
