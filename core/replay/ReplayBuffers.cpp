#include "replay/ReplayBuffers.h"

#include <chrono>

namespace streamscope {

ReplayBuffer::ReplayBuffer(const QString& topic, size_t capacity, qint64 memoryCap)
    : store(topic, memoryCap)
    , rows(std::make_unique_for_overwrite<ReplayRowInfo[]>(capacity))
    , capacityRows(capacity) {}

ReplayBufferQueue::ReplayBufferQueue(const QString& topic, int bufferCount, size_t rowsPerBuffer,
                                     qint64 bytesPerBuffer)
    : m_bytesPerBuffer(bytesPerBuffer) {
    for (int i = 0; i < std::max(2, bufferCount); ++i) {
        m_all.push_back(std::make_unique<ReplayBuffer>(topic, std::max<size_t>(1, rowsPerBuffer),
                                                       kReplayBufferMemoryCap));
        m_free.push_back(m_all.back().get());
    }
}

ReplayBufferQueue::~ReplayBufferQueue() = default;

ReplayBufferQueue::PushResult ReplayBufferQueue::push(const MessageView& record,
                                                      const ReplayRowInfo& info,
                                                      const std::function<bool()>& whileWaiting) {
    for (int attempt = 0; attempt < 2; ++attempt) {
        if (!m_filling) {
            std::unique_lock lock(m_mutex);
            while (m_free.empty() && !m_stopped.load()) {
                m_readerStarved.store(true);
                m_changed.notify_all(); // a lane waiting for rows should commit now
                m_changed.wait_for(lock, std::chrono::milliseconds(100));
                if (m_free.empty() && !m_stopped.load()) {
                    lock.unlock();
                    const bool goOn = whileWaiting();
                    lock.lock();
                    if (!goOn) {
                        m_readerStarved.store(false);
                        return PushResult::Stopped;
                    }
                }
            }
            m_readerStarved.store(false);
            if (m_stopped.load())
                return PushResult::Stopped;
            m_filling = m_free.back();
            m_free.pop_back();
            m_filling->sealed.store(false);
            m_ready.push_back(m_filling);
            if (m_laneWaitsForBuffer.load())
                m_changed.notify_all();
        }
        ReplayBuffer& buffer = *m_filling;
        const size_t row = buffer.store.size();
        buffer.rows[row] = info; // published with the row by append's release store
        if (!buffer.store.append(record)) {
            if (row == 0)
                return PushResult::TooLarge;
            seal(m_filling); // full by memory: the record goes into the next buffer
            continue;
        }
        const size_t rows = row + 1;
        if (rows >= buffer.capacityRows || buffer.store.payloadBytes() >= m_bytesPerBuffer)
            seal(m_filling);
        else
            wakeLane(rows, false);
        return PushResult::Queued;
    }
    return PushResult::TooLarge;
}

void ReplayBufferQueue::seal(ReplayBuffer* buffer) {
    {
        std::lock_guard lock(m_mutex);
        buffer->sealed.store(true);
        m_changed.notify_all();
    }
    if (buffer == m_filling)
        m_filling = nullptr;
}

void ReplayBufferQueue::wakeLane(size_t rowsNow, bool sealed) {
    // The row was published (release store in append) before this. Both sides touch
    // m_laneWantsRows with a read-modify-write (here fetch_add(0), the lane's exchange in
    // waitForRows), so the two are ordered: either this reads the lane's wish and wakes it, or
    // the lane's exchange comes after it and the lane then sees the new size. (Not a fence:
    // ThreadSanitizer cannot follow fences.)
    const size_t wants = m_laneWantsRows.fetch_add(0);
    if (wants > 0 && (sealed || rowsNow >= wants)) {
        std::lock_guard lock(m_mutex);
        m_changed.notify_all();
    }
}

void ReplayBufferQueue::finish() {
    if (m_filling)
        seal(m_filling);
    std::lock_guard lock(m_mutex);
    m_finished.store(true);
    m_changed.notify_all();
}

void ReplayBufferQueue::stop() {
    std::lock_guard lock(m_mutex);
    m_stopped.store(true);
    m_changed.notify_all();
}

ReplayBuffer* ReplayBufferQueue::take(int waitMs) {
    std::unique_lock lock(m_mutex);
    if (m_ready.empty() && waitMs > 0 && !m_finished.load() && !m_stopped.load()) {
        m_laneWaitsForBuffer.store(true);
        m_changed.wait_for(lock, std::chrono::milliseconds(waitMs), [this] {
            return !m_ready.empty() || m_finished.load() || m_stopped.load();
        });
        m_laneWaitsForBuffer.store(false);
    }
    if (m_ready.empty())
        return nullptr;
    ReplayBuffer* next = m_ready.front();
    m_ready.pop_front();
    return next;
}

void ReplayBufferQueue::waitForBuffer(int waitMs) {
    std::unique_lock lock(m_mutex);
    m_laneWaitsForBuffer.store(true);
    m_changed.wait_for(lock, std::chrono::milliseconds(waitMs), [this] {
        return !m_ready.empty() || m_finished.load() || m_stopped.load();
    });
    m_laneWaitsForBuffer.store(false);
}

void ReplayBufferQueue::waitForRows(const ReplayBuffer& buffer, size_t rows, int waitMs) {
    std::unique_lock lock(m_mutex);
    m_laneWantsRows.exchange(rows); // read-modify-write: pairs with wakeLane's fetch_add(0)
    m_changed.wait_for(lock, std::chrono::milliseconds(waitMs), [&] {
        return buffer.store.size() >= rows || buffer.sealed.load() || m_readerStarved.load() ||
               m_stopped.load();
    });
    m_laneWantsRows.store(0);
}

void ReplayBufferQueue::recycle(ReplayBuffer* buffer) {
    buffer->store.rewind();
    buffer->produced = 0;
    std::lock_guard lock(m_mutex);
    m_free.push_back(buffer);
    m_changed.notify_all();
}

bool ReplayBufferQueue::drained() const {
    std::lock_guard lock(m_mutex);
    return m_finished.load() && m_ready.empty();
}

} // namespace streamscope
