#pragma once

#include <algorithm>
#include <cassert>
#include <cstddef>
#include <memory>

namespace streamscope {

// Fixed-capacity ring: push() overwrites the oldest element once full. The storage is allocated
// once in the constructor and never again, so a history made of rings stays flat in memory however
// long the app runs. Not thread-safe: the owner locks.
template <typename T> class RingBuffer {
public:
    explicit RingBuffer(std::size_t capacity)
        : m_data(std::make_unique<T[]>(capacity ? capacity : 1))
        , m_capacity(capacity ? capacity : 1) {}

    RingBuffer(RingBuffer&&) noexcept = default;
    RingBuffer& operator=(RingBuffer&&) noexcept = default;
    RingBuffer(const RingBuffer&) = delete;
    RingBuffer& operator=(const RingBuffer&) = delete;

    std::size_t capacity() const { return m_capacity; }
    std::size_t size() const { return m_size; }
    bool empty() const { return m_size == 0; }
    bool full() const { return m_size == m_capacity; }
    // Elements ever pushed (including overwritten ones): a stable index for the newest element.
    unsigned long long pushed() const { return m_pushed; }

    void push(const T& value) {
        m_data[m_head] = value;
        m_head = (m_head + 1) % m_capacity;
        if (m_size < m_capacity)
            ++m_size;
        ++m_pushed;
    }

    // 0 = oldest retained element.
    const T& at(std::size_t i) const {
        assert(i < m_size);
        return m_data[(m_head + m_capacity - m_size + i) % m_capacity];
    }
    // 0 = newest element.
    const T& fromNewest(std::size_t i) const { return at(m_size - 1 - i); }
    const T& newest() const { return fromNewest(0); }
    const T& oldest() const { return at(0); }
    // Replaces the newest element (e.g. to revise an open bucket).
    void setNewest(const T& value) {
        assert(m_size > 0);
        m_data[(m_head + m_capacity - 1) % m_capacity] = value;
    }

    void clear() {
        m_size = 0;
        m_head = 0;
    }

    // Calls fn(const T* data, std::size_t count) for the retained elements, oldest first, in at
    // most two contiguous blocks: saving a history copies blocks instead of paying a modulo per
    // value.
    template <typename Fn> void forEachBlock(Fn&& fn) const {
        const std::size_t start = (m_head + m_capacity - m_size) % m_capacity;
        const std::size_t firstPart = std::min(m_size, m_capacity - start);
        if (firstPart > 0)
            fn(m_data.get() + start, firstPart);
        if (m_size > firstPart)
            fn(m_data.get(), m_size - firstPart);
    }
    // Fills an empty ring with `count` elements, oldest first (count <= capacity): the bulk
    // counterpart of push() for restoring a saved history.
    void assign(const T* oldestFirst, std::size_t count) {
        assert(m_size == 0 && count <= m_capacity);
        std::copy(oldestFirst, oldestFirst + count, m_data.get());
        m_head = count % m_capacity;
        m_size = count;
        m_pushed += count;
    }

    std::size_t memoryBytes() const { return m_capacity * sizeof(T); }

private:
    std::unique_ptr<T[]> m_data;
    std::size_t m_capacity;
    std::size_t m_head = 0; // where the next push goes
    std::size_t m_size = 0;
    unsigned long long m_pushed = 0;
};

} // namespace streamscope
